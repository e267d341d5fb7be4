"""The query layer reads results through Arrow (`queries.frame`): the DataFrames must be those
DuckDB's `.df()` gives, column types included, for every type and null pattern the queries
return; and several regions asked at once (one `IN` filter) give the rows of each region asked
alone, in the documented order."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd
import pytest

from src.ingest.pipeline import ingest_paths
from src.store import flags as flagmod
from src.store import queries

VALUES = {
    "VARCHAR": "'萧山区'",
    "INTEGER": "2024",
    "BIGINT": "12",
    "SMALLINT": "3",
    "DOUBLE": "1.5",
    "BOOLEAN": "true",
    "TIMESTAMP": "TIMESTAMP '2025-02-01 10:00:00'",
    "DATE": "DATE '2025-02-01'",
    "HUGEINT": "7",
    "DECIMAL(10,2)": "1.25",
}
PATTERNS = {
    "no null": "{v}::{t}",
    "some null": "CASE WHEN range % 2 = 1 THEN NULL ELSE {v}::{t} END",
    "all null": "NULL::{t}",
}


@pytest.mark.parametrize("typ", list(VALUES))
@pytest.mark.parametrize("pattern", [*PATTERNS, "no rows"])
def test_frame_is_what_duckdb_df_gives(typ, pattern):
    expr = PATTERNS.get(pattern, PATTERNS["no null"]).format(v=VALUES[typ], t=typ)
    sql = f"SELECT {expr} AS x, range AS n FROM range({0 if pattern == 'no rows' else 3})"
    con = duckdb.connect()
    pd.testing.assert_frame_equal(queries.frame(con.sql(sql).to_arrow_table()), con.execute(sql).df(),
                                  check_exact=True)


_arrow_df = queries._df


def _duckdb_df(sql, params=None, db=None, *, arrow=False, order=(), hidden=()):
    """The same query through `.df()`, sorted by DuckDB's ORDER BY (its sort-only columns left out there)."""
    return _arrow_df(sql, params, db, arrow=False, order=order, hidden=hidden)


def test_every_query_gives_the_frame_of_duckdb_df(seed_db, monkeypatch):
    figs = queries.figures(seed_db, include_rejected=True)
    fid, doc = figs.figure_id.iloc[0], figs.doc_id.iloc[0]
    calls = [
        lambda: queries.figures(seed_db),
        lambda: queries.figures(seed_db, region="萧山区"),
        lambda: queries.figures(seed_db, indicator="gdp", region=["西湖区", "萧山区"], year_from=2020),
        lambda: queries.figures(seed_db, region="没有的地方"),
        lambda: queries.figures(seed_db, doc_id=doc),
        lambda: queries.figures(seed_db, include_rejected=True, limit=5),
        lambda: queries.figure(fid, seed_db),
        lambda: queries.figure("nope", seed_db),
        lambda: queries.documents(seed_db),
        lambda: queries.conflicts(seed_db),
        lambda: queries.region_issues("萧山区", seed_db),
        lambda: queries.targets_vs_results(seed_db),
        lambda: queries.targets_vs_results(seed_db, region=["萧山区", "西湖区"]),
        lambda: queries.targets_vs_results(seed_db, region="没有的地方"),
        lambda: queries.coverage(seed_db),
        lambda: queries.coverage(seed_db, region="没有的地方"),
        lambda: queries.regions(seed_db),
        lambda: queries.region_tree(seed_db),
        lambda: queries.children("杭州市", seed_db),
        lambda: queries.indicators(seed_db),
        lambda: queries.review_queue(seed_db),
        lambda: queries.review_queue(seed_db, limit=5000),
        lambda: queries.reviews(seed_db),
        lambda: queries.target_regions(seed_db),
        lambda: queries.indicator_cells("gdp", seed_db),
    ]
    got = [call() for call in calls]
    monkeypatch.setattr(queries, "_df", _duckdb_df)
    for call, frame in zip(calls, got, strict=True):
        pd.testing.assert_frame_equal(frame, call(), check_exact=True)


@pytest.mark.parametrize("query, kw", [
    (queries.figures, {}),
    (queries.figures, {"indicator": "gdp", "measure": "value"}),
    (queries.figures, {"status": "target", "include_rejected": True}),
    (queries.targets_vs_results, {}),
])
def test_several_regions_are_the_rows_of_each_in_order(seed_db, query, kw):
    regions = list(queries.regions(seed_db).name[:3])  # the three with most figures
    alone = [query(seed_db, region=r, **kw) for r in regions]
    assert sum(len(a) > 0 for a in alone) >= 2
    together = query(seed_db, region=[*regions, regions[0]], **kw)  # a region named twice counts once
    order = (["indicator", "region", "year", "period", "status", "published", "figure_id"]
             if query is queries.figures else ["year", "region", "indicator", "measure", "period"])
    ascending = [True] * len(order) if query is queries.figures else [False, True, True, True, True]
    expected = (pd.concat([a for a in alone if len(a)], ignore_index=True)
                .sort_values(order, ascending=ascending, na_position="last", kind="stable")
                .reset_index(drop=True))
    # (values and order; the types of an all-empty column depend on the rows, as with `.df()`)
    pd.testing.assert_frame_equal(together.reset_index(drop=True), expected, check_exact=True, check_dtype=False)


@dataclass(frozen=True)
class _Flag:
    code: str
    reason: str


def test_region_issues_sorted_in_arrow_are_duckdbs_order(empty_db, tmp_path, monkeypatch):
    """region_issues() sorts in Arrow (flagged first, then indicator, year, …): the rows and order
    of DuckDB's ORDER BY, on a region with flagged figures, figures only in conflict, and both."""
    monkeypatch.setattr(flagmod, "default_check", lambda: lambda rows, parent_of=None: {
        r["id"]: [_Flag("level", "总量待核")] for r in rows if r["measure"] == "value"})
    texts = ["2024年，全区地区生产总值增长6.5%，达到3000亿元，固定资产投资增长7.2%。",
             "2024年，全区地区生产总值增长6.4%，固定资产投资增长7.0%。",
             "2023年，全区地区生产总值增长5.9%，达到2800亿元。",
             "2023年，全区地区生产总值增长6.0%。"]
    for i, text in enumerate(texts):
        p = tmp_path / f"{i}.txt"
        p.write_text(text, encoding="utf-8")
        ingest_paths([p], db=empty_db, region="西湖区", published=f"2025-0{i + 1}")
    got = queries.region_issues("西湖区", empty_db)
    flagged = got.flag_code.notna()
    assert flagged.any() and (~flagged & got.in_conflict).sum() >= 4
    keys = ["unflagged", "indicator", "year", "period", "measure", "status", "published", "figure_id"]
    expected = got.assign(unflagged=~flagged).sort_values(keys, na_position="last", kind="stable")
    assert got.figure_id.tolist() == expected.figure_id.tolist()  # flagged first, then as figures()
    assert got.indicator.nunique() == 2 and got.year.nunique() == 2
    monkeypatch.setattr(queries, "_df", _duckdb_df)
    pd.testing.assert_frame_equal(got, queries.region_issues("西湖区", empty_db), check_exact=True)
    narrow = queries.region_issues("西湖区", empty_db, columns="rv.figure_id, rv.value")  # no sort keys: DuckDB sorts
    assert narrow.figure_id.tolist() == got.figure_id.tolist()
