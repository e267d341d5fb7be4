"""指标 Indicator explorer: one indicator across regions and years; a click opens the source."""

import streamlit as st

from src.charts import defaults, indicator_chart, indicator_name, labels
from src.charts.style import MEASURE_ZH, STATUS_ZH, period_zh
from src.ui import common, data, links
from src.ui.messages import msg

common.setup("指标")
inds = common.guard(data.call, "indicators")
inds = inds[inds.figures > 0]
if inds.empty:
    st.title("指标")
    st.info(msg("empty_store"))
    st.stop()
ids = inds.id.tolist()
default_indicator = "gdp" if "gdp" in ids else ids[0]
# Opens on GDP for the city and its districts (the family of regions with the most data) over the years,
# chosen from the snapshot's pre-aggregated cells: only the chosen regions' figures are read.
home_cells = common.guard(data.call, "indicator_cells", default_indicator)
home_cells = home_cells[(home_cells.measure == "value") & (home_cells.period == "year") & (home_cells.status == "actual")]
default_regions = defaults.family_of_counts(home_cells.groupby("region", sort=True).figures.sum(),
                                            common.guard(data.call, "region_tree"))
spec = [
    links.Param("indicator", default_indicator, links.parse_choice(ids)),
    links.Param("regions", default_regions, links.parse_list()),
    links.Param("measure", "value", links.parse_choice(["value", "growth"])),
    links.Param("status", "actual" if default_regions else "all", links.parse_choice(["all", "actual", "target"])),
    links.Param("period", "year", str),
    links.Param("kind", "line", links.parse_choice(["line", "bar"])),
]
p = common.params(spec)

with common.controls():
    indicator = st.selectbox("指标", ids, index=ids.index(p["indicator"]), format_func=indicator_name, key="ind-indicator")
    cells = common.guard(data.call, "indicator_cells", indicator)  # what there is to choose, without the figures
    measures = [m for m in ("value", "growth") if (cells.measure == m).any()] or ["value"]
    measure = st.radio("口径", measures, index=measures.index(p["measure"]) if p["measure"] in measures else 0,
                       format_func=MEASURE_ZH.get, horizontal=True, key="ind-measure")
    periods = sorted(set(cells[cells.measure == measure].period.dropna()), key=lambda x: (x != "year", x)) or ["year"]
    period = st.selectbox("期间", periods, index=periods.index(p["period"]) if p["period"] in periods else 0,
                          format_func=period_zh, key="ind-period")
    region_opts = sorted(set(cells.region.dropna()))
    chosen = [r for r in p["regions"] if r in region_opts]
    regions = st.multiselect("地区", region_opts, default=chosen, placeholder="全部地区", key="ind-regions")
    status = st.radio("性质", ["all", "actual", "target"], index=["all", "actual", "target"].index(p["status"]),
                      format_func=lambda s: {"all": "全部", **STATUS_ZH}[s], horizontal=True, key="ind-status")
    kind = st.radio("图形", ["line", "bar"], index=["line", "bar"].index(p["kind"]),
                    format_func={"line": "折线", "bar": "柱状"}.get, horizontal=True, key="ind-kind")
# every region chosen by hand is written as regions=all, so that the link does not fall back to the default family
values = {"indicator": indicator, "regions": regions or (["all"] if default_regions else []), "measure": measure, "status": status, "period": period,
          "kind": kind}
common.sync(values, spec)

# only the chosen regions are read (every region only when the reader clears the choice)
figs = common.guard(data.figures, indicator=indicator, measure=measure, period=period, region=regions or None,
                    status=None if status == "all" else status)

title = f"{indicator_name(indicator)}{'增速' if measure == 'growth' else ''}（{period_zh(period)}）"
fig = data.built(indicator_chart, figs, indicator=indicator, measure=measure, kind=kind, title=title)
if common.embed():
    common.chart(fig, key="ind-chart", name=f"{indicator}_{measure}_{period}")
st.title(title)
if figs.empty:
    st.info(msg("no_data"))
    st.stop()
# The table is built only when its tab is open: a hidden tab would still cost the browser the table's code and data.
chart_tab, table_tab = st.tabs(["图表", "表格"], key="ind-view", on_change="rerun")
with chart_tab:
    st.caption(msg("pick_point"))
    common.chart(fig, key="ind-chart", name=f"{indicator}_{measure}_{period}", titled=False)  # the page's title says it
with table_tab:
    if not table_tab.open:
        st.stop()
    shown = figs.head(common.MAX_ROWS)
    table = shown.assign(
        数值=[labels.number_label(v) for v in shown.value],
        原文=[links.source_url(d, f) for d, f in zip(shown.doc_id, shown.figure_id, strict=True)],
    )
    if len(figs) > len(shown):
        st.caption(f"共 {len(figs):,} 行，表中显示前 {len(shown):,} 行；完整数据请下载。")
    cols = ["region", "year", "period", "status", "数值", "unit", "qualifier", "review", "flag_reason", "title", "quote",
            "原文"]
    sel = st.dataframe(
        labels.zh_table(table, cols, keep=["原文"]),
        hide_index=True, key="ind-table", on_select="rerun", selection_mode="single-row",
        column_config={"原文": st.column_config.LinkColumn("原文", display_text="打开")})
    rows = (sel or {}).get("selection", {}).get("rows", []) if isinstance(sel, dict) else getattr(
        getattr(sel, "selection", None), "rows", [])
    if rows:
        r = shown.iloc[rows[0]]
        common.go_to_source((r.figure_id, r.doc_id))
    common.download_buttons(figs, f"{indicator}_{measure}", "ind")
