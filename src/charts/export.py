"""Static export of plotly figures with kaleido 1.x, which drives the installed Chromium.

kaleido finds Debian's /usr/bin/chromium on PATH (BROWSER_PATH overrides). One export server is
started per process and reused, so images after the first take a fraction of a second. Every
export runs under a timeout and fails with a clear message instead of hanging.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import plotly.graph_objects as go

TIMEOUT = float(os.environ.get("EXPORT_TIMEOUT", "60"))
_lock = threading.Lock()
_server_started = False
_pool = ThreadPoolExecutor(max_workers=1)


class ExportError(RuntimeError):
    """Rendering an image failed; the message says why in one line."""


def find_browser() -> str | None:
    env = os.environ.get("BROWSER_PATH")
    if env and os.path.exists(env):
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def _ensure_server() -> None:
    global _server_started
    if _server_started:
        return
    if find_browser() is None:
        raise ExportError("no Chromium found: install Debian's chromium (apt-get install chromium) or set BROWSER_PATH")
    import kaleido

    if not os.environ.get("BROWSER_PATH"):
        os.environ["BROWSER_PATH"] = find_browser() or ""
    try:
        kaleido.start_sync_server(silence_warnings=True)
    except RuntimeError as e:
        if "already" not in str(e).lower():
            raise ExportError(f"could not start the image export server: {e}") from None
    _server_started = True


def _short(cd: object) -> str:
    """The printed label of a point: its formatted value without the unit ('≥6%', '2,087.4')."""
    s = str(cd[4]) if isinstance(cd, list | tuple) and len(cd) > 4 else ""
    return s.split(" ")[0]


def for_print(fig: go.Figure) -> go.Figure:
    """A copy of a chart for a still image, which has no hover: the value printed beside every point,
    on every bar (taken from customdata[4], the formatted value every builder puts there) and in
    every heatmap cell.
    Targets keep their dashed lines, hollow markers and hatched bars."""
    fig = go.Figure(fig)
    positions = ("top center", "bottom center")
    k = 0
    for trace in fig.data:
        if trace.type == "heatmap":  # the count in every cell
            trace.texttemplate = "%{z}"
            continue
        cd = getattr(trace, "customdata", None)
        if cd is None or len(cd) == 0 or trace.type not in ("scatter", "bar"):
            continue
        text = [_short(c) for c in cd]
        if trace.type == "scatter":
            trace.mode = (trace.mode or "lines+markers") + "+text"
            trace.text = text
            trace.textposition = positions[k % 2]
            trace.textfont = {"size": 12, "color": (trace.line.color if trace.line and trace.line.color else "#333")}
            trace.cliponaxis = False
            k += 1
        else:
            extra = list(trace.text) if trace.text is not None and not isinstance(trace.text, str) else []
            if extra and [str(x) for x in extra] != text and not all(" " in str(x) for x in extra):
                text = [f"{t} {x}" for t, x in zip(text, extra, strict=False)]
            trace.text = text
            trace.texttemplate = None
            trace.textposition = "outside"
            trace.cliponaxis = False
    return fig


def to_image(fig: go.Figure, fmt: str = "png", width: int | None = None, height: int | None = None,
             timeout: float | None = None) -> bytes:
    """PNG/SVG/PDF bytes of a figure, values printed beside points and bars (for_print); ExportError on
    failure or after `timeout` seconds."""
    fig = for_print(fig)  # a copy: trace ids are fixed so that the same figure gives the same bytes
    for i, trace in enumerate(fig.data):
        if trace.uid is None:
            trace.uid = f"trace{i:04d}"
    with _lock:
        _ensure_server()
        import kaleido

        opts = {"format": fmt}
        if width:
            opts["width"] = width
        if height:
            opts["height"] = height
        fut = _pool.submit(kaleido.calc_fig_sync, fig, opts=opts)
        try:
            return fut.result(timeout=TIMEOUT if timeout is None else timeout)
        except FutureTimeout:
            raise ExportError(f"image export did not finish within {TIMEOUT if timeout is None else timeout:.0f} s") from None
        except ExportError:
            raise
        except Exception as e:
            raise ExportError(f"image export failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def to_svg(fig: go.Figure, width: int | None = None, height: int | None = None) -> bytes:
    """SVG bytes; plotly.js names clip paths after a random id, made stable here so that the same
    figure always gives the same bytes."""
    svg = to_image(fig, "svg", width, height)
    ids = sorted(set(re.findall(rb"clip([0-9a-f]{6})", svg)))
    for i, uid in enumerate(ids):
        svg = svg.replace(uid, f"{i:06x}".encode())
    return svg


def stop() -> None:
    global _server_started
    if _server_started:
        import kaleido

        with contextlib.suppress(Exception):
            kaleido.stop_sync_server(silence_warnings=True)
        _server_started = False
