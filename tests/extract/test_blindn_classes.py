"""Classes of error met on blind batch N (county-level documents of the west, the north-east and the
minority regions: banner and county work reports, monthly briefs, a county communiqué, local news
naming the prefecture, its towns, 苏木 and industrial parks), each as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, V, G = "actual", "value", "growth"

# ---- a township (镇, 乡, 苏木, 街道) named in front of the indicator: the figure is the township's, not
# the county's, and not left out as a restricted name; 旗所在地/县城所在地 before it say what it is ----

TOWN = dict(published="2019-01-20", doc_type="work_report")
TOWNSHIPS = [
    ("阿荣旗", "旗所在地那吉镇完成固定资产投资11.4亿元，实施棚户区改造1260户。",
     {("fixed_asset_investment", V, 11.4, "那吉镇")}),
    ("伊吾县", "淖毛湖镇完成固定资产投资40.12亿元，增长23.5%。",
     {("fixed_asset_investment", V, 40.12, "淖毛湖镇"), ("fixed_asset_investment", G, 23.5, "淖毛湖镇")}),
    ("鄂温克族自治旗", "巴彦托海镇实现社会消费品零售总额9.8亿元，增长6.2%。",
     {("retail_sales", V, 9.8, "巴彦托海镇"), ("retail_sales", G, 6.2, "巴彦托海镇")}),
    ("新巴尔虎左旗", "嵯岗苏木农牧民人均可支配收入21350元，增长7.6%。",
     {("rural_disposable_income", V, 21350, "嵯岗苏木"), ("rural_disposable_income", G, 7.6, "嵯岗苏木")}),
    ("宁蒗彝族自治县", "县城所在地大兴街道完成固定资产投资6.3亿元。",
     {("fixed_asset_investment", V, 6.3, "大兴街道")}),
    ("林西县", "其中，新城子镇农村居民人均可支配收入15620元。",
     {("rural_disposable_income", V, 15620, "新城子镇")}),
]


@pytest.mark.parametrize(("region", "text", "want"), TOWNSHIPS, ids=[t[:6] for _, t, _ in TOWNSHIPS])
def test_a_township_named_before_the_indicator(extract, region, text, want):
    got = _got(extract("2018年工作回顾\n" + text, region=region, **TOWN))
    assert got == {(i, m, v, A, 2018, "year", r) for i, m, v, r in want}


# ---- a zone named in the text whose name opens with the county's short form that starts with a lead
# word (和静, 达拉特: 和 "and" and 达 "reach" elsewhere): the zone's figure ----

HE = [
    ("和静县", "和静工业园区完成工业总产值195.2亿元，增长10.4%。", "和静工业园区"),
    ("达拉特旗", "达拉特经济开发区完成工业总产值86.3亿元，增长12.5%。", "达拉特经济开发区"),
    ("达日县", "达日工业园区完成工业总产值1.6亿元，增长9.1%。", "达日工业园区"),
]


@pytest.mark.parametrize(("region", "text", "zone"), HE, ids=[r for r, *_ in HE])
def test_a_zone_named_after_a_short_form_opening_with_a_lead_character(extract, region, text, zone):
    got = _got(extract("2018年工作回顾\n" + text, region=region, **TOWN))
    assert {(t[0], t[1], t[6]) for t in got} == {("industrial_output", V, zone), ("industrial_output", G, zone)}


# ---- a sentence whose first clause (or the clause after a bare 其中，) opens with a township or a zone
# named in the text, then states a figure without a subject of its own (…入驻企业26家，完成工业总产值…;
# 甲玛乡依托乡村旅游，…; 全镇 refers back to the township): the township's or the zone's ----

TOPICS = [
    ("道真仡佬族苗族自治县", "道真县工业园区入驻企业达到26家，完成工业总产值6.8亿元。",
     ("industrial_output", V, 6.8, "道真县工业园区")),
    ("墨竹工卡县", "其中，甲玛乡依托乡村旅游，农牧民人均可支配收入增幅超过12%。",
     ("rural_disposable_income", G, 12, "甲玛乡")),
    ("和静县", "巴润哈尔莫敦镇大力发展设施农业，全镇农牧民人均可支配收入突破2.5万元。",
     ("rural_disposable_income", V, 25000, "巴润哈尔莫敦镇")),
    ("扎赉特旗", "音德尔镇加快棚户区改造，完成固定资产投资7.2亿元。",
     ("fixed_asset_investment", V, 7.2, "音德尔镇")),
]


@pytest.mark.parametrize(("region", "text", "want"), TOPICS, ids=[t[:6] for _, t, _ in TOPICS])
def test_a_township_or_zone_opening_the_sentence_is_its_topic(extract, region, text, want):
    got = _got(extract("全年经济平稳运行。" + text, region=region, published="2019-01-20", doc_type="work_report"))
    assert {(i, m, v, r) for i, m, v, _, _, _, r in got} == {want}


# ---- guards: words ending in 镇/乡 that name no place (城镇居民, 城乡居民) and zones not opening the
# clause (加快某某工业园区建设，…; 建成投产某某工业园…) leave the figure to the county ----

GUARDS = [
    ("长兴县", "长兴县城镇居民人均可支配收入39820元，增长4.9%。", 2),
    ("和静县", "全县城乡居民人均可支配收入分别增长6%和8%。", 2),
    ("宾川县", "加快宾川工业园区建设，力争新增规上工业企业5家以上。", 1),
    ("林西县", "建成投产九龙山工业园等重大项目，工业投资增长12.4%。", 1),
]


@pytest.mark.parametrize(("region", "text", "n"), GUARDS, ids=[t[:6] for _, t, _ in GUARDS])
def test_no_township_or_zone_in_these(extract, region, text, n):
    figs = extract("全年经济平稳运行。" + text, region=region, published="2019-01-20", doc_type="work_report")
    assert len(figs) == n and {f.region for f in figs} == {region}


# ---- the colloquial short names of banners (察右前旗, 科左中旗, 达茂旗, 莫旗, 东乌旗) and of Xinjiang's
# Mongol prefectures (巴州, 博州), used for their own figures in their own and their counties' news ----

BANNERS = [
    ("察哈尔右翼前旗", "2022年，察右前旗实现地区生产总值143.7亿元，同比增长5.3%。", "gdp", 2022, "year"),
    ("科尔沁左翼中旗", "2023年上半年，科左中旗完成固定资产投资36.2亿元，增长15.1%。", "fixed_asset_investment", 2023, "H1"),
    ("达尔罕茂明安联合旗", "2023年1-9月，达茂旗一般公共预算收入12.4亿元，增长8.2%。", "fiscal_revenue_general", 2023, "Q1-Q3"),
    ("莫力达瓦达斡尔族自治旗", "2023年，莫旗农村居民人均可支配收入16210元，增长9.5%。", "rural_disposable_income", 2023, "year"),
    ("东乌珠穆沁旗", "2021年东乌旗社会消费品零售总额15.8亿元，增长7.7%。", "retail_sales", 2021, "year"),
]


@pytest.mark.parametrize(("region", "text", "ind", "year", "period"), BANNERS, ids=[r for r, *_ in BANNERS])
def test_a_banner_written_short(extract, region, text, ind, year, period):
    got = _got(extract(text, region=region, published="2024-02-10", doc_type="news"))
    assert {(t[0], t[1], t[4], t[5], t[6]) for t in got} == {(ind, V, year, period, region), (ind, G, year, period, region)}


PREFS = [
    ("和静县", "2024年，巴州实现地区生产总值1523.6亿元，增长6.3%。", "巴音郭楞蒙古自治州"),
    ("精河县", "2024年，博州实现地区生产总值502.8亿元，增长6.1%。", "博尔塔拉蒙古自治州"),
]


@pytest.mark.parametrize(("region", "text", "pref"), PREFS, ids=[r for r, *_ in PREFS])
def test_a_prefecture_written_short_in_a_county_paper(extract, region, text, pref):
    got = _got(extract(text, region=region, published="2025-02-10", doc_type="news"))
    assert {(t[0], t[1], t[6]) for t in got} == {("gdp", V, pref), ("gdp", G, pref)}


# ---- a verb aiming at a goal before the name (紧盯, 锚定, 紧紧围绕, 奋力冲刺, 对标 …的目标): the name
# still heads its phrase, and the figure is the year's target ----

AIMS = [
    ("下半年，该县将紧盯全年地区生产总值增长10%的目标，加快推进重点项目建设。", "gdp", 10),
    ("紧紧围绕全年地区生产总值增长7%的目标，狠抓项目建设。", "gdp", 7),
    ("锚定全年规模以上工业增加值增长8%的目标不放松。", "industrial_value_added", 8),
    ("奋力冲刺全年固定资产投资增长15%的目标。", "fixed_asset_investment", 15),
    ("对标全年社会消费品零售总额增长8%的目标任务，抓好促消费活动。", "retail_sales", 8),
    ("锚定全年社会消费品零售总额增长6%的目标，办好促消费活动。", "retail_sales", 6),
]


@pytest.mark.parametrize(("text", "ind", "growth"), AIMS, ids=[t[:8] for t, *_ in AIMS])
def test_a_verb_aiming_at_a_goal_before_the_name(extract, text, ind, growth):
    got = _got(extract("上半年全县经济运行平稳。" + text, region="墨竹工卡县", published="2023-07-25", doc_type="news"))
    assert got == {(ind, G, growth, "target", 2023, "year", "墨竹工卡县")}


# ---- a clause opened by 其中 inside a sentence that opens with a township or a zone and states no figure
# (…，其中，甲玛乡依托乡村旅游，…): the figures after it are the township's, even after a 全县 that opened
# the sentence ----

PARTS = [
    ("收入方面，农村居民人均可支配收入达到8956元，同比增长10.3%，其中，甲玛乡依托乡村旅游，农牧民人均可支配收入增幅超过12%。",
     ("rural_disposable_income", G, 12, "甲玛乡")),
    ("全年农牧民人均可支配收入15620元，增长8.1%，其中巴彦苏木发展肉牛养殖，农牧民人均可支配收入达到18300元。",
     ("rural_disposable_income", V, 18300, "巴彦苏木")),
    ("全县社会消费品零售总额5.1亿元，增长12.4%，其中，城关镇依托商贸物流，实现限额以上零售额增长15%，一般公共预算收入增长9%。",
     ("fiscal_revenue_general", G, 9, "城关镇")),
    ("全县完成固定资产投资36亿元，增长12%，其中城关镇加快旧城改造，完成固定资产投资9.2亿元。",
     ("fixed_asset_investment", V, 9.2, "城关镇")),
]


@pytest.mark.parametrize(("text", "want"), PARTS, ids=[t[:6] for t, _ in PARTS])
def test_a_part_clause_opening_with_a_township(extract, text, want):
    got = _got(extract("上半年全县经济运行平稳。" + text, region="墨竹工卡县", published="2023-07-25", doc_type="news"))
    assert want in {(t[0], t[1], t[2], t[6]) for t in got}
    assert all(t[6] == "墨竹工卡县" for t in got if (t[0], t[1], t[2], t[6]) != want)


# ---- a neighbouring county of the same prefecture named by its short form in a county's paper
# (科右前旗 in 扎赉特旗's news, 库尔勒 in 和静县's): that county's figure, not left out ----

SIBLINGS = [
    ("扎赉特旗", "从兴安盟各旗县市看，科右前旗地区生产总值增长6.1%。", "gdp", 6.1, "科尔沁右翼前旗"),
    ("和静县", "同期，库尔勒社会消费品零售总额增长5.8%。", "retail_sales", 5.8, "库尔勒市"),
    ("龙胜各族自治县", "同期，恭城规模以上工业增加值增长7.5%。", "industrial_value_added", 7.5, "恭城瑶族自治县"),
    ("长兴县", "同期，安吉一般公共预算收入增长4.4%。", "fiscal_revenue_general", 4.4, "安吉县"),
]


@pytest.mark.parametrize(("region", "text", "ind", "growth", "other"), SIBLINGS, ids=[r for r, *_ in SIBLINGS])
def test_a_neighbouring_county_written_short(extract, region, text, ind, growth, other):
    got = _got(extract("上半年经济平稳运行。" + text, region=region, published="2023-07-28", doc_type="news"))
    assert got == {(ind, G, growth, A, 2023, "H1", other)}


# ---- a completion ratio written with 是 (…12.3亿元，是年度计划的105.2%，增长22.6%): the rate after it is still
# the name's, and its 计划/预算 words do not make the figure a target ----

RATIOS = [
    ("全年完成全社会固定资产投资12.3亿元，是年度计划的105.2%，比上年增长22.6%。", "fixed_asset_investment", 12.3, 22.6),
    ("全年一般公共预算收入1.86亿元，是年初预算的101.3%，增长8.2%。", "fiscal_revenue_general", 1.86, 8.2),
    ("全年全县固定资产投资完成18.6亿元，是全年目标任务的103.3%，同比增长12.4%。", "fixed_asset_investment", 18.6, 12.4),
    ("全年社会消费品零售总额5.2亿元，是计划的102%，增长9.6%。", "retail_sales", 5.2, 9.6),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), RATIOS, ids=[t[2:8] for t, *_ in RATIOS])
def test_a_completion_ratio_with_shi(extract, text, ind, value, growth):
    got = _got(extract("2015年尼玛县国民经济和社会发展统计公报\n" + text, region="尼玛县",
                       published="2016-04-20", doc_type="statistical_communique"))
    assert got == {(ind, V, value, A, 2015, "year", "尼玛县"), (ind, G, growth, A, 2015, "year", "尼玛县")}


# ---- a paragraph (a numbered item of a monthly brief) that opens with a period word of its own
# ("（六）一季度，…。全体居民…") gives it to its later sentences that name none, not the brief's 1-4月 ----

BRIEF = "2024年1-4月份三江侗族自治县经济运行简报\n1-4月，全县经济运行总体平稳。\n"
PARAS = [
    ("（六）一季度，全县农村居民人均可支配收入4356元，同比增长6.9%。全体居民人均可支配收入6012元，增长5.6%。",
     "disposable_income", 6012, 5.6, "Q1"),
    ("上半年，全县城镇居民人均可支配收入18620元，增长5.1%。农村居民人均可支配收入8120元，增长7.2%。",
     "rural_disposable_income", 8120, 7.2, "H1"),
    ("3.一季度，全县地区生产总值完成21.3亿元，增长5.6%。第三产业增加值12.1亿元，增长6.2%。",
     "tertiary_industry_value_added", 12.1, 6.2, "Q1"),
    ("二、前三季度，全县地区生产总值56.2亿元，增长5.3%。第一产业增加值10.4亿元，增长4.1%。",
     "primary_industry_value_added", 10.4, 4.1, "Q1-Q3"),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth", "period"), PARAS, ids=[t[:6] for t, *_ in PARAS])
def test_a_paragraph_opening_with_its_period(extract, text, ind, value, growth, period):
    got = _got(extract(BRIEF + text, region="三江侗族自治县", published="2024-05-20", doc_type="statistical_analysis"))
    assert {(ind, V, value, A, 2024, period, "三江侗族自治县"), (ind, G, growth, A, 2024, period, "三江侗族自治县")} <= got


def test_a_later_sentence_naming_its_own_period_keeps_it(extract):
    text = "（六）一季度，全县农村居民人均可支配收入4356元，增长6.9%。1-4月，固定资产投资同比下降8.6%。"
    got = _got(extract(BRIEF + text, region="三江侗族自治县", published="2024-05-20", doc_type="statistical_analysis"))
    assert ("fixed_asset_investment", G, -8.6, A, 2024, "M1-M4", "三江侗族自治县") in got
