"""The HTML report's tables: Chinese labels, the one source format in footnotes, flagged figures marked."""

import pandas as pd

from src.report.build import _html


def figs(flag=None):
    return pd.DataFrame([{
        "figure_id": "f1", "doc_id": "d1", "indicator": "gdp", "measure": "value", "region": "深圳市", "year": 2022,
        "period": "year", "status": "actual", "value": 32400.0, "unit": "亿元", "qualifier": "exact",
        "title": "深圳市政府工作报告", "file": "sz.txt", "publisher": "深圳市人民政府", "published": "2023-02",
        "quote": "全市地区生产总值3.24万亿元", "flag_reason": flag}])


def test_report_table_and_footnote():
    html = _html("深圳市", 2022, figs(), [("gdp", "value", "gdp_value")], ("png", "html"))
    assert "<th>地区</th><th>年份</th><th>期间</th><th>性质</th><th>数值</th></tr>" in html
    assert "<td>全年</td><td>完成</td>" in html and "疑点" not in html
    assert "《深圳市政府工作报告》，深圳市人民政府，2023年2月：“全市地区生产总值3.24万亿元”" in html
    assert "None" not in html and "nan" not in html


def test_a_flagged_figure_is_marked_in_the_report():
    html = _html("深圳市", 2022, figs("高于上级<地区>"), [("gdp", "value", "gdp_value")], ("png", "html"))
    assert "<th>疑点</th>" in html and "⚠ 高于上级&lt;地区&gt;" in html
