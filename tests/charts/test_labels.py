"""Chinese labels and the one source line: codes translated, missing values as "—", sources in one format."""

import math

import pandas as pd
import pytest

from src.charts import labels

RAW = {"None", "nan", "NaN", "<NA>", "NaT", "none"}


@pytest.mark.parametrize(("column", "code", "label"), [
    ("status", "actual", "完成"), ("status", "target", "目标"),
    ("measure", "value", "总量"), ("measure", "growth", "增速"),
    ("period", "year", "全年"), ("period", "H1", "上半年"), ("period", "Q1", "一季度"), ("period", "Q1-Q3", "前三季度"),
    ("period", "M1-M5", "1-5月"), ("doc_type", "work_report", "政府工作报告"),
    ("doc_type", "statistical_communique", "统计公报"), ("doc_type", "news", "新闻"), ("doc_type", "newspaper", "报纸"),
    ("review", "correct", "已更正"), ("outcome", "missed", "未完成"),
])
def test_codes_read_in_chinese(column, code, label):
    assert labels.code_label(column, code) == label


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, "", "nan", "None"])
def test_a_missing_value_is_a_dash(missing):
    for column in ("status", "period", "doc_type", "region"):
        assert labels.code_label(column, missing) == labels.MISSING
    assert labels.number_label(missing) == labels.MISSING
    assert labels.year_label(missing) == labels.MISSING


def test_zh_table_has_chinese_headers_codes_and_no_raw_missing():
    df = pd.DataFrame({
        "indicator": ["gdp", "gdp"], "region": ["深圳市", None], "year": [2023, math.nan], "period": ["year", "H1"],
        "measure": ["value", "growth"], "status": ["actual", "target"], "value": [34606.4, math.nan],
        "unit": ["亿元", "%"], "doc_type": ["work_report", None], "published": ["2024-01-07", None],
        "flag_reason": [None, "增速超出合理范围"], "link": ["/原文?doc=a", None],
    })
    out = labels.zh_table(df, keep=["link"])
    assert list(out.columns) == ["指标", "地区", "年份", "期间", "口径", "性质", "数值", "单位", "类型", "发布日期", "疑点",
                                 "link"]
    shown = out.drop(columns=["link"]).astype(str).to_numpy().ravel().tolist()
    assert not RAW & set(shown)
    assert not {"actual", "target", "value", "growth", "year", "work_report", "gdp"} & set(shown)
    assert out.iloc[0].tolist()[:7] == ["地区生产总值", "深圳市", "2023", "全年", "总量", "完成", "34,606.4"]
    assert out.iloc[1]["地区"] == out.iloc[1]["年份"] == out.iloc[1]["数值"] == "—"
    assert out.iloc[0]["发布日期"] == "2024年1月7日" and out.iloc[1]["疑点"] == "增速超出合理范围"


@pytest.mark.parametrize(("args", "line"), [
    (("深圳市政府工作报告", "深圳市人民政府", "2024-01-07"), "来源：《深圳市政府工作报告》，深圳市人民政府，2024年1月7日"),
    (("萧山区政府工作报告", "萧山区人民政府", "2026-01"), "来源：《萧山区政府工作报告》，萧山区人民政府，2026年1月"),
    (("宝安区2019年政府工作报告", None, "2019"), "来源：《宝安区2019年政府工作报告》，2019年"),
    (("一份没有日期的总结", "", None), "来源：《一份没有日期的总结》"),
    ((None, None, None), ""),
])
def test_one_source_line(args, line):
    assert labels.source_line(*args) == line


def test_sources_of_a_frame_in_date_order_and_counted():
    df = pd.DataFrame({"doc_id": list("abcdd"), "title": ["乙", "甲", "丙", "丁", "丁"], "publisher": ["P"] * 5,
                       "published": ["2021", "2020", "2022", "2023", "2023"]})
    line = labels.frame_sources(df, limit=2)
    assert line == "来源：《甲》，P，2020年；《乙》，P，2021年 等4份文件"



@pytest.mark.parametrize(("text", "width", "lines"), [
    # a year or a date that reaches the line's end moves whole to the next line
    ("来源：《某某区政府工作报告_2020年》", 16, ["来源：《某某区政府工作报告_", "2020年》"]),
    ("甲乙丙丁戊己庚辛，发布于2023-01-07", 16, ["甲乙丙丁戊己庚辛，发布于", "2023-01-07"]),
    ("说明文字说明文字说明GDP增速", 12, ["说明文字说明文字说明", "GDP增速"]),
    # a separator in the line's last part is where it breaks
    ("《甲乙丙》，机构甲；《丁戊己庚》，机构乙", 12, ["《甲乙丙》，机构甲；", "《丁戊己庚》，机构乙"]),
    # a run longer than a line is cut, as nothing else fits
    ("1234567890123456", 10, ["1234567890", "123456"]),
    ("短的一行", 10, ["短的一行"]),
])
def test_wrapped_source_lines_never_cut_a_number_or_word(text, width, lines):
    assert labels.wrap_line(text, width) == lines
    assert "".join(lines) == text


def test_a_source_too_long_for_its_lines_ends_with_an_ellipsis():
    lines = labels.wrap_line("甲" * 50, 10, max_lines=3)
    assert len(lines) == 3 and lines[-1].endswith("…") and all(len(x) <= 10 for x in lines)
