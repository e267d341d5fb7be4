"""Classes of error met on blind batch G (a county communiqué with a flattened table, a city budget
report with zones, a 1—9月 analysis, a county work report closing five years, a district bureau's
summary, a plan execution report), each as a table of forms in our own words: a month's rate in a
sentence of its own, several regions sharing one value (均/都), a five-year end value restated as the
year's level, a heading naming the coming year's draft plan."""

from __future__ import annotations

import pytest

# ---- a month's (or quarter's) rate in a sentence of its own goes on with the indicator before it --

ANALYSIS = dict(region="六安市", published="2024-10-29", doc_type="statistical_analysis")
HEAD = "2024年1—9月六安市经济运行情况分析\n"
CUM = "1—9月，全市规模以上工业增加值同比增长9.6%"

MONTH_SENTENCES = [
    (CUM + "，较上半年回落0.8个百分点。其中，9月份当月增长7.3%。", "M9"),
    (CUM + "。9月份增长7.3%。", "M9"),
    (CUM + "。其中9月当月增长7.3%，增速比8月加快1.2个百分点。", "M9"),
    (CUM + "，增速居全省第5位。9月当月同比增长7.3%。", "M9"),
    (CUM + "。三季度增长7.3%。", "Q3"),
]


@pytest.mark.parametrize(("text", "period"), MONTH_SENTENCES, ids=[t[len(CUM):len(CUM) + 12] for t, _ in MONTH_SENTENCES])
def test_a_months_rate_in_a_sentence_of_its_own_is_the_indicators(extract, text, period):
    figs = extract(HEAD + text, **ANALYSIS)
    got = {(f.indicator, str(f.measure), float(f.value), f.period) for f in figs}
    assert got == {("industrial_value_added", "growth", 9.6, "Q1-Q3"),
                   ("industrial_value_added", "growth", 7.3, period)}


@pytest.mark.parametrize("text", [
    CUM + "。9月份，全市固定资产投资增长7.3%。",          # the sentence names its own indicator
    CUM + "。\n9月份增长7.3%的是汽车零售额。",             # a new paragraph about something else
    CUM + "。9月份用电量增长7.3%。",                      # another subject, not in the catalog
])
def test_a_sentence_with_a_subject_of_its_own_carries_nothing(extract, text):
    figs = extract(HEAD + text, **ANALYSIS)
    assert ("industrial_value_added", 7.3) not in {(f.indicator, float(f.value)) for f in figs}


# ---- several regions listed before one value (均/都) each have that value -------------------------

CITY = dict(region="宜昌市", published="2025-01-09", doc_type="plan_execution_report")
SHARED_REGIONS = [
    ("宜都市、枝江市、当阳市地区生产总值均突破700亿元。", "gdp", "value", 700.0, ["宜都市", "枝江市", "当阳市"]),
    ("宜都市和枝江市地区生产总值都增长6.5%。", "gdp", "growth", 6.5, ["宜都市", "枝江市"]),
    ("宜都市、枝江市一般公共预算收入均超过30亿元。", "fiscal_revenue_general", "value", 30.0, ["宜都市", "枝江市"]),
    ("全年，夷陵区、宜都市及枝江市规模以上工业增加值均增长10%以上。", "industrial_value_added", "growth", 10.0,
     ["夷陵区", "宜都市", "枝江市"]),
]


@pytest.mark.parametrize(("sentence", "ind", "measure", "value", "regions"), SHARED_REGIONS,
                         ids=[s[:9] for s, *_ in SHARED_REGIONS])
def test_regions_listed_before_a_shared_value_each_have_it(extract, sentence, ind, measure, value, regions):
    figs = extract("宜昌市2024年经济运行\n" + sentence, **CITY)
    got = sorted((f.indicator, str(f.measure), float(f.value), f.region) for f in figs)
    assert got == sorted((ind, measure, value, r) for r in regions)


@pytest.mark.parametrize(("sentence", "want"), [
    ("宜都市、枝江市地区生产总值分别增长6.5%、7.1%。", {("宜都市", 6.5), ("枝江市", 7.1)}),
    ("宜都市、枝江市地区生产总值增长6.5%。", {("枝江市", 6.5)}),    # no 均: the number is the last one's
])
def test_a_region_list_without_a_shared_word_keeps_its_reading(extract, sentence, want):
    figs = extract("宜昌市2024年经济运行\n" + sentence, **CITY)
    assert {(f.region, float(f.value)) for f in figs} == want


# ---- a five-year change's end value restated as the last year's level is one record --------------

REPORT = dict(region="宾川县", published="2022-01-11", doc_type="work_report")
RESTATED = [
    ("五年来，一般公共预算收入由5.12亿元增加到7.86亿元，年均增长8.9%。",
     "2021年，一般公共预算收入7.86亿元，增长6.3%。"),
    ("五年来，一般公共预算收入从5.12亿元增至7.86亿元。",
     "2021年，全县一般公共预算收入完成7.86亿元，增长6.3%。"),
    ("过去五年，全县一般公共预算收入由5.12亿元提高到7.86亿元。",
     "一年来，一般公共预算收入7.86亿元，增长6.3%。"),
    ("五年来，一般公共预算收入达到7.86亿元，年均增长8.9%。",
     "2021年，一般公共预算收入7.86亿元，增长6.3%。"),
]


@pytest.mark.parametrize(("five", "year"), RESTATED, ids=[f[:12] for f, _ in RESTATED])
def test_a_five_year_end_value_restated_for_its_year_is_one_record(extract, five, year):
    text = f"政府工作报告\n一、过去五年工作回顾\n{five}\n二、2021年工作情况\n{year}"
    figs = extract(text, **REPORT)
    values = [(f.period, f.year) for f in figs if f.indicator == "fiscal_revenue_general" and str(f.measure) == "value"]
    assert values == [("year", 2021)]


def test_a_different_end_value_stays_a_record_of_its_own(extract):
    text = ("政府工作报告\n一、过去五年工作回顾\n五年来，一般公共预算收入由5.12亿元增加到7.86亿元。\n"
            "二、2021年工作情况\n2021年，一般公共预算收入7.92亿元，增长6.3%。")
    figs = extract(text, **REPORT)
    values = {(float(f.value), f.period) for f in figs if f.indicator == "fiscal_revenue_general" and str(f.measure) == "value"}
    assert values == {(7.86, "multi-year"), (7.92, "year")}


# ---- a heading naming the coming year's draft plan opens a plan ---------------------------------

PLAN_REPORT = dict(region="宜昌市", published="2025-01-09", doc_type="plan_execution_report")
PLAN_HEADS = [
    "二、2025年国民经济和社会发展计划草案",
    "二、2025年国民经济和社会发展计划（草案）",
    "二、关于2025年计划草案的说明",
    "三、2025年经济社会发展计划安排",
]


@pytest.mark.parametrize("heading", PLAN_HEADS, ids=[h[2:] for h in PLAN_HEADS])
def test_a_draft_plan_heading_opens_a_plan(extract, heading):
    text = ("关于宜昌市2024年计划执行情况与2025年计划草案的报告\n一、2024年国民经济和社会发展计划执行情况\n"
            "全年工业投资增长12.5%。\n" + heading + "\n2025年是“十四五”规划收官之年。\n"
            "（二）扩大有效投资。全年实施亿元以上项目1800个以上，工业投资增长12%。")
    figs = extract(text, **PLAN_REPORT)
    assert {(float(f.value), str(f.status), f.year) for f in figs} == {(12.5, "actual", 2024), (12.0, "target", 2025)}
