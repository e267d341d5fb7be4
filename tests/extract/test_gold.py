"""F1 on the answer keys, by the GUIDE's rules, with the project's own evaluator."""

from pathlib import Path

import pytest

from src.extract.evaluate import evaluate_manifest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "gold,manifest,bar",
    [
        (ROOT / "tests/seeds.jsonl", ROOT / "seeds/manifest.csv", 0.95),
        (ROOT / "tests/data/dev/gold.jsonl", ROOT / "tests/data/dev/manifest.csv", 0.90),
    ],
    ids=["seeds", "dev"],
)
def test_f1_above_bar(gold, manifest, bar):
    s = evaluate_manifest(gold, manifest)
    misses = "\n".join(f"{g['indicator']} {g['value']}: {why}" for g, why in s.misses)
    assert s.f1 >= bar, f"F1 {s.f1:.3f} < {bar}\n{misses}"
    assert s.bad_offsets == 0


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
