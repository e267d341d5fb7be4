"""Comparison words right before a value bound it (失业率低于3% is at most 3 %), and a value followed
by a line drawn for the figure (全市3%控制线, 5%的警戒线) or named as the base a figure grew from
(在上年1708亿元高基数的情况下) is that reference, not a figure; the name's chain goes on past it."""

from __future__ import annotations

import pytest

REPORT = dict(region="龙岗区", published="2021-01-10", doc_type="work_report")


def _recs(figs) -> set[tuple]:
    return {(f.indicator, float(f.value), f.qualifier) for f in figs}


@pytest.mark.parametrize(("text", "expected"), [
    ("2020年，城镇登记失业率远低于3%。", ("registered_unemployment_rate", 3.0, "at_most")),
    ("2020年，城镇登记失业率低于2.5%。", ("registered_unemployment_rate", 2.5, "at_most")),
    ("2020年，地区生产总值增长高于6%。", ("gdp", 6.0, "at_least")),
    ("2020年，固定资产投资增长不少于10%。", ("fixed_asset_investment", 10.0, "at_least")),
], ids=["far-below", "below", "above", "not-less-than"])
def test_a_comparison_word_before_a_value_bounds_it(extract, text, expected):
    assert expected in _recs(extract(text, **REPORT))


@pytest.mark.parametrize("text", [
    "2020年，全区城镇登记失业率远低于全市3%控制线。",
    "2020年，城镇登记失业率始终低于4%的警戒线。",
    "2020年，城镇登记失业率守住了3.5%的底线。",
], ids=["control-line", "warning-line", "bottom-line"])
def test_a_line_drawn_for_a_figure_is_no_figure(extract, text):
    assert not _recs(extract(text, **REPORT))


def test_a_comparison_with_another_region_adds_no_bound(extract):
    got = _recs(extract("2020年，地区生产总值增长6.1%，高于全省1.2个百分点。", **REPORT))
    assert got == {("gdp", 6.1, "exact")}


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年，固定资产投资在上年完成1708亿元高基数的情况下，全年完成1870亿元、增长9.5%。",
     {("fixed_asset_investment", 1870.0, "exact"), ("fixed_asset_investment", 9.5, "exact")}),
    ("2023年，社会消费品零售总额在去年1200亿元基数上增长8%，达到1296亿元。",
     {("retail_sales", 8.0, "exact"), ("retail_sales", 1296.0, "exact")}),
    ("2023年，地区生产总值在上年增长7.2%的高基数上增长6.5%。", {("gdp", 6.5, "exact")}),
    ("2023年，地区生产总值在上年增长8%的基础上再增长6%。", {("gdp", 6.0, "exact")}),
], ids=["value-base", "base-then-growth", "growth-base", "on-the-basis-of"])
def test_a_base_is_no_figure_and_the_chain_goes_past_it(extract, text, expected):
    assert _recs(extract(text, published="2024-01-10", region="宝安区", doc_type="work_report")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2020年，城镇登记失业率控制在3%以内。", ("registered_unemployment_rate", 3.0, "at_most", "actual")),
    ("今年主要目标：城镇登记失业率控制在3.5%以内。", ("registered_unemployment_rate", 3.5, "at_most", "target")),
    ("2020年，城镇登记失业率保持在2.8%。", ("registered_unemployment_rate", 2.8, "exact", "actual")),
], ids=["kept-within", "target-kept-within", "kept-at"])
def test_a_rate_kept_within_a_bound(extract, text, expected):
    got = {(f.indicator, float(f.value), str(f.qualifier), str(f.status)) for f in extract(text, **REPORT)}
    assert expected in got
