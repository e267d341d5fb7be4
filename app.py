"""总览 Overview: headline cards for a region and year, coverage, latest documents."""

import streamlit as st

from src.charts import cards as overview
from src.charts import cards_figure, coverage_heatmap, labels
from src.ui import common, data, links
from src.ui.escape import link, md
from src.ui.messages import msg

common.setup("总览")
regions = common.guard(data.call, "regions")
if regions.empty:
    st.title("区域发展指标")
    st.info(msg("empty_store"))
    st.stop()
names = regions.name.tolist()
# the region and year with the most data, from the snapshot's pre-aggregated cells
best_region, best_year = common.guard(data.call, "busiest_region_year")
spec = [links.Param("region", best_region if best_region in names else names[0], links.parse_choice(names)),
        links.Param("year", None, links.parse_int())]
p = common.params(spec)
with common.controls():
    region = st.selectbox("地区", names, index=names.index(p["region"]), key="ov-region")
    figs = common.guard(data.figures, region=region)
    years = sorted({int(y) for y in figs.year.dropna()}, reverse=True)
    default_year = best_year if region == best_region and best_year in years else overview.default_year(figs)
    year_value = p["year"] if p["year"] in years else default_year
    year = st.selectbox("年份", years, index=years.index(year_value) if year_value in years else 0, key="ov-year") \
        if years else None
common.sync({"region": region, "year": year if year != default_year else None}, spec)

title = f"{region} {year or ''}年 主要指标"
tvr = common.guard(data.call, "targets_vs_results", region=region)
cards = data.built(overview.cards, figs, tvr, year)
if common.embed():
    shown = figs[figs.year == year] if year else figs
    common.chart(data.built(cards_figure, cards, title=title, source=labels.frame_sources(shown, limit=3), size=None), key="ov-cards",
                 name=f"总览_{region}_{year}", select=False)
st.title(md(title))
if not cards:
    st.info(msg("no_data"))
common.whole_metric_values()
cols = st.columns(4)
for i, c in enumerate(cards):
    with cols[i % 4].container(border=True):
        st.metric(c["name"], c["value"], c.get("delta"), delta_color="normal" if c.get("delta_ok", True) else "inverse",
                  help=c.get("help"))
        if c.get("target"):
            st.caption(c["target"])
        if c.get("flag"):
            st.caption(f"⚠ 疑点：{md(c['flag'])}")
        if c.get("doc_id"):
            st.caption(link(c["source"], links.source_url(c["doc_id"], c["figure_id"]), internal=True))

st.subheader("数据覆盖")
cov = common.guard(data.call, "coverage", region=region)
common.chart(data.built(coverage_heatmap, cov, region=region), key="ov-coverage", name=f"覆盖_{region}", select=False,
             titled=False)  # under its heading; the page's title names the region

st.subheader("最新文件")
docs = common.guard(data.call, "documents", limit=20)
if docs.empty:
    st.info(msg("empty_store"))
else:
    docs = docs.assign(原文=[links.source_url(d) for d in docs.doc_id])
    common.show_table(labels.zh_table(docs, ["title", "publisher", "region", "published", "doc_type", "figures",
                                                      "原文"], keep=["原文"]),
                      hide_index=True, column_config={"原文": st.column_config.LinkColumn("原文", display_text="打开")})
