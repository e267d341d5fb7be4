"""The query layer the pages and reports call: typed functions -> pandas DataFrames.

Bound parameters only. Every query reads the published snapshot (`snapshot.py`), through a
read-only connection kept open per process, so a page pays no connection cost and an ingest in
another process never blocks it. The snapshot's `fig` table already has the reviews applied (the
latest review of a figure wins; a rejected figure is left out unless asked for, a corrected field
replaces the extractor's), the safety net's flags, and the document's provenance.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from . import materialise as m
from .snapshot import reading

# Column sets (every column a query returns costs time in the scan and in the conversion to pandas,
# even for a few rows, so each query returns what its page reads):
# - FIGURE_COLUMNS: figures(), a figure as the pages show it (charts, tables, cards, source lines,
#   downloads with their link);
# - COLUMNS: all of a figure's fields: a document's figures (the source page marks their offsets),
#   exports;
# - CHART_COLUMNS: what a chart and its hover read; ISSUE_COLUMNS: a region's conflicts and flags;
# - figure(): one figure with the source panel's fields (sentence, rules, offsets, reviewer).
COLUMNS = """rv.figure_id, rv.doc_id, rv.indicator, rv.indicator_name, rv.measure, rv.value, rv.unit,
    rv.status, rv.year, rv.period, rv.region, rv.qualifier, rv.confidence, rv.quote, rv.start_offset, rv.end_offset,
    rv.review, rv.extracted_value, rv.file, rv.title, rv.publisher, rv.published, rv.doc_type, rv.url,
    rv.flag_code, rv.flag_reason"""

FIGURE_COLUMNS = """rv.figure_id, rv.doc_id, rv.indicator, rv.indicator_name, rv.measure, rv.value, rv.unit,
    rv.status, rv.year, rv.period, rv.region, rv.qualifier, rv.confidence, rv.quote, rv.review, rv.title,
    rv.publisher, rv.published, rv.url, rv.file, rv.flag_code, rv.flag_reason"""
CHART_COLUMNS = """rv.figure_id, rv.doc_id, rv.indicator, rv.measure, rv.value, rv.unit, rv.status, rv.year,
    rv.period, rv.region, rv.qualifier, rv.review, rv.title, rv.publisher, rv.published, rv.flag_code, rv.flag_reason"""
ISSUE_COLUMNS = """rv.figure_id, rv.doc_id, rv.indicator, rv.indicator_name, rv.measure, rv.value, rv.unit, rv.status,
    rv.year, rv.period, rv.region, rv.qualifier, rv.confidence, rv.quote, rv.review, rv.title, rv.publisher,
    rv.published, rv.flag_code, rv.flag_reason"""

GROUP = ("indicator", "region", "year", "period", "measure", "status")
CONFLICT_JOIN = " AND ".join(f"c.{k} IS NOT DISTINCT FROM rv.{k}" for k in GROUP)


def _df(sql: str, params: list | None = None, db: Path | None = None, *, arrow: bool = False,
        order: tuple[str, ...] = (), hidden: tuple[str, ...] = ()) -> pd.DataFrame:
    """The result as a DataFrame; `arrow`: through Arrow (`frame`), for results of many rows.

    `order`: output columns to sort by, ascending, nulls last, strings by their bytes (DuckDB's
    ORDER BY). Through Arrow the rows are sorted there: DuckDB's sort of a region's 3,000 figures
    by 7 keys took ~6 CPU-ms at 10 M, Arrow's ~0.7 (tests/store/test_frames.py checks the orders
    agree). `hidden`: output columns that only sort, left out of the result."""
    with reading(db) as con:
        if arrow:
            table = _arrow(con, sql, params or None)
            if order:
                table = table.sort_by([(k, "ascending", "at_end") for k in order])
            return frame(table.drop_columns(list(hidden)) if hidden else table)
        if order:
            exclude = f"EXCLUDE ({', '.join(hidden)}) " if hidden else ""
            sql = f"SELECT * {exclude}FROM ({sql}) ORDER BY {', '.join(f'{k} NULLS LAST' for k in order)}"
        return con.execute(sql, params or []).df()


def _arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list | None) -> pa.Table:
    """One statement's rows as an Arrow table.

    `con.sql(…).to_arrow_table()` goes through the Python relation layer of this DuckDB build,
    which parses the statement and binds it once to describe the relation, then sends it to be
    parsed, bound, planned and run: ~0.9 CPU-ms of a 1 M region's 4-5 ms. The layer's own
    `_seam.submit` (what the relation's terminals call) runs the statement once; `con.execute`
    has no Arrow result without a copy (DuckDB warns). Another DuckDB build without that module
    takes the relation path."""
    if _submit is not None:
        try:
            result = _submit(con, sql, params, "arrow")
        except TypeError:  # pragma: no cover - a build whose runner takes other arguments
            pass
        else:
            return result.arrow_table()
    return con.sql(sql, params=params).to_arrow_table()


try:  # the statement runner under duckdb's Python relation layer (see _arrow)
    from duckdb._seam import submit as _submit
except ImportError:  # pragma: no cover - another DuckDB build
    _submit = None


def frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow result as the DataFrame DuckDB's `.df()` gives for it, column types included.

    Through Arrow, strings reach pandas without a Python object per value: a region's 3,000
    figures (22 columns) at 10 M took 23 CPU-ms with `.df()`, 12 this way; at 1 M (a few dozen to
    a few hundred rows) figures(), targets_vs_results(), region_issues() (sorted in Arrow) and the
    review queue's page take 0.3-0.6 CPU-ms less this way, because `_arrow` runs the statement
    once; coverage() (integer sums, few rows) does not and keeps `.df()`. In the calling thread:
    pyarrow's pool of threads, woken for every table, added ~20 ms of wall time per query when the
    machine was busy. Arrow maps some types differently; they are put back to what
    `.df()` returns (tests/store/test_frames.py compares both on every query):
    a string column with no value is `object` of None, integers and booleans with nulls are
    pandas' nullable types, DECIMAL and HUGEINT (`sum` of integers) are float64, DATE is a
    timestamp."""
    later = {}  # converted alone after the table: integers and booleans with nulls, dates
    for i, (name, col) in enumerate(zip(table.column_names, table.columns, strict=True)):
        t = col.type
        if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
            if col.null_count == len(col):  # Arrow's null type converts to object of None
                table = table.set_column(i, name, pa.nulls(len(col)))
        elif ((pa.types.is_integer(t) or pa.types.is_boolean(t)) and col.null_count) or pa.types.is_date(t):
            later[name] = col
        elif pa.types.is_decimal(t):
            table = table.set_column(i, name, col.cast(pa.float64()))
    # the columns are put right in Arrow, before the one conversion: replacing a column of the
    # DataFrame afterwards cost ~0.1 ms each (a region's all-empty review and flag columns)
    df = table.to_pandas(use_threads=False)  # pyarrow's thread pool: +20 ms of wall time on a busy machine
    for name, col in later.items():
        if pa.types.is_date(col.type):
            df[name] = col.to_pandas().astype("datetime64[us]")
        else:
            df[name] = col.to_pandas(types_mapper=_NULLABLE.get)
    return df


_NULLABLE = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
             pa.int64(): pd.Int64Dtype(), pa.uint8(): pd.UInt8Dtype(), pa.uint16(): pd.UInt16Dtype(),
             pa.uint32(): pd.UInt32Dtype(), pa.uint64(): pd.UInt64Dtype(), pa.bool_(): pd.BooleanDtype()}


def _where(filters: list[tuple[str, object]]) -> tuple[list[str], list]:
    where, params = [], []
    for cond, v in filters:
        if v is None or v == "" or v == []:
            continue
        vals = [v] if isinstance(v, (str, int)) else list(v)  # type: ignore[arg-type]
        if "?" in cond:
            where.append(cond)
            params.append(v)
        elif len(vals) == 1:
            where.append(f"{cond} = ?")
            params.append(vals[0])
        else:
            where.append(f"{cond} IN ({', '.join('?' * len(vals))})")
            params.extend(vals)
    return where, params


def figures(
    db: Path | None = None,
    *,
    indicator: str | list[str] | None = None,
    region: str | list[str] | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    period: str | None = None,
    status: str | None = None,
    measure: str | None = None,
    doc_id: str | None = None,
    include_rejected: bool = False,
    limit: int | None = None,
    columns: str | None = None,
) -> pd.DataFrame:
    """Figures with reviews applied, their flags and their document's provenance.

    `columns`: a column set above (default FIGURE_COLUMNS; COLUMNS for one document's figures)."""
    columns = columns or (COLUMNS if doc_id else FIGURE_COLUMNS)
    where, params = _where([
        ("rv.region", region or None), ("rv.indicator", indicator),
        ("rv.year >= ?", None if year_from is None else int(year_from)),
        ("rv.year <= ?", None if year_to is None else int(year_to)),
        ("rv.period", period or None), ("rv.status", status or None), ("rv.measure", measure or None),
        ("rv.doc_id", doc_id or None),
    ])
    if not include_rejected:
        where.append("coalesce(rv.review, '') <> 'reject'")
    sql = f"SELECT {columns} FROM fig rv WHERE {' AND '.join(where) or 'TRUE'}"
    if limit or not set(FIGURE_ORDER) <= _names(columns):  # a first page: DuckDB's top-N
        sql += f" ORDER BY {', '.join(f'rv.{k} NULLS LAST' for k in FIGURE_ORDER)}"
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        return _df(sql, params, db, arrow=True)
    return _df(sql, params, db, arrow=True, order=FIGURE_ORDER)


FIGURE_ORDER = ("indicator", "region", "year", "period", "status", "published", "figure_id")


def _names(columns: str) -> set[str]:
    """The output names of a column list ("rv.x, f(y) AS z" -> {x, z})."""
    return {c.strip().split()[-1].split(".")[-1] for c in columns.split(",")}


def figure(figure_id: str, db: Path | None = None) -> pd.DataFrame:
    """One figure with its document metadata and sentence (empty if unknown)."""
    sql = (f"SELECT {COLUMNS}, rv.rules, rv.raw, rv.sentence_start, rv.sentence_end, rv.reviewer, "
           "rv.review_note, substr(d.text, rv.sentence_start + 1, rv.sentence_end - rv.sentence_start) AS sentence "
           "FROM fig rv JOIN docs d USING (doc_id) WHERE rv.figure_id = ?")
    return _df(sql, [figure_id], db)


def document(doc_id: str, db: Path | None = None) -> dict | None:
    """A document's metadata and full text."""
    df = _df("SELECT doc_id, file, title, publisher, region, published, doc_type, url, index_no, text, ingested_at "
             "FROM docs WHERE doc_id = ?", [doc_id], db)
    return None if df.empty else df.iloc[0].to_dict()


def documents(db: Path | None = None, *, region: str | None = None, limit: int | None = None) -> pd.DataFrame:
    """Documents' metadata, newest first: all of them, or those filed under `region` ("" for the
    documents without a region), or the newest `limit`. A national store holds hundreds of
    thousands: a page asks for one region's, or for the newest few."""
    where, params = ("", [])
    if region is not None:
        where, params = " WHERE coalesce(region, '') = ?", [region]
    top = f" LIMIT {int(limit)}" if limit is not None else ""
    return _df("SELECT doc_id, file, title, publisher, region, published, doc_type, url, ingested_at, figures "
               f"FROM docs{where} ORDER BY published DESC NULLS LAST, ingested_at DESC, doc_id{top}", params, db=db)


def document_regions(db: Path | None = None) -> pd.DataFrame:
    """The regions documents are filed under ("" for none), with their numbers of documents, the
    region with the most first (ties: by name)."""
    return _df("SELECT coalesce(region, '') AS region, count(*)::BIGINT AS documents FROM docs "
               "GROUP BY ALL ORDER BY documents DESC, region", db=db)


def conflicts(db: Path | None = None, *, indicator: str | None = None, region: str | None = None) -> pd.DataFrame:
    """The same indicator, region, year, period, measure and status with different values in different documents."""
    where, params = ["conflict"], []
    if indicator:
        where.append("indicator = ?")
        params.append(indicator)
    if region:
        where.append("region = ?")
        params.append(region)
    fwhere = ["coalesce(rv.review, '') <> 'reject'"] + [f"rv.{w}" for w in where[1:]]
    sql = f"""WITH c AS (SELECT {', '.join(GROUP)} FROM cells WHERE {' AND '.join(where)})
    SELECT rv.figure_id, rv.doc_id, rv.indicator, rv.region, rv.year, rv.period, rv.measure, rv.status, rv.value,
           rv.unit, rv.qualifier, rv.quote, rv.review, rv.title, rv.publisher, rv.published, rv.file,
           rv.flag_code, rv.flag_reason
    FROM fig rv SEMI JOIN c ON {CONFLICT_JOIN}
    WHERE {' AND '.join(fwhere)}
    ORDER BY rv.indicator, rv.region, rv.year, rv.period, rv.measure, rv.status, rv.published, rv.figure_id"""
    return _df(sql, params * 2, db)


def region_issues(region: str, db: Path | None = None, *, columns: str = ISSUE_COLUMNS) -> pd.DataFrame:
    """Conflicts and flags for one region: its figures that the safety net flagged or that another
    document contradicts (`in_conflict`), flagged first."""
    on = " AND ".join(f"c.{k} IS NOT DISTINCT FROM rv.{k}" for k in GROUP if k != "region")
    sql = f"""WITH c AS (SELECT {', '.join(k for k in GROUP if k != 'region')} FROM cells WHERE region = ? AND conflict),
    rv AS (SELECT * FROM fig WHERE region = ? AND coalesce(review, '') <> 'reject')
    SELECT {columns}, c.indicator IS NOT NULL AS in_conflict/*unflagged*/
    FROM rv LEFT JOIN c ON {on}
    WHERE rv.flag_code IS NOT NULL OR c.indicator IS NOT NULL"""
    if set(ISSUE_ORDER[1:]) <= _names(columns):
        # sorted in Arrow (flagged first, then as figures()): 0.6 CPU-ms less than DuckDB's
        # ORDER BY and `.df()` for a 1 M region's few dozen rows
        return _df(sql.replace("/*unflagged*/", ", rv.flag_code IS NULL AS _unflagged"), [region, region], db, arrow=True,
                   order=ISSUE_ORDER, hidden=("_unflagged",))
    sql = sql.replace("/*unflagged*/", "") + "\n    ORDER BY rv.flag_code IS NULL, " + ", ".join(f"rv.{k}" for k in ISSUE_ORDER[1:])
    return _df(sql, [region, region], db)


ISSUE_ORDER = ("_unflagged", "indicator", "year", "period", "measure", "status", "published", "figure_id")


def conflict_count(db: Path | None = None) -> dict[str, int]:
    """The national count: groups read with different values in different documents, the figures
    in them, and the figures the safety net flagged (numbers the publish stores)."""
    with reading(db) as con:
        got = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('conflict_groups', 'conflict_figures', "
                               "'flagged')").fetchall())
        if len(got) < 3:  # a snapshot published before the numbers were stored
            groups, figs = con.execute("SELECT count(*), coalesce(sum(n), 0) FROM cells WHERE conflict").fetchone()
            (flagged,) = con.execute("SELECT count(*) FROM fig WHERE flag_code IS NOT NULL "
                                     "AND coalesce(review, '') <> 'reject'").fetchone()
            got = {"conflict_groups": groups, "conflict_figures": figs, "flagged": flagged}
    return {"groups": int(got["conflict_groups"]), "figures": int(got["conflict_figures"]),
            "flagged": int(got["flagged"])}


TVR_COLUMNS = ", ".join(f"rv.{c}" for c in m.TVR_FIELDS.split(", "))


def targets_vs_results(db: Path | None = None, *, region: str | None = None, indicator: str | None = None,
                       year: int | None = None) -> pd.DataFrame:
    """Each target set for a year beside the result later reported for it: met, missed or not yet
    reported (`tvr`, derived at publish by `materialise.tvr_sql`)."""
    where, params = _where([("rv.region", region or None), ("rv.indicator", indicator),
                            ("rv.year", None if year is None or year == "" else year)])
    sql = f"""SELECT t.indicator, i.name_zh AS indicator_name, t.* EXCLUDE (indicator)
    FROM (SELECT {TVR_COLUMNS} FROM tvr rv WHERE {' AND '.join(where) or 'TRUE'}) t LEFT JOIN indicators i ON i.id = t.indicator
    ORDER BY t.year DESC, t.region, t.indicator, t.measure, t.period"""
    return _df(sql, params, db, arrow=True)


def coverage(db: Path | None = None, *, region: str | None = None) -> pd.DataFrame:
    """Which indicator x region x year cells have data (results and targets counted apart)."""
    where, params = "TRUE", []
    if region:
        where, params = "region = ?", [region]
    sql = f"""SELECT indicator, region, year, coalesce(sum(n) FILTER (WHERE status = 'actual'), 0) AS results,
           coalesce(sum(n) FILTER (WHERE status = 'target'), 0) AS targets
    FROM cells WHERE {where} GROUP BY ALL ORDER BY indicator, region, year"""
    return _df(sql, params, db)


def regions(db: Path | None = None) -> pd.DataFrame:
    """Regions that have figures, with parent and level; regions not in the reference table are flagged unknown."""
    sql = """WITH used AS (SELECT region, figures FROM region_counts),
    ref AS (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY name ORDER BY code) = 1)
    SELECT u.region AS name, r.parent, coalesce(r.level, 'unknown') AS level, r.code, r.name IS NOT NULL AS known,
           u.figures
    FROM used u LEFT JOIN ref r ON r.name = u.region ORDER BY known DESC, u.figures DESC"""
    return _df(sql, db=db)


TREE = """WITH RECURSIVE
    ref AS (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY name ORDER BY known DESC, code) = 1),
    used AS (SELECT region AS name, figures FROM region_counts),
    up(name) AS (SELECT name FROM used
                 UNION SELECT r.parent FROM up JOIN ref r ON r.name = up.name WHERE coalesce(r.parent, '') <> '')
    SELECT up.name, r.parent, coalesce(r.level, 'unknown') AS level, coalesce(u.figures, 0) AS figures
    FROM up LEFT JOIN ref r USING (name) LEFT JOIN used u USING (name)"""


def region_tree(db: Path | None = None) -> pd.DataFrame:
    """Regions with figures and all their ancestors (name, parent, level, figures), for drilling down."""
    return _df(f"SELECT * FROM ({TREE}) ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'province' THEN 1 "
               "WHEN 'city' THEN 2 WHEN 'county' THEN 3 WHEN 'zone' THEN 4 ELSE 5 END, figures DESC, name", db=db)


def children(region: str, db: Path | None = None) -> pd.DataFrame:
    """Regions directly under `region` with figures in their subtree (for drilling down)."""
    return _df(f"SELECT name, level, figures FROM ({TREE}) WHERE parent = ? ORDER BY name", [region], db)


def indicators(db: Path | None = None) -> pd.DataFrame:
    return _df("SELECT i.id, i.name_zh, i.unit, i.grp, i.headline, i.core, coalesce(c.figures, 0) AS figures "
               "FROM indicators i LEFT JOIN indicator_counts c ON c.indicator = i.id "
               "ORDER BY figures DESC, i.id", db=db)


QUEUE_COLUMNS = """figure_id, doc_id, indicator, indicator_name, measure, value, unit, status, year, period, region,
    qualifier, confidence, quote, review, in_conflict, title, file, sentence, flag_code, flag_reason"""


def review_queue(db: Path | None = None, *, limit: int = 200) -> pd.DataFrame:
    """Figures to check first: flagged by the safety net, then in conflict with another document,
    then low confidence; unreviewed only. The first 1,000 are kept ready in the snapshot."""
    from .materialise import QUEUE_SIZE

    if limit <= QUEUE_SIZE:
        return _df(f"SELECT {QUEUE_COLUMNS} FROM queue ORDER BY rank LIMIT ?", [int(limit)], db, arrow=True)
    sql = f"""WITH c AS (SELECT {', '.join(GROUP)} FROM cells WHERE conflict)
    SELECT rv.figure_id, rv.doc_id, rv.indicator, rv.indicator_name, rv.measure, rv.value, rv.unit, rv.status, rv.year,
           rv.period, rv.region, rv.qualifier, rv.confidence, rv.quote, rv.review,
           EXISTS (SELECT 1 FROM c WHERE {CONFLICT_JOIN}) AS in_conflict, rv.title, rv.file,
           substr(d.text, rv.sentence_start + 1, rv.sentence_end - rv.sentence_start) AS sentence,
           rv.flag_code, rv.flag_reason
    FROM fig rv JOIN docs d ON d.doc_id = rv.doc_id
    WHERE rv.review IS NULL
    ORDER BY rv.flag_code IS NOT NULL DESC, in_conflict DESC, rv.confidence ASC, rv.figure_id LIMIT ?"""
    return _df(sql, [int(limit)], db)


def reviews(db: Path | None = None) -> pd.DataFrame:
    """All reviews, with whether their figure still exists."""
    sql = """SELECT r.*, NOT EXISTS (SELECT 1 FROM fig f WHERE f.figure_id = r.figure_id) AS orphaned FROM reviews r
             ORDER BY r.created_at, r.review_id"""
    return _df(sql, db=db)


def orphaned_reviews(db: Path | None = None) -> pd.DataFrame:
    df = reviews(db)
    return df[df["orphaned"]].reset_index(drop=True)


def stats(db: Path | None = None) -> dict[str, int]:
    with reading(db) as con:
        d, f, r = con.execute("SELECT (SELECT count(*) FROM docs), (SELECT count(*) FROM fig), "
                              "(SELECT count(*) FROM reviews)").fetchone()
    return {"documents": d, "figures": f, "reviews": r}


# The views the pages open on, chosen from the pre-aggregated `cells` (a few rows per region at any
# size), so a page never reads every region's figures just to pick its default selection.

BUSIEST_SQL = """WITH t AS (SELECT region, sum(n) AS total FROM region_years GROUP BY region)
    SELECT r.region, r.year FROM region_years r JOIN t USING (region)
    ORDER BY t.total DESC, r.region, r.n DESC, r.year DESC LIMIT 1"""


def busiest_region_year(db: Path | None = None) -> tuple[str | None, int | None]:
    """The region with the most figures (results and targets, over all years) and its year with the
    most figures (ties: the first region in order, the latest year), for the overview to open on
    (`region_years`, derived at publish: a few rows per region). A district whose one busy report
    equals the city's busiest year does not displace the city, which has more data in all."""
    row = _df(BUSIEST_SQL, db=db)
    return (None, None) if row.empty else (str(row.region[0]), int(row.year[0]))


def target_regions(db: Path | None = None) -> pd.DataFrame:
    """Regions with targets (a year set): `targets` (indicator x year x period x measure targets),
    `paired` (those with a result reported), `year` (the latest target year) and `paired_year`
    (the latest year with a result beside its target), the rows targets_vs_results would return
    (`target_regions`, derived at publish)."""
    return _df("SELECT region, targets, paired, year, paired_year FROM target_regions ORDER BY region", db=db)


def indicator_cells(indicator: str, db: Path | None = None) -> pd.DataFrame:
    """One indicator's figure counts by region, measure, period and status (what the indicator
    page offers to choose, without reading the figures)."""
    return _df("""SELECT region, measure, period, status, sum(n)::BIGINT AS figures FROM cells
                  WHERE indicator = ? GROUP BY ALL ORDER BY region, measure, period, status""", [indicator], db)
