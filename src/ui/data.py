"""Cached access to the query layer for the pages.

The queries read the published snapshot through one read-only connection this process keeps
open (`src/store/snapshot.py`); the store itself is never held open, so an ingest in another
process can always write. Results are cached by st.cache_data, keyed by the snapshot generation:
every publish (an ingest's commit, a saved review) names a new generation, so the next page
view shows the new data and the old cache entries simply stop being asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd
import streamlit as st

from src.store import queries, snapshot
from src.store.db import db_path

T = TypeVar("T")


def db_version(path: Path | None = None) -> tuple[str, str]:
    """(store path, current snapshot generation): the cache key of every query."""
    p = db_path(path)
    return str(p), snapshot.version(p)


@st.cache_data(show_spinner=False, max_entries=256)
def _figures(version: tuple, **filters) -> pd.DataFrame:
    return queries.figures(Path(version[0]), **filters)


def figures(**filters) -> pd.DataFrame:
    return _figures(db_version(), **filters)


@st.cache_data(show_spinner=False, max_entries=64)
def _call(version: tuple, name: str, *args, **kw):
    return getattr(queries, name)(*args, db=Path(version[0]), **kw)


def call(name: str, *args, **kw):
    """queries.<name>(…) cached against the current snapshot generation."""
    return _call(db_version(), name, *args, **kw)


@st.cache_resource(show_spinner=False, max_entries=128)
def _built(version: tuple, module: str, name: str, *args, **kw):
    return getattr(importlib.import_module(module), name)(*args, **kw)


def built(fn: Callable[..., T], *args, **kw) -> T:
    """fn(*args, **kw) for a pure builder (DataFrames in; a figure or cards out), cached against the
    current snapshot generation: building a plotly figure costs more server time than the page's
    queries, and a view asked for again (another visitor, a rerun, a click) reuses it.
    The very object is shared (st.cache_resource), never mutated: a copy would serialise its layout
    in another key order, and a chart whose spec changes between runs loses its selection."""
    return _built(db_version(), fn.__module__, fn.__name__, *args, **kw)


def clear() -> None:
    st.cache_data.clear()
