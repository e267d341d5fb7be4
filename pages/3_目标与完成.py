"""目标与完成 Targets vs results: each target beside the result later reported for it."""

import streamlit as st

from src.charts import chart_config, indicator_name, targets_chart
from src.charts.style import OUTCOME_ZH, period_zh, zh_codes
from src.ui import common, data, links
from src.ui.messages import msg

common.setup("目标与完成")
tvr_all = common.guard(data.call, "targets_vs_results")
st.title("目标与完成")
if tvr_all.empty:
    st.info(msg("no_targets"))
    st.stop()
regions = sorted(set(tvr_all.region.dropna()))
spec = [links.Param("region", regions[0], links.parse_choice(regions)), links.Param("year", None, links.parse_int())]
p = common.params(spec)
with st.sidebar:
    region = st.selectbox("地区", regions, index=regions.index(p["region"]), key="tg-region")
    years = sorted({int(y) for y in tvr_all[tvr_all.region == region].year}, reverse=True)
    year = st.selectbox("年份", years, index=years.index(p["year"]) if p["year"] in years else 0, key="tg-year")
common.sync({"region": region, "year": year}, spec)

tvr = tvr_all[(tvr_all.region == region) & (tvr_all.year == year)]
if tvr.empty:
    st.info(msg("no_targets"))
    st.stop()
counts = tvr.outcome.value_counts()
c1, c2, c3 = st.columns(3)
c1.metric("已完成", int(counts.get("met", 0)))
c2.metric("未完成", int(counts.get("missed", 0)))
c3.metric("待公布", int(counts.get("pending", 0)))
fig = targets_chart(tvr, region=region, year=year)
event = st.plotly_chart(fig, key="tg-chart", on_select="rerun", selection_mode="points",
                        config=chart_config(f"目标与完成_{region}_{year}"))
picked = common.selected_figure(event)
if picked:
    common.go_to_source(picked)
table = zh_codes(tvr).assign(
    指标=[indicator_name(i) for i in tvr.indicator],
    期间=[period_zh(x) for x in tvr.period],
    结果=[OUTCOME_ZH.get(o, o) for o in tvr.outcome],
    目标出处=[links.source_url(d, f) for d, f in zip(tvr.target_doc, tvr.target_figure, strict=True)],
    完成出处=[links.source_url(d, f) if isinstance(d, str) else None
          for d, f in zip(tvr.result_doc, tvr.result_figure, strict=True)],
)
st.dataframe(table[["指标", "measure", "期间", "target", "target_qualifier", "result", "unit", "结果", "目标出处", "完成出处"]],
             hide_index=True, column_config={
                 "measure": "口径", "target": "目标值", "target_qualifier": "目标限定", "result": "完成值", "unit": "单位",
                 "目标出处": st.column_config.LinkColumn("目标出处", display_text="原文"),
                 "完成出处": st.column_config.LinkColumn("完成出处", display_text="原文")})
common.download_buttons(tvr, f"目标与完成_{region}_{year}", "tg")
