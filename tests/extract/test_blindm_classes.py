"""Classes of error met on blind batch M (prefecture-level cities' headline figures: the 综合
section of a city's statistical communiqué, the review paragraph of a city's work report, a city
finance bureau's budget execution summary, a city statistics bureau's annual interpretation), each
as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, V, G = "actual", "value", "growth"
COMM = dict(published="2022-03-20", doc_type="statistical_communique")


def _comm(region: str, text: str) -> str:
    return f"{region}2021年国民经济和社会发展统计公报\n一、综合\n" + text


# ---- the population a per-capita figure is counted by, between its name and its number
# (人均地区生产总值（按常住人口计算）87090元): a basis, not the figure's subject ----

BASIS = [
    ("泉州市", "人均地区生产总值（按常住人口计算）87090元，比上年增长7.9%。", 87090, 7.9),
    ("德阳市", "全年人均生产总值（按户籍人口计算）6.2万元，增长5.1%。", 62000, 5.1),
    ("常德市", "人均地区生产总值（按年末常住人口计算）71560元，增长6.3%。", 71560, 6.3),
    ("聊城市", "全市人均GDP按年末户籍人口计算为53480元，比上年增长4.4%。", 53480, 4.4),
    ("临沂市", "人均地区生产总值按常住人口计算为48210元，增长5.0%。", 48210, 5.0),
    ("南通市", "全市人均地区生产总值为98532元（按年平均常住人口计算），增长6.1%。", 98532, 6.1),
    ("无锡市", "人均地区生产总值（按年平均常住人口计算）165230元，增长3.5%。", 165230, 3.5),
]


@pytest.mark.parametrize(("region", "text", "value", "growth"), BASIS, ids=[r for r, *_ in BASIS])
def test_population_basis_of_a_per_capita_figure(extract, region, text, value, growth):
    got = _got(extract(_comm(region, text), region=region, **COMM))
    assert ("gdp_per_capita", V, value, A, 2021, "year", region) in got
    assert ("gdp_per_capita", G, growth, A, 2021, "year", region) in got
    assert not any(g[0] == "resident_population" for g in got)


# ---- a clause or bracket converting the figure into dollars (（按年平均汇率折算为16668美元）,
# ，折合1.5万美元，): the growth rate after it is still the figure's ----

CONVERTED = [
    ("湖州市", "按常住人口计算，人均地区生产总值107534元（按年平均汇率折算为16668美元），增长8.6%。", 107534, 8.6),
    ("嘉兴市", "全年人均地区生产总值118930元，按年平均汇率折算为18434美元，比上年增长7.2%。", 118930, 7.2),
    ("绍兴市", "人均生产总值12.6万元，折合1.95万美元，增长6.4%。", 126000, 6.4),
    ("芜湖市", "全市人均GDP达到96520元，按年均汇率计算为14960美元，增长5.9%。", 96520, 5.9),
    ("扬州市", "人均地区生产总值134580元（约合20860美元），比上年增长6.8%。", 134580, 6.8),
]


@pytest.mark.parametrize(("region", "text", "value", "growth"), CONVERTED, ids=[r for r, *_ in CONVERTED])
def test_dollar_conversion_between_value_and_growth(extract, region, text, value, growth):
    got = _got(extract(_comm(region, text), region=region, **COMM))
    assert ("gdp_per_capita", V, value, A, 2021, "year", region) in got
    assert ("gdp_per_capita", G, growth, A, 2021, "year", region) in got


def test_dollar_figure_of_a_dollar_indicator_is_kept(extract):
    """Guard: 实际使用外资 is counted in dollars, so its 折合…美元 is its own value, not a conversion."""
    got = _got(extract(_comm("湖州市", "全年实际使用外资50.2亿元，折合7.8亿美元，增长12%。"), region="湖州市", **COMM))
    assert ("foreign_investment_actual", V, 7.8, A, 2021, "year", "湖州市") in got
    assert ("foreign_investment_actual", G, 12, A, 2021, "year", "湖州市") in got


# ---- an earlier year's figure revised after a census or a check (2023年地区生产总值修订为…亿元,
# 经核实…核实为…): the revised level of that year, a result ----

ANALYSIS = dict(published="2025-02-10", doc_type="statistical_analysis")
REVISED = [
    ("遵义市", "根据第五次全国经济普查结果，2023年全市地区生产总值修订为4512.60亿元，比修订前增加111.43亿元。", "gdp", 4512.6),
    ("六盘水市", "经统一核实，2023年全市地区生产总值核实为1530.2亿元。", "gdp", 1530.2),
    ("安顺市", "2023年全市社会消费品零售总额修正为412.8亿元，增速相应调整。", "retail_sales", 412.8),
    ("铜仁市", "经国家统计局核定，2023年全市地区生产总值核定为1598.7亿元。", "gdp", 1598.7),
    ("毕节市", "2023年全市第三产业增加值修订后为1087.4亿元。", "tertiary_industry_value_added", 1087.4),
]


@pytest.mark.parametrize(("region", "text", "ind", "value"), REVISED, ids=[r for r, *_ in REVISED])
def test_revised_level_of_an_earlier_year(extract, region, text, ind, value):
    got = _got(extract(f"{region}2024年经济运行情况解读\n" + text, region=region, **ANALYSIS))
    assert (ind, V, value, A, 2023, "year", region) in got


# ---- a county whose name opens with a numeral and a unit (三台县, 五台县, 九台区, 七台河市, 五家渠市,
# 三元区) heading an item that goes on with the indicator named before: the name, not a count ----

NUMERAL_NAMES = [
    ("绵阳市", "江油市完成一般公共预算收入12.08亿元，增长23.5%；三台县完成4.62亿元，增长26.1%。", "三台县", 4.62, 26.1),
    ("忻州市", "原平市实现地区生产总值160.3亿元，增长5.2%；五台县实现78.6亿元，增长4.9%。", "五台县", 78.6, 4.9),
    ("长春市", "农安县完成固定资产投资120.5亿元，增长8.1%；九台区完成98.2亿元，增长7.4%。", "九台区", 98.2, 7.4),
    ("三明市", "永安市实现社会消费品零售总额150.2亿元，增长6.2%；三元区实现88.4亿元，增长5.5%。", "三元区", 88.4, 5.5),
    ("黑龙江省", "鸡西市实现地区生产总值680.5亿元，增长5.9%；七台河市实现246.3亿元，增长6.6%。", "七台河市", 246.3, 6.6),
]


@pytest.mark.parametrize(("city", "text", "county", "value", "growth"), NUMERAL_NAMES, ids=[c for _, _, c, *_ in NUMERAL_NAMES])
def test_county_name_opening_with_a_numeral(extract, city, text, county, value, growth):
    got = _got(extract(_comm(city, "分县（市、区）看，" + text), region=city, **COMM))
    assert any(g[1:] == (V, value, A, 2021, "year", county) for g in got)
    assert any(g[1:] == (G, growth, A, 2021, "year", county) for g in got)


def test_numeral_and_unit_without_a_region_name_is_still_a_count(extract):
    """Guard: 三台 before a noun that names no region is three machines."""
    figs = extract(_comm("绵阳市", "全年新增三台大型机组，全市地区生产总值三百亿元。"), region="绵阳市", **COMM)
    assert ("gdp", V, 300, A, 2021, "year", "绵阳市") in _got(figs)


# ---- a bracket glossing the subject before it (中心城区（章贡区、南康区…）, 市区（吴兴区、南浔区）,
# 萧山区（含经开区）): the regions inside it are not the figure's; an unnamed part of the city
# (中心城区, 市区, 主城区) keeps its figure out, a named region keeps its own ----

GLOSS_PART = [
    ("赣州市", "中心城区（章贡区、南康区、赣县区及赣州经开区）实现生产总值1251.07亿元，增长8.8%。"),
    ("湖州市", "市区（吴兴区、南浔区）实现地区生产总值1450.2亿元，增长9.8%。"),
    ("重庆市", "主城区（含江北区、渝中区、沙坪坝区）地区生产总值增长6.1%。"),
    ("绍兴市", "中心城区（越城区、柯桥区、上虞区）完成固定资产投资1502.3亿元，增长7.7%。"),
]


@pytest.mark.parametrize(("region", "text"), GLOSS_PART, ids=[r for r, _ in GLOSS_PART])
def test_regions_glossing_an_unnamed_part_of_the_city(extract, region, text):
    got = _got(extract(_comm(region, text), region=region, **COMM))
    assert got == set()


GLOSS_NAMED = [
    ("杭州市", "萧山区（含萧山经济技术开发区）实现地区生产总值2001.5亿元，增长7.0%。", "萧山区", "gdp", 2001.5, 7.0),
    ("长沙市", "长沙县（含星沙经开区）完成固定资产投资820.4亿元，增长9.2%。", "长沙县", "fixed_asset_investment", 820.4, 9.2),
]


@pytest.mark.parametrize(("city", "text", "region", "ind", "value", "growth"), GLOSS_NAMED, ids=[r for _, _, r, *_ in GLOSS_NAMED])
def test_named_region_before_a_bracket_keeps_its_figure(extract, city, text, region, ind, value, growth):
    got = _got(extract(_comm(city, text), region=city, **COMM))
    assert (ind, V, value, A, 2021, "year", region) in got
    assert (ind, G, growth, A, 2021, "year", region) in got


# ---- a quarter's own rate written with 当季 / 单季 (其中第四季度当季增长6.8%): the indicator's rate for
# that quarter, like 8月份当月 ----

QUARTER_ONLY = [
    ("2023年全市实现地区生产总值6731.66亿元，同比增长6.4%。其中第四季度当季增长6.8%。", "gdp", 6.8, "Q4"),
    ("全市地区生产总值6731.66亿元，同比增长6.4%，其中四季度单季增长6.8%。", "gdp", 6.8, "Q4"),
    ("全年规模以上工业增加值增长7.1%；第三季度当季增长7.9%。", "industrial_value_added", 7.9, "Q3"),
    ("全年一般公共预算收入增长5.2%。其中，二季度当季下降1.3%。", "fiscal_revenue_general", -1.3, "Q2"),
]


@pytest.mark.parametrize(("text", "ind", "growth", "period"), QUARTER_ONLY, ids=[t[-14:] for t, *_ in QUARTER_ONLY])
def test_a_quarter_alone_written_with_dangji(extract, text, ind, growth, period):
    got = _got(extract("泰州市2023年经济运行情况解读\n" + text, region="泰州市", published="2024-01-30",
                       doc_type="statistical_analysis"))
    assert (ind, G, growth, A, 2023, period, "泰州市") in got


# ---- a year framing a sentence of a five-year plan's section (二、“十四五”时期主要目标\n到2025年，A…，B…，C…):
# every level of the sentence is that year's, not only the first; the plan heading is no period of its own ----

WR = dict(published="2021-01-20", doc_type="work_report")
FRAMED = [
    ("盐城市", "二、“十四五”时期主要目标\n到2025年，地区生产总值突破3500亿元，一般公共预算收入达到260亿元，社会消费品零售总额达到1500亿元。",
     [("gdp", 3500), ("fiscal_revenue_general", 260), ("retail_sales", 1500)]),
    ("淮安市", "三、“十四五”发展目标\n到2025年，全市地区生产总值达到6000亿元左右，常住人口达到460万人，城镇新增就业累计达到30万人。",
     [("gdp", 6000), ("resident_population", 460)]),
    ("宿迁市", "二、“十四五”时期奋斗目标\n展望2025年，全市一般公共预算收入突破300亿元，固定资产投资达到2800亿元。",
     [("fiscal_revenue_general", 300), ("fixed_asset_investment", 2800)]),
    ("镇江市", "四、“十四五”期间主要目标\n到2025年，地区生产总值达到6500亿元，人均地区生产总值超过18万元，城镇居民人均可支配收入达到8万元。",
     [("gdp", 6500), ("gdp_per_capita", 180000), ("urban_disposable_income", 80000)]),
]


@pytest.mark.parametrize(("region", "text", "items"), FRAMED, ids=[r for r, *_ in FRAMED])
def test_year_framing_a_plan_sentence(extract, region, text, items):
    got = _got(extract(f"2021年{region}政府工作报告\n" + text, region=region, **WR))
    for ind, value in items:
        assert (ind, V, value, "target", 2025, "year", region) in got


# ---- a clause about a group of member regions with no number of its own, then 其中 items naming members
# (7个县（市、区）生产总值增速高于全市平均水平，其中平阴县增长8.9%): each member's figure ----

ANALYSIS_24 = dict(published="2024-01-25", doc_type="statistical_analysis")
GROUP_ITEMS = [
    ("济南市", "分县（市、区）看，7个县（市、区）生产总值增速高于全市平均水平，其中平阴县增长8.9%，居全市首位。",
     "gdp", [("平阴县", 8.9)]),
    ("济南市", "各县（市、区）生产总值均实现正增长，其中商河县增长7.6%。", "gdp", [("商河县", 7.6)]),
    ("南通市", "各区县一般公共预算收入均实现增长，其中启东市增长12.1%、如皋市增长9.4%。",
     "fiscal_revenue_general", [("启东市", 12.1), ("如皋市", 9.4)]),
    ("徐州市", "全市10个县（市、区）中，8个县（市、区）固定资产投资实现正增长，其中邳州市增长15.2%。",
     "fixed_asset_investment", [("邳州市", 15.2)]),
]


@pytest.mark.parametrize(("city", "text", "ind", "items"), GROUP_ITEMS, ids=[t[:10] for _, t, *_ in GROUP_ITEMS])
def test_member_items_after_a_group_clause(extract, city, text, ind, items):
    got = _got(extract(f"2023年{city}经济运行情况分析\n" + text, region=city, **ANALYSIS_24))
    for region, growth in items:
        assert (ind, G, growth, A, 2023, "year", region) in got
    assert not any(g[6] == city for g in got)  # the group's own rate is no figure of the city


def test_group_total_is_not_the_city_figure(extract):
    """Guard: the members' sum (各区县…合计) is neither the city's figure nor a member's."""
    got = _got(extract("2023年济南市经济运行情况分析\n各区县一般公共预算收入合计120.5亿元，增长6%。", region="济南市",
                       **ANALYSIS_24))
    assert got == set()


# ---- counties made cities or districts after the adcode table (海安县→海安市 2018, 海门市→海门区 2020,
# 赣县→赣县区 2016, 龙南县→龙南市 2020, 九江县→柴桑区 2017, 东乡县→东乡区 2016, 余江县→余江区 2018,
# 玉环县→玉环市 2017, 无为县→无为市 2019):
# their new names are regions of the city (regions_extra.csv renames) ----

RENAMED = [
    ("南通市", "海安市", "海安市实现地区生产总值1408.6亿元，增长6.1%。"),
    ("南通市", "海门区", "海门区实现地区生产总值1453.2亿元，增长5.7%。"),
    ("赣州市", "赣县区", "赣县区实现地区生产总值245.3亿元，增长8.3%。"),
    ("赣州市", "龙南市", "龙南市实现地区生产总值180.6亿元，增长9.0%。"),
    ("九江市", "柴桑区", "柴桑区实现地区生产总值230.4亿元，增长7.5%。"),
    ("鹰潭市", "余江区", "余江区实现地区生产总值176.2亿元，增长8.1%。"),
    ("台州市", "玉环市", "玉环市实现地区生产总值802.6亿元，增长6.2%。"),
    ("芜湖市", "无为市", "无为市实现地区生产总值520.3亿元，增长5.9%。"),
]


@pytest.mark.parametrize(("city", "county", "text"), RENAMED, ids=[c for _, c, _ in RENAMED])
def test_renamed_county_is_a_region(extract, city, county, text):
    got = _got(extract(_comm(city, "分县（市、区）看，" + text), region=city, **COMM))
    assert any(g[0] == "gdp" and g[1] == V and g[6] == county for g in got)
    assert any(g[0] == "gdp" and g[1] == G and g[6] == county for g in got)


# ---- older and local names of the income indicators (城市居民人均可支配收入, 农民人均可支配收入, 农民人均收入),
# alone or in a list ----

INCOME_NAMES = [
    ("城市居民人均可支配收入28650元，增长9.1%。", "urban_disposable_income", 28650, 9.1),
    ("农民人均可支配收入18500元，增长8.2%。", "rural_disposable_income", 18500, 8.2),
    ("全年农民人均收入12650元，比上年增长10.1%。", "rural_disposable_income", 12650, 10.1),
    ("城镇常住居民人均可支配收入达到4.2万元，增长6.5%；农民人均可支配收入1.85万元，增长8.2%。", "rural_disposable_income", 18500, 8.2),
    ("全市城市居民可支配收入达到31520元，增长7.7%。", "urban_disposable_income", 31520, 7.7),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), INCOME_NAMES, ids=[t[:9] for t, *_ in INCOME_NAMES])
def test_older_income_names(extract, text, ind, value, growth):
    got = _got(extract(_comm("常州市", text), region="常州市", **COMM))
    assert (ind, V, value, A, 2021, "year", "常州市") in got
    assert (ind, G, growth, A, 2021, "year", "常州市") in got


# ---- a member region named after the whole's figure, with a result verb and the tail of the name before
# its number (在全市固定资产投资中，温岭市完成投资245.6亿元，增长6.2%): the member's figure ----

MEMBER_STEM = [
    ("台州市", "在全市固定资产投资中，温岭市完成投资245.6亿元，增长6.2%。", "fixed_asset_investment", "温岭市", 245.6, 6.2),
    ("台州市", "全市社会消费品零售总额中，临海市实现零售总额612.3亿元，增长4.1%。", "retail_sales", "临海市", 612.3, 4.1),
    ("嘉兴市", "全市一般公共预算收入中，海宁市完成收入86.5亿元，增长7.3%。", "fiscal_revenue_general", "海宁市", 86.5, 7.3),
    ("绍兴市", "全市规模以上工业增加值中，诸暨市实现增加值356.2亿元，增长9.1%。", "industrial_value_added", "诸暨市", 356.2, 9.1),
]


@pytest.mark.parametrize(("city", "text", "ind", "region", "value", "growth"), MEMBER_STEM, ids=[r for _, _, _, r, *_ in MEMBER_STEM])
def test_member_with_verb_and_name_tail(extract, city, text, ind, region, value, growth):
    got = _got(extract(_comm(city, text), region=city, **COMM))
    assert (ind, V, value, A, 2021, "year", region) in got
    assert (ind, G, growth, A, 2021, "year", region) in got


# ---- a later ；-item naming a member with a result verb and the tail of the name before its number
# (…；临海市完成收入38.1亿元，增长5.3%; …；其中温岭市实现收入45.6亿元): it goes on with that name ----

ITEM_STEM = [
    ("台州市", "全市一般公共预算收入465.3亿元，增长5%；其中温岭市实现收入45.6亿元，增长6.2%。",
     "fiscal_revenue_general", "温岭市", 45.6, 6.2),
    ("台州市", "全市一般公共预算收入中，温岭市完成收入45.6亿元，增长6.2%；临海市完成收入38.1亿元，增长5.3%。",
     "fiscal_revenue_general", "临海市", 38.1, 5.3),
    ("金华市", "义乌市完成固定资产投资620.4亿元，增长9.8%；东阳市完成投资285.7亿元，增长7.6%。",
     "fixed_asset_investment", "东阳市", 285.7, 7.6),
    ("宁波市", "慈溪市实现社会消费品零售总额702.5亿元，增长5.2%；余姚市实现零售总额520.8亿元，增长4.6%。",
     "retail_sales", "余姚市", 520.8, 4.6),
]


@pytest.mark.parametrize(("city", "text", "ind", "region", "value", "growth"), ITEM_STEM, ids=[r for _, _, _, r, *_ in ITEM_STEM])
def test_later_item_with_verb_and_name_tail(extract, city, text, ind, region, value, growth):
    got = _got(extract(_comm(city, text), region=city, **COMM))
    assert (ind, V, value, A, 2021, "year", region) in got
    assert (ind, G, growth, A, 2021, "year", region) in got


def test_later_item_with_another_noun_is_not_carried(extract):
    """Guard: 完成投资 is no tail of 一般公共预算收入, so the item names another figure."""
    got = _got(extract(_comm("台州市", "温岭市实现一般公共预算收入45.6亿元，增长6.2%；临海市完成投资38.1亿元，增长5.3%。"),
                       region="台州市", **COMM))
    assert not any(g[6] == "临海市" for g in got)


# ---- a bare 财政收入 whose sentence goes on with 其中 and the budget revenue (财政收入完成143.6亿元，增长6.0%，
# 其中一般公共预算收入79.5亿元): the total (财政总收入), the budget revenue its part ----

WHOLE = [
    ("玉林市", "2017年玉林市政府工作报告\n一、2016年工作回顾\n财政收入完成143.6亿元，增长6.0%，其中一般公共预算收入79.5亿元，增长5.1%。",
     "2017-01-20", "work_report", 2016, 143.6, 6.0),
    ("桂林市", "桂林市2012年国民经济和社会发展统计公报\n全年财政收入203.15亿元，比上年增长17.3%。其中，公共财政预算收入105.66亿元，增长18.9%。",
     "2013-04-12", "statistical_communique", 2012, 203.15, 17.3),
    ("柳州市", "柳州市2014年国民经济和社会发展统计公报\n全年全市财政收入完成286.5亿元，增长8.2%，其中，一般公共预算收入138.2亿元，增长7.5%。",
     "2015-04-10", "statistical_communique", 2014, 286.5, 8.2),
]


@pytest.mark.parametrize(("region", "text", "published", "doc_type", "year", "value", "growth"), WHOLE, ids=[r for r, *_ in WHOLE])
def test_bare_fiscal_revenue_with_its_part_is_the_total(extract, region, text, published, doc_type, year, value, growth):
    got = _got(extract(text, region=region, published=published, doc_type=doc_type))
    assert ("fiscal_revenue_total", V, value, A, year, "year", region) in got
    assert ("fiscal_revenue_total", G, growth, A, year, "year", region) in got


def test_bare_fiscal_revenue_alone_is_no_catalog_figure(extract):
    """Guard: without its part, 财政收入 may be either; no catalog figure is read from it."""
    figs = extract("桂林市2012年国民经济和社会发展统计公报\n全年财政收入203.15亿元，比上年增长17.3%。", region="桂林市",
                   published="2013-04-12", doc_type="statistical_communique")
    assert not any(f.indicator.startswith("fiscal_revenue_") and f.indicator != "fiscal_revenue_unspecified" for f in figs)


# ---- a rate compared with last year's revised data (比上年（经核实的2018年数据）增长6.8%, 比上年修订后的数据增长…,
# 比上年核实数增长…): the year's own rate; the bracket's year is the baseline's ----

REVISED_BASE = [
    ("全市地区生产总值2450.6亿元，比上年（经核实的2018年数据）增长6.8%。", "gdp", 2450.6, 6.8),
    ("全市地区生产总值2450.6亿元，比上年（经核实的数据）增长6.8%。", "gdp", 2450.6, 6.8),
    ("全市一般公共预算收入186.3亿元，比上年修订后的数据增长5.2%。", "fiscal_revenue_general", 186.3, 5.2),
    ("全市社会消费品零售总额1203.5亿元，比上年核实数增长7.1%。", "retail_sales", 1203.5, 7.1),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), REVISED_BASE, ids=[t[-16:] for t, *_ in REVISED_BASE])
def test_rate_against_revised_data(extract, text, ind, value, growth):
    got = _got(extract("泉州市2019年国民经济和社会发展统计公报\n一、综合\n" + text, region="泉州市", published="2020-03-20",
                       doc_type="statistical_communique"))
    assert (ind, V, value, A, 2019, "year", "泉州市") in got
    assert (ind, G, growth, A, 2019, "year", "泉州市") in got


# ---- a clause saying the figure met or beat its target between its value and its rate (…完成2450.6亿元，超额完成
# 年度目标任务，增长6.8%; …，超额完成市十六届人大三次会议确定的目标任务，…): the rate is still the figure's, a result ----

WR_20 = dict(published="2020-01-20", doc_type="work_report")
BEAT_GOAL = [
    ("全市地区生产总值完成2450.6亿元，超额完成年度目标任务，增长6.8%。", "gdp", 2450.6, 6.8),
    ("全市一般公共预算收入完成186.3亿元，超过年初预期目标，增长5.2%。", "fiscal_revenue_general", 186.3, 5.2),
    ("全市地区生产总值完成2450.6亿元，超额完成市十六届人大三次会议确定的目标任务，增长6.8%。", "gdp", 2450.6, 6.8),
    ("社会消费品零售总额完成1203.5亿元，超额完成市人大二次会议确定的年度目标，增长7.1%。", "retail_sales", 1203.5, 7.1),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), BEAT_GOAL, ids=[t[-22:-10] for t, *_ in BEAT_GOAL])
def test_rate_after_a_clause_beating_the_goal(extract, text, ind, value, growth):
    got = _got(extract("2020年泉州市政府工作报告\n一、2019年工作回顾\n" + text, region="泉州市", **WR_20))
    assert (ind, V, value, A, 2019, "year", "泉州市") in got
    assert (ind, G, growth, A, 2019, "year", "泉州市") in got


def test_excess_over_the_goal_is_still_no_figure(extract):
    """Guard: the excess itself (比年初目标高出12亿元, 超过年度预算12.1亿元) is no level of the figure."""
    got = _got(extract("2020年泉州市政府工作报告\n一、2019年工作回顾\n全市一般公共预算收入完成186.3亿元，超过年度预算12.1亿元。",
                       region="泉州市", **WR_20))
    assert got == {("fiscal_revenue_general", V, 186.3, A, 2019, "year", "泉州市")}


# ---- a section headed by an unnamed part of the city (十四、市区主要指标, （二）中心城区): its figures are that
# part's, not the city's (left out, like a 市本级 sub-heading); a named district or county inside keeps its own ----

PART_SECTIONS = [
    ("湖州市", "十四、市区主要指标\n全年实现地区生产总值1450.2亿元，增长9.8%。一般公共预算收入158.3亿元，增长15.2%。"),
    ("嘉兴市", "十五、市区\n全年市区实现社会消费品零售总额820.6亿元，增长7.4%。"),
    ("赣州市", "（二）中心城区\n实现地区生产总值1251.07亿元，增长8.8%；固定资产投资增长9.1%。"),
    ("柳州市", "八、城区经济\n全年完成一般公共预算收入62.3亿元，增长4.2%。"),
]


@pytest.mark.parametrize(("city", "text"), PART_SECTIONS, ids=[c for c, _ in PART_SECTIONS])
def test_section_of_an_unnamed_part_of_the_city(extract, city, text):
    got = _got(extract(_comm(city, "全市实现地区生产总值3644.9亿元，增长9.5%。\n" + text), region=city, **COMM))
    assert got == {("gdp", V, 3644.9, A, 2021, "year", city), ("gdp", G, 9.5, A, 2021, "year", city)}


def test_named_district_in_a_part_section_keeps_its_figure(extract):
    got = _got(extract(_comm("湖州市", "十四、市区主要指标\n吴兴区实现地区生产总值620.1亿元，增长9.1%。"), region="湖州市", **COMM))
    assert ("gdp", V, 620.1, A, 2021, "year", "吴兴区") in got


# ---- a ranking right after the name, before its value (地区生产总值总量居全省第3位，达到4500.6亿元，增长6.2%):
# the value and the rate after it are still the name's ----

RANK_HEAD = [
    ("全市地区生产总值总量居全省第3位，达到4500.6亿元，增长6.2%。", "gdp", 4500.6, 6.2),
    ("全市社会消费品零售总额规模位居全省第2，达1820.3亿元，增长7.4%。", "retail_sales", 1820.3, 7.4),
    ("全市一般公共预算收入总量排名全省第4位，完成236.8亿元，增长5.5%。", "fiscal_revenue_general", 236.8, 5.5),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), RANK_HEAD, ids=[t[2:8] for t, *_ in RANK_HEAD])
def test_ranking_between_name_and_value(extract, text, ind, value, growth):
    got = _got(extract(_comm("襄阳市", text), region="襄阳市", **COMM))
    assert (ind, V, value, A, 2021, "year", "襄阳市") in got
    assert (ind, G, growth, A, 2021, "year", "襄阳市") in got


# ---- a county-level city named with what it is (代管的县级市昆山市, 县级市张家港市): an apposition of the
# region, not a part restricting the name after it ----

COUNTY_CITY = [
    ("代管的县级市昆山市实现地区生产总值5006.7亿元，增长5.5%。", "gdp", "昆山市", 5006.7, 5.5),
    ("县级市张家港市完成一般公共预算收入290.3亿元，增长4.2%。", "fiscal_revenue_general", "张家港市", 290.3, 4.2),
    ("代管县级市常熟市实现社会消费品零售总额980.6亿元，增长6.0%。", "retail_sales", "常熟市", 980.6, 6.0),
]


@pytest.mark.parametrize(("text", "ind", "region", "value", "growth"), COUNTY_CITY, ids=[r for _, _, r, *_ in COUNTY_CITY])
def test_county_level_city_apposition(extract, text, ind, region, value, growth):
    got = _got(extract(_comm("苏州市", text), region="苏州市", **COMM))
    assert (ind, V, value, A, 2021, "year", region) in got
    assert (ind, G, growth, A, 2021, "year", region) in got
