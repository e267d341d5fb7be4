"""The hard cases of the GUIDE, written out: text -> the records it must give."""

import pytest

from src.extract.records import RULE_IDS
from tests.conftest import rec

WORK_REPORT = dict(region="淳安县", published="2021-01-12", doc_type="work_report")
COMMUNIQUE = dict(region="石家庄市", published="2026-05-25", doc_type="statistical_communique")
SUMMARY = dict(region="西湖区", doc_type="work_summary", title="西湖区2023年工作总结和2024年工作思路")

CASES = [
    (
        "value and growth are two records",
        "全年地区生产总值8651.7亿元，按不变价格计算，比上年增长6.0%。",
        COMMUNIQUE,
        [("gdp", "value", 8651.7, "actual", 2025, "year", "石家庄市", "exact"),
         ("gdp", "growth", 6.0, "actual", 2025, "year", "石家庄市", "exact")],
    ),
    (
        "falling growth is negative",
        "全年固定资产投资比上年下降9.9%，工业投资下降9.6%。",
        COMMUNIQUE,
        [("fixed_asset_investment", "growth", -9.9, "actual", 2025, "year", "石家庄市", "exact"),
         ("industrial_investment", "growth", -9.6, "actual", 2025, "year", "石家庄市", "exact")],
    ),
    (
        "milestone beside the exact value is one record; quarter and year rates",
        "GDP首次突破2000亿元,实现2087.4亿元,增速从一季度的3.1%逐季回升至全年5.1%。",
        SUMMARY,
        [("gdp", "value", 2087.4, "actual", 2023, "year", "西湖区", "exact"),
         ("gdp", "growth", 3.1, "actual", 2023, "Q1", "西湖区", "exact"),
         ("gdp", "growth", 5.1, "actual", 2023, "year", "西湖区", "exact")],
    ),
    (
        "months range period",
        "全区累计实现规上工业增加值94.13亿元，增速从1-4月份最低-29.8%，逐月回升至-9.2%。",
        SUMMARY,
        [("industrial_value_added", "value", 94.13, "actual", 2023, "year", "西湖区", "exact"),
         ("industrial_value_added", "growth", -29.8, "actual", 2023, "M1-M4", "西湖区", "exact"),
         ("industrial_value_added", "growth", -9.2, "actual", 2023, "year", "西湖区", "exact")],
    ),
    (
        "change between unnamed years: the end value over several years",
        "从过去五年看，国高新从295家增长到1880家。",
        dict(region="萧山区", published="2023-07-31", doc_type="newspaper"),
        [("high_tech_enterprises", "value", 1880, "actual", None, "multi-year", "萧山区", "exact")],
    ),
    (
        "change between named years: the end value for the end year",
        "全县地区生产总值由2015年的162.4亿元增加到2020年的287.9亿元，年均增长7.8%。",
        WORK_REPORT,
        [("gdp", "value", 287.9, "actual", 2020, "year", "淳安县", "exact"),
         ("gdp", "growth", 7.8, "actual", 2020, "multi-year", "淳安县", "exact")],
    ),
    (
        "分别 pairs names and numbers; a listed name borrows the last name's tail",
        "城镇、农村居民人均可支配收入分别达到45620元和23110元，分别增长4.8%和6.9%。",
        WORK_REPORT,
        [("urban_disposable_income", "value", 45620, "actual", 2020, "year", "淳安县", "exact"),
         ("rural_disposable_income", "value", 23110, "actual", 2020, "year", "淳安县", "exact"),
         ("urban_disposable_income", "growth", 4.8, "actual", 2020, "year", "淳安县", "exact"),
         ("rural_disposable_income", "growth", 6.9, "actual", 2020, "year", "淳安县", "exact")],
    ),
    (
        "a collective name (城乡) splits into the listed members",
        "城乡居民人均可支配收入分别增长5.1%、7.2%。",
        WORK_REPORT,
        [("urban_disposable_income", "growth", 5.1, "actual", 2020, "year", "淳安县", "exact"),
         ("rural_disposable_income", "growth", 7.2, "actual", 2020, "year", "淳安县", "exact")],
    ),
    (
        "分别 without listed names pairs the sentence's indicators; 年均 makes them multi-year",
        "财政总收入从10.2亿元增加到18.9亿元，其中公共财政预算收入从5.6亿元增加到10.3亿元，年均分别增长13.1%和13.0%。",
        WORK_REPORT,
        [("fiscal_revenue_total", "value", 18.9, "actual", 2020, "multi-year", "淳安县", "exact"),
         ("fiscal_revenue_general", "value", 10.3, "actual", 2020, "multi-year", "淳安县", "exact"),
         ("fiscal_revenue_total", "growth", 13.1, "actual", 2020, "multi-year", "淳安县", "exact"),
         ("fiscal_revenue_general", "growth", 13.0, "actual", 2020, "multi-year", "淳安县", "exact")],
    ),
    (
        "a figure in another currency goes to the indicator's variant; rankings are not figures",
        "外贸出口总额12.3亿美元，下降3.2%。城镇新增就业1.2万人，居全市第2位。",
        WORK_REPORT,
        [("exports_usd", "value", 12.3, "actual", 2020, "year", "淳安县", "exact"),
         ("exports", "growth", -3.2, "actual", 2020, "year", "淳安县", "exact"),
         ("new_urban_jobs", "value", 12000, "actual", 2020, "year", "淳安县", "exact")],
    ),
    (
        "a stock after a flow indicator is not the flow",
        "新增规上工业企业85家，总数达到1120家。新增国家高新技术企业32家，总数达到156家。",
        WORK_REPORT,
        [("new_above_scale_industrial_enterprises", "value", 85, "actual", 2020, "year", "淳安县", "exact"),
         ("high_tech_enterprises", "value", 32, "actual", 2020, "year", "淳安县", "exact"),
         ("high_tech_enterprises", "value", 156, "actual", 2020, "year", "淳安县", "exact")],
    ),
    (
        "a five-year plan named at the start of the sentence gives the end year",
        "十四五时期，全区地区生产总值年均增长6.5%。",
        dict(region="西湖区", published="2026-01", doc_type="news"),
        [("gdp", "growth", 6.5, "actual", 2025, "multi-year", "西湖区", "exact")],
    ),
    (
        "a share of a denominator after 占 is the ratio indicator",
        "全年研究与试验发展（R&D）经费支出52.3亿元，占地区生产总值的比重为2.8%。高技术制造业投资增长12%。",
        COMMUNIQUE,
        [("rd_expenditure", "value", 52.3, "actual", 2025, "year", "石家庄市", "exact"),
         ("rd_intensity", "value", 2.8, "actual", 2025, "year", "石家庄市", "exact"),
         ("high_tech_manufacturing_investment", "growth", 12, "actual", 2025, "year", "石家庄市", "exact")],
    ),
    (
        "分别 pairs regions with numbers; a qualifier after the last number applies to all",
        "阿图什市、阿合奇县固定资产投资分别同比增长10.6%、131.9%。",
        dict(region="克孜勒苏柯尔克孜自治州", published="2026-02-28", doc_type="statistical_analysis"),
        [("fixed_asset_investment", "growth", 10.6, "actual", 2025, "year", "阿图什市", "exact"),
         ("fixed_asset_investment", "growth", 131.9, "actual", 2025, "year", "阿合奇县", "exact")],
    ),
    (
        "target cue and qualifiers",
        "力争人工智能核心产业营收超240亿元、增长10%以上，带动数字经济核心产业增加值增长6%、营收突破1100亿元。",
        dict(region="萧山区", published="2026-01", doc_type="news"),
        [("ai_industry_revenue", "value", 240, "target", 2026, "year", "萧山区", "at_least"),
         ("ai_industry_revenue", "growth", 10, "target", 2026, "year", "萧山区", "at_least"),
         ("digital_economy_value_added", "growth", 6, "target", 2026, "year", "萧山区", "exact"),
         ("digital_economy_revenue", "value", 1100, "target", 2026, "year", "萧山区", "at_least")],
    ),
    (
        "plan section: every figure is a target whatever its verb",
        "一、2020年工作回顾\n全年实现地区生产总值287.9亿元。\n二、2021年工作安排\n实现地区生产总值增长7%左右，城镇新增就业5000人。",
        WORK_REPORT,
        [("gdp", "value", 287.9, "actual", 2020, "year", "淳安县", "exact"),
         ("gdp", "growth", 7, "target", 2021, "year", "淳安县", "approx"),
         ("new_urban_jobs", "value", 5000, "target", 2021, "year", "淳安县", "exact")],
    ),
    (
        "counts written before the enterprise kind",
        "2023年,我区已有6家企业被认定为专精特新“小巨人”企业,296家企业获评创新型中小企业。",
        SUMMARY,
        [("little_giant_enterprises", "value", 6, "actual", 2023, "year", "西湖区", "exact"),
         ("innovative_sme", "value", 296, "actual", 2023, "year", "西湖区", "exact")],
    ),
    (
        "shares, contributions and pulls are not figures of the indicator",
        "乌恰县地区生产总值62.70亿元，同比增长10.9%，占全州GDP的比重为23.0%，拉动全州GDP增长2.3个百分点。",
        dict(region="克孜勒苏柯尔克孜自治州", published="2026-02-28", doc_type="statistical_analysis"),
        [("gdp", "value", 62.7, "actual", 2025, "year", "乌恰县", "exact"),
         ("gdp", "growth", 10.9, "actual", 2025, "year", "乌恰县", "exact")],
    ),
    (
        "comparisons with other regions are their records",
        "全州进出口总额129.90亿元，同比增长37.1%，增速高于全国（3.8%）33.3个百分点，高于全疆（19.9%）17.2个百分点。",
        dict(region="克孜勒苏柯尔克孜自治州", published="2026-02-28", doc_type="statistical_analysis"),
        [("imports_exports", "value", 129.9, "actual", 2025, "year", "克孜勒苏柯尔克孜自治州", "exact"),
         ("imports_exports", "growth", 37.1, "actual", 2025, "year", "克孜勒苏柯尔克孜自治州", "exact"),
         ("imports_exports", "growth", 3.8, "actual", 2025, "year", "全国", "exact"),
         ("imports_exports", "growth", 19.9, "actual", 2025, "year", "新疆维吾尔自治区", "exact")],
    ),
    (
        "an increment is not a level; 约 makes a rate approximate",
        "2025年，昆明全市常住人口874.4万，比2024年增加了约5.7万人，增长率约0.65%。",
        dict(region="昆明市", published="2026-05-22", doc_type="news"),
        [("resident_population", "value", 874.4, "actual", 2025, "year", "昆明市", "exact"),
         ("resident_population", "growth", 0.65, "actual", 2025, "year", "昆明市", "approx")],
    ),
    (
        "near neighbours keep their own ids",
        "全年全部工业增加值3000亿元。限额以上单位消费品零售额1298.7亿元，增长5.7%。民间投资增长2.9%。",
        COMMUNIQUE,
        [("industrial_value_added_all", "value", 3000, "actual", 2025, "year", "石家庄市", "exact"),
         ("retail_sales_above_quota", "value", 1298.7, "actual", 2025, "year", "石家庄市", "exact"),
         ("retail_sales_above_quota", "growth", 5.7, "actual", 2025, "year", "石家庄市", "exact"),
         ("private_investment", "growth", 2.9, "actual", 2025, "year", "石家庄市", "exact")],
    ),
    (
        "the parts of another aggregate after 其中 are left out",
        "全年民营经济增加值3591.33亿元。其中，第一产业增加值289.60亿元，增长2.9%；第二产业增加值828.46亿元。",
        COMMUNIQUE,
        [("private_economy_value_added", "value", 3591.33, "actual", 2025, "year", "石家庄市", "exact")],
    ),
    (
        "thresholds, dates and rankings are not figures",
        "工业年产值10亿元以上头部企业较少。新增产值100亿元以上企业2家。5月22日发布。",
        SUMMARY,
        [],
    ),
    (
        "zero growth is a record",
        "2025年全州固定资产投资增速累计回落至0.0%。",
        dict(region="克孜勒苏柯尔克孜自治州", published="2026-02-28", doc_type="statistical_analysis"),
        [("fixed_asset_investment", "growth", 0, "actual", 2025, "year", "克孜勒苏柯尔克孜自治州", "exact")],
    ),
    (
        "全省 in a district's document is the province",
        "全省地区生产总值增长6%，全区地区生产总值增长5%。",
        dict(region="西湖区", published="2024-02", doc_type="news"),
        [("gdp", "growth", 6, "actual", 2024, "year", "浙江省", "exact"),
         ("gdp", "growth", 5, "actual", 2024, "year", "西湖区", "exact")],
    ),
    (
        "全区 in an autonomous region's report is the region itself",
        "上半年，全区实现地区生产总值2518.6亿元，同比增长5.3%。",
        dict(region="宁夏回族自治区", published="2024-07-20", doc_type="statistical_analysis"),
        [("gdp", "value", 2518.6, "actual", 2024, "H1", "宁夏回族自治区", "exact"),
         ("gdp", "growth", 5.3, "actual", 2024, "H1", "宁夏回族自治区", "exact")],
    ),
    (
        "a sub-region heading gives its paragraph's figures to it",
        "展现萧山经济技术开发区头雁姿态。招引落地亿元以上产业项目40个。力争完成低效工业用地再开发800亩。",
        dict(region="萧山区", published="2026-01", doc_type="work_report"),
        [("inefficient_land_redevelopment", "value", 800, "target", 2026, "year", "萧山经济技术开发区", "exact")],
    ),
    (
        "old names of catalog indicators",
        "全年公共财政预算收入21.6亿元，农民人均纯收入12000元，实际使用外商直接投资8600万美元。",
        dict(region="淳安县", published="2013-03", doc_type="statistical_communique"),
        [("fiscal_revenue_general", "value", 21.6, "actual", 2012, "year", "淳安县", "exact"),
         ("rural_disposable_income", "value", 12000, "actual", 2012, "year", "淳安县", "exact"),
         ("foreign_investment_actual", "value", 0.86, "actual", 2012, "year", "淳安县", "exact")],
    ),
]


@pytest.mark.parametrize("name,text,meta,expected", CASES, ids=[c[0] for c in CASES])
def test_hard_case(extract, name, text, meta, expected):
    got = [rec(f) for f in extract(text, **meta)]
    assert got == expected


def test_restated_figure_is_one_record(extract):
    text = "2025年昆明全市常住人口874.4万\n年末全市常住人口874.4万人，其中城镇常住人口734.7万人。"
    figs = extract(text, region="昆明市", published="2026-05-22", doc_type="news")
    core = [rec(f) for f in figs if f.indicator == "resident_population"]
    assert core == [("resident_population", "value", 874.4, "actual", 2025, "year", "昆明市", "exact")]
    assert [(f.indicator, float(f.value)) for f in figs if f.indicator != "resident_population"] == [
        ("urban_population", 734.7)]


def test_offsets_survive_whitespace_and_quotes(extract):
    text = "目前,全区已培育国家级专精特新“小巨人”41家、省级“专精\n\n特新”中小企业259家。"
    figs = extract(text, region="萧山区", published="2023-07-31", doc_type="newspaper")
    assert [(f.indicator, int(f.value)) for f in figs] == [
        ("little_giant_enterprises", 41), ("specialized_sme_provincial", 259)]
    assert text[figs[1].start : figs[1].end] == "259家"


def test_rules_explain_every_field(extract):
    (f,) = extract("力争实际利用外资7亿美元。", region="萧山区", published="2026-01", doc_type="work_report")
    assert {"indicator", "measure", "status", "year", "period", "region", "qualifier"} <= {r.field for r in f.rules}
    assert f.rule_for("status") == ("status", "target_cue", "力争")
    assert f.rule_for("indicator") == ("indicator", "name_before", "实际利用外资")
    assert all(r.rule in RULE_IDS[r.field] for r in f.rules)
    assert 0 < f.confidence <= 1
    assert f.to_dict()["rules"][0].keys() == {"field", "rule", "evidence"}


def test_json_roundtrip(extract):
    import json

    (f,) = extract("全年出口918.7亿元。", region="石家庄市", published="2026-05-25", doc_type="statistical_communique")
    d = json.loads(f.to_json())
    assert d["value"] == 918.7 and d["unit"] == "亿元" and d["start"] < d["end"]


def test_header_metadata_when_none_given(extract):
    text = ("索 引 号 | H102/2022-61394 | 成文日期 | 2022-07-07 |\n发布机构 | 杭州市萧山区投资促进局 |\n"
            "2022年1-5月，全区实际利用外资2.1亿美元。")
    (f,) = extract(text)
    assert f.region == "萧山区" and f.year == 2022 and f.period == "M1-M5"


def test_review_and_plan_opened_by_sentences_not_headings(extract):
    text = ("今年以来，开发区承压奋进。主要做了以下五方面的工作：\n一、深入推进项目建设，加快产业发展\n"
            "全年完成固定资产投资120亿元，增长8%。\n"
            "2025年，开发区将坚持稳中求进。\n一、坚定不移大抓项目推进\n全年完成固定资产投资130亿元。")
    figs = extract(text, region="萧山经济技术开发区", published="2025-01-07", doc_type="work_report")
    got = [(f.indicator, f.measure, int(f.value), str(f.status), f.year) for f in figs]
    assert got == [("fixed_asset_investment", "value", 120, "actual", 2024),
                   ("fixed_asset_investment", "growth", 8, "actual", 2024),
                   ("fixed_asset_investment", "value", 130, "target", 2025)]


def test_a_period_not_yet_ended_at_publication_is_the_year_before(extract):
    text = "全年，全市地区生产总值增长5.2%。上半年，全市地区生产总值增长5%。今年一季度，全市地区生产总值增长4%。"
    figs = extract(text, region="嘉兴市", published="2025-01-20", doc_type="news")
    assert [(float(f.value), f.year, f.period) for f in figs] == [(5.2, 2024, "year"), (5.0, 2024, "H1"),
                                                                  (4.0, 2025, "Q1")]


def test_plan_execution_report_sections(extract):
    text = ("一、2023年国民经济和社会发展计划执行情况\n全年地区生产总值增长6.1%。\n"
            "二、2024年经济社会发展的主要目标\n地区生产总值增长6%左右。")
    figs = extract(text, region="嘉兴市", published="2024-01-20", doc_type="other",
                   title="关于嘉兴市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告")
    assert [(float(f.value), str(f.status), f.year) for f in figs] == [(6.1, "actual", 2023), (6.0, "target", 2024)]
