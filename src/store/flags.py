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
ROWS_SQL = """SELECT figure_id, doc_id, indicator, measure, value, unit, status, year, period, region, quote, rules,
       coalesce(review, '') = 'reject' AS rejected
FROM ({reviewed}) WHERE (region IN (SELECT r FROM flag_regions) OR (region IS NULL AND {null_region}))
  AND ({years})"""


def candidates_sql(check: Check, parent_of: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """SQL over `live` (the unrejected rows of a refresh) selecting the rows the real checks could
    flag, and the frames it needs registered. Only those rows go to Python: a real store has few
    (a conflict needs two readings that differ, a range check a value outside its range, the
    level checks a part and its whole, or a region and its parent, in one group), and a row outside
    them can get no flag, so the result equals running the checks on every row. Every check of
    `check_figures` compares rows within the groups these conditions keep whole. Any other check
    (a test's stand-in) gets every row."""
    try:
        from src.extract import checks  # type: ignore[import-not-found]
    except ImportError:
        return "SELECT * FROM live", {}
    if check is not checks.check_figures:
        return "SELECT * FROM live", {}
    import pandas as pd

    from src.extract import resources  # type: ignore[import-not-found]

    cfg = checks.config()
    ranges = cfg.get("growth_range", {}) or {}
    default = ranges.get("default", [-100, 1000])
    multi = ranges.get("multi_year", default)
    ind = cfg.get("industries") or {}
    units = {**resources.units(), **resources.canonical_units()}  # checks._unit: canonical first
    frames = {
        "chk_ranges": pd.DataFrame([(k, float(v[0]), float(v[1])) for k, v in ranges.items()
                                    if k not in ("default", "multi_year")], columns=["indicator", "lo", "hi"]),
        "chk_pairs": pd.DataFrame([tuple(x) for x in cfg.get("part_whole", []) or []], columns=["part", "whole"],
                                  dtype=object),
        "chk_parts": pd.DataFrame({"indicator": list(ind.get("parts", []))}, dtype=object),
        "chk_parent": pd.DataFrame({"indicator": sorted(cfg.get("level_vs_parent", []) or [])}, dtype=object),
        "chk_pm": pd.DataFrame(list(parent_of.items()), columns=["name", "parent"], dtype=object),
        "chk_units": pd.DataFrame([(u, x.family, float(x.factor)) for u, x in units.items()],
                                  columns=["unit", "family", "factor"]),
    }
    eps = 1e-6  # boundaries are decided exactly (Decimal) in Python: rows near them are candidates
    tol = float(ind.get("tolerance", 0.02))
    n_parts = len(ind.get("parts", []))
    same = "p.region IS NOT DISTINCT FROM w.region AND p.year = w.year AND p.period IS NOT DISTINCT FROM w.period " \
           "AND p.status IS NOT DISTINCT FROM w.status AND p.family = w.family"
    above = f"p.base > w.base - {eps} * abs(w.base)"  # the part (or the region) may exceed the whole (or parent)
    sql = f"""
    , conflict AS (
        SELECT indicator, region, year, period, measure, status FROM live
        WHERE year IS NOT NULL AND coalesce(region, '') <> ''
        GROUP BY ALL HAVING count(*) > 1 AND (min(value) < max(value) OR count(DISTINCT unit) > 1)),
    lv AS (SELECT l.*, u.family, l.value * u.factor AS base FROM live l JOIN chk_units u ON u.unit = l.unit
           WHERE l.measure = 'value' AND l.year IS NOT NULL),
    pw AS (SELECT p.figure_id AS a, w.figure_id AS b FROM lv p JOIN chk_pairs x ON x.part = p.indicator
           JOIN lv w ON w.indicator = x.whole AND {same} WHERE {above}),
    parts AS (SELECT region, year, period, status, family, indicator, min(base) AS lo, max(base) AS hi FROM lv
              WHERE indicator IN (SELECT indicator FROM chk_parts) GROUP BY ALL),
    ind AS (SELECT region, year, period, status, family, sum(lo) AS lo, sum(hi) AS hi FROM parts GROUP BY ALL
            HAVING count(*) = {n_parts}),
    indw AS (SELECT w.figure_id, w.region, w.year, w.period, w.status FROM lv w JOIN ind g
             ON g.region IS NOT DISTINCT FROM w.region AND g.year = w.year AND g.period IS NOT DISTINCT FROM w.period
             AND g.status IS NOT DISTINCT FROM w.status
             WHERE w.indicator = {_lit(ind.get("whole", ""))} AND w.base <> 0
               AND (g.lo < w.base - abs(w.base) * {tol - eps} OR g.hi > w.base + abs(w.base) * {tol - eps}
                    OR g.family <> w.family)),
    pl AS (SELECT * FROM lv WHERE indicator IN (SELECT indicator FROM chk_parent)),
    fam AS (SELECT p.figure_id AS a, w.figure_id AS b FROM pl p JOIN chk_pm m ON m.name = p.region
            JOIN pl w ON w.region = m.parent AND w.indicator = p.indicator AND w.year = p.year
                 AND w.period IS NOT DISTINCT FROM p.period AND w.status IS NOT DISTINCT FROM p.status
                 AND w.family = p.family
            WHERE {above}),
    cand AS (
        SELECT figure_id FROM live l SEMI JOIN conflict c ON c.indicator IS NOT DISTINCT FROM l.indicator
             AND c.region = l.region AND c.year = l.year AND c.period IS NOT DISTINCT FROM l.period
             AND c.measure IS NOT DISTINCT FROM l.measure AND c.status IS NOT DISTINCT FROM l.status
        UNION
        SELECT l.figure_id FROM live l LEFT JOIN chk_ranges r ON r.indicator = l.indicator
        WHERE l.measure = 'growth' AND l.unit IN ('%', '％') AND (
            CASE WHEN l.period = 'multi-year' THEN l.value < {float(multi[0])} + {eps} OR l.value > {float(multi[1])} - {eps}
                 ELSE l.value < coalesce(r.lo, {float(default[0])}) + {eps}
                      OR l.value > coalesce(r.hi, {float(default[1])}) - {eps} END)
        UNION SELECT a FROM pw UNION SELECT b FROM pw
        UNION SELECT figure_id FROM indw
        UNION SELECT p.figure_id FROM lv p SEMI JOIN indw w ON {same.replace(" AND p.family = w.family", "")}
            WHERE p.indicator IN (SELECT indicator FROM chk_parts)
        UNION SELECT a FROM fam UNION SELECT b FROM fam)
    SELECT * FROM live WHERE figure_id IN (SELECT figure_id FROM cand)"""
    return sql, frames


def _lit(v: str) -> str:
    return "'" + str(v).replace("'", "''") + "'"


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
        rows = con.sql(ROWS_SQL.format(reviewed=reviewed, null_region=str(null).upper(), years=year_sql),
                       params=year_params).to_arrow_table()
    finally:
        con.unregister("flag_regions")
    # the rows of the batch (their flags are replaced), in SQL; the checks see the candidates only
    in_batch = pd.DataFrame({"r": [r for r in batch if r is not None]}, dtype=object)
    batch_sql = (f"SELECT figure_id FROM flag_rows WHERE region IN (SELECT r FROM flag_batch)"
                 f"{' OR region IS NULL' if None in batch else ''}")
    cand_sql, frames = candidates_sql(check, parent_of)
    con.register("flag_rows", rows)
    con.register("flag_batch", in_batch)
    for name, frame in frames.items():
        con.register(name, frame)
    try:
        live = con.execute(f"WITH live AS (SELECT * EXCLUDE (rejected) FROM flag_rows WHERE NOT rejected) {cand_sql}"
                           ).fetchall()
        ids = {x for (x,) in con.execute(batch_sql).fetchall()} if live else set()
        changed = {x for (x,) in con.execute(f"SELECT DISTINCT figure_id FROM flags WHERE figure_id IN ({batch_sql})"
                                             ).fetchall()}
        if changed:
            con.execute(f"DELETE FROM flags WHERE figure_id IN ({batch_sql})")
    finally:
        for name in ("flag_rows", "flag_batch", *frames):
            con.unregister(name)
    del rows
    keys = ("id", "doc", "indicator", "measure", "value", "unit", "status", "year", "period", "region", "quote",
            "rules")
    found = check([dict(zip(keys, r, strict=True)) for r in live], parent_of=parent_of) if live else {}
    del live
    new = [(fid, f.code, f.reason) for fid, fl in found.items() if fid in ids for f in fl]
    if new:
        con.register("flag_new", pd.DataFrame(new, columns=["figure_id", "code", "reason"], dtype=object))
        try:
            con.execute("INSERT INTO flags SELECT figure_id, code, reason FROM flag_new")
        finally:
            con.unregister("flag_new")
        changed |= {fid for fid, _c, _r in new}
    return changed
