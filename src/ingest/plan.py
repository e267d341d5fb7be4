"""Find the files to ingest and pair each with what its manifest says about it."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from src.extract import DocMeta
from src.extract.metadata import MetadataError, manifest_rows, normalise_date

from .loaders import SUPPORTED

MANIFEST = "manifest.csv"


class PlanError(ValueError):
    """A bad argument for the whole run (one line)."""


@dataclass(frozen=True)
class Job:
    """One file to ingest (a path, never its text: jobs travel to worker processes and machines)."""

    path: Path
    meta: DocMeta
    url: str = ""
    error: str = ""

    @property
    def name(self) -> str:
        return str(self.path)


def plan(paths: Iterable[Path], manifest: Path | None = None, region: str | None = None,
         published: str | None = None, url: str = "", doc_type: str = "") -> list[Job]:
    """Expand folders (recursively, in name order) and pair files with manifest rows: an explicit
    `manifest`, else every manifest.csv met in the folders walked. Problems become refused jobs."""
    paths = list(paths)
    try:
        pub = normalise_date(published)
    except MetadataError as e:
        raise PlanError(f"--published: {e}") from None
    manifests = [manifest] if manifest else [
        Path(d) / MANIFEST for p in paths if p.is_dir() for d, _dirs, files in _walk(p) if MANIFEST in files]
    jobs: list[Job] = []
    by_path: dict[str, DocMeta] = {}
    broken: set[str] = set()  # documents whose manifest row is refused: never read with guessed metadata
    for m in manifests:
        try:
            for row in manifest_rows(m):
                key = _key(row.path)
                by_path[key] = row.meta
                if row.error:
                    broken.add(key)
                    jobs.append(Job(row.path, row.meta, error=f"manifest {row.error}"))
        except (MetadataError, OSError, UnicodeDecodeError) as e:
            jobs.append(Job(m, DocMeta(doc=m.name), error=str(e)))

    def job_for(f: Path) -> Job | None:
        key = _key(f)
        if key in broken:
            return None
        base = by_path.get(key, DocMeta(doc=f.name))
        meta = replace(base, region=region or base.region, published=pub or base.published,
                       doc_type=doc_type or base.doc_type)
        return Job(f, meta, url=url)

    for p in paths:
        if p.is_dir():
            before = len(jobs)
            for d, _dirs, files in _walk(p):
                # in a folder with its own manifest, the manifest lists the documents (not SOURCES.md, README…)
                listed_only = MANIFEST in files and manifest is None
                for fn in files:
                    f = Path(d) / fn
                    if listed_only and _key(f) not in by_path:
                        continue
                    if f.suffix.lower() in SUPPORTED and fn != MANIFEST and (j := job_for(f)):
                        jobs.append(j)
            if len(jobs) == before:
                jobs.append(Job(p, DocMeta(doc=p.name), error="no .txt, .html, .pdf or .docx files in this folder"))
        elif j := job_for(p):
            jobs.append(j)
    return jobs


def _walk(root: Path) -> Iterable[tuple[str, list[str], list[str]]]:
    for d, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        yield d, dirs, sorted(files)


def _key(f: Path) -> str:
    try:
        return str(f.resolve())
    except (OSError, RuntimeError):
        return str(f)
