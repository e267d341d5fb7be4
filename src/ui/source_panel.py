"""The source of a clicked chart point, shown under the chart: the sentence with the figure
highlighted, the source line, and a link to the whole document at that figure.

One cached query (the figure and its sentence); no page change, so a click costs a fragment
rerun instead of two page runs and the full text of the document.
"""

from __future__ import annotations

import streamlit as st

from src.charts import fmt_number, indicator_name, labels
from src.charts.style import MEASURE_ZH, STATUS_ZH, fmt_year, period_zh

from . import data, links, source_view
from .escape import link, md


def excerpt(row) -> str:
    """HTML of the figure's sentence with the figure highlighted (every slice escaped by source_view)."""
    sentence = str(row.sentence or "")
    base = int(row.sentence_start)
    start, end = int(row.start_offset) - base, int(row.end_offset) - base
    if not 0 <= start < end <= len(sentence):  # offsets outside the stored sentence: show the quote plain
        return source_view.render(str(row.quote or ""), [])
    span = source_view.Span(start, end, str(row.figure_id), str(row.indicator),
                            f"{indicator_name(row.indicator)}：{fmt_number(row.value, row.unit, row.qualifier)}")
    return source_view.render(sentence, [span], chosen=str(row.figure_id))


def show(figure_id: str, doc_id: str) -> None:
    """The panel for one figure; a figure no longer in the data gets one line and the document link."""
    rows = data.call("figure", figure_id)
    with st.container(border=True, key="source-panel"):
        if rows.empty:
            open_link(doc_id, figure_id)
            return
        r = rows.iloc[0]
        st.markdown(f"**{indicator_name(r.indicator)}**　{fmt_number(r.value, r.unit, r.qualifier)}　"
                    f"{md(r.region)} · {fmt_year(r.year)} · {period_zh(r.period)} · {MEASURE_ZH.get(r.measure, '')} · "
                    f"{STATUS_ZH.get(r.status, '')}")
        st.markdown(excerpt(r), unsafe_allow_html=True)  # escaped document text and our own <mark> only
        if not labels.is_missing(getattr(r, "flag_reason", None)):
            st.caption(f"⚠ 疑点：{md(r.flag_reason)}")
        st.caption(md(labels.source_line(r.title or r.file, r.publisher, r.published)))
        open_link(str(r.doc_id), str(r.figure_id))


def open_link(doc_id: str, figure_id: str) -> None:
    """「查看原文出处」: the source viewer at this figure, in the same tab."""
    try:
        st.page_link(links.PAGES["source"][0], label="查看原文出处", icon=":material/article:",
                     query_params={"doc": doc_id, "figure": figure_id})
    except st.errors.StreamlitAPIException:  # a page run on its own (tests): a plain link
        st.markdown(link("查看原文出处", links.source_url(doc_id, figure_id), internal=True))
