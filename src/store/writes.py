"""The writes the store is asked for: documents with their figures, in batched transactions.

The store does not extract anything: the ingest pipeline (`src/ingest/`) loads and extracts, and
hands the result here as Arrow tables (`DOC_SCHEMA`, `FIGURE_SCHEMA`). One call of `write_batch`
is one transaction, whatever the number of documents in it.

A document's identity is the sha256 of its text; a figure's is (document, span, indicator,
measure), so re-extraction keeps it and reviews stay attached. A changed file (same file name, new
text) replaces its predecessor; its reviews are re-attached to the figure with the same indicator,
measure, number and sentence in the new text, or kept as orphans. The outcome of a batch is the
outcome of writing its documents one by one in order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from .reviews import relink_reviews


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: ingested, replaced, unchanged, refused or re-extracted."""

    name: str
    status: str
    figures: int = 0
    message: str = ""
    doc_id: str = ""

    def line(self) -> str:
        if self.status == "refused":
            return f"refused   {self.name}: {self.message}"
        if self.status == "unchanged":
            return f"unchanged {self.name}"
        extra = f" ({self.message})" if self.message else ""
        return f"{self.status:<9} {self.name} ({self.figures} figures){extra}"


def doc_id_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def figure_id_of(doc_id: str, start: int, end: int, indicator: str, measure: str) -> str:
    key = f"{doc_id}:{start}:{end}:{indicator}:{measure}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


# The columns of a batch handed to the writer. `pos` orders the documents of a batch; `state` is
# "ok" (text and figures present), "unchanged" (already stored: the pipeline skipped extraction) or
# "refused" (`message` says why).
DOC_COLUMNS = ("doc_id", "file", "title", "publisher", "region", "published", "doc_type", "url", "text",
               "meta_sources", "index_no")
DOC_SCHEMA = pa.schema([("pos", pa.int32()), ("state", pa.string()), ("message", pa.string())]
                       + [(c, pa.string()) for c in DOC_COLUMNS])
FIGURE_SCHEMA = pa.schema([
    ("figure_id", pa.string()), ("doc_id", pa.string()), ("indicator", pa.string()), ("measure", pa.string()),
    ("value", pa.float64()), ("value_text", pa.string()), ("unit", pa.string()), ("status", pa.string()),
    ("year", pa.int32()), ("period", pa.string()), ("region", pa.string()), ("qualifier", pa.string()),
    ("start_offset", pa.int32()), ("end_offset", pa.int32()), ("quote", pa.string()),
    ("quote_start", pa.int32()), ("quote_end", pa.int32()), ("sentence_start", pa.int32()),
    ("sentence_end", pa.int32()), ("confidence", pa.float64()), ("raw", pa.string()), ("rules", pa.string()),
    ("extractor_version", pa.string()),
])
FIGURE_COLUMNS = tuple(FIGURE_SCHEMA.names)
# In a batch, each figure also carries the `pos` of its document row.
BATCH_FIGURE_SCHEMA = FIGURE_SCHEMA.append(pa.field("pos", pa.int32()))


def figure_table(rows: Sequence[Sequence[Any]], pos: Sequence[int] | None = None) -> pa.Table:
    """Figure rows (tuples in FIGURE_COLUMNS order) as an Arrow table; with `pos` (one per row), in the
    batch layout (BATCH_FIGURE_SCHEMA)."""
    cols = list(zip(*rows, strict=True)) if rows else [[] for _ in FIGURE_COLUMNS]
    schema = FIGURE_SCHEMA
    if pos is not None:
        cols.append(list(pos))
        schema = BATCH_FIGURE_SCHEMA
    return pa.Table.from_arrays([pa.array(c, type=t) for c, t in zip(cols, schema.types, strict=True)], schema=schema)


def doc_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Document rows (dicts with `pos`, `state`, `message` and DOC_COLUMNS) as an Arrow table."""
    return pa.Table.from_arrays([pa.array([r.get(k) for r in rows], type=t) for k, t in
                                 zip(DOC_SCHEMA.names, DOC_SCHEMA.types, strict=True)], schema=DOC_SCHEMA)


def after_commit(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], *, spacing: float = 2.0) -> None:
    """Runs after every committed write of documents or figures, with the ids of the documents
    whose figures changed (inserted, replaced or deleted). The one place where derived tables
    (materialised figures, cells, flags) are brought up to date for those documents: the read
    snapshot is published unless the last publish was less than `spacing` x its duration ago."""
    from . import snapshot

    snapshot.after_commit(con, doc_ids, spacing=spacing)


def write_batch(con: duckdb.DuckDBPyConnection, docs: pa.Table, figures: pa.Table,
                names: Sequence[str] | None = None, *, spacing: float = 2.0) -> list[Outcome]:
    """Write a batch of documents and their figures (BATCH_FIGURE_SCHEMA) in one transaction; returns
    one outcome per document row, in `pos` order. `names` (indexed by `pos`) name the outcomes;
    default: the file. `spacing`: see `after_commit`."""
    rows = sorted(docs.to_pylist(), key=lambda r: r["pos"])

    def name(r: dict[str, Any]) -> str:
        return names[r["pos"]] if names is not None else (r["file"] or "")

    want = [r for r in rows if r["state"] == "ok"]
    present: set[str] = set()
    by_file: dict[str, set[str]] = {}
    if want:
        ids = [r["doc_id"] for r in want]
        files = sorted({r["file"] for r in want})
        present = {d for (d,) in con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                              [ids]).fetchall()}
        for f, d in con.execute("SELECT file, doc_id FROM documents WHERE file IN (SELECT unnest(?))",
                                [files]).fetchall():
            by_file.setdefault(f, set()).add(d)
    stored = set().union(*by_file.values()) if by_file else set()
    fig_counts = _counts(figures)
    outcomes: list[Outcome] = []
    keep: dict[str, dict[str, Any]] = {}  # doc_id -> row, in order of arrival
    delete: set[str] = set()  # stored documents replaced by this batch
    relink: dict[str, str] = {}  # file -> the document that now holds it, for files that were replaced
    for r in rows:
        if r["state"] == "refused":
            outcomes.append(Outcome(name(r), "refused", message=r["message"] or ""))
            continue
        if r["state"] == "unchanged" or r["doc_id"] in present:
            outcomes.append(Outcome(name(r), "unchanged", doc_id=r["doc_id"]))
            continue
        old = by_file.get(r["file"], set())
        for o in old:
            present.discard(o)
            keep.pop(o, None)
            if o in stored:
                delete.add(o)
        if old:
            relink[r["file"]] = r["doc_id"]
        by_file[r["file"]] = {r["doc_id"]}
        present.add(r["doc_id"])
        keep[r["doc_id"]] = r
        outcomes.append(Outcome(name(r), "replaced" if old else "ingested", fig_counts.get(r["pos"], 0),
                                doc_id=r["doc_id"]))
    if not keep and not delete:
        return outcomes
    new_docs = doc_table(list(keep.values())).select(list(DOC_COLUMNS))
    kept_pos = pa.array([r["pos"] for r in keep.values()], pa.int32())
    new_figs = figures.filter(pc.is_in(figures["pos"], kept_pos)).select(list(FIGURE_COLUMNS))
    con.execute("BEGIN")
    try:
        if delete:
            gone = sorted(delete)
            con.execute("DELETE FROM figures WHERE doc_id IN (SELECT unnest(?))", [gone])
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT unnest(?))", [gone])
        if new_docs.num_rows:
            con.register("_batch_docs", new_docs)
            con.execute(f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) SELECT {', '.join(DOC_COLUMNS)} "
                        "FROM _batch_docs")
            con.unregister("_batch_docs")
        if new_figs.num_rows:
            con.register("_batch_figs", new_figs)
            con.execute(f"INSERT INTO figures ({', '.join(FIGURE_COLUMNS)}) SELECT * FROM _batch_figs")
            con.unregister("_batch_figs")
        for file, did in relink.items():
            if did in keep:
                relink_reviews(con, file, did, keep[did]["text"])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    after_commit(con, [*keep, *sorted(delete)], spacing=spacing)
    return outcomes


def _counts(figures: pa.Table) -> dict[int, int]:
    if not figures.num_rows:
        return {}
    vc = pc.value_counts(figures["pos"])
    return {v["values"].as_py(): v["counts"].as_py() for v in vc}


def replace_figures(con: duckdb.DuckDBPyConnection, doc_id: str, figures: pa.Table) -> int:
    """A stored document's figures replaced by a new extraction, in one transaction."""
    con.execute("BEGIN")
    try:
        con.execute("DELETE FROM figures WHERE doc_id = ?", [doc_id])
        if figures.num_rows:
            con.register("_refigs", figures)
            con.execute(f"INSERT INTO figures ({', '.join(FIGURE_COLUMNS)}) SELECT * FROM _refigs")
            con.unregister("_refigs")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    after_commit(con, [doc_id])
    return figures.num_rows


def meta_sources_json(sources: Iterable[tuple[str, str]]) -> str:
    return json.dumps(dict(sources), ensure_ascii=False)
