"""Real processes: two ingests at once, and a reader (the dashboard's access pattern: one kept-open
snapshot connection, every dashboard query) during an ingest: it never fails and sees the new data."""

import shutil
import subprocess
import sys
import textwrap

from src.store import queries
from tests.conftest import ROOT, seed_documents


def copy_seeds(dst, prefix):
    dst.mkdir()
    for f in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(f, dst / f"{prefix}-{f.name}")
        # make each copy a different document (content hash is the identity)
        with (dst / f"{prefix}-{f.name}").open("a", encoding="utf-8") as fh:
            fh.write(f"\n{prefix}")


def ingest_proc(db, folder):
    return subprocess.Popen([sys.executable, "-m", "src.ingest", str(folder), "--db", str(db), "--region", "萧山区",
                             "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_ingests_at_once(empty_db, tmp_path):
    copy_seeds(tmp_path / "a", "a")
    copy_seeds(tmp_path / "b", "b")
    p1, p2 = ingest_proc(empty_db, tmp_path / "a"), ingest_proc(empty_db, tmp_path / "b")
    for p in (p1, p2):
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "Traceback" not in err
    assert queries.stats(empty_db)["documents"] == 10


READER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from src.store import queries
    db = Path({db!r})
    seen = set()
    deadline = time.time() + 240
    while time.time() < deadline:
        n = queries.stats(db)["documents"]
        # every query the dashboard makes, on the kept-open snapshot connection
        queries.figures(db, indicator="gdp", region=["萧山区", "西湖区"], year_from=2020, year_to=2026)
        queries.figures(db, region="萧山区")
        queries.coverage(db, region="萧山区")
        queries.targets_vs_results(db, region="萧山区")
        queries.region_issues("萧山区", db)
        queries.review_queue(db)
        queries.conflict_count(db)
        seen.add(n)
        if n >= {target}:
            break
        time.sleep(0.05)
    print(sorted(seen))
""")


def test_reader_during_ingest(seed_db, tmp_path):
    copy_seeds(tmp_path / "new", "new")
    reader = subprocess.Popen([sys.executable, "-c", READER.format(root=str(ROOT), db=str(seed_db), target=seed_documents() + 5)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = ingest_proc(seed_db, tmp_path / "new")
    _w_out, w_err = writer.communicate(timeout=300)
    r_out, r_err = reader.communicate(timeout=300)
    assert writer.returncode == 0, w_err
    assert reader.returncode == 0, r_err
    assert "Traceback" not in w_err + r_err
    seen = eval(r_out.strip())  # the reader saw the store before and after the ingest
    assert seen[0] == seed_documents() and seen[-1] == seed_documents() + 5
