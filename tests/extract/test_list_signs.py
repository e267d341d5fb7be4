"""A 分别 list whose values carry their own change words (分别增长3.2%、下降1.5%) pairs them in order,
each value with its own sign; before, the list stopped at the second verb and both rates went to
the last name."""

from __future__ import annotations

import pytest

NEWS = dict(region="延安市", published="2025-07-20", doc_type="news")


@pytest.mark.parametrize(("text", "expected"), [
    ("上半年，全市固定资产投资、社会消费品零售总额分别增长3.2%、下降1.5%。",
     {("fixed_asset_investment", 3.2, "延安市"), ("retail_sales", -1.5, "延安市")}),
    ("上半年，全市固定资产投资、社会消费品零售总额分别下降3.2%和增长1.5%。",
     {("fixed_asset_investment", -3.2, "延安市"), ("retail_sales", 1.5, "延安市")}),
    ("上半年，宝塔区、安塞区地区生产总值分别增长5.1%、下降0.8%。",
     {("gdp", 5.1, "宝塔区"), ("gdp", -0.8, "安塞区")}),
    ("上半年，全市规上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、减少2%、增长4%。",
     {("industrial_value_added", 6.0, "延安市"), ("fixed_asset_investment", -2.0, "延安市"),
      ("retail_sales", 4.0, "延安市")}),
], ids=["rise-then-fall", "fall-and-rise", "regions", "three-items"])
def test_values_with_their_own_change_words_pair_in_order(extract, text, expected):
    got = {(f.indicator, float(f.value), f.region) for f in extract(text, **NEWS) if str(f.measure) == "growth"}
    assert got == expected


def test_a_list_of_levels_then_their_rates_keeps_both_lists(extract):
    text = "2017年，全社会固定资产投资、社会消费品零售总额分别为148.65亿元、77.39亿元，增长21.3%、8.9%。"
    got = {(f.indicator, str(f.measure), float(f.value)) for f in extract(text, region="盐田区", published="2018-01-10",
                                                                          doc_type="work_report")}
    assert got == {("fixed_asset_investment", "value", 148.65), ("retail_sales", "value", 77.39),
                   ("fixed_asset_investment", "growth", 21.3), ("retail_sales", "growth", 8.9)}
