"""Error classes found reading unseen work reports and news, each as a table of several forms in
wording of our own: the rule must hold for the class, not for one sentence."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _recs(figs, indicator: str = "gdp") -> set[tuple]:
    return {rec(f)[1:6] for f in figs if f.indicator == indicator}


# ---- a date in a heading is not the year its section reports on ----------------------------------


@pytest.mark.parametrize("heading", [
    "一、开发区成立以来的工作回顾\n2011年5月18日，开发区正式挂牌。",
    "一、过去一年的工作回顾\n2010年三月，新区管委会成立。",
    "一、2012年以来的工作回顾\n",
    "一、建区以来工作回顾（2013年起）\n",
])
def test_a_date_in_a_heading_does_not_set_the_year(extract, heading):
    text = "各位代表：\n" + heading + "\n刚刚过去的一年，全区经济稳中向好。预计全年地区生产总值增长7.5%。\n二、今年工作安排\n地区生产总值增长6%。"
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert _recs(figs) == {("growth", 7.5, "actual", 2023, "year"), ("growth", 6, "target", 2024, "year")}


@pytest.mark.parametrize(("heading", "year"), [
    ("一、2021年工作回顾", 2021),
    ("一、2022年主要工作", 2022),
])
def test_a_reporting_year_in_a_heading_still_sets_it(extract, heading, year):
    text = "各位代表：\n" + heading + "\n全区地区生产总值增长7.5%。"
    figs = extract(text, region="萧山区", published="2024-01-20", doc_type="work_report")
    assert _recs(figs) == {("growth", 7.5, "actual", year, "year")}
