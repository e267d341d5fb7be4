"""Load and extract a batch of files: the work a worker process (or a Dask worker) does.

Input: jobs (paths and metadata, never texts). Output: two Arrow tables in the store's batch
layout (`src.store.writes.DOC_SCHEMA`, `FIGURE_SCHEMA`), which the one writer commits. Pure: no
database, no global state beyond the extractor's read-only resources.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from src.extract import DocMeta, Figure, extract_document
from src.extract.metadata import MetadataError, from_header, normalise_date
from src.extract.resources import DATA_DIR
from src.store.writes import doc_id_of, doc_table, figure_id_of, figure_table, meta_sources_json

from .loaders import Loaded, LoadError, load_bytes, load_path
from .plan import Job


def _extractor_version() -> str:
    h = hashlib.sha256()
    for p in sorted(DATA_DIR.iterdir()):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    for p in sorted(DATA_DIR.parent.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:12]


EXTRACTOR_VERSION = _extractor_version()


@dataclass(frozen=True)
class Prepared:
    """A batch ready for the writer: document rows and figure rows as Arrow tables."""

    docs: pa.Table
    figures: pa.Table

    @property
    def size(self) -> int:
        return self.docs.num_rows


def figure_rows(doc_id: str, figs: Iterable[Figure]) -> list[tuple[Any, ...]]:
    """A document's figures as store rows (FIGURE_COLUMNS order), one per figure identity."""
    rows = []
    seen: set[str] = set()
    for f in figs:
        fid = figure_id_of(doc_id, f.start, f.end, f.indicator, str(f.measure))
        if fid in seen:
            continue
        seen.add(fid)
        rows.append((
            fid, doc_id, f.indicator, str(f.measure), float(f.value), str(f.value), f.unit, str(f.status), f.year,
            f.period, f.region, str(f.qualifier), f.start, f.end, f.quote, f.quote_start, f.quote_end,
            f.sentence_start, f.sentence_end, f.confidence, f.raw, _rules_json(f.rules), EXTRACTOR_VERSION,
        ))
    return rows


def _rules_json(rules: Any) -> str:
    """The store's rules column is a JSON string, whatever shape the extractor gives them
    (a list of (field, rule id, evidence) records, or an older field -> rule mapping)."""
    if isinstance(rules, Mapping):
        return json.dumps(dict(rules), ensure_ascii=False, default=str)
    return json.dumps([r.as_dict() if hasattr(r, "as_dict") else list(r) for r in rules], ensure_ascii=False,
                      default=str)


def complete_meta(meta: DocMeta, loaded: Loaded) -> DocMeta:
    """The manifest's metadata, completed by what the file says of itself."""
    meta = replace(meta, doc=meta.doc or "", title=meta.title or loaded.title,
                   publisher=meta.publisher or loaded.meta.get("publisher", ""))
    if not meta.published and loaded.meta.get("published"):
        with contextlib.suppress(MetadataError):
            meta = replace(meta, published=normalise_date(loaded.meta["published"]))
    return meta


def document(pos: int, meta: DocMeta, loaded: Loaded, url: str, known: Container[str],
             figs: list[tuple[Any, ...]]) -> dict[str, Any]:
    """One document row; extraction (appended to `figs`) is skipped for a text already stored."""
    text = loaded.text
    did = doc_id_of(text)
    if did in known:
        return {"pos": pos, "state": "unchanged", "doc_id": did, "file": meta.doc}
    meta = from_header(text, complete_meta(meta, loaded))
    figs.extend(figure_rows(did, extract_document(text, meta)))
    return {"pos": pos, "state": "ok", "doc_id": did, "file": meta.doc, "title": meta.title,
            "publisher": meta.publisher, "region": meta.region, "published": meta.published,
            "doc_type": meta.doc_type, "url": url or loaded.meta.get("url", ""), "text": text,
            "meta_sources": meta_sources_json(meta.sources), "index_no": loaded.meta.get("index_no") or None}


def refused(pos: int, message: str, file: str = "") -> dict[str, Any]:
    return {"pos": pos, "state": "refused", "message": message, "file": file}


def prepare(jobs: Sequence[Job], known: Container[str] = frozenset()) -> Prepared:
    """Load and extract every job of a batch; a file that cannot be read becomes a refused row."""
    docs: list[dict[str, Any]] = []
    figs: list[tuple[Any, ...]] = []
    fpos: list[int] = []
    for pos, job in enumerate(jobs):
        if job.error:
            docs.append(refused(pos, job.error, job.meta.doc))
            continue
        try:
            loaded = load_path(job.path)
        except Exception as e:  # LoadError, or anything a damaged file provokes: one line, never a traceback
            docs.append(refused(pos, strip_name(str(e), job.path) or type(e).__name__, job.meta.doc))
            continue
        mark = len(figs)
        try:
            docs.append(document(pos, job.meta, loaded, job.url, known, figs))
        except Exception as e:
            del figs[mark:]
            docs.append(refused(pos, f"extraction failed ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''})",
                                job.meta.doc))
        fpos.extend([pos] * (len(figs) - len(fpos)))
    return Prepared(doc_table(docs), figure_table(figs, fpos))


def prepare_bytes(data: bytes, name: str, meta: DocMeta, url: str = "",
                  known: Container[str] = frozenset()) -> Prepared:
    """An uploaded file, as a batch of one."""
    figs: list[tuple[Any, ...]] = []
    try:
        loaded = load_bytes(data, name)
    except LoadError as e:
        return Prepared(doc_table([refused(0, strip_name(str(e), Path(name)), name)]), figure_table([], []))
    row = document(0, replace(meta, doc=meta.doc or name), loaded, url, known, figs)
    return Prepared(doc_table([row]), figure_table(figs, [0] * len(figs)))


def strip_name(msg: str, path: Path) -> str:
    for prefix in (f"{path}: ", f"{path.name}: "):
        if msg.startswith(prefix):
            return msg[len(prefix):]
    return msg
