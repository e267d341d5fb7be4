"""Tables: rows read as figures from their columns, with offsets into the stored text; flattened
rows (structure lost) read nothing; HTML and PDF tables laid out as tab-separated lines."""

from __future__ import annotations

from decimal import Decimal

import pytest

from src.extract import extract_text
from src.extract.tables import read_tables, row_spans
from tests.conftest import assert_points_at_number

META = {"region": "杭州市", "published": "2024-03-01", "doc_type": "statistical_communique"}


def figs_of(text: str) -> list:
    figs = extract_text(text, **META)
    for f in figs:
        assert_points_at_number(text, f)
    return figs


def recs(figs) -> set[tuple]:
    return {(f.indicator, str(f.measure), float(f.value), str(f.status), f.year, f.raw) for f in figs}


def table(*rows: list[str], before: str = "") -> str:
    return before + "\n".join("\t".join(r) for r in rows) + "\n"


HEADERS = {  # header variants: (header row, GDP row, caption line)
    "unit column": (["指标", "单位", "绝对数", "比上年增长%"], ["地区生产总值", "亿元", "8651.7", "6.0"], ""),
    "year column": (["指标名称", "计量单位", "2023年", "比上年增长(%)"], ["地区生产总值", "亿元", "8651.7", "6.0"], ""),
    "unit in header": (["项目", "绝对数（亿元）", "增长（%）"], ["地区生产总值", "8651.7", "6.0"], ""),
    "unit caption": (["指标", "数值", "同比±%"], ["地区生产总值", "8651.7", "6.0"], "单位：亿元\n"),
    "unit in name": (["指标", "总量", "增速"], ["地区生产总值（亿元）", "8651.7", "6.0"], ""),
    "unit in cell": (["指标", "绝对数", "增长"], ["地区生产总值", "8651.7亿元", "6.0%"], ""),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_variants_give_the_columns(name):
    header, row, caption = HEADERS[name]
    text = table(header, row, before="表1 2023年主要经济指标\n" + caption)
    figs = figs_of(text)
    got = {(f.indicator, str(f.measure), f.value, str(f.status), f.year, f.region) for f in figs}
    assert got == {("gdp", "value", Decimal("8651.7"), "actual", 2023, "杭州市"),
                   ("gdp", "growth", Decimal("6.0"), "actual", 2023, "杭州市")}
    for f in figs:
        assert f.raw.startswith(("8651.7", "6.0")) and text[f.start:f.end] == f.raw
        assert f.rule_for("indicator").rule == "table_row"
        assert f.quote_start <= f.start < f.end <= f.quote_end and "\n" not in f.quote


FLATTENED = [  # under a header of four columns, rows that do not fit it: which number is which is a guess
    "地区生产总值  8651.7  6.0",
    "地区生产总值 8651.7 亿元 6.0 %",
    "地区生产总值（亿元） 8651.7 6.0",
    "进出口总额 亿元 1200 -3.5 出口 亿元 800 2.1",
    "地区生产总值 8651.7 亿元 6.0",  # four cells, but not of their columns' kinds
    "地区生产总值 亿元 8651.7 6.0 4.1",
]


@pytest.mark.parametrize("row", FLATTENED)
def test_a_flattened_row_reads_nothing(row):
    text = "表1 2023年主要经济指标\n指标 单位 绝对数 比上年增长%\n" + row + "\n"
    assert figs_of(text) == []
    assert row_spans(text)  # the prose reader is told to skip it


@pytest.mark.parametrize("header", [
    "指标 单位 2023年 比上年增长%",
    "项目 单位 绝对数 比上年增长(%)",  # no caption: the communiqué's year
    "主要指标 计量单位 总量 同比增长（%）",
])
@pytest.mark.parametrize(("row", "expected"), [
    ("地区生产总值 亿元 8651.7 6.0", {("gdp", "value", 8651.7), ("gdp", "growth", 6.0)}),
    ("社会消费品零售总额  亿元  3000.2  5.1", {("retail_sales", "value", 3000.2), ("retail_sales", "growth", 5.1)}),
    ("固定资产投资 亿元 — 4.8", {("fixed_asset_investment", "growth", 4.8)}),
    ("年末常住人口 万人 976.0 0.6", {("resident_population", "value", 976.0), ("resident_population", "growth", 0.6)}),
    ("城镇居民人均可支配收入 元 80283 -1.2", {("urban_disposable_income", "value", 80283.0),
                                    ("urban_disposable_income", "growth", -1.2)}),
])
def test_a_flattened_row_under_a_header_naming_every_column(header, row, expected):
    text = "表1 2023年主要经济指标\n" + header + "\n" + row + "\n"
    figs = figs_of(text)
    assert {(f.indicator, str(f.measure), float(f.value)) for f in figs} == expected
    assert {(f.year, f.period, str(f.status)) for f in figs} == {(2023, "year", "actual")}


@pytest.mark.parametrize("header", [
    "指标 单位 绝对数 说明",  # a column without a role
    "2023年主要经济指标",  # no header row
    "",
])
def test_flattened_rows_without_a_full_header_read_nothing(header):
    text = header + "\n地区生产总值 亿元 8651.7 6.0\n社会消费品零售总额 亿元 3000.2 5.1\n"
    assert figs_of(text) == []


@pytest.mark.parametrize("sentence", [
    "全年地区生产总值8651.7亿元，比上年增长6.0%。",
    "全年地区生产总值 8651.7 亿元，比上年增长 6.0%。",  # a PDF's spaced prose is not a flattened row
    "全年地区生产总值8651.7亿元 比上年增长6.0%",
])
def test_prose_with_spaces_is_still_read(sentence):
    got = {(f.indicator, str(f.measure), float(f.value)) for f in figs_of(sentence + "\n")}
    assert got == {("gdp", "value", 8651.7), ("gdp", "growth", 6.0)}


@pytest.mark.parametrize("row", [
    ["地区生产总值", "亿元", "8651.7", "6.0"],  # no header: which column is which is not known
    ["地区生产总值", "8651.7", "6.0"],
])
def test_rows_without_a_header_read_only_numbers_with_their_own_unit(row):
    assert figs_of(table(row)) == []
    got = recs(figs_of(table(["地区生产总值", "8651.7亿元", "6.0"])))
    assert got == {("gdp", "value", 8651.7, "actual", 2023, "8651.7亿元")}


@pytest.mark.parametrize("name", ["一般贸易出口", "民营企业出口", "对日本出口", "机电产品出口", "金融业增加值",
                                  "市本级一般公共预算收入", "开发区地区生产总值"])
def test_a_restricted_row_name_is_not_the_catalog_indicator(name):
    text = table(["指标", "单位", "绝对数", "比上年增长%"], [name, "亿元", "100.5", "3.2"])
    assert figs_of(text) == []


def test_part_rows_under_their_whole():
    text = table(["指标", "单位", "绝对数", "比上年增长%"], ["地区生产总值", "亿元", "8651.7", "6.0"],
                 ["其中：第一产业", "亿元", "302.1", "4.1"], ["第三产业", "亿元", "5000.2", "7.2"],
                 ["金融业", "亿元", "900", "5"])
    got = {(f.indicator, str(f.measure), float(f.value)) for f in figs_of(text)}
    assert got == {("gdp", "value", 8651.7), ("gdp", "growth", 6.0),
                   ("primary_industry_value_added", "value", 302.1), ("primary_industry_value_added", "growth", 4.1),
                   ("tertiary_industry_value_added", "value", 5000.2),
                   ("tertiary_industry_value_added", "growth", 7.2)}


def test_result_and_target_columns_of_a_work_report_table():
    text = table(["主要经济指标", "完成增长", "全年目标增长"], ["地区生产总值3003亿元", "8.8", "8.5-9.0"],
                 ["万元GDP水耗", "-8.9", "-5.0"], ["税收总额535亿元", "17.9", "无"])
    figs = extract_text(text, region="宝安区", published="2017-01-10", doc_type="work_report")
    got = {(f.indicator, str(f.measure), float(f.value), str(f.status), f.year, str(f.qualifier), f.raw)
           for f in figs}
    assert got == {("gdp", "value", 3003.0, "actual", 2016, "exact", "3003亿元"),
                   ("gdp", "growth", 8.8, "actual", 2016, "exact", "8.8"),
                   ("gdp", "growth", 8.5, "target", 2016, "at_least", "8.5-9.0")}


def test_points_and_ratio_columns_are_not_growth():
    text = table(["指标", "单位", "绝对数", "比上年增减（百分点）"], ["常住人口城镇化率", "%", "84.2", "0.5"],
                 ["地区生产总值", "亿元", "8651.7", "0.3"])
    got = {(f.indicator, str(f.measure), float(f.value)) for f in figs_of(text)}
    assert got == {("urbanization_rate", "value", 84.2), ("gdp", "value", 8651.7)}


def test_a_table_restating_the_prose_is_one_record():
    text = "全年地区生产总值8651.7亿元，比上年增长6.0%。\n" + table(
        ["指标", "绝对数（亿元）", "增长（%）"], ["地区生产总值", "8651.7", "6.0"], ["工业增加值", "3000", "5"])
    figs = figs_of(text)
    assert sorted((f.indicator, str(f.measure)) for f in figs) == [
        ("gdp", "growth"), ("gdp", "value"), ("industrial_value_added_all", "growth"),
        ("industrial_value_added_all", "value")]
    assert all(f.start < text.index("\n") for f in figs if f.indicator == "gdp")  # the prose statement wins


def test_read_tables_is_pure_and_offsets_hold():
    from src.extract.records import DocMeta

    text = table(["指标", "单位", "绝对数"], ["年末常住人口", "万人", "1252.2"], before="前言。\n")
    (f,) = read_tables(text, DocMeta(doc="t", region="杭州市"), 2023, 2024)
    assert text[f.start:f.end] == "1252.2" and f.value == Decimal("1252.2") and f.unit == "万人"


def test_html_table_is_read_from_the_stored_text():
    from src.ingest.loaders import load_bytes
    from tests.ingest.test_webpage import BODY, page

    html = ("<p>表1 2023年主要经济指标</p><table><tr><th>指标</th><th>单位</th><th>绝对数</th><th>比上年增长%</th></tr>"
            "<tr><td>年末常住人口</td><td>万人</td><td>1252.2</td><td>1.3</td></tr>"
            "<tr><td>一般公共预算收入</td><td>亿元</td><td>2191.55</td><td>9.1</td></tr></table>")
    loaded = load_bytes(page("<title>x</title>", body=BODY + html), "p.html")
    figs = figs_of(loaded.text)
    got = {(f.indicator, str(f.measure), float(f.value), f.raw) for f in figs if f.rule_for("indicator").rule == "table_row"}
    assert got == {("resident_population", "value", 1252.2, "1252.2"), ("resident_population", "growth", 1.3, "1.3"),
                   ("fiscal_revenue_general", "value", 2191.55, "2191.55"),
                   ("fiscal_revenue_general", "growth", 9.1, "9.1")}


def _pdf_with_table(path, rows, ruled: bool = True) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11)
    t = Table(rows)
    style = [("FONTNAME", (0, 0), (-1, -1), "STSong-Light")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    t.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("全年全市实现地区生产总值8651.7亿元，比上年增长6.0%。", st), Paragraph("表1 2023年主要经济指标", st), t,
        Paragraph("全年社会消费品零售总额3000.2亿元。", st)])


ROWS = [["指标", "单位", "绝对数", "比上年增长%"], ["地区生产总值", "亿元", "8651.7", "6.0"],
        ["其中：第一产业", "亿元", "302.1", "4.1"], ["年末常住人口", "万人", "1252.2", "1.3"], ["一般贸易出口", "亿元", "100", "3"]]


def test_pdf_table_is_laid_out_by_pdfplumber_and_read(tmp_path):
    from src.ingest.loaders import load_path

    _pdf_with_table(tmp_path / "t.pdf", ROWS)
    text = load_path(tmp_path / "t.pdf").text
    assert "年末常住人口\t万人\t1252.2\t1.3" in text.split("\n")
    figs = figs_of(text)
    got = {(f.indicator, str(f.measure), float(f.value)) for f in figs}
    assert got == {("gdp", "value", 8651.7), ("gdp", "growth", 6.0), ("retail_sales", "value", 3000.2),
                   ("primary_industry_value_added", "value", 302.1), ("primary_industry_value_added", "growth", 4.1),
                   ("resident_population", "value", 1252.2), ("resident_population", "growth", 1.3)}


def test_pdf_table_without_rules_reads_nothing_from_its_numbers(tmp_path):
    from src.ingest.loaders import load_path

    _pdf_with_table(tmp_path / "t.pdf", ROWS, ruled=False)
    text = load_path(tmp_path / "t.pdf").text
    got = {(f.indicator, str(f.measure), float(f.value)) for f in figs_of(text)}
    assert got <= {("gdp", "value", 8651.7), ("gdp", "growth", 6.0), ("retail_sales", "value", 3000.2)}


def test_an_empty_corner_cell_keeps_the_columns_aligned():
    text = table(["", "单位", "2023年", "比上年增长%"], ["地区生产总值", "亿元", "8651.7", "6.0"])
    got = {(f.indicator, str(f.measure), float(f.value), f.year) for f in figs_of(text)}
    assert got == {("gdp", "value", 8651.7, 2023), ("gdp", "growth", 6.0, 2023)}


# ---- cells stating a rate in words (增长8.5%左右): status and year from the caption above the rows ----

WR = {"region": "宝安区", "published": "2024-01-10", "doc_type": "work_report"}


@pytest.mark.parametrize(("caption", "rows", "expected"), [
    ("2024年主要指标预期", [["地区生产总值", "增长5.5%左右"], ["固定资产投资完成额", "增长8%"]],
     {("gdp", "growth", 5.5, "target", 2024, "approx"), ("fixed_asset_investment", "growth", 8.0, "target", 2024, "exact")}),
    ("2024年主要目标", [["社会消费品零售总额", "增长6%以上"], ["规模以上工业增加值", "下降2.1%"]],
     {("retail_sales", "growth", 6.0, "target", 2024, "at_least"),
      ("industrial_value_added", "growth", -2.1, "target", 2024, "exact")}),
    ("2023年主要指标完成情况", [["地区生产总值", "增长5.2%"], ["一般公共预算收入", "增长7.1%"]],
     {("gdp", "growth", 5.2, "actual", 2023, "exact"), ("fiscal_revenue_general", "growth", 7.1, "actual", 2023, "exact")}),
    ("2024年计划", [["城镇登记失业率", "控制在3.5%以内"]],
     {("registered_unemployment_rate", "value", 3.5, "target", 2024, "at_most")}),
], ids=["expected", "goals-with-decline", "results", "a-rates-level"])
def test_a_cell_stating_a_rate_in_words(caption, rows, expected):
    text = table(*rows, before=caption + "\n")
    figs = extract_text(text, **WR)
    for f in figs:
        assert_points_at_number(text, f)
    got = {(f.indicator, str(f.measure), float(f.value), str(f.status), f.year, str(f.qualifier)) for f in figs}
    assert got == expected


def test_a_statement_cell_is_no_header_and_keeps_its_row():
    text = table(["地区生产总值", "增长5.5%左右"], ["固定资产投资", "增长8%"], before="2024年主要指标预期\n")
    assert {f.indicator for f in extract_text(text, **WR)} == {"gdp", "fixed_asset_investment"}
