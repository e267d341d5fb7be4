"""--engine dask: the same result as the local path on a LocalCluster and on a real scheduler +
worker pair (processes on 127.0.0.1); a worker killed mid-run loses and duplicates nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from src.ingest.engines import EngineError
from src.ingest.pipeline import ingest_paths
from tests.conftest import ROOT
from tests.ingest.corpus import generated, snapshot, with_seeds


def dask_process(*args: str, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=log.open("w"))


def worker(address: str, name: str, log: Path) -> subprocess.Popen:
    # --no-nanny: the worker is this very process, so killing it kills the worker mid-task
    return dask_process("worker", address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1", "--name", name,
                        "--no-dashboard", log=log)


@pytest.fixture
def scheduler(tmp_path):
    info = tmp_path / "scheduler.json"
    proc = dask_process("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file",
                        str(info), log=tmp_path / "scheduler.log")
    deadline = time.monotonic() + 60
    while not info.exists() or not info.read_text().strip():
        assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "scheduler.log").read_text()
        time.sleep(0.1)
    started: list[subprocess.Popen] = [proc]
    yield json.loads(info.read_text())["address"], started
    for p in reversed(started):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def test_scheduler_and_worker_processes_and_a_killed_worker(scheduler, tmp_path):
    address, started = scheduler
    reference = with_seeds(tmp_path / "ref", ROOT / "seeds", 60)
    ingest_paths([reference], db=tmp_path / "ref.duckdb", batch=10)
    corpus = with_seeds(tmp_path / "run", ROOT / "seeds", 60)
    first = worker(address, "first", tmp_path / "w1.log")
    started.append(first)
    db = tmp_path / "dask.duckdb"
    progress: list[int] = []
    written = threading.Event()
    result: dict[str, object] = {}

    def on_batch(done: int, total: int) -> None:
        progress.append(done)
        written.set()

    def run() -> None:
        try:
            result["outs"] = ingest_paths([corpus], db=db, engine="dask", scheduler=address, batch=10,
                                          on_batch=on_batch)
        except Exception as e:  # reported by the assertions below
            result["error"] = e

    t = threading.Thread(target=run)
    t.start()
    assert written.wait(180), (tmp_path / "w1.log").read_text()[-2000:]
    first.kill()  # mid-run: the batches in flight on it are lost with it
    first.wait(timeout=30)
    assert t.is_alive() and "outs" not in result, "the run was still going when the worker died"
    started.append(worker(address, "second", tmp_path / "w2.log"))
    t.join(timeout=240)
    assert not t.is_alive()
    assert "error" not in result, result.get("error")
    outs = result["outs"]
    names = [o.name for o in outs]  # type: ignore[attr-defined]
    assert len(names) == len(set(names)) and {o.status for o in outs} == {"ingested"}  # type: ignore[attr-defined]
    assert progress[0] < len(names) == progress[-1]
    assert snapshot(db, tmp_path / "run") == snapshot(tmp_path / "ref.duckdb", tmp_path / "ref")


def test_local_cluster_same_as_local(tmp_path):
    """`--engine dask` without a scheduler: a LocalCluster of two worker processes (each with its
    own string-hash seed) gives the documents, figure ids, values and outcomes of the
    single-process path, on a fresh store and again when some files changed (replaced) and the
    others did not (unchanged: the tasks carry the stored ids of their own files)."""
    results = []
    for name, engine, workers in (("ref", "local", 1), ("run", "dask", 2)):
        corpus = with_seeds(tmp_path / name, ROOT / "seeds", 24)
        db = tmp_path / f"{name}.duckdb"
        batches: list[int] = []
        first = ingest_paths([corpus], db=db, engine=engine, workers=workers, batch=10,
                             on_batch=lambda done, total, b=batches: b.append(done))
        generated(corpus / "gen", 24, variant=1)
        second = ingest_paths([corpus], db=db, engine=engine, workers=workers, batch=10)
        assert len(batches) >= 3, "the corpus went to the engine in several batches"
        results.append(([o.status for o in first], [o.status for o in second], snapshot(db, tmp_path / name)))
    (ref1, ref2, ref), (run1, run2, run) = results
    assert set(ref1) == {"ingested"} and len(ref1) > 30
    assert {"replaced", "unchanged"} <= set(ref2)
    assert (run1, run2) == (ref1, ref2)
    assert run == ref


def test_no_scheduler_is_one_clear_line(tmp_path):
    corpus = with_seeds(tmp_path, ROOT / "seeds", 12)
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        ingest_paths([corpus], db=tmp_path / "x.duckdb", engine="dask", scheduler="tcp://127.0.0.1:9")
