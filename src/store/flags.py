"""The safety net in the store: the `flags` table kept current for the groups a write touched.

The checks themselves are `src.extract.checks.check_figures` (pure; contract A). They compare
figures of one region and year with each other and with the parent region's, so the flags of
a figure depend on its region, the region's parent and its children in the same year. A write
that touches region R in year Y therefore recomputes the flags of every figure of R, R's parent
and R's children in Y, reading one more ring of regions around those as context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import duckdb

Check = Callable[..., Mapping[str, Iterable[Any]]]


def default_check() -> Check:
    """The extraction layer's checks; no flags while they are not installed."""
    try:
        from src.extract.checks import check_figures  # type: ignore[import-not-found]
    except ImportError:
        return lambda rows, parent_of=None: {}
    return check_figures


def parent_map(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute("SELECT name, parent FROM regions WHERE coalesce(parent, '') <> '' "
                       "QUALIFY row_number() OVER (PARTITION BY name ORDER BY known DESC, code) = 1").fetchall()
    return {n: p for n, p in rows}


def _ring(regions: set[str | None], parent_of: Mapping[str, str], children: Mapping[str, set[str]]) -> set[str | None]:
    out = set(regions)
    for r in regions:
        if r is None:
            continue
        if r in parent_of:
            out.add(parent_of[r])
        out |= children.get(r, set())
    return out


SCOPE = """f.figure_id IN (SELECT figure_id FROM figures WHERE region IN (SELECT r FROM flag_regions) {null_region}
    UNION ALL SELECT figure_id FROM reviews WHERE new_region IN (SELECT r FROM flag_regions))"""
ROWS_SQL = """SELECT figure_id, doc_id, indicator, measure, value, unit, status, year, period, region,
       coalesce(review, '') = 'reject' AS rejected
FROM ({reviewed}) WHERE (region IN (SELECT r FROM flag_regions) OR (region IS NULL AND {null_region}))
  AND ({years})"""


def _family(region: str | None, parent_of: Mapping[str, str]) -> str:
    """The province a region belongs to (the region itself for a province, a country or a region
    outside the table's hierarchy): flags never compare regions of different families, except a
    province with its country, which every family reads as context."""
    if region is None or region not in parent_of:
        return ""
    seen = {region}
    while parent_of.get(region) in parent_of and parent_of[region] not in seen:
        region = parent_of[region]
        seen.add(region)
    return region


def refresh(con: duckdb.DuckDBPyConnection, *, regions: set[str | None] | None, years: set[int | None] | None,
            check: Check | None = None) -> set[str]:
    """Recompute the flags of the figures in `regions` x `years` (None: all) and their neighbours.

    Returns the ids of figures whose flags were (or now are) set, so the snapshot can refresh them.
    Writes only the store's `flags` (registered frames, no temporary tables), so it can run
    inside the caller's transaction. A full refresh goes one province at a time, which bounds
    the rows held in memory.
    """
    check = check or default_check()
    parent_of = parent_map(con)
    children: dict[str, set[str]] = {}
    for c, p in parent_of.items():
        children.setdefault(p, set()).add(c)
    if regions is None:
        every = {r for (r,) in con.execute("SELECT DISTINCT region FROM figures").fetchall()}
        every |= {r for (r,) in con.execute("SELECT DISTINCT new_region FROM reviews "
                                            "WHERE new_region IS NOT NULL").fetchall()}
        families: dict[str, set[str | None]] = {}
        for r in every:
            families.setdefault(_family(r, parent_of), set()).add(r)
        batches = [families[k] for k in sorted(families)]
    else:
        batches = [_ring(regions, parent_of, children)]
    if years is None:
        year_sql = "TRUE"
        year_params: list[int] = []
    else:
        known = sorted(y for y in years if y is not None)
        parts = [f"year IN ({', '.join('?' * len(known))})"] if known else []
        if None in years:
            parts.append("year IS NULL")
        year_sql = " OR ".join(parts) or "FALSE"
        year_params = known
    changed: set[str] = set()
    for batch in batches:
        changed |= _refresh_batch(con, batch, _ring(batch, parent_of, children), year_sql, year_params, check,
                                  parent_of)
    return changed


def _refresh_batch(con: duckdb.DuckDBPyConnection, batch: set[str | None], context: set[str | None], year_sql: str,
                   year_params: list[int], check: Check, parent_of: Mapping[str, str]) -> set[str]:
    import pandas as pd

    from .materialise import reviewed_sql

    null = None in context
    con.register("flag_regions", pd.DataFrame({"r": [r for r in context if r is not None]}, dtype=object))
    try:
        reviewed = reviewed_sql(SCOPE.format(null_region="OR region IS NULL" if null else ""), with_docs=False)
        rows = con.execute(ROWS_SQL.format(reviewed=reviewed, null_region=str(null).upper(), years=year_sql),
                           year_params).fetchall()
    finally:
        con.unregister("flag_regions")
    ids = [r[0] for r in rows if r[9] in batch]
    live = [{"id": r[0], "doc": r[1], "indicator": r[2], "measure": r[3], "value": r[4], "unit": r[5],
             "status": r[6], "year": r[7], "period": r[8], "region": r[9]} for r in rows if not r[10]]
    del rows
    found = check(live, parent_of=parent_of) if live else {}
    del live
    changed: set[str] = set()
    con.register("flag_ids", pd.DataFrame({"figure_id": ids}, dtype=object))
    try:
        changed |= {x for (x,) in con.execute("SELECT DISTINCT figure_id FROM flags "
                                              "WHERE figure_id IN (SELECT figure_id FROM flag_ids)").fetchall()}
        con.execute("DELETE FROM flags WHERE figure_id IN (SELECT figure_id FROM flag_ids)")
    finally:
        con.unregister("flag_ids")
    keep = set(ids)
    new = [(fid, f.code, f.reason) for fid, fl in found.items() if fid in keep for f in fl]
    if new:
        con.register("flag_new", pd.DataFrame(new, columns=["figure_id", "code", "reason"], dtype=object))
        try:
            con.execute("INSERT INTO flags SELECT figure_id, code, reason FROM flag_new")
        finally:
            con.unregister("flag_new")
        changed |= {fid for fid, _c, _r in new}
    return changed
