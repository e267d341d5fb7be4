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


# ---- "2023年同期，…": a named year with 同期 is the document's own period in that year ----------------

HALF = dict(region="金华市", published="2024-07-20", doc_type="news")


@pytest.mark.parametrize(("text", "ind", "value"), [
    ("上半年，全市地区生产总值增长5.9%。2023年同期，全市地区生产总值增长6.3%。", "gdp", 6.3),
    ("上半年，全市社会消费品零售总额增长4.4%，2023年同期为增长7.9%。", "retail_sales", 7.9),
    ("上半年，全市固定资产投资增长3.2%。2023年的同期，全市固定资产投资增长4.0%。", "fixed_asset_investment", 4.0),
], ids=["year-same-period-sentence", "year-same-period-clause", "year-de-same-period"])
def test_a_named_years_same_period_is_the_documents_period(extract, text, ind, value):
    got = {(f.indicator, float(f.value), f.year, f.period) for f in extract(text, **HALF)}
    assert (ind, value, 2023, "H1") in got


def test_a_named_whole_year_stays_the_year(extract):
    got = {(float(f.value), f.year, f.period) for f in extract(
        "上半年，全市固定资产投资增长3.2%。2023年全年固定资产投资增长5.1%。", **HALF)}
    assert (5.1, 2023, "year") in got


# ---- a goal, then what was reached so far: the later clause's 完成/实现 is a result ---------------------

@pytest.mark.parametrize(("text", "goal", "results"), [
    ("全年一般公共预算收入目标为65亿元，上半年已完成36.1亿元，增长8.2%。",
     (65.0, "year"), {(36.1, "H1"), (8.2, "H1")}),
    ("按照年初提出的固定资产投资增长10%目标，上半年全市固定资产投资实现增长11.3%。",
     (10.0, "year"), {(11.3, "H1")}),
    ("今年计划实现社会消费品零售总额490亿元，上半年实现236.8亿元，增长6.1%。",
     (490.0, "year"), {(236.8, "H1"), (6.1, "H1")}),
    ("全年一般公共预算收入目标为65亿元，1—5月累计完成30.2亿元。",
     (65.0, "year"), {(30.2, "M1-M5")}),
], ids=["target-then-completed-h1", "following-goal-achieved-h1", "plan-then-achieved-h1", "goal-then-months-cumulative"])
def test_a_result_after_a_goal_is_a_result(extract, text, goal, results):
    figs = extract(text, region="东阳市", published="2024-07-22", doc_type="news")
    got = {(float(f.value), f.period, str(f.status)) for f in figs}
    assert (*goal, "target") in got
    assert {(v, p, "actual") for v, p in results} <= got


@pytest.mark.parametrize("text", [
    "力争全年实现地区生产总值增长7%，完成固定资产投资增长10%。",
    "全年目标是地区生产总值增长7%，下半年将实现增长7.5%。",
    "今年计划地区生产总值增长7%，力争上半年实现增长6.5%。",
], ids=["two-goals", "coming-half-year", "goal-for-a-half-year"])
def test_goals_without_a_reached_period_stay_targets(extract, text):
    figs = extract(text, region="东阳市", published="2024-07-22", doc_type="news")
    assert figs and {str(f.status) for f in figs} == {"target"}


# ---- a past year named once in a dated news piece's opening is the year of its figures -----------------

@pytest.mark.parametrize("text", [
    "2023年，全市一般公共预算收入405.6亿元，增长8.9%。全市财政总收入702.8亿元，增长7.6%。",
    "本报讯 记者从市财政局获悉，2023年全市一般公共预算收入405.6亿元。全市财政总收入702.8亿元。",
    "记者日前获悉，全市2023年一般公共预算收入405.6亿元。全市财政总收入达702.8亿元。",
], ids=["year-opens-the-piece", "year-after-the-byline", "year-inside-the-opening"])
def test_a_past_year_in_the_opening_dates_the_piece(extract, text):
    figs = extract(text, region="芜湖市", published="2024-02-01", doc_type="news")
    assert {(f.indicator, f.year) for f in figs if f.measure == "value"} == {
        ("fiscal_revenue_general", 2023), ("fiscal_revenue_total", 2023)}


@pytest.mark.parametrize("text", [
    "2012年以来，全市财政总收入年均增长8%。全市财政总收入702.8亿元。",
    "2020年至2023年，全市财政总收入累计2600亿元。全市财政总收入702.8亿元。",
    "2023年、2022年全市财政总收入均保持增长。全市财政总收入702.8亿元。",
    "今年全市财政总收入预计增长5%，2023年全市财政总收入702.8亿元。全市财政总收入702.8亿元。",
], ids=["since-a-year", "span-of-years", "two-years", "this-year-first"])
def test_a_span_or_several_years_in_the_opening_dates_nothing(extract, text):
    figs = extract(text, region="芜湖市", published="2024-02-01", doc_type="news")
    assert (702.8, 2024) in {(float(f.value), f.year) for f in figs}


# ---- "…增长9.2%，其中3月份增长10.1%": a shorter period after 其中 is the same indicator's own record ------

ANALYSIS = dict(region="芜湖市", published="2024-04-20", doc_type="statistical_analysis")


@pytest.mark.parametrize(("text", "ind", "whole", "part"), [
    ("一季度，全市规模以上工业增加值同比增长9.2%，其中3月份增长10.1%。", "industrial_value_added",
     (9.2, "Q1"), (10.1, "M3")),
    ("一季度，全市社会消费品零售总额增长5.5%，其中，3月当月增长6.0%。", "retail_sales", (5.5, "Q1"), (6.0, "M3")),
    ("一季度，全市固定资产投资增长4.6%，其中3月份增长5.2%。", "fixed_asset_investment", (4.6, "Q1"), (5.2, "M3")),
    ("2023年，全市地区生产总值增长5.8%，其中四季度增长6.3%。", "gdp", (5.8, "year"), (6.3, "Q4")),
], ids=["month-after-quarter", "month-current-after-comma", "investment-month", "quarter-after-year"])
def test_a_shorter_period_after_qizhong_is_its_own_record(extract, text, ind, whole, part):
    got = {(f.indicator, float(f.value), f.period) for f in extract(text, **ANALYSIS)}
    assert {(ind, *whole), (ind, *part)} <= got


@pytest.mark.parametrize("text", [
    "一季度，全市规模以上工业增加值同比增长9.2%，其中制造业增长10.1%。",
    "一季度，全市规模以上工业增加值同比增长9.2%，其中3月份用电量增长10.1%。",
], ids=["sector-after-qizhong", "another-quantity-in-the-month"])
def test_a_part_that_is_not_a_period_adds_nothing(extract, text):
    got = {(f.indicator, float(f.value)) for f in extract(text, **ANALYSIS)}
    assert ("industrial_value_added", 10.1) not in got
