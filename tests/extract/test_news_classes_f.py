"""News classes found by blind batch F (ten articles of Sichuan, Henan, Inner Mongolia, Guizhou, Jiangxi,
Gansu, Heilongjiang, Fujian, Guangxi and Xinjiang, keyed before the extractor ran), each as a table of
forms in our own words."""

from __future__ import annotations

import pytest

KW = dict(region="绵阳市", published="2024-07-26", doc_type="news")


def _regions(figs) -> set[tuple]:
    return {(f.indicator, str(f.measure), float(f.value), f.region) for f in figs}


# ---- "江油市上半年实现地区生产总值…，…；规上工业增加值增长12.8%": a county-level subject separated from its
# first name by a period (and a verb) still heads the later clauses of its sentence --------------------

@pytest.mark.parametrize(("text", "region"), [
    ("县域经济方面，江油市上半年实现地区生产总值289.7亿元，增长7.5%；规上工业增加值增长12.8%。", "江油市"),
    ("江油市今年上半年实现地区生产总值289.7亿元，增长7.5%，规上工业增加值增长12.8%。", "江油市"),
    ("江油市1—6月完成地区生产总值289.7亿元，增长7.5%，社会消费品零售总额增长6.1%。", "江油市"),
    ("三台县前三季度实现地区生产总值236.4亿元，增长6.9%；固定资产投资增长8.8%。", "三台县"),
    ("江油市2024年上半年地区生产总值289.7亿元，增长7.5%，一般公共预算收入12.6亿元。", "江油市"),
    ("涪城区一季度累计完成地区生产总值168.2亿元，增长6.1%，规上工业增加值增长9.0%。", "涪城区"),
], ids=["period-verb-then-semicolon", "this-year-half-comma", "months-completed", "three-quarters-semicolon",
        "year-and-half-no-verb", "quarter-cumulative-completed"])
def test_a_sub_regions_subject_before_a_period_heads_the_later_clauses(extract, text, region):
    got = _regions(extract(text, **KW))
    assert len(got) == 3 and {g[3] for g in got} == {region}
