"""A document's region given by another of its names (issue 11, class 9: short forms of region
names). The manifest says 大理州, the text says 大理州, 大理白族自治州 or 全州: every figure about the
document's region carries the name the document was given, one series, not two; and the region's
counties are still read as its sub-regions."""

from __future__ import annotations

import pytest


def _regions(figs) -> dict[tuple[str, str], str]:
    return {(f.indicator, str(f.measure)): f.region for f in figs}


@pytest.mark.parametrize(("given", "text", "county"), [
    ("大理州", "上半年，大理州实现地区生产总值781.2亿元，同比增长5.2%。其中，宾川县地区生产总值56.8亿元。"
     "全州规上工业增加值同比增长7.9%；固定资产投资同比下降2.1%。", "宾川县"),
    ("恩施州", "恩施土家族苗族自治州一季度地区生产总值312.4亿元，增长5.9%。全州社会消费品零售总额"
     "增长7.2%。利川市地区生产总值45.1亿元。", "利川市"),
    ("凉山州", "前三季度，全州规模以上工业增加值增长8.1%，凉山彝族自治州固定资产投资增长4.4%，"
     "西昌市地区生产总值540.3亿元。", "西昌市"),
    ("杭州", "2023年杭州市实现地区生产总值20059亿元，增长5.6%；全市固定资产投资增长2.9%。"
     "萧山区地区生产总值2300.1亿元。", "萧山区"),
], ids=["prefecture-short-and-relative", "full-name-in-text", "relative-first", "city-without-suffix"])
def test_figures_about_the_document_region_keep_its_given_name(extract, given, text, county):
    figs = extract(text, region=given, published="2024-01-20", doc_type="news")
    regions = {f.region for f in figs}
    assert given in regions
    assert county in regions  # the county is a sub-region of the document's, read as itself
    assert regions == {given, county}, regions  # not also the canonical full name: one series


def test_a_canonical_name_given_is_kept(extract):
    figs = extract("全州地区生产总值781.2亿元，增长5.2%。", region="大理白族自治州", published="2023-07-20",
                   doc_type="news")
    assert {f.region for f in figs} == {"大理白族自治州"}


# ---- the document's own district without 区 (罗湖 in a 罗湖区 report) ------------------------------------

@pytest.mark.parametrize(("region", "text", "expected"), [
    ("罗湖区", "罗湖近五年全社会固定资产投资累计达1170亿元。", ("fixed_asset_investment", 1170.0, "罗湖区")),
    ("罗湖区", "2019年，罗湖全社会固定资产投资增长12%。", ("fixed_asset_investment", 12.0, "罗湖区")),
    ("龙岗区", "2019年，龙岗地区生产总值突破4000亿元。", ("gdp", 4000.0, "龙岗区")),
    ("宝安区", "近5年宝安规上工业增加值年均增长8%。", ("industrial_value_added", 8.0, "宝安区")),
], ids=["five-years-short", "growth-short", "gdp-short", "arabic-years"])
def test_the_documents_own_district_without_its_suffix(extract, region, text, expected):
    figs = extract(text, region=region, published="2020-01-10", doc_type="work_report")
    assert expected in {(f.indicator, float(f.value), f.region) for f in figs}


def test_another_districts_short_form_is_no_region(extract):
    figs = extract("2019年，罗湖全社会固定资产投资增长12%。", region="福田区", published="2020-01-10",
                   doc_type="work_report")
    assert "罗湖区" not in {f.region for f in figs}


# ---- a bare zone word referring back to the zone named before it (片区, 合作区, 示范区) -------------------

@pytest.mark.parametrize(("text", "zone"), [
    ("前海宝安片区改革开放成效显著。片区地区生产总值1334.1亿元、同比增长10.9%。", "前海宝安片区"),
    ("粤澳深度合作区建设提速，合作区地区生产总值320亿元，增长12%。", "粤澳深度合作区"),
    ("滨海生态示范区发展势头良好。示范区规上工业增加值增长9.5%。", "滨海生态示范区"),
], ids=["district-part", "cooperation-zone", "demonstration-zone"])
def test_a_bare_zone_word_refers_back_to_the_zone(extract, text, zone):
    figs = extract(text, region="宝安区", published="2025-01-10", doc_type="work_report")
    assert figs and {f.region for f in figs} == {zone}


def test_a_zone_word_after_a_scope_word_is_no_zone(extract):
    figs = extract("全区各片区建设提速，片区地区生产总值均增长10%。地区生产总值增长6%。", region="宝安区",
                   published="2025-01-10", doc_type="work_report")
    assert {(f.region, float(f.value)) for f in figs} == {("宝安区", 6.0)}
