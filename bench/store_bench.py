"""Store benchmark: the dashboard's queries at N figures (idle and while an ingest runs in another
process), beside the same queries in pandas, and the ingest rate, in one run.

python bench/store_bench.py [--figures 1000000] [--docs 200] [--workers N] [--json OUT] [--keep DIR]
                            [--queries-only STORE]   (the queries alone on a kept, published store)

1. A national-shaped store of N synthetic figures: every county, city and province of the region
   table, the catalog's indicators, 60 figures a document, 10 years, targets and results,
   growth and levels, 10,000 reviews and some documents that contradict each other. It is built
   in SQL, then its read snapshot is published once (the time is reported).
2. Queries (p50/p95 in ms): each dashboard query through the query layer (the kept-open
   read-only snapshot connection, as a page pays it), over a rotation of regions; the same
   queries in pandas over DataFrames already in memory, in this process.
3. The same queries while `python -m src.ingest` writes `--docs` documents into the same store in
   another process; the publishes it makes (duration each) and when the reader saw its last one.
4. Ingest: `--docs` documents (the seeds, each copy a distinct text) into an empty store.

With --json, writes {"figures", "queries": {name: {p50_ms, p95_ms}}, "pandas": {...},
"during_ingest": {...}, "ingest": {docs, seconds, workers}, "snapshot": {...}}.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from src.extract import resources  # noqa: E402
from src.store import queries, snapshot  # noqa: E402
from src.store.db import connect, ensure_db  # noqa: E402

FIGS_PER_DOC = 60
YEARS = 10


def _schema_only(db: Path) -> None:
    try:
        ensure_db(db, seed=False)  # type: ignore[call-arg]
    except TypeError:  # ensure_db builds the schema only
        ensure_db(db)


def build_big(n_fig: int, tmp: Path, *, publish: bool = True) -> Path:
    """A store of n_fig synthetic figures shaped like a national collection."""
    db = tmp / "big.duckdb"
    _schema_only(db)
    regs = [r for r in resources.regions() if r.level in ("county", "city", "province")]
    regions = [r.name for r in regs]
    scale = [{"province": 100.0, "city": 10.0}.get(r.level, 1.0) for r in regs]
    inds = [i for i in resources.indicators()][:40]
    weight = [10.0 ** _height(i) for i in inds]
    n_docs = max(1, n_fig // FIGS_PER_DOC)
    with connect(db) as con:
        con.execute("CREATE TEMP TABLE rg AS SELECT unnest(?::VARCHAR[]) AS name, unnest(?::DOUBLE[]) AS scale, "
                    "generate_subscripts(?::VARCHAR[], 1) AS k", [regions, scale, regions])
        con.execute("CREATE TEMP TABLE ind AS SELECT unnest(?::VARCHAR[]) AS id, unnest(?::DOUBLE[]) AS w, "
                    "generate_subscripts(?::VARCHAR[], 1) AS k", [inds, weight, inds])
        nr, ni = len(regions), len(inds)
        con.execute(f"""INSERT INTO documents (doc_id, file, title, publisher, region, published, doc_type, url, text)
            SELECT 'd' || i, 'doc' || i || '.txt', rg.name || (2016 + (i // ({nr} * 2)) % {YEARS}) || '年公报' || i,
                   rg.name || '统计局', rg.name, (2017 + (i // ({nr} * 2)) % {YEARS})::VARCHAR || '-03-01',
                   CASE WHEN i % 2 = 0 THEN 'work_report' ELSE 'statistical_bulletin' END, '',
                   rg.name || '。' || repeat('全年地区生产总值比上年增长5.2%，规模以上工业增加值增长6.1%。', 20)
            FROM range({n_docs}) t(i) JOIN rg ON rg.k = 1 + (i // 2) % {nr}""")
        con.execute(f"""INSERT INTO figures SELECT
            'f' || i, 'd' || (i // {FIGS_PER_DOC}), ind.id,
            CASE WHEN (i % {FIGS_PER_DOC}) % 3 = 0 THEN 'growth' ELSE 'value' END,
            round((CASE WHEN (i % {FIGS_PER_DOC}) % 3 = 0 THEN (hash(d.region, d.yr, ind.id, 'g') % 150) / 10.0
                        ELSE d.scale * ind.w * (1 + (hash(d.region, d.yr, ind.id, 'v') % 100) / 1000.0) END
                   + CASE WHEN (i // {FIGS_PER_DOC}) % 2 = 1 AND i % 7 = 0 THEN 0.3 ELSE 0 END)::DOUBLE, 1),
            'v', CASE WHEN (i % {FIGS_PER_DOC}) % 3 = 0 THEN '%' ELSE '亿元' END, CASE WHEN (i % {FIGS_PER_DOC}) % 5 = 4 THEN 'target' ELSE 'actual' END,
            d.yr - CASE WHEN (i % {FIGS_PER_DOC}) % 5 = 4 THEN 0 ELSE 1 END,
            CASE WHEN (i % {FIGS_PER_DOC}) % 11 = 10 THEN 'H1' ELSE 'year' END, d.region, 'exact',
            (i % {FIGS_PER_DOC}) * 20, (i % {FIGS_PER_DOC}) * 20 + 6,
            d.region || ind.name_zh || '增长' || (i % 97) || '%', (i % {FIGS_PER_DOC}) * 20, (i % {FIGS_PER_DOC}) * 20 + 18,
            (i % {FIGS_PER_DOC}) * 20, (i % {FIGS_PER_DOC}) * 20 + 30, 0.5 + (hash(i) % 50) / 100.0, (i % 97) || '%',
            '[]', 'bench'
            FROM range({n_docs * FIGS_PER_DOC}) t(i)
            JOIN (SELECT 'd' || j AS doc_id, rg.name AS region, rg.scale, 2017 + (j // ({nr} * 2)) % {YEARS} AS yr
                  FROM range({n_docs}) s(j) JOIN rg ON rg.k = 1 + (j // 2) % {nr}) d ON d.doc_id = 'd' || (i // {FIGS_PER_DOC})
            JOIN (SELECT ind.id, ind.k, ind.w, coalesce(c.name_zh, ind.id) AS name_zh FROM ind
                  LEFT JOIN indicators c USING (id)) ind
              ON ind.k = 1 + ((i % {FIGS_PER_DOC}) * 7 + i // {FIGS_PER_DOC}) % {ni}""")
        con.execute(f"""INSERT INTO reviews (review_id, figure_id, action, new_value)
            SELECT 'r' || i, 'f' || ((i * 9973) % {n_docs * FIGS_PER_DOC}),
                   CASE WHEN i % 3 = 0 THEN 'reject' WHEN i % 3 = 1 THEN 'accept' ELSE 'correct' END,
                   CASE WHEN i % 3 = 2 THEN 1.0 END
            FROM range(10000) t(i)""")
        if publish:
            snapshot.publish(con, full=True)
    return db


def _height(indicator: str) -> int:
    """How many levels of parts lie below an indicator in the checks' part/whole pairs (a whole is
    10x each of its parts in the synthetic data, so parts stay below wholes as in real data)."""
    from src.extract.checks import config

    parts: dict[str, set[str]] = {}
    for part, whole in config().get("part_whole", []):
        parts.setdefault(whole, set()).add(part)
    for p in config().get("industries", {}).get("parts", []):
        parts.setdefault(config()["industries"]["whole"], set()).add(p)

    def h(i: str, seen: frozenset[str] = frozenset()) -> int:
        return 1 + max((h(p, seen | {i}) for p in parts.get(i, ()) if p not in seen), default=-1)

    return h(indicator)


def timed(fn: Callable[[], object], n: int = 40) -> tuple[float, float]:
    if n > 2:  # a warm-up call (skipped for the slow pandas runs at 10 M figures)
        fn()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, round(0.95 * (len(ts) - 1)))]


class Rotation:
    """A different region on every call, so no query is answered from a warm repeat of itself."""

    def __init__(self, names: list[str]) -> None:
        self.names, self.i = names, 0

    def __call__(self) -> str:
        self.i += 1
        return self.names[self.i % len(self.names)]


def store_cases(db: Path, regions: list[str], siblings: dict[str, list[str]],
                q: ModuleType = queries) -> dict[str, Callable[[], object]]:
    """The dashboard's queries through the query layer `q` (another version of it: bench/query_ab.py)."""
    nxt = Rotation(regions)
    return {
        "figures(indicator, regions, years)": lambda: q.figures(
            db, indicator="gdp", region=siblings[nxt()], year_from=2018, year_to=2024),
        "region profile: figures(region)": lambda: q.figures(db, region=nxt()),
        "coverage(region)": lambda: q.coverage(db, region=nxt()),
        "targets_vs_results(region)": lambda: q.targets_vs_results(db, region=nxt()),
        "region_issues(region)": lambda: q.region_issues(nxt(), db),
        "review_queue() first page": lambda: q.review_queue(db),
        "conflict_count() national": lambda: q.conflict_count(db),
    }


def pandas_cases(db: Path, regions: list[str], siblings: dict[str, list[str]]) -> dict[str, Callable[[], object]]:
    with connect(db, read_only=True) as con:
        F = con.execute("SELECT * FROM figures").df()
        D = con.execute("SELECT doc_id, file, title, publisher, published, doc_type, url FROM documents").df()
        R = con.execute("SELECT * FROM reviews").df()
    latest = R.sort_values("created_at").drop_duplicates("figure_id", keep="last")

    def reviewed() -> pd.DataFrame:
        m = F.merge(latest[["figure_id", "action", "new_value"]], on="figure_id", how="left")
        m["value"] = m["new_value"].fillna(m["value"])
        return m[m["action"].ne("reject")]

    key = ["indicator", "region", "year", "period", "measure", "status"]

    def conflicts(m: pd.DataFrame) -> pd.DataFrame:
        g = m.groupby(key, dropna=False).agg(n_docs=("doc_id", "nunique"), lo=("value", "min"), hi=("value", "max"))
        return g[(g.n_docs > 1) & (g.hi - g.lo > 0.001 * g.hi.abs().clip(lower=1e-9))]

    nxt = Rotation(regions)

    def tvr() -> pd.DataFrame:
        m = reviewed()
        m = m[m.region == nxt()]
        k = ["indicator", "region", "year", "period", "measure"]
        t = m[m.status == "target"].sort_values("confidence").drop_duplicates(k, keep="last")
        a = m[m.status == "actual"].sort_values("confidence").drop_duplicates(k, keep="last")
        return t.merge(a, on=k, how="left", suffixes=("_t", "_a"))

    def issues() -> pd.DataFrame:
        m = reviewed()
        m = m[m.region == nxt()]
        c = conflicts(m).reset_index()
        return m.merge(c[key], on=key)

    def queue() -> pd.DataFrame:
        m = reviewed()
        m = m[m.action.isna()]
        c = conflicts(m).reset_index()[key].assign(in_conflict=True)
        m = m.merge(c, on=key, how="left")
        return m.sort_values(["in_conflict", "confidence"], ascending=[False, True]).head(200)

    return {
        "figures(indicator, regions, years)": lambda: (lambda m: m[(m.indicator == "gdp") & m.region.isin(
            siblings[nxt()]) & m.year.between(2018, 2024)].merge(D, on="doc_id"))(reviewed()),
        "region profile: figures(region)": lambda: (lambda m: m[m.region == nxt()].merge(D, on="doc_id"))(reviewed()),
        "coverage(region)": lambda: (lambda m: m[m.region == nxt()].groupby(
            ["indicator", "region", "year", "status"]).size().unstack(fill_value=0))(reviewed()),
        "targets_vs_results(region)": tvr,
        "region_issues(region)": issues,
        "review_queue() first page": queue,
        "conflict_count() national": lambda: len(conflicts(reviewed())),
    }


def seed_corpus(n_docs: int, dst: Path, regions: list[str]) -> Path:
    dst.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(n_docs):
        s = seeds[i % len(seeds)]
        text = s.read_text(encoding="utf-8").replace("萧山", regions[i % len(regions)][:2]) + f"\n（第{i}号）"
        (dst / f"{i:05d}-{s.name}").write_text(text, encoding="utf-8")
    return dst


def ingest_cmd(corpus: Path, db: Path, workers: int | None) -> list[str]:
    cmd = [sys.executable, "-m", "src.ingest", str(corpus), "--db", str(db), "--region", "萧山区", "--quiet"]
    helptext = subprocess.run([sys.executable, "-m", "src.ingest", "--help"], cwd=ROOT, capture_output=True,
                              text=True).stdout
    if workers and "--workers" in helptext:
        cmd += ["--workers", str(workers)]
    return cmd


def sample_regions(db: Path) -> tuple[list[str], dict[str, list[str]]]:
    """200 regions of the store in a fixed pseudo-random order, and each with up to 3 siblings."""
    with connect(db, read_only=True) as con:
        regions = [r for (r,) in con.execute("SELECT DISTINCT region FROM documents ORDER BY hash(region)").fetchall()]
        pairs = con.execute("SELECT name, parent FROM regions WHERE known").fetchall()
    parent = dict(pairs)
    by_parent: dict[str, list[str]] = {}
    for r in regions:
        by_parent.setdefault(parent.get(r, ""), []).append(r)
    siblings = {r: ([r] + [s for s in by_parent.get(parent.get(r, ""), []) if s != r])[:4] for r in regions}
    return regions[:200], siblings


def store_only(db: Path, n_fig: int) -> dict:
    """The dashboard's queries alone on a store whose snapshot is published (no pandas, no ingest)."""
    regions, siblings = sample_regions(db)
    load0 = os.getloadavg()
    out: dict = {"figures": n_fig, "queries": {}}
    for name, q in store_cases(db, regions, siblings).items():
        s50, s95 = timed(q)
        out["queries"][name] = {"p50_ms": round(s50, 2), "p95_ms": round(s95, 2)}
        print(f"{name:<38} {s50:>10.1f} {s95:>10.1f}", flush=True)
    out["load_average"] = [round(load0[0], 2), round(os.getloadavg()[0], 2)]
    return out


def bench(n_fig: int, n_docs: int, workers: int | None, tmp: Path, pandas_runs: int | None = None) -> dict:
    t0 = time.perf_counter()
    db = build_big(n_fig, tmp, publish=False)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    with connect(db) as con:
        snapshot.publish(con, full=True)
    published = time.perf_counter() - t0
    snap_mb = snapshot.current(db).stat().st_size / 1e6  # type: ignore[union-attr]
    print(f"store of {n_fig:,} figures built in {built:.1f} s ({db.stat().st_size / 1e6:.0f} MB); "
          f"full snapshot published in {published:.1f} s ({snap_mb:.0f} MB)", flush=True)
    regions, siblings = sample_regions(db)
    out: dict = {"figures": n_fig, "queries": {}, "pandas": {}, "during_ingest": {},
                 "snapshot": {"build_s": round(built, 1), "full_publish_s": round(published, 1),
                              "snapshot_mb": round(snap_mb), "store_mb": round(db.stat().st_size / 1e6)}}
    # a page's first query after a publish opens the new generation: measured apart
    t0 = time.perf_counter()
    queries.stats(db)
    out["snapshot"]["first_query_after_publish_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    cases = store_cases(db, regions, siblings)
    print(f"{'query':<38} {'store p50':>10} {'store p95':>10} {'pandas p50':>11} {'pandas p95':>11}", flush=True)
    runs = pandas_runs if pandas_runs is not None else (1 if n_fig >= 5_000_000 else 15)
    pcases = pandas_cases(db, regions, siblings) if runs else {}  # frames of every figure: 10 GB at 10 M
    for name, q in cases.items():
        s50, s95 = timed(q)
        out["queries"][name] = {"p50_ms": round(s50, 2), "p95_ms": round(s95, 2)}
        p50 = p95 = float("nan")
        if runs:
            p50, p95 = timed(pcases[name], n=runs)
            out["pandas"][name] = {"p50_ms": round(p50, 1), "p95_ms": round(p95, 1)}
        print(f"{name:<38} {s50:>10.1f} {s95:>10.1f} {p50:>11.1f} {p95:>11.1f}", flush=True)
    del pcases
    # the same queries while an ingest writes into the same store from another process
    corpus = seed_corpus(n_docs, tmp / "during", regions)
    log = tmp / "publish.log"
    env = dict(os.environ, INDICATORS_PUBLISH_LOG=str(log))
    before = queries.stats(db)["documents"]
    proc = subprocess.Popen(ingest_cmd(corpus, db, workers), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    samples: dict[str, list[float]] = {k: [] for k in cases}
    failures = 0
    seen_at = None
    while True:
        done = proc.poll() is not None
        for name, q in cases.items():
            t0 = time.perf_counter()
            try:
                q()
            except Exception as e:  # counted and reported: there must be none
                failures += 1
                print(f"  query failed during ingest: {name}: {e}", flush=True)
            samples[name].append((time.perf_counter() - t0) * 1000)
        if seen_at is None and queries.stats(db)["documents"] >= before + n_docs:
            seen_at = time.time()
        if done:
            break
    ended = time.time()
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode:
        raise SystemExit(f"ingest failed: {err[-1000:]}")
    for name, ts in samples.items():
        ts.sort()
        out["during_ingest"][name] = {"p50_ms": round(statistics.median(ts), 2),
                                      "p95_ms": round(ts[int(0.95 * (len(ts) - 1))], 2), "n": len(ts)}
    pubs = [float(x.split()[0]) for x in log.read_text().splitlines()] if log.exists() else []
    out["during_ingest"]["failures"] = failures
    out["during_ingest"]["publishes"] = len(pubs)
    if pubs:
        out["during_ingest"]["publish_s"] = {"p50": round(statistics.median(pubs), 2), "max": round(max(pubs), 2)}
    out["during_ingest"]["last_doc_visible_before_ingest_exit_s"] = round(ended - (seen_at or ended), 2)
    print(f"during an ingest of {n_docs} documents in another process: {failures} failures, {len(pubs)} publishes "
          f"({out['during_ingest'].get('publish_s')} s)", flush=True)
    for name in cases:
        d = out["during_ingest"][name]
        print(f"  {name:<36} p50 {d['p50_ms']:>7.1f}  p95 {d['p95_ms']:>7.1f}  (n={d['n']})", flush=True)
    # ingest rate on an empty store
    empty = tmp / "ingest.duckdb"
    _schema_only(empty)
    corpus2 = seed_corpus(n_docs, tmp / "ingest", regions)
    t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(ingest_cmd(corpus2, empty, workers), cwd=ROOT, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode:
        raise SystemExit(f"ingest failed: {r.stderr[-1000:]}")
    cpu = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime  # the ingest and its worker processes
    out["ingest"] = {"docs": n_docs, "seconds": round(secs, 2), "workers": workers or 1,
                     "docs_per_s": round(n_docs / secs, 1), "cpu_ms_per_doc": round(1000 * cpu / n_docs, 1),
                     "load_avg_1min": round(os.getloadavg()[0], 2)}
    print(f"ingest: {n_docs} documents in {secs:.1f} s = {n_docs / secs:.1f} documents/s (workers {workers or 1}, "
          "process start included)", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=200, help="documents ingested (during the queries, and alone)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--pandas-runs", type=int, help="runs of each pandas query (default 15; 1 at 5 M figures or more; "
                    "0 skips the pandas column, whose frames need ~10 GB at 10 M)")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    ap.add_argument("--queries-only", type=Path, metavar="STORE",
                    help="time the store's queries alone on STORE (published), e.g. a store kept by --keep")
    a = ap.parse_args()
    if a.queries_only:
        out = store_only(a.queries_only, a.figures)
    elif a.keep:
        shutil.rmtree(a.keep, ignore_errors=True)
        a.keep.mkdir(parents=True)
        out = bench(a.figures, a.docs, a.workers, a.keep, a.pandas_runs)
    else:
        with tempfile.TemporaryDirectory() as d:
            out = bench(a.figures, a.docs, a.workers, Path(d), a.pandas_runs)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
