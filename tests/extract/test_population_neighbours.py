"""Population neighbours that are not each other: the rural population is not the urban one, and the
urbanisation rate of the registered population (户籍人口城镇化率) is not the rate of the resident
population (常住人口城镇化率, the one statistics offices headline). Each had been an alias of the other
indicator, so a city's urban series mixed in its rural count and its urbanisation series two rates."""

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
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[t[:12] for t, _ in FORMS])
def test_population_neighbours_keep_their_own_ids(text: str, expected: set) -> None:
    got = {r for r in _read(text) if r[0] != "resident_population"}
    assert got == expected
