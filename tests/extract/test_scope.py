"""Breakdowns are not totals: the same sentence forms with and without a restricting modifier.

Without the modifier the catalog indicator is read; with it (a trade mode, an ownership, a
destination, a product, a tertiary sector, a level of government, an intensity, a balance, a
contribution) the figure is about a part and no record of the catalog id comes out.
"""

import pytest

from src.extract import extract_text, resources
from src.extract.scope import load_scope, modifier_before

CITY = dict(region="黄石市", published="2024-02-20", doc_type="statistical_communique")


def ids(text: str) -> set[tuple[str, str]]:
    return {(f.indicator, f.measure.value) for f in extract_text(text, **CITY)}


# (class, total form, part form, indicator): the part form must not give the indicator.
PAIRS = [
    ("trade mode", "全年进出口总额320.5亿元，增长6.1%。", "全年一般贸易进出口210.4亿元，增长8.2%。", "imports_exports"),
    ("trade mode", "全年出口总额188.2亿元。", "全年加工贸易出口36.7亿元。", "exports"),
    ("trade mode", "全市出口增长4.4%。", "全市跨境电商出口增长31.2%。", "exports"),
    ("ownership", "全年出口151.3亿元，增长9.5%。", "全年民营企业出口121.3亿元，增长19.5%。", "exports"),
    ("ownership", "全市进出口总额增长3.3%。", "全市国有企业进出口增长13.3%。", "imports_exports"),
    ("ownership", "全年出口97.4亿元。", "全年外商投资企业出口27.4亿元。", "exports"),
    ("destination", "全年出口63.8亿元，增长2.2%。", "全年对东盟出口13.8亿元，增长22.2%。", "exports"),
    ("destination", "上半年进出口74.6亿元。", "上半年对共建“一带一路”国家进出口44.6亿元。", "imports_exports"),
    ("destination", "一季度出口增长7%。", "一季度对欧盟国家出口增长17%。", "exports"),
    ("product", "全年出口80.1亿元，增长3.0%。", "全年机电产品出口40.1亿元，增长13.0%。", "exports"),
    ("product", "全年出口总额52.5亿元。", "全年高新技术产品出口12.5亿元。", "exports"),
    ("product after the name", "全年出口71.9亿元，增长6.6%。", "全年出口纺织服装11.9亿元，增长6.6%。", "exports"),
    ("product after the name", "上半年出口25亿元。", "上半年出口钢铁制品5亿元。", "exports"),
    ("tertiary sector", "全年服务业增加值1021.6亿元，增长5.7%。", "全年金融服务业增加值121.6亿元，增长5.7%。",
     "tertiary_industry_value_added"),
    ("tertiary sector", "第三产业增加值增长6.1%。", "生活性服务业增加值增长8.1%。", "tertiary_industry_value_added"),
    ("government level", "全年全市一般公共预算收入156.2亿元，增长4.1%。", "全年市级一般公共预算收入56.2亿元，增长4.1%。",
     "fiscal_revenue_general"),
    ("government level", "一般公共预算收入完成88.6亿元。", "市本级一般公共预算收入完成28.6亿元。", "fiscal_revenue_general"),
    ("government level", "全区一般公共预算收入增长2.2%。", "区本级一般公共预算收入增长12.2%。", "fiscal_revenue_general"),
    ("scope of revenue", "一般公共预算收入301.5亿元。", "全口径一般公共预算收入501.5亿元。", "fiscal_revenue_general"),
    ("zone not in the region data", "全市一般公共预算收入增长5.2%。", "综合保税区一般公共预算收入增长15.2%。",
     "fiscal_revenue_general"),
    ("balance", "全年进出口总额200.4亿元。", "全年进出口顺差40.4亿元。", "imports_exports"),
    ("balance", "上半年进出口增长1.5%。", "上半年进出口逆差扩大1.5%。", "imports_exports"),
    ("intensity", "全年地区生产总值增长5.4%。", "全年单位地区生产总值能耗下降3.4%。", "gdp"),
    ("intensity", "全市GDP增长6.1%。", "全市万元GDP能耗下降4.1%。", "gdp"),
    ("intensity after the name", "全年GDP增长5.9%。", "全年GDP能耗下降2.9%。", "gdp"),
    ("contribution", "全年地区生产总值增长5.1%。", "全年消费对地区生产总值增长的贡献率为55.1%。", "gdp"),
    ("contribution", "规上工业增加值增长7.7%。", "汽车产业拉动规上工业增加值增长1.7个百分点。", "industrial_value_added"),
    ("programme of works", "全年完成固定资产投资300亿元，增长10%。", "“东门片区”棚改力争完成固定资产投资90亿元。",
     "fixed_asset_investment"),
    ("programme of works", "全区完成固定资产投资412亿元。", "城中村改造完成固定资产投资36亿元。", "fixed_asset_investment"),
    ("programme of works", "全年固定资产投资增长8.1%。", "推进旧城改造，老旧小区改造完成固定资产投资8.2亿元。",
     "fixed_asset_investment"),
    ("programme of works", "固定资产投资累计完成215亿元。", "旧改累计完成固定资产投资15亿元。", "fixed_asset_investment"),
    ("comparison baseline", "全年地区生产总值增长5.5%。", "数字经济增速高于地区生产总值6.5个百分点，比上年增长12%。", "gdp"),
]


@pytest.mark.parametrize("cls,total,part,indicator", PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_modifier_makes_a_part(cls: str, total: str, part: str, indicator: str) -> None:
    assert indicator in {i for i, _ in ids(total)}, f"total form lost: {total}"
    assert indicator not in {i for i, _ in ids(part)}, f"{cls}: part read as total: {part}"


# Scope words, verbs and prepositions before a name leave it the indicator.
OPEN = [
    ("全市地区生产总值增长5.0%。", "gdp"),
    ("全年全社会固定资产投资增长3.2%。", "fixed_asset_investment"),
    ("2023年，黄石市实现地区生产总值2100亿元。", "gdp"),
    ("上半年完成社会消费品零售总额512亿元。", "retail_sales"),
    ("力争一般公共预算收入增长5%。", "fiscal_revenue_general"),
    ("带动规上工业增加值增长8.5%。", "industrial_value_added"),
    ("以GDP增长6%为目标。", "gdp"),
    ("其中，出口1306.19亿元，下降9.3%。", "exports"),
]


@pytest.mark.parametrize("text,indicator", OPEN)
def test_open_phrase_keeps_the_indicator(text: str, indicator: str) -> None:
    assert indicator in {i for i, _ in ids(text)}


def test_zone_of_the_region_gets_its_own_region() -> None:
    figs = extract_text("萧山经济技术开发区一般公共预算收入增长15.2%。", region="萧山区", published="2024-02-01",
                        doc_type="work_report")
    assert [(f.indicator, f.region) for f in figs] == [("fiscal_revenue_general", "萧山经济技术开发区")]


def test_modifier_classes_are_named() -> None:
    sc = load_scope()
    assert sc.modifier_class("全年民营企业") == "ownership"
    assert sc.modifier_class("全市市本级") == "government_level"
    assert modifier_before("全年机电产品出口", 6, []) == "全年机电产品"
    assert modifier_before("全年全市出口", 4, []) is None


def test_scope_data_validates() -> None:
    from src.extract.scope import validate

    assert not [p for p in resources.validate() if p.startswith("scope.yaml")]
    bad = dict(resources.scope(), lead_words=["实现", "市级"])
    assert any("市级" in p for p in validate(bad))
    assert any("boundary" in p for p in validate({k: v for k, v in resources.scope().items() if k != "boundary"}))
    # the flow and level words are one list each, read by scope and by the catalog's flow names
    assert any("存量" in p for p in validate(dict(resources.scope(), level_after_flow=["累计", "达到", "达"])))
    assert any("flow_stem_min" in p for p in validate(dict(resources.scope(), flow_stem_min=0)))
    sc = load_scope()
    assert set(sc.stock_words) < set(sc.level_after_flow) and "达到" not in sc.stock_words


def recs(text: str, **meta: str) -> list[tuple]:
    return [(f.indicator, f.measure.value, float(f.value), f.year, f.region, f.qualifier.value)
            for f in extract_text(text, **meta)]


REPORT = dict(region="萧山区", published="2024-01-20", doc_type="work_report")


@pytest.mark.parametrize("text", [
    "全年地区生产总值首次突破2000亿元大关。全年实现地区生产总值2087.4亿元，增长5.1%。",
    "全区实现地区生产总值2087.4亿元，增长5.1%。经济总量成功跨越2000亿元新台阶。",
    "经济总量迈上2000亿元台阶。全区实现地区生产总值2087.4亿元，增长5.1%。",
])
def test_milestone_restating_an_exact_value_is_not_a_record(text: str) -> None:
    values = [r[2] for r in recs(text, **REPORT) if r[:2] == ("gdp", "value")]
    assert values == [2087.4]


def test_milestone_that_is_the_only_report_of_a_level_is_kept() -> None:
    got = [r for r in recs("2019年全区地区生产总值突破1500亿元大关。", **REPORT) if r[0] == "gdp"]
    assert got == [("gdp", "value", 1500.0, 2019, "萧山区", "at_least")]


@pytest.mark.parametrize("text", [
    "实现地区生产总值2100亿元、全市第三，增长5.2%。",
    "地区生产总值增长5.2%，增速位居全市第一。",
    "地区生产总值2100亿元，总量居全省前列。",
])
def test_a_ranking_scope_is_not_the_region(text: str) -> None:
    regions = {r[4] for r in recs(text, **REPORT) if r[0] == "gdp"}
    assert regions == {"萧山区"}


@pytest.mark.parametrize("region,text", [
    ("昆山市", "去年昆山全年完成地区生产总值4800.2亿元。"),
    ("淳安县", "2023年淳安实现地区生产总值301.5亿元。"),
    ("峨边彝族自治县", "2023年峨边全年实现地区生产总值60.1亿元。"),
    ("峨边彝族自治县", "2023年峨边县实现地区生产总值60.1亿元。"),
])
def test_short_forms_of_county_names(region: str, text: str) -> None:
    got = recs(text, region=region, published="2024-03-01", doc_type="news")
    assert [(r[0], r[4]) for r in got] == [("gdp", region)]


@pytest.mark.parametrize("text,indicator", [
    ("上半年全市地域内一般公共预算总收入5102亿元。", "fiscal_revenue_total"),
    ("全年全口径一般公共预算收入702亿元。", "fiscal_revenue_total"),
    ("全年公共财政预算收入88.1亿元。", "fiscal_revenue_general"),
    ("全年地方公共财政收入88.1亿元。", "fiscal_revenue_general"),
    ("全年进出口总值320.5亿元。", "imports_exports"),
    ("全年三产增加值1200亿元。", "tertiary_industry_value_added"),
    ("全年一产增加值120亿元。", "primary_industry_value_added"),
])
def test_old_and_regional_names(text: str, indicator: str) -> None:
    assert {r[0] for r in recs(text, **CITY)} == {indicator}


COUNTY_NEWS = dict(region="昆山市", published="2024-08-01", doc_type="news")


@pytest.mark.parametrize("text,region", [
    ("据统计，苏州市上半年全市实现地区生产总值12100.5亿元。", "苏州市"),
    ("从苏州全市看，上半年地区生产总值增长4.9%。", "苏州市"),
    ("苏州市统计局发布数据。该市上半年地区生产总值增长4.9%。", "苏州市"),
    ("苏州市客商来访。我市上半年地区生产总值增长4.9%。", "昆山市"),
    ("上半年，全市地区生产总值增长4.9%。", "昆山市"),
])
def test_whole_city_words_mean_the_city_the_sentence_is_about(text: str, region: str) -> None:
    assert {r[4] for r in recs(text, **COUNTY_NEWS) if r[0] == "gdp"} == {region}


@pytest.mark.parametrize("text,status", [
    ("全面完成年度目标任务，地区生产总值完成300.2亿元，增长6.1%。", "actual"),
    ("提前完成全年目标，规上工业增加值完成120.5亿元。", "actual"),
    ("实现“双过半”目标任务上半年，固定资产投资完成80.3亿元。", "actual"),
    ("力争实现全年目标，地区生产总值增长6%。", "target"),
    ("全年目标是地区生产总值增长6%。", "target"),
])
def test_status_of_a_goal_that_was_achieved(text: str, status: str) -> None:
    got = {f.status.value for f in extract_text(text, region="铁西区", published="2023-08-08", doc_type="news")}
    assert got == {status}


@pytest.mark.parametrize("text,published,doc_type,status,year", [
    ("预计全年地区生产总值增长6.2%。", "2024-01-15", "work_report", "actual", 2023),
    ("初步预计去年地区生产总值增长5.8%。", "2024-02-01", "work_report", "actual", 2023),
    ("预计2023年地区生产总值增长5.8%。", "2024-01-15", "work_report", "actual", 2023),
    ("预计2025年地区生产总值增长5.8%。", "2024-01-15", "work_report", "target", 2025),
    ("预计全年地区生产总值增长6%。", "2024-07-20", "news", "target", 2024),
])
def test_estimate_of_an_ended_period_is_a_result(text: str, published: str, doc_type: str, status: str,
                                                 year: int) -> None:
    figs = extract_text(text, region="萧山区", published=published, doc_type=doc_type)
    assert [(f.status.value, f.year) for f in figs if f.indicator == "gdp"] == [(status, year)]


def test_a_dateline_is_not_a_sub_region_heading() -> None:
    text = "西安。陕西省统计局今日发布数据，上半年全省地区生产总值增长3.7%。第三产业增加值增长6.2%。"
    figs = extract_text(text, region="陕西省", published="2023-07-28", doc_type="news")
    assert {f.region for f in figs} == {"陕西省"} and len(figs) == 2


@pytest.mark.parametrize("opener", ["分产业看", "分三次产业看", "从三次产业看"])
def test_a_breakdown_sentence_keeps_the_region_named_before_it(opener: str) -> None:
    text = f"苏州市上半年全市实现地区生产总值12100.5亿元。{opener}，第一产业增加值70.1亿元，增长3.1%。"
    figs = extract_text(text, **COUNTY_NEWS)
    assert {(f.indicator, f.region) for f in figs} == {("gdp", "苏州市"), ("primary_industry_value_added", "苏州市")}


def test_a_breakdown_sentence_after_the_documents_own_region_stays_there() -> None:
    figs = extract_text("上半年全市实现地区生产总值2800.5亿元。分产业看，第一产业增加值20.1亿元。", **COUNTY_NEWS)
    assert {f.region for f in figs} == {"昆山市"}


@pytest.mark.parametrize("loader", [load_scope, "cues", "indicators", "units", "regions", "magnitudes"])
def test_rule_data_is_parsed_once_per_process(loader):
    """Every finder asks for the rules per mention: a loader that parses its file again on each call
    (a lost @cache) makes extraction quadratic-looking on long documents."""
    from src.extract.cues import load_cues

    fn = {"cues": load_cues}.get(loader) or getattr(resources, loader, loader) if isinstance(loader, str) else loader
    assert fn() is fn()
