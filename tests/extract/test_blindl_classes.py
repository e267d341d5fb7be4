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
