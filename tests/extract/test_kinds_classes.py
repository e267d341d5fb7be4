"""Classes of error met on whole documents of unseen kinds (test_document_kinds.py), each as a table
of forms in our own words: a single month as the period, a zone the region table does not know,
a draft budget line without a 预算草案 heading, a growth rate after a completion ratio."""

from __future__ import annotations

import pytest

# ---- a single month is its own period (M3), never the quarter or the year it falls in ---------

MONTH = [
    ("3月份，全市规上工业增加值同比增长9.5%。", "M3"),
    ("3月，规模以上工业增加值增长9.5%。", "M3"),
    ("12月当月，规模以上工业增加值增长9.5%。", "M12"),
    ("十一月份，规模以上工业增加值增长9.5%。", "M11"),
    ("2024年2月，全市规模以上工业增加值增长9.5%。", "M2"),
    ("1—3月，规模以上工业增加值增长9.5%。", "M1-M3"),  # a span of months stays a span
]


@pytest.mark.parametrize(("sentence", "period"), MONTH, ids=[p + ":" + s[:6] for s, p in MONTH])
def test_a_single_month_is_its_own_period(extract, sentence, period):
    figs = extract("一季度湖州市经济运行情况\n" + sentence, region="湖州市", published="2024-04-20",
                   doc_type="statistical_analysis")
    assert [(f.indicator, f.period) for f in figs] == [("industrial_value_added", period)]


@pytest.mark.parametrize(("opening", "period"), [
    ("2024年1—8月湖州市经济运行简况\n", "M8"),   # 当月 of a 1-8月 release is August
    ("上半年湖州市经济运行情况\n", "M6"),
    ("一季度湖州市经济运行情况\n", "M3"),
])
def test_the_current_month_is_the_last_month_of_the_documents_period(extract, opening, period):
    figs = extract(opening + "当月，规模以上工业增加值增长6.1%。", region="湖州市", published="2024-09-20",
                   doc_type="statistical_analysis")
    assert [(f.period, f.year) for f in figs] == [(period, 2024)]


def test_the_current_month_without_a_month_to_take_is_left_out(extract):
    figs = extract("湖州市2023年国民经济和社会发展统计公报\n当月，规模以上工业增加值增长6.1%。全年规模以上工业增加值增长7.5%。",
                   region="湖州市", published="2024-03-20", doc_type="statistical_communique")
    assert [(str(f.value), f.period) for f in figs] == [("7.5", "year")]


@pytest.mark.parametrize("sentence", [
    "截至6月，规模以上工业增加值增长6.1%。",       # a point in time
    "3月末，规模以上工业增加值增长6.1%。",
    "3月份以来，规模以上工业增加值增长6.1%。",     # the start of a span
    "2024年3月政府工作报告：规模以上工业增加值增长6.1%。",  # a date
])
def test_a_month_as_a_date_or_a_point_is_not_a_monthly_period(extract, sentence):
    figs = extract(sentence, region="湖州市", published="2024-07-20", doc_type="statistical_analysis")
    assert all(not (f.period.startswith("M") and "-" not in f.period) for f in figs)


@pytest.mark.parametrize(("code", "zh"), [("M3", "3月"), ("M12", "12月"), ("M1-M4", "1-4月"), ("Q1", "一季度")])
def test_a_flag_names_a_monthly_period_in_chinese(code, zh):
    from src.extract.checks import period_zh
    assert period_zh(code) == zh


# ---- a draft budget line is a target for its year, with or without a 预算草案 heading ---------

BUDGET_LINES = [
    "2025年全市一般公共预算收入安排812亿元，增长4.5%。",
    "2025年全市一般公共预算收入建议安排812亿元，比2024年执行数增长4.5%。",
    "2025年一般公共预算收入拟安排812亿元，增长4.5%。",
    "2025年全市一般公共预算收入预计安排812亿元，增长4.5%。",
    "建议2025年一般公共预算收入安排812亿元，比上年增长4.5%。",
    "2025年建议安排一般公共预算收入812亿元，增长4.5%。",
]


@pytest.mark.parametrize("sentence", BUDGET_LINES, ids=[s[5:16] for s in BUDGET_LINES])
def test_a_draft_budget_line_is_a_target(extract, sentence):
    text = "关于丽水市2024年预算执行情况的报告\n一、2024年预算执行情况\n全市一般公共预算收入完成777亿元，增长3.2%。\n" + sentence
    figs = extract(text, region="丽水市", published="2025-01-15", doc_type="budget_report")
    got = {(str(f.measure), float(f.value), str(f.status), f.year) for f in figs}
    assert got == {("value", 777.0, "actual", 2024), ("growth", 3.2, "actual", 2024),
                   ("value", 812.0, "target", 2025), ("growth", 4.5, "target", 2025)}


@pytest.mark.parametrize("sentence", [
    "全年一般公共预算收入完成777亿元，完成预算安排的101.2%。",
    "围绕年度安排，全年一般公共预算收入完成777亿元。",
])
def test_a_result_beside_a_budget_word_stays_a_result(extract, sentence):
    figs = extract(sentence, region="丽水市", published="2025-01-15", doc_type="budget_report")
    assert [(float(f.value), str(f.status)) for f in figs] == [(777.0, "actual")]


# ---- after a completion ratio (为预算的101.3%), the growth rate is the same indicator's ----------

RATIOS = [
    "全市一般公共预算收入777亿元，为调整预算的101.3%，增长3.2%。",
    "全市一般公共预算收入777亿元，为年初预算的99.6%，比上年增长3.2%。",
    "全市一般公共预算收入完成777亿元，完成年度预算的102%，同口径增长3.2%。",
    "全市一般公共预算收入完成777亿元，为预算安排的100.4%，增长3.2%。",
    "一般公共预算收入777亿元，占调整后预算的101.5%，增长3.2%。",
]


@pytest.mark.parametrize("sentence", RATIOS, ids=[s[s.index("，") + 1 : s.index("%")] for s in RATIOS])
def test_the_growth_after_a_completion_ratio_is_kept(extract, sentence):
    figs = extract(sentence, region="丽水市", published="2025-01-15", doc_type="budget_report")
    assert {(f.indicator, str(f.measure), float(f.value), str(f.status), f.year) for f in figs} == {
        ("fiscal_revenue_general", "value", 777.0, "actual", 2024),
        ("fiscal_revenue_general", "growth", 3.2, "actual", 2024)}


# ---- a zone the region table does not know is its own region, by the name the text gives it ----

ZONES = [
    ("鹿城经济技术开发区一般公共预算收入21.4亿元。", "鹿城经济技术开发区"),
    ("上半年，瑞安高新技术产业开发区一般公共预算收入21.4亿元。", "瑞安高新技术产业开发区"),
    ("其中，瓯海综合保税区一般公共预算收入21.4亿元。", "瓯海综合保税区"),
    ("南麂湾新区一般公共预算收入21.4亿元。", "南麂湾新区"),
    ("数字智造产业园一般公共预算收入21.4亿元。", "数字智造产业园"),
    ("2023年，龙湾经开区一般公共预算收入21.4亿元。", "龙湾经开区"),
]


@pytest.mark.parametrize(("sentence", "zone"), ZONES, ids=[z for _, z in ZONES])
def test_a_zone_named_in_the_text_is_its_own_region(extract, sentence, zone):
    text = "全市一般公共预算收入655.4亿元。" + sentence
    figs = extract(text, region="温州市", published="2024-03-20", doc_type="statistical_communique")
    assert {(float(f.value), f.region) for f in figs} == {(655.4, "温州市"), (21.4, zone)}


@pytest.mark.parametrize("sentence", [
    "全市开发区一般公共预算收入21.4亿元。",     # all zones together: a part of the city, no one zone
    "各开发区一般公共预算收入21.4亿元。",
    "国家级经开区一般公共预算收入21.4亿元。",
])
def test_zones_in_general_are_no_region_and_not_the_citys_total(extract, sentence):
    figs = extract("全市一般公共预算收入655.4亿元。" + sentence, region="温州市", published="2024-03-20",
                   doc_type="statistical_communique")
    assert {(float(f.value), f.region) for f in figs} == {(655.4, "温州市")}


@pytest.mark.parametrize(("text", "zone"), [
    ("加快建设瑞安经开区，", "瑞安经开区"),       # a verb in front: the name starts at the place name
    ("全力支持乐清高新区。", "乐清高新区"),
    ("上半年瓯江口新区。", "瓯江口新区"),        # a period in front is not part of the name
])
def test_a_zones_name_starts_where_its_phrase_does(text, zone):
    from src.extract.regions import find_regions
    assert [r.name for r in find_regions(text, "温州市") if r.name.endswith("区")] == [zone]


def test_a_zone_word_after_a_verb_and_no_place_name_is_no_zone():
    from src.extract.regions import find_regions
    assert [r.name for r in find_regions("全力支持沿海高新区。", "温州市")] == []


# ---- a span since a plan began (十四五以来) runs to the year reported on, not to the plan's end --


@pytest.mark.parametrize("opening", ["“十四五”以来，", "十四五以来，", "“十三五”以来，"])
def test_a_span_since_a_plan_began_ends_in_the_year_reported_on(extract, opening):
    text = f"赣州市2025年政府工作报告\n一、2024年工作回顾\n{opening}全市地区生产总值年均增长5.9%。\n二、2025年主要目标\n地区生产总值增长5%。"
    figs = extract(text, region="赣州市", published="2025-01-20", doc_type="work_report")
    assert {(f.period, f.year, str(f.status)) for f in figs} == {("multi-year", 2024, "actual"), ("year", 2025, "target")}


def test_a_plans_own_span_still_ends_with_the_plan(extract):
    figs = extract("一、“十三五”时期回顾\n“十三五”期间，全市地区生产总值年均增长6.1%。", region="赣州市",
                   published="2021-01-20", doc_type="work_report")
    assert [(f.period, f.year) for f in figs] == [("multi-year", 2020)]


@pytest.mark.parametrize("sentence", [
    "某某集聚区入选全市20大科创集聚区，新增高新技术企业30家。",   # a count of zones
    "全市十大产业园一般公共预算收入21.4亿元。",
    "全市3个开发区一般公共预算收入21.4亿元。",
])
def test_a_count_of_zones_is_no_zone(sentence):
    from src.extract.regions import find_regions
    assert not [r for r in find_regions(sentence, "温州市") if "大" in r.name or r.name[0].isdigit()]


# ---- a heading or sub-heading naming a zone gives the stretch under it to the zone ----------------

@pytest.mark.parametrize("head", ["（一）瓯江口新区", "1.瓯江口新区", "（一）瓯江口新区发展情况", "二、瓯江口新区"])
def test_the_stretch_under_a_zones_heading_is_the_zones(extract, head):
    text = ("温州市2024年国民经济和社会发展统计公报\n一、综合\n全市地区生产总值9718.9亿元。\n"
            f"{head}\n全区实现地区生产总值486.2亿元，增长8.6%；规模以上工业增加值增长10.2%。\n"
            "三、财政\n全市一般公共预算收入702.1亿元。")
    figs = extract(text, region="温州市", published="2025-03-10", doc_type="statistical_communique")
    assert {(f.indicator, float(f.value), f.region) for f in figs} == {
        ("gdp", 9718.9, "温州市"), ("gdp", 486.2, "瓯江口新区"), ("gdp", 8.6, "瓯江口新区"),
        ("industrial_value_added", 10.2, "瓯江口新区"), ("fiscal_revenue_general", 702.1, "温州市")}


# ---- a bare zone word after a zone was named refers back to it ------------------------------------

@pytest.mark.parametrize(("named", "back"), [
    ("瓯江口新区", "新区"),
    ("鹿城经济技术开发区", "经开区"),
    ("鹿城经济技术开发区", "开发区"),
    ("乐清高新技术产业开发区", "高新区"),
])
def test_a_bare_zone_word_refers_back_to_the_zone_named(extract, named, back):
    text = f"前三季度，{named}实现地区生产总值312.6亿元，同比增长7.8%。{back}规上工业增加值增长12.4%。9月当月，{back}规上工业增加值增长15.2%。"
    figs = extract(text, region="温州市", published="2024-10-28", doc_type="news")
    assert {(float(f.value), f.region) for f in figs} == {(312.6, named), (7.8, named), (12.4, named), (15.2, named)}


@pytest.mark.parametrize("sentence", ["全市开发区规上工业增加值增长12.4%。", "各新区规上工业增加值增长12.4%。"])
def test_zones_in_general_do_not_refer_back(extract, sentence):
    text = "前三季度，瓯江口新区实现地区生产总值312.6亿元。" + sentence
    figs = extract(text, region="温州市", published="2024-10-28", doc_type="news")
    assert all(f.region != "瓯江口新区" for f in figs if f.indicator == "industrial_value_added")


def test_a_bare_zone_word_with_no_zone_named_before_is_no_region():
    from src.extract.regions import find_regions
    assert find_regions("新区规上工业增加值增长12.4%。", "温州市") == []


# ---- the year's budget in an execution report is that year's target; 实际完成 is the result -------

@pytest.mark.parametrize(("sentence", "want"), [
    ("全市一般公共预算收入年初预算为300亿元，实际完成312.5亿元，增长4.1%。",
     {(300.0, "target"), (312.5, "actual"), (4.1, "actual")}),
    ("全市一般公共预算收入调整预算305亿元，实际完成312.5亿元。", {(305.0, "target"), (312.5, "actual")}),
    ("全市一般公共预算收入实际完成312.5亿元，为调整预算的100.8%，增长4.1%。", {(312.5, "actual"), (4.1, "actual")}),
    ("全市一般公共预算收入实际实现312.5亿元，增长4.1%。", {(312.5, "actual"), (4.1, "actual")}),
])
def test_a_budget_beside_its_result_in_an_execution_report(extract, sentence, want):
    figs = extract("一、2024年预算执行情况\n" + sentence, region="丽水市", published="2025-01-15", doc_type="budget_report")
    assert {(float(f.value), str(f.status)) for f in figs} == want
    assert {f.year for f in figs} == {2024}


# ---- a sentence opening with another region as its subject goes on about it ----------------------

@pytest.mark.parametrize(("sentence", "region"), [
    ("前三季度，瓯江口新区规上工业增加值增长12.4%，固定资产投资增长9.1%。", "瓯江口新区"),
    ("同期，台州市规上工业增加值增长7.3%，固定资产投资增长2.2%。", "台州市"),
    ("浙江省规上工业增加值增长7.3%，固定资产投资下降2.2%，社会消费品零售总额增长5%。", "浙江省"),
])
def test_later_clauses_keep_the_sentences_subject(extract, sentence, region):
    figs = extract(sentence, region="温州市", published="2024-10-28", doc_type="news")
    assert len(figs) >= 2 and {f.region for f in figs} == {region}


@pytest.mark.parametrize("sentence", [
    "台州市规上工业增加值增长7.3%，我市固定资产投资增长2.2%。",   # the clause names its own region
    "增速高于台州市，固定资产投资增长2.2%。",                    # a comparison, not a subject
    "温州市规上工业增加值增长7.3%，固定资产投资增长2.2%。",      # the document's own region
])
def test_a_clause_with_its_own_region_or_no_subject_is_not_carried(extract, sentence):
    figs = extract(sentence, region="温州市", published="2024-10-28", doc_type="news")
    assert [f.region for f in figs if f.indicator == "fixed_asset_investment"] == ["温州市"]


# ---- a baseline year in a lead clause (与2010年相比，…) frames the growth after it ----------------

SINCE_FRAME = [
    ("与2010年相比，2015年全区地区生产总值增长85%。", "2016-01-20", [("gdp", 85, "multi-year", 2015)]),
    ("同2015年相比，全区一般公共预算收入、税收收入分别增长62.3%、58.1%。", "2021-01-20",
     [("fiscal_revenue_general", 62.3, "multi-year", 2020), ("tax_revenue", 58.1, "multi-year", 2020)]),
    ("和2012年相比，全区社会消费品零售总额增长1.2倍。", "2018-02-01", [("retail_sales", 120, "multi-year", 2017)]),
    ("跟2010年比较，全区固定资产投资增长56%。", "2016-01-20", [("fixed_asset_investment", 56, "multi-year", 2015)]),
    # a baseline one year back is the ordinary yearly growth
    ("与上年相比，全区地区生产总值增长6.5%。", "2021-01-20", [("gdp", 6.5, "year", 2020)]),
    ("与2019年相比，2020年全区地区生产总值增长3.1%。", "2021-01-20", [("gdp", 3.1, "year", 2020)]),
    # a lead clause with a figure of its own frames nothing after it
    ("2010年全区地区生产总值为300亿元，2015年全区地区生产总值增长8.5%。", "2016-01-20",
     [("gdp", 300, "year", 2010), ("gdp", 8.5, "year", 2015)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SINCE_FRAME, ids=[s[:10] for s, _, _ in SINCE_FRAME])
def test_a_baseline_year_in_a_lead_clause_frames_the_growth(extract, sentence, published, expected):
    figs = extract(sentence, region="坪山区", published=published, doc_type="work_report")
    got = [(f.indicator, float(f.value), f.period, f.year) for f in figs]
    assert got == [(i, float(v), p, y) for i, v, p, y in expected]


# ---- official names that are ordinary words (城区, 郊区, 东区) are regions only on the document's line

COMMON_WORD_NAMES = [
    ("赣州市", "城区常住人口达到52.3万人。", []),  # the city's urban area: a part, not a region
    ("赣州市", "全市常住人口520万人，其中城区常住人口210万人。", [("resident_population", 520, "赣州市")]),
    ("赣州市", "郊区农村居民人均可支配收入增长6.5%。", []),
    ("赣州市", "东区地区生产总值500亿元。", []),
    ("阳泉市", "城区地区生产总值增长6.5%。", [("gdp", 6.5, "城区")]),  # 阳泉市's own 城区
    ("山西省", "阳泉市城区地区生产总值增长6.5%。", [("gdp", 6.5, "城区")]),
    ("攀枝花市", "东区地区生产总值500亿元。", [("gdp", 500, "东区")]),
    ("城区", "全区地区生产总值增长6.5%。", [("gdp", 6.5, "城区")]),
]


@pytest.mark.parametrize(("region", "sentence", "expected"), COMMON_WORD_NAMES,
                         ids=[f"{r}:{s[:8]}" for r, s, _ in COMMON_WORD_NAMES])
def test_a_name_that_is_an_ordinary_word_is_a_region_only_on_the_documents_line(extract, region, sentence, expected):
    figs = extract(sentence, region=region, published="2021-01-20", doc_type="statistical_communique")
    assert [(f.indicator, float(f.value), f.region) for f in figs] == [(i, float(v), r) for i, v, r in expected]


# ---- R&D intensity written as a share of GDP (研发投入占GDP比重), in the words reports use -------------

RD_SHARE = [
    ("全社会研发投入占GDP比重达3.2%。", 3.2),
    ("研发投入占地区生产总值比重为2.9%。", 2.9),
    ("全社会研发支出占生产总值的比重达到4.1%。", 4.1),
    ("全社会研发投入首次超过300亿元，占GDP比重达3.6%。", 3.6),     # the share after its amount
    ("全社会研发投入增长15%，占地区生产总值比重提升至5.2%。", 5.2),  # the share after a growth rate
    ("R&D经费投入强度达2.7%。", 2.7),
]


@pytest.mark.parametrize(("sentence", "value"), RD_SHARE, ids=[s[:10] for s, _ in RD_SHARE])
def test_rd_intensity_as_a_share_of_gdp(extract, sentence, value):
    figs = extract("2023年，" + sentence, region="湖州市", published="2024-03-01", doc_type="statistical_communique")
    assert [(f.indicator, float(f.value)) for f in figs if f.indicator in ("rd_intensity", "gdp")] == [
        ("rd_intensity", value)]


@pytest.mark.parametrize("sentence", ["企业研发投入占全社会研发投入比重达95%。", "基础研究投入占全社会研发投入比重为6.5%。"])
def test_a_share_of_rd_spending_is_not_rd_intensity(extract, sentence):
    figs = extract("2023年，" + sentence, region="湖州市", published="2024-03-01", doc_type="statistical_communique")
    assert [f for f in figs if f.indicator == "rd_intensity"] == []


# ---- a clause that only ranks the figure before it, even with a name of its own, keeps the chain -----

RANKED = [
    ("全市地区生产总值2770亿元，经济总量位居全省第二，增长7.1%。", "gdp"),
    ("全市地区生产总值2770亿元，经济总量跃居全国城市第十二位，增长7.1%。", "gdp"),
    ("全市一般公共预算收入320亿元，总量居大中城市第八位，增长7.1%。", "fiscal_revenue_general"),
    ("全市社会消费品零售总额520亿元，总额稳居全省首位，增长7.1%。", "retail_sales"),
]


@pytest.mark.parametrize(("sentence", "ind"), RANKED, ids=[s[:12] for s, _ in RANKED])
def test_a_ranking_clause_with_its_own_name_keeps_the_chain(extract, sentence, ind):
    figs = extract("2023年，" + sentence, region="湖州市", published="2024-03-01", doc_type="statistical_communique")
    assert {(f.indicator, f.measure.value, float(f.value)) for f in figs} >= {(ind, "growth", 7.1)}
    assert [f for f in figs if f.measure.value == "growth" and f.indicator != ind] == []


# ---- recognised enterprises under the longer names reports give them (…企业, …示范企业) -----------------

ENTERPRISE_NAMES = [
    ("新增国家级制造业单项冠军企业7家。", "single_champion_enterprises", 7),
    ("单项冠军示范企业达3家。", "single_champion_enterprises", 3),
    ("新认定省级专精特新企业85家。", "specialized_sme_provincial", 85),
    ("省级“专精特新”企业总数40家。", "specialized_sme_provincial", 40),
    ("新增省级隐形冠军企业6家。", "hidden_champion_enterprises", 6),
    ("国家级高新企业达500家以上。", "high_tech_enterprises", 500),
]


@pytest.mark.parametrize(("sentence", "ind", "value"), ENTERPRISE_NAMES, ids=[s[:10] for s, *_ in ENTERPRISE_NAMES])
def test_recognised_enterprises_under_longer_names(extract, sentence, ind, value):
    figs = extract("2023年，" + sentence, region="湖州市", published="2024-03-01", doc_type="statistical_communique")
    assert [(f.indicator, f.measure.value, float(f.value)) for f in figs] == [(ind, "value", value)]


@pytest.mark.parametrize("sentence", ["引进和培育产值10亿元以上高新技术企业5家。", "新增营收超亿元的高新技术企业12家。",
                                      "培育年销售收入5000万元以上专精特新“小巨人”企业3家。"])
def test_enterprises_above_a_money_threshold_are_a_part(extract, sentence):
    figs = extract("2023年，" + sentence, region="湖州市", published="2024-03-01", doc_type="statistical_communique")
    assert figs == []


# ---- a share of the whole the figure belongs to (占全市10.2%) keeps the chain and names no region -------

SHARE_OF_WHOLE = [
    ("全区一般公共预算收入80亿元，占全市10.2%，增长6%。", "fiscal_revenue_general"),
    ("全区地区生产总值2000亿元，占全市的比重为8.1%，增长6%。", "gdp"),
    ("全区社会消费品零售总额300亿元，占全市比重达12.5%，增长6%。", "retail_sales"),
    ("全区固定资产投资420亿元，占全省总量的3.2%，增长6%。", "fixed_asset_investment"),
]


@pytest.mark.parametrize(("sentence", "ind"), SHARE_OF_WHOLE, ids=[s[:10] for s, _ in SHARE_OF_WHOLE])
def test_a_share_of_the_whole_keeps_the_chain(extract, sentence, ind):
    figs = extract("2020年，" + sentence, region="宝安区", published="2021-01-20", doc_type="work_report")
    assert {(f.indicator, f.measure.value, float(f.value), f.region) for f in figs if f.measure.value == "growth"} == {
        (ind, "growth", 6.0, "宝安区")}


def test_a_share_of_the_citys_total_names_no_region_for_what_follows(extract):
    figs = extract("2020年，新增入库“四上”企业1649家、占全市28.1%，其中新增规上工业企业913家。",
                   region="宝安区", published="2021-01-20", doc_type="work_report")
    assert [(f.indicator, f.region) for f in figs] == [("new_above_scale_industrial_enterprises", "宝安区")]
