"""Extract whole files and manifests (the API the CLI, the store and the benchmarks call)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .metadata import from_header, read_manifest
from .pipeline import extract_document
from .records import DocMeta, Figure
from .textio import InputError, read_text


def extract_file(path: Path, meta: DocMeta | None = None) -> list[Figure]:
    """Figures of one text file; metadata not given is read from the text's header."""
    text = read_text(path)
    meta = meta or DocMeta(doc=path.name)
    if not meta.doc:
        meta = replace(meta, doc=path.name)
    return extract_document(text, from_header(text, meta))


def extract_manifest(manifest: Path) -> Iterator[tuple[str, list[Figure] | InputError]]:
    """(doc, figures) for every row of a manifest, or (doc, error) for a row that cannot be read."""
    for path, meta in read_manifest(manifest):
        try:
            yield meta.doc, extract_file(path, meta)
        except InputError as e:
            yield meta.doc, e
