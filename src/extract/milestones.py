"""Milestones (突破5000亿元, 跨越3000亿元大关) that restate an exact value given elsewhere.

A level written as crossing a round number is a record only when it is the only report of that
level: when the document also gives an exact value of the same indicator, region and year at or
above the milestone, the milestone is a restatement (gold GUIDE, "Restatements") and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from .numbers import NumberMention
from .records import Measure, Qualifier, Status
from .scope import load_scope


class _Cand(Protocol):
    indicator: str
    measure: Measure
    value: Decimal
    status: Status
    year: int | None
    period: str
    region: str | None
    qualifier: Qualifier
    num: NumberMention
    quote_lo: int


C = TypeVar("C", bound=_Cand)
PARTICLES = "了至到"
_DIGITS = re.compile(r"\d+(?:\.(\d+))?")


def is_milestone(norm: str, c: _Cand) -> bool:
    """Is c's number written as a milestone (突破X, 跨越X…大关, 迈上X新台阶)?"""
    if c.measure is not Measure.VALUE:
        return False
    sc = load_scope()
    before = norm[max(c.quote_lo, c.num.start - 8) : c.num.start].rstrip(PARTICLES)
    if before.endswith(sc.milestone_before):  # one test for all the words
        return True
    return norm.startswith(sc.milestone_after, c.num.tail, c.num.tail + 6)


def _step(norm: str, c: _Cand) -> Decimal | None:
    """The value of one unit of the last digit written (1.2万亿元 -> 1000亿元), for a level written
    with a magnitude in Arabic digits; None otherwise."""
    if not c.num.magnitude or c.num.chinese or c.value <= 0:
        return None
    m = _DIGITS.search(norm, c.num.start, c.num.end)
    if m is None or Decimal(m.group()) == 0:
        return None
    return c.value / Decimal(m.group()) * Decimal(10) ** -len(m.group(1) or "")


def _rounded_out(norm: str, cands: Sequence[_Cand]) -> set[int]:
    """Indices of the rounded restatements (全市GDP达到1.2万亿元) of a more precise exact value of
    the same figure in the document (12013.1亿元): within half the rounded value's last digit."""
    steps = [_step(norm, c) if c.measure is Measure.VALUE and c.num.magnitude else None for c in cands]
    if sum(x is not None for x in steps) < 2:
        return set()
    exact: dict[tuple, set[tuple[Decimal, Decimal]]] = {}  # a set: a value restated n times is one entry
    for c, step in zip(cands, steps, strict=True):
        if step is not None and c.qualifier is Qualifier.EXACT:
            key = (c.indicator, c.status, c.year, c.period, c.region)
            exact.setdefault(key, set()).add((c.value, step))
    out = set()
    for i, (c, step) in enumerate(zip(cands, steps, strict=True)):
        if step is None:
            continue
        key = (c.indicator, c.status, c.year, c.period, c.region)
        if any(e_step < step and abs(v - c.value) * 2 <= step for v, e_step in exact.get(key, ())):
            out.add(i)
    return out


def drop_milestones(cands: Sequence[C], norm: str) -> list[C]:
    """cands without the milestones that an exact value of the same figure restates, and without
    rounded restatements of a more precise value."""
    marks = [is_milestone(norm, c) for c in cands]
    rounded = _rounded_out(norm, cands)
    out: list[C] = []
    for i, (c, mark) in enumerate(zip(cands, marks, strict=True)):
        if i in rounded:
            continue
        if mark and any(
            not m and e.indicator == c.indicator and e.measure is Measure.VALUE and e.region == c.region
            and e.qualifier is Qualifier.EXACT and (e.year == c.year or c.year is None or e.year is None)
            and e.value >= c.value
            for e, m in zip(cands, marks, strict=True)
        ):
            continue
        out.append(c)
    return out
