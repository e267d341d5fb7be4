"""Import from a link: fetch it, then the same loaders, extraction and store as a file."""

from __future__ import annotations

from pathlib import Path

from src.extract.records import DocMeta
from src.store.writes import Outcome

from .fetch import FetchError, fetch_url
from .pipeline import ingest_bytes


def ingest_link(url: str, *, db: Path | None = None, region: str | None = None, published: str | None = None,
                doc_type: str = "", **limits: float) -> Outcome:
    """Fetch `url` and store it with the URL (after redirects) as its source. A link that cannot be
    fetched, or whose content the loaders refuse, is `refused` with one line and writes nothing."""
    try:
        got = fetch_url(url, **limits)  # type: ignore[arg-type]
    except FetchError as e:
        return Outcome(url, "refused", message=str(e).removeprefix(f"{url}: "))
    meta = DocMeta(doc=got.name, region=region, published=published, doc_type=doc_type)
    out = ingest_bytes(got.data, got.name, meta, url=got.url, db=db)
    return Outcome(url, out.status, out.figures, out.message, out.doc_id)
