"""Counts of enterprises in the forms work reports use: a bound between the count and the kind it
counts (新增120家以上国家高新技术企业: 家 counts the enterprises, so 以上 bounds the count and is no
threshold of the kind, as in 年产值10亿元以上企业), the flow word after the stock's name
(规上工业企业新增260家 is 新增规上工业企业), and a span of one year between a name and its number
(一年新增, 年内新增)."""

from __future__ import annotations

import pytest

REPORT = dict(region="龙华区", published="2023-01-10", doc_type="work_report")


def _recs(figs) -> set[tuple]:
    return {(f.indicator, float(f.value), f.qualifier) for f in figs}


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年，新增120家以上国家高新技术企业。", ("high_tech_enterprises", 120.0, "at_least")),
    ("2022年，培育3家以上制造业单项冠军企业。", ("single_champion_enterprises", 3.0, "at_least")),
    ("2022年，新增8家以上国家级专精特新“小巨人”企业。", ("little_giant_enterprises", 8.0, "at_least")),
    ("2022年，认定30家以上省级专精特新中小企业。", ("specialized_sme_provincial", 30.0, "at_least")),
], ids=["high-tech", "single-champion", "little-giant", "provincial-sme"])
def test_a_bound_between_a_count_and_its_kind_is_the_counts(extract, text, expected):
    assert expected in _recs(extract(text, **REPORT))


@pytest.mark.parametrize(("text", "threshold"), [
    ("2022年，年营业收入10亿元以上企业达到50家。", 10.0),
    ("2022年，从业人员100人以上企业新增12家。", 100.0),
    ("2022年，新开工5000万元以上项目86个。", 5000.0),
], ids=["revenue-threshold", "persons-threshold", "project-threshold"])
def test_a_value_bounding_the_kind_stays_a_threshold(extract, text, threshold):
    assert not {r for r in _recs(extract(text, **REPORT)) if r[1] == threshold}


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("2022年，规模以上工业企业新增260家左右。", ("new_above_scale_industrial_enterprises", 260.0, "approx"), None),
    ("2022年，规上工业企业净增120家，总数达到3208家。", ("new_above_scale_industrial_enterprises", 120.0, "exact"),
     ("new_above_scale_industrial_enterprises", 3208.0, "exact")),
    ("2022年，全区规上工业企业新增85家。", ("new_above_scale_industrial_enterprises", 85.0, "exact"), None),
], ids=["name-then-new", "net-then-stock", "short-name"])
def test_the_flow_word_after_the_stocks_name(extract, text, expected, not_expected):
    got = _recs(extract(text, **REPORT))
    assert expected in got
    assert not_expected not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年，制造业单项冠军企业一年新增5家。", ("single_champion_enterprises", 5.0, "exact")),
    ("2022年，国家高新技术企业年内新增300家。", ("high_tech_enterprises", 300.0, "exact")),
    ("2022年，地区生产总值一年增长6.2%，规上工业增加值增长5%。", ("gdp", 6.2, "exact")),
], ids=["one-year-new", "within-the-year", "one-year-growth"])
def test_a_span_of_one_year_between_a_name_and_its_number(extract, text, expected):
    assert expected in _recs(extract(text, **REPORT))
