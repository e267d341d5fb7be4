"""The chart frame (src/ui/plot.py): the vendored plotly.js matches the plotly package, its licence
ships with it, the frame's arguments and which clicks count."""

import json

import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs_version

from src.ui import plot


def test_the_vendored_bundle_is_the_plotly_js_the_plotly_package_writes_for():
    head = (plot.FRAME / "plotly-cartesian.min.js").read_text(encoding="utf-8")[:200]
    assert f"plotly.js (cartesian - minified) v{get_plotlyjs_version()}" in head
    assert "MIT License" in (plot.FRAME / "LICENSE-plotly.js.txt").read_text(encoding="utf-8")
    page = (plot.FRAME / "index.html").read_text(encoding="utf-8")
    assert 'src="plotly-cartesian.min.js"' in page and 'src="frame.js"' in page


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
