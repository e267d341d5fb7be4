"""Dashboard benchmark: AppTest run time of every page, on the seed store and on 1,000,000 figures,
and the peak memory (max RSS) of a process rendering all pages at 1,000,000 figures.

python bench/dashboard_bench.py [--figures 1000000]

Each store is measured in its own subprocess, so peak memory belongs to that store alone. The
first run of a page includes Python imports and empty caches ("cold"); the second reuses the
process's caches as a browser session would ("warm").
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def measure(db: str) -> dict:
    import os

    from streamlit.testing.v1 import AppTest

    os.environ["INDICATORS_DB"] = db
    pages = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))]
    out = {}
    for page in pages:
        times = []
        for _ in range(2):
            at = AppTest.from_file(str(ROOT / page), default_timeout=600)
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
            if at.exception:
                raise SystemExit(f"{page}: {at.exception[0].message}")
        out[page] = times
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process's own address space; ru_maxrss
    does not do here: Linux carries it across fork and exec, so a child started by a parent holding a
    10 M-figure store in memory would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures", type=int, default=1_000_000)
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.measure:
        print(json.dumps(measure(a.measure)))
        return
    from bench.store_bench import build_big
    from src.ingest.seed import seed

    with tempfile.TemporaryDirectory() as d:
        seeds = Path(d) / "seeds.duckdb"
        seed(seeds)
        t0 = time.perf_counter()
        big = build_big(a.figures, Path(d))
        print(f"built a store of {a.figures:,} figures in {time.perf_counter() - t0:.1f} s")
        results = {}
        for name, db in (("seeds", seeds), (f"{a.figures:,} figures", big)):
            r = subprocess.run([sys.executable, __file__, "--measure", str(db)], capture_output=True, text=True,
                               cwd=ROOT, timeout=3600)
            if r.returncode:
                raise SystemExit(r.stderr[-2000:])
            results[name] = json.loads(r.stdout.strip().splitlines()[-1])
    names = list(results)
    print(f"{'page':<26}" + "".join(f"{n + ' cold/warm (s)':>30}" for n in names))
    for page in results[names[0]]:
        if page == "peak_rss_mb":
            continue
        print(f"{page:<26}" + "".join(f"{results[n][page][0]:>20.2f} / {results[n][page][1]:<7.2f}" for n in names))
    print("peak RSS (MB): " + ", ".join(f"{n}: {results[n]['peak_rss_mb']:.0f}" for n in names))


if __name__ == "__main__":
    main()
