"""Human reviews of figures: accept, reject or correct; and their re-attachment to a changed file."""

from __future__ import annotations

import uuid
from pathlib import Path

import duckdb

from src.extract.records import Measure, Qualifier, Status
from src.extract.resources import indicators

from .db import StoreError, connect

CORRECTABLE = ("indicator", "measure", "value", "unit", "status", "year", "period", "region", "qualifier")


def _check_correction(field: str, value: object) -> object:
    if value is None or value == "":
        return None
    if field == "indicator" and value not in indicators():
        raise StoreError(f"unknown indicator {value!r}")
    if field == "measure" and value not in {m.value for m in Measure}:
        raise StoreError(f"measure must be one of {', '.join(m.value for m in Measure)}")
    if field == "status" and value not in {s.value for s in Status}:
        raise StoreError(f"status must be one of {', '.join(s.value for s in Status)}")
    if field == "qualifier" and value not in {q.value for q in Qualifier}:
        raise StoreError(f"qualifier must be one of {', '.join(q.value for q in Qualifier)}")
    if field == "value":
        try:
            v = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise StoreError(f"value must be a number, not {value!r}") from None
        if v != v or v in (float("inf"), float("-inf")):
            raise StoreError("value must be a finite number")
        return v
    if field == "year":
        try:
            y = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            raise StoreError(f"year must be a whole number, not {value!r}") from None
        if not 1949 <= y <= 2100:
            raise StoreError(f"year {y} is out of range")
        return y
    return str(value)


def add_review(figure_id: str, action: str, *, reviewer: str = "", note: str = "", db: Path | None = None,
               **corrections: object) -> str:
    """Accept, reject or correct a figure; returns the review id. Nothing is written on error."""
    if action not in ("accept", "reject", "correct"):
        raise StoreError("action must be accept, reject or correct")
    unknown = set(corrections) - set(CORRECTABLE)
    if unknown:
        raise StoreError(f"cannot correct {', '.join(sorted(unknown))}")
    fixed = {k: _check_correction(k, v) for k, v in corrections.items()}
    if action == "correct" and not any(v is not None for v in fixed.values()):
        raise StoreError("a correction needs at least one corrected field")
    rid = uuid.uuid4().hex
    with connect(db) as con:
        row = con.execute(
            "SELECT f.doc_id, d.file, f.start_offset, f.end_offset, f.indicator, f.measure, f.raw, "
            "substr(d.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) "
            "FROM figures f JOIN documents d USING (doc_id) WHERE f.figure_id = ?",
            [figure_id],
        ).fetchone()
        if row is None:
            raise StoreError(f"no figure {figure_id}")
        con.execute(
            "INSERT INTO reviews (review_id, figure_id, doc_id, file, start_offset, end_offset, indicator, measure, raw, "
            "sentence, action, new_indicator, new_measure, new_value, new_unit, new_status, new_year, new_period, "
            "new_region, new_qualifier, reviewer, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [rid, figure_id, *row, action, *(fixed.get(k) for k in CORRECTABLE), reviewer, note],
        )
        from . import snapshot

        snapshot.publish(con)  # the next page view shows it
    return rid


def relink_reviews(con: duckdb.DuckDBPyConnection, file: str, doc_id: str, text: str) -> None:
    """Reviews whose figure vanished with an old version of `file`: attach them to the same figure
    (indicator, measure, number and sentence) in the new text, where there is one."""
    orphans = con.execute(
        """SELECT review_id, indicator, measure, raw, sentence FROM reviews r
           WHERE file = ? AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.figure_id = r.figure_id)""",
        [file],
    ).fetchall()
    if not orphans:
        return
    figs = con.execute(
        "SELECT figure_id, indicator, measure, raw, sentence_start, sentence_end, start_offset, end_offset "
        "FROM figures WHERE doc_id = ?",
        [doc_id],
    ).fetchall()
    for rid, ind, meas, raw, sentence in orphans:
        for fid, i2, m2, raw2, ss, se, st, en in figs:
            if (i2, m2, raw2) == (ind, meas, raw) and text[ss:se] == sentence:
                con.execute("UPDATE reviews SET figure_id = ?, doc_id = ?, start_offset = ?, end_offset = ? "
                            "WHERE review_id = ?", [fid, doc_id, st, en, rid])
                break
