"""python -m src.report --region 萧山区 --year 2023 --out reports/ [--db FILE] [--indicator ID…]
                        [--regions A,B] [--format png,svg,pdf,html] [--size 1600x900|1200x1200]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from src.charts.export import stop
from src.report.build import ReportError, build


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m src.report", description="Chart images and a report for a region and year.")
    ap.add_argument("--region", required=True)
    ap.add_argument("--year", required=True, type=int)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--indicator", nargs="*", default=None, help="indicator ids (default: all with data)")
    ap.add_argument("--regions", default="", help="regions to compare with, comma-separated")
    ap.add_argument("--format", default="png,html", help="any of png,svg,pdf,html")
    ap.add_argument("--size", default="1600x900", help="1600x900 or 1200x1200")
    a = ap.parse_args(argv)
    try:
        rep = build(a.region, a.year, a.out, db=a.db, indicators=a.indicator,
                    regions=[r for r in a.regions.split(",") if r], formats=tuple(f for f in a.format.split(",") if f),
                    size=a.size)
    except ReportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        stop()
    print(f"{rep.charts} charts, {len(rep.files)} files -> {rep.out}", file=sys.stderr)
    for f in rep.files:
        print(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
