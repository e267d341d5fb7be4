"""Cue words (cues.yaml) as a typed, normalised, longest-first view, loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import resources
from .textmap import fold


def _words(xs: list[str] | None) -> tuple[str, ...]:
    return tuple(sorted({fold(x) for x in (xs or []) if x}, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Cues:
    target: tuple[str, ...]
    target_after: tuple[str, ...]
    particles: str
    actual: tuple[str, ...]
    plan_heads: tuple[str, ...]
    review_heads: tuple[str, ...]
    plan_vote: tuple[str, ...]
    review_vote: tuple[str, ...]
    plan_ratio: float
    plan_min: int
    review_intro: tuple[re.Pattern[str], ...]
    plan_intro: tuple[re.Pattern[str], ...]
    section_doc_types: frozenset[str]
    section_title_words: tuple[str, ...]
    growth: tuple[str, ...]
    negate: tuple[str, ...]
    annual_average: tuple[str, ...]
    blockers: tuple[str, ...]
    filler: tuple[str, ...]
    max_leftover: int
    stock_words: tuple[str, ...]
    flow_prefixes: tuple[str, ...]
    count_verbs: tuple[str, ...]
    count_subjects: tuple[str, ...]
    range_start: tuple[str, ...]
    range_end: tuple[str, ...]
    increment: tuple[str, ...]
    threshold_nouns: tuple[str, ...]
    part_markers: tuple[str, ...]
    measure_words: tuple[str, ...]
    narrowing: tuple[str, ...]
    reference: tuple[str, ...]
    carry: tuple[str, ...]
    collective: tuple[tuple[str, tuple[str, ...]], ...]
    ratios: dict[tuple[str, str], str]
    continuation: tuple[str, ...]


@cache
def load_cues() -> Cues:
    c = resources.cues()
    st, sec, me, ch, rg = c["status"], c["sections"], c["measure"], c["chain"], c["range"]
    return Cues(
        target=_words(st["target"]),
        target_after=_words(st.get("target_after")),
        particles="".join(me.get("particles", [])),
        actual=_words(st["actual"]),
        plan_heads=_words(sec["plan"]),
        review_heads=_words(sec["review"]),
        plan_vote=_words(sec["plan_vote"]),
        review_vote=_words(sec["review_vote"]),
        plan_ratio=float(sec.get("plan_ratio", 5)),
        plan_min=int(sec.get("plan_min", 10)),
        review_intro=tuple(re.compile(x) for x in sec.get("review_intro", [])),
        plan_intro=tuple(re.compile(x) for x in sec.get("plan_intro", [])),
        section_doc_types=frozenset(str(x or "") for x in sec["doc_types"]),
        section_title_words=_words(sec.get("title_words")),
        growth=_words(me["growth"]),
        negate=_words(me["negate"]),
        annual_average=_words(me["annual_average"]),
        blockers=_words(ch["blockers"]),
        filler=_words(ch["filler"]),
        max_leftover=int(ch["max_leftover"]),
        stock_words=_words(ch.get("stock_words")),
        flow_prefixes=_words(ch.get("flow_prefixes")),
        count_verbs=_words(ch["count_forward"]),
        count_subjects=_words(ch["count_forward_subject"]),
        range_start=_words(rg["start"]),
        range_end=_words(rg["end"]),
        increment=_words(rg["increment"]),
        threshold_nouns=_words(c["threshold"]["nouns"]),
        part_markers=_words(c["subject"]["part_marker"]),
        measure_words=_words(c["subject"]["measure_words"]),
        narrowing=_words(c["narrowing"]["prefixes"]),
        reference=_words(c["narrowing"]["reference"]),
        carry=_words(c["subject"]["carry"]),
        ratios={(r["numerator"], r["denominator"]): r["indicator"] for r in c.get("ratios", [])},
        collective=tuple((fold(k), tuple(fold(x) for x in v)) for k, v in c["subject"].get("collective", {}).items()),
        continuation=_words(c["subject"]["continuation"]),
    )
