"""Leftover classes, each as a table of forms in our own words: a flow word heading a list governs
every item of it, names listed before their values without 分别, a growth rate given in the clause
after a lead clause naming the growth, the change of a share, a base year named in a lead clause,
exclusion words before a name, and a period opening a sentence that a later clause overrides."""

from __future__ import annotations

import pytest

REPORT = dict(region="龙华区", published="2022-01-18", doc_type="work_report")


def _recs(figs) -> set[tuple]:
    return {(f.indicator, str(f.measure), float(f.value)) for f in figs}


# ---- "新增上市公司5家、规模以上工业企业99家": the flow word heading a list governs every item ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2021年，新增上市公司5家、规模以上工业企业99家。", ("new_above_scale_industrial_enterprises", "value", 99.0)),
    ("2021年，全区新增境内外上市企业3家、规上工业企业46家。", ("new_above_scale_industrial_enterprises", "value", 46.0)),
    ("2021年，新增市级孵化器4家、规模以上工业企业120家，增长15%。",
     ("new_above_scale_industrial_enterprises", "value", 120.0)),
    ("2021年，新引进博士后12名、高层次人才85名。", ("high_level_talent_new", "value", 85.0)),
], ids=["listed-companies-then-industrial", "domestic-foreign-listed-then-short-name", "incubators-then-industrial",
        "postdocs-then-talent"])
def test_a_flow_word_heading_a_list_governs_its_later_items(extract, text, expected):
    assert expected in _recs(extract(text, **REPORT))


@pytest.mark.parametrize("text", [
    "2021年，规模以上工业企业达到1200家、上市公司32家。",
    "2021年，新增上市公司5家，规模以上工业企业总数达到1200家。",
    "2021年，上市公司32家、规模以上工业企业1200家。",
], ids=["no-flow-word", "flow-word-in-another-clause", "stock-list"])
def test_without_a_flow_word_over_the_list_no_new_count(extract, text):
    assert not {r for r in _recs(extract(text, **REPORT)) if r[0] == "new_above_scale_industrial_enterprises"}


# ---- "国家、省级专精特新企业42家、189家": listed names pair with listed values, 分别 or not ------------------
# A shortened member (国家) borrows the tail of the last name (…级专精特新企业: the national tier, 小巨人).

@pytest.mark.parametrize(("text", "expected"), [
    ("2021年，国家、省级专精特新企业分别达42家、189家。",
     {("little_giant_enterprises", "value", 42.0), ("specialized_sme_provincial", "value", 189.0)}),
    ("2021年，新增国家、省级专精特新企业42家、189家。",
     {("little_giant_enterprises", "value", 42.0), ("specialized_sme_provincial", "value", 189.0)}),
    ("2021年，国家级、省级专精特新企业分别达到17家和96家。",
     {("little_giant_enterprises", "value", 17.0), ("specialized_sme_provincial", "value", 96.0)}),
    ("2021年，城镇、农村居民人均可支配收入6.8万元、3.1万元。",
     {("urban_disposable_income", "value", 68000.0), ("rural_disposable_income", "value", 31000.0)}),
    ("2021年，地区生产总值、一般公共预算收入达到1320亿元和87亿元。",
     {("gdp", "value", 1320.0), ("fiscal_revenue_general", "value", 87.0)}),
], ids=["state-province-respectively", "state-province-no-respectively", "state-level-and", "urban-rural-incomes",
        "gdp-and-revenue"])
def test_listed_names_pair_with_listed_values_in_order(extract, text, expected):
    got = _recs(extract(text, **REPORT))
    assert {g for g in got if g[0] in {e[0] for e in expected}} == expected


# ---- "GDP实现两位数增长，达到10.2%": a number of digits (两位数) in the lead clause is no count, so the
# rate in the next clause is the growth it announces ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2021年，全区GDP实现两位数增长，达到10.2%。", ("gdp", "growth", 10.2)),
    ("2021年，地区生产总值保持两位数增长，增长11.4%。", ("gdp", "growth", 11.4)),
    ("2021年，一般公共预算收入增速实现两位数，达13.1%。", ("fiscal_revenue_general", "growth", 13.1)),
    ("2021年，规上工业增加值连续三年两位数增长，为12%。", ("industrial_value_added", "growth", 12.0)),
    ("2021年，全区进出口总额实现三位数增长，达到105.6%。", ("imports_exports", "growth", 105.6)),
], ids=["gdp-two-digit-reaches", "gdp-keeps-two-digit", "revenue-rate-two-digit", "three-years-two-digit",
        "three-digit"])
def test_a_growth_after_a_lead_clause_naming_its_digits(extract, text, expected):
    got = _recs(extract(text, **REPORT))
    assert {g for g in got if g[0] == expected[0]} == {expected}


# ---- "比重增长40%": a change of a share is not its level -------------------------------------------------
# A catalog share (rd_intensity, high_tech_industry_share) is a level in %; a percent right after a change
# verb (增长, 提高, 提升…, not 提升至) is the share's own change, no catalog figure.

@pytest.mark.parametrize(("text", "level"), [
    ("2021年，研发投入占GDP比重增长40%。", None),
    ("2021年，高新技术产业增加值占比提高5%，达到64.3%。", ("high_tech_industry_share", "value", 64.3)),
    ("2021年，全社会研发投入强度比上年提升8%。", None),
    ("2021年，常住人口城镇化率上升1.1%，达到71.5%。", ("urbanization_rate", "value", 71.5)),
    ("2021年，研发经费支出占地区生产总值比重增加0.4%，为3.9%。", ("rd_intensity", "value", 3.9)),
], ids=["rd-share-grows", "high-tech-share-raised-then-level", "rd-intensity-raised-over-last-year",
        "urbanisation-rises-then-level", "rd-share-increases-then-level"])
def test_a_change_of_a_share_is_not_its_level(extract, text, level):
    shares = {"rd_intensity", "high_tech_industry_share", "urbanization_rate"}
    got = {g for g in _recs(extract(text, **REPORT)) if g[0] in shares}
    assert got == ({level} if level else set())


@pytest.mark.parametrize(("text", "value"), [
    ("2021年，居民消费价格同比上涨1.2%。", 1.2),
    ("2021年，全年居民消费价格比上年增长0.9%。", 0.9),
], ids=["cpi-rises", "cpi-grows-over-last-year"])
def test_a_price_index_change_stays_its_value(extract, text, value):
    assert ("cpi", "value", value) in _recs(extract(text, **REPORT))


# ---- "与2010年相比，…": a base year named before the figures is the start of their change; the figures
# are the document's result year (2015 in a January 2016 report), their growth over several years ------

BASE = dict(region="坪山区", published="2016-01-20", doc_type="work_report")


@pytest.mark.parametrize(("text", "expected"), [
    ("与2010年相比，全区地区生产总值达到287.9亿元，增长80%。",
     {("gdp", "value", 287.9, "year", 2015), ("gdp", "growth", 80.0, "multi-year", 2015)}),
    ("全区地区生产总值与2010年相比，由162.4亿元增加到287.9亿元。", {("gdp", "value", 287.9, "multi-year", 2015)}),
    ("全区一般公共预算收入与2010年相比，增长77%。", {("fiscal_revenue_general", "growth", 77.0, "multi-year", 2015)}),
    ("同2010年相比，全区国家高新技术企业达到450家，增长275%。",
     {("high_tech_enterprises", "value", 450.0, "year", 2015), ("high_tech_enterprises", "growth", 275.0, "multi-year", 2015)}),
    ("全区国家高新技术企业和2010年比较，从120家增加到450家。", {("high_tech_enterprises", "value", 450.0, "multi-year", 2015)}),
    ("与2010年相比，全区地区生产总值由162.4亿元增加到287.9亿元。", {("gdp", "value", 287.9, "multi-year", 2015)}),
], ids=["lead-base-value-then-growth", "name-then-base-clause-change", "name-then-base-clause-growth",
        "lead-base-count-then-growth", "name-then-base-compared-count", "lead-base-change"])
def test_a_base_year_named_in_a_clause_before_is_the_changes_start(extract, text, expected):
    got = {(f.indicator, str(f.measure), float(f.value), f.period, f.year) for f in extract(text, **BASE)}
    assert got == expected


# ---- "一季度，…": a sentence's opening period is inherited only by figures without a time of their own;
# a clause naming this or last year (今年目标…, 去年增长…) is about that whole year, 去年同期 the same quarter --

QUARTER = dict(region="南山区", published="2024-04-22", doc_type="news")


@pytest.mark.parametrize(("text", "quarter", "other"), [
    ("一季度，全区地区生产总值增长5.6%，今年目标增长6%。", 5.6, (6.0, "year", 2024)),
    ("一季度，全区地区生产总值增长5.6%，今年全区地区生产总值力争增长6.5%。", 5.6, (6.5, "year", 2024)),
    ("一季度，全区规上工业增加值增长7%，去年增长5.1%。", 7.0, (5.1, "year", 2023)),
    ("一季度，全区社会消费品零售总额增长6.1%，上年为4.5%。", 6.1, (4.5, "year", 2023)),
    ("一季度，全区地区生产总值增长5.6%，去年同期增长4.1%。", 5.6, (4.1, "Q1", 2023)),
    ("一季度，全区固定资产投资增长3.2%，全年预计增长8%左右。", 3.2, (8.0, "year", 2024)),
], ids=["this-year-goal", "this-year-strives", "last-year-grew", "last-year-was", "last-year-same-period",
        "whole-year-expected"])
def test_an_opening_quarter_is_inherited_only_by_figures_without_their_own_time(extract, text, quarter, other):
    got = {(float(f.value), f.period, f.year) for f in extract(text, **QUARTER)}
    assert got == {(quarter, "Q1", 2024), other}
