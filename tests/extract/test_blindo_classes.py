"""Classes of error met on blind batch O (provincial and municipal statistics bureaus' monthly,
quarterly and half-year analyses, data readings and press-conference transcripts: 两年平均 and
两年累计, cities and counties ranked or listed, a bulletin's tables, stocks at the half-year's end,
trade in 人民币 and 美元), each as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, V, G = "actual", "value", "growth"

# ---- a bulletin whose title names a part of a year but no year (主要经济指标（1—5月）), published
# after that part ended in the first half of a year: its tables are that year's, not the year before ----

NO_YEAR_TITLES = [
    ("主要经济指标完成情况（1—5月）", "2017-06-21", "M1-M5", 2017),
    ("一季度主要统计指标", "2019-04-25", "Q1", 2019),
    ("1—4月份全市主要经济指标", "2022-05-20", "M1-M4", 2022),
    ("上半年主要经济指标", "2016-07-22", "H1", 2016),
    ("1—11月主要经济指标", "2014-01-10", "M1-M11", 2013),  # a part of last year, published in January
]


@pytest.mark.parametrize(("title", "published", "period", "year"), NO_YEAR_TITLES, ids=[t[0] for t in NO_YEAR_TITLES])
def test_a_table_under_a_title_with_a_part_of_a_year_but_no_year(extract, title, published, period, year):
    text = (f"{title}\n宜春市统计局\n指标名称\t单位\t本期\t同比增长(%)\n"
            "固定资产投资\t亿元\t822.36\t13.8\n社会消费品零售总额\t亿元\t232.47\t12.2\n")
    got = _got(extract(text, region="宜春市", published=published, doc_type="statistical_analysis", title=title))
    assert got == {("fixed_asset_investment", V, 822.36, A, year, period, "宜春市"),
                   ("fixed_asset_investment", G, 13.8, A, year, period, "宜春市"),
                   ("retail_sales", V, 232.47, A, year, period, "宜春市"),
                   ("retail_sales", G, 12.2, A, year, period, "宜春市")}


# ---- a county item that ranks its value with no stop before the ranking ("X区以823.5亿元位居第二，增长
# 4.9%"): the rate after it is still the county's; later items go on with the sentence's topic ----

H3 = "宿迁市2023年前三季度经济运行情况\n前三季度，全市实现地区生产总值3314.6亿元，增长6.1%。\n"
RANKED = [
    ("分县区看，沭阳县地区生产总值以903.4亿元位居第一，增长6.3%。", "gdp", [("沭阳县", 903.4, 6.3)]),
    ("从地区生产总值看，沭阳县以903.4亿元位居第一，增长6.3%；泗阳县以598.7亿元位居第二，增长6.0%。",
     "gdp", [("沭阳县", 903.4, 6.3), ("泗阳县", 598.7, 6.0)]),
    ("分县区看地区生产总值，沭阳县以903.4亿元位居全市第一，增长6.3%；泗洪县以571.2亿元位列第三，增长5.8%。",
     "gdp", [("沭阳县", 903.4, 6.3), ("泗洪县", 571.2, 5.8)]),
    ("沭阳县地区生产总值完成903.4亿元，增长6.3%；宿城区以512.8亿元位居第二，增长6.6%。",
     "gdp", [("沭阳县", 903.4, 6.3), ("宿城区", 512.8, 6.6)]),
    ("从社会消费品零售总额看，宿城区以310.2亿元排名第一，增长8.4%；沭阳县以286.5亿元跃居第二，增长9.0%。",
     "retail_sales", [("宿城区", 310.2, 8.4), ("沭阳县", 286.5, 9.0)]),
]


@pytest.mark.parametrize(("text", "ind", "items"), RANKED, ids=[t[:10] for t, *_ in RANKED])
def test_a_rate_after_a_ranking_glued_to_the_value(extract, text, ind, items):
    got = _got(extract(H3 + text, region="宿迁市", published="2023-10-27", doc_type="statistical_analysis"))
    for reg, v, g in items:
        assert (ind, V, v, A, 2023, "Q1-Q3", reg) in got
        assert (ind, G, g, A, 2023, "Q1-Q3", reg) in got


# ---- a count of the regions just listed before the name (青岛、济南、烟台三市生产总值分别为…): it
# restricts nothing, the list pairs its regions with the numbers ----

SD = dict(region="山东省", published="2025-10-24", doc_type="statistical_analysis")
SD_HEAD = "全省前三季度经济运行情况\n前三季度，全省生产总值75092.3亿元。\n"
COUNTED = [
    ("青岛、济南、烟台三市生产总值分别为12531.8亿元、10412.7亿元、8506.9亿元。", "gdp", V,
     [("青岛市", 12531.8), ("济南市", 10412.7), ("烟台市", 8506.9)]),
    ("青岛、济南两市生产总值位居全省前两位，分别为12531.8亿元、10412.7亿元。", "gdp", V,
     [("青岛市", 12531.8), ("济南市", 10412.7)]),
    ("潍坊市、临沂市等2市社会消费品零售总额分别增长6.1%、5.8%。", "retail_sales", G,
     [("潍坊市", 6.1), ("临沂市", 5.8)]),
    ("烟台、威海、日照3市规模以上工业增加值分别增长9.2%、8.7%、10.4%。", "industrial_value_added", G,
     [("烟台市", 9.2), ("威海市", 8.7), ("日照市", 10.4)]),
]


@pytest.mark.parametrize(("text", "ind", "meas", "items"), COUNTED, ids=[t[:8] for t, *_ in COUNTED])
def test_a_count_of_the_listed_regions_before_the_name(extract, text, ind, meas, items):
    got = _got(extract(SD_HEAD + text, **SD))
    for reg, v in items:
        assert (ind, meas, v, A, 2025, "Q1-Q3", reg) in got


# ---- a sentence opening with a part marker and a county, naming no indicator (其中，兖州区完成15.8亿元，
# 增长9.3%；邹城市…): the counties' part of the previous sentence's subject ----

JN = dict(region="济宁市", published="2019-06-24", doc_type="statistical_analysis")
JN_HEAD = "1—5月份全市经济运行简况\n1—5月份，全市经济运行平稳。"
PARTS = [
    ("全市一般公共预算收入185.4亿元，同比增长6.2%，其中税收收入136.5亿元。其中，兖州区完成15.8亿元，增长9.3%；"
     "邹城市完成19.7亿元，增长7.2%。", "fiscal_revenue_general", [("兖州区", V, 15.8), ("兖州区", G, 9.3),
                                                         ("邹城市", V, 19.7), ("邹城市", G, 7.2)]),
    ("全市固定资产投资增长8.9%。其中，汶上县完成126.3亿元，增长12.1%。", "fixed_asset_investment",
     [("汶上县", V, 126.3), ("汶上县", G, 12.1)]),
    ("全市社会消费品零售总额1002.7亿元，增长7.8%。其中，任城区实现285.6亿元，增长8.3%。", "retail_sales",
     [("任城区", V, 285.6), ("任城区", G, 8.3)]),
    ("全市规模以上工业增加值增长5.6%。其中，梁山县增长12.1%，嘉祥县增长9.4%。", "industrial_value_added",
     [("梁山县", G, 12.1), ("嘉祥县", G, 9.4)]),
]


@pytest.mark.parametrize(("text", "ind", "items"), PARTS, ids=[t[2:10] for t, *_ in PARTS])
def test_a_county_part_after_the_sentence_of_the_whole(extract, text, ind, items):
    got = _got(extract(JN_HEAD + text, **JN))
    for reg, meas, v in items:
        assert (ind, meas, v, A, 2019, "M1-M5", reg) in got


# ---- a sum or change counted over a number of years up to the document's (两年累计增长14.8%, 两年累计
# 新增1412家): multi-year, ending in the document's year, a level as well as a rate ----

COUNTED_YEARS = [
    ("2021年金华市经济运行情况\n全市固定资产投资比上年增长11.2%，两年累计增长15.6%。", "2022-01-30",
     ("fixed_asset_investment", G, 15.6, A, 2021, "multi-year", "金华市")),
    ("2021年金华市经济运行情况\n全年新增规模以上工业企业803家，两年累计新增1412家。", "2022-01-30",
     ("new_above_scale_industrial_enterprises", V, 1412, A, 2021, "multi-year", "金华市")),
    ("2021年金华市经济运行情况\n全市实际使用外资两年累计达到25.6亿美元。", "2022-01-30",
     ("foreign_investment_actual", V, 25.6, A, 2021, "multi-year", "金华市")),
    ("金华市2021年上半年经济运行情况\n上半年，全市社会消费品零售总额1205.3亿元，同比增长25.9%，两年累计增长14.8%。",
     "2021-07-20", ("retail_sales", G, 14.8, A, 2021, "multi-year", "金华市")),
    ("金华市2023年经济运行情况\n全市规模以上工业增加值增长7.5%，三年累计增长21.3%。", "2024-01-28",
     ("industrial_value_added", G, 21.3, A, 2023, "multi-year", "金华市")),
]


@pytest.mark.parametrize(("text", "published", "exp"), COUNTED_YEARS, ids=[e[0] for _, _, e in COUNTED_YEARS])
def test_a_span_counted_in_years_ends_in_the_documents_year(extract, text, published, exp):
    got = _got(extract(text, region="金华市", published=published, doc_type="statistical_analysis"))
    assert exp in got


# ---- a stock at the end of a part of the year (上半年末, 一季度末, 截至三季度末): a point in the year,
# the year's stock (GUIDE), not the part's ----

ZY = dict(region="遵义市", published="2024-07-26", doc_type="statistical_analysis")
ZY_HEAD = "遵义市2024年上半年经济运行情况\n上半年，全市实现地区生产总值2403.8亿元。"
PART_ENDS = [
    ("上半年末，全市规模以上服务业企业达到1036家。", "above_scale_service_enterprises", 1036),
    ("上半年末，全市国家高新技术企业达到498家。", "high_tech_enterprises", 498),
    ("截至一季度末，全市专精特新“小巨人”企业达到36家。", "little_giant_enterprises", 36),
    ("二季度末，全市常住人口为659.2万人。", "resident_population", 659.2),
]


@pytest.mark.parametrize(("text", "ind", "value"), PART_ENDS, ids=[t[:5] for t, *_ in PART_ENDS])
def test_a_stock_at_the_end_of_a_part_of_the_year_is_the_years(extract, text, ind, value):
    got = {g for g in _got(extract(ZY_HEAD + text, **ZY)) if g[0] == ind}
    assert got == {(ind, V, value, A, 2024, "year", "遵义市")}


# ---- trade restated in 美元 beside its 人民币 figure (以美元计，进出口总额367.0亿美元，增长55.4%): the rate
# after the 美元 figure is the restatement's own, not a second rate of the indicator; with the 美元 figure
# alone (an older document), the rate stays the indicator's ----

JX = dict(region="江西省", published="2021-07-16", doc_type="statistical_analysis")
JX_HEAD = "2021年上半年全省经济运行情况\n上半年，全省进出口总额2378.1亿元，增长42.6%，其中出口1732.5亿元，增长43.3%。"
RESTATED = [
    "以美元计，全省进出口总额367.0亿美元，增长55.4%。",
    "按美元计算，进出口总额367.0亿美元，增长55.4%；出口267.3亿美元，增长56.1%。",
    "以美元计价，全省进出口367.0亿美元，同比增长55.4%，其中出口267.3亿美元，增长56.1%。",
]


@pytest.mark.parametrize("text", RESTATED, ids=[t[:5] for t in RESTATED])
def test_a_rate_after_a_restatement_in_dollars_is_not_the_indicators(extract, text):
    got = {g for g in _got(extract(JX_HEAD + text, **JX)) if g[0] in ("imports_exports", "exports")}
    assert got == {("imports_exports", V, 2378.1, A, 2021, "H1", "江西省"), ("imports_exports", G, 42.6, A, 2021, "H1", "江西省"),
                   ("exports", V, 1732.5, A, 2021, "H1", "江西省"), ("exports", G, 43.3, A, 2021, "H1", "江西省")}


def test_a_rate_after_a_trade_total_in_dollars_only_stays_the_indicators(extract):
    text = "2012年1—11月全省经济运行简析\n1—11月，全省外贸进出口总额1410.85亿美元，增长3.9%；其中出口总额884.62亿美元，增长7.2%。"
    got = {g for g in _got(extract(text, region="福建省", published="2012-12-20", doc_type="statistical_analysis"))
           if g[0] in ("imports_exports", "exports")}
    assert got == {("imports_exports", G, 3.9, A, 2012, "M1-M11", "福建省"), ("exports", G, 7.2, A, 2012, "M1-M11", "福建省")}


# ---- a transcript's answer opening with its speaker (市统计局副局长：从地区生产总值看，…): the topic is read
# after the speaker, and the county items after the first go on with it ----

SQ = dict(region="宿迁市", published="2023-10-27", doc_type="news")
SQ_HEAD = "宿迁市2023年前三季度经济运行情况新闻发布会文字实录\n前三季度，全市实现地区生产总值3314.6亿元。\n记者：请问各县区情况如何？\n"
SPEAKERS = [
    ("市统计局副局长：分县区看地区生产总值，沭阳县以903.4亿元位居第一，增长6.3%；泗阳县以598.7亿元位居第二，增长6.0%。",
     "gdp", [("沭阳县", 903.4, 6.3), ("泗阳县", 598.7, 6.0)]),
    ("王局长：从社会消费品零售总额看，宿城区310.2亿元，增长8.4%；沭阳县286.5亿元，增长9.0%。",
     "retail_sales", [("宿城区", 310.2, 8.4), ("沭阳县", 286.5, 9.0)]),
    ("李处长：从一般公共预算收入看，沭阳县完成52.6亿元，增长10.1%；泗洪县完成30.4亿元，增长8.8%。",
     "fiscal_revenue_general", [("沭阳县", 52.6, 10.1), ("泗洪县", 30.4, 8.8)]),
]


@pytest.mark.parametrize(("text", "ind", "items"), SPEAKERS, ids=[t[:4] for t, *_ in SPEAKERS])
def test_a_topic_after_a_transcripts_speaker(extract, text, ind, items):
    got = _got(extract(SQ_HEAD + text, **SQ))
    for reg, v, g in items:
        assert (ind, V, v, A, 2023, "Q1-Q3", reg) in got
        assert (ind, G, g, A, 2023, "Q1-Q3", reg) in got


# ---- a sentence opening with a view by region (从县（市、区）看，分县市区看，从增速看) and listing regions with
# no name of its own: the regions' figures of the previous sentence's subject (past a 其中 sentence of
# its parts), also when a ranking stands between the regions and 依次为/分别为 ----

XC = dict(region="许昌市", published="2018-04-23", doc_type="statistical_analysis")
XC_HEAD = "一季度许昌市经济运行情况解读\n一季度，全市生产总值完成589.3亿元。"
VIEWS = [
    ("全市规模以上工业增加值同比增长8.6%。从县（市、区）看，长葛市、禹州市、鄢陵县分别增长10.2%、9.7%、9.1%。",
     "industrial_value_added"),
    ("全市规模以上工业增加值同比增长8.6%。从县（市、区）看，长葛市、禹州市、鄢陵县增速位居前三，依次为10.2%、9.7%、9.1%。",
     "industrial_value_added"),
    ("全市固定资产投资同比增长12.4%。其中，工业投资增长10.8%，民间投资增长9.2%。分县市区看，长葛市、禹州市、鄢陵县"
     "投资增速位居前三位，分别增长10.2%、9.7%、9.1%。", "fixed_asset_investment"),
    ("全市社会消费品零售总额206.1亿元，增长10.7%。分县市区看，长葛市、禹州市、鄢陵县增速分别为10.2%、9.7%、9.1%。",
     "retail_sales"),
]


@pytest.mark.parametrize(("text", "ind"), VIEWS, ids=[t[2:8] + str(i) for i, (t, _) in enumerate(VIEWS)])
def test_regions_listed_under_a_view_by_region(extract, text, ind):
    got = _got(extract(XC_HEAD + text, **XC))
    for reg, g in (("长葛市", 10.2), ("禹州市", 9.7), ("鄢陵县", 9.1)):
        assert (ind, G, g, A, 2018, "Q1", reg) in got


# ---- a table whose rows are the counties and whose caption names the indicator (各县市区一般公共预算收入 /
# 地区 1—5月(亿元) 增长(%) / 袁州区 9.76 8.5): each row is that county's figure ----

YC = dict(region="宜春市", published="2017-06-21", doc_type="statistical_analysis")
ROWS = "地区\t1—5月(亿元)\t增长(%)\n袁州区\t9.76\t8.5\n丰城市\t14.32\t11.2\n"
CAPTIONS = [
    ("各县市区一般公共预算收入", "fiscal_revenue_general"),
    ("分县（市、区）固定资产投资完成情况", "fixed_asset_investment"),
    ("各县市区社会消费品零售总额：", "retail_sales"),
    ("表3 各县市区规模以上工业增加值", "industrial_value_added"),
]


@pytest.mark.parametrize(("caption", "ind"), CAPTIONS, ids=[c for c, _ in CAPTIONS])
def test_a_table_of_counties_under_a_caption_naming_the_indicator(extract, caption, ind):
    text = f"主要经济指标完成情况（1—5月）\n宜春市统计局\n{caption}\n{ROWS}"
    got = _got(extract(text, title="主要经济指标完成情况（1—5月）", **YC))
    assert got == {(ind, V, 9.76, A, 2017, "M1-M5", "袁州区"), (ind, G, 8.5, A, 2017, "M1-M5", "袁州区"),
                   (ind, V, 14.32, A, 2017, "M1-M5", "丰城市"), (ind, G, 11.2, A, 2017, "M1-M5", "丰城市")}


def test_a_table_of_counties_under_a_caption_naming_no_indicator_is_not_read(extract):
    text = f"主要经济指标完成情况（1—5月）\n宜春市统计局\n各县市区主要指标\n{ROWS}"
    assert _got(extract(text, title="主要经济指标完成情况（1—5月）", **YC)) == set()


# ---- the first years of a five-year plan ("十二五"前三年, 十三五前四年) in a year's analysis: a span ending
# in the plan's N-th year, reported as a result, not a goal for the plan's end ----

FIRST_YEARS = [
    ("2013年绵阳市经济运行情况分析\n“十二五”前三年，全市地区生产总值年均增长12.1%。", "2014-01-28",
     ("gdp", G, 12.1, A, 2013, "multi-year", "绵阳市")),
    ("2013年绵阳市经济运行情况分析\n“十二五”前三年，全市三年累计完成全社会固定资产投资3316.4亿元。", "2014-01-28",
     ("fixed_asset_investment", V, 3316.4, A, 2013, "multi-year", "绵阳市")),
    ("2019年绵阳市经济运行情况分析\n“十三五”前四年，全市一般公共预算收入年均增长8.3%。", "2020-01-20",
     ("fiscal_revenue_general", G, 8.3, A, 2019, "multi-year", "绵阳市")),
    ("2022年绵阳市经济运行情况分析\n“十四五”前两年，全市社会消费品零售总额年均增长6.1%。", "2023-01-18",
     ("retail_sales", G, 6.1, A, 2022, "multi-year", "绵阳市")),
]


@pytest.mark.parametrize(("text", "published", "exp"), FIRST_YEARS, ids=[e[0] for _, _, e in FIRST_YEARS])
def test_the_first_years_of_a_plan_end_in_its_nth_year(extract, text, published, exp):
    got = _got(extract(text, region="绵阳市", published=published, doc_type="statistical_analysis"))
    assert exp in got


# ---- a result verb before 总产值 in the name of the enterprises' output (规模以上工业企业实现总产值) ----

LY = dict(region="浏阳市", published="2019-07-25", doc_type="statistical_analysis")
OUTPUTS = [
    "全市规模以上工业企业实现总产值1015.7亿元，增长11.6%。",
    "规模以上工业企业完成总产值1015.7亿元，同比增长11.6%。",
    "全市规上工业企业实现总产值1015.7亿元，增长11.6%。",
    "规上工业企业完成总产值1015.7亿元，增长11.6%。",
]


@pytest.mark.parametrize("text", OUTPUTS, ids=[t[:8] for t in OUTPUTS])
def test_a_result_verb_before_the_enterprises_output(extract, text):
    got = _got(extract("浏阳市2019年上半年经济运行分析\n上半年，全市经济平稳。" + text, **LY))
    assert got == {("industrial_output", V, 1015.7, A, 2019, "H1", "浏阳市"), ("industrial_output", G, 11.6, A, 2019, "H1", "浏阳市")}


# ---- a 分别 list of periods (一季度、上半年、前三季度分别增长4.9%、5.2%、5.3%): each rate is the subject's
# for the period in its place ----

GZ = dict(region="赣州市", published="2025-01-24", doc_type="statistical_analysis")
GZ_HEAD = "2024年赣州市经济运行数据解读\n"
PERIOD_LISTS = [
    ("全市地区生产总值5125.6亿元，比上年增长5.4%。分季度看，一季度、上半年、前三季度、全年分别增长4.9%、5.2%、5.3%、5.4%。",
     "gdp", [("Q1", 4.9), ("H1", 5.2), ("Q1-Q3", 5.3), ("year", 5.4)]),
    ("全市规模以上工业增加值比上年增长7.6%，一季度、上半年、前三季度分别增长6.1%、6.8%、7.2%。",
     "industrial_value_added", [("Q1", 6.1), ("H1", 6.8), ("Q1-Q3", 7.2), ("year", 7.6)]),
    ("全市固定资产投资比上年增长5.9%。分季度看，一季度、上半年、前三季度依次增长3.2%、4.5%、5.1%。",
     "fixed_asset_investment", [("Q1", 3.2), ("H1", 4.5), ("Q1-Q3", 5.1), ("year", 5.9)]),
]


@pytest.mark.parametrize(("text", "ind", "items"), PERIOD_LISTS, ids=[i for _, i, _ in PERIOD_LISTS])
def test_a_list_of_periods_pairs_each_rate_with_its_period(extract, text, ind, items):
    got = {g for g in _got(extract(GZ_HEAD + text, **GZ)) if g[0] == ind and g[1] == G}
    assert got == {(ind, G, g, A, 2024, per, "赣州市") for per, g in items}


# ---- counties made cities after the adcode table (撤县设市: 玉环县 -> 玉环市 2017; 龙港市 set up 2019 out of
# 苍南县): the new name is the region's (regions_extra.csv) ----

NEW_CITIES = [
    ("台州市", "温岭市、临海市、玉环市规模以上工业增加值分别增长10.6%、8.4%、7.1%。", "玉环市", 7.1),
    ("台州市", "玉环市规模以上工业增加值增长7.1%。", "玉环市", 7.1),
    ("温州市", "龙港市规模以上工业增加值增长9.3%。", "龙港市", 9.3),
    ("温州市", "瑞安市、龙港市规模以上工业增加值分别增长8.1%、9.3%。", "龙港市", 9.3),
]


@pytest.mark.parametrize(("city", "text", "reg", "g"), NEW_CITIES, ids=[t[:6] for _, t, *_ in NEW_CITIES])
def test_a_county_made_a_city_keeps_its_new_name(extract, city, text, reg, g):
    got = _got(extract(f"{city}2023年上半年经济运行情况\n上半年，全市经济平稳。" + text, region=city,
                       published="2023-07-28", doc_type="statistical_analysis"))
    assert ("industrial_value_added", G, g, A, 2023, "H1", reg) in got


# ---- a county's self-operated trade (自营进出口总额, 自营出口): the county's trade total, not a part of it ----

CX = dict(region="长兴县", published="2022-04-25", doc_type="statistical_analysis")
SELF_TRADE = [
    ("全县自营进出口总额76.4亿元，增长18.2%。", "imports_exports"),
    ("全县实现自营进出口76.4亿元，同比增长18.2%。", "imports_exports"),
    ("全县自营出口总额76.4亿元，增长18.2%。", "exports"),
    ("全县完成自营出口76.4亿元，增长18.2%。", "exports"),
]


@pytest.mark.parametrize(("text", "ind"), SELF_TRADE, ids=[t[2:8] for t, _ in SELF_TRADE])
def test_self_operated_trade_is_the_countys_trade(extract, text, ind):
    got = _got(extract("长兴县2022年一季度经济运行简析\n一季度，全县经济平稳。" + text, **CX))
    assert got == {(ind, V, 76.4, A, 2022, "Q1", "长兴县"), (ind, G, 18.2, A, 2022, "Q1", "长兴县")}


# ---- a rate named right after its number (泗洪县地区生产总值以8.1%的增速位居全市第一): a growth rate ----

RATE_AFTER = [
    ("分县区看，泗洪县地区生产总值以8.1%的增速位居全市第一。", "gdp", "泗洪县", 8.1),
    ("宿城区社会消费品零售总额以9.6%的增幅领跑全市。", "retail_sales", "宿城区", 9.6),
    ("沭阳县规模以上工业增加值以12.4%的增长速度居各县区首位。", "industrial_value_added", "沭阳县", 12.4),
    ("泗阳县固定资产投资以15.2%的同比增速排名第一。", "fixed_asset_investment", "泗阳县", 15.2),
]


@pytest.mark.parametrize(("text", "ind", "reg", "g"), RATE_AFTER, ids=[t[:8] for t, *_ in RATE_AFTER])
def test_a_rate_named_after_its_number(extract, text, ind, reg, g):
    got = _got(extract(H3 + text, region="宿迁市", published="2023-10-27", doc_type="statistical_analysis"))
    assert (ind, G, g, A, 2023, "Q1-Q3", reg) in got


# ---- 其中 with a colon before the county items (其中：沭阳县完成52.6亿元，…) ----

COLON_PARTS = [
    "全市一般公共预算收入192.6亿元，增长10.3%。其中：沭阳县完成52.6亿元，增长10.1%；泗洪县完成30.4亿元，增长8.8%。",
    "全市一般公共预算收入192.6亿元，增长10.3%。其中:沭阳县完成52.6亿元，增长10.1%；泗洪县完成30.4亿元，增长8.8%。",
    "全市一般公共预算收入192.6亿元，增长10.3%。其中：沭阳县52.6亿元，增长10.1%；泗洪县30.4亿元，增长8.8%。",
]


@pytest.mark.parametrize("text", COLON_PARTS, ids=[str(i) for i in range(len(COLON_PARTS))])
def test_county_parts_after_a_colon(extract, text):
    got = _got(extract(H3 + text, region="宿迁市", published="2023-10-27", doc_type="statistical_analysis"))
    for reg, v, g in (("沭阳县", 52.6, 10.1), ("泗洪县", 30.4, 8.8)):
        assert ("fiscal_revenue_general", V, v, A, 2023, "Q1-Q3", reg) in got
        assert ("fiscal_revenue_general", G, g, A, 2023, "Q1-Q3", reg) in got


# ---- a 美元 restatement in brackets (2378.1亿元（折合367.0亿美元），增长42.6%): the rate after the bracket is
# still the 人民币 figure's ----

BRACKETED = [
    "上半年，全省进出口总额2378.1亿元（折合367.0亿美元），增长42.6%。",
    "上半年，全省进出口总额2378.1亿元(折合367.0亿美元)，同比增长42.6%。",
    "上半年，全省进出口总额2378.1亿元（以美元计为367.0亿美元），增长42.6%。",
]


@pytest.mark.parametrize("text", BRACKETED, ids=[str(i) for i in range(len(BRACKETED))])
def test_a_rate_after_a_bracketed_restatement_in_dollars_stays_the_indicators(extract, text):
    got = {g for g in _got(extract("2021年上半年全省经济运行情况\n" + text, **JX)) if g[0] == "imports_exports"}
    assert got == {("imports_exports", V, 2378.1, A, 2021, "H1", "江西省"), ("imports_exports", G, 42.6, A, 2021, "H1", "江西省")}


# ---- the same table of counties with its unit line between the caption and the header ----

UNIT_LINES = ["单位：亿元", "单位:亿元", "计量单位：亿元"]


@pytest.mark.parametrize("unit_line", UNIT_LINES)
def test_a_table_of_counties_with_a_unit_line_under_its_caption(extract, unit_line):
    text = f"主要经济指标完成情况（1—5月）\n宜春市统计局\n各县市区一般公共预算收入\n{unit_line}\n地区\t1—5月\t增长(%)\n袁州区\t9.76\t8.5\n"
    got = _got(extract(text, title="主要经济指标完成情况（1—5月）", **YC))
    assert got == {("fiscal_revenue_general", V, 9.76, A, 2017, "M1-M5", "袁州区"),
                   ("fiscal_revenue_general", G, 8.5, A, 2017, "M1-M5", "袁州区")}


# ---- more rankings between a county's value and its rate: 榜首, 领跑全市, and the total it ranks
# (以903.4亿元的经济总量继续领跑全市，增长6.3%) ----

MORE_RANKED = [
    "分县区看，沭阳县以903.4亿元位居全市榜首，增长6.3%。",
    "分县区看，沭阳县地区生产总值903.4亿元，领跑全市，增长6.3%。",
    "分县区看，沭阳县以903.4亿元的经济总量继续领跑全市，增长6.3%。",
    "沭阳县地区生产总值以903.4亿元的总量位居全市第一，增长6.3%。",
]


@pytest.mark.parametrize("text", MORE_RANKED, ids=[str(i) for i in range(len(MORE_RANKED))])
def test_more_rankings_between_a_value_and_its_rate(extract, text):
    got = _got(extract(H3 + text, region="宿迁市", published="2023-10-27", doc_type="statistical_analysis"))
    assert {g for g in got if g[6] == "沭阳县"} == {("gdp", V, 903.4, A, 2023, "Q1-Q3", "沭阳县"), ("gdp", G, 6.3, A, 2023, "Q1-Q3", "沭阳县")}
    assert ("gdp", G, 6.3, A, 2023, "Q1-Q3", "宿迁市") not in got
