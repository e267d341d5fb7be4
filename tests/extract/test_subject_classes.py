"""Precision classes read on real work reports: names that hold cue words, figures whose subject
is not the region (a project, a facility, a state-owned enterprise group, a zone carried from an
earlier sentence). Each class is a table of several forms in wording of our own."""

from __future__ import annotations

import pytest

REVIEW = "各位代表：\n一、2023年工作回顾\n"
PLAN = "\n二、2024年工作安排\n"


def _run(extract, body: str, region: str = "萧山区"):
    return extract(body, region=region, published="2024-01-20", doc_type="work_report")


def _status(figs, indicator: str) -> set[tuple]:
    return {(str(f.status), f.year) for f in figs if f.indicator == indicator}


# ---- a target word inside a name (a quoted programme, a plan's title) is no target cue ----------


@pytest.mark.parametrize("body", [
    "某科技公司成为我区引进的“凤凰计划”团队，新认定国家高新技术企业20家。",
    "入选市“海鸥计划”的团队增至12个，新认定国家高新技术企业20家。",
    "实施“百企争先”目标责任制，新认定国家高新技术企业20家。",
    "印发《加快产业升级三年行动计划》，新认定国家高新技术企业20家。",
    "实施高新技术企业倍增计划，新认定国家高新技术企业20家。",
    "出台人才安居计划、总部经济扶持办法等政策，新认定国家高新技术企业20家。",
    "启动“智造强区”计划和企业上云计划，新认定国家高新技术企业20家。",
])
def test_a_programme_name_in_a_review_is_no_target(extract, body):
    figs = _run(extract, REVIEW + body)
    assert _status(figs, "high_tech_enterprises") == {("actual", 2023)}


@pytest.mark.parametrize("body", [
    "计划新增国家高新技术企业20家。",
    "全年计划新认定国家高新技术企业20家。",
    "实施企业培育工程，计划新增国家高新技术企业20家。",
    "力争“十四五”末国家高新技术企业达到200家。",
])
def test_a_target_word_governing_the_figure_still_makes_a_target(extract, body):
    figs = _run(extract, REVIEW + body)
    assert {s for s, _ in _status(figs, "high_tech_enterprises")} == {"target"}


@pytest.mark.parametrize("opening", [
    "2023年，我们主要做了以下工作：",
    "2023年，全区上下主要抓了以下工作：",
    "今年以来，我们主要做了以下几项工作：",
])
def test_a_past_verb_after_yao_opens_a_review(extract, opening):
    text = "各位代表：\n" + opening + "（一）稳增长。社会消费品零售总额165.8亿元、增长8.4%。" + PLAN + "社会消费品零售总额增长7%。"
    figs = _run(extract, text)
    assert _status(figs, "retail_sales") == {("actual", 2023), ("target", 2024)}


@pytest.mark.parametrize("opening", [
    "今年工作的主要目标和任务是：",
    "2024年我们要重点抓好以下工作：",
    "今年，全区将着力做好以下工作：",
])
def test_plan_openings_still_open_a_plan(extract, opening):
    text = "各位代表，现在我作报告。\n" + opening + "社会消费品零售总额增长7%。"
    figs = _run(extract, text)
    assert _status(figs, "retail_sales") == {("target", 2024)}


# ---- a project's, a facility's or a plan's own investment is not the region's -------------------


@pytest.mark.parametrize("body", [
    "总投资45亿元的区中医院新院区动工建设。",
    "城际铁路全长约80公里，设计时速200公里，总投资约360亿元。",
    "东港区二期码头加快建设，完成年度投资12.5亿元。",
    "制定实施总投资300亿元的碧道建设五年计划。",
    "筹划多年、总投资520亿元的旧村改造项目全面启动。",
])
def test_one_items_investment_is_no_figure(extract, body):
    figs = _run(extract, REVIEW + body)
    assert not [f for f in figs if f.indicator == "project_investment"]


@pytest.mark.parametrize(("body", "value"), [
    ("安排政府投资项目1200个，年度投资160亿元。", 160),
    ("在招商大会上签约项目52个、总投资超过900亿元。", 900),
    ("全年签约项目总投资额达600亿元。", 600),
    ("实施城市更新项目36个、总投资215亿元。", 215),
    ("引进重大产业项目，总投资额280亿元。", 280),
])
def test_a_total_over_projects_stays(extract, body, value):
    figs = _run(extract, REVIEW + body)
    assert {int(f.value) for f in figs if f.indicator == "project_investment"} == {value}


# ---- the accounts of the region's state-owned enterprises are not the region's ------------------


@pytest.mark.parametrize("body", [
    "深化区属国企改革，组建三大国企集团，实现营业收入、利润总额分别增长18%、20%。",
    "启动市属国有企业整合重组，成立两家投资控股集团，全年营业收入75亿元，利润总额4.2亿元。",
    "加快打造百亿级区属国企，营业收入突破20亿元、利润总额3亿元。",
    "推进国资国企改革，国企利润总额增长12%，上缴税收8亿元。",
])
def test_state_enterprises_accounts_are_no_region_figures(extract, body):
    figs = _run(extract, REVIEW + body)
    assert not [f for f in figs if f.indicator in ("industrial_profit", "tax_revenue")]


@pytest.mark.parametrize(("body", "indicator"), [
    ("深化区属国企改革，全区税收收入增长9%。", "tax_revenue"),
    ("规模以上工业企业利润总额增长15%，区属国企改革稳步推进。", "industrial_profit"),
    ("全力招引跨国企业总部，规模以上工业企业利润总额增长15%。", "industrial_profit"),
])
def test_region_figures_beside_state_enterprises_stay(extract, body, indicator):
    figs = _run(extract, REVIEW + body)
    assert {f.region for f in figs if f.indicator == indicator} == {"萧山区"}


# ---- a sentence without a subject of its own goes on about an earlier sentence's topic ----------


@pytest.mark.parametrize(("body", "region"), [
    ("加快萧山经开区建设。增加值突破300亿元，税收超过45亿元。", "萧山经济技术开发区"),
    ("推进钱江世纪城开发。引进总部企业12家，新建楼宇8幢。营业收入增长20%，税收收入40亿元。", "钱江世纪城"),
    ("萧山高新区扩容提质，新认定科技企业60家。全年产值突破800亿元，税收30亿元。", "萧山高新区"),
    ("做强生物医药产业，新引进项目15个。增加值增长18%，税收收入12亿元。", None),  # an industry's: left out
    ("培育龙头企业，某集团完成重组。营收突破100亿元，利润总额增长12%。", None),
])
def test_a_bare_measure_word_carries_an_earlier_subject(extract, body, region):
    figs = _run(extract, REVIEW + "（三）扩大开放。" + body)
    got = {f.region for f in figs if f.indicator in ("tax_revenue", "industrial_profit")}
    assert got == ({region} if region else set())


@pytest.mark.parametrize("body", [
    "加快萧山经开区建设。税收收入45亿元，增长8%。",  # a name of its own: the document's region
    "萧山经开区入选省级示范。全年税收收入45亿元。",
    "加快萧山经开区建设。\n（四）稳定财政。增加值率提高到24%，税收收入45亿元。",  # not bare; another paragraph
    "加快萧山经开区建设。增加值增长9%，全区税收收入45亿元。",  # its own phrase names the whole region
])
def test_a_sentence_with_a_subject_or_scope_keeps_the_region(extract, body):
    figs = _run(extract, REVIEW + "（三）扩大开放。" + body)
    assert {f.region for f in figs if f.indicator == "tax_revenue"} == {"萧山区"}


# ---- years: where a span starts is no figure's year; a plan's frame and a span still to come ----


def _years(figs, indicator: str) -> set[tuple]:
    return {(str(f.status), f.year) for f in figs if f.indicator == indicator}


@pytest.mark.parametrize("body", [
    "地区生产总值增长11.3%，是自2014年以来首次两位数增长；规上工业增加值增长15.4%。",
    "地区生产总值增长11.3%，创2012年以来新高，规上工业增加值增长15.4%。",
    "地区生产总值增长11.3%，为2010年建区以来最快，规上工业增加值增长15.4%。",
])
def test_a_year_starting_a_span_is_not_the_figures_year(extract, body):
    figs = _run(extract, REVIEW + body)
    assert _years(figs, "industrial_value_added") == {("actual", 2023)}


@pytest.mark.parametrize("body", [
    "到“十四五”末，全区主要预期目标是：全面完成“十四五”各项任务，地区生产总值达到3000亿元以上。",
    "至十四五末，全面完成十四五规划各项指标，地区生产总值达到3000亿元。",
])
def test_a_plans_end_frames_the_sentence(extract, body):
    figs = _run(extract, REVIEW + "全区地区生产总值增长6.1%。" + PLAN + body)
    assert ("target", 2025) in _years(figs, "gdp")


@pytest.mark.parametrize(("body", "year"), [
    ("未来五年，全区主要预期目标是：地区生产总值达到3000亿元以上。", 2028),
    ("今后五年，我们将努力实现地区生产总值翻一番。", 2028),
    ("未来三年，力争国家高新技术企业达到500家。", 2026),
    ("未来5年实现“三个倍增”：高新技术企业倍增，达到500家。", 2028),
])
def test_a_span_to_come_gives_its_last_year(extract, body, year):
    figs = _run(extract, REVIEW + "全区地区生产总值增长6.1%。" + PLAN + body)
    got = {y for s, y in _years(figs, "gdp") | _years(figs, "high_tech_enterprises") if s == "target"}
    assert got == {year}


def test_a_year_named_in_a_span_to_come_wins(extract):
    figs = _run(extract, REVIEW + "全区地区生产总值增长6.1%。" + PLAN + "未来五年的目标是：到2027年，地区生产总值达到3000亿元。")
    assert ("target", 2027) in _years(figs, "gdp")


# ---- a part of a recognised-enterprise count; a count before its kind with a level between -----


@pytest.mark.parametrize("body", [
    "新增国高企业500家以上，其中规上国高企业200家以上。",
    "新增国家高新技术企业500家、规模以上高新技术企业200家。",
    "新增国家高新技术企业500家，上市国高企业200家。",
])
def test_a_scale_word_before_an_enterprise_kind_makes_a_part(extract, body):
    figs = _run(extract, PLAN + body)
    assert {int(f.value) for f in figs if f.indicator == "high_tech_enterprises"} == {500}


@pytest.mark.parametrize(("body", "expected"), [
    ("新增100家国家级专精特新“小巨人”企业、20家国家级制造业单项冠军企业。",
     {("little_giant_enterprises", 100), ("single_champion_enterprises", 20)}),
    ("新增80家国家高新技术企业、12家省级单项冠军企业。",
     {("high_tech_enterprises", 80), ("single_champion_enterprises", 12)}),
    ("新增12家国家级制造业单项冠军企业、30家国家级专精特新“小巨人”企业。",
     {("single_champion_enterprises", 12), ("little_giant_enterprises", 30)}),
])
def test_a_count_before_its_kind_after_a_level(extract, body, expected):
    figs = _run(extract, PLAN + body)
    assert {(f.indicator, int(f.value)) for f in figs} == expected


# ---- a 分别 list of multiples: every multiple is a growth rate, paired in order ------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("固定资产投资、社会消费品零售总额、一般公共预算收入分别增长2倍、1.1倍和3.9倍。",
     {("fixed_asset_investment", 200), ("retail_sales", 110), ("fiscal_revenue_general", 390)}),
    ("五年来，规模以上工业增加值、社会消费品零售总额分别增长了1.5倍、0.8倍。",
     {("industrial_value_added", 150), ("retail_sales", 80)}),
    ("固定资产投资总额和一般公共预算收入分别增长2倍和3倍。",
     {("fixed_asset_investment", 200), ("fiscal_revenue_general", 300)}),
])
def test_a_list_of_multiples_pairs_in_order(extract, body, expected):
    figs = _run(extract, REVIEW + "全区经济平稳。" + body)
    assert {(f.indicator, int(f.value)) for f in figs if str(f.measure) == "growth"} == expected
    assert {f.period for f in figs} == {"multi-year"}


def test_a_ratio_after_a_list_stays_no_figure(extract):
    figs = _run(extract, REVIEW + "地区生产总值增长2倍，是全省平均水平的1.6倍、全国的2倍。")
    assert {(f.indicator, int(f.value)) for f in figs} == {("gdp", 200)}


@pytest.mark.parametrize(("body", "expected"), [
    ("固定资产投资和一般公共预算收入分别增长20%和30%。", {("fixed_asset_investment", 20), ("fiscal_revenue_general", 30)}),
    ("社会消费品零售总额及进出口总额分别增长8%、12%。", {("retail_sales", 8), ("imports_exports", 12)}),
    ("一般公共预算收入与税收收入分别增长6%和5%。", {("fiscal_revenue_general", 6), ("tax_revenue", 5)}),
])
def test_names_joined_by_he_are_a_list_not_a_modifier(extract, body, expected):
    figs = _run(extract, REVIEW + "全区经济平稳。" + body)
    assert {(f.indicator, int(f.value)) for f in figs} == expected


# ---- after a value, a list mark and a new noun open a new subject ----------------------------------


@pytest.mark.parametrize(("body", "indicator", "values"), [
    ("其中个体工商户增长40%、企业增长15%。", "individual_businesses", {40}),
    ("新增国家高新技术企业75家、创新载体5个。", "high_tech_enterprises", {75}),
    ("新增专精特新“小巨人”企业4家、上市企业10家。", "little_giant_enterprises", {4}),
    ("新引进高层次人才126人、博士人才337人。", "high_level_talent_new", {126}),
])
def test_a_new_noun_after_a_list_mark_is_a_new_subject(extract, body, indicator, values):
    figs = _run(extract, REVIEW + "全区经济平稳。" + body)
    assert {int(f.value) for f in figs if f.indicator == indicator} == values


@pytest.mark.parametrize(("body", "growth"), [
    ("一般公共预算收入123亿元、同口径增长7.2%。", 7.2),
    ("地区生产总值760亿元、同比（下同）增长11.1%。", 11.1),
    ("一般公共预算收入107亿元、剔除不可比因素增长11.4%。", 11.4),
    ("进出口总额6093亿元、比上年增长21.9%。", 21.9),
])
def test_a_cue_after_a_list_mark_continues_the_name(extract, body, growth):
    figs = _run(extract, REVIEW + "全区经济平稳。" + body)
    assert {float(f.value) for f in figs if str(f.measure) == "growth"} == {growth}


def test_a_count_of_years_before_an_average_is_a_multi_year_span(extract):
    figs = _run(extract, REVIEW + "全区经济平稳。一般公共预算收入3857亿元、五年年均增长7.2%。")
    assert {(float(f.value), f.period) for f in figs if str(f.measure) == "growth"} == {(7.2, "multi-year")}


@pytest.mark.parametrize(("body", "values"), [
    ("新增国家级专精特新“小巨人”企业11家、总数达25家，33家企业通过智能制造成熟度评估。", {11, 25}),
    ("新增国家高新技术企业110家，36家企业跻身全市百强。", {110}),
    ("新增国家高新技术企业110家，12家公司完成股改。", {110}),
    ("研发大厦入驻国家级专精特新“小巨人”企业16家，全区新增国家级专精特新“小巨人”企业40家。", {40}),
])
def test_a_count_with_its_own_subject_or_a_places_tenants_is_no_region_count(extract, body, values):
    figs = _run(extract, REVIEW + "全区经济平稳。" + body)
    assert {int(f.value) for f in figs} == values


# ---- the kinds of business entity are series of their own, not one series of mixed kinds ----------

@pytest.mark.parametrize(("body", "expected"), [
    ("全区私营企业8.2万户，个体工商户15.6万户。",
     {("business_entity_kinds", 82000.0), ("individual_businesses", 156000.0)}),
    ("年末共有个体户12.3万户，农民专业合作社450户。",
     {("individual_businesses", 123000.0), ("farmer_cooperatives", 450.0)}),
    ("经营主体总量达52万户，其中私营企业18万户、个体工商户31万户。",
     {("business_entities", 520000.0), ("business_entity_kinds", 180000.0), ("individual_businesses", 310000.0)}),
], ids=["private-and-individual", "individual-and-cooperatives", "total-and-its-kinds"])
def test_each_kind_of_business_entity_is_its_own_indicator(extract, body, expected):
    figs = _run(extract, REVIEW + "全区经济平稳。" + body)
    got = {(f.indicator, float(f.value)) for f in figs if str(f.measure) == "value"}
    assert got == expected
