"""Typed records of the extraction layer: what a figure is, and where it was read from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple


class Status(StrEnum):
    ACTUAL = "actual"
    TARGET = "target"


class Measure(StrEnum):
    VALUE = "value"
    GROWTH = "growth"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Rule(NamedTuple):
    """Why a field of a figure has its value: the field, the id of the rule that decided it
    (stable, see deciders.py; confidence weights are keyed by it) and the word or span of the
    text it rests on ("" when the rule is a default)."""

    field: str
    rule: str
    evidence: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "rule": self.rule, "evidence": self.evidence}


# Every rule id a decider may give, by field (see deciders.py and structure.find_sections).
RULE_IDS: dict[str, frozenset[str]] = {
    "indicator": frozenset({"name_before", "pairing_list", "count_forward", "share", "elliptical", "unit_variant", "restated_variant",
                            "distant_name", "shared_value", "table_row"}),
    "measure": frozenset({"ratio_indicator", "growth_cue", "growth_continued", "level", "annual_average",
                          "table_column"}),
    "value": frozenset({"negated", "chinese_numeral"}),
    "status": frozenset({"section_heading", "plan_opens", "review_opens", "plan_wording", "target_cue", "target_after",
                         "actual_cue", "default_actual", "estimate_ended", "estimate_ahead", "future_year", "own_year", "table_column"}),
    "period": frozenset({"annual_average", "period_word", "unnamed_years_change", "document_period", "default_year",
                         "review_span", "named_years_change", "from_last_year",
                         "multiple_growth", "growth_since_year", "year_span", "current_month"}),
    "year": frozenset({"pairing_list", "named_end_year", "plan_end", "plan_closing", "work_report_review", "since_span", "unpinned", "sentence_year",
                       "relative_year", "section_year", "document_target", "document_actual", "period_not_ended",
                       "period_ended", "table_column", "table_caption",
                       "growth_since_year", "coming_span", "goal_beside_result"}),
    "region": frozenset({"pairing_list", "shared_region_list", "mention", "sentence_topic", "paragraph_heading", "document", "carried_topic",
                         "table_row"}),
    "qualifier": frozenset({"pairing_list", "word", "default_exact", "table_range"}),
}


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What is known about a document before its figures are read."""

    doc: str = ""
    title: str = ""
    publisher: str = ""
    region: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    doc_type: str = ""
    # Where each field came from ("manifest", "argument", "header", "title", "text", "unknown").
    sources: tuple[tuple[str, str], ...] = ()

    @property
    def published_year(self) -> int | None:
        if self.published and self.published[:4].isdigit():
            return int(self.published[:4])
        return None

    @property
    def published_month(self) -> int | None:
        p = self.published or ""
        if len(p) >= 7 and p[5:7].isdigit():
            return int(p[5:7])
        return None


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure, pointing at the characters it was read from.

    `text[start:end]` is the number with its unit; `quote` is the clause around it and
    `sentence_start`/`sentence_end` the sentence, all offsets into the document text as read.
    `rules` lists, for each field, the rule that decided it and its evidence, for reviewers.
    """

    doc: str
    indicator: str
    measure: Measure
    value: Decimal
    unit: str
    status: Status
    year: int | None
    period: str
    region: str | None
    qualifier: Qualifier
    start: int
    end: int
    quote: str
    quote_start: int
    quote_end: int
    sentence_start: int
    sentence_end: int
    confidence: float
    raw: str
    rules: tuple[Rule, ...] = field(default=())

    def rule_for(self, name: str) -> Rule | None:
        """The last rule that decided field `name` (None when no rule names it)."""
        return next((r for r in reversed(self.rules) if r.field == name), None)

    def to_dict(self) -> dict[str, Any]:
        # the fields in order (asdict() would deep-copy them, and every value is immutable)
        d = {name: getattr(self, name) for name in _FIGURE_NAMES}
        d["measure"] = str(self.measure)
        d["status"] = str(self.status)
        d["qualifier"] = str(self.qualifier)
        d["value"] = decimal_to_json(self.value)
        # a Rule's dict without making it again (Rule(*r) only for a plain tuple of (field, rule[, evidence]))
        d["rules"] = [{"field": r[0], "rule": r[1], "evidence": r[2]} if type(r) is Rule else Rule(*r).as_dict()
                      for r in self.rules]
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


_FIGURE_NAMES = tuple(f.name for f in fields(Figure))


def decimal_to_json(v: Decimal) -> int | float:
    """A Decimal as the shortest JSON number that reads back to the same value."""
    if v == v.to_integral_value():
        return int(v)
    return float(v)


FIGURE_FIELDS = (
    "doc", "indicator", "measure", "value", "unit", "status", "year", "period", "region",
    "qualifier", "quote", "start", "end", "confidence",
)
