"""News and analysis classes (issue 11, classes 1 and 9), each as a table of forms in our own words:
a region's rate compared with another's average given in brackets, and a level of government (or a
part) acting as the subject of a verb in front of a catalog name."""

from __future__ import annotations

import pytest

KW = dict(region="宜昌市", published="2024-04-28", doc_type="news")


def _recs(figs) -> set[tuple]:
    return {(f.indicator, str(f.measure), float(f.value), f.region) for f in figs}


# ---- "高于全省平均水平（7.6%）": the bracketed rate after a region and a level word is that region's ----

@pytest.mark.parametrize(("text", "other"), [
    ("一季度社会消费品零售总额增长8.2%，高于全省平均水平（7.6%）。", ("retail_sales", 7.6, "湖北省")),
    ("一季度固定资产投资增长5.1%，低于全省平均（6.0%）0.9个百分点。", ("fixed_asset_investment", 6.0, "湖北省")),
    ("一季度全市居民人均可支配收入增长5.6%，高出全国平均值(5.2%)。", ("disposable_income", 5.2, "全国")),
    ("一季度地区生产总值增长6.5%，快于全国水平(5.3%)。", ("gdp", 5.3, "全国")),
    ("一季度规上工业增加值增长7.4%，比全国同期水平（6.1%）高1.3个百分点。", ("industrial_value_added", 6.1, "全国")),
], ids=["above-province-average-level", "below-province-average", "above-national-mean",
        "faster-than-national-level", "than-national-same-period"])
def test_a_compared_regions_bracketed_rate_is_that_regions(extract, text, other):
    ind, value, region = other
    got = _recs(extract(text, **KW))
    assert (ind, "growth", value, region) in got
    assert sum(1 for g in got if g[0] == ind) == 2  # the document region's own rate and the other's


@pytest.mark.parametrize("text", [
    "一季度社会消费品零售总额增长8.2%，高于全省平均水平（记者 王力）。",
    "一季度社会消费品零售总额增长8.2%，增幅居全省平均水平以上。",
], ids=["bracket-without-number", "no-bracket"])
def test_a_level_word_without_a_bracketed_rate_adds_nothing(extract, text):
    assert _recs(extract(text, **KW)) == {("retail_sales", "growth", 8.2, "宜昌市")}


# ---- "市本级安排一般公共预算收入…": a level of government or a part as the verb's subject ----------------

BUDGET = dict(region="芜湖市", published="2024-01-25", doc_type="news")


@pytest.mark.parametrize("text", [
    "今年，市本级安排一般公共预算收入87.4亿元。",
    "市级组织一般公共预算收入126.5亿元，增长6.4%。",
    "区本级预计完成一般公共预算收入30.1亿元。",
    "县本级实现一般公共预算收入12.3亿元。",
    "民营企业带动进出口152.6亿元。",
    "一般贸易拉动出口88.1亿元，增长3.2%。",
], ids=["city-own-level-plans", "city-level-organises", "district-own-level-completes", "county-own-level-achieves",
        "private-firms-drive-trade", "general-trade-drives-exports"])
def test_a_part_acting_as_subject_is_left_out(extract, text):
    assert not {g for g in _recs(extract(text, **BUDGET))
                if g[0] in ("fiscal_revenue_general", "imports_exports", "exports")}


@pytest.mark.parametrize(("text", "value"), [
    ("今年，全市安排一般公共预算收入420亿元。", 420.0),
    ("今年预算安排一般公共预算收入430亿元。", 430.0),
    ("全市组织一般公共预算收入405.6亿元。", 405.6),
], ids=["whole-city-plans", "budget-plans", "whole-city-organises"])
def test_the_whole_region_as_subject_keeps_its_figure(extract, text, value):
    assert ("fiscal_revenue_general", "value", value, "芜湖市") in _recs(extract(text, **BUDGET))
