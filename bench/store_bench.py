"""Store benchmark: ingest rate, and query latency at 1,000,000 figures beside plain pandas.

python bench/store_bench.py [--docs 1000] [--figures 1000000]

1. Ingest: the seed documents repeated under other file names and regions (each copy a distinct
   text) through the real ingest path, in documents per second.
2. Queries: a store with N synthetic figures over 1,000 documents and 10,000 reviews; p50/p95 of
   the dashboard's main queries (query layer: connect read-only, query, close) beside the same
   query in pandas over DataFrames already in memory, in this one process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from src.ingest.pipeline import ingest_paths  # noqa: E402
from src.store import queries  # noqa: E402
from src.store.db import connect, ensure_db  # noqa: E402

REGIONS = ["萧山区", "西湖区", "滨江区", "余杭区", "临平区", "钱塘区", "上城区", "拱墅区", "富阳区", "临安区"]
INDICATORS = ["gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales", "exports", "new_urban_jobs",
              "fiscal_revenue_general", "rd_intensity", "high_tech_enterprises", "resident_population"]


def bench_ingest(n_docs: int, tmp: Path) -> None:
    src = tmp / "docs"
    src.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(n_docs):
        s = seeds[i % len(seeds)]
        text = s.read_text(encoding="utf-8").replace("萧山", REGIONS[i % 10][:2]) + f"\n（第{i}号）"
        (src / f"{i:04d}-{s.name}").write_text(text, encoding="utf-8")
    db = tmp / "ingest.duckdb"
    ensure_db(db)
    t0 = time.perf_counter()
    outs = ingest_paths([src], db=db, region=None)
    dt = time.perf_counter() - t0
    figs = sum(o.figures for o in outs)
    print(f"ingest: {n_docs} documents, {figs} figures in {dt:.1f} s = {n_docs / dt:.1f} documents/s")


def build_big(n_fig: int, tmp: Path) -> Path:
    db = tmp / "big.duckdb"
    ensure_db(db)
    with connect(db) as con:
        con.execute("""INSERT INTO documents (doc_id, file, title, publisher, region, published, doc_type, url, text)
            SELECT 'd' || i, 'doc' || i || '.txt', '文件' || i, '发布机构', ?, (2016 + i % 10)::VARCHAR || '-03', 'news', '',
                   repeat('地区生产总值增长5%。', 50) FROM range(1000) t(i)""", [REGIONS[0]])
        con.execute(f"""INSERT INTO figures SELECT
            'f' || i, 'd' || (i % 1000), ({INDICATORS!r})[1 + i % 10], CASE WHEN i % 3 = 0 THEN 'growth' ELSE 'value' END,
            (i % 997) / 10.0, ((i % 997) / 10.0)::VARCHAR, '亿元', CASE WHEN i % 4 = 0 THEN 'target' ELSE 'actual' END,
            2016 + (i // 7) % 10, CASE WHEN i % 5 = 0 THEN 'H1' ELSE 'year' END, ({REGIONS!r})[1 + (i // 3) % 10], 'exact',
            0, 10, '地区生产总值增长5%', 0, 10, 0, 10, 0.5 + (i % 50) / 100.0, '5%', '{{}}', 'bench'
            FROM range({n_fig}) t(i)""")
        con.execute("""INSERT INTO reviews (review_id, figure_id, action, new_value)
            SELECT 'r' || i, 'f' || (i * 97), CASE WHEN i % 3 = 0 THEN 'reject' ELSE 'correct' END, 1.0
            FROM range(10000) t(i)""")
    return db


def timed(fn, n: int = 15) -> tuple[float, float]:
    fn()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    return statistics.median(ts), ts[int(0.95 * (len(ts) - 1))]


def bench_queries(n_fig: int, tmp: Path) -> None:
    db = build_big(n_fig, tmp)
    with connect(db, read_only=True) as con:
        F = con.execute("SELECT * FROM figures").df()
        D = con.execute("SELECT doc_id, file, title, publisher, published, url FROM documents").df()
        R = con.execute("SELECT * FROM reviews").df()

    def pandas_reviewed() -> pd.DataFrame:
        latest = R.sort_values("created_at").drop_duplicates("figure_id", keep="last")
        m = F.merge(latest[["figure_id", "action", "new_value"]], on="figure_id", how="left")
        m["value"] = m["new_value"].fillna(m["value"])
        return m[m["action"].ne("reject")]

    def pd_figures() -> pd.DataFrame:
        m = pandas_reviewed()
        m = m[(m.indicator == "gdp") & (m.region == "萧山区")]
        return m.merge(D, on="doc_id").sort_values(["year", "period"])

    def pd_coverage() -> pd.DataFrame:
        m = pandas_reviewed()
        return m.groupby(["indicator", "region", "year", "status"]).size().unstack(fill_value=0)

    def pd_targets() -> pd.DataFrame:
        m = pandas_reviewed()
        m = m[(m.region == "萧山区")]
        key = ["indicator", "region", "year", "period", "measure"]
        t = m[m.status == "target"].sort_values("confidence").drop_duplicates(key, keep="last")
        a = m[m.status == "actual"].sort_values("confidence").drop_duplicates(key, keep="last")
        return t.merge(a, on=key, how="left", suffixes=("_t", "_a"))

    cases = [
        ("figures(indicator, region)", lambda: queries.figures(db, indicator="gdp", region="萧山区"), pd_figures),
        ("coverage()", lambda: queries.coverage(db), pd_coverage),
        ("targets_vs_results(region)", lambda: queries.targets_vs_results(db, region="萧山区"), pd_targets),
    ]
    print(f"queries at {n_fig:,} figures (ms; store = connect read-only + query + close; pandas = in memory)")
    print(f"{'query':<30} {'store p50':>10} {'store p95':>10} {'pandas p50':>11} {'pandas p95':>11}")
    for name, q, p in cases:
        s50, s95 = timed(q)
        p50, p95 = timed(p)
        print(f"{name:<30} {s50:>10.1f} {s95:>10.1f} {p50:>11.1f} {p95:>11.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--figures", type=int, default=1_000_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        bench_ingest(a.docs, Path(d))
        bench_queries(a.figures, Path(d))


if __name__ == "__main__":
    main()
