"""The shape of a document: sentences, top-level sections and their status, the years it is about."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from re import _constants as re_constants  # type: ignore[attr-defined]
from re import _parser as re_parser  # type: ignore[attr-defined]
from typing import NamedTuple

from . import periods as per_mod
from . import resources
from .cues import Cues
from .records import DocMeta, Status
from .textmap import TextMap, fold

FULL_STOP = set("。！？!?")
SUB_STOP = set(";；")
# one to three numerals then 、, written with a leading character class ([…][…]{0,2}, not […]{1,3}) so
# that re scans for the first numeral in C instead of trying the repeat at every position
# 一、… and a plan's or long report's 第二章 / 第三部分 / 第一篇 (a chapter is a top-level section too); the
# two forms share the leading class, and lookbehinds choose the form, for the same reason
HEADING = re.compile(r"[一二三四五六七八九十第](?:(?<=[一二三四五六七八九十])[一二三四五六七八九十]{0,2}、"
                     r"|(?<=第)[一二三四五六七八九十]{1,3}(?:章|部分|篇)[ \u3000]*)")
HEADING_STOP = set("。；;:：(（，,")
STOPS = re.compile("[。！？!?;；]")
# A figure's number with its unit: the opening's frame (its period) stands before it.
QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:%|个百分点|亿|万|元|家|人|户)")
SPAN_MARKS = "至到-—–~"
YEAR_IN_TEXT = re.compile(r"(?<![\d.])((?:19|20)\d{2})年")


def _opening_text(norm: str, lo: int) -> str:
    """The opening of a document's body from `lo`: its first sentence, or, when that states no figure
    (a dateline, "记者从…获悉", a quoted remark), up to the end of the first sentence that does."""
    i, first = lo, -1
    while True:
        m = STOPS.search(norm, i, i + OPENING_CHARS)
        end = m.start() if m else min(len(norm), i + OPENING_CHARS)
        first = end if first < 0 else first
        if QUANTITY.search(norm, i, end):
            return norm[lo:end]
        if m is None or end >= lo + 2 * OPENING_CHARS:
            return norm[lo:first]
        i = end + 1


def with_opening_year(ctx: DocContext, norm: str, lo: int = 0) -> DocContext:
    """A news piece or analysis dated by its publication only (no year in its title) that names one
    past year in its opening ("2023年，全市一般公共预算收入…" in February 2024; "去年，…"; after a dateline
    or a quoted remark, in the first sentence stating a figure: _opening_text) is about that year: its
    sentences without a year of their own inherit it. A year that is a baseline (比2023年, 比上年),
    starts or ends a span (2012年以来, 2002年至2022年) or lies ahead is no such year; two years (今年…，
    2023年…) leave the publication's. `lo` is where the body starts (after a title line)."""
    if ctx.year_rule != "publication_date" or ctx.actual_year is None or ctx.period != "year":
        return ctx  # a part of a year is dated by its own end month (decide_year)
    head = _opening_text(norm, lo)
    spec = resources.periods()
    since = tuple(spec.get("since_words") or ())
    baseline = tuple(spec.get("baseline_words") or ())
    same = tuple(spec.get("same_period_words") or ())
    relative = {str(w): int(k) for w, k in (spec.get("relative_years") or {}).items()}
    found: list[tuple[int, int]] = []  # (position, year)
    for y in YEAR_IN_TEXT.finditer(head):
        after = head[y.end() : y.end() + 3]
        if same and after.startswith(same):
            continue  # 2023年同期: a comparison, the document's own year stays
        before = head[y.start() - 1] if y.start() else ""
        if (after.startswith(since) or (after and after[0] in SPAN_MARKS) or (before and before in SPAN_MARKS)
                or head.endswith(baseline, 0, y.start())):
            return ctx
        found.append((y.start(), int(y.group(1))))
    pub = ctx.meta.published_year
    if pub is not None and relative:
        rel = re.compile("|".join(re.escape(w) for w in sorted(relative, key=len, reverse=True)))
        for m in rel.finditer(head):
            if (same and head.startswith(same, m.end())) or head.endswith(baseline, 0, m.start()):
                continue  # 去年同期: a comparison; 比上年: a baseline
            found.append((m.start(), pub + relative[m.group()]))
    if not found:
        return ctx
    first = min(a for a, _ in found)
    if any(p.start < first and p.period != "multi-year" for p in per_mod.find_periods(head)):
        return ctx  # "上半年…，2022年…": the opening's own time comes first (a plan's name does not date it)
    years = {y for _, y in found}
    if len(years) != 1:
        return ctx
    year = years.pop()
    if year >= ctx.actual_year:
        return ctx
    return DocContext(ctx.meta, year, ctx.target_year, "opening_year", ctx.period, ctx.period_source, ctx.period_year)


class Sentence(NamedTuple):
    """A sentence (split at ；) inside its full sentence (split at 。！？). A named tuple, not a
    frozen dataclass: documents hold hundreds and a frozen dataclass is slow to build."""

    start: int  # ；-level unit
    end: int
    full_start: int  # 。-level sentence containing it
    full_end: int
    paragraph: int


# Sentence((a, b, …)) without the named tuple's own __new__ (a Python function, twice as slow as
# tuple.__new__ itself): split_sentences makes hundreds per document
_sentence = partial(tuple.__new__, Sentence)


@dataclass(slots=True)
class Section:
    start: int
    end: int
    status: Status | None
    year: int | None
    rule: str  # rule id: section_heading, plan_opens, review_opens, plan_wording ("" when none)
    head_end: int = 0  # where the heading's own words end (cue words there are not the figures')
    evidence: str = ""  # the heading, opening words or cue counts the status rests on


@dataclass(frozen=True, slots=True)
class DocContext:
    meta: DocMeta
    actual_year: int | None
    target_year: int | None
    year_rule: str
    period: str = "year"  # the period results refer to when the sentence does not say
    period_source: str = ""  # where that period was read: "title" or "opening" ("" for a whole year)
    # The year a title's period is written after when the title names an earlier year first
    # ("2012年财政决算和2013年上半年预算执行情况": 上半年 is 2013's, 2012 is a whole year); None otherwise
    period_year: int | None = None


def is_work_report(meta: DocMeta, cues: Cues) -> bool:
    """Does the document review the year before its own and plan its own (a work report)?"""
    if cues.years_rule(meta.doc_type) == "work_report":
        return True
    title = meta.title or ""
    return any(t.years == "work_report" and any(w in title for w in t.title_words) for t in cues.doc_types.values())


def document_years(meta: DocMeta, cues: Cues) -> DocContext:
    """The year results and targets refer to when the sentence does not say."""
    title_years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?=年)", meta.title or "")]
    pub = meta.published_year
    is_report = is_work_report(meta, cues)
    if is_report:
        target = title_years[0] if title_years else pub
        if target is not None and pub is not None and meta.published_month and meta.published_month >= 10:
            target = max(target, pub + 1)
        actual = target - 1 if target is not None else None
        rule = "work_report"  # it reviews the year before its own
    elif title_years:
        actual = title_years[0]
        target = title_years[1] if len(title_years) > 1 else (pub if pub and pub >= actual else actual)
        rule = "title_year"
    elif pub is not None:
        retrospective = cues.years_rule(meta.doc_type) == "retrospective"
        early = (meta.published_month or 12) <= 6
        actual = pub - 1 if retrospective and early else pub
        target = pub
        rule = "publication_date"
    else:
        actual = target = None
        rule = "unknown"
    folded = fold(meta.title or "")
    title_periods = [p for p in per_mod.find_periods(folded) if p.sub_annual]
    period = title_periods[0].period if title_periods else "year"
    if rule == "publication_date":
        actual = _last_ended(period, meta, actual)
    return DocContext(meta, actual, target, rule, period, "title" if title_periods else "",
                      _period_year(folded, title_periods[0].start, title_years) if title_periods else None)


def _last_ended(period: str, meta: DocMeta, actual: int | None) -> int | None:
    """The year of the last `period` (a part of a year: 1—5月, 一季度) that had ended by publication,
    for a document dated by publication only: a bulletin of 1—5月 published in June is about this
    year's, one of 1—11月 published in January about last year's."""
    ends = per_mod.end_month(period) if period not in ("year", "multi-year") else None
    pub, month = meta.published_year, meta.published_month
    if not ends or pub is None or not month:
        return actual
    return pub if month >= ends else pub - 1


def _period_year(title: str, at: int, title_years: list[int]) -> int | None:
    """The year a title's period is written right after ("…和2013年上半年…"), when the title names
    another year before it: that earlier year's figures are a whole year's."""
    m = re.search(r"((?:19|20)\d{2})年$", title[:at])
    if m is None or not title_years or int(m.group(1)) == title_years[0]:
        return None
    return int(m.group(1))


OPENING_CHARS = 160


def with_opening_period(ctx: DocContext, norm: str, cues: Cues) -> DocContext:
    """A quarterly, half-year or 1–N-month release or news piece without a period in its title
    names it in its opening sentence ("上半年，全市…"): its figures inherit it. Reports read by
    sections (a work report's review and plan) do not."""
    if ctx.period != "year" or cues.reads_sections(ctx.meta.doc_type):
        return ctx
    m = STOPS.search(norm, 0, OPENING_CHARS)
    head = norm[: m.start() if m else OPENING_CHARS]
    q = QUANTITY.search(head)
    if q is not None:  # "2023年，全市…增长5.8%，四季度增长6.3%": a period after a figure is that figure's
        head = head[: q.start()]
    found = [p for p in per_mod.find_periods(head) if p.sub_annual]
    if not found or len({p.period for p in found}) > 1:
        return ctx
    actual = _last_ended(found[0].period, ctx.meta, ctx.actual_year) if ctx.year_rule == "publication_date" else ctx.actual_year
    return DocContext(ctx.meta, actual, ctx.target_year, ctx.year_rule, found[0].period, "opening")


STOPS = re.compile("[。！？!?;；]")


def split_sentences(tm: TextMap) -> list[Sentence]:
    """Sentences (split at ；) inside full sentences (split at 。！？) inside paragraphs."""
    norm = tm.norm
    out: list[Sentence] = []
    paras = [*tm.paragraphs, len(norm)]
    for p in range(len(paras) - 1):
        lo, hi = paras[p], paras[p + 1]
        if lo >= hi:
            continue
        full_start = start = lo
        pending: list[tuple[int, int]] = []
        for m in STOPS.finditer(norm, lo, hi):
            e = m.end()
            if norm[e - 1] in FULL_STOP:  # the full sentence ends: its ；-parts, then this one
                if pending:
                    out.extend([_sentence((a, b, full_start, e, p)) for a, b in pending])
                    pending = []
                out.append(_sentence((start, e, full_start, e, p)))
                full_start = e
            else:
                pending.append((start, e))
            start = e
        if start < hi:
            pending.append((start, hi))
        if pending:
            out.extend(_sentence((a, b, full_start, hi, p)) for a, b in pending)
    return out


def _dated_plan(head: str, meta: DocMeta, cues: Cues) -> bool:
    """A heading with a dated review word (cues.yaml sections.dated: 2021年主要工作) about a year
    that had not ended at publication: the year's programme, not its review."""
    if not any(w in head for w in cues.dated_heads) or meta.published_year is None:
        return False
    year = heading_year(head)
    if year is None:
        return False
    if year != meta.published_year:
        return year > meta.published_year
    if meta.published_month:
        return meta.published_month < 12
    return cues.years_rule(meta.doc_type) == "work_report"  # a work report plans its own year


def find_sections(tm: TextMap, meta: DocMeta, cues: Cues) -> list[Section]:
    """Stretches of the document with the status their heading, opening sentence or wording implies.

    Top-level headings (一、二、…) and sentences that open a review or a plan start a stretch. A
    heading word or opening sentence decides its status; a stretch without one continues the one
    before; the first stretch, without either, is a plan only when its wording is clearly a plan.
    """
    norm = tm.norm
    # start, heading, status, rule id, heading end, evidence
    marks: list[tuple[int, str, Status | None, str, int, str]] = [(0, "", None, "", 0, "")]
    for m in HEADING.finditer(norm):
        i = m.start()
        before_orig = tm.orig(i) - 1
        at_break = i == 0 or norm[i - 1] in FULL_STOP or tm.starts_paragraph(i) or (
            before_orig >= 0 and tm.text[before_orig].isspace()
        )
        if not at_break:
            continue
        j = _head_end(tm, m.end())
        head = norm[m.end() : j]
        close = norm.find(")", j, j + 8) if norm.startswith("(", j) else -1
        words = head + norm[j : close + 1] if close > 0 else head  # with its bracketed note: 计划(草案)
        status: Status | None = None
        if any(w in words for w in cues.review_heads):
            status = Status.TARGET if _dated_plan(head, meta, cues) else Status.ACTUAL
        elif any(w in words for w in cues.plan_heads):
            status = Status.TARGET
        marks.append((i, head, status, "section_heading" if status else "", j, head if status else ""))
    read_sections = cues.reads_sections(meta.doc_type) or any(w in (meta.title or "") for w in cues.section_title_words)
    if read_sections:
        heads = {x[0]: k for k, x in enumerate(marks)}
        head_starts = [x[0] for x in marks]  # the headings, in order (intro marks are appended after)
        at = _opening_at(cues.plan_intro, cues.review_intro)
        opens = _opening(cues.plan_intro, cues.review_intro) if at is None else None
        for m in re.finditer(r"[^。！？!?]+", norm):
            s0 = m.start()
            e = min(m.end(), s0 + 40)  # the sentence's first 40 characters
            if at is not None:  # as opens(norm[s0:e]) answers, without the slice and the call
                hit = at.match(norm, s0, e)
                if hit is None:
                    continue
                kind = hit.lastgroup
            else:
                kind = opens(norm[s0:e])  # type: ignore[misc]
            found: tuple[Status, str] | None = None
            if kind == "plan":
                found = Status.TARGET, "plan_opens"
            elif kind == "review":
                found = Status.ACTUAL, "review_opens"
            if found is None:
                continue
            k = heads.get(m.start())
            if k is None:
                head_k = bisect_right(head_starts, m.start()) - 1
                if found[0] is Status.ACTUAL and head_k >= 0 and marks[head_k][2] is Status.TARGET:
                    continue  # "回顾40年征程…" inside a section headed as a plan: rhetoric, not a review
                marks.append((m.start(), "", *found, 0, norm[s0 : min(e, s0 + 16)]))
            elif marks[k][2] is None:  # a heading without a cue word of its own, opening a stretch
                marks[k] = (marks[k][0], marks[k][1], *found, marks[k][4], norm[s0 : min(e, s0 + 16)])
    marks.sort(key=lambda x: x[0])
    sections: list[Section] = []
    prev: Section | None = None
    for k, (s, head, status, rule, head_end, evidence) in enumerate(marks):
        e = marks[k + 1][0] if k + 1 < len(marks) else len(norm)
        if e <= s and k + 1 < len(marks):
            continue
        year = heading_year(head)
        if not read_sections:
            status, rule, evidence = None, "", ""
        elif status is None and prev is not None and prev.status is not None:
            status, rule, evidence = prev.status, prev.rule, prev.evidence
        elif status is None and prev is None:
            body = norm[s:e]
            plan = sum(body.count(w) for w in cues.plan_vote)
            review = sum(body.count(w) for w in cues.review_vote)
            if plan >= cues.plan_min and plan >= cues.plan_ratio * max(review, 1):
                status, rule, evidence = Status.TARGET, "plan_wording", f"{plan}:{review}"
        if year is None and prev is not None and not head and prev.year is not None:
            year = prev.year
        if year is None and status is Status.TARGET and head:
            year = per_mod.plan_end_year(head)  # "“十四五”目标任务": the goals are for the plan's last year
            coming = per_mod.coming_span(head, 0, len(head)) if year is None else None
            if coming is not None and meta.published_year is not None:  # "未来五年工作目标": the span's last year
                year = meta.published_year + coming[1] - 1
        sec = Section(s, e, status, year, rule, head_end, evidence)
        sections.append(sec)
        prev = sec
    return sections


@cache
def _opening(plan: tuple[re.Pattern[str], ...], review: tuple[re.Pattern[str], ...]) -> Callable[[str], str | None]:
    """A function telling whether a sentence opens a plan ("plan"), else a review ("review"),
    as `any(p.search(sentence) for p in plan)` and then `review` would: when every pattern is
    anchored at the start (^…) without groups or flags of its own, one regex `^(?:(?P<plan>…)|…)`
    tries them all in the same order."""
    def anchored(p: re.Pattern[str]) -> bool:
        if p.groups or p.flags != re.UNICODE or not p.pattern.startswith("^"):
            return False
        parsed = list(re_parser.parse(p.pattern))
        return bool(parsed) and parsed[0] == (re_constants.AT, re_constants.AT_BEGINNING)

    if plan and review and all(anchored(p) for p in (*plan, *review)):
        def body(ps: tuple[re.Pattern[str], ...]) -> str:
            return "|".join(f"(?:{p.pattern[1:]})" for p in ps)

        both = re.compile(f"^(?:(?P<plan>{body(plan)})|(?P<review>{body(review)}))")

        def combined(sent: str) -> str | None:
            m = both.search(sent)
            return None if m is None else m.lastgroup

        return combined

    def each(sent: str) -> str | None:
        if any(p.search(sent) for p in plan):
            return "plan"
        return "review" if any(p.search(sent) for p in review) else None

    return each


@cache
def _opening_at(plan: tuple[re.Pattern[str], ...], review: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """_opening()'s one regex without its ^, to be matched at a sentence's start in the whole text
    (`.match(norm, start, end)`), or None when that could answer otherwise than on the sentence cut
    out: a pattern not anchored as _opening() wants, or one looking before its start or asking where
    it stands (a lookbehind, another anchor, a word boundary)."""
    def local(items: list) -> bool:
        for op, av in items:
            if op is re_constants.AT:
                return False
            if op in (re_constants.ASSERT, re_constants.ASSERT_NOT):
                if av[0] < 0 or not local(list(av[1])):
                    return False
            elif op is re_constants.SUBPATTERN:
                if not local(list(av[-1])):
                    return False
            elif op is re_constants.BRANCH:
                if not all(local(list(alt)) for alt in av[1]):
                    return False
            elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
                if not local(list(av[2])):
                    return False
            elif op not in (re_constants.LITERAL, re_constants.NOT_LITERAL, re_constants.IN, re_constants.ANY):
                return False
        return True

    if _opening(plan, review).__name__ != "combined":
        return None
    if not all(local(list(re_parser.parse(p.pattern))[1:]) for p in (*plan, *review)):
        return None

    def body(ps: tuple[re.Pattern[str], ...]) -> str:
        return "|".join(f"(?:{p.pattern[1:]})" for p in ps)

    return re.compile(f"(?:(?P<plan>{body(plan)})|(?P<review>{body(review)}))")


def _head_end(tm: TextMap, start: int) -> int:
    """Where a heading's own words end: at a stop mark, at the end of its line in the original
    text (a heading without a stop mark is a line of its own) or after 24 characters."""
    norm, text, runs = tm.norm, tm.text, tm.run_norm
    k = bisect_right(runs, start)  # the next run to begin: text may have been left out before it
    j = start
    while j < len(norm) and j - start < 24 and norm[j] not in HEADING_STOP:
        if k < len(runs) and runs[k] == j:  # elsewhere orig_end(j) == orig(j): nothing left out
            if "\n" in text[tm.orig_end(j) : tm.run_orig[k]]:
                break
            k += 1
        j += 1
    return j


def heading_year(head: str) -> int | None:
    """The reporting year a heading names ("2024年工作回顾"); not a date ("2009年6月30日") nor
    the start of a span ("2012年以来"): those are no period the section reports on."""
    m = per_mod.heading_year_pattern().search(head)
    return int(m.group(1)) if m else None


# (一)… or 1.… ; opening with one character class lets re scan for it in C
SUB_HEADING = re.compile(r"[(（\d](?:(?<=[(（])[一二三四五六七八九十]{1,3}[)）]|(?<=\d)\d?[.．、])")


class HeadStretch(NamedTuple):
    """The stretch under a heading or sub-heading, up to the next one, and its heading's words."""

    start: int
    end: int
    head_lo: int
    head_hi: int


def heading_stretches(tm: TextMap) -> list[HeadStretch]:
    """The stretches under the headings (一、…) and sub-headings ((一)…, 1.…) of the document."""
    norm = tm.norm
    line_ends = set(tm.breaks)  # a heading may open a line glued to the one before (no stop after it)
    heads: list[tuple[int, int, int]] = []
    for m in [*SUB_HEADING.finditer(norm), *HEADING.finditer(norm)]:
        i = m.start()
        if not (i == 0 or norm[i - 1] in FULL_STOP or i - 1 in line_ends or tm.starts_paragraph(i)):
            continue  # (the set lookup before the bisection: most matches are decimals, 12.5)
        heads.append((i, m.end(), _head_end(tm, m.end())))
    heads.sort()
    return [HeadStretch(i, heads[k + 1][0] if k + 1 < len(heads) else len(norm), lo, hi)
            for k, (i, lo, hi) in enumerate(heads)]


def level_stretches(tm: TextMap, cues: Cues, heads: list[HeadStretch] | None = None) -> list[tuple[int, int, str]]:
    """Stretches under a sub-heading ((一)…, 1.…) that names a level of government's own budget
    (市级, 市本级…) and not the whole region: (start, end, level word). A stretch ends at the next
    sub-heading or top-level heading. `heads`: heading_stretches(tm), when already found."""
    out = []
    for h in heading_stretches(tm) if heads is None else heads:
        head = tm.norm[h.head_lo : h.head_hi]
        word = next((w for w in cues.budget_levels if w in head), None)
        if word and not any(w in head for w in cues.budget_whole):
            out.append((h.start, h.end, word))
        elif cues.part_heads is not None and cues.part_heads.fullmatch(head.strip(" ：:。.")):
            out.append((h.start, h.end, head))  # 十四、市区主要指标: an unnamed part of the city
    return out
