"""Classes of error met on blind batch L (statistical communiqués and analyses: a prefecture's
communiqué with county lists, a county's flattened PDF table and tab rows, a province's communiqué
with its cities, quarterly analyses and a monthly bulletin, a 2011 district communiqué in 万元 and
万美元, an autonomous county's communiqué, a census communiqué), each as a table of forms in our own
words."""

from __future__ import annotations

import pytest

from tests.conftest import rec


def _got(figs) -> set[tuple]:
    return {rec(f)[:7] for f in figs}


A, V, G = "actual", "value", "growth"

# ---- a result verb inside the name (第一产业完成增加值, 规模以上工业完成增加值): still the catalog name ----

COMM = dict(region="互助土族自治县", published="2018-04-10", doc_type="statistical_communique")
HEAD = "互助土族自治县2017年国民经济和社会发展统计公报\n"
VERB_INSIDE = [
    ("其中：第一产业完成增加值17.36亿元，增长4.8%。", "primary_industry_value_added", 17.36, 4.8),
    ("第二产业完成增加值38.54亿元，增长9.7%。", "secondary_industry_value_added", 38.54, 9.7),
    ("全县第三产业完成增加值33.27亿元，增长8.5%。", "tertiary_industry_value_added", 33.27, 8.5),
    ("全年全县规模以上工业完成增加值24.81亿元，增长10.2%。", "industrial_value_added", 24.81, 10.2),
    ("全年规上工业完成增加值24.81亿元，比上年增长10.2%。", "industrial_value_added", 24.81, 10.2),
    ("全年服务业实现增加值33.27亿元，增长8.5%。", "tertiary_industry_value_added", 33.27, 8.5),
]


@pytest.mark.parametrize(("text", "ind", "value", "growth"), VERB_INSIDE, ids=[t[:12] for t, *_ in VERB_INSIDE])
def test_a_result_verb_inside_the_name(extract, text, ind, value, growth):
    got = _got(extract(HEAD + text, **COMM))
    assert (ind, V, value, A, 2017, "year", "互助土族自治县") in got
    assert (ind, G, growth, A, 2017, "year", "互助土族自治县") in got
