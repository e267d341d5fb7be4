"""Context a figure takes from its document, by failure class of issue 11 and the GUIDE's closing
conventions. Every table gives several forms of one class, in wording of our own."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _v(f) -> float:
    return float(f.value)

# ---- class 2: a period or year set once for the whole document --------------------------------


@pytest.mark.parametrize(("title", "text", "published", "expected"), [
    # the title names the period; the sentence does not
    ("某市一季度经济运行情况", "全市地区生产总值完成812.5亿元，同比增长5.1%。", "2024-04-20",
     [("gdp", "value", 812.5, "actual", 2024, "Q1"), ("gdp", "growth", 5.1, "actual", 2024, "Q1")]),
    # the opening sentence names it, the title does not; published in June, Q1 is this year's
    ("", "一季度，全市经济稳中有进。规模以上工业增加值增长6.6%。", "2024-06-03",
     [("industrial_value_added", "growth", 6.6, "actual", 2024, "Q1")]),
    # a 1—N-month release published the month after: the year of the period
    ("", "1—9月，全区固定资产投资增长4.2%。社会消费品零售总额增长7.3%。", "2023-10-25",
     [("fixed_asset_investment", "growth", 4.2, "actual", 2023, "Q1-Q3"),
      ("retail_sales", "growth", 7.3, "actual", 2023, "Q1-Q3")]),
    # a 1—11-month release published in January: the year before
    ("某区1—11月经济运行简况", "一般公共预算收入增长3.9%。", "2024-01-10",
     [("fiscal_revenue_general", "growth", 3.9, "actual", 2023, "M1-M11")]),
])
def test_document_period_is_inherited(extract, title, text, published, expected):
    figs = extract(text, title=title, region="萧山区", published=published, doc_type="statistical_analysis")
    assert [r[:6] for r in map(rec, figs)] == expected


@pytest.mark.parametrize("text", [
    "上半年，全省地区生产总值增长5.5%；2022年，全省地区生产总值增长4.1%。",
    "上半年全省地区生产总值增长5.5%。据统计，2022年全省地区生产总值增长4.1%。",
    "上半年全省地区生产总值增长5.5%，2022年全省地区生产总值增长4.1%。",
])
def test_a_sentence_naming_another_year_does_not_inherit_the_period(extract, text):
    figs = extract(text, title="某省上半年经济运行", region="浙江省", published="2023-07-20", doc_type="news")
    got = {(_v(f), f.year, f.period) for f in figs}
    assert got == {(5.5, 2023, "H1"), (4.1, 2022, "year")}


# ---- GUIDE: 预计 / 初步核算 about a period that had ended is a result ------------------------------


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("预计全年地区生产总值增长5.8%。", "2024-01-15", ("actual", 2023)),
    ("全年预计实现规模以上工业增加值420亿元。", "2025-01-20", ("actual", 2024)),
    ("初步预计，全区固定资产投资增长9%。", "2024-02-01", ("actual", 2023)),
    ("预计到2027年地区生产总值突破3000亿元。", "2025-01-20", ("target", 2027)),
    ("预计明年一般公共预算收入增长5%。", "2024-11-20", ("target", 2025)),
])
def test_estimate_of_an_ended_period_is_a_result(extract, text, published, expected):
    (f,) = extract(text, region="萧山区", published=published, doc_type="work_report")
    assert (str(f.status), f.year) == expected


@pytest.mark.parametrize("text", [
    "全面实现“双过半”目标任务，地区生产总值完成580亿元。",
    "提前完成全年目标，固定资产投资完成187亿元。",
    "超额完成年度计划，社会消费品零售总额完成322亿元。",
])
def test_a_goal_reached_is_not_a_target_cue(extract, text):
    (f,) = extract(text, region="萧山区", published="2023-08-08", doc_type="news")
    assert str(f.status) == "actual"


# ---- class 3: five-year reviews ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the opening sentence sets the span; following sentences of the paragraph keep it
    ("“十三五”期间，全区经济稳步增长。固定资产投资累计完成3200亿元。地区生产总值年均增长7.1%。",
     {("fixed_asset_investment", "value", 3200, "multi-year", 2020), ("gdp", "growth", 7.1, "multi-year", 2020)}),
    ("过去五年，我们砥砺前行。累计完成固定资产投资1500亿元，高新技术企业五年新增420家。",
     {("fixed_asset_investment", "value", 1500, "multi-year", 2020),
      ("high_tech_enterprises", "value", 420, "multi-year", 2020)}),
    # a sentence naming one year ends the span
    ("五年来，全区固定资产投资累计完成900亿元。2020年，地区生产总值增长3.2%。",
     {("fixed_asset_investment", "value", 900, "multi-year", 2020), ("gdp", "growth", 3.2, "year", 2020)}),
])
def test_five_year_review_span(extract, text, expected):
    figs = extract(text, region="萧山区", published="2021-01-20", doc_type="work_report")
    assert {(f.indicator, str(f.measure), _v(f), f.period, f.year) for f in figs} == expected


def test_review_span_ends_with_its_paragraph(extract):
    text = "五年来，全区累计完成固定资产投资900亿元。\n一般公共预算收入增长6.5%。"
    figs = extract(text, region="萧山区", published="2021-01-20", doc_type="work_report")
    assert {(f.indicator, f.period) for f in figs} == {("fixed_asset_investment", "multi-year"),
                                                      ("fiscal_revenue_general", "year")}


@pytest.mark.parametrize(("text", "expected"), [
    ("实现“十四五”良好开局，地区生产总值增长8.1%。", ("year", 2021)),
    ("到“十四五”末，地区生产总值达到1300亿元。", ("year", 2025)),
    ("实际利用外资比“十二五”增长42%。", ("multi-year", 2020)),
])
def test_plan_named_in_passing_or_as_baseline(extract, text, expected):
    (f,) = extract(text, region="萧山区", published="2022-01-20", doc_type="work_report")
    if expected[0] == "year" and expected[1] == 2025:
        assert (f.period, f.year) == expected and str(f.status) == "target"
    elif expected[0] == "multi-year":
        assert (f.period, f.year) == ("multi-year", 2021)
    else:
        assert (f.period, f.year) == expected


# ---- class 4: pairs and shared values ----------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("城镇和农村居民人均可支配收入均增长5.2%。",
     {("urban_disposable_income", "growth", 5.2), ("rural_disposable_income", "growth", 5.2)}),
    ("规模以上工业增加值、固定资产投资均增长8%。",
     {("industrial_value_added", "growth", 8), ("fixed_asset_investment", "growth", 8)}),
    ("城乡居民人均可支配收入增长6.1%。",
     {("urban_disposable_income", "growth", 6.1), ("rural_disposable_income", "growth", 6.1)}),
    ("城乡居民人均可支配收入分别达到6.5万元和4.1万元。",
     {("urban_disposable_income", "value", 65000), ("rural_disposable_income", "value", 41000)}),
    ("城乡居民人均可支配收入从3.2万元、1.8万元，分别增加到5.1万元、3.0万元。",
     {("urban_disposable_income", "value", 51000), ("rural_disposable_income", "value", 30000)}),
])
def test_pairs_and_shared_values(extract, text, expected):
    figs = extract(text, region="萧山区", published="2024-02-01", doc_type="statistical_communique")
    assert {(f.indicator, str(f.measure), _v(f)) for f in figs} == expected


@pytest.mark.parametrize("text", [
    "地区生产总值年均增长8%。",
    "居民人均可支配收入增长5%。",
    "进出口总额增长6%。",
])
def test_one_name_one_value(extract, text):
    figs = extract(text, region="萧山区", published="2024-02-01", doc_type="statistical_communique")
    assert len(figs) == 1


@pytest.mark.parametrize(("text", "value"), [
    ("国家高新技术企业由上年的520家增加到610家。", 610),
    ("国家高新技术企业从去年末的498家增至575家。", 575),
    ("规模以上服务业企业由上年的612家增加到655家。", 655),
])
def test_change_from_last_year_gives_this_years_level_only(extract, text, value):
    figs = extract(text, region="萧山区", published="2024-02-01", doc_type="statistical_communique")
    assert [(_v(f), f.period, f.year) for f in figs] == [(value, "year", 2023)]


@pytest.mark.parametrize(("text", "year"), [
    ("2002年至2022年，全市地区生产总值从886亿元增加到7351亿元。", 2022),
    ("2015年到2020年，一般公共预算收入从40亿元增加到54亿元。", 2020),
])
def test_change_between_named_years_gives_the_end_years_level(extract, text, year):
    (f,) = extract(text, region="绍兴市", published="2023-08-08", doc_type="news")
    assert (f.period, f.year) == ("year", year)


def test_change_since_a_year_is_multi_year(extract):
    (f,) = extract("2012年以来，全市地区生产总值从886亿元增加到1351亿元。", region="绍兴市",
                   published="2017-08-08", doc_type="news")
    assert f.period == "multi-year"


# ---- GUIDE: ranges and growth over several years ----------------------------------------------


@pytest.mark.parametrize(("text", "value", "status"), [
    ("力争地区生产总值增长6%—6.5%。", 6, "target"),
    ("全年社会消费品零售总额增长7%-7.5%之间。", 7, "actual"),
    ("固定资产投资预期增长8-9%。", 8, "target"),
    ("力争一般公共预算收入达到100至120亿元。", 100, "target"),
])
def test_a_range_is_one_record_its_lower_bound(extract, text, value, status):
    (f,) = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert (_v(f), str(f.qualifier), str(f.status)) == (value, "at_least", status)


@pytest.mark.parametrize(("text", "value"), [
    # a dash range whose upper bound carries the unit, with more numbers after it in the document
    ("主要预期目标：地区生产总值增长5.5-6％，固定资产投资完成400亿元。", 5.5),
    ("主要预期目标：地区生产总值增长6.5-7%；人均地区生产总值23万元左右。", 6.5),
    ("主要预期目标：地区生产总值增长8—8.5%，一般公共预算收入增长6%。", 8),
    ("主要预期目标：地区生产总值增长7~7.5%。固定资产投资增长10%。", 7),
    # 本地/当地 are scope words, like 本市: the local GDP is the region's
    ("主要预期目标：本地生产总值增长8—8.5%，居民收入同步增长。", 8),
    ("主要预期目标：当地生产总值增长6-6.5%，一般公共预算收入增长5%。", 6),
])
def test_a_dash_range_before_other_numbers_is_one_record(extract, text, value):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    gdp = [(_v(f), str(f.qualifier)) for f in figs if f.indicator == "gdp"]
    assert gdp == [(value, "at_least")]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("地区生产总值比2015年增长42%。", 42, "exact"),
    ("国家高新技术企业增长1.5倍。", 150, "exact"),
    ("一般公共预算收入比2016年翻一番。", 100, "exact"),
    ("固定资产投资比2010年翻两番。", 300, "exact"),
    ("地区生产总值比2015年翻了近一番。", 100, "approx"),
    ("地区生产总值比2015年翻了一番多。", 100, "approx"),
    # a multiple in Chinese numerals after a growth verb, as 增长1.5倍
    ("社会消费品零售总额比2015年增长一倍。", 100, "exact"),
    ("五年来，地区生产总值增长了两倍多。", 200, "approx"),
    ("一般公共预算收入比2015年提高一点五倍。", 150, "exact"),
    ("固定资产投资比2015年增长三倍以上。", 300, "at_least"),
])
def test_growth_over_several_years(extract, text, value, qualifier):
    (f,) = extract(text, region="萧山区", published="2021-01-20", doc_type="work_report")
    assert (str(f.measure), _v(f), f.period, f.year, str(f.qualifier)) == ("growth", value, "multi-year", 2020, qualifier)


@pytest.mark.parametrize("text", [
    "全市一般公共预算收入是2012年的1.6倍。",
    "全市一般公共预算收入是2012年的两倍。",  # a ratio, in Chinese numerals too
    "地区生产总值达到全省平均水平的一点五倍。",
    "地区生产总值比上年增长5%。",
])
def test_not_growth_over_several_years(extract, text):
    figs = extract(text, region="萧山区", published="2021-01-20", doc_type="work_report")
    assert all(f.period != "multi-year" for f in figs)


# ---- class 6: budget reports -------------------------------------------------------------------

BUDGET = """关于{y0}年预算执行情况和{y1}年预算草案的报告
一、{y0}年预算执行情况
（一）全市一般公共预算
全市一般公共预算收入完成{a}亿元，增长4.2%。
（二）{level}一般公共预算
一般公共预算收入完成{b}亿元，增长2.1%。
二、{y1}年预算草案
全市一般公共预算收入安排{c}亿元，增长4.6%。
"""


@pytest.mark.parametrize(("y0", "level", "a", "b", "c"), [
    (2024, "市级", 812.6, 301.5, 850),
    (2022, "市本级", 95.3, 40.2, 99),
    (2023, "区级", 61.8, 20.5, 64.4),
])
def test_budget_report_execution_draft_and_levels(extract, y0, level, a, b, c):
    text = BUDGET.format(y0=y0, y1=y0 + 1, level=level, a=a, b=b, c=c)
    title = f"关于{y0}年预算执行情况和{y0 + 1}年预算草案的报告"
    figs = extract(text, title=title, region="嘉兴市", published=f"{y0 + 1}-01-15")
    got = {(str(f.measure), _v(f), str(f.status), f.year) for f in figs}
    assert got == {("value", a, "actual", y0), ("growth", 4.2, "actual", y0),
                   ("value", c, "target", y0 + 1), ("growth", 4.6, "target", y0 + 1)}


def test_budget_report_type_from_its_title():
    from src.extract.cues import load_cues

    assert load_cues().type_from_title("关于2024年预算执行情况和2025年预算草案的报告") == "budget_report"


# ---- 增加 right before a percentage is a growth word; the 增加 of 增加值 is not --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全市城镇居民人均可支配收入52000元，增加8.1%。", [("urban_disposable_income", "value", 52000),
                                                  ("urban_disposable_income", "growth", 8.1)]),
    ("全市地区生产总值5200亿元，比上年增加6.1%。", [("gdp", "value", 5200), ("gdp", "growth", 6.1)]),
    ("规模以上工业增加值增加了约7.2%。", [("industrial_value_added", "growth", 7.2)]),
    ("全市社会消费品零售总额增加4.5%。", [("retail_sales", "growth", 4.5)]),
    # not a rate: an increment in the indicator's unit, or a share of a value-added name
    ("全市一般公共预算收入320亿元，增加了12亿元。", [("fiscal_revenue_general", "value", 320)]),
    ("全市地区生产总值5200亿元，第三产业增加值占比52.3%。", [("gdp", "value", 5200)]),
])
def test_zengjia_right_before_a_percentage_is_growth(extract, text, expected):
    figs = extract(text, region="萧山区", published="2021-01-20", doc_type="statistical_communique")
    assert [(f.indicator, str(f.measure), _v(f)) for f in figs] == expected
