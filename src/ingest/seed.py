"""The database built from seeds/ on first start: every manifest under seeds/ (seeds/manifest.csv
and seeds/*/manifest.csv), built aside and moved into place when complete."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from src.store.db import ROOT, db_path, ensure_db, publish
from src.store.guard import system
from src.store.snapshot import discard, ensure

from .pipeline import run
from .plan import MANIFEST, plan

SEEDS = ROOT / "seeds"


def seed_manifests(seeds: Path | None = None) -> list[Path]:
    return sorted((seeds or SEEDS).rglob(MANIFEST))


def seed(db: Path | None = None, progress: Callable[[int, int], None] | None = None, *,
         seeds: Path | None = None, workers: int = 1) -> int:
    """Build the database at `db` from the seed documents; returns the number of documents stored.
    `progress(done, total)` is called as documents are written. An existing database is left as it is
    (returns 0); a half-built one is never visible."""
    p = db_path(db)
    with _LOCK, system():  # built once per app process, from shipped files (allowed when read-only)
        if p.exists():
            ensure_db(p)
            return 0
        return _build(p, progress, seeds or SEEDS, workers)


_LOCK = threading.Lock()


def _build(p: Path, progress: Callable[[int, int], None] | None, seeds: Path, workers: int) -> int:
    jobs = plan([seeds])  # every manifest.csv met in the walk describes its own folder
    # the stem changes, not the suffix, so that the snapshots published while building are named
    # after the building file (and removed with it), never after the final one
    tmp = p.with_name(f"{p.stem}.seeding-{uuid.uuid4().hex[:8]}{p.suffix or '.duckdb'}")
    tmp.unlink(missing_ok=True)
    if progress:
        progress(0, len(jobs))
    try:
        outs = run(jobs, db=tmp, workers=workers, on_batch=progress)
        publish(tmp, p)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        discard(tmp)
    ensure(p)  # the read snapshot of the database now in place, so the first page view finds it
    return sum(o.status in ("ingested", "replaced") for o in outs)
