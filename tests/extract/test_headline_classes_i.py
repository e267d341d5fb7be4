"""Classes of error met on blind batch I (28 city passages: prefecture-level and county-level cities
of Qinghai, Tibet, Ningxia, Hainan, Xinjiang, Gansu and others, 2010-2024), each as a table of forms
in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, T, V, G = "actual", "target", "value", "growth"

# ---- a work report plans the year it is published in: a whole-year figure of that year, stated with no
# result word other than a plain 实现/完成/达到, is a goal even without a plan heading or a target word
# ("2025年，全市地区生产总值增长5.5%左右" in a February 2025 report: that year had not begun to be counted)

REPORT = dict(region="海东市", published="2025-02-18", doc_type="work_report")
OWN_YEAR = [
    ("2025年，全市地区生产总值增长5.5%左右。", {("gdp", G, 5.5, T, 2025, "year", "海东市")}),
    ("2025年，全市一般公共预算收入增长5%，社会消费品零售总额增长6%。",
     {("fiscal_revenue_general", G, 5, T, 2025, "year", "海东市"), ("retail_sales", G, 6, T, 2025, "year", "海东市")}),
    ("2025年全市固定资产投资增长8%以上。", {("fixed_asset_investment", G, 8, T, 2025, "year", "海东市")}),
    ("2025年，全市地区生产总值实现增长6%。", {("gdp", G, 6, T, 2025, "year", "海东市")}),
    ("2025年，全市一般公共预算收入达到25亿元。", {("fiscal_revenue_general", V, 25, T, 2025, "year", "海东市")}),
    ("今年，全市社会消费品零售总额完成145亿元。", {("retail_sales", V, 145, T, 2025, "year", "海东市")}),
]
# the year before the report's, a part of its own year already over, a stock reached so far: results
STAYS = [
    ("2024年，全市地区生产总值增长5.2%。", {("gdp", G, 5.2, A, 2024, "year", "海东市")}),
    ("去年，全市一般公共预算收入达到23.4亿元。", {("fiscal_revenue_general", V, 23.4, A, 2024, "year", "海东市")}),
    ("2025年1月，全市社会消费品零售总额同比增长4.1%。", {("retail_sales", G, 4.1, A, 2025, "M1", "海东市")}),
    ("截至目前，2025年全市已完成固定资产投资35亿元。", {("fixed_asset_investment", V, 35, A, 2025, "year", "海东市")}),
]


@pytest.mark.parametrize(("text", "want"), OWN_YEAR + STAYS, ids=[t[:12] for t, _ in OWN_YEAR + STAYS])
def test_a_work_reports_own_year_is_its_plan(extract, text, want):
    assert _got(extract("政府工作报告\n" + text, **REPORT)) == want


# ---- the whole of a prefecture-level 地区 (阿克苏地区, 和田地区, 喀什地区…): 全地区 / 本地区 / 该地区 are scope
# words like 全市 and 全州, and resolve to the 地区 holding the document's region ----------------------

COMM = dict(region="阿克苏地区", published="2019-05-10", doc_type="statistical_communique")
WHOLE_DIQU = [
    ("全年全地区实现生产总值1125.6亿元，比上年增长5.8%。",
     {("gdp", V, 1125.6, A, 2018, "year", "阿克苏地区"), ("gdp", G, 5.8, A, 2018, "year", "阿克苏地区")}),
    ("年末全地区常住人口257.6万人。", {("resident_population", V, 257.6, A, 2018, "year", "阿克苏地区")}),
    ("全年全地区一般公共预算收入85.3亿元，增长7.1%。",
     {("fiscal_revenue_general", V, 85.3, A, 2018, "year", "阿克苏地区"),
      ("fiscal_revenue_general", G, 7.1, A, 2018, "year", "阿克苏地区")}),
    ("本地区社会消费品零售总额完成300.2亿元，增长6.1%。",
     {("retail_sales", V, 300.2, A, 2018, "year", "阿克苏地区"), ("retail_sales", G, 6.1, A, 2018, "year", "阿克苏地区")}),
]


@pytest.mark.parametrize(("text", "want"), WHOLE_DIQU, ids=[t[:8] for t, _ in WHOLE_DIQU])
def test_the_whole_of_a_diqu_is_its_scope(extract, text, want):
    assert _got(extract(text, **COMM)) == want


def test_the_whole_diqu_named_in_a_county_level_citys_text_is_the_diqu(extract):
    got = _got(extract("全年阿克苏市实现生产总值336.4亿元。全地区实现生产总值1125.6亿元。",
                       region="阿克苏市", published="2019-05-10", doc_type="statistical_communique"))
    assert got == {("gdp", V, 336.4, A, 2018, "year", "阿克苏市"), ("gdp", V, 1125.6, A, 2018, "year", "阿克苏地区")}
