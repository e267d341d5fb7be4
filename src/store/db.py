"""Where the database lives, how to connect to it briefly, and its schema (with migrations).

DuckDB lets one process write at a time and a read-write connection locks every other process
out, so nobody here holds a connection open: every operation connects, works and closes, and
retries for a while when another process holds the lock.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = ROOT / "data" / "indicators.duckdb"
SCHEMA_VERSION = 4
LOCK_TIMEOUT = float(os.environ.get("INDICATORS_DB_TIMEOUT", "60"))
MEMORY_LIMIT = os.environ.get("INDICATORS_DB_MEMORY", "512MB")  # DuckDB spills to disk beyond it
if not re.fullmatch(r"\d+(?:\.\d+)?\s*(?:KB|MB|GB|TB|KiB|MiB|GiB)", MEMORY_LIMIT):
    MEMORY_LIMIT = "512MB"


class StoreError(RuntimeError):
    """A store problem a user can act on (one line)."""


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """--db flag, else INDICATORS_DB, else data/indicators.duckdb."""
    if path:
        return Path(path)
    env = os.environ.get("INDICATORS_DB")
    return Path(env) if env else DEFAULT_DB


def _is_lock_error(e: Exception) -> bool:
    msg = str(e).lower()
    return "lock" in msg or "conflicting" in msg or "being used" in msg


def waiting_path(p: Path) -> Path:
    """A file whose time says that a process is waiting for the write lock (touched at each retry)."""
    return p.with_name(p.name + ".waiting")


def signal_waiting(p: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the writer then releases after HOLD_MAX
        waiting_path(p).touch()


def someone_waiting(p: Path, within: float = 2.0) -> bool:
    """Whether a process retried connect() on this store in the last `within` seconds."""
    try:
        return time.time() - waiting_path(p).stat().st_mtime < within
    except OSError:
        return False


@contextmanager
def connect(path: Path | None = None, *, read_only: bool = False, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection; waits up to `timeout` seconds for another process's lock."""
    p = db_path(path)
    if not read_only:
        from .guard import check_write  # the app, when read-only, refuses writes here

        check_write()
    if read_only and not p.exists():
        raise StoreError(f"no database at {p}: run 'python -m src.ingest seeds' or start the app to build it")
    p.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(p), read_only=read_only)
            break
        except duckdb.Error as e:
            if not _is_lock_error(e) or time.monotonic() > deadline:
                if _is_lock_error(e):
                    raise StoreError(f"the database {p} is busy (another process is writing); try again shortly") from None
                raise StoreError(f"cannot open the database {p}: {str(e).splitlines()[0]}") from None
            signal_waiting(p)
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)
    try:
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        yield con
    finally:
        con.close()


FLAGS_DDL = """CREATE TABLE IF NOT EXISTS flags (
        figure_id VARCHAR NOT NULL,          -- a figure the safety-net checks flagged
        code VARCHAR NOT NULL,               -- part_gt_whole, industries_sum, growth_range, level_vs_parent, conflict
        reason VARCHAR NOT NULL              -- one line of Simplified Chinese
    )"""

DDL = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY,          -- sha256 of the text as read
        file VARCHAR NOT NULL,               -- file name: a changed file replaces its predecessor
        title VARCHAR, publisher VARCHAR, region VARCHAR, published VARCHAR, doc_type VARCHAR,
        url VARCHAR, text VARCHAR NOT NULL, meta_sources VARCHAR, index_no VARCHAR,
        ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
    """CREATE TABLE IF NOT EXISTS figures (
        figure_id VARCHAR PRIMARY KEY,       -- hash of (document, span, indicator, measure)
        doc_id VARCHAR NOT NULL,
        indicator VARCHAR NOT NULL, measure VARCHAR NOT NULL,
        value DOUBLE NOT NULL, value_text VARCHAR NOT NULL, unit VARCHAR,
        status VARCHAR, year INTEGER, period VARCHAR, region VARCHAR, qualifier VARCHAR,
        start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
        quote VARCHAR, quote_start INTEGER, quote_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER,
        confidence DOUBLE, raw VARCHAR, rules VARCHAR, extractor_version VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS reviews (
        review_id VARCHAR PRIMARY KEY,
        figure_id VARCHAR NOT NULL,          -- the stable figure identity it was written for
        doc_id VARCHAR, file VARCHAR, start_offset INTEGER, end_offset INTEGER,
        indicator VARCHAR, measure VARCHAR, raw VARCHAR, sentence VARCHAR,
        action VARCHAR NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
        new_indicator VARCHAR, new_measure VARCHAR, new_value DOUBLE, new_unit VARCHAR,
        new_status VARCHAR, new_year INTEGER, new_period VARCHAR, new_region VARCHAR, new_qualifier VARCHAR,
        reviewer VARCHAR, note VARCHAR,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
    FLAGS_DDL,
    """CREATE TABLE IF NOT EXISTS regions (
        name VARCHAR, aliases VARCHAR, parent VARCHAR, level VARCHAR, code VARCHAR, known BOOLEAN
    )""",
    """CREATE TABLE IF NOT EXISTS indicators (
        id VARCHAR PRIMARY KEY, name_zh VARCHAR, unit VARCHAR, grp VARCHAR, headline BOOLEAN, core BOOLEAN
    )""",
]

MIGRATIONS: dict[int, list[str]] = {
    # version -> statements that bring a database of version-1 up to it
    2: ["CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc_id)",
        "CREATE INDEX IF NOT EXISTS reviews_figure ON reviews (figure_id)"],
    3: ["ALTER TABLE documents ADD COLUMN IF NOT EXISTS index_no VARCHAR"],  # a government page's 索引号
    4: [FLAGS_DDL],  # the safety net's flags (contract B)
}


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        return 0
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Create or bring the schema up to SCHEMA_VERSION; returns the version before."""
    before = schema_version(con)
    if before > SCHEMA_VERSION:
        raise StoreError(f"the database has schema version {before}, newer than this program's {SCHEMA_VERSION}")
    con.execute("BEGIN")
    for stmt in DDL:
        con.execute(stmt)
    for v in sorted(MIGRATIONS):
        if before < v <= SCHEMA_VERSION:
            for stmt in MIGRATIONS[v]:
                con.execute(stmt)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    con.execute("COMMIT")
    _load_reference(con)
    return before


def _load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Regions and the indicator catalog, from the extraction layer's data files."""
    import pyarrow as pa

    from src.extract import resources

    regs = resources.regions()
    inds = list(resources.indicators().values())
    regions = pa.table({"name": [r.name for r in regs], "aliases": ["|".join(r.aliases) for r in regs],
                        "parent": [r.parent for r in regs], "level": [r.level for r in regs],
                        "code": [r.code for r in regs]})
    catalog = pa.table({"id": [i.id for i in inds], "name_zh": [i.name_zh for i in inds], "unit": [i.unit for i in inds],
                        "grp": [i.group for i in inds], "headline": pa.array([bool(i.headline) for i in inds]),
                        "core": pa.array([bool(i.core) for i in inds])})
    con.execute("BEGIN")  # bulk inserts from Arrow: one statement each, not a row at a time
    con.execute("DELETE FROM regions WHERE known")
    con.register("_regions", regions)
    con.execute("INSERT INTO regions SELECT name, aliases, parent, level, code, TRUE FROM _regions")
    con.unregister("_regions")
    con.execute("DELETE FROM indicators")
    con.register("_catalog", catalog)
    con.execute("INSERT INTO indicators SELECT id, name_zh, unit, grp, headline, core FROM _catalog")
    con.unregister("_catalog")
    con.execute("COMMIT")


def ensure_db(path: Path | None = None) -> Path:
    """Create the database with its schema if it is missing, or migrate it; nothing else.
    (Building it from seeds/ is the ingest pipeline's job: src.ingest.seed.)"""
    from .guard import system

    with system():  # shipped files only: allowed even when the app is read-only
        return _ensure_db(path)


def _ensure_db(path: Path | None) -> Path:
    p = db_path(path)
    if p.exists():
        with connect(p) as con:
            if schema_version(con) < SCHEMA_VERSION:
                migrate(con)
        return p
    tmp = p.with_name(p.name + f".schema-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    with connect(tmp) as con:
        migrate(con)
    publish(tmp, p)
    return p


def publish(built: Path, p: Path) -> None:
    """Move a database built aside into place atomically (a half-built database is never visible);
    when another process got there first, theirs is kept."""
    try:
        os.link(built, p)  # fails if p exists: never replaces a database another process published
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system
        if not p.exists():
            os.replace(built, p)
    built.unlink(missing_ok=True)
    built.with_name(built.name + ".wal").unlink(missing_ok=True)
