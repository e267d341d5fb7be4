"""A store exported as a Parquet dataset (`python -m src.ingest --export-parquet DIR`) and read
back by the query layer and the dashboard when INDICATORS_DB names the folder (read-only)."""

from __future__ import annotations

import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from src.store import queries
from src.store.reviews import add_review
from tests.conftest import ROOT


def files(folder):
    return sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in folder.rglob("*") if p.is_file())


def export(db, out):
    r = subprocess.run([sys.executable, "-m", "src.ingest", "--export-parquet", str(out), "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r


def view(df, cols):
    return df[cols].sort_values("figure_id").reset_index(drop=True).astype(str)


@pytest.fixture
def exported(seed_db, tmp_path):
    figs = queries.figures(seed_db, include_rejected=True)
    add_review(figs.figure_id.iloc[0], "correct", value=4321.5, db=seed_db)
    add_review(figs.figure_id.iloc[1], "reject", db=seed_db)
    out = tmp_path / "national"
    r = export(seed_db, out)
    return seed_db, out, r


def test_export_writes_one_partition_per_province(exported):
    db, out, r = exported
    parts = sorted(p.name for p in (out / "figures").iterdir())
    assert parts and all(p.startswith("province=") for p in parts)
    assert "province=330000" in parts  # the seeds are Zhejiang's (杭州, 萧山, 西湖)
    n = sum(pq.read_metadata(f).num_rows for f in (out / "figures").rglob("*.parquet"))
    assert n == queries.stats(db)["figures"]
    assert f"exported {n} figures" in r.stderr
    for name in ("documents", "reviews", "flags"):
        assert (out / f"{name}.parquet").exists()


def test_export_refuses_a_folder_in_use(exported):
    db, out, _r = exported
    r = subprocess.run([sys.executable, "-m", "src.ingest", "--export-parquet", str(out), "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert len([line for line in r.stderr.splitlines() if line.strip()]) == 1  # one clear line


def test_queries_read_the_dataset_as_the_store(exported):
    db, out, _r = exported
    before = files(out)
    cols = ["figure_id", "indicator", "value", "region", "year", "status", "review", "flag_code", "title"]
    assert view(queries.figures(out, include_rejected=True), cols).equals(
        view(queries.figures(db, include_rejected=True), cols))
    assert 4321.5 in queries.figures(out).value.tolist()  # reviews applied
    assert queries.coverage(out).equals(queries.coverage(db))
    assert queries.conflict_count(out) == queries.conflict_count(db)
    assert queries.review_queue(out).figure_id.tolist() == queries.review_queue(db).figure_id.tolist()
    tvr_cols = ["indicator", "region", "year", "target", "result", "outcome"]
    assert queries.targets_vs_results(out)[tvr_cols].equals(queries.targets_vs_results(db)[tvr_cols])
    doc = queries.figures(out).doc_id.iloc[0]
    assert queries.document(doc, out)["text"] == queries.document(doc, db)["text"]
    assert files(out) == before  # the folder is only read


@pytest.mark.parametrize("page", ["app.py", "pages/1_指标.py", "pages/3_目标与完成.py", "pages/4_原文.py"])
def test_dashboard_pages_read_the_dataset(exported, page, monkeypatch):
    _db, out, _r = exported
    before = files(out)
    monkeypatch.setenv("INDICATORS_DB", str(out))
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert at.title and not at.error
    assert files(out) == before


@pytest.mark.parametrize(("region", "doc_region", "code"), [
    ("萧山区", "萧山区", "330000"),
    ("温州经济技术开发区", "温州市", "330000"),  # a zone unknown to the table: the document's province
    ("瓯江口新区", "温州市", "330000"),
    ("合肥市", "温州市", "340000"),              # a named region keeps its own province
    ("无名之地", None, "000000"),
])
def test_a_figures_province(region, doc_region, code):
    from src.ingest.parquet import province_code
    assert province_code(region, doc_region) == code
