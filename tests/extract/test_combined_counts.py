"""A count after a list of kinds, with no 均/各/分别, is the kinds' sum and none of them: 新增“专精特新”
和“单项冠军”企业50家 counts both kinds together, so 50 is neither kind's count. The list may join two
catalog names, tiers of recognition (国家级、省级…), quoted kinds, or kinds sharing one head noun
(“四上”企业和国家高新技术企业). Each form beside its negative: verbs joined by 和 (培育和引进…), a list
whose items carry their own values, values paired by 分别 or a list of values, and 均 giving each kind
the value."""

from __future__ import annotations

import pytest

REPORT = dict(region="龙华区", published="2023-01-10", doc_type="work_report")


def _recs(figs) -> set[tuple]:
    return {(f.indicator, float(f.value)) for f in figs}


@pytest.mark.parametrize(("text", "value"), [
    ("2022年，全年新增“专精特新”和“单项冠军”企业50家。", 50.0),
    ("2022年，全区拥有“四上”企业和国家高新技术企业1800家。", 1800.0),
    ("2022年，累计培育国家级、省级专精特新企业312家。", 312.0),
    ("2022年，新增上市公司和国家高新技术企业100家。", 100.0),
    ("2022年，培育国家、省、市级专精特新企业共96家。", 96.0),
    ("2022年，现有规模以上工业企业和国家高新技术企业2300家。", 2300.0),
], ids=["quoted-kinds", "same-head-noun", "two-tiers", "two-catalog-names", "three-tiers", "industrial-and-high-tech"])
def test_a_count_after_a_list_of_kinds_is_no_kind_of_it(extract, text, value):
    got = _recs(extract(text, **REPORT))
    assert not {g for g in got if g[1] == value}, got


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年，培育和引进国家高新技术企业120家。", {("high_tech_enterprises", 120.0)}),
    ("2022年，新增创新平台60家、国家高新技术企业200家。", {("high_tech_enterprises", 200.0)}),
    ("2022年，上市公司和国家高新技术企业分别达到30家、500家。",
     {("high_tech_enterprises", 500.0)}),
    ("2022年，新增国家、省级专精特新企业42家、189家。",
     {("little_giant_enterprises", 42.0), ("specialized_sme_provincial", 189.0)}),
    ("2022年，国家高新技术企业达到1500家，专精特新“小巨人”企业28家。",
     {("high_tech_enterprises", 1500.0), ("little_giant_enterprises", 28.0)}),
], ids=["verbs-joined", "items-with-own-values", "respectively", "values-listed", "two-clauses"])
def test_kinds_with_their_own_values_keep_them(extract, text, expected):
    got = _recs(extract(text, **REPORT))
    assert expected <= got, got
