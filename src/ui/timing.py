"""Where a page's server time goes, for bench/browser_bench.py: with INDICATORS_TIMING=1 in the
server's environment, every script run writes one line to stderr when it finishes:

    timing page=指标 session=… start=<epoch s> body=<epoch s> end=<epoch s> run=<s> imports=<s>

`start` is when Streamlit began the run (before the page module's own imports; for the very first run,
which began before the hooks were installed, the same as `body`), `body` when the page called
common.setup(), `end` when the run finished (also after st.stop()). Off by default: nothing is
patched and nothing is written unless the variable is set.

The end of a run has no public hook in Streamlit, so this wraps ScriptRunner's own start and finish
methods (private API; when they are missing, as in another Streamlit version, only `body` is logged).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

ENV = "INDICATORS_TIMING"
_local = threading.local()  # the script thread's current run: start and body times, page name
_installed = False


def enabled() -> bool:
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes")


def page_started(page: str) -> None:
    """Called by common.setup(): the page's own code starts now."""
    if not enabled():
        return
    install()
    _local.body = time.time()
    _local.page = page
    if getattr(_local, "start", None) is None:  # the run that installed the hooks began before them
        _local.start = _local.body


def install() -> None:
    global _installed
    if _installed:
        return
    try:
        from streamlit.runtime.scriptrunner.script_runner import ScriptRunner
    except ImportError:
        return
    run, finish = getattr(ScriptRunner, "_run_script", None), getattr(ScriptRunner, "_on_script_finished", None)
    if run is None or finish is None:
        return

    def _run_script(self: Any, rerun_data: Any) -> None:
        _local.start, _local.body, _local.page = time.time(), None, "?"
        return run(self, rerun_data)

    def _on_script_finished(self: Any, ctx: Any, *args: Any, **kw: Any) -> None:
        end = time.time()
        start, body = getattr(_local, "start", None), getattr(_local, "body", None)
        if start is not None:
            imports = f" imports={body - start:.3f}" if body else ""
            print(f"timing page={getattr(_local, 'page', '?')} session={getattr(ctx, 'session_id', '?')} "
                  f"start={start:.3f} body={body or 0:.3f} end={end:.3f} run={end - start:.3f}{imports}",
                  file=sys.stderr, flush=True)
        _local.start = end  # a rerun in the same loop (st.rerun) starts here
        return finish(self, ctx, *args, **kw)

    ScriptRunner._run_script = _run_script  # type: ignore[method-assign]
    ScriptRunner._on_script_finished = _on_script_finished  # type: ignore[method-assign]
    _installed = True
