"""区域对比 Regions: regions side by side for a year, and one region's profile over time.

The hierarchy is respected: the regions compared are the children of the chosen region (or its
siblings when it has none), so one can drill down from province to city to district; a zone is
shown beside its district, never added into it.
"""

import streamlit as st

from src.charts import defaults, indicator_name, labels, profile_chart, region_bars
from src.charts.style import MEASURE_ZH
from src.ui import common, data, links
from src.ui.escape import link, md
from src.ui.messages import msg

common.setup("区域对比")
tree = common.guard(data.call, "region_tree")
if tree.empty:
    st.title("区域对比")
    st.info(msg("empty_store"))
    st.stop()
names = tree.name.tolist()
with_data = tree[tree.figures > 0].name.tolist()
# Opens on the region whose children (a city's districts) hold the most data.
home = defaults.parent_with_most_children(tree) or (with_data[0] if with_data else names[0])
spec = [links.Param("region", home, links.parse_choice(names)),
        links.Param("indicator", "gdp", str), links.Param("measure", "value", links.parse_choice(["value", "growth"])),
        links.Param("year", None, links.parse_int())]
p = common.params(spec)
parents = tree.set_index("name").parent.to_dict()
with common.controls():
    region = st.selectbox("地区", names, index=names.index(p["region"]), key="rg-region",
                          format_func=lambda n: n if n in with_data else f"{n}（下辖）")
    below = common.guard(data.call, "children", region)
    parent = parents.get(region)
    peers = below.name.tolist() if not below.empty else (
        common.guard(data.call, "children", parent).name.tolist() if parent else [region])
    inds_df = common.guard(data.call, "indicators")
    inds = inds_df[inds_df.figures > 0].id.tolist() or ["gdp"]
    indicator = st.selectbox("指标", inds, index=inds.index(p["indicator"]) if p["indicator"] in inds else 0,
                             format_func=indicator_name, key="rg-indicator")
    measure = st.radio("口径", ["value", "growth"], index=["value", "growth"].index(p["measure"]),
                       format_func=MEASURE_ZH.get, horizontal=True, key="rg-measure")
    compare = common.guard(data.figures, region=sorted(set(peers) | {region}), indicator=indicator, measure=measure,
                           period="year")
    # the bars compare the children of a region (not the region itself), or a region with its siblings
    compared = compare[compare.region.isin(peers)] if not below.empty else compare
    shown = compared[(compared.status == "actual")]
    years = sorted({int(y) for y in shown.year.dropna()}, reverse=True) or [None]
    best_year = defaults.year_most_covered(shown)
    year = st.selectbox("年份", years, index=years.index(p["year"]) if p["year"] in years else (
        years.index(best_year) if best_year in years else 0), key="rg-year")
common.sync({"region": region, "indicator": indicator, "measure": measure,
             "year": year if year != best_year else None}, spec)

if common.embed() and year:
    common.chart(data.built(region_bars, compared, indicator=indicator, measure=measure, year=year,
                             parent=region if not below.empty else None), key="rg-bars",
                 name=f"区域对比_{indicator}_{year}")
st.title("区域对比")
chain, r = [], parents.get(region)
while r and r not in chain:
    chain.insert(0, r)
    r = parents.get(r)
crumbs = [link(n, links.page_url('regions', region=n, indicator=indicator, measure=measure), internal=True) for n in chain]
st.markdown(" › ".join([*crumbs, f"**{md(region)}**"]))
if not below.empty:
    st.markdown("下级：" + "　".join(
        link(n, links.page_url('regions', region=n, indicator=indicator, measure=measure), internal=True)
        for n in below.name))

mine = common.guard(data.figures, region=region)
if compare.empty and mine.empty:
    st.info(msg("no_data"))
    st.stop()
left, right = st.container(), st.container()
with left:
    st.subheader(f"{'下级' if not below.empty else '同级'}地区对比")
    if year:
        fig = data.built(region_bars, compared, indicator=indicator, measure=measure, year=year,
                          parent=region if not below.empty else None)
        common.chart(fig, key="rg-bars", name=f"区域对比_{indicator}_{year}")
    else:
        st.info(msg("no_data"))
with right:
    st.subheader(f"{md(region)}指标走势")
    pf = data.built(profile_chart, mine, region=region, measure="growth")
    common.chart(pf, key="rg-profile", name=f"{region}_走势")
if not mine.empty:
    st.subheader(f"{md(region)}全部数据")
    common.show_table(labels.zh_table(mine, ["indicator_name", "measure", "value", "unit", "status", "year", "period",
                                             "qualifier", "flag_reason", "title"]), hide_index=True)
    common.download_buttons(mine, f"{region}_数据", "rg")
