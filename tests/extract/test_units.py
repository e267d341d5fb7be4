"""Values land in the catalog's canonical unit, exactly (Decimal arithmetic, no float drift)."""

from decimal import Decimal

import pytest

from src.extract import extract_text

CASES = [
    ("全年地区生产总值1.2万亿元。", "gdp", Decimal("12000")),
    ("全年地区生产总值8651.7亿元。", "gdp", Decimal("8651.7")),
    ("全年地区生产总值865170000万元。", "gdp", Decimal("86517")),
    ("全年人均地区生产总值7.69万元。", "gdp_per_capita", Decimal("76900")),
    ("全年城镇新增就业14.7万人。", "new_urban_jobs", Decimal("147000")),
    ("全年城镇新增就业1万2千人。", "new_urban_jobs", Decimal("12000")),
    ("年末常住人口1124.69万人。", "resident_population", Decimal("1124.69")),
    ("年末常住人口874.4万。", "resident_population", Decimal("874.4")),
    ("全年实际使用外资8600万美元。", "foreign_investment_actual", Decimal("0.86")),
    ("全年实际使用外资1.73亿美元。", "foreign_investment_actual", Decimal("1.73")),
    ("全年出让工业用地0.3万亩。", "industrial_land_supply", Decimal("3000")),
    ("全年新增国家高新技术企业一百二十家。", "high_tech_enterprises", Decimal("120")),
]


@pytest.mark.parametrize("text,indicator,value", CASES, ids=[c[0] for c in CASES])
def test_canonical_value(text, indicator, value):
    figs = [f for f in extract_text(text, region="石家庄市", published="2026-05", doc_type="statistical_communique")
            if f.indicator == indicator and str(f.measure) == "value"]
    assert len(figs) == 1
    assert figs[0].value == value
