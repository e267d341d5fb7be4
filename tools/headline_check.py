"""Headline indicators of a set of passages against their expected figures, per indicator and measure.

    python tools/headline_check.py [tests/data/headline_cities.yaml] [--verbose]

Each passage of the YAML file (see its header) is extracted with its city, document type and
publication date. An expected record is a hit when a figure of its indicator has the same measure,
value (within 0.1 %), status, year, period and region; wrong when a figure of the same indicator
and measure was read but differs (its fields are printed with --verbose); missed otherwise. A
figure of a headline id that matches no expected record and is not a wrong reading is an extra
(a breakdown, a part or another total read as the headline)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from src.extract import extract_text  # noqa: E402

HEADLINE = ("gdp", "fiscal_revenue_general", "resident_population", "fixed_asset_investment", "retail_sales")
DEFAULT = ROOT / "tests" / "data" / "headline_cities.yaml"

Record = tuple[str, str, float, str, int | None, str, str]


def load(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["passages"])


def expected(p: dict[str, Any]) -> list[Record]:
    out = []
    for row in p["expect"]:
        ind, measure, value, *more = row
        o = more[0] if more else {}
        out.append((ind, measure, float(value), o.get("status", "actual"), o.get("year", p["year"]),
                    o.get("period", "year"), o.get("region", p["city"])))
    return out


def extracted(p: dict[str, Any]) -> list[Record]:
    figs = extract_text(p["text"], region=p["city"], published=p["published"], doc_type=p["doc_type"])
    return [(f.indicator, str(f.measure), float(f.value), str(f.status), f.year, str(f.period), f.region)
            for f in figs if f.indicator in HEADLINE]


def same(a: Record, b: Record) -> bool:
    close = abs(a[2] - b[2]) <= 0.001 * max(abs(a[2]), abs(b[2]), 1e-9)
    return a[:2] == b[:2] and close and a[3:] == b[3:]


def compare(exp: list[Record], got: list[Record]) -> tuple[list[Record], list[tuple[Record, Record | None]], list[Record]]:
    """(hits, [(expected, wrong reading or None for a miss)], extras)."""
    left = list(got)
    hits, bad = [], []
    for e in exp:
        m = next((g for g in left if same(e, g)), None)
        if m is not None:
            left.remove(m)
            hits.append(e)
        else:
            bad.append(e)
    out: list[tuple[Record, Record | None]] = []
    for e in bad:
        w = next((g for g in left if g[:2] == e[:2]), None)
        if w is not None:
            left.remove(w)
        out.append((e, w))
    return hits, out, left


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("yaml", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--verbose", action="store_true", help="print every wrong, missed and extra record")
    a = ap.parse_args(argv)
    counts: Counter[tuple[str, str, str]] = Counter()
    passages = load(a.yaml)
    for p in passages:
        hits, bad, extras = compare(expected(p), extracted(p))
        for e in hits:
            counts[(e[0], e[1], "hit")] += 1
        for e, w in bad:
            counts[(e[0], e[1], "wrong" if w else "miss")] += 1
            if a.verbose:
                print(f"{p['city']} {p['year']}: {'WRONG' if w else 'MISS '} expected {e}" + (f", read {w}" if w else ""))
        for g in extras:
            counts[(g[0], g[1], "extra")] += 1
            if a.verbose:
                print(f"{p['city']} {p['year']}: EXTRA {g}")
    print(f"{len(passages)} passages")
    print(f"{'indicator':26} {'measure':7} {'hit':>4} {'wrong':>5} {'miss':>4} {'extra':>5}")
    total: Counter[str] = Counter()
    for ind in HEADLINE:
        for m in ("value", "growth"):
            row = {k: counts[(ind, m, k)] for k in ("hit", "wrong", "miss", "extra")}
            if any(row.values()):
                total.update(row)
                print(f"{ind:26} {m:7} {row['hit']:4} {row['wrong']:5} {row['miss']:4} {row['extra']:5}")
    print(f"{'total':34} {total['hit']:4} {total['wrong']:5} {total['miss']:4} {total['extra']:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
