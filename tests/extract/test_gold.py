"""F1 on the answer keys, by the GUIDE's rules, with the project's own evaluator.

Every keyed set must reach F1 0.95 with every offset exact. A set still below the bar keeps its
0.95 assertion as a strict xfail (it fails loudly once the set passes, so the mark gets removed)
and a floor at the measured value, so that a regression fails.
"""

from pathlib import Path

import pytest

from src.extract.evaluate import Score, evaluate_manifest

ROOT = Path(__file__).resolve().parents[2]
BAR = 0.95

SETS = {
    "seeds": (ROOT / "tests/seeds.jsonl", ROOT / "seeds/manifest.csv"),
    "dev": (ROOT / "tests/data/dev/gold.jsonl", ROOT / "tests/data/dev/manifest.csv"),
    "dev2": (ROOT / "tests/data/dev2/gold.jsonl", ROOT / "tests/data/dev2/manifest.csv"),
}
# Measured F1 of sets not yet at the bar: regressions below these fail.
FLOORS: dict[str, float] = {}

_cache: dict[str, Score] = {}


def _score(name: str) -> Score:
    if name not in _cache:
        gold, manifest = SETS[name]
        _cache[name] = evaluate_manifest(gold, manifest)
    return _cache[name]


def _report(s: Score) -> str:
    misses = "\n".join(f"MISS {g['doc']} {g['indicator']} {g['value']}: {why}" for g, why in s.misses)
    fps = "\n".join(f"FP {p['doc']} {p['indicator']} {p['measure']} {p['value']} {p.get('quote', '')}"
                    for p in s.false_positives)
    return f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}\n{misses}\n{fps}"


def _bar_params() -> list:
    out = []
    for name in SETS:
        marks = []
        if name in FLOORS:
            marks.append(pytest.mark.xfail(strict=True, reason=f"measured F1 {FLOORS[name]:.2f} < {BAR}"))
        out.append(pytest.param(name, marks=marks, id=name))
    return out


@pytest.mark.parametrize("name", _bar_params())
def test_f1_at_bar(name: str) -> None:
    s = _score(name)
    assert s.f1 >= BAR, _report(s)


@pytest.mark.parametrize("name", list(SETS))
def test_offsets_exact(name: str) -> None:
    assert _score(name).bad_offsets == 0


@pytest.mark.parametrize("name", list(FLOORS))
def test_f1_floor(name: str) -> None:
    s = _score(name)
    assert s.f1 >= FLOORS[name], _report(s)


def test_evaluator_agrees_with_guide_rules():
    from src.extract.evaluate import score

    gold = [{"doc": "a", "indicator": "gdp", "measure": "value", "status": "actual", "period": "year",
             "region": "萧山区", "year": None, "value": 100}]
    good = dict(gold[0], year=2023, value=100.05, region="浙江省杭州市萧山区")
    off = dict(gold[0], value=101)
    assert score(gold, [good]).f1 == 1.0  # gold year null matches any year; 0.1 % tolerance
    assert score(gold, [off]).f1 == 0.0
    assert score(gold, [good, good]).precision == 0.5  # one gold record matched at most once
    s = score(gold, [dict(good, indicator="industrial_value_added_all")])
    assert s.n_pred == 0  # ids outside the core catalog are not scored
