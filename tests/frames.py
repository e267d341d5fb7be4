"""The charts a page shows under AppTest. Every chart is a src/ui/plot.py frame (a custom component,
which AppTest does not render): its arguments are what the browser is given to draw."""

from __future__ import annotations

import json
from typing import Any

from src.ui import plot


def chart_frames(at) -> list[dict[str, Any]]:
    """The arguments of every chart frame on the page: spec (plotly's JSON), config, height, select, sig."""
    return [json.loads(e.proto.json_args) for e in at.get("component_instance")
            if e.proto.component_name.rsplit(".", 1)[-1] == plot.NAME]
