"""The read snapshot: the writer publishes it atomically, the readers keep it open.

DuckDB lets a file be opened read-write by one process only when no other process has it open
at all, so the dashboard cannot keep the store open while an ingest runs, and opening it per
query costs more than the query. Instead the writer, after it commits, publishes a snapshot: a
second DuckDB file with the read tables of `materialise.py`. Every generation is a new file
(`indicators.read.<n>.duckdb`) and `indicators.read.duckdb` is a symbolic link to the current
one, replaced atomically; readers resolve the link, keep a read-only connection to the file it
names, and open the next one when the link changes. (A new name per generation matters: DuckDB
caches database instances by path within a process, so reopening the same path would return
the old data.) Old generations are unlinked; a reader still using one keeps it until it moves on.

A publish is incremental: it copies the current generation, finds what changed in the store
since (documents added or removed, documents the caller names as re-extracted, reviews added
or removed), recomputes the flags of the touched groups and rewrites only their rows and cells.
The publish runs on the writer's own connection, so DuckDB's write lock also keeps two
publishers apart.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from . import dataset
from . import flags as flagmod
from . import materialise as m
from .db import MEMORY_LIMIT, StoreError, connect, db_path
from .guard import system

log = logging.getLogger(__name__)

_threads = os.environ.get("INDICATORS_READ_THREADS", "1")
READ_THREADS = max(1, int(_threads)) if _threads.isdigit() else 1  # threads of the app's read connection
MIN_INTERVAL = float(os.environ.get("INDICATORS_PUBLISH_INTERVAL", "1.0"))  # seconds between throttled publishes


def snapshot_path(db: Path | None = None) -> Path:
    """The link that names the current snapshot of `db` (data/indicators.read.duckdb)."""
    p = db_path(db)
    return p.with_name(f"{p.stem}.read{p.suffix or '.duckdb'}")


def _generation_path(db: Path) -> Path:
    p = db_path(db)
    return p.with_name(f"{p.stem}.read.{time.time_ns()}{p.suffix or '.duckdb'}")


def _generations(db: Path) -> list[Path]:
    p = db_path(db)
    return sorted(p.parent.glob(f"{p.stem}.read.*{p.suffix or '.duckdb'}"))


def _source(db: Path | None) -> Path:
    """The store to read: `db`, or the private store of a Parquet dataset folder (dataset.py)."""
    p = db_path(db)
    if dataset.is_dataset(p):
        return dataset.store_for(p)
    return p


def current(db: Path | None = None) -> Path | None:
    """The file of the current generation, or None."""
    link = snapshot_path(_source(db))
    try:
        target = os.readlink(link)
    except OSError:
        return None
    p = link.parent / target
    return p if p.exists() else None


def _db_of(con: duckdb.DuckDBPyConnection) -> Path:
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    if not row or not row[0]:
        raise StoreError("cannot publish a snapshot of an in-memory database")
    return Path(row[0])


# ------------------------------------------------------------------ publishing

_last: dict[str, tuple[float, float]] = {}  # db -> (monotonic time of the last publish, its duration)


def after_commit(con: duckdb.DuckDBPyConnection, docs: Iterable[str] = (), *, spacing: float = 2.0) -> bool:
    """Called by the writer after each committed batch: publish unless one was published very
    recently (at most one publish per max(MIN_INTERVAL, spacing x its duration); a bulk ingest
    passes more, so that publishing takes a small share of its writer); the end of a run
    calls publish() so that nothing stays unpublished. Documents re-extracted in place must be
    named in `docs` (added and removed documents are found by themselves)."""
    key = str(_db_of(con))
    when, took = _last.get(key, (0.0, 0.0))
    docs = list(docs)
    if docs:
        _pending.setdefault(key, set()).update(docs)
    if time.monotonic() - when < max(MIN_INTERVAL, spacing * took):
        return False
    t0 = time.monotonic()
    try:
        publish(con)
    except duckdb.Error as e:  # the batch is committed: a stale snapshot is no reason to undo or redo it
        _last[key] = (time.monotonic(), time.monotonic() - t0)
        log.warning("read snapshot not refreshed (%s); the next publish takes these documents too",
                    str(e).splitlines()[0])
        return False
    return True


_pending: dict[str, set[str]] = {}


def publish(con: duckdb.DuckDBPyConnection, *, docs: Iterable[str] = (), full: bool = False,
            check: flagmod.Check | None = None, refresh_flags: bool = True) -> Path | None:
    """Bring the snapshot of the store `con` is connected to (read-write) up to date.

    Returns the new generation's file, or None when nothing had changed. `refresh_flags=False`
    takes the store's flags as they are (a store loaded with its flags)."""
    t0 = time.monotonic()
    db = _db_of(con)
    key = str(db)
    hinted = set(docs) | _pending.pop(key, set())
    try:
        cur = current(db)
        if cur is not None and not full and _version(cur) != m.SNAPSHOT_VERSION:
            full = True
        out = _build(con, db, None if (full or cur is None) else cur, hinted, check, refresh_flags)
    except Exception:
        _pending.setdefault(key, set()).update(hinted)  # not published: the next publish takes them
        raise
    took = time.monotonic() - t0
    _last[key] = (time.monotonic(), took)
    log = os.environ.get("INDICATORS_PUBLISH_LOG")
    if log and out is not None:  # benchmarks: how long each publish took
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{took:.3f} {out.name}\n")
    return out


def _version(path: Path) -> str | None:
    try:
        with contextlib.closing(duckdb.connect(str(path), read_only=True)) as c:
            row = c.execute("SELECT value FROM meta WHERE key = 'snapshot_version'").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


# Rows per row group in a snapshot (DuckDB's default: 122,880). A page asks for a region's few
# hundred rows; a row group is the unit DuckDB skips or reads, so smaller ones read less per query,
# but every query walks every group's min/max. 4,096 (8,192 until 5 Dec): at 1 M figures the 4
# sibling regions' figures of one indicator read 4 groups of 4,096 rows instead of 4 of 8,192
# (-0.8 CPU-ms of ~4 in DuckDB); 2,048 gained no more at 1 M and cost ~1 CPU-ms at 10 M (4,883
# groups to walk), 4,096 none there (docs/scaling.md). Takes effect when a snapshot is written
# afresh (a full publish or the re-sorting one); copies keep their base's groups.
ROW_GROUP_SIZE = 4096
COMPACT_MIN = 200_000  # rows appended since the last sort before a publish re-sorts the figures
COMPACT_SHARE = 0.10


def _build(con: duckdb.DuckDBPyConnection, db: Path, base: Path | None, hinted: set[str],
           check: flagmod.Check | None, refresh_flags: bool = True) -> Path | None:
    # 1. what changed since the base generation (read-only look at it)
    con.execute("CREATE OR REPLACE TEMP TABLE chg_docs (doc_id VARCHAR)")
    con.execute("CREATE OR REPLACE TEMP TABLE chg_figs (figure_id VARCHAR)")
    con.execute("CREATE OR REPLACE TEMP TABLE aff (region VARCHAR, year INTEGER)")
    con.execute("CREATE OR REPLACE TEMP TABLE gone (figure_id VARCHAR)")
    appended, compact = 0, False
    if base is not None:
        con.execute(f"ATTACH '{_sql_path(base)}' AS snap (READ_ONLY)")
        try:
            con.execute("INSERT INTO chg_docs SELECT doc_id FROM documents EXCEPT SELECT doc_id FROM snap.docs")
            con.execute("INSERT INTO chg_docs SELECT doc_id FROM snap.docs EXCEPT SELECT doc_id FROM documents")
            if hinted:
                con.execute("INSERT INTO chg_docs SELECT unnest(?::VARCHAR[])", [sorted(hinted)])
            con.execute("""INSERT INTO chg_figs SELECT DISTINCT figure_id FROM (
                (SELECT review_id, figure_id FROM reviews EXCEPT SELECT review_id, figure_id FROM snap.reviews)
                UNION ALL
                (SELECT review_id, figure_id FROM snap.reviews EXCEPT SELECT review_id, figure_id FROM reviews))""")
            n_docs, n_figs = con.execute("SELECT (SELECT count(*) FROM chg_docs), "
                                         "(SELECT count(*) FROM chg_figs)").fetchone()
            if not n_docs and not n_figs:
                return None
            row = con.execute("SELECT value FROM snap.meta WHERE key = 'appended'").fetchone()
            appended = int(row[0]) if row else 0
            (total,) = con.execute("SELECT count(*) FROM snap.fig").fetchone()
            compact = appended > max(COMPACT_MIN, COMPACT_SHARE * total)
            con.execute(f"""INSERT INTO aff SELECT DISTINCT region, year FROM snap.fig f WHERE {SCOPE}
                UNION SELECT DISTINCT region, year FROM ({m.reviewed_sql(SCOPE, with_docs=False)})""")
            con.execute("INSERT INTO gone SELECT figure_id FROM snap.fig WHERE doc_id IN (SELECT doc_id FROM chg_docs) "
                        "EXCEPT SELECT figure_id FROM figures")
        finally:
            con.execute("DETACH snap")
    # 2. the store's flags for the groups touched (all of them for a full build)
    con.execute("BEGIN")
    try:
        con.execute("DELETE FROM flags WHERE figure_id IN (SELECT figure_id FROM gone)")
        touched: set[str] = set()
        if refresh_flags and base is None:
            flagmod.refresh(con, regions=None, years=None, check=check)
        elif refresh_flags:
            groups = con.execute("SELECT region, year FROM aff").fetchall()
            touched = flagmod.refresh(con, regions={r for r, _y in groups}, years={y for _r, y in groups},
                                      check=check) if groups else set()
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    if touched:
        con.execute("INSERT INTO chg_figs SELECT unnest(?::VARCHAR[])", [sorted(touched)])
    # 3. the new generation: a copy of the base with the touched rows rewritten, or built afresh
    out = _generation_path(db)
    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    if base is not None and not compact:
        shutil.copyfile(base, tmp)
    con.execute(f"ATTACH '{_sql_path(tmp)}' AS snap (ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
    if compact:
        con.execute(f"ATTACH '{_sql_path(base)}' AS old (READ_ONLY)")  # type: ignore[arg-type]
    try:
        con.execute("BEGIN")
        if base is None:
            _full(con)
            appended = 0
        else:
            if compact:
                _copy_sorted(con, base)
                appended = 0
            appended += _delta(con)
        for stmt in m.DERIVED:
            con.execute(stmt)
        _queue(con)
        con.execute(f"INSERT OR REPLACE INTO snap.meta {m.COUNTS}")  # the national numbers, read as they are
        con.execute("INSERT OR REPLACE INTO snap.meta VALUES ('snapshot_version', ?), ('published_at', ?), "
                    "('source', ?), ('appended', ?)", [m.SNAPSHOT_VERSION, str(time.time()), str(db), str(appended)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        con.execute("DETACH snap")
        if compact:
            con.execute("DETACH old")
        tmp.unlink(missing_ok=True)
        raise
    con.execute("DETACH snap")
    if compact:
        con.execute("DETACH old")
    Path(str(tmp) + ".wal").unlink(missing_ok=True)
    os.replace(tmp, out)
    _point(db, out)
    return out


SCOPE = "f.doc_id IN (SELECT doc_id FROM chg_docs) OR f.figure_id IN (SELECT figure_id FROM chg_figs)"


def _queue(con: duckdb.DuckDBPyConnection) -> None:
    """The first QUEUE_SIZE entries of the review queue, with their sentences, cut in one query
    (substr counts characters, as Python's slices do; one point lookup per document scanned the
    whole documents table each time: 22 CPU-s at 1,000 documents)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _queue AS {m.QUEUE_SQL}")
    # only the queue's documents are joined: a hash table over every stored text (the join's build
    # side) outgrew the memory limit at ~6,000 documents of 17,000 characters
    con.execute("""CREATE OR REPLACE TABLE snap.queue AS
        SELECT q.*, CASE WHEN q.sentence_start IS NOT NULL AND q.sentence_end IS NOT NULL
                    THEN substr(d.text, q.sentence_start + 1, q.sentence_end - q.sentence_start) END AS sentence
        FROM _queue q
        LEFT JOIN (SELECT doc_id, text FROM documents WHERE doc_id IN (SELECT doc_id FROM _queue)) d
               ON d.doc_id = q.doc_id
        ORDER BY q.rank""")
    con.execute("DROP TABLE _queue")


def _copy_sorted(con: duckdb.DuckDBPyConnection, base: Path) -> None:
    """A fresh generation from the last one (attached as `old`), figures sorted again (deltas
    append unsorted rows, which the row-group min/max indexes cannot skip)."""
    for stmt in m.DDL:
        con.execute(stmt)
    con.execute(f"INSERT INTO snap.fig SELECT * FROM old.fig ORDER BY {m.FIG_ORDER}")
    con.execute(f"INSERT INTO snap.cells SELECT * FROM old.cells ORDER BY {m.CELL_ORDER}")
    con.execute(f"INSERT INTO snap.tvr SELECT * FROM old.tvr ORDER BY {m.CELL_ORDER}")
    con.execute("INSERT INTO snap.docs SELECT * FROM old.docs")
    con.execute("INSERT INTO snap.meta SELECT * FROM old.meta")


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")


def _full(con: duckdb.DuckDBPyConnection) -> None:
    for stmt in m.DDL:
        con.execute(stmt)
    con.execute(m.insert_fig("TRUE", ordered=True))
    con.execute(m.insert_cells())
    con.execute(m.insert_tvr())
    for stmt in m.insert_docs("TRUE"):
        con.execute(stmt)


def _delta(con: duckdb.DuckDBPyConnection) -> int:
    """Rewrite the rows, cells and documents a change touched; returns the figure rows appended."""
    con.execute(f"DELETE FROM snap.fig f WHERE {SCOPE}")
    (appended,) = con.execute(m.insert_fig(SCOPE, ordered=True)).fetchone()
    in_aff = f"{m.KEY} IN (SELECT {m.KEY} FROM aff)"
    con.execute(f"DELETE FROM snap.cells WHERE {in_aff}")
    con.execute(m.insert_cells(in_aff))
    con.execute(f"DELETE FROM snap.tvr WHERE {in_aff}")
    con.execute(m.insert_tvr(in_aff))
    con.execute("DELETE FROM snap.docs WHERE doc_id IN (SELECT doc_id FROM chg_docs)")
    for stmt in m.insert_docs("d.doc_id IN (SELECT doc_id FROM chg_docs)"):
        con.execute(stmt)
    return int(appended)


def _point(db: Path, out: Path) -> None:
    """Make the link name `out`, atomically, and remove the generations nobody will open again."""
    link = snapshot_path(db)
    tmp_link = link.with_name(link.name + f".{os.getpid()}.link")
    tmp_link.unlink(missing_ok=True)
    os.symlink(out.name, tmp_link)
    os.replace(tmp_link, link)
    for old in _generations(db):
        if old != out and not old.name.endswith(".tmp"):
            old.unlink(missing_ok=True)  # readers that still have it open keep it until they move on
            Path(str(old) + ".wal").unlink(missing_ok=True)


def discard(db: Path) -> None:
    """Remove the snapshots of a store file that is going away (or was renamed)."""
    snapshot_path(db).unlink(missing_ok=True)
    for old in _generations(db):
        old.unlink(missing_ok=True)


def ensure(db: Path | None = None) -> Path:
    """The current snapshot; built from the store (waiting for its write lock) when there is none,
    or when it was published by an older version (it lacks tables the queries read)."""
    cur = current(db)
    if cur is not None and _version(cur) == m.SNAPSHOT_VERSION:
        return cur
    # deriving the read copy changes no stored data, so a read-only app may do it (a store copied or
    # migrated without its snapshot is still readable there)
    with system(), connect(db) as con:
        publish(con)
    cur = current(db)
    if cur is None:
        raise StoreError(f"no snapshot of {db_path(db)} could be published")
    return cur


# ------------------------------------------------------------------ reading

_readers: dict[str, tuple[Path, duckdb.DuckDBPyConnection]] = {}
_lock = threading.Lock()


def reader_connection(db: Path | None = None) -> duckdb.DuckDBPyConnection:
    """The kept-open read-only connection to the current snapshot of `db` (reopened when it changes)."""
    if not db_path(db).exists():
        raise StoreError(f"no database at {db_path(db)}: run 'python -m src.ingest seeds' or start the app to build it")
    db = _source(db)
    key = str(db.resolve())
    path = current(db)
    with _lock:
        held = _readers.get(key)
        if held is not None and path is not None and held[0] == path:
            return held[1]
    if path is None or _version(path) != m.SNAPSHOT_VERSION:
        path = ensure(db)
    try:
        con = duckdb.connect(str(path), read_only=True)
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        # a page's queries read a few hundred rows: one thread answers them sooner than two that
        # must be scheduled (and the server runs several sessions at once anyway)
        con.execute(f"SET threads = {READ_THREADS}")
    except duckdb.Error as e:
        raise StoreError(f"cannot open the snapshot {path}: {str(e).splitlines()[0]}") from None
    with _lock:
        _readers[key] = (path, con)
    return con


@contextmanager
def reading(db: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the kept-open snapshot connection (one per call: safe across threads)."""
    cur = reader_connection(db).cursor()
    try:
        yield cur
    finally:
        cur.close()


def version(db: Path | None = None) -> str:
    """Identifies the current snapshot generation (changes with every publish)."""
    p = current(db)
    return p.name if p else ""


def close_readers() -> None:
    with _lock:
        for _p, c in _readers.values():
            with contextlib.suppress(duckdb.Error):
                c.close()
        _readers.clear()
