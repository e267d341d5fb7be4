"""Classes of error met on blind batch J (news and mixed articles: a county's 一季度 news, a prefecture's
前三季度 press conference, a provincial paper's county story citing its city, province and 全国, a county
GDP ranking, a WeChat 【】 piece, customs trade news, a 1—5月 fiscal news, an investment-promotion news, a
新华社 regional summary, a 高新区 inside a city, a 上半年 news, a January news on last year), each as a
table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, T, V, G = "actual", "target", "value", "growth"

# ---- recognised-enterprise stocks and R&D intensity in a sub-annual release are the year's -----------
# (a stock at a point in the year, GUIDE), not the release's 上半年 / 1—10月 / 前三季度

H1_NEWS = dict(region="铁西区", published="2023-07-28", doc_type="news")
H1_HEAD = "铁西区上半年经济运行情况\n上半年，全区地区生产总值完成580.6亿元，增长10.7%。"
STOCKS = [
    ("截至6月底，全区国家高新技术企业达到326家。", "high_tech_enterprises", 326),
    ("全区累计培育国家级专精特新“小巨人”企业18家。", "little_giant_enterprises", 18),
    ("今年以来，全区新增省级专精特新中小企业45家。", "specialized_sme_provincial", 45),
    ("目前，全区共有创新型中小企业213家。", "innovative_sme", 213),
    ("全区研发投入强度达到2.6%。", "rd_intensity", 2.6),
]


@pytest.mark.parametrize(("text", "ind", "value"), STOCKS, ids=[t[:8] for t, *_ in STOCKS])
def test_an_annual_stock_in_a_half_year_news_is_the_years(extract, text, ind, value):
    got = {g for g in _got(extract(H1_HEAD + text, **H1_NEWS)) if g[0] == ind}
    assert got == {(ind, V, value, A, 2023, "year", "铁西区")}


def test_a_period_word_of_its_own_still_sets_the_period(extract):
    got = {g for g in _got(extract(H1_HEAD + "上半年，全区新认定国家高新技术企业35家。", **H1_NEWS))
           if g[0] == "high_tech_enterprises"}
    assert got == {("high_tech_enterprises", V, 35, A, 2023, "H1", "铁西区")}


# ---- 规模以上工业产值 and its kin are 工业总产值 -----------------------------------------------------------

COMM = dict(region="晋江市", published="2012-03-01", doc_type="statistical_communique")
CHEAD = "晋江市2011年国民经济和社会发展统计公报\n"
OUTPUT = [
    "全年规模以上工业产值2960亿元，增长22%。",
    "全年规上工业产值完成2960亿元，增长22%。",
    "全年规模以上工业企业产值2960亿元，增长22%。",
    "全年规上工业企业总产值2960亿元，增长22%。",
]


@pytest.mark.parametrize("text", OUTPUT, ids=[t[:10] for t in OUTPUT])
def test_other_names_of_industrial_output(extract, text):
    assert _got(extract(CHEAD + text, **COMM)) == {("industrial_output", V, 2960, A, 2011, "year", "晋江市"),
                                                   ("industrial_output", G, 22, A, 2011, "year", "晋江市")}


# ---- a zone's name opens with the document's own place name, not with the lead text before it ------
# (记者从襄阳高新区…获悉: the zone is 襄阳高新区, and 高新区 / 全区 later refer back to it)

CITY_NEWS = dict(region="襄阳市", published="2017-12-18", doc_type="news")
LEADS = [
    "记者从襄阳高新区经济发展局获悉，1—11月，高新区完成固定资产投资412.8亿元。",
    "日前从襄阳高新区管委会了解到，1—11月，高新区完成固定资产投资412.8亿元。",
    "本报讯记者昨从襄阳高新区获悉，1—11月，全区完成固定资产投资412.8亿元。",
]


@pytest.mark.parametrize("text", LEADS, ids=[t[:6] for t in LEADS])
def test_a_zone_named_after_lead_text_is_named_from_its_place(extract, text):
    assert {(float(f.value), f.region) for f in extract(text, **CITY_NEWS)} == {(412.8, "襄阳高新区")}


# ---- a bracket right after a region's name (its other name, a note) does not keep it from heading
# the indicator's name ------------------------------------------------------------------------------

COUNTY_NEWS = dict(region="浏阳市", published="2017-11-20", doc_type="news")
BRACKETED = [
    ("浏阳经开区（高新区）1至10月实现规模工业总产值512.3亿元。", "浏阳经开区"),
    ("浏阳经开区（国家级）1至10月实现规模工业总产值512.3亿元。", "浏阳经开区"),
    ("浏阳经开区(浏阳高新区)1至10月实现规模工业总产值512.3亿元。", "浏阳经开区"),
]


@pytest.mark.parametrize(("text", "zone"), BRACKETED, ids=[t[:8] for t, _ in BRACKETED])
def test_a_bracket_after_a_zones_name_keeps_it_the_subject(extract, text, zone):
    assert {(float(f.value), f.region) for f in extract(text, **COUNTY_NEWS)} == {(512.3, zone)}


# ---- a period's numbers (1—11月) before the subject's clause are no figures: the zone that opens the
# sentence's first figure stays the subject of its later clauses and ；-units ------------------------

ZONE_SUBJECT = [
    "1—11月，高新区完成规模以上工业总产值1625.4亿元，同比增长9.7%；规模以上工业增加值增长8.9%。",
    "1至11月，高新区完成固定资产投资412.8亿元，增长14.3%，其中工业投资增长17.6%。",
    "1-11月，高新区一般公共预算收入24.6亿元，增长10.2%；外贸进出口总额增长19.5%。",
]


@pytest.mark.parametrize("text", ZONE_SUBJECT, ids=[t[:8] for t in ZONE_SUBJECT])
def test_a_period_before_the_subject_is_no_figure(extract, text):
    figs = extract("襄阳高新区主要经济指标稳中向好\n" + text, **CITY_NEWS)
    assert figs and {f.region for f in figs} == {"襄阳高新区"}


# ---- regions listed in order with their values: 依次 as 分别, the name between 分别 and the numbers, the
# regions ending the clause before the values' clause (分别是A、B、C，X分别为…) ------------------------------

RANKING = dict(region="盐城市", published="2023-02-10", doc_type="news")
RHEAD = "盐城各县区2022年GDP出炉\n2022年，全市实现地区生产总值7079.8亿元。"
REGION_LISTS = [
    "建湖县、射阳县、大丰区分别实现地区生产总值712.6亿元、706.4亿元和702.9亿元。",
    "第4至第6名分别是建湖县、射阳县、大丰区，地区生产总值分别为712.6亿元、706.4亿元、702.9亿元。",
    "排在第4至第6位的依次是建湖县、射阳县和大丰区，地区生产总值分别为712.6亿元、706.4亿元、702.9亿元。",
    "建湖县、射阳县、大丰区的地区生产总值依次为712.6亿元、706.4亿元、702.9亿元。",
]


@pytest.mark.parametrize("text", REGION_LISTS, ids=[t[:8] for t in REGION_LISTS])
def test_regions_listed_in_order_with_their_values(extract, text):
    got = {g for g in _got(extract(RHEAD + text, **RANKING)) if g[6] != "盐城市"}
    assert got == {("gdp", V, 712.6, A, 2022, "year", "建湖县"), ("gdp", V, 706.4, A, 2022, "year", "射阳县"),
                   ("gdp", V, 702.9, A, 2022, "year", "大丰区")}


def test_names_listed_in_order_by_yici(extract):
    text = "铁西区上半年经济运行情况\n上半年，城镇和农村居民人均可支配收入依次增长5.2%和6.9%。"
    got = {(f.indicator, float(f.value)) for f in extract(text, region="铁西区", published="2023-07-28", doc_type="news")}
    assert got == {("urban_disposable_income", 5.2), ("rural_disposable_income", 6.9)}


# ---- a ranking sentence opening 从总量看 / 从增速看 names no indicator: it goes on with the previous
# sentence's, for the region opening each of its units ----------------------------------------------

VIEWS = [
    ("从总量看，东台市以1103.2亿元位列第一，增长4.3%。", {(1103.2, "东台市"), (4.3, "东台市")}),
    ("从总量上看，东台市实现1103.2亿元，增长4.3%。", {(1103.2, "东台市"), (4.3, "东台市")}),
    ("从增速看，阜宁县增长6.1%；响水县总量最小，为403.6亿元，但增速达5.5%。",
     {(6.1, "阜宁县"), (403.6, "响水县"), (5.5, "响水县")}),
    ("从增速来看，东台市增长4.3%，亭湖区增长4.2%。", {(4.3, "东台市"), (4.2, "亭湖区")}),
]


@pytest.mark.parametrize(("text", "want"), VIEWS, ids=[t[:6] for t, _ in VIEWS])
def test_a_ranking_view_goes_on_with_the_previous_indicator(extract, text, want):
    figs = extract(RHEAD.replace("。", "，增长4.6%。") + text, **RANKING)
    assert {(float(f.value), f.region) for f in figs if f.indicator == "gdp" and f.region != "盐城市"} == want
