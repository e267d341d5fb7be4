"""Classes of error met on blind batch K (fiscal and plan documents: county and district budget reports,
a prefecture's 决算, a plan execution report with its bulleted list of indicators, a 十四五 outline's
targets, a 十三五 mid-term review, a 2016 work report closing 十二五, a half-year summary, a 发改局's
summary and plan, a 1—8月 fiscal release naming banners, a provincial county-economy evaluation, a
town's work report), each as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, T, V, G = "actual", "target", "value", "growth"

# ---- a bulleted list of indicators (——, ●, ◆, ■, ·): the bullet opens the item, the name its phrase ----

PLAN = dict(region="岳阳市", published="2021-01-15", doc_type="plan_execution_report")
PHEAD = "一、2020年国民经济和社会发展计划执行情况\n主要指标完成情况如下：\n"
BULLETS = [
    "——地区生产总值4002.1亿元，增长3.9%；",
    "—地区生产总值4002.1亿元，增长3.9%；",
    "●地区生产总值4002.1亿元，增长3.9%。",
    "◆ 地区生产总值4002.1亿元，增长3.9%。",
    "■地区生产总值4002.1亿元，增长3.9%；",
    "·地区生产总值4002.1亿元，增长3.9%；",
    "★全市地区生产总值4002.1亿元，增长3.9%；",
]


@pytest.mark.parametrize("text", BULLETS, ids=[t[:2] for t in BULLETS])
def test_a_bullet_opens_its_items_phrase(extract, text):
    assert _got(extract(PHEAD + text, **PLAN)) == {("gdp", V, 4002.1, A, 2020, "year", "岳阳市"),
                                                    ("gdp", G, 3.9, A, 2020, "year", "岳阳市")}


def test_bulleted_lines_each_read(extract):
    text = PHEAD + "——固定资产投资增长7.6%；\n——一般公共预算收入221.3亿元，增长1.2%；\n——城镇新增就业6.1万人。"
    assert _got(extract(text, **PLAN)) == {
        ("fixed_asset_investment", G, 7.6, A, 2020, "year", "岳阳市"),
        ("fiscal_revenue_general", V, 221.3, A, 2020, "year", "岳阳市"),
        ("fiscal_revenue_general", G, 1.2, A, 2020, "year", "岳阳市"),
        ("new_urban_jobs", V, 61000, A, 2020, "year", "岳阳市")}


# ---- a completion ratio after a rate (，完成调整预算的103.5%。): no figure, at a sentence's or line's end,
# after a semicolon, or with the goal named in brackets ------------------------------------------------

BUDGET = dict(region="遂宁市", published="2012-08-28", doc_type="budget_report")
BHEAD = "关于遂宁市2011年财政决算的报告\n一、2011年全市财政决算情况\n"
RATIOS = [
    "全市公共财政预算收入完成31.6亿元，比上年增长18.4%，完成调整预算的103.5%。",
    "全市公共财政预算收入完成31.6亿元，同口径增长18.4%，完成年初预算的103.5%；非税收入9.1亿元。",
    "全市公共财政预算收入完成31.6亿元，增长18.4%，完成调整后预算的103.5%；",
    "全市公共财政预算收入完成31.6亿元，增长18.4%，为年初预算的103.5%。",
]


@pytest.mark.parametrize("text", RATIOS, ids=[t[-14:-8] for t in RATIOS])
def test_a_completion_ratio_after_a_rate_is_no_figure(extract, text):
    got = {x for x in _got(extract(BHEAD + text, **BUDGET)) if x[0] == "fiscal_revenue_general"}
    assert got == {("fiscal_revenue_general", V, 31.6, A, 2011, "year", "遂宁市"),
                   ("fiscal_revenue_general", G, 18.4, A, 2011, "year", "遂宁市")}


def test_a_goals_bracketed_rate_stays_a_target_and_the_ratio_goes(extract):
    text = "2023年，全县规模以上工业增加值增长7.6%，完成全年目标（7.5%）的101.3%。"
    got = _got(extract(text, region="宁乡市", published="2024-01-20", doc_type="news"))
    assert got == {("industrial_value_added", G, 7.6, A, 2023, "year", "宁乡市"),
                   ("industrial_value_added", G, 7.5, T, 2023, "year", "宁乡市")}


# ---- a multiple of an earlier year's value (，是2010年的1.6倍): the year is the ratio's baseline, not the year
# of the figures after it, and the clause does not break the name's chain ------------------------------

WORK = dict(region="佳木斯市", published="2016-02-20", doc_type="work_report")
WHEAD = "政府工作报告\n一、“十二五”时期工作回顾\n五年来，我们主要做了以下工作：\n"
MULTIPLES = [
    "2015年全市地区生产总值实现812.4亿元，是2010年的1.6倍，年均增长10.1%；公共财政预算收入完成41.3亿元。",
    "2015年全市地区生产总值达到812.4亿元，为2010年的1.6倍，年均增长10.1%；公共财政预算收入完成41.3亿元。",
    "2015年全市地区生产总值812.4亿元，相当于2010年的1.6倍，年均增长10.1%；公共财政预算收入41.3亿元。",
    "2015年全市地区生产总值实现812.4亿元，是2010年的两倍，年均增长10.1%；公共财政预算收入完成41.3亿元。",
]


@pytest.mark.parametrize("text", MULTIPLES, ids=[t[25:32] for t in MULTIPLES])
def test_a_multiple_of_an_earlier_year_keeps_the_years_and_the_chain(extract, text):
    assert _got(extract(WHEAD + text, **WORK)) == {
        ("gdp", V, 812.4, A, 2015, "year", "佳木斯市"),
        ("gdp", G, 10.1, A, 2015, "multi-year", "佳木斯市"),
        ("fiscal_revenue_general", V, 41.3, A, 2015, "year", "佳木斯市")}


# ---- a span of named years dating an average rate (2016—2017年年均增长5.1%) makes no later level of the
# sentence a level over the span -------------------------------------------------------------------

MID = dict(region="定西市", published="2018-09-20", doc_type="plan_report")
MHEAD = "定西市“十三五”规划纲要实施中期评估报告\n一、主要指标完成情况\n"
RATE_SPANS = [
    "2017年，全市地区生产总值完成356.3亿元，2016—2017年年均增长6.1%；一般公共预算收入完成21.4亿元。",
    "2017年，全市地区生产总值完成356.3亿元，2016-2017年年均增长6.1%；一般公共预算收入达到21.4亿元。",
    "2017年全市地区生产总值356.3亿元，2016至2017年平均增长6.1%，一般公共预算收入21.4亿元。",
    "2017年，全市地区生产总值完成356.3亿元，2016年—2017年年均增长6.1%；一般公共预算收入完成21.4亿元。",
]


@pytest.mark.parametrize("text", RATE_SPANS, ids=[t[28:40] for t in RATE_SPANS])
def test_a_span_dating_an_average_rate_makes_no_later_level_multi_year(extract, text):
    assert _got(extract(MHEAD + text, **MID)) == {
        ("gdp", V, 356.3, A, 2017, "year", "定西市"),
        ("gdp", G, 6.1, A, 2017, "multi-year", "定西市"),
        ("fiscal_revenue_general", V, 21.4, A, 2017, "year", "定西市")}


def test_a_span_opening_a_level_still_makes_it_the_spans(extract):
    text = MHEAD + "2016年至2017年，全市累计完成固定资产投资1620亿元。"
    assert _got(extract(text, **MID)) == {("fixed_asset_investment", V, 1620, A, 2017, "multi-year", "定西市")}


# ---- a plan's chapters (第二章 / 第三部分 / 第一篇) are top-level sections: a chapter headed by its goals is a plan --

OUTLINE = dict(region="诸城市", published="2021-03-10", doc_type="development_plan")
CHAPTERS = [
    "第二章 “十四五”时期经济社会发展的主要目标\n综合考虑发展环境和条件，主要目标是：\n——全市国家高新技术企业达到260家以上，外贸进出口总额达到380亿元。",
    "第二部分 “十四五”时期发展目标\n锚定远景目标，经济社会发展的主要目标是：\n——创新能力显著增强。全市国家高新技术企业达到260家以上，外贸进出口总额达到380亿元。",
    "第二篇 “十四五”时期主要目标\n综合考虑各方面因素，主要目标是：\n——全市国家高新技术企业达到260家以上，外贸进出口总额达到380亿元。",
]


@pytest.mark.parametrize("text", CHAPTERS, ids=[t[:4] for t in CHAPTERS])
def test_a_chapter_headed_by_its_goals_is_a_plan(extract, text):
    head = "诸城市国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n“十三五”时期，全市发展取得显著成就。\n"
    assert _got(extract(head + text, **OUTLINE)) == {
        ("high_tech_enterprises", V, 260, T, 2025, "year", "诸城市"),
        ("imports_exports", V, 380, T, 2025, "year", "诸城市")}


# ---- a multi-year target without a year in its sentence, under a heading naming the plan ("“十四五”时期…
# 主要目标"): the plan's last year -------------------------------------------------------------------

PLAN_SPANS = [
    ("——综合实力迈上新台阶。地区生产总值年均增长6%左右。", ("gdp", G, 6)),
    ("——开放水平全面提升。外贸进出口总额年均增长8%。", ("imports_exports", G, 8)),
    ("——开放水平全面提升。五年累计实际使用外资10亿美元。", ("foreign_investment_actual", V, 10)),
]


@pytest.mark.parametrize(("text", "exp"), PLAN_SPANS, ids=[t[7:12] for t, _ in PLAN_SPANS])
def test_a_multi_year_target_under_a_plans_heading_ends_with_the_plan(extract, text, exp):
    head = "一、“十四五”时期经济社会发展的主要目标\n综合考虑各方面因素，主要目标是：\n"
    got = _got(extract(head + text, region="高密市", published="2021-02-20", doc_type="development_plan"))
    assert got == {(*exp, T, 2025, "multi-year", "高密市")}
