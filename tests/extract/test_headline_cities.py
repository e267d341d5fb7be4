"""The headline figures of 114 cities (tests/data/headline_cities.yaml: short passages of our own in
the wordings of communiqués, work reports and news of 2010-2024): every expected record of a
headline id is read exactly (indicator, measure, value, status, year, period, region), and no
other figure of a headline id is (no breakdown, part, zone, per-capita value, other total or
adjusted rate read as the headline)."""

from __future__ import annotations

import pytest

from tools.headline_check import DEFAULT, HEADLINE, compare, expected, load

PASSAGES = load(DEFAULT)
# Known misses (strict xfails).
# 阿克苏地区2018: a bare 地区 before a name ("全年地区一般公共预算收入…") restricts it, as any unknown word
# does; 全地区/本地区 are scope words. Left: a bare 地区 as a scope word is untried against the corpora.
KNOWN_MISSES: set[str] = {"阿克苏地区2018"}


def _id(p: dict) -> str:
    return f"{p['city']}{p['year']}"


@pytest.mark.parametrize("p", [pytest.param(p, id=_id(p), marks=pytest.mark.xfail(strict=True) if _id(p) in KNOWN_MISSES else ())
                               for p in PASSAGES])
def test_a_city_passage_gives_its_headline_figures_and_no_other(extract, p):
    figs = extract(p["text"], region=p["city"], published=p["published"], doc_type=p["doc_type"])
    got = [(f.indicator, str(f.measure), float(f.value), str(f.status), f.year, str(f.period), f.region)
           for f in figs if f.indicator in HEADLINE]
    _, bad, extras = compare(expected(p), got)
    assert (bad, extras) == ([], [])
