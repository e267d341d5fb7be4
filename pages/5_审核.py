"""审核 Review: a queue of figures to check, accept / reject / correct beside the source sentence."""

import pandas as pd
import streamlit as st

from src.charts import fmt_number, indicator_name
from src.charts.labels import source_line, zh_table
from src.charts.style import MEASURE_ZH, STATUS_ZH, fmt_year, period_zh
from src.extract import resources
from src.store.db import StoreError
from src.store.reviews import add_review
from src.ui import auth, common, data, links
from src.ui.escape import link, md
from src.ui.messages import msg
from src.ui.rules_view import rules_table

common.setup("审核")
st.title("审核")
who = auth.gate()  # read-only: says so and stops; reviewers: signed in first
queue = common.guard(data.call, "review_queue")
spec = [links.Param("figure", "")]
p = common.params(spec)
if queue.empty and not p["figure"]:
    st.success(msg("queue_empty"))
    st.stop()
ids = queue.figure_id.tolist()
if p["figure"] and p["figure"] not in ids:
    one = common.guard(data.call, "figure", p["figure"])
    if one.empty:
        st.warning(msg("bad_param", name="figure", value=md(p["figure"])))
    else:
        ids = [p["figure"], *ids]
with st.sidebar:
    st.caption(f"待审核 {len(queue)} 条（冲突优先，其次置信度低的）")
    labels = {r.figure_id: f"{indicator_name(r.indicator)} {fmt_number(r.value, r.unit, r.qualifier)}（{r.region or ''}）"
              for r in queue.itertuples()}
    fid = st.selectbox("数据", ids, index=ids.index(p["figure"]) if p["figure"] in ids else 0, key="rv-figure",
                       format_func=lambda f: labels.get(f, f[:8]))
common.sync({"figure": fid if p["figure"] or fid != (ids[0] if ids else "") else ""}, spec)
row = common.guard(data.call, "figure", fid).iloc[0]

left, right = st.columns([3, 2])
with left:
    st.subheader(f"{indicator_name(row.indicator)}　{fmt_number(row.value, row.unit, row.qualifier)}")
    st.caption(f"{md(row.region)} · {fmt_year(row.year)} · {period_zh(row.period)} · "
               f"{MEASURE_ZH.get(row.measure)} · {STATUS_ZH.get(row.status)} · 置信度 {row.confidence:.2f}")
    st.markdown("**原句**")
    st.text(row.sentence)
    st.markdown(f"{link('在原文中查看', links.source_url(row.doc_id, row.figure_id), internal=True)} · "
                f"{md(source_line(row.title or row.file, getattr(row, 'publisher', None), getattr(row, 'published', None)))}")
    st.caption("快捷键：A 确认，X 驳回，N 下一条；表单内 Enter 保存更正。")
    with st.expander("抽取依据"):
        st.dataframe(rules_table(row.rules), hide_index=True)
def save(action: str, **fields) -> None:
    try:
        with auth.writing(who):
            add_review(fid, action, reviewer=who, note=st.session_state.get("rv-note", ""), **fields)
    except StoreError as e:
        st.error(msg("review_error", detail=e))
    else:
        data.clear()
        st.success(msg("review_saved", action={"accept": "确认", "reject": "驳回", "correct": "更正"}[action]))


with right:
    q1, q2, q3 = st.columns(3)
    if q1.button("确认", key="rv-accept", shortcut="A", type="primary"):
        save("accept")
    if q2.button("驳回", key="rv-reject", shortcut="X"):
        save("reject")
    if q3.button("下一条", key="rv-next", shortcut="N") and len(ids) > 1:
        st.query_params["figure"] = ids[(ids.index(fid) + 1) % len(ids)]
        st.rerun()
    with st.form("rv-form", clear_on_submit=True):
        action = st.radio("结论", ["accept", "reject", "correct"], horizontal=True, key="rv-action",
                          format_func={"accept": "确认", "reject": "驳回", "correct": "更正"}.get)
        ind_ids = list(resources.indicators())
        new_ind = st.selectbox("指标", ind_ids, index=ind_ids.index(row.indicator), format_func=indicator_name,
                               key="rv-ind")
        new_value = st.number_input("数值", value=float(row.value), format="%g", key="rv-value")  # 30, 2191.55: as written
        new_year = st.number_input("年份", value=int(row.year) if pd.notna(row.year) else 2024, step=1, key="rv-year")
        new_status = st.selectbox("性质", ["actual", "target"], index=["actual", "target"].index(row.status),
                                  format_func=STATUS_ZH.get, key="rv-status")
        st.text_input("备注", key="rv-note")
        submitted = st.form_submit_button("保存（Enter）", type="primary")
    if submitted:
        fields = {}
        if action == "correct":
            fields = {k: v for k, v, old in (("indicator", new_ind, row.indicator), ("value", new_value, row.value),
                                             ("year", new_year, row.year), ("status", new_status, row.status))
                      if v != old}
        save(action, **fields)
st.subheader("队列")
st.dataframe(zh_table(queue, ["indicator_name", "value", "unit", "status", "year", "region", "confidence", "in_conflict",
                              "flag_reason", "quote"]), hide_index=True)
