"""导入 Import: upload a document or fetch a link, see the text read and the figures found, then save."""

import pandas as pd
import streamlit as st

from src.charts.labels import DOC_TYPE, zh_table
from src.extract import DocMeta, extract_document
from src.extract.metadata import MetadataError, from_header, normalise_date
from src.ingest.fetch import FetchError, fetch_url
from src.ingest.loaders import LoadError, load_bytes
from src.ingest.pipeline import ingest_bytes
from src.store.db import StoreError
from src.ui import auth, common, data, links
from src.ui.escape import md
from src.ui.messages import msg

common.setup("导入")
st.title("导入文件")
who = auth.gate()  # read-only: says so and stops; reviewers: signed in first
KINDS = ["txt", "html", "htm", "pdf", "docx"]
common.chinese_uploader(int(st.get_option("server.maxUploadSize")), KINDS)
up = st.file_uploader("选择文件（txt、html、pdf、docx）", type=KINDS, key="up-file")
c1, c2, c3 = st.columns(3)
region = c1.text_input("地区（可选）", key="up-region")
published = c2.text_input("发布日期（可选，YYYY-MM-DD）", key="up-published")
doc_type = c3.selectbox("类型", ["", "work_report", "work_summary", "statistical_communique", "statistical_analysis",
                                 "news", "deputy_reply"], key="up-type",
                         format_func=lambda c: DOC_TYPE.get(c, "自动识别（按标题）"))
url = st.text_input("原文链接（可选）", key="up-url")
# import from a link: fetched once (timeout, size and type checked), then the same loaders as a file
lc1, lc2 = st.columns([4, 1], vertical_alignment="bottom")
link = lc1.text_input("或从链接导入（网页、PDF、DOCX、TXT）", key="up-link", placeholder="https://…")
if lc2.button("抓取", key="up-fetch") and link.strip():
    try:
        got = fetch_url(link.strip())
        st.session_state["up-fetched"] = (got.data, got.name, got.url)
    except FetchError as e:
        st.session_state.pop("up-fetched", None)
        st.error(msg("upload_refused", detail=str(e)))
fetched = st.session_state.get("up-fetched") if up is None else None
if up is None and fetched is None:
    st.stop()
if up is not None:
    raw, name = up.getvalue(), up.name
else:
    raw, name, fetched_url = fetched
    url = url or fetched_url  # the link is the document's source
    st.caption(f"已抓取：{md(fetched_url)}")
try:
    pub = normalise_date(published) if published else None
    loaded = load_bytes(raw, name)
except (LoadError, MetadataError) as e:
    st.error(msg("upload_refused", detail=str(e).removeprefix(f"{name}: ")))
    st.stop()
meta = from_header(loaded.text, DocMeta(doc=name, title=loaded.title, region=region or None, published=pub,
                                        doc_type=doc_type))
figs = extract_document(loaded.text, meta)
st.info(msg("upload_preview", n=len(figs)))
st.caption(f"标题：{md(meta.title) or '—'} · 地区：{md(meta.region) or '未识别'} · 日期：{meta.published or '未识别'}")
with st.expander("读出的文字", expanded=False):
    st.text(loaded.text[:5000] + ("……" if len(loaded.text) > 5000 else ""))
if figs:
    st.dataframe(zh_table(pd.DataFrame([f.to_dict() for f in figs]),
                          ["indicator", "measure", "value", "unit", "status", "year", "period", "region", "qualifier",
                           "quote"]), hide_index=True)
if st.button("保存到数据库", type="primary", key="up-save"):
    try:
        with auth.writing(who):
            out = ingest_bytes(raw, name, DocMeta(doc=name, region=region or None, published=pub, doc_type=doc_type),
                               url=url)
    except StoreError as e:
        st.error(msg("db_error", detail=e))
        st.stop()
    if out.status == "refused":
        st.error(msg("upload_refused", detail=out.message))
    elif out.status == "unchanged":
        st.info(msg("upload_unchanged", name=name))
    else:
        data.clear()
        st.success(msg("upload_saved", name=name, figures=out.figures))
        st.markdown(f"[查看原文]({links.source_url(out.doc_id)})")
