"""Module tests: text map, periods, regions, cues, metadata."""

import pytest

from src.extract import metadata, periods, regions
from src.extract.cues import load_cues
from src.extract.records import DocMeta
from src.extract.textmap import build


def test_textmap_maps_back_to_original():
    text = "省级“专精\n\n特新”中小企业 259家［3］，增长１０％"
    tm = build(text)
    assert tm.norm == "省级专精特新中小企业259家,增长10%"
    i = tm.norm.index("259")
    assert text[tm.orig(i) : tm.orig_end(i + 4)] == "259家"
    j = tm.norm.index("10%")
    assert text[tm.orig(j) : tm.orig_end(j + 3)] == "１０％"


def test_textmap_hard_line_breaks_start_paragraphs():
    tm = build("标题874.4万 增长率约0.65%\n正文开始。\n第二段")
    assert len(tm.paragraphs) == 3


@pytest.mark.parametrize(
    "text,period",
    [("一季度", "Q1"), ("第二季度", "Q2"), ("上半年", "H1"), ("前三季度", "Q1-Q3"), ("1-4月份", "M1-M4"),
     ("1—11月", "M1-M11"), ("前五个月", "M1-M5"), ("前4个月", "M1-M4"), ("全年", "year"), ("十四五期间", "multi-year"),
     ("五年来", "multi-year"), ("年均", "multi-year")],
)
def test_periods(text, period):
    ps = periods.find_periods(text)
    assert ps and ps[0].period == period


def test_five_year_plan_end_year():
    (p,) = periods.find_periods("十三五时期")
    assert p.end_year == 2020


def test_years_and_baselines():
    ys = periods.find_years("2025年，比2024年增加，今年")
    assert [(y.year, y.relative, y.baseline) for y in ys] == [(2025, "", False), (2024, "", True), (None, "今年", False)]
    assert periods.resolve_relative_year("去年", 2026) == 2025


@pytest.mark.parametrize(
    "word,doc_region,expected",
    [("全区", "西湖区", "西湖区"), ("全市", "西湖区", "杭州市"), ("全省", "西湖区", "浙江省"),
     ("全区", "宁夏回族自治区", "宁夏回族自治区"), ("全州", "克孜勒苏柯尔克孜自治州", "克孜勒苏柯尔克孜自治州"),
     ("全国", "萧山区", "全国"), ("全区", "萧山经济技术开发区", "萧山经济技术开发区"), ("全市", "石家庄市", "石家庄市")],
)
def test_relative_regions(word, doc_region, expected):
    assert regions.resolve_relative(word, doc_region) == expected


def test_region_hierarchy_and_namesakes():
    assert regions.ancestors("萧山经济技术开发区") == ["萧山经济技术开发区", "萧山区", "杭州市", "浙江省", "全国"]
    hz = regions.lookup("西湖区", "萧山区")
    nc = regions.lookup("西湖区", "南昌市")
    assert hz.parent == "杭州市" and nc.parent == "南昌市"


def test_regions_found_in_text():
    ms = regions.find_regions("乌恰县地区生产总值，高于全疆和全国", "克孜勒苏柯尔克孜自治州")
    assert [m.name for m in ms] == ["乌恰县", "新疆维吾尔自治区", "全国"]


def test_cues_loaded_longest_first():
    c = load_cues()
    assert c.target.index("计划实现") < c.target.index("计划")
    assert "力争" in c.target and "同比" in c.actual


@pytest.mark.parametrize(
    "value,expected",
    [("2025-01-07 10:39", "2025-01-07"), ("2025年1月7日", "2025-01-07"), ("2026-01", "2026-01"), ("2023", "2023"),
     ("", None)],
)
def test_dates(value, expected):
    assert metadata.normalise_date(value) == expected


@pytest.mark.parametrize("value", ["2025-13-01", "yesterday", "2025-02-40"])
def test_broken_dates(value):
    with pytest.raises(metadata.MetadataError):
        metadata.normalise_date(value)


def test_header_reading():
    text = "索 引 号 H054/2025-00118 成文日期 2025-01-03\n发布机构 萧山经济技术开发区管委会 主题分类 政务公开\n\n萧山经济技术开发区管委会2025年《政府工作报告》\n发布日期:2025-01-07 10:39"
    m = metadata.from_header(text, DocMeta(doc="x"))
    assert m.region == "萧山经济技术开发区"
    assert m.published == "2025-01-03"
    assert m.publisher == "萧山经济技术开发区管委会"


def test_header_says_when_region_unknown():
    m = metadata.from_header("没有任何地名的文字。", DocMeta(doc="x"))
    assert m.region is None and dict(m.sources)["region"] == "unknown"


def test_chinese_numeral_years():
    assert [y.year for y in periods.find_years("二〇二三年，全区；二零二四年一月")] == [2023, 2024]


@pytest.mark.parametrize("given,expected", [("浙江省杭州市萧山区", "萧山区"), ("萧山区人民政府", "萧山区"),
                                            ("西湖区", "西湖区"), ("某某新区", "某某新区")])
def test_given_region_names_are_normalised(given, expected):
    assert metadata.from_header("正文。", DocMeta(doc="x", region=given)).region == expected
