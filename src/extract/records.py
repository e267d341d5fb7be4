"""Typed records of the extraction layer: what a figure is, and where it was read from."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any


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
    `rules` says which rule or cue word decided each field, for reviewers.
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
    rules: tuple[tuple[str, str], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["measure"] = str(self.measure)
        d["status"] = str(self.status)
        d["qualifier"] = str(self.qualifier)
        d["value"] = decimal_to_json(self.value)
        d["rules"] = dict(self.rules)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def decimal_to_json(v: Decimal) -> int | float:
    """A Decimal as the shortest JSON number that reads back to the same value."""
    if v == v.to_integral_value():
        return int(v)
    return float(v)


FIGURE_FIELDS = (
    "doc", "indicator", "measure", "value", "unit", "status", "year", "period", "region",
    "qualifier", "quote", "start", "end", "confidence",
)
