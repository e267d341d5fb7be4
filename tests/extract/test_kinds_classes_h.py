"""Classes of error met on blind batch H (a 2013 county communiqué, a 2013 plan execution report, a
2012 决算 report with the next half-year, a 2025 half-year analysis naming counties, a district news
piece beside its city and province, a 新区's and a town's and a 街道's summaries, an autonomous
prefecture's work report, a 前三季度 release with 全国/全区, a 2011 report closing 十一五, a 2009
communiqué in 万元), each as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, T, V, G = "actual", "target", "value", "growth"

# ---- other names of catalog indicators: Hebei's 全部财政收入, 大口径财政收入, pastoral areas' 农牧民人均纯收入,
# the output of 规模以上工业企业, 城乡居民收入 split by 分别 -----------------------------------------------

COMM = dict(region="正定县", published="2014-03-20", doc_type="statistical_communique")
HEAD = "正定县2013年国民经济和社会发展统计公报\n"
NAMES = [
    ("全年全部财政收入31.25亿元，比上年增长12.6%。", "fiscal_revenue_total", 31.25, 12.6),
    ("全县大口径财政收入完成31.25亿元，增长12.6%。", "fiscal_revenue_total", 31.25, 12.6),
    ("大口径财政总收入31.25亿元，增长12.6%。", "fiscal_revenue_total", 31.25, 12.6),
    ("全年农牧民人均纯收入7215元，比上年增长12.6%。", "rural_disposable_income", 7215, 12.6),
    ("农村牧区常住居民人均可支配收入17215元，增长12.6%。", "rural_disposable_income", 17215, 12.6),
    ("农牧民人均可支配收入17215元，增长12.6%。", "rural_disposable_income", 17215, 12.6),
    ("规模以上工业企业实现工业总产值512.4亿元，增长12.6%。", "industrial_output", 512.4, 12.6),
    ("全县规上工业企业完成工业总产值512.4亿元，增长12.6%。", "industrial_output", 512.4, 12.6),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), NAMES, ids=[t[:10] for t, *_ in NAMES])
def test_an_other_name_of_a_catalog_indicator_is_read(extract, text, ind, value, growth):
    assert _got(extract(HEAD + text, **COMM)) == {(ind, V, value, A, 2013, "year", "正定县"),
                                                  (ind, G, growth, A, 2013, "year", "正定县")}


REPORT = dict(region="延边朝鲜族自治州", published="2014-01-08", doc_type="work_report")
RHEAD = "政府工作报告\n一、2013年工作回顾\n"
URBAN_RURAL = [
    "五年来，城乡居民收入年均分别增长12.1%和13.4%。",
    "城乡居民人均收入分别增长12.1%、13.4%。",
    "城镇居民收入和农村居民收入分别增长12.1%、13.4%。",
]


@pytest.mark.parametrize("text", URBAN_RURAL, ids=[t[:8] for t in URBAN_RURAL])
def test_urban_and_rural_incomes_split_by_a_list(extract, text):
    got = {(f.indicator, float(f.value)) for f in extract(RHEAD + text, **REPORT)}
    assert got == {("urban_disposable_income", 12.1), ("rural_disposable_income", 13.4)}


# ---- a title giving its period to a later year than its first (2012年财政决算和2013年上半年…): the first
# year's figures are a whole year's --------------------------------------------------------------

FINAL = dict(region="牡丹江市", published="2013-08-20", doc_type="budget_report",
             title="关于牡丹江市2012年财政决算和2013年上半年预算执行情况的报告")
FINAL_HEAD = "关于牡丹江市2012年财政决算和2013年上半年预算执行情况的报告\n一、2012年财政决算情况\n"
WHOLE_YEAR = [
    ("全市公共财政预算收入完成61.2亿元，增长14.1%。", "牡丹江市"),
    ("（一）公共财政预算\n全市公共财政预算收入完成61.2亿元，增长14.1%。", "牡丹江市"),
    ("分县（市）看，海林市公共财政预算收入完成61.2亿元，增长14.1%。", "海林市"),
    ("全市税收收入40.3亿元；全市公共财政预算收入完成61.2亿元，增长14.1%。", "牡丹江市"),
]


@pytest.mark.parametrize(("text", "region"), WHOLE_YEAR, ids=[t[:8] for t, _ in WHOLE_YEAR])
def test_the_first_years_figures_are_a_whole_years(extract, text, region):
    got = {x for x in _got(extract(FINAL_HEAD + text, **FINAL)) if x[0] == "fiscal_revenue_general"}
    assert got == {
        ("fiscal_revenue_general", V, 61.2, A, 2012, "year", region),
        ("fiscal_revenue_general", G, 14.1, A, 2012, "year", region)}


def test_the_later_years_part_keeps_the_titles_period(extract):
    text = "二、2013年上半年预算执行情况\n全市公共财政预算收入完成33.1亿元，同比增长9.8%。"
    assert _got(extract(FINAL_HEAD + text, **FINAL)) == {
        ("fiscal_revenue_general", V, 33.1, A, 2013, "H1", "牡丹江市"),
        ("fiscal_revenue_general", G, 9.8, A, 2013, "H1", "牡丹江市")}


# ---- a 决算 line (决算数为…) is the year's result; a budget (预算为…) and the rate right after it are a target ----

BUDGET = [
    ("全市公共财政预算收入决算数为58.3亿元，为调整预算的101.2%，比上年增长15.1%。", A, 2012),
    ("全市公共财政预算收入决算为58.3亿元，比上年增长15.1%。", A, 2012),
    ("2013年全市公共财政预算收入预算为58.3亿元，增长15.1%。", T, 2013),
    ("2013年全市公共财政预算收入预算安排为58.3亿元，同比增长15.1%。", T, 2013),
    ("2013年全市公共财政预算收入调整预算为58.3亿元，比上年增长15.1%。", T, 2013),
]


@pytest.mark.parametrize(("text", "status", "year"), BUDGET, ids=[t[4:16] for t, *_ in BUDGET])
def test_a_final_account_is_a_result_and_a_budget_with_its_rate_a_target(extract, text, status, year):
    got = {(f.measure.value, float(f.value), str(f.status), f.year) for f in extract(FINAL_HEAD + text, **FINAL)}
    assert got == {(V, 58.3, status, year), (G, 15.1, status, year)}


def test_a_result_after_the_budget_keeps_its_rate_a_result(extract):
    text = "2013年全市公共财政预算收入年初预算为57亿元，实际完成58.3亿元，增长15.1%。"
    got = {(f.measure.value, float(f.value), str(f.status)) for f in extract(FINAL_HEAD + text, **FINAL)}
    assert got == {(V, 57.0, T), (V, 58.3, A), (G, 15.1, A)}


# ---- regions listed before 分别 whose names start with a separator's character (和龙市, 和平区, 和县) ----

LISTED = [
    ("延边朝鲜族自治州", "龙井市、和龙市、图们市地区生产总值分别增长8.1%、8.4%和7.7%。", ["龙井市", "和龙市", "图们市"]),
    ("延边朝鲜族自治州", "和龙市、龙井市地区生产总值分别增长8.1%和8.4%。", ["和龙市", "龙井市"]),
    ("沈阳市", "和平区、沈河区地区生产总值分别增长8.1%、8.4%。", ["和平区", "沈河区"]),
    ("马鞍山市", "当涂县、和县地区生产总值分别增长8.1%和8.4%。", ["当涂县", "和县"]),
]


@pytest.mark.parametrize(("city", "text", "regions"), LISTED, ids=[t[:6] for _, t, _ in LISTED])
def test_regions_listed_before_fenbie_pair_with_their_rates(extract, city, text, regions):
    figs = extract(f"{city}经济运行情况\n2023年，{text}", region=city, published="2024-02-01", doc_type="news")
    got = [(f.region, float(f.value)) for f in sorted(figs, key=lambda f: f.start)]
    assert got == list(zip(regions, [8.1, 8.4, 7.7][: len(regions)], strict=True))


# ---- a 新区's (开发区's) own document: 新区 opening a phrase is the document's zone ---------------------

ZONE = dict(region="兰州新区", published="2014-01-10", doc_type="work_summary")
ZONE_TEXT = ("兰州新区管委会2013年工作总结\n一、2013年工作完成情况\n" + "（一）产业项目加快集聚。全年新签约项目126个，"
             "石化产业园、装备制造产业园等园区基础设施建设全面铺开，中川机场至新区快速通道建成通车，"
             "职教园区、综合保税区建设有序推进，各项工作取得明显成效，为下一步发展打下了坚实基础。" * 2 + "\n")
ZONE_FORMS = [
    ("年末新区常住人口达到15.8万人。", ("resident_population", V, 15.8)),
    ("新区城镇新增就业7120人。", ("new_urban_jobs", V, 7120)),
    ("全年新区完成固定资产投资412.6亿元。", ("fixed_asset_investment", V, 412.6)),
]


@pytest.mark.parametrize(("text", "exp"), ZONE_FORMS, ids=[t[:6] for t, _ in ZONE_FORMS])
def test_xinqu_in_the_zones_own_document_is_the_zone(extract, text, exp):
    got = {(f.indicator, f.measure.value, float(f.value), f.region) for f in extract(ZONE_TEXT + text, **ZONE)}
    assert got == {(*exp, "兰州新区")}


# ---- 当年 is the year the text is about, not the publication's ------------------------------------------

NEWS = dict(region="裕华区", published="2015-01-29", doc_type="news")
THAT_YEAR = [
    ("裕华区2014年经济运行稳中有进\n2014年，全区高新技术企业达到71家，当年新增13家。", 2014),
    ("裕华区经济运行稳中有进\n2014年，全区经济稳中有进，高新技术企业达到71家，当年新增13家。", 2014),
    ("裕华区经济\n2013年全区高新技术企业达到71家，当年新增13家。", 2013),
]


@pytest.mark.parametrize(("text", "year"), THAT_YEAR, ids=["title-year", "later-unit", "sentence-year"])
def test_dangnian_is_the_year_the_text_is_about(extract, text, year):
    got = {(float(f.value), f.year) for f in extract(text, **NEWS)}
    assert got == {(71.0, year), (13.0, year)}


# ---- a sentence opening "从<name>看，" gives its region items (洛川县增长8.6%) that name ----------------------

ANALYSIS = dict(region="延安市", published="2025-07-28", doc_type="statistical_analysis")
AHEAD = "2025年上半年延安市经济运行情况分析\n七、县域经济\n"
TOPIC = [
    ("从地区生产总值看，13个县（市、区）中有7个增速高于全市，其中洛川县增长8.2%、黄陵县增长7.5%。",
     {("gdp", "洛川县", 8.2), ("gdp", "黄陵县", 7.5)}),
    ("从固定资产投资来看，子长市增长15.1%，居全市首位；富县增长12.2%；甘泉县下降12.0%。",
     {("fixed_asset_investment", "子长市", 15.1), ("fixed_asset_investment", "富县", 12.2),
      ("fixed_asset_investment", "甘泉县", -12.0)}),
    ("从社会消费品零售总额看，宝塔区同比增长6.4%，洛川县同比增长5.9%。",
     {("retail_sales", "宝塔区", 6.4), ("retail_sales", "洛川县", 5.9)}),
    ("从地区生产总值看，6个县区增速高于全市平均水平；子长市、吴起县分别增长6.4%和6.0%。",
     {("gdp", "子长市", 6.4), ("gdp", "吴起县", 6.0)}),
]


@pytest.mark.parametrize(("text", "exp"), TOPIC, ids=[t[:7] for t, _ in TOPIC])
def test_a_topic_sentences_region_items_are_the_topics(extract, text, exp):
    got = {(f.indicator, f.region, float(f.value)) for f in extract(AHEAD + text, **ANALYSIS)}
    assert got == exp


def test_an_item_naming_its_own_quantity_is_not_the_topics(extract):
    text = "从地区生产总值看，洛川县增长8.2%，洛川县苹果产量增长5.5%，黄陵县原煤产量下降3.0%。"
    got = {(f.indicator, f.region, float(f.value)) for f in extract(AHEAD + text, **ANALYSIS)}
    assert got == {("gdp", "洛川县", 8.2)}


# ---- regions listed with 分别 in a later ；-unit go on with the sentence's name; 分别下降 makes each fall --

LATER_UNIT = [
    ("全市规模以上工业增加值增长6.9%，安塞区增长7.4%；延川县、宜川县有所下降，分别下降3.1%、1.4%。",
     {("延川县", -3.1), ("宜川县", -1.4)}),
    ("全市规模以上工业增加值增长6.9%；延川县、宜川县分别增长3.1%和1.4%。", {("延川县", 3.1), ("宜川县", 1.4)}),
    ("全市规模以上工业增加值增长6.9%；延川县、宜川县、富县分别下降3.1%、1.4%和0.6%。",
     {("延川县", -3.1), ("宜川县", -1.4), ("富县", -0.6)}),
]


@pytest.mark.parametrize(("text", "exp"), LATER_UNIT, ids=["fell-after-clause", "grew", "three-fell"])
def test_regions_listed_in_a_later_unit_go_on_with_the_name(extract, text, exp):
    figs = [f for f in extract(AHEAD + text, **ANALYSIS) if f.region != "延安市" and f.region != "安塞区"]
    assert {(f.indicator, f.region, float(f.value)) for f in figs} == {
        ("industrial_value_added", r, v) for r, v in exp}


@pytest.mark.parametrize("text", ["上半年，固定资产投资、社会消费品零售总额分别下降3.1%、1.4%。",
                                  "上半年，固定资产投资和社会消费品零售总额分别下降3.1%和1.4%。",
                                  "上半年，延川县、宜川县固定资产投资分别下降3.1%、1.4%。"])
def test_fenbie_xiajiang_makes_every_listed_rate_fall(extract, text):
    assert sorted(float(f.value) for f in extract(AHEAD + text, **ANALYSIS)) == [-3.1, -1.4]


# ---- a compared region's rate in brackets after 增幅 / 平均增速 / 同期增速 (比全市平均增速（9.6%）高…) ----------

COMPARED = [
    "公共财政预算收入增长12.4%，比全市平均增速（9.1%）高出3.3个百分点。",
    "公共财政预算收入增长12.4%，比全市平均增幅（9.1%）高3.3个百分点。",
    "公共财政预算收入增长12.4%，高于全市增幅（9.1%）3.3个百分点。",
    "公共财政预算收入增长12.4%，比全市同期增速（9.1%）快3.3个百分点。",
    "公共财政预算收入增长12.4%，比全市增长水平（9.1%）高3.3个百分点。",
]


@pytest.mark.parametrize("text", COMPARED, ids=[t[18:26] for t in COMPARED])
def test_a_compared_regions_rate_after_a_level_word_is_that_regions(extract, text):
    got = {(float(f.value), f.region) for f in extract("裕华区2014年经济运行\n" + text, **NEWS)}
    assert got == {(12.4, "裕华区"), (9.1, "石家庄市")}


# ---- enterprises counted in 户 ------------------------------------------------------------------------

HOUSEHOLDS = [
    ("新增规模以上工业企业38户。", ("new_above_scale_industrial_enterprises", 38)),
    ("全州高新技术企业达到126户。", ("high_tech_enterprises", 126)),
    ("新认定国家级专精特新“小巨人”企业3户。", ("little_giant_enterprises", 3)),
]


@pytest.mark.parametrize(("text", "exp"), HOUSEHOLDS, ids=[t[:6] for t, _ in HOUSEHOLDS])
def test_enterprises_counted_in_hu(extract, text, exp):
    assert {(f.indicator, float(f.value)) for f in extract(RHEAD + text, **REPORT)} == {exp}


def test_entities_in_hu_stay_entities(extract):
    got = {(f.indicator, float(f.value)) for f in extract(RHEAD + "全州市场主体达到21.3万户。", **REPORT)}
    assert got == {("business_entities", 213000.0)}


# ---- the goal in brackets beside a result (超过年度计划（20%）) is the year's target ---------------------

PLAN = dict(region="海口市", published="2014-01-20", doc_type="plan_execution_report")
PHEAD = "关于海口市2013年国民经济和社会发展计划执行情况与2014年计划草案的报告\n一、2013年计划执行情况\n"
GOALS = [
    "全社会固定资产投资完成748.3亿元，增长24.1%，超过年度计划（18%）6.1个百分点。",
    "全社会固定资产投资增长24.1%，比年度目标（18%）高6.1个百分点。",
    "全社会固定资产投资增长24.1%，高于预期目标（18%）6.1个百分点。",
    "全社会固定资产投资增长24.1%，超出年初目标（18%）6.1个百分点。",
]


@pytest.mark.parametrize("text", GOALS, ids=[t[9:20] for t in GOALS])
def test_the_goal_in_brackets_is_the_years_target(extract, text):
    got = {(f.measure.value, float(f.value), str(f.status), f.year) for f in extract(PHEAD + text, **PLAN)
           if f.measure.value == G}
    assert got == {(G, 24.1, A, 2013), (G, 18.0, T, 2013)}


def test_an_excess_over_the_goal_is_no_figure(extract):
    got = {float(f.value) for f in extract(PHEAD + "全社会固定资产投资完成748.3亿元，比年度计划多完成48.3亿元。", **PLAN)}
    assert got == {748.3}


# ---- counties made cities, named by their old or new names -------------------------------------------

@pytest.mark.parametrize(("city", "text", "region"), [
    ("牡丹江市", "东宁县公共财政预算收入4.3亿元。", "东宁市"),
    ("牡丹江市", "东宁市公共财政预算收入4.3亿元。", "东宁市"),
    ("延安市", "子长市地区生产总值增长6.3%。", "子长市"),
    ("延安市", "子长县地区生产总值增长6.3%。", "子长市"),
    ("榆林市", "神木县地区生产总值增长6.3%。", "神木市"),
], ids=["dongning-old", "dongning-new", "zichang-new", "zichang-old", "shenmu-old"])
def test_a_county_made_a_city_by_either_name(extract, city, text, region):
    assert {f.region for f in extract(text, region=city, published="2024-02-20", doc_type="news")} == {region}
