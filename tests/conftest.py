from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def assert_points_at_number(text: str, fig) -> None:
    """Every figure's span is its own number (with unit) in the text as read."""
    span = text[fig.start : fig.end]
    assert span == fig.raw, (span, fig.raw)
    assert re.search(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]", span), span
    assert 0 <= fig.quote_start <= fig.start < fig.end <= fig.quote_end <= len(text)
    assert text[fig.quote_start : fig.quote_end] == fig.quote


@pytest.fixture
def extract():
    from src.extract import extract_text

    def run(text: str, **kw):
        figs = extract_text(text, **kw)
        for f in figs:
            assert_points_at_number(text, f)
        return figs

    return run


def rec(f) -> tuple:
    """A compact, comparable view of a figure."""
    v = f.value
    v = int(v) if v == v.to_integral_value() else float(v)
    return (f.indicator, str(f.measure), v, str(f.status), f.year, f.period, f.region, str(f.qualifier))


@pytest.fixture
def as_records():
    return lambda figs: [rec(f) for f in figs]


D = Decimal


def seed_documents() -> int:
    """How many documents the seed manifests list (seeds/manifest.csv and seeds/*/manifest.csv)."""
    from src.extract.metadata import read_manifest

    return sum(len(read_manifest(m)) for m in (ROOT / "seeds").rglob("manifest.csv"))


@pytest.fixture(scope="session")
def seed_db_master(tmp_path_factory) -> Path:
    """A store built from seeds/ with the real ingest, once per test session."""
    from src.ingest.seed import seed

    path = tmp_path_factory.mktemp("db") / "seeds.duckdb"
    seed(path)
    return path


@pytest.fixture
def seed_db(seed_db_master, tmp_path) -> Path:
    """A private copy of the seeded store that a test may change."""
    import shutil

    p = tmp_path / "store.duckdb"
    shutil.copy(seed_db_master, p)
    return p


@pytest.fixture
def empty_db(tmp_path) -> Path:
    from src.store.db import ensure_db

    p = tmp_path / "empty.duckdb"
    ensure_db(p)
    return p


def db_fingerprint(path: Path) -> tuple:
    """Everything stored, to check that a refused input changed nothing."""
    from src.store.db import connect

    with connect(path, read_only=True) as con:
        return tuple(
            tuple(con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall())
            for t in ("documents", "figures", "reviews")
        )
