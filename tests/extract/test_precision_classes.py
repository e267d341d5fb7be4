"""Error classes found reading unseen work reports and news, each as a table of several forms in
wording of our own: the rule must hold for the class, not for one sentence."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _recs(figs, indicator: str = "gdp") -> set[tuple]:
    return {rec(f)[1:6] for f in figs if f.indicator == indicator}


# ---- a date in a heading is not the year its section reports on ----------------------------------


@pytest.mark.parametrize("heading", [
    "一、开发区成立以来的工作回顾\n2011年5月18日，开发区正式挂牌。",
    "一、过去一年的工作回顾\n2010年三月，新区管委会成立。",
    "一、2012年以来的工作回顾\n",
    "一、建区以来工作回顾（2013年起）\n",
])
def test_a_date_in_a_heading_does_not_set_the_year(extract, heading):
    text = "各位代表：\n" + heading + "\n刚刚过去的一年，全区经济稳中向好。预计全年地区生产总值增长7.5%。\n二、今年工作安排\n地区生产总值增长6%。"
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert _recs(figs) == {("growth", 7.5, "actual", 2023, "year"), ("growth", 6, "target", 2024, "year")}


@pytest.mark.parametrize(("heading", "year"), [
    ("一、2021年工作回顾", 2021),
    ("一、2022年主要工作", 2022),
])
def test_a_reporting_year_in_a_heading_still_sets_it(extract, heading, year):
    text = "各位代表：\n" + heading + "\n全区地区生产总值增长7.5%。"
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert _recs(figs) == {("growth", 7.5, "actual", year, "year")}


# ---- a ranking clause between a value and its growth ----------------------------------------------


@pytest.mark.parametrize("rank", [
    "，跃居全市第二，", "，稳居全市各区第一，", "、全市第三，", "，总量位居全省前列，", "，居全国同类城市第5位，",
    "、总量全市第一，",
])
def test_growth_after_a_ranking_clause_keeps_its_name(extract, rank):
    text = f"全年实现地区生产总值1234.5亿元{rank}增长6.6%。"
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert _recs(figs) == {("value", 1234.5, "actual", 2023, "year"), ("growth", 6.6, "actual", 2023, "year")}
    assert {f.region for f in figs} == {"萧山区"}  # the ranking's 全市 is no region of the figure


@pytest.mark.parametrize("text", [
    "地区生产总值1234.5亿元，增速居全市第二，其中第三产业增加值增长7%。",
    "地区生产总值1234.5亿元，居全市第二，规上工业增加值增长7%。",
])
def test_a_ranking_clause_does_not_join_another_indicator(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert ("growth", 7, "actual", 2023, "year") not in _recs(figs)


# ---- a vision or outlook is a target for its year, not a result -----------------------------------

REVIEW = "各位代表：\n一、2023年工作回顾\n过去一年，全区地区生产总值增长6.1%。\n"


@pytest.mark.parametrize(("stretch", "expected"), [
    # a section heading naming a five-year plan's goals: the plan's last year
    ("二、“十四五”目标任务\n经济实力更加雄厚，GDP达到3000亿元以上，创新动能更强。", ("target", 2025)),
    ("二、十五五发展蓝图\n产业之核更加巩固，地区生产总值达到3000亿元。", ("target", 2030)),
    # a heading with its own year
    ("二、2035年远景目标\n地区生产总值达到3000亿元左右。", ("target", 2035)),
    # frames inside running text of a review stretch
    ("展望未来，全区地区生产总值将迈上3000亿元台阶。", ("target", None)),  # no year named
    ("到2027年，全区地区生产总值达到3000亿元。", ("target", 2027)),
    ("力争到2026年全区地区生产总值突破3000亿元。", ("target", 2026)),
])
def test_a_vision_is_a_target_for_its_year(extract, stretch, expected):
    figs = extract(REVIEW + stretch, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {(str(f.status), f.year if expected[1] else None) for f in figs
           if f.indicator == "gdp" and f.measure.value == "value"}
    assert got == {expected}
    assert ("growth", 6.1, "actual", 2023, "year") in _recs(figs)  # the review's result stays a result


# ---- a 分别 list after clauses that each state a value: one slot per clause -------------------------


@pytest.mark.parametrize(("text", "growth"), [
    ("辖区财政收入800亿元，一般公共预算收入300亿元，分别增长4.5%和6.2%。", 6.2),
    ("税收收入250亿元，一般公共预算收入300亿元，分别增长4.5%、6.2%。", 6.2),
    ("一般公共预算收入300亿元，税收收入250亿元，分别增长6.2%和4.5%。", 6.2),
    ("财政总收入520亿元，其中一般公共预算收入300亿元，分别增长4.5%和6.2%。", 6.2),
])
def test_fenbie_after_value_clauses_pairs_in_order(extract, text, growth):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(r[0], r[1]) for r in _recs(figs, "fiscal_revenue_general")} == {("value", 300), ("growth", growth)}


# ---- from-to statements: the end value only, with the GUIDE's period -------------------------------


@pytest.mark.parametrize(("text", "period"), [
    ("全区地区生产总值从2800亿元跃升到3200亿元。", "multi-year"),
    ("五年来，地区生产总值由2800亿元攀升至3200亿元。", "multi-year"),
    ("地区生产总值从上年的2800亿元跃升至3200亿元。", "year"),
    ("地区生产总值由去年的2800亿元跃至3200亿元，增长6%。", "year"),
    ("地区生产总值由2019年的2800亿元壮大到2023年的3200亿元。", "year"),
])
def test_a_change_gives_its_end_value(extract, text, period):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    values = {(r[1], r[4]) for r in _recs(figs) if r[0] == "value"}
    assert values == {(3200, period)}  # 2800 is an earlier year's level, not a record


# ---- an excess over a target, budget or plan is not a level ---------------------------------------


@pytest.mark.parametrize("text", [
    "一般公共预算收入比年初目标高出12亿元。",
    "一般公共预算收入超预算目标12亿元。",
    "一般公共预算收入较年度计划多完成12亿元。",
    "一般公共预算收入超额完成目标任务12亿元。",
    "一般公共预算收入超出年度预算12亿元，全年完成320亿元。",
])
def test_an_excess_over_a_target_is_not_a_level(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert 12 not in {r[1] for r in _recs(figs, "fiscal_revenue_general")}
    assert ("value", 320, "actual", 2023, "year") in _recs(figs, "fiscal_revenue_general") or "320" not in text


@pytest.mark.parametrize("text", [
    "力争一般公共预算收入达到320亿元。",
    "一般公共预算收入预算安排320亿元。",
    "一般公共预算收入完成预算的105%，达到320亿元。",
])
def test_a_target_or_budget_level_is_still_read(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert 320 in {r[1] for r in _recs(figs, "fiscal_revenue_general")}


# ---- a comparison figure in brackets after another region's level word ----------------------------


@pytest.mark.parametrize(("text", "value", "region"), [
    ("萧山区地区生产总值增速快于全国水平（5.2%）。", 5.2, "全国"),
    ("全区GDP增速高于全省水平(6.0%)。", 6.0, "浙江省"),
    ("全区地区生产总值增速快于全市同期（5.6%）。", 5.6, "杭州市"),
    ("全区GDP增速慢于全国（5.5%）。", 5.5, "全国"),
])
def test_a_bracketed_comparison_belongs_to_its_region(extract, text, value, region):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(float(f.value), f.region) for f in figs if f.indicator == "gdp"} == {(value, region)}


# ---- milestones listed by year --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "indicator", "expected"), [
    ("全区地区生产总值5006亿元。全区分别于2014年、2019年跨越3000亿元、4000亿元新台阶。", "gdp",
     {(3000, 2014), (4000, 2019), (5006, 2023)}),
    ("一般公共预算收入分别于2016年和2020年突破100亿元、200亿元。", "fiscal_revenue_general",
     {(100, 2016), (200, 2020)}),
    ("社会消费品零售总额分别在2015年、2018年、2021年站上500亿元、600亿元、700亿元台阶。", "retail_sales",
     {(500, 2015), (600, 2018), (700, 2021)}),
])
def test_milestones_listed_by_year(extract, text, indicator, expected):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {(r[1], r[3]) for r in _recs(figs, indicator) if r[0] == "value"}
    assert got == expected
    assert all(str(f.qualifier) == "at_least" for f in figs if f.value in (3000, 100, 200, 600))


@pytest.mark.parametrize("text", [
    "全区分别于2014年、2019年获评全国先进区。",
    "全区地区生产总值5006亿元。两家企业分别于2014年、2019年上市。",
])
def test_a_list_of_years_without_milestones_reads_nothing_more(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {f.year for f in figs} <= {2023}


# ---- a comparable-basis rate after an adjustment clause is the indicator's growth ------------------


@pytest.mark.parametrize("text", [
    "全区一般公共预算收入320亿元，扣除留抵退税因素后同口径增长5.1%。",
    "一般公共预算收入320亿元，剔除减税降费因素后可比增长5.1%。",
    "一般公共预算收入完成320亿元，扣除土地出让因素影响后增长5.1%。",
    "一般公共预算收入320亿元，不考虑疫情因素增长5.1%。",
])
def test_growth_after_an_adjustment_clause(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(r[0], r[1]) for r in _recs(figs, "fiscal_revenue_general")} == {("value", 320), ("growth", 5.1)}


# ---- a region named as a baseline or a ranking's scope is not the figure's region ------------------


@pytest.mark.parametrize("text", [
    "进出口总额增长21.9%、比全市高5.5个百分点，总量达609.3亿元。",
    "固定资产投资增长25.9%，增速排名全市各行政区（新区）第一，其中工业投资158亿元。",
    "社会消费品零售总额增长8%，增速高于全市2个百分点，总额达到320亿元。",
    "一般公共预算收入增长9%，增速位居全市前列，总量突破60亿元。",
])
def test_a_baseline_or_ranking_region_is_not_the_figures(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert figs and {f.region for f in figs} == {"萧山区"}


# ---- a sentence whose topic is a zone inside the document's region ---------------------------------


@pytest.mark.parametrize(("text", "region"), [
    ("萧山经开区建设提速，引进重大项目12个，全年完成固定资产投资85亿元。", "萧山经济技术开发区"),
    ("全面推进钱江世纪城建设，开工亚运配套工程，完成固定资产投资超过60亿元。", "钱江世纪城"),
    ("萧山经开区建设提速，我区完成固定资产投资850亿元。", "萧山区"),  # the figure's clause names its own region
    ("全区经济稳中向好，完成固定资产投资850亿元。", "萧山区"),
])
def test_a_zone_as_the_sentences_topic_gives_its_figures(extract, text, region):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {f.region for f in figs if f.indicator == "fixed_asset_investment"} == {region}


# ---- a year bound to another value in an earlier clause; an earlier level in brackets --------------


@pytest.mark.parametrize(("text", "expected"), [
    # the base a figure grew from is no record of its year (GUIDE: a change between two years gives
    # the end value only; tests/extract/test_bound_words.py)
    ("固定资产投资在2022年完成900亿元高基数的情况下，全年完成980亿元、增长8.9%。",
     {("value", 980, 2023), ("growth", 8.9, 2023)}),
    ("固定资产投资在2022年增长20%的基础上，全年完成980亿元。", {("value", 980, 2023)}),
    ("2022年全区固定资产投资900亿元，全年增长5%。", {("value", 900, 2022), ("growth", 5, 2022)}),
    ("2022年，全区固定资产投资900亿元，增长5%。", {("value", 900, 2022), ("growth", 5, 2022)}),
])
def test_a_year_bound_to_an_earlier_value(extract, text, expected):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {(r[0], r[1], r[3]) for r in _recs(figs, "fixed_asset_investment")}
    assert {g for g in got if g[0] == "value" or g[1] != 20} == expected


@pytest.mark.parametrize("text", [
    "固定资产投资总量达到980亿元（上年900亿元），增长8.9%。",
    "固定资产投资达到980亿元（2022年为900亿元）。",
    "固定资产投资完成980亿元（上年同期为900亿元）。",
])
def test_an_earlier_level_in_brackets_is_not_a_record(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {r[1] for r in _recs(figs, "fixed_asset_investment") if r[0] == "value"} == {980}


@pytest.mark.parametrize(("text", "indicator", "value"), [
    ("投资增速从2019年的3.3%提高到12.4%；一般公共预算收入超过90亿元。", "fiscal_revenue_general", 90),
    ("固定资产投资增速从2019年的3.3%提高到12.4%。", "fixed_asset_investment", 12.4),
    ("社会消费品零售总额由2020年的800亿元增加到900亿元。", "retail_sales", 900),
])
def test_the_start_year_of_a_change_is_no_figures_year(extract, text, indicator, value):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(r[1], r[3]) for r in _recs(figs, indicator)} == {(value, 2023)}


# ---- a sentence about a zone: its later names are the zone's, not the region's ---------------------


@pytest.mark.parametrize("text", [
    "高新区全年实现工业总产值1200亿元、固定资产投资100亿元。",
    "中心片区地区生产总值330亿元、增长10.9%，固定资产投资完成额87亿元、增长35.1%。",
    "物流园区实现规上工业增加值50亿元，固定资产投资20亿元，增长12%。",
])
def test_names_after_a_zone_subject_are_the_zones(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert not [f for f in figs if f.indicator in ("fixed_asset_investment", "gdp") and f.region == "萧山区"]


@pytest.mark.parametrize("text", [
    "高新区实现工业总产值1200亿元；全区固定资产投资完成900亿元。",
    "高新区实现工业总产值1200亿元，全区固定资产投资完成900亿元。",
    "全区固定资产投资完成900亿元，其中高新区完成投资100亿元。",
])
def test_the_whole_region_named_again_is_the_regions(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {(rec(f)[2], f.region) for f in figs if f.indicator == "fixed_asset_investment" and f.measure.value == "value"}
    assert got == {(900, "萧山区")}


# ---- levels over a span of named years; an average level per year ----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2019年至2023年，全区固定资产投资累计完成4200亿元。", {("value", 4200, "multi-year", 2023)}),
    ("2019-2023年，全区固定资产投资总规模4200亿元，年均840亿元。", {("value", 4200, "multi-year", 2023)}),
    ("十三五期间，全区固定资产投资年均完成800亿元。", set()),
    # a change between named years is the end year's level (GUIDE)
    ("2019年至2023年，全区固定资产投资从600亿元增加到980亿元。", {("value", 980, "year", 2023)}),
])
def test_levels_over_a_span_of_years(extract, text, expected):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(r[0], r[1], r[4], r[3]) for r in _recs(figs, "fixed_asset_investment")} == expected


@pytest.mark.parametrize("text", [
    "全年减免税收118亿元，税收收入535亿元。",
    "减征税收118亿元，全年税收收入535亿元。",
    "退还税收118亿元；税收收入535亿元。",
])
def test_tax_relief_is_not_tax_revenue(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {r[1] for r in _recs(figs, "tax_revenue") if r[0] == "value"} == {535}


@pytest.mark.parametrize("text", [
    "固定资产投资、社会消费品零售总额、出口总额分别为150亿元、80亿元、1400亿元，增长21.3%、8.9%、26.1%。",
    "固定资产投资、社会消费品零售总额、出口总额分别达到150亿元、80亿元和1400亿元，同比增长21.3%、8.9%和26.1%。",
])
def test_rates_after_a_fenbie_list_of_values_pair_in_order(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {(f.indicator, float(f.value)) for f in figs if f.measure.value == "growth"}
    assert got == {("fixed_asset_investment", 21.3), ("retail_sales", 8.9), ("exports", 26.1)}


@pytest.mark.parametrize("opening", ["回顾四十年发展历程，我们信心更足。", "五年来的实践告诉我们，必须坚持改革。",
                                     "回顾过去，成绩来之不易。"])
def test_a_review_word_inside_a_plan_section_keeps_it_a_plan(extract, opening):
    text = ("各位代表：\n一、2023年工作回顾\n全区地区生产总值增长6.1%。\n二、2024年工作重点\n"
            + "今年是关键之年。" + opening + "\n坚持项目为王，全年完成固定资产投资900亿元。")
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(r[2], r[3]) for r in _recs(figs, "fixed_asset_investment")} == {("target", 2024)}
    assert {(r[2], r[3]) for r in _recs(figs)} == {("actual", 2023)}


@pytest.mark.parametrize(("text", "values"), [
    ("全区每平方公里土地拥有国高企业18家，国家高新技术企业总量超过7200家。", {7200}),
    ("每万人拥有国家高新技术企业12家。", set()),
    ("每万人发明专利拥有量超26件。新认定国家高新技术企业114家。", {114}),
])
def test_a_density_of_enterprises_is_not_their_count(extract, text, values):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {r[1] for r in _recs(figs, "high_tech_enterprises")} == values


@pytest.mark.parametrize(("text", "indicator", "value"), [
    # a word naming the count itself (总数, 数量, 个数, 家数) between a name and its number is filler
    ("2024年末，全区国家高新技术企业总数达到1200家。", "high_tech_enterprises", 1200),
    ("2024年，全区国家高新技术企业数量达到1200家。", "high_tech_enterprises", 1200),
    ("2024年，全区专精特新“小巨人”企业个数增至15家。", "little_giant_enterprises", 15),
    ("2024年，全区国家高新技术企业家数首次突破1500家。", "high_tech_enterprises", 1500),
])
def test_a_word_for_the_count_does_not_cut_a_name_from_its_number(extract, text, indicator, value):
    figs = extract(text, region="萧山区", published="2025-01-20", doc_type="work_report")
    assert {r[1] for r in _recs(figs, indicator)} == {value}


# ---- a sentence about a zone's build-out: its figures are the zone's, not the region's --------------


@pytest.mark.parametrize(("text", "values"), [
    # an area the region table does not know, opening the sentence with its build-out
    ("东湾新城建设提速，征拆难题逐步化解，全年完成固定资产投资260亿元，增长21%。", set()),
    ("推进滨江金融先导区等建设，完成固定资产投资150亿元以上。", set()),
    ("加快推进北岸片区开发建设，全年完成固定资产投资80亿元。", set()),
    ("推进科学城大会战，建成一批重大项目，完成固定资产投资95亿元。", {95}),  # no zone word: not a zone
    # the region's own figure: a scope word or the region in the figure's phrase, or no named zone
    ("东湾新城建设提速，全区完成固定资产投资900亿元。", {900}),
    ("推进重点片区建设，全年完成固定资产投资900亿元。", {900}),
    ("全年完成固定资产投资900亿元，东湾新城建设提速。", {900}),
])
def test_a_zone_build_out_sentence_keeps_its_investment_out_of_the_region(extract, text, values):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {r[1] for r in _recs(figs, "fixed_asset_investment") if r[0] == "value"}
    assert got == values


def test_a_known_zone_opening_the_sentence_gets_the_figure():
    from src.extract import extract_text

    figs = extract_text("加快钱江世纪城开发建设，全年完成固定资产投资120亿元。", region="萧山区",
                        published="2024-01-20", doc_type="work_report")
    assert {(f.region, float(f.value)) for f in figs if f.indicator == "fixed_asset_investment"} == {("钱江世纪城", 120)}


# ---- neighbours of a catalog name keep their own id -----------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a technical-renovation investment after an industrial one is not a second industrial investment
    ("全年完成工业投资210亿元以上、技改投资75亿元以上。", {("industrial_investment", 210)}),
    ("工业投资增长12%，工业技术改造投资增长25%。", {("industrial_investment", 12)}),
    ("工业投资、技改投资分别为80亿元、30亿元。", {("industrial_investment", 80)}),
    # kinds of business entities are not the entities' total
    ("个体工商户增长31.5%、企业增长9.2%。", set()),
    ("新增个体工商户3.1万户，私营企业2.2万户。", set()),
    ("经营主体总量达52万户，其中个体户18万户。", {("business_entities", 520000)}),
])
def test_a_kind_or_a_part_is_not_the_catalog_total(extract, text, expected):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    got = {(f.indicator, float(f.value)) for f in figs if f.indicator in {"industrial_investment", "business_entities"}}
    assert got == expected


# ---- a span of named years followed by its length ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "2005-2014年10年间，全区固定资产投资总规模775亿元。",
    "2010至2014年5年间，全区累计完成固定资产投资775亿元。",
    "从数据看，2005—2014年10年来，全区固定资产投资总规模达775亿元。",
])
def test_a_year_span_with_its_length_ends_in_its_last_year(extract, text):
    figs = extract(text, region="萧山区", published="2020-01-20", doc_type="work_report")
    assert _recs(figs, "fixed_asset_investment") == {("value", 775, "actual", 2014, "multi-year")}


# ---- names listed with 和 / 及 / 与 sharing one tail (城镇和农村居民人均可支配收入) ------------------------


@pytest.mark.parametrize("names", [
    "城镇和农村居民人均可支配收入", "城镇和农村常住居民人均可支配收入", "城镇居民和农村居民人均可支配收入",
    "城镇及农村居民人均可支配收入", "城镇与农村常住居民人均可支配收入", "城镇、农村居民人均可支配收入",
])
@pytest.mark.parametrize(("numbers", "measure", "values"), [
    ("分别增长5.1%和7.3%", "growth", (5.1, 7.3)),
    ("分别为51234元、30567元", "value", (51234, 30567)),
    ("均增长6.0%", "growth", (6, 6)),
])
def test_names_listed_with_a_conjunction_share_their_tail(extract, names, numbers, measure, values):
    figs = extract(f"全年{names}{numbers}。", region="合肥市", published="2024-03-01",
                   doc_type="statistical_communique")
    got = {(f.indicator, str(f.measure), rec(f)[2]) for f in figs}
    assert got == {("urban_disposable_income", measure, values[0]), ("rural_disposable_income", measure, values[1])}


@pytest.mark.parametrize("text", [
    "民营企业和外资企业出口分别增长5%和6%。",  # the word before 和 is no member of a catalog name
    "城镇与农村居民人均可支配收入之比为1.8。",
    "国有企业和民营企业进出口均增长3%。",
])
def test_a_conjunction_does_not_free_a_restricted_name(extract, text):
    figs = extract(text, region="合肥市", published="2024-03-01", doc_type="statistical_communique")
    assert [f for f in figs if f.indicator in ("exports", "imports_exports", "rural_disposable_income",
                                               "urban_disposable_income")] == []


# ---- a zone's build-out in a clause opening with 其中 ------------------------------------------------


@pytest.mark.parametrize("text", [
    # a clause opening with 其中 that names a base or zone: the figures after it are that zone's
    "新兴产业加快成长，其中智能装备产业基地引进企业40家，实现工业总产值120亿元。",
    "重大平台提质增效，其中东湾新城建设提速，全年完成固定资产投资60亿元。",
])
def test_a_zone_clause_after_qizhong_keeps_its_figures_out(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {f.indicator for f in figs} & {"industrial_output", "fixed_asset_investment"} == set()


# ---- a list a place is selected into names no region of the figure --------------------------------


@pytest.mark.parametrize("text", [
    "某某集聚区入选全市十大科创集聚区，新增国家高新技术企业30家。",
    "两个项目纳入全省重点项目，新增国家高新技术企业30家。",
    "三个园区列入全国示范名单，新增国家高新技术企业30家。",
    "创新中心获评全省优秀，新增国家高新技术企业30家。",
])
def test_a_list_selected_into_is_not_the_figures_region(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert {(f.region, float(f.value)) for f in figs if f.indicator == "high_tech_enterprises"} == {("萧山区", 30)}


# ---- a ratio named after an indicator is not its growth --------------------------------------------


@pytest.mark.parametrize("text", [
    "工业增加值率由21.5%提高到23.0%。",
    "全区工业增加值率提高到23.0%。",
    "规上工业增加值率达到23.0%，比上年提高1.5个百分点。",
])
def test_a_value_added_rate_is_not_value_added_growth(extract, text):
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert not [f for f in figs if f.indicator in {"industrial_value_added", "industrial_value_added_all"}]


# ---- a milestone verb right after the name (经济总量迈上…台阶) does not make it a longer noun phrase ----


@pytest.mark.parametrize(("text", "expected"), [
    ("地区生产总值跨越2000亿元大关。", {("value", 2000)}),
    ("经济总量迈上2000亿元新台阶。", {("value", 2000)}),
    ("地区生产总值跨过2000亿元台阶。", {("value", 2000)}),
    ("全市生产总值站上2000亿元。", {("value", 2000)}),
    ("经济总量迈上1.2万亿元台阶，达到12013.1亿元，增长3.5%。", {("value", 12013.1), ("growth", 3.5)}),
    ("地区生产总值跃上2000亿元台阶，达到2015.3亿元。", {("value", 2015.3)}),
])
def test_a_milestone_verb_after_the_name(extract, text, expected):
    figs = extract(text, region="合肥市", published="2024-01-12", doc_type="work_report")
    assert {r[:2] for r in _recs(figs)} == expected


# ---- a rounded restatement of a more precise value is not a second record -------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("全市地区生产总值12013.1亿元。全市GDP达到1.2万亿元。", {12013.1}),
    ("全市GDP约1.2万亿元。地区生产总值12013.1亿元，增长3.5%。", {12013.1}),
    ("经济总量达到2345.6亿元，GDP总量约2300亿元。", {2345.6}),
    # not a rounding of it: both kept (a conflict for review, not a restatement)
    ("地区生产总值12013.1亿元。地区生产总值约1.3万亿元。", {12013.1, 13000}),
    # alone, a rounded value is the record
    ("全市GDP达到1.2万亿元。", {12000}),
])
def test_a_rounded_restatement_is_one_record(extract, text, expected):
    figs = extract(text, region="合肥市", published="2024-03-12", doc_type="statistical_communique")
    assert {r[1] for r in _recs(figs) if r[0] == "value"} == expected


# ---- a dated heading with a review word: its year decides review or plan ---------------------------


@pytest.mark.parametrize(("heading", "published", "expected"), [
    ("二、2024年主要工作", "2024", ("target", 2024)),  # a work report plans its own year
    ("二、2024年主要工作", "2024-01-20", ("target", 2024)),
    ("二、2025年主要工作", "2024-12-30", ("target", 2025)),
    ("二、2024年主要工作", "2024-12-30", ("actual", 2024)),  # the year is (nearly) over: a review
    ("二、2023年主要工作", "2024-01-20", ("actual", 2023)),
])
def test_a_dated_main_work_heading_is_a_plan_until_its_year_ends(extract, heading, published, expected):
    text = "各位代表：\n一、过去一年工作回顾\n全区地区生产总值增长6.1%。\n" + heading + "\n全年新增国家高新技术企业60家以上。"
    figs = extract(text, region="萧山区", published=published, doc_type="work_report")
    assert {(r[2], r[3]) for r in _recs(figs, "high_tech_enterprises")} == {expected}
