"""Score extracted figures against an answer key by the rules of the gold GUIDE.

python -m src.extract.evaluate --gold tests/seeds.jsonl --manifest seeds/manifest.csv [--verbose]

A prediction matches a gold record when doc, indicator, measure, status, period and region are
equal, the year is equal (unless gold's is null) and the value agrees within 0.1 %; each gold
record is matched at most once. Only predictions with a core catalog id are scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import resources
from .metadata import MetadataError
from .runner import extract_manifest

KEY = ("doc", "indicator", "measure", "status", "period", "region")


@dataclass(frozen=True)
class Score:
    tp: int
    n_pred: int
    n_gold: int
    by_doc: dict[str, Counter]
    false_positives: list[dict[str, Any]]
    misses: list[tuple[dict[str, Any], str]]  # gold record, why it was missed
    bad_offsets: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm_region(r: str | None) -> str:
    """'浙江省杭州市萧山区' -> '萧山区' (a region is named by its shortest official name)."""
    r = (r or "").strip()
    m = re.match(r"^(?:.+?省)?(?:.+?市)?(.+?(?:区|县|市|旗|开发区|新区))$", r)
    if m and m.group(1) != r and len(m.group(1)) >= 2:
        return m.group(1)
    return r


def _norm(rec: dict[str, Any]) -> dict[str, Any]:
    out = dict(rec)
    out["region"] = norm_region(rec.get("region"))
    out["doc"] = str(rec.get("doc", "")).split("/")[-1]
    try:
        out["value"] = float(rec.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        out["value"] = None
    y = rec.get("year")
    out["year"] = int(y) if isinstance(y, int | float) or (isinstance(y, str) and y.isdigit()) else None
    return out


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if b == 0:
        return abs(a) < 1e-9
    return abs(a - b) <= 1e-3 * abs(b) + 1e-9


def _matches(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return (
        all(p.get(k) == g.get(k) for k in KEY)
        and close(p["value"], g["value"])
        and (g["year"] is None or p["year"] == g["year"])
    )


def score(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]], texts: dict[str, str] | None = None) -> Score:
    core = {i.id for i in resources.indicators().values() if i.core}
    raw_pred = list(pred)
    gold_n = [_norm(g) for g in gold]
    pred_n = [_norm(p) for p in raw_pred if p.get("indicator") in core]
    bad = 0
    if texts is not None:
        for p in raw_pred:
            t = texts.get(str(p.get("doc", "")).split("/")[-1])
            s, e = p.get("start"), p.get("end")
            ok = t is not None and isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)
            if ok and p.get("raw") is not None:
                ok = t[s:e] == p["raw"]
            bad += not ok
    used = [False] * len(gold_n)
    tp = 0
    by_doc: dict[str, Counter] = defaultdict(Counter)
    fps = []
    for p in pred_n:
        hit = next((i for i, g in enumerate(gold_n) if not used[i] and _matches(p, g)), None)
        if hit is None:
            fps.append(p)
            by_doc[p["doc"]]["fp"] += 1
        else:
            used[hit] = True
            tp += 1
            by_doc[p["doc"]]["tp"] += 1
    misses = []
    for i, g in enumerate(gold_n):
        if used[i]:
            continue
        by_doc[g["doc"]]["fn"] += 1
        near = [p for p in fps if p["doc"] == g["doc"] and close(p["value"], g["value"])]
        if near:
            diffs = [k for k in (*KEY, "year") if near[0].get(k) != g.get(k)]
            why = "differs in " + ", ".join(f"{k} ({near[0].get(k)} vs gold {g.get(k)})" for k in diffs)
        else:
            why = "not extracted"
        misses.append((g, why))
    return Score(tp, len(pred_n), len(gold_n), dict(by_doc), fps, misses, bad)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate_manifest(gold: Path, manifest: Path) -> Score:
    preds: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for doc, figs in extract_manifest(manifest):
        if isinstance(figs, Exception):
            raise figs
        preds.extend(f.to_dict() for f in figs)
        from .textio import read_text

        texts[doc] = read_text(manifest.parent / doc)
    return score(load_jsonl(gold), preds, texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m src.extract.evaluate")
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--manifest", type=Path, required=True)
    ap.add_argument("--verbose", action="store_true", help="list false positives too")
    a = ap.parse_args(argv)
    try:
        s = evaluate_manifest(a.gold, a.manifest)
    except (OSError, MetadataError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for d in sorted(s.by_doc):
        c = s.by_doc[d]
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{d}: precision {p:.3f} recall {r:.3f} f1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    for g, why in s.misses:
        print(f"MISS {g['doc']} {g['indicator']} {g['measure']} {g['value']} {g['period']} {g['year']} {g['region']}: {why}")
    if a.verbose:
        for p in s.false_positives:
            print(f"FP {p['doc']} {p['indicator']} {p['measure']} {p['value']} {p['status']} {p['period']} "
                  f"{p['year']} {p['region']}: {p.get('quote', '')}")
    print(f"offsets: {s.bad_offsets} predictions do not point at their text")
    print(f"precision {s.precision:.3f} recall {s.recall:.3f} f1 {s.f1:.3f} ({s.tp}/{s.n_pred}/{s.n_gold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
