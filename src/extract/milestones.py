"""Milestones (突破5000亿元, 跨越3000亿元大关) that restate an exact value given elsewhere.

A level written as crossing a round number is a record only when it is the only report of that
level: when the document also gives an exact value of the same indicator, region and year at or
above the milestone, the milestone is a restatement (gold GUIDE, "Restatements") and is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from .numbers import NumberMention
from .records import Measure, Qualifier
from .scope import load_scope


class _Cand(Protocol):
    indicator: str
    measure: Measure
    value: Decimal
    year: int | None
    region: str | None
    qualifier: Qualifier
    num: NumberMention
    quote_lo: int


C = TypeVar("C", bound=_Cand)
PARTICLES = "了至到"


def is_milestone(norm: str, c: _Cand) -> bool:
    """Is c's number written as a milestone (突破X, 跨越X…大关, 迈上X新台阶)?"""
    if c.measure is not Measure.VALUE:
        return False
    sc = load_scope()
    before = norm[max(c.quote_lo, c.num.start - 8) : c.num.start].rstrip(PARTICLES)
    if any(before.endswith(w) for w in sc.milestone_before):
        return True
    after = norm[c.num.tail : c.num.tail + 6]
    return any(after.startswith(w) for w in sc.milestone_after)


def drop_milestones(cands: Sequence[C], norm: str) -> list[C]:
    """cands without the milestones that an exact value of the same figure restates."""
    marks = [is_milestone(norm, c) for c in cands]
    out: list[C] = []
    for c, mark in zip(cands, marks, strict=True):
        if mark and any(
            not m and e.indicator == c.indicator and e.measure is Measure.VALUE and e.region == c.region
            and e.qualifier is Qualifier.EXACT and (e.year == c.year or c.year is None or e.year is None)
            and e.value >= c.value
            for e, m in zip(cands, marks, strict=True)
        ):
            continue
        out.append(c)
    return out
