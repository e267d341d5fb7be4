"""Real-browser benchmark: first chart, click → source, and page loads during an ingest.

python bench/browser_bench.py [--repeat 5] [--sessions 4] [--seconds 40] [--docs 200] [--keep DIR]
(--seconds 0: the first two measurements only)

Playwright drives Debian's chromium (/usr/bin/chromium; never a downloaded browser). The script
builds a database from seeds/ in a temporary directory, starts `streamlit run app.py` on
127.0.0.1 (a free port) against it, and measures, in one run:

1. time to the first chart on a fresh page (a new browser context each time: no cookies, no
   cache, a new Streamlit session), from navigation start until the chart's points are drawn;
   the first load after the server starts is reported apart (it imports the app's modules); a
   separate set of loads reports the stages from the page's own timeline: app loaded, script run
   finished, the chart frame's plotly.js (src/ui/plot.BUNDLE) requested and loaded (resource
   timing), the longest main-thread task before the chart (its evaluation) and the main thread's
   time in long tasks;
2. click on a point of the 指标 chart → the figure's sentence, highlighted, under the chart (the
   <mark class="chosen"> of the source panel is visible);
3. `--sessions` browser sessions loading the pages in turn for `--seconds` while
   `python -m src.ingest` writes `--docs` documents (copies of the seed texts, each distinct) in
   another process: page-load p50/p95 and the errors (a page not loaded and its script run not
   finished within 30 s, a Streamlit exception, a database message on the page, a lost connection).

Targets (issue 10): first chart < 2 s, click → source < 1 s, 0 errors under load.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
FRAME = '[data-testid="stCustomComponentV1"]'  # the charts' frame (src/ui/plot.py)
POINT = ".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point"  # inside FRAME
CHART = ".js-plotly-plot .main-svg"  # inside FRAME
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
LOAD_TIMEOUT = 30.0  # seconds for a whole page load in the sessions under load; longer is an error
DB_WORDS = ("无法读取数据库", "数据库正被其他进程写入", "Traceback", "Error")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))] if xs else float("nan")


def fmt(xs: list[float]) -> str:
    if not xs:
        return "n/a"
    return (f"median {statistics.median(xs):.2f} s, min {min(xs):.2f}, max {max(xs):.2f} "
            f"(n={len(xs)}: {', '.join(f'{x:.2f}' for x in xs)})")


# ---------------------------------------------------------------- data and server

def build_db(tmp: Path) -> Path:
    from src.ingest.seed import seed

    t0 = time.perf_counter()
    db = tmp / "bench.duckdb"
    n = seed(db, workers=os.cpu_count() or 1)
    print(f"database from seeds/: {n} documents in {time.perf_counter() - t0:.1f} s", flush=True)
    return db


def make_docs(n: int, tmp: Path) -> Path:
    """n distinct documents: the seed texts in turn, each with its own closing line."""
    out = tmp / "ingest"
    out.mkdir()
    seeds = sorted(p for p in (ROOT / "seeds").rglob("*.txt"))
    for i in range(n):
        s = seeds[i % len(seeds)]
        (out / f"{i:04d}-{s.name}").write_text(s.read_text(encoding="utf-8") + f"\n（第{i}号副本）", encoding="utf-8")
    return out


class Server:
    def __init__(self, db: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, INDICATORS_DB=str(db), INDICATORS_TIMING="1")  # src/ui/timing.py: a line per run
        env.pop("INDICATORS_READONLY", None)
        self.log_path = log
        self.log = log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(self.port), "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 90:
            try:
                if urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2).read() == b"ok":
                    print(f"streamlit up in {time.perf_counter() - t0:.1f} s on {self.url}", flush=True)
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise SystemExit("streamlit did not start; see " + str(log))

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


# ---------------------------------------------------------------- CPU time (robust to a busy machine)

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _procs() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds used) for every process (Linux /proc)."""
    out = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                f = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[int(d.name)] = (int(f[1]), (int(f[11]) + int(f[12])) / TICK)
    return out


def cpu_split(server_pid: int) -> tuple[float, float]:
    """CPU seconds so far of (the Streamlit server, the browser and its driver): descendants of
    this process, the server's tree apart."""
    procs = _procs()
    kids: dict[int, list[int]] = {}
    for pid, (ppid, _) in procs.items():
        kids.setdefault(ppid, []).append(pid)

    def tree(root: int) -> set[int]:
        seen, todo = set(), [root]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo += kids.get(x, [])
        return seen

    server = tree(server_pid)
    browser = tree(os.getpid()) - server - {os.getpid()}
    return sum(procs[x][1] for x in server if x in procs), sum(procs[x][1] for x in browser if x in procs)


def cpu_tree(root: int, reaped: bool = True) -> float:
    """CPU seconds so far of a process and its descendants, with the children it has already reaped
    (an ingest's finished workers); 0 once the process is gone."""
    procs = _procs()
    todo, seen = [root], set()
    while todo:
        x = todo.pop()
        if x not in seen:
            seen.add(x)
            todo += [p for p, (pp, _) in procs.items() if pp == x]
    done = 0.0
    if reaped:
        with contextlib.suppress(OSError):
            f = Path(f"/proc/{root}/stat").read_text().rsplit(")", 1)[1].split()
            done = (int(f[13]) + int(f[14])) / TICK
    return sum(procs[x][1] for x in seen if x in procs) + done


CPU: dict[str, list[float]] = {}


# ---------------------------------------------------------------- measurements

def page_url(base: str, path: str, **q: str) -> str:
    from urllib.parse import urlencode

    return f"{base}/{quote(path)}" + (f"?{urlencode(q)}" if q else "")


def locate(page, selector: str):
    """The first element matching `selector`; a chart's (POINT, CHART) inside the first chart frame."""
    if selector in (POINT, CHART):
        return page.frame_locator(FRAME).first.locator(selector).first
    return page.locator(selector).first


STAGES: dict[str, list[float]] = {}
SERVER_PID: list[int] = []
SERVER_LOG: list[Path] = []


def server_runs(since: float) -> list[dict[str, float]]:
    """The script runs the server logged (src/ui/timing.py) that began at or after `since` (epoch s)."""
    runs = []
    if SERVER_LOG and SERVER_LOG[0].exists():
        for line in SERVER_LOG[0].read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("timing ") and " end=" in line:
                kv = dict(w.split("=", 1) for w in line.split()[1:] if "=" in w)
                with contextlib.suppress(KeyError, ValueError):
                    run = {k: float(kv[k]) for k in ("start", "body", "end")}
                    if run["start"] >= since:
                        runs.append(run)
    return runs


async def first_chart(browser, url: str, selector: str, stages: str = "", ctx=None) -> float:
    """Seconds from navigation start to the chart drawn, in a new browser context (a first-time
    visitor: empty cache) or, given `ctx`, a new tab of it (a returning visitor: static files
    cached; still a new Streamlit session). With `stages`, also when the page's JavaScript had
    loaded (the app's root element) and when the script run had finished."""
    own = ctx is None
    ctx = ctx or await browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = await ctx.new_page()
        if stages:  # the browser's main thread: tasks longer than 50 ms, from navigation start
            await page.add_init_script(LONG_TASKS)
        marks: dict[str, float] = {}
        frames: list[float] = []
        if stages:  # the websocket's opening and its messages, the chart frame's creation
            def on_ws(ws) -> None:
                marks.setdefault("websocket opened", time.perf_counter() - t0)
                ws.on("framereceived", lambda _: frames.append(time.perf_counter() - t0))

            page.on("websocket", on_ws)
            page.on("framenavigated", lambda f: "/component/" in f.url and marks.setdefault(
                "chart frame navigated", time.perf_counter() - t0))
        c0 = cpu_split(SERVER_PID[0]) if SERVER_PID else None
        t0, w0 = time.perf_counter(), time.time()
        await page.goto(url, wait_until="commit")
        if stages:
            await page.locator('[data-testid="stApp"]').wait_for(state="attached", timeout=60000)
            marks["app loaded"] = time.perf_counter() - t0
            await page.locator(DONE).wait_for(state="attached", timeout=60000)
            marks["script done"] = time.perf_counter() - t0
        await locate(page, selector).wait_for(state="visible", timeout=60000)
        dt = time.perf_counter() - t0
        if c0 and stages == "" and own:
            c1 = cpu_split(SERVER_PID[0])
            CPU.setdefault("server", []).append(c1[0] - c0[0])
            CPU.setdefault("browser", []).append(c1[1] - c0[1])
        if stages:
            marks.update(await page_stages(page, dt))
            done = marks.get("script done", dt)
            if frames:
                marks["first websocket message"] = frames[0]
                marks["last websocket message before script done"] = max(f for f in frames if f <= done) \
                    if any(f <= done for f in frames) else frames[0]
            runs = server_runs(w0)
            if runs:  # the server's own clock (same machine): run start, page code start, run end
                r = runs[0]
                marks["server: script run started"] = r["start"] - w0
                marks["server: page code started (after imports)"] = r["body"] - w0
                marks["server: script run finished"] = r["end"] - w0
            marks["chart drawn"] = dt
        for k, v in marks.items():
            STAGES.setdefault(f"{stages}: {k}", []).append(v)
        await page.close()
        return dt
    finally:
        if own:
            await ctx.close()


LONG_TASKS = ("window.__longTasks = []; new PerformanceObserver(l => window.__longTasks.push(...l.getEntries().map("
              "e => [e.startTime, e.duration]))).observe({type: 'longtask', buffered: true});")


async def page_stages(page, chart: float) -> dict[str, float]:
    """From the page's own timeline (ms from navigation start, in seconds): when the chart frame's
    plotly.js (src/ui/plot.BUNDLE) was requested and had arrived, the longest main-thread task
    before the chart (its evaluation) and the main thread's time in long tasks (> 50 ms) before the chart."""
    origin, tasks = await page.evaluate("() => [performance.timeOrigin, window.__longTasks || []]")
    chunk = ready = None
    for frame in page.frames:  # the chart frame's own timeline, moved onto the page's
        if "/component/" in frame.url:
            chunk = await frame.evaluate(
                "o => performance.getEntriesByType('resource').filter(r => /plotly-(cartesian|charts)/.test(r.name))"
                ".map(r => [r.startTime + performance.timeOrigin - o, r.responseEnd + performance.timeOrigin - o])[0]"
                " || null", origin)
            ready = await frame.evaluate(
                "o => { const n = performance.getEntriesByType('navigation')[0];"
                " return n && n.domContentLoadedEventEnd ? n.domContentLoadedEventEnd + performance.timeOrigin - o : null }",
                origin)
            break
    before = [(t / 1000, d / 1000) for t, d in tasks if t / 1000 < chart]
    out = {}
    if chunk:
        out["plotly.js requested"], out["plotly.js loaded"] = chunk[0] / 1000, chunk[1] / 1000
    if ready is not None:
        out["chart frame: plotly.js run (the frame's DOMContentLoaded)"] = ready / 1000
    if before:
        out["longest main-thread task before the chart (s)"] = max(d for _, d in before)
        out["main thread in long tasks before the chart (s)"] = sum(d for _, d in before)
    return out


async def click_to_source(browser, url: str) -> float:
    ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = await ctx.new_page()
        await page.goto(url, wait_until="commit")
        point = locate(page, POINT)
        await point.wait_for(state="visible", timeout=60000)
        await page.locator(DONE).wait_for(timeout=60000)
        await page.wait_for_timeout(300)  # plotly's click handler is bound after the first paint
        box = await point.bounding_box()
        assert box is not None
        t0 = time.perf_counter()
        await page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        await page.locator(".st-key-source-panel mark.chosen").wait_for(state="visible", timeout=60000)
        return time.perf_counter() - t0
    finally:
        await ctx.close()


@dataclass
class Load:
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    by_page: dict[str, list[float]] = field(default_factory=dict)


async def session(browser, pages: list[tuple[str, str, str]], until: float, k: int, load: Load) -> None:
    ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await ctx.new_page()
    i = k
    try:
        while time.perf_counter() < until:
            name, url, ready = pages[i % len(pages)]
            i += 1
            t0 = time.perf_counter()
            stage = "navigation"

            def left(t0: float = t0) -> float:  # one budget of LOAD_TIMEOUT for the whole page load, in ms
                return max(1.0, (LOAD_TIMEOUT - (time.perf_counter() - t0)) * 1000)

            try:
                await page.goto(url, wait_until="commit", timeout=left())
                stage = "the app's JavaScript"
                await page.locator('[data-testid="stApp"]').wait_for(state="attached", timeout=left())
                stage = "the page's content"
                await locate(page, ready).wait_for(state="visible", timeout=left())
                stage = "the end of the script run"
                await page.locator(DONE).wait_for(timeout=left())
            except Exception as e:  # a timeout or a failed navigation counts as an error
                load.errors.append(f"{name}: {type(e).__name__} after {time.perf_counter() - t0:.1f} s waiting for "
                                   f"{stage}: {str(e).splitlines()[0][:80]}")
                continue
            dt = time.perf_counter() - t0
            problem = await page_problem(page)
            if problem:
                load.errors.append(f"{name}: {problem}")
                continue
            load.times.append(dt)
            load.by_page.setdefault(name, []).append(dt)
    finally:
        await ctx.close()


def probe_reads(db: Path, until: float, out: list[float], ingest_pid: int, ingest_cpu: list[float]) -> None:
    """The waits a page's query sees: a read-only query every 0.5 s (separates lock waits from a busy CPU).
    Also samples the ingest's CPU seconds while it runs."""
    from src.store import queries

    while time.perf_counter() < until:
        ingest_cpu.append(max(cpu_tree(ingest_pid), ingest_cpu[-1] if ingest_cpu else 0.0))
        t0 = time.perf_counter()
        with contextlib.suppress(Exception):  # a StoreError (busy) is a failed wait: count its time
            queries.figures(db, indicator="gdp")
        out.append(time.perf_counter() - t0)
        time.sleep(0.5)


async def page_problem(page) -> str:
    if await page.locator('[data-testid="stException"]').count():
        return "exception: " + (await page.locator('[data-testid="stException"]').first.inner_text())[:120]
    state = await page.locator('[data-testid="stApp"]').get_attribute("data-test-connection-state")
    if state and state != "CONNECTED":
        return f"connection {state}"
    for text in await page.locator('[data-testid="stAlert"]').all_inner_texts():
        if any(w in text for w in DB_WORDS):
            return "alert: " + text.replace("\n", " ")[:120]
    return ""


async def run(args: argparse.Namespace, base: str, db: Path, docs: Path) -> None:
    from playwright.async_api import async_playwright

    from src.store import queries

    gdp = queries.figures(db, indicator="gdp", measure="value")
    doc = gdp.doc_id.iloc[0] if not gdp.empty else queries.documents(db).doc_id.iloc[0]
    indicator_url = page_url(base, "指标")
    load_pages = [
        ("总览", page_url(base, ""), CHART),
        ("指标", indicator_url, POINT),
        ("区域对比", page_url(base, "区域对比"), "h1"),
        ("目标与完成", page_url(base, "目标与完成"), "h1"),
        ("原文", page_url(base, "原文", doc=doc), "iframe"),
    ]
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        cold = await first_chart(browser, indicator_url, POINT)
        print(f"\n1. first chart, 指标 (first load after server start): {cold:.2f} s", flush=True)
        ind = [await first_chart(browser, indicator_url, POINT) for _ in range(args.repeat)]
        print(f"   first chart, 指标, fresh page (new browser context): {fmt(ind)}", flush=True)
        ov = [await first_chart(browser, page_url(base, ""), CHART) for _ in range(args.repeat)]
        print(f"   first chart, 总览, fresh page (new browser context): {fmt(ov)}", flush=True)
        warm_ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
        await first_chart(browser, indicator_url, POINT, ctx=warm_ctx)
        warm = [await first_chart(browser, indicator_url, POINT, ctx=warm_ctx) for _ in range(args.repeat)]
        await warm_ctx.close()
        print(f"   first chart, 指标, new tab with the static files cached: {fmt(warm)}", flush=True)
        for _ in range(args.repeat):  # where the time goes (separate runs: waiting on stages costs a little)
            await first_chart(browser, indicator_url, POINT, stages="指标")
        for k, xs in CPU.items():
            print(f"   CPU seconds per fresh first chart, {k}: median {statistics.median(xs):.2f}", flush=True)
        for k, xs in sorted(STAGES.items(), key=lambda kv: (kv[0].endswith(" (s)"), statistics.median(kv[1]))):
            if k.endswith(" (s)"):
                print(f"   {k[:-4]}: {statistics.median(xs):.2f} s (median)", flush=True)
            else:
                print(f"   {k} after {statistics.median(xs):.2f} s (median, n={len(xs)})", flush=True)
        clicks = [await click_to_source(browser, indicator_url) for _ in range(args.repeat)]
        print(f"\n2. click on a point → highlighted source: {fmt(clicks)}", flush=True)

        if args.seconds <= 0:  # parts 1 and 2 only
            await browser.close()
            return
        print(f"\n3. {args.sessions} sessions × {args.seconds:.0f} s while ingesting {args.docs} documents", flush=True)
        t_ing = time.perf_counter()
        ingest = subprocess.Popen([sys.executable, "-m", "src.ingest", str(docs), "--db", str(db)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        load = Load()
        c0, w0, icpu = cpu_split(SERVER_PID[0]), time.perf_counter(), [cpu_tree(ingest.pid)]
        alive0 = cpu_tree(ingest.pid, reaped=False)  # the part of the ingest that cpu_split counts as "browser"
        until = time.perf_counter() + args.seconds
        reads: list[float] = []
        await asyncio.gather(*(session(browser, load_pages, until, k, load) for k in range(args.sessions)),
                             asyncio.to_thread(probe_reads, db, until, reads, ingest.pid, icpu))
        during = ingest.poll() is None
        icpu.append(cpu_tree(ingest.pid))
        c1, w1, i0, i1 = cpu_split(SERVER_PID[0]), time.perf_counter(), icpu[0], max(icpu)
        browser_cpu = c1[1] - c0[1] - (cpu_tree(ingest.pid, reaped=False) - alive0)
        await browser.close()
    try:
        out, _ = ingest.communicate(timeout=args.ingest_timeout)
    except subprocess.TimeoutExpired:  # stopped between documents: each is its own transaction
        ingest.terminate()
        out, _ = ingest.communicate(timeout=60)
    t_ing = time.perf_counter() - t_ing
    import re

    summary = re.findall(r"(\d+) ingested, (\d+) unchanged, (\d+) refused", out)  # the CLI's last line
    stored, _unchanged, n_refused = (int(x) for x in summary[-1]) if summary else (
        len(re.findall(r"(?:^|\r)(?:ingested|replaced) ", out, re.M)), 0, len(re.findall(r"refused ", out)))
    print(f"   page loads: {len(load.times)}, p50 {pct(load.times, 0.5):.2f} s, p95 {pct(load.times, 0.95):.2f} s, "
          f"max {max(load.times, default=float('nan')):.2f} s")
    for name, xs in load.by_page.items():
        print(f"     {name}: n={len(xs)} p50 {pct(xs, 0.5):.2f} s p95 {pct(xs, 0.95):.2f} s")
    print(f"   store reads from another process meanwhile (queries.figures, the page's query): n={len(reads)}, "
          f"p50 {pct(reads, 0.5):.2f} s, p95 {pct(reads, 0.95):.2f} s, max {max(reads, default=float('nan')):.2f} s")
    wall, cores = w1 - w0, os.cpu_count() or 1
    print(f"   CPU seconds during the {wall:.0f} s of sessions ({cores} cores = {wall * cores:.0f} CPU-s available, "
          f"load average {os.getloadavg()[0]:.1f}): ingest {i1 - i0:.0f}, browser {browser_cpu:.0f}, "
          f"streamlit server {c1[0] - c0[0]:.0f}")
    print(f"   errors: {len(load.errors)}")
    for e in load.errors[:20]:
        print(f"     {e}")
    print(f"   ingest: exit {ingest.returncode}, {stored} documents stored, {n_refused} refused, {t_ing:.1f} s "
          f"({'still running' if during else 'finished'} when the sessions stopped)")
    verdict = [("first chart < 2 s", statistics.median(ind) < 2), ("click → source < 1 s", statistics.median(clicks) < 1),
               ("0 errors under load", not load.errors)]
    print("\n" + "; ".join(f"{k}: {'yes' if ok else 'NO'}" for k, ok in verdict))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sessions", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=40)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--ingest-timeout", type=float, default=1800)
    ap.add_argument("--keep", type=Path, help="keep the database and the server log in this directory")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"no chromium at {CHROMIUM} (apt install chromium, or set BROWSER_PATH)")
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="browser-bench-"))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    server = None
    try:
        db = build_db(tmp)
        docs = make_docs(args.docs, tmp)
        server = Server(db, tmp / "streamlit.log")
        SERVER_PID.append(server.proc.pid)
        SERVER_LOG.append(server.log_path)
        asyncio.run(run(args, server.url, db, docs))
    finally:
        if server:
            server.stop()
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for f in tmp.glob("*.duckdb"):
                shutil.copy(f, args.keep / f.name)
            shutil.copy(tmp / "streamlit.log", args.keep / "streamlit.log") if (tmp / "streamlit.log").exists() else None
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
