"""Every page renders under AppTest, on the seed store and on an empty store (glob: new pages are covered)."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))]


def run(path: str, db: Path, monkeypatch, params: dict | None = None) -> AppTest:
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(ROOT / path), default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    return at


@pytest.mark.parametrize("page", PAGES)
def test_renders_on_seeds(page, seed_db, monkeypatch):
    at = run(page, seed_db, monkeypatch)
    assert not at.exception, at.exception


@pytest.mark.parametrize("page", PAGES)
def test_renders_on_empty_store(page, empty_db, monkeypatch):
    at = run(page, empty_db, monkeypatch)
    assert not at.exception, at.exception
    if page != "pages/upload.py":
        assert at.info or at.success or at.markdown, "an empty store says what to do"
