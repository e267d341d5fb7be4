"""Cached access to the query layer for the pages.

No connection is held: every query opens the database read-only, reads and closes, so an ingest
in another process can always get the write lock. Results are cached by st.cache_data, keyed by
the database file's modification time, so the pages show new data as soon as it lands.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from src.store import queries
from src.store.db import db_path


def db_version(path: Path | None = None) -> tuple[str, float, int]:
    p = db_path(path)
    stamp = 0.0
    size = 0
    for f in (p, p.with_name(p.name + ".wal")):
        if f.exists():
            s = f.stat()
            stamp = max(stamp, s.st_mtime)
            size += s.st_size
    return str(p), stamp, size


@st.cache_data(show_spinner=False, max_entries=256)
def _figures(version: tuple, **filters) -> pd.DataFrame:
    return queries.figures(Path(version[0]), **filters)


def figures(**filters) -> pd.DataFrame:
    return _figures(db_version(), **filters)


@st.cache_data(show_spinner=False, max_entries=64)
def _call(version: tuple, name: str, *args, **kw):
    return getattr(queries, name)(*args, db=Path(version[0]), **kw)


def call(name: str, *args, **kw):
    """queries.<name>(…) cached against the current database version."""
    return _call(db_version(), name, *args, **kw)


def clear() -> None:
    st.cache_data.clear()
