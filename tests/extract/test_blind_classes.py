"""Classes of error found by blind documents (test_document_kinds.py, blind set 3: keys written before
the extractor ran), each as a table of forms in our own words: a zone's name under a heading glued to
it, a zone or district under a budget level's sub-heading, a year dating one value inside a five-year
review, the customs' 货物贸易 names of the trade totals."""

from __future__ import annotations

import pytest

# ---- a zone's name starts on its own line: a heading glued to it (no stop mark) is no part of it ---

HEADED_ZONES = [
    ("（三）开发区预算执行情况", "鹿城经济技术开发区"),
    ("3.园区情况", "瑞安高新技术产业开发区"),
    ("二、2024年预算执行情况", "南麂湾新区"),
    ("（二）重点园区运行", "数字智造产业园"),
    ("开发区建设", "龙湾经开区"),
]


@pytest.mark.parametrize(("head", "zone"), HEADED_ZONES, ids=[h for h, _ in HEADED_ZONES])
def test_a_zone_under_a_heading_keeps_its_own_name(extract, head, zone):
    figs = extract(f"{head}\n{zone}一般公共预算收入21.4亿元，增长6.2%。", region="温州市", published="2025-01-15",
                   doc_type="budget_report")
    assert {(float(f.value), f.region) for f in figs} == {(21.4, zone), (6.2, zone)}


def test_a_zones_name_does_not_run_back_across_a_line_break():
    from src.extract.regions import find_regions
    norm = "园区情况瑞安高新区"  # "园区情况\n瑞安高新区" normalised: the line break follows index 3
    assert [r.name for r in find_regions(norm, "温州市", line_ends=(3,))] == ["瑞安高新区"]


# ---- under a 市本级 sub-heading, a figure naming a zone or district of its own is that region's -----

LEVEL_HEADED = [
    ("（二）市本级及开发区预算执行情况\n市本级一般公共预算收入75.1亿元，增长3.3%。鹿城经济技术开发区一般公共预算收入19.4亿元，增长6.7%。",
     {(19.4, "鹿城经济技术开发区"), (6.7, "鹿城经济技术开发区")}),
    ("一、2024年预算执行情况\n瓯江口新区一般公共预算收入18.2亿元。\n（二）市本级及新区预算执行情况\n"
     "市本级一般公共预算收入75.1亿元。新区一般公共预算收入19.4亿元，增长6.7%。",
     {(18.2, "瓯江口新区"), (19.4, "瓯江口新区"), (6.7, "瓯江口新区")}),  # the bare 新区 refers back
    ("（三）区级预算执行情况\n区级一般公共预算收入合计80.2亿元。鹿城区一般公共预算收入32.1亿元，增长4.4%。",
     {(32.1, "鹿城区"), (4.4, "鹿城区")}),
    # the level's own figures stay out; the whole city named there is the city
    ("（二）市本级预算执行情况\n市本级一般公共预算收入75.1亿元，增长3.3%。全市一般公共预算收入655.4亿元。", {(655.4, "温州市")}),
    ("（二）市本级预算执行情况\n本级一般公共预算收入75.1亿元，增长3.3%，其中税收收入50亿元。", set()),
]


@pytest.mark.parametrize(("text", "want"), LEVEL_HEADED, ids=["zone", "zone_referred_back", "district", "whole", "level"])
def test_a_region_named_under_a_budget_levels_heading_is_that_regions(extract, text, want):
    figs = extract(text, region="温州市", published="2025-01-15", doc_type="budget_report")
    assert {(float(f.value), f.region) for f in figs if f.indicator == "fiscal_revenue_general"} == want


# ---- in a five-year review, a year dating one value (由2015年的398万人…) is not the sentence's year --

REVIEW_DATED = [
    ("全市地区生产总值从2015年的3385亿元增加到2020年的4261亿元，年均增长5.8%；一般公共预算收入累计完成1180.4亿元。",
     [("gdp", 4261, "year"), ("gdp", 5.8, "multi-year"), ("fiscal_revenue_general", 1180.4, "multi-year")]),
    ("全市常住人口由2015年的398万人增加到2020年的401万人；累计完成固定资产投资1.5万亿元。",
     [("resident_population", 401, "year"), ("fixed_asset_investment", 15000, "multi-year")]),
    ("全市社会消费品零售总额从2015年的1100亿元增至2020年的1380亿元，城镇新增就业累计达到28.6万人。",
     [("retail_sales", 1380, "year"), ("new_urban_jobs", 286000, "multi-year")]),
    ("全市地区生产总值由2015年的3385亿元提高到2020年的4261亿元。规模以上工业增加值增长56%。",
     [("gdp", 4261, "year"), ("industrial_value_added", 56, "multi-year")]),
    # a year setting its sentence's time still ends the review there
    ("2020年，全市一般公共预算收入完成300亿元，固定资产投资增长4.1%。",
     [("fiscal_revenue_general", 300, "year"), ("fixed_asset_investment", 4.1, "year")]),
    ("全市一般公共预算收入2020年完成300亿元，固定资产投资增长4.1%。",
     [("fiscal_revenue_general", 300, "year"), ("fixed_asset_investment", 4.1, "year")]),
]


@pytest.mark.parametrize(("sentence", "want"), REVIEW_DATED, ids=[s[2:10] + "…" + s[-10:-1] for s, _ in REVIEW_DATED])
def test_a_year_dating_one_value_keeps_the_review_going(extract, sentence, want):
    text = "一、“十三五”时期发展回顾\n五年来，我们攻坚克难，综合实力显著增强。" + sentence
    figs = extract(text, region="宜昌市", published="2021-01-20", doc_type="work_report")
    assert [(f.indicator, float(f.value), f.period) for f in figs] == [(i, float(v), p) for i, v, p in want]
    assert {f.year for f in figs} == {2020}


# ---- 货物贸易… is the customs' name of the goods-trade totals, not a breakdown ----------------------

GOODS_TRADE = [
    ("全市货物贸易进出口总额4787.3亿元，增长9.6%。", "imports_exports"),
    ("全市货物贸易进出口4787.3亿元，增长9.6%。", "imports_exports"),
    ("全市货物贸易进出口总值4787.3亿元，增长9.6%。", "imports_exports"),
    ("全市货物贸易进出口额4787.3亿元，增长9.6%。", "imports_exports"),
    ("全市货物贸易出口总额4787.3亿元，增长9.6%。", "exports"),
    ("全市货物贸易进口总值4787.3亿元，增长9.6%。", "imports"),
]


@pytest.mark.parametrize(("sentence", "indicator"), GOODS_TRADE, ids=[s[2:s.index("4")] for s, _ in GOODS_TRADE])
def test_goods_trade_names_are_the_totals(extract, sentence, indicator):
    figs = extract(sentence, region="大连市", published="2023-01-30", doc_type="news")
    assert {(f.indicator, float(f.value)) for f in figs} == {(indicator, 4787.3), (indicator, 9.6)}


@pytest.mark.parametrize("sentence", ["全市服务贸易进出口287.3亿元，增长9.6%。", "全市一般贸易进出口287.3亿元，增长9.6%。",
                                      "全市加工贸易出口287.3亿元，增长9.6%。"])
def test_other_trade_is_not_the_goods_trade_total(extract, sentence):
    figs = extract(sentence, region="大连市", published="2023-01-30", doc_type="news")
    assert not [f for f in figs if f.indicator in ("imports_exports", "exports")]
