"""Period words (一季度, 1-4月, 前三季度, 全年, 十四五, 五年来) and year expressions."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import resources
from .fastre import compile_guarded, find_all, starts_pattern, without_groups
from .numbers import chinese_to_decimal

# A year, not followed by a digit (2014年10月 keeps its year; a digit glued on is another number),
# except a duration right after it: "2005-2014年10年间", "2016年5年来" (the year ends the span).
# Written to open with its literal first digits (the lookbehind for a digit before them comes after
# the first one, (?<!\d1) at its second character), so that re scans for 1 and 2 in C: the same
# matches as (?<!\d)((?:19|20)\d{2}).
YEAR = re.compile(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d{2})(?:(?:年|届)(?!\d)|年(?=\d{1,2}个?年[来间]))")
CN_YEAR = re.compile(r"([一二][〇零○九][〇零○一二三四五六七八九]{2})年")
# The 年 of such a year, looked for first (re scans for a literal in C; 一 and 二 are common
# characters): the same matches as CN_YEAR's, each ending at the 年 found (they cannot overlap)
CN_YEAR_END = re.compile(r"年(?<=[一二][〇零○九][〇零○一二三四五六七八九]{2}年)")
CURRENT_MONTH = "current_month"  # periods.yaml: 当月/本月, the last month of the document's period
MONTHS = re.compile(r"M(?:(\d{1,2})-M)?(\d{1,2})")  # M3, M1-M4
CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "000123456789")


@cache
def _relative() -> tuple[re.Pattern[str], dict[str, int], tuple[str, ...]]:
    spec = resources.periods()
    offsets = {str(k): int(v) for k, v in spec.get("relative_years", {}).items()}
    words = sorted(offsets, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))), offsets, tuple(spec.get("baseline_words", []))


class PeriodMention(NamedTuple):  # a named tuple: quicker to build than a frozen dataclass
    start: int
    end: int
    period: str
    sub_annual: bool
    end_year: int | None  # for five-year plans (十四五 -> 2025)


class YearMention(NamedTuple):  # a named tuple: quicker to build than a frozen dataclass
    start: int
    end: int
    year: int | None  # None: relative, see `relative`
    relative: str  # "", "今年", "去年", …
    baseline: bool  # "比2024年" / "比上年": a comparison, not the figure's year


@cache
def _compiled() -> tuple[re.Pattern[str], list[tuple[dict, int, int]]]:
    """One regex for all period patterns (first listed wins at a position), and for each
    pattern its spec and the range of its own groups inside the combined regex."""
    parts, specs = [], []
    group = 1
    for i, p in enumerate(resources.periods()["periods"]):
        n = re.compile(p["pattern"]).groups
        parts.append(f"(?P<p{i}>{p['pattern']})")
        specs.append((p, group + 1, group + 1 + n))
        group += 1 + n
    return compile_guarded("|".join(parts)), specs


@cache
def _scanner() -> re.Pattern[str] | None:
    """Where periods may start (fastre.find_all): a pattern matching one character at each place
    where the period patterns match, without their groups (re then marks no group in the branches
    it tries) and opening with their first characters (fastre.starts_pattern). None when the
    patterns do not allow it."""
    plain = without_groups("|".join(f"(?:{p['pattern']})" for p in resources.periods()["periods"]))
    return starts_pattern(plain) if plain is not None else None


def _month(s: str, chinese: bool) -> str:
    if chinese:
        v = chinese_to_decimal(s)
        return str(int(v)) if v is not None else s
    return str(int(s))


@cache
def heading_year_pattern() -> re.Pattern[str]:
    """A year in a heading that names a reporting period: not followed by a month (a date) or
    by a word that opens a span (periods.yaml heading_year_not_before)."""
    after = resources.periods().get("heading_year_not_before", [])
    guard = f"(?!{'|'.join(after)})" if after else ""
    return re.compile(r"((?:19|20)\d{2})年" + guard)


@cache
def year_span_pattern() -> re.Pattern[str] | None:
    """Two named years joined as a span (2016年至2020年, 2005-2014年): periods.yaml year_span."""
    pat = resources.periods().get("year_span")
    rate_only = resources.periods().get("year_span_rate_only") or []
    guard = f"(?!{'|'.join(map(re.escape, rate_only))})" if rate_only else ""
    return re.compile(pat + guard) if pat else None


def plan_end_year(text: str) -> int | None:
    """The last year of the five-year plan `text` names (十四五 -> 2025), None when it names none."""
    for plan, year in resources.periods().get("plans", {}).items():
        if plan in text:
            return int(year)
    return None


PLAN_YEARS = 5  # the years of a five-year plan


@cache
def _first_years() -> re.Pattern[str] | None:
    """periods.yaml plan_first_years: after a plan's name, its first N years (前三年); group 1 is N."""
    pat = resources.periods().get("plan_first_years")
    return re.compile(pat) if pat else None


def find_periods(norm: str, lo: int = 0, hi: int | None = None) -> list[PeriodMention]:
    hi = len(norm) if hi is None else hi
    plans = resources.periods().get("plans", {})
    since = tuple(resources.periods().get("since_words", []))
    out: list[PeriodMention] = []
    pat, specs = _compiled()
    for m in find_all(pat, _scanner(), norm, lo, hi):
        if m.lastgroup is None:
            continue
        spec, g0, g1 = specs[int(m.lastgroup[1:])]
        groups = [g for g in m.groups()[g0 - 1 : g1 - 1] if g is not None]
        chinese = bool(spec.get("chinese"))
        a = _month(groups[0], chinese) if groups else ""
        b = _month(groups[1], chinese) if len(groups) > 1 else ""
        period = str(spec["period"]).format(a=a, b=b)
        end_year = None
        for plan, year in plans.items():
            if m.group().startswith(plan) and not m.group().endswith(since):
                end_year = int(year)  # 十四五以来 runs to the time of writing, not to the plan's end
                first = _first_years().match(norm, m.end()) if _first_years() else None
                if first is not None:  # 十二五前三年: the plan's first three years end in its third
                    end_year += int(_month(first.group(1), not first.group(1).isdigit())) - PLAN_YEARS
        out.append(PeriodMention(m.start(), m.end(), period, bool(spec.get("sub_annual")), end_year))
    return out


@cache
def _since() -> re.Pattern[str] | None:
    words = resources.periods().get("since_words") or []
    if not words:
        return None
    gap = int(resources.periods().get("since_gap", 0))
    return re.compile(f"[\u4e00-\u9fff]{{0,{gap}}}?(?:{'|'.join(map(re.escape, words))})")


def starts_span(norm: str, end: int) -> bool:
    """Does the year ending at `end` start a span ("2014年以来", "2012年分区以来": periods.yaml
    since_words, after at most since_gap characters)?"""
    pat = _since()
    return pat is not None and pat.match(norm, end) is not None


@cache
def _coming() -> re.Pattern[str] | None:
    pat = resources.periods().get("coming_span")
    return re.compile(pat) if pat else None


def coming_span(norm: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The first span still to come named in norm[lo:hi] ("未来五年"): (its words, its length in
    years), or None."""
    pat = _coming()
    m = pat.search(norm, lo, hi) if pat is not None else None
    if m is None:
        return None
    n = m.group(1)
    years = int(n) if n.isdigit() else "一二三四五六七八九十".find(n.replace("两", "二")) + 1
    return m.group(), years


def time_word_end(norm: str, a: int, b: int) -> int | None:
    """The end of a period word or year starting at norm[a] (within b), None when none does."""
    m = _compiled()[0].match(norm, a, b) or YEAR.match(norm, a, b) or CN_YEAR.match(norm, a, b)
    if m is not None and m.end() > a:
        return m.end()
    m = _relative()[0].match(norm, a, b)
    return m.end() if m is not None else None


def find_years(norm: str, lo: int = 0, hi: int | None = None) -> list[YearMention]:
    hi = len(norm) if hi is None else hi
    out: list[YearMention] = []
    for m in YEAR.finditer(norm, lo, hi):
        out.append(YearMention(m.start(), m.end(), int(m.group(1)), "", _is_baseline(norm, m.start(), m.end())))
    for m in CN_YEAR_END.finditer(norm, lo, hi):  # 二〇二三年: CN_YEAR.finditer(norm, lo, hi)'s matches
        start = m.start() - 4
        if start < lo:
            continue
        out.append(YearMention(start, m.end(), int(norm[start : m.start()].translate(CN_DIGIT)), "",
                               _is_baseline(norm, start, m.end())))
    for m in _relative()[0].finditer(norm, lo, hi):
        out.append(YearMention(m.start(), m.end(), None, m.group(), _is_baseline(norm, m.start(), m.end())))
    out.sort(key=lambda y: y.start)
    return out


def is_baseline(norm: str, start: int) -> bool:
    """Is the time word at `start` the baseline of a comparison (比2024年, 较十三五)?"""
    return _is_baseline(norm, start)


def _is_baseline(norm: str, start: int, end: int | None = None) -> bool:
    """A comparison word before the time word (比2024年, 较上年), or one right after it
    (和2012年相比: periods.yaml baseline_after_words)."""
    before = norm[max(0, start - 2) : start]
    if before.endswith(_relative()[2]):
        return True
    if end is None:
        return False
    if norm.startswith(_baseline_after(), end):
        return True
    pat = _baseline_after_pattern()
    return pat is not None and norm.startswith("的", end) and pat.match(norm, end) is not None


@cache
def _baseline_after() -> tuple[str, ...]:
    return tuple(resources.periods().get("baseline_after_words", []))


@cache
def _baseline_after_pattern() -> re.Pattern[str] | None:
    p = resources.periods().get("baseline_after_pattern")
    return re.compile(p) if p else None


def resolve_relative_year(word: str, published_year: int | None) -> int | None:
    """今年 -> the publication year, 去年 -> the year before, … (None without a publication year)."""
    offset = _relative()[1].get(word)
    if published_year is None or offset is None:
        return None
    return published_year + offset


def end_month(period: str) -> int | None:
    """The month a period ends in (Q1 -> 3, M1-M4 -> 4, year -> 12); None for multi-year."""
    months = resources.periods().get("end_months", {})
    if period in months:
        return int(months[period])
    m = MONTHS.fullmatch(period)
    return int(m.group(2)) if m else None


def month_of(period: str) -> str | None:
    """The single month a period ends in, as a period (M1-M11 -> M11, Q1 -> M3); None for a
    whole year or several years: 当月 then names no month the reader can tell."""
    if period in ("year", "multi-year"):
        return None
    ends = end_month(period)
    return f"M{ends}" if ends else None


def names_whole_year(word: str) -> bool:
    """Does a period word name the whole year explicitly (全年), pinning its end month?"""
    return word.startswith(tuple(resources.periods().get("explicit_year_words", [])))
