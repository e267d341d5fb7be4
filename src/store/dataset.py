"""Reading a store exported as a Parquet dataset (`python -m src.ingest --export-parquet DIR`).

When INDICATORS_DB (or --db) names such a folder, the query layer reads it: the folder is never
written. Its figures, documents, reviews and flags are loaded once per process into a private
store in the temporary folder, whose read snapshot the queries then use like any other; the
safety net's flags come from the dataset (`flags.parquet`), or are computed when it has none.
The private store is named after the folder and the files' sizes and times, so a new export is
read afresh and an unchanged one is loaded only once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

from .db import StoreError, connect, migrate
from .guard import system

TABLES = ("documents", "reviews", "flags")
_lock = threading.Lock()


def is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "figures").is_dir()


def stamp(path: Path) -> str:
    """Changes whenever a file of the dataset does."""
    h = hashlib.sha256(str(path.resolve()).encode())
    for f in sorted(path.rglob("*.parquet")):
        st = f.stat()
        h.update(f"{f.relative_to(path)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _sql(p: Path) -> str:
    return str(p).replace("'", "''")


def store_for(path: Path) -> Path:
    """The private store holding the dataset at `path` (built on first use)."""
    s = stamp(path)
    folder = Path(tempfile.gettempdir()) / f"indicators-dataset-{s}"
    store = folder / "store.duckdb"
    with _lock:
        if store.exists():
            return store
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"building-{os.getpid()}.duckdb"
        tmp.unlink(missing_ok=True)
        try:
            with system():  # a private copy in the temporary folder: allowed when the app is read-only
                _load(path, tmp)
        except Exception as e:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot read the Parquet dataset {path}: {str(e).splitlines()[0]}") from None
        os.replace(tmp, store)
    return store


def _load(path: Path, store: Path) -> None:
    from . import snapshot

    figures = sorted((path / "figures").rglob("*.parquet"))
    if not figures:
        raise StoreError(f"{path / 'figures'} holds no Parquet files")
    with connect(store) as con:
        migrate(con)
        con.execute("BEGIN")
        con.execute(f"""INSERT INTO figures BY NAME SELECT * EXCLUDE (province)
            FROM read_parquet('{_sql(path / 'figures')}/**/*.parquet', hive_partitioning = true, union_by_name = true)""")
        for table in TABLES:
            f = path / f"{table}.parquet"
            if f.exists():
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{_sql(f)}')")
        con.execute("COMMIT")
        snapshot.publish(con, full=True, refresh_flags=not (path / "flags.parquet").exists())
