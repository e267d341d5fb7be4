"""Extraction misses found on real documents, one class per table (issue 11). Each table holds
several forms of its class, written for the test."""

from __future__ import annotations

import pytest

KW = {"region": "宝安区", "published": "2024-02-20", "doc_type": "news"}


def _values(figs, ids: set[str]) -> set[tuple[str, str, float]]:
    return {(f.indicator, str(f.measure), float(f.value)) for f in figs if f.indicator in ids}


# ---- a flow word before a stock's name: the change, not the level --------------------------------

COUNTS = {"business_entities", "high_tech_enterprises", "little_giant_enterprises", "resident_population",
          "new_above_scale_industrial_enterprises", "single_champion_enterprises", "hidden_champion_enterprises"}


@pytest.mark.parametrize(("text", "expected"), [
    # the number right after the restricted name is the change; a later level word gives the level
    ("2023年全区新增市场主体6.4万户，累计达到51.2万户。", {("business_entities", "value", 512000)}),
    ("去年新登记各类经营主体3万户，总量达45万户，增长6%。",
     {("business_entities", "value", 450000), ("business_entities", "growth", 6)}),
    ("2023年新设立市场主体1.8万户。", set()),
    # recognised enterprises are no stock here: the GUIDE counts the year's new ones and the total as two
    # value records of the same indicator
    ("全年新认定国家高新技术企业215家，总数达到1830家。",
     {("high_tech_enterprises", "value", 215), ("high_tech_enterprises", "value", 1830)}),
    ("新培育国家级专精特新小巨人企业9家，累计达37家。",
     {("little_giant_enterprises", "value", 9), ("little_giant_enterprises", "value", 37)}),
    ("全年净增常住人口2.6万人，总量达到98万人。", {("resident_population", "value", 98)}),
    ("新增国家级制造业单项冠军企业5家，新认定省级隐形冠军企业8家。",
     {("single_champion_enterprises", "value", 5), ("hidden_champion_enterprises", "value", 8)}),
    # the growth of the change is not the stock's growth
    ("新增市场主体6.4万户，增长8%。", set()),
    # a flow word before the number of a level already given
    ("经营主体总数达51.2万户，新增6.4万户。", {("business_entities", "value", 512000)}),
    ("国家高新技术企业达1830家，其中新认定215家。", {("high_tech_enterprises", "value", 1830)}),
    # unrestricted stocks keep their numbers; a flow indicator keeps its own, not the total after it
    ("全区市场主体51.2万户，增长7%。", {("business_entities", "value", 512000), ("business_entities", "growth", 7)}),
    # a level word after another noun is that noun's level
    ("新增市场主体6.4万户、个转企900家，商事主体总量达60万户。", set()),
    ("新增规上工业企业86家，总数达到1320家。", {("new_above_scale_industrial_enterprises", "value", 86)}),
])
def test_a_flow_word_gives_the_first_number_to_the_change(extract, text, expected):
    assert _values(extract(text, **KW), COUNTS) == {(i, m, float(v)) for i, m, v in expected}


# ---- a budget adjusted during the year is a target; the result after it is kept ---------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年，一般公共预算收入年初预算为280亿元，后调整为290亿元，实际完成293.6亿元，增长4.8%。",
     {("value", 280, "target"), ("value", 290, "target"), ("value", 293.6, "actual"), ("growth", 4.8, "actual")}),
    ("2023年一般公共预算收入年初预算280亿元，调整为290亿元，实际完成293.6亿元，为调整预算的101.2%。",
     {("value", 280, "target"), ("value", 290, "target"), ("value", 293.6, "actual")}),
    ("2023年一般公共预算收入预算调整至290亿元，实际完成293.6亿元，增长4.8%。",
     {("value", 290, "target"), ("value", 293.6, "actual"), ("growth", 4.8, "actual")}),
    ("2023年一般公共预算收入年初预算300亿元，年中调减至285亿元，实际完成286.1亿元。",
     {("value", 300, "target"), ("value", 285, "target"), ("value", 286.1, "actual")}),
])
def test_an_adjusted_budget_is_a_target_and_the_result_after_it_is_kept(extract, text, expected):
    figs = extract(text, **KW)
    got = {(str(f.measure), float(f.value), str(f.status)) for f in figs if f.indicator == "fiscal_revenue_general"}
    assert got == {(m, float(v), s) for m, v, s in expected}


# ---- years listed before 分别 pair with its numbers ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2019年和2020年，全区地区生产总值分别增长7.4%和2.9%。", {(7.4, 2019), (2.9, 2020)}),
    ("全区地区生产总值2020年、2021年分别增长2.9%、8.8%。", {(2.9, 2020), (8.8, 2021)}),
    ("2020年与2021年全区地区生产总值分别达到980亿元和1050亿元。", {(980, 2020), (1050, 2021)}),
    ("2019年至2021年，全区地区生产总值分别增长7.4%、2.9%和8.8%。", {(7.4, 2019), (2.9, 2020), (8.8, 2021)}),
    # years after 分别 (milestones) keep pairing as before
    ("全区地区生产总值分别于2019年、2021年突破900亿元、1000亿元。", {(900, 2019), (1000, 2021)}),
])
def test_years_listed_before_fenbie_pair_with_the_numbers(extract, text, expected):
    figs = extract(text, **KW)
    assert {(float(f.value), f.year) for f in figs if f.indicator == "gdp"} == {(float(v), y) for v, y in expected}


# ---- growth verbs beyond 增长: 增多, 扩大, 攀升, 上扬, 缩小 (and 提高, 上升 as before) ---------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年全区地区生产总值增多4.6%。", {("gdp", "growth", 4.6)}),
    ("2023年进出口总额扩大12.4%。", {("imports_exports", "growth", 12.4)}),
    ("2023年一般公共预算收入攀升了6.3%。", {("fiscal_revenue_general", "growth", 6.3)}),
    ("2023年社会消费品零售总额上扬5.5%。", {("retail_sales", "growth", 5.5)}),
    ("2023年出口总额缩小3.7%。", {("exports", "growth", -3.7)}),
    ("2023年固定资产投资提高8.1%，社会消费品零售总额上升4.2%。",
     {("fixed_asset_investment", "growth", 8.1), ("retail_sales", "growth", 4.2)}),
    # percentage points are no growth rate; a ratio raised to a level is its value
    ("2023年研发投入强度提高0.4个百分点。", set()),
    ("2023年全社会研发投入强度提高到3.6%。", {("rd_intensity", "value", 3.6)}),
])
def test_growth_verbs(extract, text, expected):
    figs = extract(text, **KW)
    assert {(f.indicator, str(f.measure), float(f.value)) for f in figs} == {(i, m, float(v)) for i, m, v in expected}


# ---- 翻一番: the figure's span is the whole expression, from 翻 --------------------------------------


@pytest.mark.parametrize(("text", "raw", "value", "qualifier"), [
    ("五年来，全区一般公共预算收入翻了一番。", "翻了一番", 100, "exact"),
    ("全区进出口总额比2015年翻一番。", "翻一番", 100, "exact"),
    ("全区固定资产投资较2012年翻了两番。", "翻了两番", 300, "exact"),
    ("全区地区生产总值比2016年翻了近一番。", "翻了近一番", 100, "approx"),
])
def test_a_doubling_is_read_from_its_verb(extract, text, raw, value, qualifier):
    (f,) = extract(text, **KW)
    assert (f.raw, float(f.value), str(f.measure), f.period, str(f.qualifier)) == (raw, value, "growth", "multi-year", qualifier)
    assert f.quote.endswith(raw)


# ---- a span since an event runs to the time of writing: its end year ------------------------------


@pytest.mark.parametrize(("text", "published", "doc_type", "year"), [
    ("党的十八大以来，全区地区生产总值年均增长7.9%。", "2024-02-20", "news", 2023),
    ("“十四五”以来，全区固定资产投资年均增长8.6%。", "2024-11-05", "news", 2023),
    ("2016年以来，全区一般公共预算收入年均增长6.2%。", "2023-07-10", "news", 2022),
    ("党的十八大以来，全区地区生产总值增长1.2倍。", "2024-04-01", "statistical_communique", 2023),
    ("“十四五”以来，全区固定资产投资年均增长8.6%。", "2024-01-15", "work_report", 2023),
])
def test_a_span_since_an_event_ends_at_the_last_ended_year(extract, text, published, doc_type, year):
    (f,) = extract(text, region="宝安区", published=published, doc_type=doc_type)
    assert (f.period, f.year) == ("multi-year", year)


# ---- a title line glued to the first sentence is not part of its quote -------------------------------


@pytest.mark.parametrize("text", [
    "宝安区2023年国民经济运行简况\n全区实现地区生产总值4520亿元，增长5.1%。",
    "2023年宝安区经济运行情况\n地区生产总值4520亿元，增长5.1%。",
    "  宝安区经济运行简报  \r\n全年地区生产总值4520亿元，增长5.1%。",
    "上半年经济运行稳中有进\n\n全区地区生产总值4520亿元，增长5.1%。",
])
def test_a_title_line_is_not_in_the_first_sentences_quote(extract, text):
    figs = extract(text, region="宝安区", published="2024-02-20", doc_type="news")
    title = text.strip().splitlines()[0].strip()
    assert {(f.indicator, str(f.measure)) for f in figs} == {("gdp", "value"), ("gdp", "growth")}
    assert all(title not in f.quote for f in figs)


def test_a_soft_wrap_inside_a_sentence_still_joins_it(extract):
    text = "全区实现地区生产总值\n4520亿元，增长5.1%。"
    (v, _growth) = extract(text, region="宝安区", published="2024-02-20", doc_type="news")
    assert v.quote.startswith("全区实现地区生产总值") and v.raw == "4520亿元"


# ---- a section setting the coming years' goals: its figures are targets for the span's last year ----


@pytest.mark.parametrize("heading", ["二、未来五年工作目标和任务", "二、今后五年的奋斗目标", "二、未来三年工作目标"])
def test_a_coming_span_heading_makes_a_plan_to_its_last_year(extract, heading):
    years = 3 if "三年" in heading else 5
    text = ("各位代表：\n一、过去一年工作回顾\n全区地区生产总值增长6.1%。\n" + heading
            + "\n主要预期目标是：地区生产总值达到1000亿元以上。\n居民人均可支配收入不低于6万元。\n")
    figs = extract(text, region="宝安区", published="2017-01-10", doc_type="work_report")
    got = {(f.indicator, str(f.status), f.year) for f in figs if f.indicator != "gdp" or str(f.measure) == "value"}
    assert got == {("gdp", "target", 2016 + years), ("disposable_income", "target", 2016 + years)}


# ---- a five-year plan named in passing, in another value's clause, gives no year ------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("工业产值一年增加900亿元、接近“十三五”五年增量总和；规上工业增加值从1500亿元跃升到1800亿元。",
     {("industrial_value_added", 2021)}),
    ("城镇新增就业3万人，超过“十二五”年均水平；地区生产总值从3000亿元增加到3300亿元。", {("gdp", 2021)}),
    # a plan framing the sentence, or in the figure's own clause, still gives its last year
    ("“十三五”时期，固定资产投资累计完成1500亿元；地区生产总值年均增长7%。",
     {("fixed_asset_investment", 2020), ("gdp", 2020)}),
    ("全区经济平稳，“十三五”期间地区生产总值年均增长7%。", {("gdp", 2020)}),
])
def test_a_plan_named_in_passing_gives_no_year(extract, text, expected):
    figs = extract(text, region="宝安区", published="2022-01-10", doc_type="work_report")
    assert {(f.indicator, f.year) for f in figs if f.period == "multi-year"} == expected
