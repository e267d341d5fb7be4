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


# ---- a flattened table's header whose words a PDF spread letter by letter (指  标, 单  位) ------------

SPREAD_HEADERS = [
    "指  标 单位 总量 比上年增长（%）",
    "项  目 单  位 绝对数 增长（%）",
    "指 标 名 称 计量单位 2023年 比上年增长%",
    "指标 单 位 数值 增速（%）",
]


@pytest.mark.parametrize("header", SPREAD_HEADERS, ids=[h.split()[0] + h.split()[1] for h in SPREAD_HEADERS])
def test_a_spread_header_gives_the_columns(extract, header):
    text = f"表1 2023年主要经济指标\n{header}\n地区生产总值 亿元 801.2 6.8\n一般公共预算收入 亿元 52.3 11.2\n"
    figs = extract(text, region="天水市", published="2024-04-10", doc_type="statistical_communique")
    assert {(f.indicator, str(f.measure), float(f.value)) for f in figs} == {
        ("gdp", "value", 801.2), ("gdp", "growth", 6.8),
        ("fiscal_revenue_general", "value", 52.3), ("fiscal_revenue_general", "growth", 11.2)}


def test_spread_letters_that_spell_no_header_word_give_no_columns(extract):
    text = "表1 2023年主要经济指标\n甲 乙 丙 丁\n地区生产总值 亿元 801.2 6.8\n"
    assert extract(text, region="天水市", published="2024-04-10", doc_type="statistical_communique") == []


# ---- the rows after a 其中 part row are parts of the same whole (其中：第一产业 / 第二产业 / 第三产业) -----

@pytest.mark.parametrize("sep", ["\t", " "], ids=["tabs", "spaces"])
def test_the_rows_after_a_part_row_are_parts_of_the_same_whole(extract, sep):
    rows = [["指标", "单位", "总量", "比上年增长(%)"], ["地区生产总值", "亿元", "801.2", "6.8"],
            ["其中：第一产业", "亿元", "148.3", "5.9"], ["第二产业", "亿元", "186.7", "7.1"],
            ["第三产业", "亿元", "466.2", "6.8"], ["规模以上工业增加值", "亿元", "—", "8.2"]]
    text = "2023年主要经济指标\n" + "".join(sep.join(r) + "\n" for r in rows)
    figs = extract(text, region="天水市", published="2024-04-10", doc_type="statistical_communique")
    assert {(f.indicator, float(f.value)) for f in figs} == {
        ("gdp", 801.2), ("gdp", 6.8), ("primary_industry_value_added", 148.3), ("primary_industry_value_added", 5.9),
        ("secondary_industry_value_added", 186.7), ("secondary_industry_value_added", 7.1),
        ("tertiary_industry_value_added", 466.2), ("tertiary_industry_value_added", 6.8),
        ("industrial_value_added", 8.2)}


# ---- N年累计 / N年新增 / N年增长 is a multi-year figure, whatever N (not only 五年) ------------------------

SPANS = [
    ("三年累计完成固定资产投资4500亿元。", ("fixed_asset_investment", "value", 4500)),
    ("两年累计完成固定资产投资2800亿元。", ("fixed_asset_investment", "value", 2800)),
    ("三年新增城镇就业36万人。", ("new_urban_jobs", "value", 360000)),
    ("五年新增城镇就业58万人。", ("new_urban_jobs", "value", 580000)),
    ("两年新增规上工业企业35家。", ("new_above_scale_industrial_enterprises", "value", 35)),
    ("全市地区生产总值三年增长21%。", ("gdp", "growth", 21)),
]


@pytest.mark.parametrize(("sentence", "want"), SPANS, ids=[s[:6] for s, _ in SPANS])
def test_a_span_of_n_years_is_multi_year(extract, sentence, want):
    text = f"哈尔滨市2019年政府工作报告\n一、2018年工作回顾\n{sentence}"
    figs = extract(text, region="哈尔滨市", published="2019-01-22", doc_type="work_report")
    assert [(f.indicator, str(f.measure), float(f.value), f.period, f.year) for f in figs] == [
        (*want[:2], float(want[2]), "multi-year", 2018)]


# ---- R&D intensity with the bracketed abbreviation inside its official name ---------------------------

@pytest.mark.parametrize("sentence", ["全年研究与试验发展（R&D）经费投入强度1.02%。", "全年研究与试验发展(R&D)经费投入强度为1.02%。",
                                      "研究与试验发展（R&D）经费支出占地区生产总值比重为1.02%。"])
def test_rd_intensity_with_its_bracketed_abbreviation(extract, sentence):
    figs = extract(sentence, region="天水市", published="2024-04-10", doc_type="statistical_communique")
    assert [(f.indicator, float(f.value)) for f in figs] == [("rd_intensity", 1.02)]


# ---- a 片区 (临港新片区, a free-trade zone's 片区) named in the text is a zone of its own -------------------

@pytest.mark.parametrize("zone", ["临港新片区", "厦门片区", "前海蛇口片区", "南沙新片区"])
def test_a_named_pianqu_is_its_own_zone(extract, zone):
    figs = extract(f"2023年，全市地区生产总值8000.5亿元。{zone}规模以上工业总产值3030.2亿元，增长20.5%。",
                   region="厦门市", published="2024-03-01", doc_type="statistical_communique")
    assert {(float(f.value), f.region) for f in figs} == {(8000.5, "厦门市"), (3030.2, zone), (20.5, zone)}


@pytest.mark.parametrize("sentence", ["全市各片区规模以上工业总产值增长8.1%。", "重点片区规模以上工业总产值增长8.1%。"])
def test_pianqu_in_general_are_no_zone(extract, sentence):
    figs = extract("2023年，" + sentence, region="厦门市", published="2024-03-01", doc_type="statistical_communique")
    assert [f.region for f in figs if f.region != "厦门市"] == []


# ---- a table column headed by its period (1—10月, 一季度, 上半年) holds the values of that period ---------

@pytest.mark.parametrize("period_head", ["1—10月", "1-10月", "10月", "一季度", "上半年", "前三季度"])
def test_a_column_headed_by_its_period_holds_values(extract, period_head):
    text = (f"2023年1—10月西宁市主要经济指标\n指标\t单位\t{period_head}\t同比增长(%)\n"
            "社会消费品零售总额\t亿元\t503.4\t6.3\n一般公共预算收入\t亿元\t70.2\t12.5\n")
    figs = extract(text, region="西宁市", published="2023-11-20", doc_type="statistical_analysis")
    assert {(f.indicator, str(f.measure), float(f.value)) for f in figs} == {
        ("retail_sales", "value", 503.4), ("retail_sales", "growth", 6.3),
        ("fiscal_revenue_general", "value", 70.2), ("fiscal_revenue_general", "growth", 12.5)}


def test_a_growth_over_last_month_column_stays_growth(extract):
    text = "2023年10月西宁市主要经济指标\n指标\t单位\t比上月增长(%)\n社会消费品零售总额\t亿元\t1.2\n"
    figs = extract(text, region="西宁市", published="2023-11-20", doc_type="statistical_analysis")
    assert [(str(f.measure), float(f.value)) for f in figs] == [("growth", 1.2)]


# ---- after 加上上级补助收入… the sentence totals the budget's resources: no revenue indicator ---------------

SUMS = [
    ("全市地方一般公共预算收入完成133.6亿元，加上上级补助收入、债务转贷收入等，全市一般公共预算总收入412.7亿元。", {133.6}),
    ("加上上级补助收入，一般公共预算总收入412.7亿元。", set()),
    ("全区一般公共预算收入52.1亿元，加上转移支付收入和上年结转，财政总收入为188.4亿元。", {52.1}),
    ("加上税收返还和调入资金，全市财政总收入412.7亿元。", set()),
    # a later clause of the sentence is not the sum
    ("加上转移支付和上年结转，全市收入总计412.7亿元，其中一般公共预算收入133.6亿元。", {133.6}),
    ("全市财政总收入完成250.1亿元，增长6.2%。", {250.1, 6.2}),
]


@pytest.mark.parametrize(("sentence", "values"), SUMS, ids=[s[:8] for s, _ in SUMS])
def test_a_sum_with_other_funds_is_no_revenue_figure(extract, sentence, values):
    figs = extract("一、2023年预算执行情况\n" + sentence, region="三亚市", published="2024-01-25", doc_type="budget_report")
    assert {float(f.value) for f in figs if f.indicator.startswith("fiscal_revenue")} == values
