"""News and analysis classes (issue 11, classes 1 and 9), each as a table of forms in our own words:
a region's rate compared with another's average given in brackets, a level of government (or a part)
acting as the subject of a verb in front of a catalog name, periods after a region's name, 全市 in a
province's paper, counties made cities, 环比 rates, goals beside their results, and region names that
end like a narrowing word."""

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


# ---- "南阳市前三季度…": a period word after a region's name is its period, not a ranking (前三) ---------

PROVINCE = dict(region="河南省", published="2024-11-05", doc_type="newspaper")


@pytest.mark.parametrize(("text", "exp"), [
    ("许昌市前三季度地区生产总值2701.5亿元。", ("gdp", "value", 2701.5, "许昌市", "Q1-Q3")),
    ("新乡前10个月规上工业增加值增长7.2%。", ("industrial_value_added", "growth", 7.2, "新乡市", "M1-M10")),
    ("周口市前两个月社会消费品零售总额增长5.5%。", ("retail_sales", "growth", 5.5, "周口市", "M1-M2")),
    ("漯河市前5个月固定资产投资增长4.4%。", ("fixed_asset_investment", "growth", 4.4, "漯河市", "M1-M5")),
], ids=["city-first-three-quarters", "short-name-first-ten-months", "first-two-months", "first-five-months-digits"])
def test_a_period_after_a_region_is_no_ranking(extract, text, exp):
    got = {(f.indicator, str(f.measure), float(f.value), f.region, f.period) for f in extract(text, **PROVINCE)}
    assert exp in got


def test_a_ranking_after_a_region_stays_a_ranking():
    from src.extract import regions

    assert regions.is_ranking("增速居全省前三位", 5) and regions.is_ranking("总量居全市前10", 5)
    assert not regions.is_ranking("南阳市前三季度", 3) and not regions.is_ranking("新乡前10个月", 2)


# ---- 全市 / 全县 where the document's own line has none: the city or county last named ---------------

@pytest.mark.parametrize(("kw", "text", "exp"), [
    (PROVINCE, "洛阳市前三季度经济平稳。全市社会消费品零售总额1612.4亿元。", ("retail_sales", 1612.4, "洛阳市")),
    (PROVINCE, "南阳市统计局日前发布数据。全市固定资产投资增长6.1%。", ("fixed_asset_investment", 6.1, "南阳市")),
    (PROVINCE, "兰考县上半年经济稳中有进。全县一般公共预算收入12.6亿元。", ("fiscal_revenue_general", 12.6, "兰考县")),
    (dict(region="开封市", published="2024-07-25", doc_type="news"),
     "兰考县发布上半年经济数据。全县规上工业增加值增长9.1%。", ("industrial_value_added", 9.1, "兰考县")),
], ids=["province-paper-whole-city", "province-paper-city-bureau", "province-paper-whole-county", "city-paper-whole-county"])
def test_a_whole_x_the_document_has_not_is_the_one_last_named(extract, kw, text, exp):
    got = {(f.indicator, float(f.value), f.region) for f in extract(text, **kw)}
    assert exp in got


def test_a_whole_x_the_document_has_stays_the_documents(extract):
    figs = extract("郑州市上半年经济平稳。全市社会消费品零售总额增长5.2%。",
                   region="开封市", published="2024-07-25", doc_type="news")
    assert {f.region for f in figs} == {"开封市"}


# ---- counties made cities (撤县设市) after the region table: the new name, its short form, the old name -

@pytest.mark.parametrize(("kw", "text", "region"), [
    (dict(region="桂林市", published="2024-02-20", doc_type="news"), "荔浦规上工业增加值增长8.1%。", "荔浦市"),
    (dict(region="长沙市", published="2024-02-20", doc_type="news"), "宁乡地区生产总值增长6.2%。", "宁乡市"),
    (dict(region="新乡市", published="2024-02-20", doc_type="news"), "长垣市一般公共预算收入30.2亿元。", "长垣市"),
    (dict(region="桂林市", published="2024-02-20", doc_type="news"), "荔浦县地区生产总值176.8亿元。", "荔浦市"),
    (dict(region="唐山市", published="2024-02-20", doc_type="news"), "滦州固定资产投资增长7.0%。", "滦州市"),
    (dict(region="西宁市", published="2024-06-18", doc_type="news"), "湟中区规上工业增加值增长13.6%。", "湟中区"),
    (dict(region="青岛市", published="2024-06-18", doc_type="news"), "即墨市地区生产总值增长5.1%。", "即墨区"),
], ids=["short-form-of-new-city", "short-form-ningxiang", "full-new-name", "old-county-name", "short-form-luanzhou",
        "county-made-a-district", "old-city-name-of-a-district"])
def test_a_county_made_a_city_has_its_new_name(extract, kw, text, region):
    assert {f.region for f in extract(text, **kw)} == {region}


# ---- "全国同期为下降2.8%": a region's own rate stated after 为 / 同期 is that region's -----------------

DAQING = dict(region="大庆市", published="2024-07-30", doc_type="news")


@pytest.mark.parametrize(("text", "other"), [
    ("上半年一般公共预算收入增长2.1%，全国同期为下降2.8%。", ("fiscal_revenue_general", -2.8, "全国")),
    ("上半年社会消费品零售总额增长3.8%，全国为3.7%。", ("retail_sales", 3.7, "全国")),
    ("上半年规上工业增加值增长6.7%，全省同期增长5.1%。", ("industrial_value_added", 5.1, "黑龙江省")),
    ("上半年固定资产投资增长12.4%，全国同期为增长3.9%。", ("fixed_asset_investment", 3.9, "全国")),
], ids=["national-same-period-fell", "national-is", "province-same-period-grew", "national-same-period-grew"])
def test_a_compared_regions_stated_rate_is_that_regions(extract, text, other):
    ind, value, region = other
    got = _recs(extract(text, **DAQING))
    assert (ind, "growth", value, region) in got
    assert (ind, "growth", value, "大庆市") not in got


@pytest.mark.parametrize("text", [
    "上半年地区生产总值增长5.9%，高于全国0.9个百分点。",
    "上半年地区生产总值增长5.9%，比全国同期高0.9个百分点。",
], ids=["above-national-by-points", "than-national-same-period-by-points"])
def test_a_difference_from_the_nation_is_no_figure(extract, text):
    assert _recs(extract(text, **DAQING)) == {("gdp", "growth", 5.9, "大庆市")}


# ---- 环比: a change over the month or quarter before is no growth record (the GUIDE's is year-on-year) ----

MONTHS = dict(region="包头市", published="2024-06-20", doc_type="news")


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("1—5月，全市规上工业增加值同比增长10.6%，5月当月环比增长2.3%。", 10.6, 2.3),
    ("1—5月，社会消费品零售总额同比增长5.2%，环比增长1.1%。", 5.2, 1.1),
    ("5月份，全市规上工业增加值同比增长11.4%，比上月增长0.9%。", 11.4, 0.9),
    ("二季度，全市地区生产总值同比增长5.6%，环比增长1.4%。", 5.6, 1.4),
    ("5月份，社会消费品零售总额同比增长4.1%，较上月下降0.6%。", 4.1, -0.6),
], ids=["month-on-month-after-year-on-year", "month-on-month-bare", "over-last-month", "quarter-on-quarter",
        "fell-over-last-month"])
def test_a_month_on_month_rate_is_no_growth_record(extract, text, kept, dropped):
    values = {float(f.value) for f in extract(text, **MONTHS)}
    assert kept in values and dropped not in values and abs(dropped) not in values


# ---- a goal stated beside its result: the result's year, and 实际 after the goal is the result ---------

TIANSHUI = dict(region="天水市", published="2024-01-12", doc_type="news")


@pytest.mark.parametrize(("text", "exp"), [
    ("2023年，全市地区生产总值增长6.9%，完成年初确定的6.5%目标任务。", {(6.9, "actual", 2023), (6.5, "target", 2023)}),
    ("2023年，全市地区生产总值增长6.9%，高于年初确定的6.5%的预期目标。", {(6.9, "actual", 2023), (6.5, "target", 2023)}),
    ("2023年，全市固定资产投资目标为增长8%，实际增长9.6%。", {(8.0, "target", 2023), (9.6, "actual", 2023)}),
    ("2023年全市经济稳中有进。一般公共预算收入实现48.3亿元，超额完成45亿元的年度目标。",
     {(48.3, "actual", 2023), (45.0, "target", 2023)}),
    ("2023年全市经济稳中有进。社会消费品零售总额增长7.1%，年度目标为增长7.5%。",
     {(7.1, "actual", 2023), (7.5, "target", 2023)}),
], ids=["completed-the-set-goal", "above-the-set-goal", "goal-then-actually", "exceeded-the-years-goal",
        "years-goal-after-result"])
def test_a_goal_beside_its_result_is_that_years_goal(extract, text, exp):
    got = {(float(f.value), str(f.status), f.year) for f in extract(text, **TIANSHUI)}
    assert got == exp


@pytest.mark.parametrize(("text", "year"), [
    ("2023年全市经济稳中有进。新的一年，全市地区生产总值预期增长6.5%左右。", 2024),
    ("全市地区生产总值增长6.9%，明年目标为增长6.5%。", 2025),
], ids=["next-years-goal-alone", "named-next-year-beside-a-result"])
def test_a_goal_without_its_result_keeps_its_year(extract, text, year):
    assert (6.5, "target", year) in {(float(f.value), str(f.status), f.year) for f in extract(text, **TIANSHUI)}


# ---- a region whose name ends like a narrowing word (绿园区: 园区) is a region, not a narrower name ------

CHANGCHUN = dict(region="长春市", published="2024-11-08", doc_type="news")


@pytest.mark.parametrize(("text", "exp"), [
    ("前三季度，绿园区规上工业增加值增长12.6%。", {("industrial_value_added", "growth", 12.6, "绿园区")}),
    ("前三季度，二道区、绿园区规上工业增加值分别增长9.3%和12.6%。",
     {("industrial_value_added", "growth", 9.3, "二道区"), ("industrial_value_added", "growth", 12.6, "绿园区")}),
    ("朝阳区、南关区地区生产总值分别增长6.1%、5.4%，二道区、绿园区规上工业增加值分别增长9.3%和12.6%。",
     {("gdp", "growth", 6.1, "朝阳区"), ("gdp", "growth", 5.4, "南关区"),
      ("industrial_value_added", "growth", 9.3, "二道区"), ("industrial_value_added", "growth", 12.6, "绿园区")}),
], ids=["district-ending-in-yuanqu", "listed-districts", "two-lists-in-a-sentence"])
def test_a_region_ending_like_a_narrowing_word_is_a_region(extract, text, exp):
    assert _recs(extract(text, **CHANGCHUN)) == exp


def test_a_zone_word_alone_still_narrows(extract):
    assert not _recs(extract("前三季度，园区规上工业增加值增长15.2%。", **CHANGCHUN))


# ---- "海口市上半年实现地区生产总值…": a region, then only a period and a verb, heads the name -------------

HAINAN = dict(region="海南省", published="2024-08-06", doc_type="newspaper")


@pytest.mark.parametrize(("text", "exp"), [
    ("海口市上半年实现地区生产总值1078.5亿元。", ("gdp", "value", 1078.5, "海口市")),
    ("三亚市今年上半年实现社会消费品零售总额201.3亿元。", ("retail_sales", "value", 201.3, "三亚市")),
    ("儋州市1—6月累计完成一般公共预算收入18.2亿元。", ("fiscal_revenue_general", "value", 18.2, "儋州市")),
], ids=["period-and-verb", "this-year-period-and-verb", "months-cumulative-verb"])
def test_a_region_before_a_period_and_a_verb_heads_the_name(extract, text, exp):
    assert exp in _recs(extract("上半年全省经济稳中向好。" + text, **HAINAN))


# ---- autonomous prefectures by the name news gives them (甘孜州, 黔东南州, 西双版纳州) -------------------

@pytest.mark.parametrize(("kw", "text", "region"), [
    (dict(region="四川省", published="2024-08-12", doc_type="newspaper"), "上半年，甘孜州实现地区生产总值255.6亿元。", "甘孜藏族自治州"),
    (dict(region="贵州省", published="2024-08-12", doc_type="newspaper"), "上半年，黔东南州地区生产总值648.2亿元。", "黔东南苗族侗族自治州"),
    (dict(region="云南省", published="2024-08-12", doc_type="newspaper"), "上半年，西双版纳州规上工业增加值增长9.1%。", "西双版纳傣族自治州"),
    (dict(region="吉林省", published="2024-08-12", doc_type="newspaper"), "上半年，延边州固定资产投资增长4.2%。", "延边朝鲜族自治州"),
    (dict(region="四川省", published="2024-08-12", doc_type="newspaper"), "甘孜州上半年经济平稳。全州社会消费品零售总额71.3亿元。",
     "甘孜藏族自治州"),
], ids=["ganzi", "qiandongnan-two-peoples", "xishuangbanna-long-base", "yanbian", "whole-prefecture-after-it"])
def test_an_autonomous_prefecture_by_its_short_name(extract, kw, text, region):
    assert {f.region for f in extract(text, **kw)} == {region}


def test_an_autonomous_countys_short_form_keeps_its_whole_place_name():
    from src.extract import regions

    got = {n: regions.lookup(n) for n in ("张家川", "前郭尔罗斯县", "木垒", "西双版纳州")}
    assert {n: r.name if r else None for n, r in got.items()} == {
        "张家川": "张家川回族自治县", "前郭尔罗斯县": "前郭尔罗斯蒙古族自治县", "木垒": "木垒哈萨克自治县",
        "西双版纳州": "西双版纳傣族自治州"}


# ---- "…同比增长5.9%；8月份当月增长7.2%": a ；-unit opening with a shorter period goes on with the name --

ANSHAN = dict(region="鞍山市", published="2024-09-25", doc_type="news")


@pytest.mark.parametrize(("text", "exp"), [
    ("1—8月，全市规模以上工业增加值同比增长5.9%；8月份当月增长7.2%。", ("industrial_value_added", 7.2, "M8")),
    ("1—8月，全市规模以上工业增加值同比增长5.9%，高于全省0.6个百分点；8月当月增长7.2%。", ("industrial_value_added", 7.2, "M8")),
    ("上半年，全市地区生产总值同比增长5.2%；二季度增长5.6%。", ("gdp", 5.6, "Q2")),
    ("全年社会消费品零售总额增长6.0%；12月份增长4.1%。", ("retail_sales", 4.1, "M12")),
], ids=["month-current", "after-a-comparison", "quarter-after-half-year", "december-after-year"])
def test_a_shorter_periods_unit_goes_on_with_the_name(extract, text, exp):
    assert exp in {(f.indicator, float(f.value), f.period) for f in extract(text, **ANSHAN)}


@pytest.mark.parametrize("text", [
    "1—8月，全市规模以上工业增加值同比增长5.9%；8月份用电量增长7.2%。",
    "1—8月，全市规模以上工业增加值同比增长5.9%；8月份，全社会用电量增长7.2%。",
], ids=["another-quantity-after-the-month", "another-quantity-after-a-comma"])
def test_a_shorter_periods_unit_about_another_quantity_adds_nothing(extract, text):
    assert 7.2 not in {float(f.value) for f in extract(text, **ANSHAN)}


# ---- "，全省平均为6.9%": a compared region's average stated after 平均为 is that region's ----------------

@pytest.mark.parametrize(("text", "other"), [
    ("前三季度，规模以上工业增加值增长7.8%，全省平均为6.9%。", ("industrial_value_added", 6.9, "河北省")),
    ("前三季度，固定资产投资增长4.2%，全国平均水平为3.4%。", ("fixed_asset_investment", 3.4, "全国")),
    ("前三季度，社会消费品零售总额增长5.9%，全省平均增长5.0%。", ("retail_sales", 5.0, "河北省")),
], ids=["province-average-is", "national-average-level-is", "province-average-grew"])
def test_a_compared_regions_stated_average_is_that_regions(extract, text, other):
    ind, value, region = other
    got = _recs(extract(text, region="邯郸市", published="2024-10-28", doc_type="news"))
    assert (ind, "growth", value, region) in got and (ind, "growth", value, "邯郸市") not in got


# ---- a province's paper on one prefecture: the sentence's later ；-units stay with that prefecture -------

YUNNAN = dict(region="云南省", published="2024-02-06", doc_type="newspaper")


@pytest.mark.parametrize(("text", "exp"), [
    ("2023年，大理州一般公共预算收入102.6亿元；城镇居民人均可支配收入44512元。",
     {("fiscal_revenue_general", "value", 102.6, "大理白族自治州"), ("urban_disposable_income", "value", 44512.0, "大理白族自治州")}),
    ("大理州经济稳中有进。全州一般公共预算收入102.6亿元，增长8.8%；农村居民人均可支配收入18903元。",
     {("fiscal_revenue_general", "value", 102.6, "大理白族自治州"), ("fiscal_revenue_general", "growth", 8.8, "大理白族自治州"),
      ("rural_disposable_income", "value", 18903.0, "大理白族自治州")}),
    ("2023年，曲靖市地区生产总值4123.5亿元；全省地区生产总值30021.1亿元。",
     {("gdp", "value", 4123.5, "曲靖市"), ("gdp", "value", 30021.1, "云南省")}),
], ids=["named-prefecture", "whole-prefecture", "a-later-unit-naming-its-own"])
def test_a_later_unit_stays_with_the_sentences_region(extract, text, exp):
    assert _recs(extract(text, **YUNNAN)) == exp


def test_a_later_unit_after_the_city_in_a_districts_paper_stays_the_districts(extract):
    figs = extract("2023年，全市地区生产总值增长5.1%；城镇居民人均可支配收入增长4.6%。",
                   region="西湖区", published="2024-02-06", doc_type="news")
    assert {(f.indicator, f.region) for f in figs} == {("gdp", "杭州市"), ("urban_disposable_income", "西湖区")}
