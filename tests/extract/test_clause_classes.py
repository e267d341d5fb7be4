"""Clause classes found on the Shenzhen reports (issue 11), each as a table of forms in our own words:
a numbered list item's mark (2. / A.) before a name, and a clause calling the figure a record
(，创27年新高) or a streak (，连续3年位居全市第一) between a value and its growth."""

from __future__ import annotations

import pytest

KW = dict(region="宝安区", published="2017-01-10", doc_type="work_report")
REVIEW = "一、2016年工作回顾\n"


def _recs(figs) -> set[tuple]:
    return {(f.indicator, str(f.measure), float(f.value)) for f in figs}


@pytest.mark.parametrize(("line", "expected"), [
    ("2.完成全社会固定资产投资650亿元，增长19.2%。",
     {("fixed_asset_investment", "value", 650.0), ("fixed_asset_investment", "growth", 19.2)}),
    ("12．社会消费品零售总额达到820亿元。", {("retail_sales", "value", 820.0)}),
    ("3. 实现规模以上工业增加值1700亿元，增长8.1%。",
     {("industrial_value_added", "value", 1700.0), ("industrial_value_added", "growth", 8.1)}),
    ("B.一般公共预算收入完成218亿元。", {("fiscal_revenue_general", "value", 218.0)}),
], ids=["digit-dot-verb", "fullwidth-dot", "dot-space", "letter-dot"])
def test_a_list_items_mark_is_no_modifier(extract, line, expected):
    assert _recs(extract(REVIEW + line, **KW)) == expected


def test_a_modifier_after_the_mark_still_narrows(extract):
    # a narrowing word after the mark still makes a part: the mark is passed, not the words
    assert _recs(extract(REVIEW + "4.民营企业出口额320亿元。", **KW)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("全区固定资产投资184亿元，创27年新高，增长46.1%。",
     {("fixed_asset_investment", "value", 184.0), ("fixed_asset_investment", "growth", 46.1)}),
    ("社会消费品零售总额1100亿元，创近十年来新高，增长7.5%。",
     {("retail_sales", "value", 1100.0), ("retail_sales", "growth", 7.5)}),
    ("一般公共预算收入80亿元，再创历史新高，增长9%。",
     {("fiscal_revenue_general", "value", 80.0), ("fiscal_revenue_general", "growth", 9.0)}),
    ("规上工业增加值300亿元，连续3年位居全市第一，增长5.2%。",
     {("industrial_value_added", "value", 300.0), ("industrial_value_added", "growth", 5.2)}),
    ("地区生产总值2600亿元，连续两年稳居全市首位，增长8.8%。",
     {("gdp", "value", 2600.0), ("gdp", "growth", 8.8)}),
], ids=["record-n-years", "record-decade", "record-ever", "streak-digit", "streak-chinese"])
def test_a_record_or_streak_clause_keeps_the_growth_with_its_name(extract, text, expected):
    assert _recs(extract(REVIEW + text, **KW)) == expected


# ---- a top-level heading setting out a plan's line of thinking (基本思路, 发展思路, 总体思路) ----------

@pytest.mark.parametrize(("head", "year"), [
    ("二、“十四五”发展的基本思路", 2025),
    ("二、“十四五”时期的总体思路", 2025),
    ("二、今后五年的发展思路", 2025),
], ids=["plan-basic-thinking", "plan-overall-thinking", "coming-five-years-thinking"])
def test_a_plan_thinking_section_gives_targets_for_the_plans_last_year(extract, head, year):
    text = (f"一、2020年工作回顾\n全区地区生产总值4700亿元。\n{head}\n坚持创新驱动，做强实体经济。"
            "新增创新平台60家以上，国高企业总量超3400家。\n三、2021年工作安排\n地区生产总值增长6%。")
    figs = extract(text, region="龙岗区", published="2021-01-20", doc_type="work_report")
    hte = [f for f in figs if f.indicator == "high_tech_enterprises"]
    assert [(str(f.status), f.year) for f in hte] == [("target", year)]
    assert {(f.indicator, str(f.status), f.year) for f in figs if f.indicator == "gdp"} == {
        ("gdp", "actual", 2020), ("gdp", "target", 2021)}


# ---- money paid to support an indicator, a tax refunded on it, credit lent for it ------------------

@pytest.mark.parametrize("text", [
    "加大工业投资扶持力度，安排1亿元。",
    "全年办理出口退税12.5亿元。",
    "兑现工业投资奖补资金3.2亿元。",
    "发放固定资产投资贷款40亿元。",
    "落实出口补贴资金0.8亿元。",
], ids=["support-then-budget", "export-tax-refund", "investment-reward", "investment-loan", "export-subsidy"])
def test_a_fund_or_loan_for_an_indicator_is_not_the_indicator(extract, text):
    assert _recs(extract(REVIEW + text, **KW)) == set()


def test_the_indicator_beside_its_fund_is_still_read(extract):
    got = _recs(extract(REVIEW + "工业投资完成120亿元，兑现工业投资奖补资金3.2亿元。", **KW))
    assert got == {("industrial_investment", "value", 120.0)}
