"""A region named after a comparison or ranking word (领跑全市, 跑赢全省, 高于全市) is the
baseline, not the subject, even when the figure follows it after a clause break (…领跑全市，为8.1%);
a region right before the number, in the same clause (全市为6%), still states its own figure."""

from __future__ import annotations

import pytest

REPORT = dict(region="龙岗区", published="2024-01-10", doc_type="work_report")


def _regions(figs, value) -> set[str]:
    return {f.region for f in figs if float(f.value) == value}


@pytest.mark.parametrize(("text", "value"), [
    ("2023年，全区GDP增速领跑全市，为8.1%。", 8.1),
    ("2023年，全区规上工业增加值增速跑赢全省，为9.2%。", 9.2),
    ("2023年，社会消费品零售总额增速高于全市，达到7.5%。", 7.5),
], ids=["leads-the-city", "outruns-the-province", "above-the-city"])
def test_a_baseline_before_a_clause_break_is_not_the_subject(extract, text, value):
    assert _regions(extract(text, **REPORT), value) == {"龙岗区"}


@pytest.mark.parametrize(("text", "value", "region"), [
    ("2023年，地区生产总值增长8.1%，全市为6%。", 6.0, "深圳市"),
    ("2023年，全市地区生产总值增长6%。", 6.0, "深圳市"),
    ("2023年，地区生产总值增长8.1%，高于全市（6%）。", 6.0, "深圳市"),
], ids=["city-states-its-own", "city-subject", "city-in-brackets"])
def test_a_region_right_before_its_number_keeps_it(extract, text, value, region):
    assert _regions(extract(text, **REPORT), value) == {region}
