"""Stretches of a multi-year review: a sentence opening with 五年来 / 十三五期间 / 过去五年 sets a
multi-year period that the following sentences of its paragraph keep, until a sentence opens with
another time (a year, 今年, a quarter, 全年; not a year dating one value, 由2015年的…) or the
paragraph ends."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from . import resources
from .document import Doc, dated_value
from .periods import PeriodMention


@dataclass(frozen=True, slots=True)
class ReviewSpan:
    start: int  # where the opening sentence starts
    end: int  # where the stretch ends (a sentence naming another time, or the paragraph's end)
    opener: PeriodMention


def _opens_span(doc: Doc, p: PeriodMention) -> bool:
    spec = resources.periods()
    word = doc.tm.norm[p.start : p.end]
    plans = spec.get("plans", {})
    return p.period == "multi-year" and word not in plans and not any(
        word.startswith(w) for w in spec.get("not_span_openers", []))


def review_spans(doc: Doc) -> list[ReviewSpan]:
    if not any(_opens_span(doc, p) for p in doc.periods.items):
        return []  # no word in the document can open a review stretch
    head = int(resources.periods().get("span_head_chars", 12))
    fulls: list[tuple[int, int, int]] = []  # full sentences with their paragraph, in order
    for s in doc.sentences:
        if not fulls or fulls[-1][0] != s.full_start:
            fulls.append((s.full_start, s.full_end, s.paragraph))
    out: list[ReviewSpan] = []
    open_span: tuple[int, PeriodMention, int] | None = None  # start, opener, paragraph
    for a, b, para in fulls:
        lo, hi = a, min(b, a + head)
        times = [p for p in doc.periods.within(lo, hi)]
        years = [y for y in doc.years.within(lo, hi) if not y.baseline and dated_value(doc, y) is None]
        opener = next((p for p in times if _opens_span(doc, p)), None)
        if open_span is not None and (para != open_span[2] or opener is not None or years
                                      or any(p.period != "multi-year" for p in times)):
            out.append(ReviewSpan(open_span[0], a, open_span[1]))
            open_span = None
        if opener is not None and open_span is None:
            open_span = (a, opener, para)
    if open_span is not None:
        out.append(ReviewSpan(open_span[0], len(doc.tm.norm), open_span[1]))
    return out


def span_at(spans: list[ReviewSpan], starts: list[int], i: int) -> ReviewSpan | None:
    k = bisect_right(starts, i) - 1
    return spans[k] if k >= 0 and i < spans[k].end else None
