"""Two versions of the query layer on the same kept store, interleaved in one process, so that a
before/after ratio is fair on a shared machine whose load moves during the run.

    git show REV:src/store/queries.py > /tmp/queries_before.py
    python bench/query_ab.py /tmp/queries_before.py STORE [--rounds 60] [--json OUT]

STORE is a store with a published snapshot (e.g. one kept by `store_bench.py --keep`). The "before"
module reads a hard-linked copy of the store and its snapshot in a temporary folder beside it: a
different path is a different DuckDB instance, so neither version finds blocks the other read.
With `--before-store OTHER` the "before" module reads OTHER instead (the same figures published
with another snapshot layout, e.g. another row-group size), so a layout change is compared the
same way. Each round runs every query once per version, alternating which goes first; wall and CPU-ms of
the calling thread (the reader uses one DuckDB thread, in the caller's thread) are reported.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.store_bench import sample_regions, store_cases  # noqa: E402
from src.store import queries, snapshot  # noqa: E402


def load_before(path: Path):
    spec = importlib.util.spec_from_file_location("src.store.queries_before", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    mod.__package__ = "src.store"  # its relative imports resolve to this checkout's store package
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def linked_copy(db: Path, folder: Path) -> Path:
    """The store and its current snapshot hard-linked into `folder` (same files, other paths)."""
    snap = snapshot.current(db)
    if snap is None:
        raise SystemExit(f"{db} has no published snapshot")
    os.link(db, folder / db.name)
    os.link(snap, folder / snap.name)
    os.symlink(snap.name, snapshot.snapshot_path(folder / db.name))
    return folder / db.name


def pct(ts: list[float]) -> tuple[float, float]:
    ts = sorted(ts)
    return round(statistics.median(ts), 1), round(ts[min(len(ts) - 1, round(0.95 * (len(ts) - 1)))], 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("before", type=Path, help="the query layer to compare with (a copy of src/store/queries.py)")
    ap.add_argument("store", type=Path)
    ap.add_argument("--rounds", type=int, default=60)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--before-store", type=Path,
                    help="the store (with its snapshot) the before version reads; default: STORE")
    a = ap.parse_args()
    folder = Path(tempfile.mkdtemp(dir=a.store.parent, prefix="query_ab-"))
    try:
        regions, siblings = sample_regions(a.store)
        before_db = linked_copy(a.before_store or a.store, folder)
        runs = {"before": store_cases(before_db, regions, siblings, load_before(a.before)),
                "after": store_cases(a.store, regions, siblings, queries)}
        for cases in runs.values():
            for q in cases.values():
                q()  # a warm-up call, as store_bench.timed makes
        res: dict[tuple[str, str], list[tuple[float, float]]] = {}
        loads = [os.getloadavg()[0]]
        for i in range(a.rounds):
            for name in runs["before"]:
                for v in ("before", "after") if i % 2 == 0 else ("after", "before"):
                    t0, c0 = time.perf_counter(), time.thread_time()
                    runs[v][name]()
                    res.setdefault((name, v), []).append(((time.perf_counter() - t0) * 1000,
                                                          (time.thread_time() - c0) * 1000))
            if i % 10 == 9:
                loads.append(os.getloadavg()[0])
    finally:
        snapshot.close_readers()
        shutil.rmtree(folder, ignore_errors=True)
    out: dict = {"rounds": a.rounds, "before_store": str(a.before_store or a.store), "store": str(a.store),
                 "load_average_1min": [round(x, 2) for x in loads], "queries": {}}
    print(f"{a.rounds} rounds, load average {out['load_average_1min']}")
    print(f"{'query':<38} {'before wall p50/p95':>20} {'after wall p50/p95':>20} {'CPU p50 before → after':>24}")
    for name in runs["before"]:
        row = {}
        for v in ("before", "after"):
            w, c = pct([x for x, _ in res[(name, v)]]), pct([y for _, y in res[(name, v)]])
            row[v] = {"p50_ms": w[0], "p95_ms": w[1], "cpu_p50_ms": c[0], "cpu_p95_ms": c[1]}
        out["queries"][name] = row
        b, f = row["before"], row["after"]
        print(f"{name:<38} {b['p50_ms']:>9} / {b['p95_ms']:<8} {f['p50_ms']:>9} / {f['p95_ms']:<8} "
              f"{b['cpu_p50_ms']:>10} → {f['cpu_p50_ms']}")
    if a.json:
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
