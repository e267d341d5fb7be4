"""Every label a user reads, in Simplified Chinese, and the one source line (pure: no Streamlit).

Tables, charts, reports and the source viewer take their column headers, code translations and
source lines from here, so that the same thing is called the same everywhere. A missing value is
shown as "—", never None or nan.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

import pandas as pd

MISSING = "—"

STATUS = {"actual": "完成", "target": "目标"}
MEASURE = {"value": "总量", "growth": "增速"}
PERIOD = {"year": "全年", "Q1": "一季度", "Q2": "二季度", "Q3": "三季度", "Q4": "四季度", "H1": "上半年", "H2": "下半年",
          "Q1-Q2": "上半年", "Q1-Q3": "前三季度", "multi-year": "多年"}
QUALIFIER = {"exact": "", "approx": "约", "at_least": "不低于", "at_most": "不超过"}
REVIEW = {"accept": "已确认", "reject": "已驳回", "correct": "已更正"}
REVIEW_ACTION = {"accept": "确认", "reject": "驳回", "correct": "更正"}
OUTCOME = {"met": "已完成", "missed": "未完成", "pending": "待公布"}
DOC_TYPE = {
    "work_report": "政府工作报告", "government_work_report": "政府工作报告", "work_summary": "工作总结",
    "work_plan": "工作计划", "plan": "规划", "development_plan": "发展规划", "plan_report": "计划报告",
    "plan_execution_report": "计划执行情况报告", "budget_report": "预算报告",
    "statistical_communique": "统计公报", "communique": "统计公报", "statistical_analysis": "统计分析",
    "news": "新闻", "newspaper": "报纸", "deputy_reply": "建议提案答复", "notice": "通知", "other": "其他",
}
LEVEL = {"country": "国家", "province": "省级", "city": "地级市", "county": "县级", "zone": "功能区", "unknown": "未知"}

# Column headers. Columns not listed keep their (already Chinese) names.
COLUMNS = {
    "indicator": "指标", "indicator_name": "指标", "region": "地区", "year": "年份", "period": "期间",
    "measure": "口径", "status": "性质", "value": "数值", "unit": "单位", "qualifier": "限定", "review": "审核",
    "title": "来源文件", "file": "文件名", "publisher": "发布机构", "published": "发布日期", "doc_type": "类型",
    "url": "原文链接", "quote": "原文摘录", "sentence": "原句", "confidence": "置信度", "figures": "数据条数",
    "target": "目标值", "target_qualifier": "目标限定", "result": "完成值", "outcome": "结果",
    "target_title": "目标出处", "result_title": "完成出处", "flag_reason": "疑点", "flag_code": "疑点代码",
    "level": "级别", "parent": "上级地区", "ingested_at": "导入时间", "index_no": "索引号", "reviewer": "审核人",
    "note": "备注", "action": "审核操作", "created_at": "时间", "in_conflict": "存在冲突", "results": "完成数据",
    "targets": "目标数据", "extracted_value": "抽取值",
}

_CODES: dict[str, Mapping[str, str]] = {
    "status": STATUS, "measure": MEASURE, "qualifier": QUALIFIER, "target_qualifier": QUALIFIER, "review": REVIEW,
    "outcome": OUTCOME, "doc_type": DOC_TYPE, "level": LEVEL, "action": REVIEW_ACTION,
}
_NUMBERS = {"value", "target", "result", "extracted_value"}
_YEARS = {"year"}


def is_missing(v: object) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and v.strip().lower() in ("", "nan", "none", "nat", "<na>")


def period_label(p: object) -> str:
    """全年, 上半年, 1-5月 … for a period code; "—" when missing."""
    if is_missing(p):
        return MISSING
    s = str(p)
    if s in PERIOD:
        return PERIOD[s]
    m = re.fullmatch(r"M(\d{1,2})-M(\d{1,2})", s)
    if m:
        return f"{int(m.group(1))}-{int(m.group(2))}月"
    m = re.fullmatch(r"M(\d{1,2})", s)
    if m:
        return f"{int(m.group(1))}月"
    return s


def number_label(v: object) -> str:
    """2,087.4 — thousands separators, at most two decimals; "—" when missing."""
    if is_missing(v):
        return MISSING
    try:
        x = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(v)
    return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) < 1e15 else f"{x:.3g}"


def year_label(v: object) -> str:
    if is_missing(v):
        return MISSING
    try:
        return str(int(v))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(v)


def date_label(d: object) -> str:
    """2025-01-07 -> 2025年1月7日, 2026-01 -> 2026年1月, 2016 -> 2016年; "" when missing."""
    if is_missing(d):
        return ""
    s = str(d).strip()
    m = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[ T].*)?", s)
    if not m:
        return s
    y, mo, day = m.groups()
    return f"{y}年" + (f"{int(mo)}月" if mo else "") + (f"{int(day)}日" if day else "")


def code_label(column: str, v: object) -> str:
    """The Chinese label of a code in a known column (status, measure, period, doc_type, …)."""
    if column == "period":
        return period_label(v)
    if is_missing(v):
        return MISSING
    table = _CODES.get(column)
    if table is None:
        return str(v)
    label = table.get(str(v), str(v))
    return label if label else MISSING if column not in ("qualifier", "target_qualifier") else ""


def cite(title: object, publisher: object = None, date: object = None) -> str:
    t = "" if is_missing(title) else str(title).strip()
    parts = [f"《{t}》" if t else "", "" if is_missing(publisher) else str(publisher).strip(), date_label(date)]
    return "，".join(p for p in parts if p)


def source_line(title: object, publisher: object = None, date: object = None) -> str:
    """来源：《标题》，发布机构，日期 — the one way a source is written (plain text: escape where rendered)."""
    c = cite(title, publisher, date)
    return f"来源：{c}" if c else ""


def sources_line(docs: Iterable[tuple[object, object, object]], limit: int = 3) -> str:
    """来源：《A》，机构，日期；《B》… 等N份文件 for several documents (title, publisher, date), in order."""
    seen: list[str] = []
    for t, p, d in docs:
        c = cite(t, p, d)
        if c and c not in seen:
            seen.append(c)
    if not seen:
        return ""
    more = f" 等{len(seen)}份文件" if len(seen) > limit else ""
    return "来源：" + "；".join(seen[:limit]) + more


_BREAK_AFTER = "；，、。》）) "
_WORD = re.compile(r"[0-9A-Za-z.,%\-]+")


def wrap_line(text: str, width: int, max_lines: int = 4) -> list[str]:
    """Cut a long line (a source line under a chart) into lines of at most `width` characters: after a
    separator (；，、》…) when one falls in the line's last 40 %, never inside a run of digits or Latin
    letters (2020, 2023-01-07, GDP), which moves whole to the next line unless it is longer than a line
    itself. More than `max_lines` lines: the last one shown ends with "…"."""
    lines: list[str] = []
    rest = text
    while rest:
        if len(rest) <= width:
            lines.append(rest)
            break
        cut = width
        for i in range(width, int(width * 0.6), -1):
            if rest[i - 1] in _BREAK_AFTER:
                cut = i
                break
        else:
            word = next((m for m in _WORD.finditer(rest, max(0, width - 40)) if m.start() < width < m.end()), None)
            if word and word.start() > 0:
                cut = word.start()
        lines.append(rest[:cut])
        rest = rest[cut:].lstrip(" ")
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, width - 1)] + "…"
    return lines


def frame_sources(df: pd.DataFrame | None, limit: int = 3) -> str:
    """The source line of the documents behind a figures frame (title/publisher/published columns)."""
    if df is None or df.empty:
        return ""
    title = "title" if "title" in df.columns else "file" if "file" in df.columns else None
    if title is None:
        return ""
    d = df.drop_duplicates("doc_id") if "doc_id" in df.columns else df
    if "published" in d.columns:
        d = d.sort_values("published", na_position="last", kind="stable")
    rows = [(r.get(title) if not is_missing(r.get(title)) else r.get("file"), r.get("publisher"), r.get("published"))
            for _, r in d.iterrows()]
    return sources_line(rows, limit)


def zh_table(df: pd.DataFrame, columns: list[str] | None = None, *, keep: Iterable[str] = ()) -> pd.DataFrame:
    """A frame as users see it: the chosen columns (all by default), codes in Chinese, Chinese headers,
    numbers formatted, "—" for every missing value. Columns in `keep` (links) are left untouched."""
    from .style import indicator_name

    cols = [c for c in (columns or list(df.columns)) if c in df.columns]
    kept = set(keep)
    out = pd.DataFrame(index=df.index)
    for c in cols:
        s = df[c]
        if c in kept:
            out[c] = s
        elif c == "indicator":
            out[c] = [MISSING if is_missing(v) else indicator_name(str(v)) for v in s]
        elif c in _CODES or c == "period":
            out[c] = [code_label(c, v) for v in s]
        elif c in _YEARS:
            out[c] = [year_label(v) for v in s]
        elif c in _NUMBERS:
            out[c] = [number_label(v) for v in s]
        elif c == "confidence":
            out[c] = [MISSING if is_missing(v) else f"{float(v):.2f}" for v in s]
        elif c == "published":
            out[c] = [date_label(v) or MISSING for v in s]
        elif pd.api.types.is_bool_dtype(s):
            out[c] = ["是" if v else "否" for v in s]
        else:
            out[c] = [MISSING if is_missing(v) else v for v in s]
    if "indicator" in cols and "indicator_name" in cols:
        out = out.drop(columns=["indicator"])
    return out.rename(columns={c: COLUMNS[c] for c in out.columns if c in COLUMNS and c not in kept})

