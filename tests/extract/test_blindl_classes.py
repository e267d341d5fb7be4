"""Classes of error met on blind batch L (statistical communiqués and analyses: a prefecture's
communiqué with county lists, a county's flattened PDF table and tab rows, a province's communiqué
with its cities, quarterly analyses and a monthly bulletin, a 2011 district communiqué in 万元 and
万美元, an autonomous county's communiqué, a census communiqué), each as a table of forms in our own
words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, V, G = "actual", "value", "growth"

# ---- a result verb inside the name (第一产业完成增加值, 规模以上工业完成增加值): still the catalog name ----

COMM = dict(region="互助土族自治县", published="2018-04-10", doc_type="statistical_communique")
HEAD = "互助土族自治县2017年国民经济和社会发展统计公报\n"
VERB_INSIDE = [
    ("其中：第一产业完成增加值17.36亿元，增长4.8%。", "primary_industry_value_added", 17.36, 4.8),
    ("第二产业完成增加值38.54亿元，增长9.7%。", "secondary_industry_value_added", 38.54, 9.7),
    ("全县第三产业完成增加值33.27亿元，增长8.5%。", "tertiary_industry_value_added", 33.27, 8.5),
    ("全年全县规模以上工业完成增加值24.81亿元，增长10.2%。", "industrial_value_added", 24.81, 10.2),
    ("全年规上工业完成增加值24.81亿元，比上年增长10.2%。", "industrial_value_added", 24.81, 10.2),
    ("全年服务业实现增加值33.27亿元，增长8.5%。", "tertiary_industry_value_added", 33.27, 8.5),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), VERB_INSIDE, ids=[t[:12] for t, *_ in VERB_INSIDE])
def test_a_result_verb_inside_the_name(extract, text, ind, value, growth):
    got = _got(extract(HEAD + text, **COMM))
    assert (ind, V, value, A, 2017, "year", "互助土族自治县") in got
    assert (ind, G, growth, A, 2017, "year", "互助土族自治县") in got


# ---- county items of a list after the first named its indicator behind a verb
# (金安区实现生产总值…；裕安区218.4亿元，增长7.9%): the later items go on with that indicator ----

CITY = dict(published="2020-03-26", doc_type="statistical_communique")
ITEMS = [
    ("六安市", "分县区看，金安区实现生产总值231.7亿元，增长8.1%；裕安区218.4亿元，增长7.9%。",
     "gdp", [("金安区", 231.7, 8.1), ("裕安区", 218.4, 7.9)]),
    ("曲靖市", "分县（市、区）看，麒麟区完成固定资产投资325.61亿元，增长16.8%；宣威市218.34亿元，增长20.5%。",
     "fixed_asset_investment", [("麒麟区", 325.61, 16.8), ("宣威市", 218.34, 20.5)]),
    ("昆明市", "分区看，五华区实现社会消费品零售总额910.2亿元，增长4.1%；西山区655.8亿元，增长3.6%。",
     "retail_sales", [("五华区", 910.2, 4.1), ("西山区", 655.8, 3.6)]),
    ("兰州市", "城关区完成一般公共预算收入52.3亿元，增长6.2%；七里河区18.9亿元，增长5.1%。",
     "fiscal_revenue_general", [("城关区", 52.3, 6.2), ("七里河区", 18.9, 5.1)]),
]


@pytest.mark.parametrize(("region", "text", "ind", "items"), ITEMS, ids=[r for r, *_ in ITEMS])
def test_region_items_after_a_verb_and_name(extract, region, text, ind, items):
    got = _got(extract(f"{region}2019年国民经济和社会发展统计公报\n" + text, region=region, **CITY))
    want = set()
    for reg, v, g in items:
        want |= {(ind, V, v, A, 2019, "year", reg), (ind, G, g, A, 2019, "year", reg)}
    assert want <= got


# ---- a census communiqué's population sentence: the base before 相比 is a reference (the chain goes on
# past it), 全国人口 inside 全国人口普查 names no figure, and 年平均增长(率) is an average growth ----

CENSUS = dict(published="2021-06-08", doc_type="statistical_communique")
CHEAD = "第七次全国人口普查公报（第一号）\n"
CENSUS_FORMS = [
    ("昌吉回族自治州", "全州常住人口为1613585人，与2010年第六次全国人口普查的1428587人相比，十年共增加184998人，增长12.95%，"
     "年平均增长率为1.23%。", 161.3585, [12.95, 1.23]),
    ("湄潭县", "全县常住人口为253108人，与2010年第六次全国人口普查的271546人相比，减少18438人，下降6.79%，"
     "年平均增长率为-0.70%。", 25.3108, [-6.79, -0.70]),
    ("兴庆区", "全区常住人口为1204512人，同2010年第六次全国人口普查的1003421人相比，十年共增加201091人，增长20.04%。",
     120.4512, [20.04]),
    ("石嘴山市", "全市常住人口为751389人，与2010年第六次全国人口普查的725482人相比，增长3.57%，年平均增长0.35%。",
     75.1389, [3.57, 0.35]),
]


@pytest.mark.parametrize(("region", "text", "value", "growths"), CENSUS_FORMS, ids=[r for r, *_ in CENSUS_FORMS])
def test_a_census_population_sentence(extract, region, text, value, growths):
    got = {(f.indicator, str(f.measure), float(f.value), f.period, f.region) for f in extract(CHEAD + text, region=region, **CENSUS)}
    want = {("resident_population", V, value, "year", region)}
    want |= {("resident_population", G, g, "multi-year", region) for g in growths}
    assert got == want


# ---- a level compared with (与上年的X相比): a reference, not a figure; the rate after it is the name's ----

BASES = [
    ("全年地区生产总值1613.5亿元，与上年的1428.2亿元相比，增长6.1%。", "gdp", 1613.5, 6.1),
    ("全年社会消费品零售总额652.2亿元，与上年的580.3亿元相比，增长12.4%。", "retail_sales", 652.2, 12.4),
    ("全年一般公共预算收入8.12亿元，与上年同期的7.69亿元相比较，增长5.6%。", "fiscal_revenue_general", 8.12, 5.6),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), BASES, ids=[t[2:8] for t, *_ in BASES])
def test_the_level_compared_with_is_no_figure(extract, text, ind, value, growth):
    got = _got(extract("石嘴山市2020年国民经济和社会发展统计公报\n" + text, region="石嘴山市",
                       published="2021-04-12", doc_type="statistical_communique"))
    assert got == {(ind, V, value, A, 2020, "year", "石嘴山市"), (ind, G, growth, A, 2020, "year", "石嘴山市")}


# ---- 年平均增长 / 年平均增长率为 is an average growth like 年均增长 (its 平均 no blocker, its words no name's tail) ----

AVERAGES = [
    ("全市地区生产总值1613亿元，与2015年相比，年平均增长6.5%。", "gdp", 6.5),
    ("全县常住人口25.3万人，年平均增长率为-0.70%。", "resident_population", -0.70),
    ("“十三五”期间，全县一般公共预算收入年平均增长8.2%。", "fiscal_revenue_general", 8.2),
    ("全区城镇居民人均可支配收入年平均增长率为7.9%。", "urban_disposable_income", 7.9),
]


@pytest.mark.parametrize(("text", "ind", "growth"), AVERAGES, ids=[t[:8] for t, *_ in AVERAGES])
def test_an_annual_average_written_in_full(extract, text, ind, growth):
    got = {(f.indicator, str(f.measure), float(f.value), f.period)
           for f in extract("2020年国民经济和社会发展统计公报\n" + text, region="湄潭县",
                            published="2021-04-12", doc_type="statistical_communique")}
    assert (ind, G, growth, "multi-year") in got


# ---- a full-width tilde between months (1～5月) or numbers (6%～7%) is the ASCII one ----

TILDES = [
    ("1～5月，全市规模以上工业增加值同比增长7.6%。", "industrial_value_added", 7.6, "M1-M5"),
    ("1～11月，全市固定资产投资同比增长9.7%。", "fixed_asset_investment", 9.7, "M1-M11"),
    ("1～2月，全市社会消费品零售总额同比增长4.2%。", "retail_sales", 4.2, "M1-M2"),
    ("1～9月，全市一般公共预算收入同比增长5.6%。", "fiscal_revenue_general", 5.6, "Q1-Q3"),
]


@pytest.mark.parametrize(("text", "ind", "growth", "period"), TILDES, ids=[t[:5] for t, *_ in TILDES])
def test_a_full_width_tilde_between_months(extract, text, ind, growth, period):
    got = _got(extract("2022年全市经济运行简况\n" + text, region="漳州市", published="2022-12-20",
                       doc_type="statistical_analysis"))
    assert got == {(ind, G, growth, A, 2022, period, "漳州市")}


def test_a_full_width_tilde_in_a_range(extract):  # a guard: read before the fold too (ranges.py knows ～)
    figs = extract("2024年政府工作报告\n今年主要预期目标是：地区生产总值增长6%～7%。", region="漳州市",
                   published="2024-01-20", doc_type="work_report")
    assert [(f.indicator, float(f.value), str(f.qualifier)) for f in figs] == [("gdp", 6.0, "at_least")]


# ---- ordinal lists written short (第一、二、三产业增加值, 一、二、三产业, 二、三产业, 三次产业) split by 分别 ----

P3 = ("primary_industry_value_added", "secondary_industry_value_added", "tertiary_industry_value_added")
ORDINALS = [
    ("第一、二、三产业增加值分别为12.05亿元、27.88亿元和21.67亿元，分别增长4.1%、12.6%和9.0%。", P3,
     [(V, 12.05), (V, 27.88), (V, 21.67)], [(G, 4.1), (G, 12.6), (G, 9)]),
    ("一、二、三产业增加值分别增长4.1%、12.6%和9.0%。", P3, [(G, 4.1), (G, 12.6), (G, 9)], []),
    ("第二、三产业增加值分别增长12.6%和9.0%。", P3[1:], [(G, 12.6), (G, 9)], []),
    ("二、三产业增加值分别达到27.88亿元和21.67亿元。", P3[1:], [(V, 27.88), (V, 21.67)], []),
    ("三次产业增加值分别为12.05亿元、27.88亿元和21.67亿元。", P3, [(V, 12.05), (V, 27.88), (V, 21.67)], []),
]


@pytest.mark.parametrize(("text", "inds", "first", "second"), ORDINALS, ids=[t[:9] for t, *_ in ORDINALS])
def test_an_ordinal_list_written_short(extract, text, inds, first, second):
    got = _got(extract("2013年门源回族自治县国民经济和社会发展统计公报\n" + text, region="门源回族自治县",
                       published="2014-04-01", doc_type="statistical_communique"))
    want = {(ind, m, v, A, 2013, "year", "门源回族自治县") for ind, (m, v) in zip(inds, first, strict=True)}
    want |= {(ind, m, v, A, 2013, "year", "门源回族自治县") for ind, (m, v) in zip(inds, second, strict=False)}
    assert got == want


@pytest.mark.parametrize("text", ["三次产业对经济增长的贡献率分别为10.2%、40.1%和49.7%。",
                                  "第一、二、三产业增加值占比分别为19.6%、45.2%和35.2%。"])
def test_shares_of_an_ordinal_list_are_no_figures(extract, text):  # guards: nothing read, before and after
    assert extract("2013年国民经济和社会发展统计公报\n" + text, region="门源回族自治县", published="2014-04-01",
                   doc_type="statistical_communique") == []
