"""Write documents, figures and reviews. One document per transaction; a refused file writes nothing.

A document's identity is the sha256 of its text; a figure's is (document, span, indicator,
measure), so re-extraction keeps it and reviews stay attached. A changed file (same file name,
new text) replaces its predecessor; its reviews are re-attached to the figure with the same
indicator, measure, number and sentence in the new text, or kept as orphans.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from src.extract import DocMeta, Figure, extract_document
from src.extract.metadata import MetadataError, from_header, manifest_rows, normalise_date
from src.extract.records import Measure, Qualifier, Status
from src.extract.resources import DATA_DIR, indicators
from src.ingest.loaders import SUPPORTED, Loaded, LoadError, load_path

from .db import SCHEMA_VERSION, StoreError, connect, migrate, schema_version


def _extractor_version() -> str:
    h = hashlib.sha256()
    for p in sorted(DATA_DIR.iterdir()):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    for p in sorted((DATA_DIR.parent).glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:12]


EXTRACTOR_VERSION = _extractor_version()


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: ingested, replaced, unchanged or refused."""

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


def figure_id_of(doc_id: str, f: Figure) -> str:
    key = f"{doc_id}:{f.start}:{f.end}:{f.indicator}:{f.measure}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _figure_rows(doc_id: str, figs: Iterable[Figure]) -> list[tuple]:
    rows = []
    seen: set[str] = set()
    for f in figs:
        fid = figure_id_of(doc_id, f)
        if fid in seen:
            continue
        seen.add(fid)
        rows.append((
            fid, doc_id, f.indicator, str(f.measure), float(f.value), str(f.value), f.unit, str(f.status), f.year,
            f.period, f.region, str(f.qualifier), f.start, f.end, f.quote, f.quote_start, f.quote_end,
            f.sentence_start, f.sentence_end, f.confidence, f.raw, json.dumps([r.as_dict() for r in f.rules], ensure_ascii=False),
            EXTRACTOR_VERSION,
        ))
    return rows


def _insert_figures(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    if rows:
        con.executemany(f"INSERT INTO figures VALUES ({', '.join('?' * 23)})", rows)


def _relink_reviews(con: duckdb.DuckDBPyConnection, file: str, doc_id: str, text: str) -> None:
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


def store_document(con: duckdb.DuckDBPyConnection, meta: DocMeta, text: str, url: str = "",
                   index_no: str = "") -> Outcome:
    """Extract and write one document in one transaction."""
    did = doc_id_of(text)
    if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [did]).fetchone():
        return Outcome(meta.doc, "unchanged", doc_id=did)
    meta = from_header(text, meta)
    figs = extract_document(text, meta)
    rows = _figure_rows(did, figs)
    con.execute("BEGIN")
    try:
        old = con.execute("SELECT doc_id FROM documents WHERE file = ?", [meta.doc]).fetchall()
        for (old_id,) in old:
            con.execute("DELETE FROM figures WHERE doc_id = ?", [old_id])
            con.execute("DELETE FROM documents WHERE doc_id = ?", [old_id])
        con.execute(
            "INSERT INTO documents (doc_id, file, title, publisher, region, published, doc_type, url, text, meta_sources,"
            " index_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [did, meta.doc, meta.title, meta.publisher, meta.region, meta.published, meta.doc_type, url, text,
             json.dumps(dict(meta.sources), ensure_ascii=False), index_no or None],
        )
        _insert_figures(con, rows)
        if old:
            _relink_reviews(con, meta.doc, did, text)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return Outcome(meta.doc, "replaced" if old else "ingested", len(rows), doc_id=did)


@dataclass(frozen=True)
class Job:
    path: Path
    meta: DocMeta
    url: str = ""
    error: str = ""


def plan(paths: Iterable[Path], manifest: Path | None = None, region: str | None = None,
         published: str | None = None, url: str = "", doc_type: str = "") -> list[Job]:
    """Expand folders, pair files with manifest rows; problems become refused jobs."""
    jobs: list[Job] = []
    manifest_meta: dict[str, DocMeta] = {}
    manifests = [manifest] if manifest else []
    for p in paths:
        if p.is_dir() and manifest is None:  # a folder's manifests, its sub-folders' included (seeds/*/manifest.csv)
            manifests.extend(sorted(p.rglob("manifest.csv")))
    broken: set[str] = set()  # documents whose manifest row is refused: never read with guessed metadata
    for m in manifests:
        try:
            for row in manifest_rows(m):
                key = str(row.path.resolve())
                manifest_meta[key] = row.meta
                if row.error:
                    broken.add(key)
                    jobs.append(Job(row.path, row.meta, error=f"manifest {row.error}"))
        except (MetadataError, OSError, UnicodeDecodeError) as e:
            jobs.append(Job(m, DocMeta(doc=m.name), error=str(e)))
    try:
        pub = normalise_date(published)
    except MetadataError as e:
        raise StoreError(f"--published: {e}") from None

    def job_for(f: Path) -> Job | None:
        try:
            key = str(f.resolve())
        except (OSError, RuntimeError):
            key = str(f)
        if key in broken:
            return None
        base = manifest_meta.get(key, DocMeta(doc=f.name))
        meta = replace(base, region=region or base.region, published=pub or base.published,
                       doc_type=doc_type or base.doc_type)
        return Job(f, meta, url=url)

    for p in paths:
        if p.is_dir():
            before = len(jobs)
            for dirpath, _dirs, files in os.walk(p, followlinks=False):
                # in a folder with its own manifest, the manifest lists the documents (not SOURCES.md, README…)
                listed_only = "manifest.csv" in files and manifest is None
                for fn in sorted(files):
                    f = Path(dirpath) / fn
                    if listed_only and str(f.resolve()) not in manifest_meta:
                        continue
                    if f.suffix.lower() in SUPPORTED and fn != "manifest.csv" and (j := job_for(f)):
                        jobs.append(j)
            if len(jobs) == before:
                jobs.append(Job(p, DocMeta(doc=p.name), error="no .txt, .html, .pdf or .docx files in this folder"))
        elif j := job_for(p):
            jobs.append(j)
    return jobs


class _Session:
    """One write connection reused across documents, released every `hold` seconds so that the
    dashboard and other ingests get their turn (DuckDB lets one process write at a time)."""

    def __init__(self, db: Path | None, hold: float = 0.5) -> None:
        self.db, self.hold = db, hold
        self._cm = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._since = 0.0

    def con(self) -> duckdb.DuckDBPyConnection:
        import time

        if self._con is not None and time.monotonic() - self._since > self.hold:
            self.close()
        if self._con is None:
            self._cm = connect(self.db)
            self._con = self._cm.__enter__()
            self._since = time.monotonic()
        return self._con

    def close(self) -> None:
        if self._cm is not None:
            self._cm.__exit__(None, None, None)
        self._cm = self._con = None


def ingest_paths(paths: Iterable[Path], *, db: Path | None = None, manifest: Path | None = None,
                 region: str | None = None, published: str | None = None, url: str = "", doc_type: str = "",
                 progress: bool = False, report: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    jobs = plan(list(paths), manifest, region, published, url, doc_type)
    with connect(db) as con:
        if schema_version(con) < SCHEMA_VERSION:
            migrate(con)
    outcomes: list[Outcome] = []
    bar = None
    if progress and len(jobs) > 20:
        from tqdm import tqdm

        bar = tqdm(total=len(jobs), unit="doc", leave=False)
    session = _Session(db)
    try:
        for job in jobs:
            out = ingest_one(job, db, session)
            outcomes.append(out)
            if report:
                report(out)
            if bar is not None:
                bar.update(1)
    finally:
        session.close()
        if bar is not None:
            bar.close()
    return outcomes


def ingest_one(job: Job, db: Path | None, session: _Session | None = None) -> Outcome:
    name = str(job.path)
    if job.error:
        return Outcome(name, "refused", message=job.error)
    try:
        loaded: Loaded = load_path(job.path)
    except LoadError as e:
        return Outcome(name, "refused", message=_strip_name(str(e), job.path))
    except Exception as e:
        return Outcome(name, "refused", message=_strip_name(str(e), job.path) or type(e).__name__)
    meta = job.meta
    meta = replace(
        meta,
        title=meta.title or loaded.title,
        publisher=meta.publisher or loaded.meta.get("publisher", ""),
    )
    if not meta.published and loaded.meta.get("published"):
        with contextlib.suppress(MetadataError):
            meta = replace(meta, published=normalise_date(loaded.meta["published"]))
    url = job.url or loaded.meta.get("url", "")
    if session is not None:
        return replace(store_document(session.con(), meta, loaded.text, url, loaded.meta.get("index_no", "")),
                       name=name)
    with connect(db) as con:
        return replace(store_document(con, meta, loaded.text, url, loaded.meta.get("index_no", "")), name=name)


def ingest_bytes(data: bytes, name: str, meta: DocMeta, *, url: str = "", db: Path | None = None) -> Outcome:
    """An uploaded file: load, extract and store it; refused files write nothing."""
    from src.ingest.loaders import load_bytes

    try:
        loaded = load_bytes(data, name)
    except LoadError as e:
        return Outcome(name, "refused", message=_strip_name(str(e), Path(name)))
    meta = replace(meta, doc=meta.doc or name, title=meta.title or loaded.title,
                   publisher=meta.publisher or loaded.meta.get("publisher", ""))
    with connect(db) as con:
        if schema_version(con) < SCHEMA_VERSION:
            migrate(con)
        return store_document(con, meta, loaded.text, url or loaded.meta.get("url", ""),
                              loaded.meta.get("index_no", ""))


def _strip_name(msg: str, path: Path) -> str:
    for prefix in (f"{path}: ", f"{path.name}: "):
        if msg.startswith(prefix):
            return msg[len(prefix):]
    return msg


def reextract(db: Path | None = None) -> list[Outcome]:
    """Run the current extractor over every stored document; reviews are kept."""
    with connect(db, read_only=True) as con:
        docs = con.execute("SELECT doc_id, file, title, publisher, region, published, doc_type FROM documents").fetchall()
    out = []
    for did, file, title, publisher, region, published, doc_type in docs:
        with connect(db) as con:
            row = con.execute("SELECT text FROM documents WHERE doc_id = ?", [did]).fetchone()
            if row is None:
                continue
            meta = DocMeta(doc=file, title=title or "", publisher=publisher or "", region=region,
                           published=published, doc_type=doc_type or "")
            rows = _figure_rows(did, extract_document(row[0], meta))
            con.execute("BEGIN")
            try:
                con.execute("DELETE FROM figures WHERE doc_id = ?", [did])
                _insert_figures(con, rows)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        out.append(Outcome(file, "re-extracted", len(rows), doc_id=did))
    return out


# ---------------------------------------------------------------- reviews

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
    return rid
