"""--workers N: the same documents, figure ids and values, and kept reviews as one process."""

from __future__ import annotations

import subprocess
import sys

from src.ingest import engines, pipeline
from src.ingest.pipeline import ingest_paths
from src.store import queries
from tests.conftest import ROOT
from tests.ingest.corpus import generated, run_twice, snapshot


def test_two_workers_same_as_one(single, tmp_path, monkeypatch):
    used: list[int] = []
    real = engines.pool

    def counting(batches, known, workers):
        used.append(workers)
        yield from real(batches, known, workers)

    monkeypatch.setattr(engines, "pool", counting)
    snap, statuses = run_twice(tmp_path, 2)
    assert used == [2, 2], "the process pool ran both passes"
    one, one_statuses = single
    assert statuses == one_statuses
    assert "replaced" in statuses[1] and "unchanged" in statuses[1] and "ingested" in statuses[0]
    assert len(snap["documents"]) == len(one["documents"]) > 40
    assert snap["figures"] == one["figures"]
    assert snap["documents"] == one["documents"]
    assert snap["reviews"] == one["reviews"] and len(snap["reviews"]) == 3
    kept = {r[0] for r in snap["reviews"]}
    assert kept <= {f[0] for f in snap["figures"]}, "the reviews followed their figures into the new texts"


def test_batches_keep_the_order_of_a_single_process(tmp_path):
    """Two versions of one file and two files with one text, inside one batch and across batches."""
    a, b = tmp_path / "x" / "same.txt", tmp_path / "y" / "same.txt"
    for p, text in ((a, "2023年全区地区生产总值100亿元。"), (b, "2023年全区地区生产总值200亿元。")):
        p.parent.mkdir()
        p.write_text(text, encoding="utf-8")
    c = tmp_path / "copy.txt"
    c.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    results = []
    for batch in (1, 10):
        db = tmp_path / f"b{batch}.duckdb"
        outs = ingest_paths([a, b, c], db=db, region="萧山区", batch=batch)
        results.append(([o.status for o in outs], snapshot(db, tmp_path)))
    assert results[0] == results[1]
    assert results[0][0] == ["ingested", "replaced", "ingested"]


def test_a_document_the_batch_cannot_store_is_refused_alone(tmp_path, monkeypatch):
    folder = generated(tmp_path / "g", 12)
    db = tmp_path / "s.duckdb"
    real = pipeline.write_batch
    calls = {"n": 0}

    def flaky(con, docs, figures, names=None, **kw):
        calls["n"] += 1
        if docs.num_rows > 1 or "doc-003.txt" in docs["file"].to_pylist():
            import duckdb

            raise duckdb.ConstraintException("simulated")
        return real(con, docs, figures, names, **kw)

    monkeypatch.setattr(pipeline, "write_batch", flaky)
    outs = ingest_paths([folder], db=db, batch=12)
    assert [o.status for o in outs].count("refused") == 1
    assert next(o for o in outs if o.status == "refused").name.endswith("doc-003.txt")
    assert queries.stats(db)["documents"] == 11


def test_a_publish_that_fails_mid_run_neither_undoes_nor_misreports_the_batch(tmp_path, monkeypatch):
    """A batch is committed before the read snapshot is published: a publish that fails (DuckDB out
    of memory) leaves the batch ingested, reported as ingested (not retried document by document and
    reported 'unchanged'), and the next publish takes its documents."""
    import duckdb

    from src.store import snapshot as snapmod

    folder = generated(tmp_path / "g", 40)
    db = tmp_path / "s.duckdb"
    real = snapmod._build
    calls = {"n": 0}

    def failing_once(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise duckdb.OutOfMemoryException("Out of Memory Error: simulated")
        return real(*a, **kw)

    monkeypatch.setattr(snapmod, "_build", failing_once)
    monkeypatch.setattr(snapmod, "MIN_INTERVAL", 0.0)
    monkeypatch.setattr(pipeline, "SPACING", 0.0)  # publish after every batch
    outs = ingest_paths([folder], db=db, batch=5)
    assert calls["n"] > 3, "publishes ran after the failing one"
    assert [o.status for o in outs] == ["ingested"] * 40
    assert queries.stats(db)["documents"] == 40
    with snapmod.reading(db) as con:
        assert con.execute("SELECT count(*) FROM docs").fetchone()[0] == 40


def test_cli_workers_dry_run_and_summary(tmp_path):
    folder = generated(tmp_path / "g", 24)
    db = tmp_path / "cli.duckdb"
    dry = subprocess.run([sys.executable, "-m", "src.ingest", str(folder), "--db", str(db), "--dry-run"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.count("would ingest") == 24 and not db.exists()
    assert "24 files would be ingested" in dry.stderr
    r = subprocess.run([sys.executable, "-m", "src.ingest", str(folder), "--db", str(db), "--workers", "2",
                        "--batch", "10", "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("24 ingested (") and "docs/s" in last and "2 process(es)" in last
    assert queries.stats(db)["documents"] == 24
    bad = subprocess.run([sys.executable, "-m", "src.ingest", str(folder), "--db", str(db), "--workers", "0"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
