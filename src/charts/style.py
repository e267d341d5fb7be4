"""Colours, number formats and labels shared by every chart, page and report."""

from __future__ import annotations

import hashlib
import math
from functools import cache

from src.extract import resources

from . import labels

# A qualitative palette readable on white and in print (Tableau 10 + 10 darker companions).
PALETTE = [
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
    "#2F4B7C", "#D45087", "#665191", "#A05195", "#F95D6A", "#FF7C43", "#003F5C", "#7A5195", "#EF5675", "#FFA600",
]
FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
QUALIFIER_MARK = {"exact": "", "approx": "≈", "at_least": "≥", "at_most": "≤"}
STATUS_ZH = labels.STATUS
MEASURE_ZH = labels.MEASURE
PERIOD_ZH = labels.PERIOD
QUALIFIER_ZH = labels.QUALIFIER
REVIEW_ZH = labels.REVIEW
OUTCOME_ZH = labels.OUTCOME
DOC_TYPE_ZH = labels.DOC_TYPE


def fmt_year(y: object) -> str:
    """2023 for a year, '年份不详' for a missing one (None, NaN or pandas' NA)."""
    try:
        return str(int(y))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return "年份不详"


def period_zh(p: str | None) -> str:
    return labels.period_label(p)


@cache
def _indicator_order() -> dict[str, int]:
    return {k: i for i, k in enumerate(resources.indicators())}


def indicator_color(indicator: str) -> str:
    """The colour of an indicator on every page and chart (catalog order)."""
    i = _indicator_order().get(indicator)
    if i is None:
        i = int(hashlib.md5(indicator.encode()).hexdigest(), 16)
    return PALETTE[i % len(PALETTE)]


def region_color(region: str) -> str:
    """The colour of a region on every page and chart (stable hash of its name)."""
    return PALETTE[int(hashlib.md5(region.encode("utf-8")).hexdigest(), 16) % len(PALETTE)]


def region_colors(regions) -> dict[str, str]:
    """Distinct colours for the regions of one chart: the palette in order of the sorted names (a hash
    alone lets two regions of the same chart share a colour)."""
    names = sorted({str(r) for r in regions})
    return {r: PALETTE[i % len(PALETTE)] for i, r in enumerate(names)}


def indicator_name(indicator: str) -> str:
    ind = resources.indicators().get(indicator)
    return ind.name_zh.replace("“", "").replace("”", "") if ind else indicator


def indicator_unit(indicator: str) -> str:
    ind = resources.indicators().get(indicator)
    return ind.unit if ind else ""


def fmt_number(v: float | None, unit: str = "", qualifier: str = "exact") -> str:
    """2087.4 亿元, 25,000 人, ≥10%: thousands separators, at most two decimals, unit attached."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    s = f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 1e15 else f"{v:.3g}"
    mark = QUALIFIER_MARK.get(qualifier or "exact", "")
    if unit == "%":
        return f"{mark}{s}%"
    return f"{mark}{s} {unit}".strip()


def axis_title(measure: str, unit: str) -> str:
    return "增速（%）" if measure == "growth" else f"{MEASURE_ZH.get(measure, '')}（{unit}）"


def zh_codes(df):
    """A copy of a figures frame with status, measure, period, qualifier, review and doc type codes in Chinese."""
    out = df.copy()
    for col in ("status", "measure", "qualifier", "target_qualifier", "review", "doc_type", "outcome", "period"):
        if col in out.columns:
            out[col] = [labels.code_label(col, v) for v in out[col]]
    return out
