"""Catalog neighbours that are not each other, each with its own id: the rural population is not the
urban one; the urbanisation rate of the registered population (户籍人口城镇化率) is not the rate of the
resident population (常住人口城镇化率, the one statistics offices headline); an industry's value added
is not its gross output (农林牧渔业, 建筑业); and the three industries' investment are three series.
Each had been an alias of its neighbour, so one series mixed two quantities (a city's urban population
with its rural count, output with value added, 第一产业投资 with 第三产业投资: a conflict every year)."""

from __future__ import annotations

import pytest

from src.extract import extract_text

CITY = dict(region="绵阳市", published="2023-03-20", doc_type="statistical_communique")


def _read(text: str) -> set[tuple[str, str, float]]:
    return {(f.indicator, f.measure.value, float(f.value)) for f in extract_text(text, **CITY)}


FORMS = [
    ("年末全市常住人口812.6万人，其中城镇常住人口596.3万人，乡村常住人口216.3万人。",
     {("urban_population", "value", 596.3), ("rural_population", "value", 216.3)}),
    ("年末常住人口中，城镇人口241.5万人，农村人口130.2万人。",
     {("urban_population", "value", 241.5), ("rural_population", "value", 130.2)}),
    ("全市乡村人口151.8万人，城镇人口402.4万人。",
     {("urban_population", "value", 402.4), ("rural_population", "value", 151.8)}),
    ("年末户籍人口城镇化率为52.3%，常住人口城镇化率为68.1%。",
     {("urbanization_rate_registered", "value", 52.3), ("urbanization_rate", "value", 68.1)}),
    ("常住人口城镇化率达到61.2%，户籍人口城镇化率达到45.7%。",
     {("urbanization_rate", "value", 61.2), ("urbanization_rate_registered", "value", 45.7)}),
    ("全年农林牧渔业总产值312.5亿元，增长4.1%；农林牧渔业增加值190.2亿元，增长4.0%。",
     {("agriculture_output", "value", 312.5), ("agriculture_output", "growth", 4.1),
      ("agriculture_value_added", "value", 190.2), ("agriculture_value_added", "growth", 4.0)}),
    ("全市建筑业总产值820.6亿元。建筑业增加值210.3亿元，增长5.1%。",
     {("construction_output", "value", 820.6), ("construction_value_added", "value", 210.3),
      ("construction_value_added", "growth", 5.1)}),
    ("分产业看，第一产业投资增长12.1%，第二产业投资增长8.3%，第三产业投资增长4.2%。",
     {("primary_industry_investment", "growth", 12.1), ("secondary_industry_investment", "growth", 8.3),
      ("tertiary_industry_investment", "growth", 4.2)}),
    ("全年服务业投资下降2.1%，其中基础设施投资增长6.6%。",
     {("tertiary_industry_investment", "growth", -2.1), ("infrastructure_investment", "growth", 6.6)}),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[t[:12] for t, _ in FORMS])
def test_catalog_neighbours_keep_their_own_ids(text: str, expected: set) -> None:
    got = {r for r in _read(text) if r[0] != "resident_population"}
    assert got == expected
