"""目标与完成 Targets vs results: each year's target, set in that year's report, beside the result
reported for the year in the next one."""

import streamlit as st

from src.charts import defaults, indicator_name, labels, target_series_chart, targets_chart, tvr_flags
from src.charts.style import MEASURE_ZH
from src.ui import common, data, links
from src.ui.messages import msg

common.setup("目标与完成")
# The regions with targets and the default view come from the snapshot's pre-aggregated cells; only
# the chosen region's targets and results are read.
with_targets = common.guard(data.call, "target_regions")
if with_targets.empty:
    st.title("目标与完成")
    st.info(msg("no_targets"))
    st.stop()
regions = sorted(set(with_targets.region.dropna()))
home, home_year = defaults.targets_home(with_targets)  # the region with the most target/result pairs
spec = [links.Param("region", home or regions[0], links.parse_choice(regions)),
        links.Param("year", None, links.parse_int()),
        links.Param("indicator", "gdp", str),
        links.Param("measure", "growth", links.parse_choice(["growth", "value"])),
        links.Param("view", "series", links.parse_choice(["series", "year"]))]
p = common.params(spec)
with common.controls():
    region = st.selectbox("地区", regions, index=regions.index(p["region"]), key="tg-region")
    mine_all = common.guard(data.call, "targets_vs_results", region=region)
    view = st.radio("图表", ["series", "year"], index=["series", "year"].index(p["view"]), horizontal=True,
                    format_func={"series": "历年目标与完成", "year": "一年各项指标"}.get, key="tg-view")
    inds = sorted(set(mine_all.indicator), key=lambda i: (i != "gdp", indicator_name(i)))
    indicator = st.selectbox("指标", inds, index=inds.index(p["indicator"]) if p["indicator"] in inds else 0,
                             format_func=indicator_name, key="tg-indicator")
    measures = [m for m in ("growth", "value") if ((mine_all.indicator == indicator) & (mine_all.measure == m)).any()]
    measures = measures or ["growth"]
    measure = st.radio("口径", measures, index=measures.index(p["measure"]) if p["measure"] in measures else 0,
                       format_func=MEASURE_ZH.get, horizontal=True, key="tg-measure")
    years = sorted({int(y) for y in mine_all.year}, reverse=True)
    default_year = home_year if region == home and home_year in years else (years[0] if years else None)
    year = st.selectbox("年份", years, index=years.index(p["year"]) if p["year"] in years else (
        years.index(default_year) if default_year in years else 0), key="tg-year")
common.sync({"region": region, "year": year if year != default_year else None, "indicator": indicator,
             "measure": measure, "view": view}, spec)

figs = common.guard(data.figures, region=region, period="year")
mine_all = tvr_flags(mine_all, figs)  # a flagged target or result is marked with its reason
series = data.built(target_series_chart, mine_all, region=region, indicator=indicator, measure=measure)
bars = data.built(targets_chart, mine_all, region=region, year=year)
if common.embed():
    common.chart(series if view == "series" else bars, key="tg-chart", name=f"目标与完成_{region}_{indicator}")

st.title("目标与完成")
st.caption("每年的目标出自当年的政府工作报告，完成情况出自次年的报告。")
first, second = (series, bars) if view == "series" else (bars, series)
for k, fig in enumerate((first, second)):
    common.chart(fig, key=f"tg-chart{'' if k == 0 else '-2'}", name=f"目标与完成_{region}_{indicator}_{k}")

tvr = mine_all[mine_all.year == year]
if tvr.empty:
    st.info(msg("no_targets"))
    st.stop()
st.subheader(f"{region}{year}年目标与完成")
counts = tvr.outcome.value_counts()
c1, c2, c3 = st.columns(3)
c1.metric("已完成", int(counts.get("met", 0)))
c2.metric("未完成", int(counts.get("missed", 0)))
c3.metric("待公布", int(counts.get("pending", 0)))
table = tvr.assign(
    目标原文=[links.source_url(d, f) for d, f in zip(tvr.target_doc, tvr.target_figure, strict=True)],
    完成原文=[links.source_url(d, f) if isinstance(d, str) else None
          for d, f in zip(tvr.result_doc, tvr.result_figure, strict=True)],
)
cols = ["indicator", "measure", "period", "target", "target_qualifier", "result", "unit", "outcome", "target_title",
        "result_title", "目标原文", "完成原文"]
st.dataframe(labels.zh_table(table, cols, keep=["目标原文", "完成原文"]), hide_index=True, column_config={
    "目标原文": st.column_config.LinkColumn("目标原文", display_text="打开"),
    "完成原文": st.column_config.LinkColumn("完成原文", display_text="打开")})
common.download_buttons(tvr, f"目标与完成_{region}_{year}", "tg")
