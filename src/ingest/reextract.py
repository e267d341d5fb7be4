"""Re-run the current extractor over every stored document; figure ids, and so reviews, are kept."""

from __future__ import annotations

from pathlib import Path

from src.extract import DocMeta, extract_document
from src.store.db import connect
from src.store.writes import Outcome, figure_table, replace_figures

from .prepare import figure_rows


def reextract(db: Path | None = None) -> list[Outcome]:
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
            n = replace_figures(con, did, figure_table(figure_rows(did, extract_document(row[0], meta))))
        out.append(Outcome(file, "re-extracted", n, doc_id=did))
    from src.store import snapshot

    with connect(db) as con:
        snapshot.publish(con)  # after_commit may have skipped the last batches (throttled)
    return out
