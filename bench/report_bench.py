"""Report benchmark: seconds per image (the first, which starts Chromium, and the following ones)
and for a full region report, on the seed store.

python bench/report_bench.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from src.charts import indicator_chart  # noqa: E402
from src.charts.export import stop, to_image  # noqa: E402
from src.ingest.seed import seed  # noqa: E402
from src.report.build import build  # noqa: E402
from src.store import queries  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "seeds.duckdb"
        seed(db)
        figs = queries.figures(db, region="西湖区", period="year")
        fig = indicator_chart(figs, indicator="gdp", measure="growth", mark_year=2023, size=(1600, 900))
        t0 = time.perf_counter()
        to_image(fig, "png", 1600, 900)
        first = time.perf_counter() - t0
        times = []
        for _ in range(10):
            t0 = time.perf_counter()
            to_image(fig, "png", 1600, 900)
            times.append(time.perf_counter() - t0)
        svg = []
        for _ in range(5):
            t0 = time.perf_counter()
            to_image(fig, "svg", 1600, 900)
            svg.append(time.perf_counter() - t0)
        stop()
        print(f"first PNG (starts Chromium): {first:.2f} s")
        print(f"following PNGs: median {statistics.median(times):.3f} s, max {max(times):.3f} s")
        print(f"SVG: median {statistics.median(svg):.3f} s")
        for fmts in (("png", "html"), ("png", "svg", "pdf", "html")):
            t0 = time.perf_counter()
            rep = build("西湖区", 2023, Path(d) / f"rep-{'-'.join(fmts)}", db=db, formats=fmts)
            dt = time.perf_counter() - t0
            stop()
            print(f"full report {','.join(fmts)}: {rep.charts} charts + overview, {len(rep.files)} files in {dt:.1f} s")


if __name__ == "__main__":
    main()
