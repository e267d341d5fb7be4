"""Every chart of the dashboard, drawn by a small custom component (plotly_frame/) with a plotly.js of
its own (BUNDLE: the core with scatter, bar and heatmap, 1.2 MB, built by scripts/plotly_bundle/)
instead of st.plotly_chart, whose 4.7 MB plotly.js takes the browser's main thread 1.0-1.45 s to
evaluate before the first chart appears (plotly.js's cartesian bundle: 0.6-1.1 s; this one 0.15-0.3 s).

The component gets the figure as plotly's JSON (as st.plotly_chart does) and, with `select`, sends
back the clicked point in st.plotly_chart's selection shape ({"selection": {"points": [{"customdata":
…}, …]}}) with the signature of the figure it was clicked on: a point clicked on another figure (the
filters changed since) is no selection.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import plotly.io as pio
from streamlit.components import v1 as components

FRAME = Path(__file__).parent / "plotly_frame"
BUNDLE = "plotly-charts.min.js"  # in FRAME; its trace types: scripts/plotly_bundle/entry.js
NAME = "plotly_frame"
DEFAULT_HEIGHT = 450  # st.plotly_chart's (and plotly's) height of a figure without one

_frame = components.declare_component(NAME, path=str(FRAME))


def chart_args(fig, *, config: dict, height: int | None = None, select: bool = False,
               titled: bool = True) -> dict[str, Any]:
    """What the component is given: the figure's JSON, plotly's config, the frame's height, whether a
    click selects, whether the figure's own title is drawn (not when the page's heading above the
    chart already says it), and a signature of them all (the figure the frame draws)."""
    spec = pio.to_json(fig, validate=False)
    height = int(height or fig.layout.height or DEFAULT_HEIGHT)
    sig = hashlib.sha1(json.dumps([spec, config, height, select, titled], sort_keys=True).encode()).hexdigest()[:16]
    return {"spec": spec, "config": config, "height": height, "select": select, "titled": titled, "sig": sig}


def plotly_chart(fig, *, key: str, config: dict, height: int | None = None, select: bool = False,
                 titled: bool = True) -> dict | None:
    """Draw `fig`; with `select`, return the selection of the point last clicked on this very figure
    (None before a click, or when the click was on a figure shown before). `titled=False` leaves out
    the figure's title on screen (the still images and presentation mode keep it)."""
    args = chart_args(fig, config=config, height=height, select=select, titled=titled)
    value = _frame(**args, key=key, default=None)
    return selection_of(value, args["sig"])


def selection_of(value: Any, sig: str) -> dict | None:
    """The component's value when it belongs to the figure signed `sig`."""
    if isinstance(value, dict) and value.get("sig") == sig and isinstance(value.get("selection"), dict):
        return value
    return None
