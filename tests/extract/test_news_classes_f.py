"""News classes found by blind batch F (ten articles of Sichuan, Henan, Inner Mongolia, Guizhou, Jiangxi,
Gansu, Heilongjiang, Fujian, Guangxi and Xinjiang, keyed before the extractor ran), each as a table of
forms in our own words."""

from __future__ import annotations

import pytest

KW = dict(region="绵阳市", published="2024-07-26", doc_type="news")


def _regions(figs) -> set[tuple]:
    return {(f.indicator, str(f.measure), float(f.value), f.region) for f in figs}


# ---- "江油市上半年实现地区生产总值…，…；规上工业增加值增长12.8%": a county-level subject separated from its
# first name by a period (and a verb) still heads the later clauses of its sentence --------------------

@pytest.mark.parametrize(("text", "region"), [
    ("县域经济方面，江油市上半年实现地区生产总值289.7亿元，增长7.5%；规上工业增加值增长12.8%。", "江油市"),
    ("江油市今年上半年实现地区生产总值289.7亿元，增长7.5%，规上工业增加值增长12.8%。", "江油市"),
    ("江油市1—6月完成地区生产总值289.7亿元，增长7.5%，社会消费品零售总额增长6.1%。", "江油市"),
    ("三台县前三季度实现地区生产总值236.4亿元，增长6.9%；固定资产投资增长8.8%。", "三台县"),
    ("江油市2024年上半年地区生产总值289.7亿元，增长7.5%，一般公共预算收入12.6亿元。", "江油市"),
    ("涪城区一季度累计完成地区生产总值168.2亿元，增长6.1%，规上工业增加值增长9.0%。", "涪城区"),
], ids=["period-verb-then-semicolon", "this-year-half-comma", "months-completed", "three-quarters-semicolon",
        "year-and-half-no-verb", "quarter-cumulative-completed"])
def test_a_sub_regions_subject_before_a_period_heads_the_later_clauses(extract, text, region):
    got = _regions(extract(text, **KW))
    assert len(got) == 3 and {g[3] for g in got} == {region}


# ---- an official's words in quotation marks (“…，…。”市长说) are speech, not a name: their cue words count --

JAN = dict(region="南阳市", published="2024-01-30", doc_type="news")


@pytest.mark.parametrize(("text", "ind"), [
    ("“2024年，我们提出地区生产总值增长6%以上的预期目标。”市长说。", "gdp"),
    ("“今年，全市力争社会消费品零售总额增长7%。”市长表示。", "retail_sales"),
    ("市长说：“今年固定资产投资计划增长10%，一般公共预算收入预期增长5%。”", "fixed_asset_investment"),
    ("“我们的目标是，今年规上工业增加值增长8%左右”，市长说。", "industrial_value_added"),
], ids=["proposed-goal-after-number", "strive-in-quote", "plan-after-colon", "goal-is-before-number"])
def test_a_quoted_speechs_cue_words_count(extract, text, ind):
    figs = [f for f in extract(text, **JAN) if f.indicator == ind]
    assert [(str(f.status), f.year) for f in figs] == [("target", 2024)]


JUL = dict(region="南阳市", published="2024-07-30", doc_type="news")


@pytest.mark.parametrize("text", [
    "上半年，全市实施“百企目标”行动，规上工业增加值增长8%。",
    "“十四五”以来，全市规上工业增加值增长8.1%。",
], ids=["a-quoted-word", "a-quoted-plan-name"])
def test_a_quoted_name_still_is_a_name(extract, text):
    figs = extract(text, **JUL)
    assert figs and "target" not in {str(f.status) for f in figs}


# ---- "州府所在地凯里市…地区生产总值…": words naming what the region is (the seat, the capital) stand before
# it without restricting the figure's name ----------------------------------------------------------

QDN = dict(region="黔东南苗族侗族自治州", published="2022-10-30", doc_type="news")


@pytest.mark.parametrize(("text", "kw", "region"), [
    ("州府所在地凯里市前三季度实现地区生产总值238.9亿元，增长2.6%。", QDN, "凯里市"),
    ("州府凯里市前三季度地区生产总值238.9亿元，增长2.6%。", QDN, "凯里市"),
    ("首府南宁市上半年地区生产总值2621.3亿元，增长4.1%。", dict(region="广西壮族自治区", published="2023-07-25", doc_type="news"),
     "南宁市"),
    ("省会城市兰州市前三季度实现地区生产总值2543.1亿元，增长5.1%。", dict(region="甘肃省", published="2023-10-30", doc_type="news"),
     "兰州市"),
    ("市政府驻地涪城区上半年规上工业增加值86.2亿元，增长9.0%。", KW, "涪城区"),
], ids=["seat-of-prefecture-government", "prefecture-seat", "capital-of-autonomous-region", "provincial-capital-city",
        "seat-of-city-government"])
def test_a_regions_apposition_does_not_restrict_the_name(extract, text, kw, region):
    got = _regions(extract(text, **kw))
    assert len(got) == 2 and {g[3] for g in got} == {region}


# ---- a news piece dated in January whose opening only introduces it (a dateline, "记者从…获悉", a quoted
# remark) names its year in the first sentence stating a figure: its later sentences are about that year --

@pytest.mark.parametrize(("text", "published", "year"), [
    ("人民网郑州1月29日电 南阳市两会期间，记者专访了市长。据市统计局数据，2023年南阳市地区生产总值4863.5亿元，"
     "比上年增长5.2%。全市规模以上工业增加值增长7.6%，固定资产投资增长6.9%。", "2024-01-30", 2023),
    ("“去年全市经济总量再上新台阶，高于全省平均水平。”市长说。全市地区生产总值4863.5亿元，增长5.2%。"
     "规模以上工业增加值增长7.6%，固定资产投资增长6.9%。", "2024-01-30", 2023),
    ("1月21日，市统计局发布数据。2020年，全市实现地区生产总值4545.61亿元，比上年增长5.2%。"
     "规模以上工业增加值增长6.1%，固定资产投资增长8.6%。", "2021-01-22", 2020),
    ("记者从市统计局获悉。去年，全市地区生产总值4863.5亿元，比上年增长5.2%。规模以上工业增加值增长7.6%。"
     "固定资产投资增长6.9%。", "2024-02-05", 2023),
], ids=["dateline-then-year", "quoted-remark-last-year", "release-then-year", "reporter-learned-last-year"])
def test_the_first_figures_year_dates_a_news_piece(extract, text, published, year):
    figs = extract(text, region="南阳市", published=published, doc_type="news")
    assert {f.indicator for f in figs} >= {"gdp", "industrial_value_added", "fixed_asset_investment"}
    assert {f.year for f in figs} == {year}


@pytest.mark.parametrize("text", [
    "记者从市统计局获悉。今年以来，全市规模以上工业增加值增长7.6%。去年同期，全市规模以上工业增加值增长5.1%。固定资产投资增长6.9%。",
    "记者从市统计局获悉。全市规模以上工业增加值比上年增长7.6%。固定资产投资增长6.9%。",
], ids=["this-year-first", "last-year-only-a-baseline"])
def test_a_baseline_or_this_year_does_not_date_a_news_piece(extract, text):
    figs = extract(text, **JUL)
    assert {f.year for f in figs if f.indicator == "fixed_asset_investment"} == {2024}


# ---- a review stretch (五年来，…) in a news piece closing a five-year plan: a figure compared with the year
# before (比上年, 同比) is that year's, not the span's; the span's figures end in the plan's last year ------

ZZ = dict(region="漳州市", published="2021-01-22", doc_type="news")


def _periods(figs, ind) -> set[tuple]:
    return {(str(f.measure), f.period, f.year) for f in figs if f.indicator == ind}


@pytest.mark.parametrize(("text", "ind"), [
    ("2020年，全市实现地区生产总值4545.61亿元。五年来，全市规模以上工业增加值年均增长9.3%。"
     "社会消费品零售总额1496.7亿元，比上年下降2.1%。", "retail_sales"),
    ("2020年，全市实现地区生产总值4545.61亿元。五年来，固定资产投资年均增长8.6%。"
     "全市一般公共预算收入252.1亿元，同比增长1.2%。", "fiscal_revenue_general"),
    ("2020年，全市实现地区生产总值4545.61亿元。过去五年，全市规模以上工业增加值年均增长9.3%。"
     "全市居民人均可支配收入35000元，较上年增长5.1%。", "disposable_income"),
], ids=["retail-than-last-year", "fiscal-year-on-year", "income-than-the-year-before"])
def test_a_figure_compared_with_the_year_before_in_a_review_stretch_is_annual(extract, text, ind):
    assert _periods(extract(text, **ZZ), ind) == {("value", "year", 2020), ("growth", "year", 2020)}


def test_a_span_total_in_a_review_stretch_stays_multi_year(extract):
    figs = extract("2020年，全市实现地区生产总值4545.61亿元。五年来，全市社会消费品零售总额累计达到6800亿元。", **ZZ)
    assert {p for m, p, _ in _periods(figs, "retail_sales")} == {"multi-year"}


@pytest.mark.parametrize(("text", "ind", "measure"), [
    ("“十三五”收官之年，2020年全市地区生产总值4545.61亿元。五年来，规模以上工业增加值年均增长9.3%。",
     "industrial_value_added", "growth"),
    ("2020年，全市地区生产总值4545.61亿元，“十三五”时期年均增长8.0%。五年累计完成固定资产投资15482亿元。",
     "fixed_asset_investment", "value"),
    ("2020年，全市地区生产总值4545.61亿元，圆满完成“十三五”规划目标。城乡居民人均可支配收入五年间分别增长45.0%和53.2%。",
     "urban_disposable_income", "growth"),
], ids=["plan-closing-year-five-years", "plan-closing-cumulative", "plan-closing-five-year-change"])
def test_a_span_in_a_news_piece_closing_a_plan_ends_in_its_last_year(extract, text, ind, measure):
    assert _periods(extract(text, **ZZ), ind) == {(measure, "multi-year", 2020)}


# ---- "长春新区一季度实现地区生产总值…；规上工业总产值…": a zone inside the document's region that the region
# table does not know heads the later ；-units of its sentence like a listed district does -------------

CC = dict(region="长春市", published="2024-04-24", doc_type="news")


@pytest.mark.parametrize(("text", "zone"), [
    ("长春新区一季度实现地区生产总值245.6亿元，增长8.9%；规上工业总产值612.3亿元，增长12.1%。", "长春新区"),
    ("2024年一季度，长春新区地区生产总值245.6亿元；规上工业总产值612.3亿元。", "长春新区"),
    ("净月高新区一季度规上工业总产值86.4亿元，增长9.5%；固定资产投资增长12.3%。", "净月高新区"),
    ("一季度，长春经开区实现规上工业总产值320.1亿元；社会消费品零售总额增长6.2%。", "长春经开区"),
], ids=["new-area-period-verb", "new-area-after-year", "high-tech-zone", "development-zone"])
def test_an_unlisted_zone_heads_the_later_units_of_its_sentence(extract, text, zone):
    got = _regions(extract(text, **CC))
    assert len(got) >= 2 and {g[3] for g in got} == {zone}


# ---- "…规上工业增加值同比增长6.9%…。其中，8月份当月增长8.2%。": a sentence opening with 其中 and a shorter
# period before a growth word goes on with the indicator of the sentence before, as a ；-unit does -------

ZZH = dict(region="株洲市", published="2023-09-20", doc_type="news")


@pytest.mark.parametrize(("text", "exp"), [
    ("1—8月，全市规模以上工业增加值同比增长6.9%，增速比1—7月加快0.3个百分点。其中，8月份当月增长8.2%。",
     ("industrial_value_added", 8.2, "M8")),
    ("上半年，全市地区生产总值同比增长5.2%，高于全省0.4个百分点。其中，二季度增长5.6%。", ("gdp", 5.6, "Q2")),
    ("1—8月，全市社会消费品零售总额812.4亿元，同比增长6.8%。其中，8月当月增长7.1%。", ("retail_sales", 7.1, "M8")),
], ids=["month-after-a-comparison", "quarter-in-a-half-year", "month-after-a-value"])
def test_a_part_sentence_for_a_shorter_period_goes_on_with_the_name(extract, text, exp):
    assert exp in {(f.indicator, float(f.value), f.period) for f in extract(text, **ZZH)}


def test_a_part_sentence_about_another_quantity_adds_nothing(extract):
    figs = extract("1—8月，全市规模以上工业增加值同比增长6.9%。其中，8月份用电量增长7.2%。", **ZZH)
    assert 7.2 not in {float(f.value) for f in figs}


# ---- local names of catalog indicators: 规模工业 (Hunan's 规上工业) ------------------------------------

@pytest.mark.parametrize(("text", "ind"), [
    ("1—8月，全市规模工业增加值同比增长6.9%。", "industrial_value_added"),
    ("1—8月，醴陵市规模工业增加值增长9.8%，增速居全市首位。", "industrial_value_added"),
    ("1—8月，全市规模工业总产值1250.3亿元，同比增长7.2%。", "industrial_output"),
    ("1—8月，全市规模工业企业实现增加值增长8.1%。", "industrial_value_added"),
], ids=["scale-industry-value-added", "county-scale-industry", "scale-industry-output", "scale-industry-enterprises"])
def test_scale_industry_is_above_scale_industry(extract, text, ind):
    assert {f.indicator for f in extract(text, **ZZH)} == {ind}
