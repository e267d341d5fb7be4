"""Classes of error met on blind batch K (fiscal and plan documents: county and district budget reports,
a prefecture's 决算, a plan execution report with its bulleted list of indicators, a 十四五 outline's
targets, a 十三五 mid-term review, a 2016 work report closing 十二五, a half-year summary, a 发改局's
summary and plan, a 1—8月 fiscal release naming banners, a provincial county-economy evaluation, a
town's work report), each as a table of forms in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, T, V, G = "actual", "target", "value", "growth"

# ---- a bulleted list of indicators (——, ●, ◆, ■, ·): the bullet opens the item, the name its phrase ----

PLAN = dict(region="岳阳市", published="2021-01-15", doc_type="plan_execution_report")
PHEAD = "一、2020年国民经济和社会发展计划执行情况\n主要指标完成情况如下：\n"
BULLETS = [
    "——地区生产总值4002.1亿元，增长3.9%；",
    "—地区生产总值4002.1亿元，增长3.9%；",
    "●地区生产总值4002.1亿元，增长3.9%。",
    "◆ 地区生产总值4002.1亿元，增长3.9%。",
    "■地区生产总值4002.1亿元，增长3.9%；",
    "·地区生产总值4002.1亿元，增长3.9%；",
    "★全市地区生产总值4002.1亿元，增长3.9%；",
]


@pytest.mark.parametrize("text", BULLETS, ids=[t[:2] for t in BULLETS])
def test_a_bullet_opens_its_items_phrase(extract, text):
    assert _got(extract(PHEAD + text, **PLAN)) == {("gdp", V, 4002.1, A, 2020, "year", "岳阳市"),
                                                    ("gdp", G, 3.9, A, 2020, "year", "岳阳市")}


def test_bulleted_lines_each_read(extract):
    text = PHEAD + "——固定资产投资增长7.6%；\n——一般公共预算收入221.3亿元，增长1.2%；\n——城镇新增就业6.1万人。"
    assert _got(extract(text, **PLAN)) == {
        ("fixed_asset_investment", G, 7.6, A, 2020, "year", "岳阳市"),
        ("fiscal_revenue_general", V, 221.3, A, 2020, "year", "岳阳市"),
        ("fiscal_revenue_general", G, 1.2, A, 2020, "year", "岳阳市"),
        ("new_urban_jobs", V, 61000, A, 2020, "year", "岳阳市")}
