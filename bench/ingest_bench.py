"""Ingest benchmark: documents/s for 1,000 and 10,000 documents with 1 and 2 local workers and with
the Dask path (LocalCluster, 2 workers), in one run.

python bench/ingest_bench.py [--sizes 1000,10000] [--json OUT] [--profile]

The corpus: the seed documents (Hangzhou and Shenzhen) repeated under other file names, each copy a
distinct text (so a distinct document). Every run starts from an empty store and goes through the
real pipeline (plan -> load -> extract -> one writer, batched transactions), writes included.
--profile: cProfile of the single-worker path on the first size, top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from src.ingest.pipeline import ingest_paths  # noqa: E402
from src.ingest.plan import plan  # noqa: E402
from src.store import queries  # noqa: E402
from src.store.db import ensure_db  # noqa: E402

CONFIGS = [("local", 1), ("local", 2), ("dask", 2)]


def corpus(n: int, folder: Path) -> Path:
    """`n` distinct documents made from the seed texts, with a manifest (their metadata)."""
    jobs = [j for j in plan([ROOT / "seeds"]) if not j.error]
    folder.mkdir(parents=True)
    rows = ["file,title,publisher,region,published,doc_type"]
    for i in range(n):
        j = jobs[i % len(jobs)]
        name = f"{i:05d}-{j.path.name}"
        text = j.path.read_text(encoding="utf-8") + f"\n（第{i}号）\n"
        (folder / name).write_text(text, encoding="utf-8")
        m = j.meta
        rows.append(",".join([name, m.title.replace(",", "，"), m.publisher.replace(",", "，"), m.region or "",
                              m.published or "", m.doc_type]))
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def one(folder: Path, db: Path, engine: str, workers: int) -> dict[str, float]:
    ensure_db(db)
    t0 = time.perf_counter()
    outs = ingest_paths([folder], db=db, engine=engine, workers=workers)
    secs = time.perf_counter() - t0
    bad = [o for o in outs if o.status != "ingested"]
    assert not bad, bad[:3]
    stats = queries.stats(db)
    return {"docs": len(outs), "figures": int(stats["figures"]), "seconds": round(secs, 2),
            "docs_per_s": round(len(outs) / secs, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    results = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for n in sizes:
            folder = corpus(n, tmp / f"corpus-{n}")
            if a.profile and n == sizes[0]:
                prof = cProfile.Profile()
                prof.enable()
                one(folder, tmp / f"profile-{n}.duckdb", "local", 1)
                prof.disable()
                pstats.Stats(prof).sort_stats("tottime").print_stats(25)
            by = {}
            for engine, workers in CONFIGS:
                r = one(folder, tmp / f"{engine}-{workers}-{n}.duckdb", engine, workers)
                r.update(engine=engine, workers=workers)
                by[(engine, workers)] = r
                results.append(r)
                print(f"{n:>6} docs  {engine:<5} {workers} worker(s): {r['seconds']:>7.1f} s  {r['docs_per_s']:>6.1f} docs/s"
                      f"  ({r['figures']} figures)", flush=True)
            figs = {r["figures"] for r in by.values()}
            assert len(figs) == 1, f"engines disagree on the number of figures: {figs}"
            print(f"{n:>6} docs  speed-up 1 -> 2 workers: {by[('local', 2)]['docs_per_s'] / by[('local', 1)]['docs_per_s']:.2f}x; "
                  f"dask/local(2): {by[('dask', 2)]['docs_per_s'] / by[('local', 2)]['docs_per_s']:.2f}", flush=True)
    if a.json:
        a.json.write_text(json.dumps({"runs": results}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
