"""Print each region's headline series by year from the extractor: a quick check that
breakdowns, intensities and shares stay out of the totals.

    python tools/series.py ../shared/corpus/shenzhen/manifest.csv [--indicators gdp,fiscal_revenue_general]
        [--all-status] [--quotes]

For every region, indicator and measure, one line per (year, period) with the values read
(actual results only unless --all-status), and with --quotes the clause each came from.
Several distinct values for one year are marked "!!".
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from src.extract.records import Figure
from src.extract.runner import extract_manifest

DEFAULT = "gdp,fiscal_revenue_general"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--indicators", default=DEFAULT)
    ap.add_argument("--all-status", action="store_true")
    ap.add_argument("--quotes", action="store_true")
    a = ap.parse_args(argv)
    wanted = a.indicators.split(",")
    table: dict[tuple, list] = defaultdict(list)
    for doc, figs in extract_manifest(a.manifest):
        if isinstance(figs, Exception):
            print(f"{doc}: {figs}", file=sys.stderr)
            continue
        for f in figs:
            _add(table, f, wanted, a.all_status)
    _print(table, a.quotes)
    return 0


def _add(table: dict[tuple, list], f: Figure, wanted: list[str], all_status: bool) -> None:
    if f.indicator not in wanted or (f.status.value != "actual" and not all_status):
        return
    table[(f.region, f.indicator, f.measure.value, f.year, f.period, f.status.value)].append(f)


def _print(table: dict[tuple, list], quotes: bool) -> None:
    last = None
    for key in sorted(table, key=lambda k: tuple("" if x is None else str(x) for x in k)):
        region, ind, measure, year, period, status = key
        if (region, ind, measure) != last:
            print(f"\n== {region} {ind} {measure}")
            last = (region, ind, measure)
        figs = table[key]
        values = sorted({float(f.value) for f in figs})
        mark = "!!" if len(values) > 1 else "  "
        tag = "" if status == "actual" else f" [{status}]"
        print(f"{mark} {year} {period:10} {', '.join(f'{v:g}' for v in values)}{tag}")
        if quotes:
            for f in figs:
                print(f"       {f.value:>10} {f.doc}: {f.quote[-60:]}")


if __name__ == "__main__":
    raise SystemExit(main())
