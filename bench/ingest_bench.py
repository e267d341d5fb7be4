"""Ingest benchmark: documents/s and CPU-seconds per document for 1,000 and 10,000 documents with 1
and 2 local workers and with the Dask path (LocalCluster, 2 workers), in one run.

python bench/ingest_bench.py [--sizes 1000,10000] [--configs local:1,local:2,dask:2] [--json OUT]
                             [--profile N]

The default is the full matrix (both sizes, the three configurations: ~15 CPU-minutes at 10,000
documents for each configuration); --sizes and --configs pick a part of it. The JSON is written
after every run, so a run stopped half-way keeps the rows it measured.

The corpus: real documents, the 65 under seeds/ (the Hangzhou seeds and the 60 Shenzhen work
reports, 2,600-37,000 characters, mean ~17,400), copied under other names; each copy gets its
own number appended, so it is a distinct text (a distinct document) of the same size and content.
Every run starts from an empty store and goes through the real pipeline (plan -> load -> extract
-> one writer, batched transactions, the read snapshot published), writes included.

Each configuration runs in its own process, so each pays its own start (worker processes, the
extractor's dictionaries, a Dask cluster) and its CPU time is counted with its children's: CPU-s
per document does not depend on what else the machine runs, wall-clock documents/s does, so the
load average is printed beside every run, with the wall time the run's CPU time implies on idle
cores (max of the writer process, each worker, and the total over the cores: a lower bound).

--profile N: where the time of a single-process run of N documents goes (load, extract, Arrow
conversion, the writer's transaction, flags/checks, snapshot publish, checkpoints), in CPU-s.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from src.ingest.plan import plan  # noqa: E402

CONFIGS = "local:1,local:2,dask:2"


def corpus(n: int, folder: Path) -> dict[str, Any]:
    """`n` distinct documents made from the seed texts, with a manifest (their metadata); their sizes."""
    jobs = [j for j in plan([ROOT / "seeds"]) if not j.error]
    folder.mkdir(parents=True)
    rows = ["file,title,publisher,region,published,doc_type"]
    sizes = []
    for i in range(n):
        j = jobs[i % len(jobs)]
        name = f"{i:05d}-{j.path.name}"
        text = j.path.read_text(encoding="utf-8") + f"\n（第{i}号）\n"
        sizes.append(len(text))
        (folder / name).write_text(text, encoding="utf-8")
        m = j.meta
        rows.append(",".join([name, m.title.replace(",", "，"), m.publisher.replace(",", "，"), m.region or "",
                              m.published or "", m.doc_type]))
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"docs": n, "chars_mean": round(statistics.mean(sizes)), "chars_median": round(statistics.median(sizes)),
            "chars_min": min(sizes), "chars_max": max(sizes), "chars_total": sum(sizes)}


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def one(folder: Path, db: Path, engine: str, workers: int) -> dict[str, Any]:
    """One configuration, in this process: wall and CPU seconds (this process and its worker
    processes, which are waited for before the run returns)."""
    from src.ingest.pipeline import ingest_paths
    from src.store import queries
    from src.store.db import ensure_db

    ensure_db(db)
    c0, k0, t0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    outs = ingest_paths([folder], db=db, engine=engine, workers=workers)
    secs = time.perf_counter() - t0
    cpu_self = _cpu(resource.RUSAGE_SELF) - c0
    cpu_children = _cpu(resource.RUSAGE_CHILDREN) - k0
    bad = [o for o in outs if o.status != "ingested"]
    assert not bad, bad[:3]
    figures = int(queries.stats(db)["figures"])
    return {"engine": engine, "workers": workers, "docs": len(outs), "figures": figures, "seconds": round(secs, 2),
            "docs_per_s": round(len(outs) / secs, 1), "cpu_s": round(cpu_self + cpu_children, 1),
            "cpu_s_writer_process": round(cpu_self, 1), "cpu_ms_per_doc": round(1000 * (cpu_self + cpu_children) / len(outs), 1)}


def run_child(folder: Path, db: Path, engine: str, workers: int) -> dict[str, Any]:
    load0 = os.getloadavg()
    r = subprocess.run([sys.executable, __file__, "--one", str(folder), str(db), engine, str(workers)], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"{engine}:{workers} failed:\n{r.stderr[-3000:]}")
    out = json.loads(r.stdout.strip().splitlines()[-1])
    out["load_avg_1min"] = [round(load0[0], 2), round(os.getloadavg()[0], 2)]
    # what the run needs of an idle machine, from its CPU time (a lower bound, not a measurement):
    # the writer process, each worker process, and all of it shared by the cores
    cores = os.cpu_count() or 1
    extract = (out["cpu_s"] - out["cpu_s_writer_process"]) / workers if out["cpu_s"] > out["cpu_s_writer_process"] else 0
    out["idle_bound_s"] = round(max(out["cpu_s_writer_process"], extract, out["cpu_s"] / cores), 1)
    return out


# ---------------------------------------------------------------- where the time goes

STAGES = [  # (module, function, stage); inner stages are subtracted from the outer ones they run in
    ("src.ingest.prepare", "load_path", "load (read + decode)"),
    ("src.ingest.prepare", "extract_document", "extract"),
    ("src.ingest.prepare", "figure_rows", "Arrow conversion"),
    ("src.ingest.prepare", "doc_table", "Arrow conversion"),
    ("src.ingest.prepare", "figure_table", "Arrow conversion"),
    ("src.ingest.pipeline", "write_batch", "writer: transaction"),
    ("src.store.writes", "after_commit", "snapshot publish (during the run)"),
    ("src.store.snapshot", "publish", "snapshot publish (end of the run)"),
    ("src.store.flags", "refresh", "flags/checks (in publish)"),
    ("src.ingest.pipeline._Session", "close", "writer: close = checkpoint"),
]


def profile(folder: Path, db: Path) -> dict[str, float]:
    """CPU seconds per stage of a single-process run (nested stages are not double counted)."""
    import importlib

    from src.ingest import engines
    from src.ingest.pipeline import ingest_paths
    from src.store.db import ensure_db

    spent: dict[str, float] = collections.defaultdict(float)
    stack: list[str] = []

    def wrap(f: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            if stack and stack[-1].startswith("snapshot publish") and stage.startswith("snapshot publish"):
                return f(*a, **k)  # publish inside after_commit: counted once
            c = time.process_time()
            stack.append(stage)
            try:
                return f(*a, **k)
            finally:
                stack.pop()
                d = time.process_time() - c
                spent[stage] += d
                if stack:
                    spent[stack[-1]] -= d
        return timed

    for mod, name, stage in STAGES:
        path, _, cls = mod.partition("._")
        owner = importlib.import_module(path)
        if cls:
            owner = getattr(owner, "_" + cls)
        setattr(owner, name, wrap(getattr(owner, name), stage))
    ensure_db(db)
    engines.warm()
    c0 = time.process_time()
    ingest_paths([folder], db=db)
    total = time.process_time() - c0
    spent["other (planning, outcomes, Python glue)"] = total - sum(spent.values())
    spent["total"] = total
    return dict(spent)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--configs", default=CONFIGS, help="engine:workers,…")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        folder, db, engine, workers = a.one
        print(json.dumps(one(Path(folder), Path(db), engine, int(workers))))
        return
    sizes = [int(s) for s in a.sizes.split(",") if s]
    configs = [(c.split(":")[0], int(c.split(":")[1])) for c in a.configs.split(",")]
    out: dict[str, Any] = {"cores": os.cpu_count(), "corpus": {}, "runs": [], "profile": {}}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if a.profile:
            info = corpus(a.profile, tmp / "profile")
            spent = profile(tmp / "profile", tmp / "profile.duckdb")
            out["profile"] = {"docs": a.profile, "cpu_s": {k: round(v, 2) for k, v in spent.items()},
                              "load_avg_1min": round(os.getloadavg()[0], 2)}
            print(f"where the CPU time of one process goes, {a.profile} documents ({info['chars_mean']} characters "
                  f"on average), ms per document:")
            for k, v in sorted(spent.items(), key=lambda kv: -kv[1]):
                print(f"  {k:<42} {1000 * v / a.profile:7.1f}")
        for n in sizes:
            info = corpus(n, tmp / f"corpus-{n}")
            out["corpus"][str(n)] = info
            print(f"{n} documents: {info['chars_mean']} characters on average (median {info['chars_median']}, "
                  f"{info['chars_min']}-{info['chars_max']}), {info['chars_total'] / 1e6:.1f} M in all", flush=True)
            by = {}
            for engine, workers in configs:
                r = run_child(tmp / f"corpus-{n}", tmp / f"{engine}-{workers}-{n}.duckdb", engine, workers)
                by[(engine, workers)] = r
                r["docs_requested"] = n
                out["runs"].append(r)
                save(a.json, out)  # after every run: a matrix stopped half-way keeps what it measured
                print(f"{n:>6} docs  {engine:<5} {workers} worker(s): {r['seconds']:>7.1f} s  {r['docs_per_s']:>6.1f} docs/s"
                      f"  {r['cpu_ms_per_doc']:>6.1f} CPU-ms/doc (writer process {r['cpu_s_writer_process']} CPU-s)"
                      f"  {r['figures']} figures  load {r['load_avg_1min'][0]}->{r['load_avg_1min'][1]}"
                      f"  (CPU-bound on idle cores: >= {r['idle_bound_s']} s)", flush=True)
            figs = {r["figures"] for r in by.values()}
            assert len(figs) == 1, f"engines disagree on the number of figures: {figs}"
            base = by.get(("local", 1))
            for key, r in by.items():
                if base and key != ("local", 1):
                    r["speedup_vs_1"] = round(r["docs_per_s"] / base["docs_per_s"], 2)
                    print(f"{n:>6} docs  {key[0]}:{key[1]} vs local:1: {r['speedup_vs_1']:.2f}x", flush=True)
            shred = tmp / f"corpus-{n}"
            for f in shred.iterdir():
                f.unlink()
            for f in tmp.glob(f"*-{n}.*"):
                f.unlink()
    save(a.json, out)


def save(path: Path | None, out: dict[str, Any]) -> None:
    if path:
        path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
