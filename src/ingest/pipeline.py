"""The ingest pipeline: find files -> load -> extract -> write.

Extraction runs in an engine (this process, local processes, or Dask: `engines.py`); the results
come back as Arrow batches in order and ONE writer (this process) commits each batch in one
transaction (`src.store.writes.write_batch`). Whatever the engine, the documents, figure ids,
values and kept reviews are those of a single-process run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow.compute as pc

from src.extract import DocMeta
from src.store.db import StoreError, connect, db_path, ensure_db, someone_waiting
from src.store.writes import Outcome, write_batch

from . import engines
from .plan import Job, PlanError, plan
from .prepare import Prepared, prepare_bytes

BATCH = 16  # documents per task: a task costs a few ms to schedule, a document ~20-40 ms to extract
# During a run the read snapshot is published at most once per SPACING x the last publish's
# duration (the end of a run always publishes). The write lock is released only when another
# process waits for it (after at least HOLD seconds and SPACING x the last release's duration),
# or after HOLD_MAX seconds: releasing it checkpoints the write-ahead log, which rewrites the
# tables' last row groups (0.5 CPU-s at 1,000 documents of 17,000 characters).
SPACING = 10.0
HOLD = 2.0
HOLD_MAX = 20.0
GAP = 0.6  # seconds the lock stays free after a release: longer than a waiting connect() polls (0.5 s)
WAL_LIMIT = "256MB"


class _Session:
    """One write connection reused across batches, released from time to time so that a review
    saved on 审核 and other ingests get their turn (DuckDB lets one process write at a time).
    After a release the lock stays free for GAP seconds before this writer takes it again (in one
    process, the next batch's extraction fills that time; with workers, they go on extracting)."""

    def __init__(self, db: Path | None, hold: float | None = None) -> None:
        self.db, self.hold = db, HOLD if hold is None else hold
        self._cm: object | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._since = 0.0
        self._released = float("-inf")
        self._release = 0.0  # seconds the last release (a checkpoint) took

    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            wait = self._released + GAP - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            cm = connect(self.db)
            self._con = cm.__enter__()
            self._cm = cm
            self._since = time.monotonic()
            # DuckDB checkpoints on its own whenever the log passes 16 MB (~300 documents here), and
            # each checkpoint costs more as the store grows; a release checkpoints anyway
            self._con.execute(f"SET checkpoint_threshold = '{WAL_LIMIT}'")
        return self._con

    def release_if_due(self) -> None:
        """Release when another process waits for the lock (its connect() retries touch a file)
        and the lock was held long enough, or after HOLD_MAX whatever happens: a release is a
        checkpoint, which nobody needs in the middle of a bulk ingest that nobody waits for."""
        if self._con is None:
            return
        held = time.monotonic() - self._since
        due = min(HOLD_MAX, max(self.hold, SPACING * self._release))
        if held > HOLD_MAX or (held > due and someone_waiting(db_path(self.db))):
            self.close()

    def close(self) -> None:
        if self._cm is not None:
            t0 = time.monotonic()
            self._cm.__exit__(None, None, None)  # type: ignore[attr-defined]
            self._released = time.monotonic()
            self._release = self._released - t0
        self._cm = self._con = None


def batches(jobs: Sequence[Job], size: int = BATCH) -> list[Sequence[Job]]:
    return [jobs[i:i + size] for i in range(0, len(jobs), size)]


def processes(n_jobs: int, workers: int, batch: int = BATCH) -> int:
    """Local processes used for `n_jobs` files: no pool for a single batch."""
    return max(1, min(workers, -(-n_jobs // max(1, batch))))


def known_ids(db: Path | None) -> frozenset[str]:
    return frozenset(d for ids in stored(db).values() for d in ids)


def stored(db: Path | None) -> dict[str, frozenset[str]]:
    """File name -> the ids of the documents stored under it."""
    by_file: dict[str, set[str]] = {}
    with connect(db, read_only=True) as con:
        for d, f in con.execute("SELECT doc_id, file FROM documents").fetchall():
            by_file.setdefault(f, set()).add(d)
    return {f: frozenset(ids) for f, ids in by_file.items()}


def write(con: duckdb.DuckDBPyConnection, prepared: Prepared, names: Sequence[str]) -> list[Outcome]:
    """Commit a batch; if the batch as a whole fails, each document alone, so that one bad
    document is refused with its reason and the others are written."""
    try:
        return write_batch(con, prepared.docs, prepared.figures, names, spacing=SPACING)
    except duckdb.Error:
        pass
    out: list[Outcome] = []
    for i in range(prepared.docs.num_rows):
        one = prepared.docs.slice(i, 1)
        figs = prepared.figures.filter(pc.equal(prepared.figures["pos"], one["pos"][0]))
        try:
            out.extend(write_batch(con, one, figs, names, spacing=SPACING))
        except duckdb.Error as e:
            pos = one["pos"][0].as_py()
            out.append(Outcome(names[pos], "refused", message=f"not stored: {str(e).splitlines()[0]}"))
    return out


def run(jobs: Sequence[Job], *, db: Path | None = None, workers: int = 1, engine: str = "local",
        scheduler: str | None = None, batch: int = BATCH, progress: bool = False,
        report: Callable[[Outcome], None] | None = None,
        on_batch: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Extract `jobs` with the engine and write the results with one writer, batch by batch, in order."""
    p = ensure_db(db)
    by_file = stored(p)
    known = frozenset(d for ids in by_file.values() for d in ids)
    chunks = batches(jobs, max(1, batch))
    stream: Iterator[Prepared]
    if engine == "dask":
        stream = engines.dask(chunks, by_file, scheduler=scheduler, workers=max(1, workers))
    elif processes(len(jobs), workers, batch) > 1:
        stream = engines.pool(chunks, known, processes(len(jobs), workers, batch))
    else:
        stream = engines.local(chunks, known)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(jobs), unit="doc", smoothing=0.1, dynamic_ncols=True)
    outcomes: list[Outcome] = []
    session = _Session(p)
    try:
        for chunk, prepared in zip(chunks, stream, strict=False):
            outs = write(session.con(), prepared, [j.name for j in chunk])
            session.release_if_due()
            outcomes.extend(outs)
            if report:
                for o in outs:
                    report(o)
            if bar is not None:
                bar.update(len(chunk))
            if on_batch:
                on_batch(len(outcomes), len(jobs))
        from src.store import snapshot

        snapshot.publish(session.con())  # the end of a run always publishes the read snapshot
    finally:
        session.close()
        if bar is not None:
            bar.close()
    return outcomes


def ingest_paths(paths: Iterable[Path], *, db: Path | None = None, manifest: Path | None = None,
                 region: str | None = None, published: str | None = None, url: str = "", doc_type: str = "",
                 workers: int = 1, engine: str = "local", scheduler: str | None = None, batch: int = BATCH,
                 progress: bool = False, report: Callable[[Outcome], None] | None = None,
                 on_batch: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Files and folders (with their manifests) into the store; one outcome per file."""
    try:
        jobs = plan(list(paths), manifest, region, published, url, doc_type)
    except PlanError as e:
        raise StoreError(str(e)) from None
    return run(jobs, db=db, workers=workers, engine=engine, scheduler=scheduler, batch=batch, progress=progress,
               report=report, on_batch=on_batch)


def ingest_bytes(data: bytes, name: str, meta: DocMeta, *, url: str = "", db: Path | None = None) -> Outcome:
    """An uploaded file: load, extract and store it; a refused file writes nothing."""
    p = ensure_db(db)
    prepared = prepare_bytes(data, name, meta, url, known_ids(p))
    with connect(p) as con:
        (out,) = write(con, prepared, [name])
    return out
