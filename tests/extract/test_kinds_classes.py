"""Classes of error met on whole documents of unseen kinds (test_document_kinds.py), each as a table
of forms in our own words: a single month as the period, a zone the region table does not know,
a draft budget line without a 预算草案 heading, a growth rate after a completion ratio."""

from __future__ import annotations

import pytest

# ---- a single month is its own period (M3), never the quarter or the year it falls in ---------

MONTH = [
    ("3月份，全市规上工业增加值同比增长9.5%。", "M3"),
    ("3月，规模以上工业增加值增长9.5%。", "M3"),
    ("12月当月，规模以上工业增加值增长9.5%。", "M12"),
    ("十一月份，规模以上工业增加值增长9.5%。", "M11"),
    ("2024年2月，全市规模以上工业增加值增长9.5%。", "M2"),
    ("1—3月，规模以上工业增加值增长9.5%。", "M1-M3"),  # a span of months stays a span
]


@pytest.mark.parametrize(("sentence", "period"), MONTH, ids=[p + ":" + s[:6] for s, p in MONTH])
def test_a_single_month_is_its_own_period(extract, sentence, period):
    figs = extract("一季度湖州市经济运行情况\n" + sentence, region="湖州市", published="2024-04-20",
                   doc_type="statistical_analysis")
    assert [(f.indicator, f.period) for f in figs] == [("industrial_value_added", period)]


@pytest.mark.parametrize(("opening", "period"), [
    ("2024年1—8月湖州市经济运行简况\n", "M8"),   # 当月 of a 1-8月 release is August
    ("上半年湖州市经济运行情况\n", "M6"),
    ("一季度湖州市经济运行情况\n", "M3"),
])
def test_the_current_month_is_the_last_month_of_the_documents_period(extract, opening, period):
    figs = extract(opening + "当月，规模以上工业增加值增长6.1%。", region="湖州市", published="2024-09-20",
                   doc_type="statistical_analysis")
    assert [(f.period, f.year) for f in figs] == [(period, 2024)]


def test_the_current_month_without_a_month_to_take_is_left_out(extract):
    figs = extract("湖州市2023年国民经济和社会发展统计公报\n当月，规模以上工业增加值增长6.1%。全年规模以上工业增加值增长7.5%。",
                   region="湖州市", published="2024-03-20", doc_type="statistical_communique")
    assert [(str(f.value), f.period) for f in figs] == [("7.5", "year")]


@pytest.mark.parametrize("sentence", [
    "截至6月，规模以上工业增加值增长6.1%。",       # a point in time
    "3月末，规模以上工业增加值增长6.1%。",
    "3月份以来，规模以上工业增加值增长6.1%。",     # the start of a span
    "2024年3月政府工作报告：规模以上工业增加值增长6.1%。",  # a date
])
def test_a_month_as_a_date_or_a_point_is_not_a_monthly_period(extract, sentence):
    figs = extract(sentence, region="湖州市", published="2024-07-20", doc_type="statistical_analysis")
    assert all(not (f.period.startswith("M") and "-" not in f.period) for f in figs)


@pytest.mark.parametrize(("code", "zh"), [("M3", "3月"), ("M12", "12月"), ("M1-M4", "1-4月"), ("Q1", "一季度")])
def test_a_flag_names_a_monthly_period_in_chinese(code, zh):
    from src.extract.checks import period_zh
    assert period_zh(code) == zh
