"""The writer of a long ingest lets another process write between its batches (a review saved on
审核, another ingest): after it releases the lock it leaves it free longer than a waiting
connect() polls, even when the workers' next results are already waiting."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from src.ingest import pipeline
from src.ingest.pipeline import ingest_paths
from tests.conftest import ROOT
from tests.ingest.corpus import generated

OTHER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from src.store.db import connect
    print("ready", flush=True)
    with connect(Path({db!r}), timeout=120) as con:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('other_writer', 'was here')")
    print("done", flush=True)
""")


def test_another_process_writes_during_a_long_ingest(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "HOLD", 0.0)  # release after every batch
    folder = generated(tmp_path / "g", 120)
    db = tmp_path / "s.duckdb"
    state: dict[str, object] = {}

    def on_batch(done: int, total: int) -> None:
        other = state.get("other")
        if other is None:  # after the first batch: start the other writer, wait until it is about to connect
            other = subprocess.Popen([sys.executable, "-c", OTHER.format(root=str(ROOT), db=str(db))], cwd=ROOT,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            assert other.stdout is not None and other.stdout.readline().strip() == "ready"
            state["other"] = other
        elif "done_at" not in state and other.poll() is not None:  # type: ignore[attr-defined]
            state["done_at"] = done

    outs = ingest_paths([folder], db=db, workers=2, batch=10, on_batch=on_batch)
    other = state["other"]
    _out, err = other.communicate(timeout=120)  # type: ignore[attr-defined]
    assert other.returncode == 0, err  # type: ignore[attr-defined]
    assert {o.status for o in outs} == {"ingested"} and len(outs) == 120
    assert state.get("done_at", 120) < 120, "the other writer got the lock only after the ingest"
    from src.store.db import connect

    with connect(db, read_only=True) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'other_writer'").fetchall() == [("was here",)]


def test_nobody_waiting_no_release_mid_run(tmp_path, monkeypatch):
    """A release is a checkpoint: with no other process waiting for the lock, a long ingest keeps
    it until the end (or HOLD_MAX), and a process that starts waiting is noticed at once."""
    from src.store import db as dbmod

    monkeypatch.setattr(pipeline, "HOLD", 0.0)
    closes: list[int] = []
    real_close = pipeline._Session.close

    def counted(self):
        if self._cm is not None:
            closes.append(1)
        real_close(self)

    monkeypatch.setattr(pipeline._Session, "close", counted)
    folder = generated(tmp_path / "g", 60)
    db = tmp_path / "s.duckdb"
    outs = ingest_paths([folder], db=db, workers=1, batch=10)
    assert len(outs) == 60 and len(closes) == 1  # the end of the run only
    assert not dbmod.someone_waiting(db)
    dbmod.signal_waiting(db)  # what a connect() that finds the lock taken does
    assert dbmod.someone_waiting(db)
    assert not dbmod.someone_waiting(db, within=-1.0)
