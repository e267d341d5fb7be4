"""The chart frame (src/ui/plot.py): the vendored plotly.js matches the plotly package, its licence
ships with it, the frame's arguments and which clicks count."""

import json
import re

import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs_version

from src.charts import (
    cards_figure,
    coverage_heatmap,
    empty_figure,
    indicator_chart,
    profile_chart,
    region_bars,
    target_series_chart,
    targets_chart,
)
from src.charts.export import for_print
from src.ui import plot
from tests.charts.test_builders import series, tvr_frame


def test_the_vendored_bundle_is_the_plotly_js_the_plotly_package_writes_for():
    head = (plot.FRAME / plot.BUNDLE).read_text(encoding="utf-8")[:300]
    assert re.search(rf"plotly\.js \([^)]*\) v{re.escape(get_plotlyjs_version())}\n", head)
    assert "MIT License" in (plot.FRAME / "LICENSE-plotly.js.txt").read_text(encoding="utf-8")
    page = (plot.FRAME / "index.html").read_text(encoding="utf-8")
    assert f'src="{plot.BUNDLE}"' in page and 'src="frame.js"' in page


def bundle_traces() -> set[str]:
    """The trace types the vendored plotly.js registers (each trace module names itself)."""
    return set(re.findall(r'moduleType:"trace",name:"(\w+)"', (plot.FRAME / plot.BUNDLE).read_text(encoding="utf-8")))


COVERAGE = pd.DataFrame({"region": ["甲区"] * 3, "indicator": ["gdp", "gdp", "cpi"], "year": [2022, 2023, 2023],
                         "results": [1, 2, 0], "targets": [0, 1, 1]})
ONE_YEAR = series().query("status == 'actual' and year == 2023")
CARDS = [{"indicator": "gdp", "name": "地区生产总值", "value": "120 亿元", "detail": "增长 5%"}]
CHARTS = {  # every builder, in each of its kinds, as the pages and the report draw them
    "indicator line": lambda: indicator_chart(series(), indicator="gdp"),
    "indicator bars": lambda: indicator_chart(series(), indicator="gdp", kind="bar"),
    "one year across regions": lambda: indicator_chart(ONE_YEAR, indicator="gdp"),
    "region bars": lambda: region_bars(ONE_YEAR, indicator="gdp", measure="value", year=2023),
    "profile": lambda: profile_chart(series().assign(measure="growth", unit="%"), region="甲区"),
    "targets of a year": lambda: targets_chart(tvr_frame(), region="甲区", year=2023),
    "targets over the years": lambda: target_series_chart(tvr_frame(), region="甲区", indicator="gdp"),
    "coverage": lambda: coverage_heatmap(COVERAGE, region="甲区"),
    "cards": lambda: cards_figure(CARDS, title="甲区 2023年 主要指标"),
    "empty": lambda: empty_figure("暂无"),
}


@pytest.mark.parametrize("name", list(CHARTS))
def test_the_vendored_bundle_draws_every_trace_type_the_builders_make(name):
    registered = bundle_traces()
    assert {"scatter", "bar", "heatmap"} <= registered
    for fig in (CHARTS[name](), for_print(CHARTS[name]())):
        types = {t.type or "scatter" for t in fig.data}
        assert types <= registered, f"{name}: {types - registered} not in {plot.BUNDLE} (scripts/plotly_bundle/entry.js)"


@pytest.mark.parametrize(("layout_height", "height", "expected"), [
    (None, None, plot.DEFAULT_HEIGHT),  # plotly's own default, as st.plotly_chart
    (520, None, 520),                   # the figure's height
    (None, 640, 640),                   # asked for (presentation mode)
    (520, 640, 640),
])
def test_the_frame_is_as_high_as_the_chart(layout_height, height, expected):
    fig = go.Figure(go.Bar(x=["甲"], y=[1]), layout={"height": layout_height})
    args = plot.chart_args(fig, config={}, height=height)
    assert args["height"] == expected
    assert json.loads(args["spec"])["data"][0]["type"] == "bar"


def test_a_click_counts_only_on_the_figure_it_was_made_on():
    a = plot.chart_args(go.Figure(go.Scatter(x=[1], y=[2])), config={}, select=True)
    b = plot.chart_args(go.Figure(go.Scatter(x=[1], y=[3])), config={}, select=True)
    assert a["sig"] != b["sig"]
    assert a["sig"] == plot.chart_args(go.Figure(go.Scatter(x=[1], y=[2])), config={}, select=True)["sig"]
    click = {"selection": {"points": [{"customdata": ["f", "d"]}]}, "sig": a["sig"]}
    assert plot.selection_of(click, a["sig"]) == click
    for value in ({**click, "sig": b["sig"]}, {"selection": click["selection"]}, None, "x", {"sig": a["sig"]}):
        assert plot.selection_of(value, a["sig"]) is None, value
