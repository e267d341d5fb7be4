"""Spans of years: a year starting a span (2015年…以来) with the span's event between them, a later
span in the sentence overriding an earlier one's named end year, and a count of recent years in
Arabic digits (近5年)."""

from __future__ import annotations

import pytest

REPORT = dict(region="罗湖区", published="2020-01-10", doc_type="work_report")


def _recs(figs) -> set[tuple]:
    return {(f.indicator, float(f.value), f.year, f.period) for f in figs}


@pytest.mark.parametrize(("text", "expected"), [
    ("2015年启动城市更新改革试点以来，全区固定资产投资累计完成1170亿元。", ("fixed_asset_investment", 1170.0, 2019)),
    ("2016年成立新区管委会以来，全区规上工业增加值年均增长9%。", ("industrial_value_added", 9.0, 2019)),
    ("2005-2014年10年间，全区固定资产投资总规模775亿元；2015年以来，近5年全区固定资产投资总规模达1170亿元。",
     ("fixed_asset_investment", 1170.0, 2019)),
    ("近5年全社会固定资产投资总规模达1170亿元。", ("fixed_asset_investment", 1170.0, 2019)),
], ids=["event-between", "average-since", "later-span", "arabic-recent-years"])
def test_a_span_since_a_year_ends_in_the_reports_year(extract, text, expected):
    got = _recs(extract(text, **REPORT))
    assert (*expected, "multi-year") in got or (*expected, "year") in got, got
    assert not {g for g in got if g[1] == expected[1] and g[2] != expected[2]}


def test_the_earlier_spans_figure_keeps_its_end_year(extract):
    got = _recs(extract("2005-2014年10年间，全区固定资产投资总规模775亿元；2015年以来，近5年全区固定资产投资"
                        "总规模达1170亿元。", **REPORT))
    assert ("fixed_asset_investment", 775.0, 2014, "multi-year") in got


def test_a_since_phrase_after_the_figure_leaves_its_year(extract):
    got = _recs(extract("2019年全区地区生产总值增长6%，为2015年以来最高。", **REPORT))
    assert got == {("gdp", 6.0, 2019, "year")}


# ---- a plan's cumulative target over the years to come is a multi-year sum ---------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2016-10-10", "未来五年政府工作的主要目标是：到2021年，本区生产总值超过2800亿元；固定资产投资累计超过1000亿元。",
     ("fixed_asset_investment", 1000.0, 2021, "multi-year", "target")),
    ("2021-01-10", "未来五年，全区固定资产投资累计完成2000亿元，地区生产总值年均增长6%。",
     ("fixed_asset_investment", 2000.0, 2025, "multi-year", "target")),
    ("2021-01-10", "今后五年，全区社会消费品零售总额累计实现6000亿元。",
     ("retail_sales", 6000.0, 2025, "multi-year", "target")),
], ids=["named-end-year", "coming-span-without-target-word", "from-now-on"])
def test_a_cumulative_target_over_the_years_to_come(extract, published, text, expected):
    figs = extract(text, region="罗湖区", published=published, doc_type="work_report")
    got = {(f.indicator, float(f.value), f.year, f.period, str(f.status)) for f in figs}
    assert expected in got


@pytest.mark.parametrize("text", [
    "今年主要目标：固定资产投资累计完成300亿元。",
    "2023年，全区累计实现规上工业增加值94.13亿元。",
], ids=["this-years-target", "a-years-result"])
def test_a_cumulative_figure_of_one_year_stays_that_years(extract, text):
    figs = extract(text, region="罗湖区", published="2024-01-10", doc_type="work_report")
    assert figs and {f.period for f in figs} == {"year"}
