"""Extract whole files and manifests (the API the CLI, the store and the benchmarks call)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .metadata import from_header, manifest_rows
from .pipeline import extract_document
from .records import DocMeta, Figure
from .textio import InputError


def load_document(path: Path, meta: DocMeta | None = None) -> tuple[str, DocMeta]:
    """A file's text through the same loaders as ingest (.txt, .html, .pdf, .docx), with what the
    file says of itself (title, publisher, date) filling the metadata not given."""
    from src.ingest.loaders import load_path, with_loaded_meta

    loaded = load_path(path)
    meta = meta or DocMeta(doc=path.name)
    if not meta.doc:
        meta = replace(meta, doc=path.name)
    return loaded.text, with_loaded_meta(meta, loaded)


def extract_file(path: Path, meta: DocMeta | None = None) -> list[Figure]:
    """Figures of one file; metadata not given is read from the file and the text's header."""
    text, meta = load_document(path, meta)
    return extract_document(text, from_header(text, meta))


def extract_manifest(manifest: Path) -> Iterator[tuple[str, list[Figure] | InputError]]:
    """(doc, figures) for every row of a manifest, or (doc, error) for a row that is broken or
    whose document cannot be read."""
    for row in manifest_rows(manifest):
        if row.error:
            yield row.meta.doc or str(row.path), InputError(row.error)
            continue
        try:
            yield row.meta.doc, extract_file(row.path, row.meta)
        except InputError as e:
            yield row.meta.doc, e
