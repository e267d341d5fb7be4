"""Classes of error met on blind batch O (provincial and municipal statistics bureaus' monthly,
quarterly and half-year analyses, data readings and press-conference transcripts: 两年平均 and
两年累计, cities and counties ranked or listed, a bulletin's tables, stocks at the half-year's end,
trade in 人民币 and 美元), each as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, V, G = "actual", "value", "growth"

# ---- a bulletin whose title names a part of a year but no year (主要经济指标（1—5月）), published
# after that part ended in the first half of a year: its tables are that year's, not the year before ----

NO_YEAR_TITLES = [
    ("主要经济指标完成情况（1—5月）", "2017-06-21", "M1-M5", 2017),
    ("一季度主要统计指标", "2019-04-25", "Q1", 2019),
    ("1—4月份全市主要经济指标", "2022-05-20", "M1-M4", 2022),
    ("上半年主要经济指标", "2016-07-22", "H1", 2016),
    ("1—11月主要经济指标", "2014-01-10", "M1-M11", 2013),  # a part of last year, published in January
]


@pytest.mark.parametrize(("title", "published", "period", "year"), NO_YEAR_TITLES, ids=[t[0] for t in NO_YEAR_TITLES])
def test_a_table_under_a_title_with_a_part_of_a_year_but_no_year(extract, title, published, period, year):
    text = (f"{title}\n宜春市统计局\n指标名称\t单位\t本期\t同比增长(%)\n"
            "固定资产投资\t亿元\t822.36\t13.8\n社会消费品零售总额\t亿元\t232.47\t12.2\n")
    got = _got(extract(text, region="宜春市", published=published, doc_type="statistical_analysis", title=title))
    assert got == {("fixed_asset_investment", V, 822.36, A, year, period, "宜春市"),
                   ("fixed_asset_investment", G, 13.8, A, year, period, "宜春市"),
                   ("retail_sales", V, 232.47, A, year, period, "宜春市"),
                   ("retail_sales", G, 12.2, A, year, period, "宜春市")}

