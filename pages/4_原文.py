"""原文 Source viewer: a document's text with every figure highlighted; ?doc=…&figure=… deep links."""

import streamlit as st

from src.charts import fmt_number, indicator_name, labels
from src.charts.style import MEASURE_ZH, STATUS_ZH, fmt_year, period_zh
from src.ui import common, data, links, source_view
from src.ui.escape import link, md, safe_url
from src.ui.messages import msg

common.setup("原文")
spec = [links.Param("doc", ""), links.Param("figure", "")]
p = common.params(spec)
regions = common.guard(data.call, "document_regions")
if regions.empty:
    st.title("原文")
    st.info(msg("empty_store"))
    st.stop()
linked = common.guard(data.call, "document", p["doc"]) if p["doc"] else None
if p["doc"] and linked is None:
    st.warning(msg("no_doc", doc=md(p["doc"])))
    p = {"doc": "", "figure": ""}
# One region's documents at a time (a national store holds hundreds of thousands): the linked
# document's region, else the region with the most documents.
counts = dict(zip(regions.region, regions.documents, strict=True))
region_names = list(counts)
with common.controls():
    region = st.selectbox("地区", region_names, index=region_names.index((linked or {}).get("region") or "") if linked else 0,
                          format_func=lambda r: f"{r or '地区不详'}（{counts[r]} 份）", key="src-region")
    docs = common.guard(data.call, "documents", region=region)
    doc_ids = docs.doc_id.tolist()
    names = {r.doc_id: f"{r.title or r.file}（{labels.date_label(r.published) or '日期不详'}）" for r in docs.itertuples()}
    chosen_doc = p["doc"] if p["doc"] in names else doc_ids[0]
    doc_id = st.selectbox("文件", doc_ids, index=doc_ids.index(chosen_doc), format_func=lambda d: names[d],
                          key=f"src-doc-{region}")
figure_id = p["figure"] if doc_id == p["doc"] else ""
common.sync({"doc": doc_id, "figure": figure_id}, spec)

doc = common.guard(data.call, "document", doc_id)
figs = common.guard(data.figures, doc_id=doc_id, include_rejected=True)
st.title(md(doc["title"] or doc["file"]))
index_no = f"索引号 {doc['index_no']}" if doc.get("index_no") else ""
st.caption(md(" · ".join(x for x in (
    labels.source_line(doc["title"] or doc["file"], doc["publisher"], doc["published"]), doc["region"] or "",
    labels.code_label("doc_type", doc["doc_type"]) if doc["doc_type"] else "", index_no) if x)))
if doc.get("url"):
    st.markdown(link("打开原始网页", doc["url"]) if safe_url(doc["url"]) else f"原始链接（未启用）：{md(doc['url'])}")

chosen = None
if figure_id:
    row = figs[figs.figure_id == figure_id]
    if row.empty:
        st.warning(msg("no_figure", figure=md(figure_id)))
    else:
        chosen = row.iloc[0]
        with st.container(border=True):
            st.markdown(f"**{indicator_name(chosen.indicator)}**　{fmt_number(chosen.value, chosen.unit, chosen.qualifier)}")
            st.caption(f"{md(chosen.region)} · {fmt_year(chosen.year)} · "
                       f"{period_zh(chosen.period)} · {MEASURE_ZH.get(chosen.measure)} · {STATUS_ZH.get(chosen.status)}"
                       + (f" · 审核：{chosen.review}" if chosen.review else ""))
            st.text(chosen.quote)
            if not labels.is_missing(getattr(chosen, "flag_reason", None)):
                st.warning(f"⚠ 疑点：{md(chosen.flag_reason)}")

spans = source_view.spans_from(figs.itertuples())
st.markdown(source_view.legend(figs.indicator), unsafe_allow_html=True)
body = source_view.render(doc["text"], spans, chosen=figure_id or None)
scroll = (f"<script>const el=document.getElementById('fig-{figure_id}');"
          "if(el){el.scrollIntoView({block:'center'});}</script>") if chosen is not None else ""
# The iframe holds only escaped document text, our highlight markup and our own scrolling script.
st.iframe(f"<html><head><meta charset='utf-8'><style>body{{font-family:'Noto Sans CJK SC',sans-serif;"
          f"margin:8px 12px}}</style></head><body>{body}{scroll}</body></html>", height=640)
with st.expander("本文件的全部数据"):
    if figs.empty:
        st.info(msg("no_data"))
    else:
        st.dataframe(labels.zh_table(figs, ["indicator_name", "measure", "value", "unit", "status", "year", "period",
                                            "region", "qualifier", "review", "flag_reason", "quote"]), hide_index=True)
        common.download_buttons(figs, f"原文数据_{doc['file']}", "src")
