"""The query layer the pages and reports call: typed functions -> pandas DataFrames.

Bound parameters only. Reviews are applied here: the latest review of a figure wins; a
rejected figure is left out (unless asked for), a corrected field replaces the extractor's.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .db import connect

LATEST_REVIEW = """
latest AS (
    SELECT * FROM reviews
    QUALIFY row_number() OVER (PARTITION BY figure_id ORDER BY created_at DESC, review_id DESC) = 1
)"""

REVIEWED = f"""
WITH {LATEST_REVIEW},
reviewed AS (
    SELECT f.figure_id, f.doc_id,
           coalesce(r.new_indicator, f.indicator) AS indicator,
           coalesce(r.new_measure, f.measure) AS measure,
           coalesce(r.new_value, f.value) AS value,
           CASE WHEN r.new_measure = 'growth' THEN '%' ELSE coalesce(r.new_unit, f.unit) END AS unit,
           coalesce(r.new_status, f.status) AS status,
           coalesce(r.new_year, f.year) AS year,
           coalesce(r.new_period, f.period) AS period,
           coalesce(r.new_region, f.region) AS region,
           coalesce(r.new_qualifier, f.qualifier) AS qualifier,
           f.value AS extracted_value, f.confidence, f.quote, f.start_offset, f.end_offset,
           f.sentence_start, f.sentence_end, f.raw, f.rules,
           r.action AS review, r.reviewer, r.created_at AS reviewed_at, r.note AS review_note
    FROM figures f LEFT JOIN latest r USING (figure_id)
)"""

COLUMNS = """rv.figure_id, rv.doc_id, rv.indicator, i.name_zh AS indicator_name, rv.measure, rv.value, rv.unit,
    rv.status, rv.year, rv.period, rv.region, rv.qualifier, rv.confidence, rv.quote, rv.start_offset, rv.end_offset,
    rv.review, rv.extracted_value, d.file, d.title, d.publisher, d.published, d.doc_type, d.url"""


def _df(sql: str, params: list | None = None, db: Path | None = None) -> pd.DataFrame:
    with connect(db, read_only=True) as con:
        return con.execute(sql, params or []).df()


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
) -> pd.DataFrame:
    """Figures with reviews applied and their document's provenance."""
    where, params = ["TRUE"], []

    def any_of(col: str, v: str | list[str] | None) -> None:
        if v is None or v == [] or v == "":
            return
        vals = [v] if isinstance(v, str) else list(v)
        where.append(f"{col} IN ({', '.join('?' * len(vals))})")
        params.extend(vals)

    any_of("rv.indicator", indicator)
    any_of("rv.region", region)
    if year_from is not None:
        where.append("rv.year >= ?")
        params.append(int(year_from))
    if year_to is not None:
        where.append("rv.year <= ?")
        params.append(int(year_to))
    for col, v in (("rv.period", period), ("rv.status", status), ("rv.measure", measure), ("rv.doc_id", doc_id)):
        if v:
            where.append(f"{col} = ?")
            params.append(v)
    if not include_rejected:
        where.append("coalesce(rv.review, '') <> 'reject'")
    sql = (f"{REVIEWED} SELECT {COLUMNS} FROM reviewed rv JOIN documents d USING (doc_id) "
           f"LEFT JOIN indicators i ON i.id = rv.indicator WHERE {' AND '.join(where)} "
           "ORDER BY rv.indicator, rv.region, rv.year NULLS LAST, rv.period, rv.status, d.published NULLS LAST")
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _df(sql, params, db)


def figure(figure_id: str, db: Path | None = None) -> pd.DataFrame:
    """One figure with its document metadata and sentence (empty if unknown)."""
    sql = (f"{REVIEWED} SELECT {COLUMNS}, rv.rules, rv.raw, rv.sentence_start, rv.sentence_end, rv.reviewer, "
           "rv.review_note, substr(d.text, rv.sentence_start + 1, rv.sentence_end - rv.sentence_start) AS sentence "
           "FROM reviewed rv JOIN documents d USING (doc_id) LEFT JOIN indicators i ON i.id = rv.indicator "
           "WHERE rv.figure_id = ?")
    return _df(sql, [figure_id], db)


def document(doc_id: str, db: Path | None = None) -> dict | None:
    """A document's metadata and full text."""
    df = _df("SELECT doc_id, file, title, publisher, region, published, doc_type, url, index_no, text, ingested_at "
             "FROM documents WHERE doc_id = ?", [doc_id], db)
    return None if df.empty else df.iloc[0].to_dict()


def documents(db: Path | None = None) -> pd.DataFrame:
    return _df("SELECT d.doc_id, d.file, d.title, d.publisher, d.region, d.published, d.doc_type, d.url, d.ingested_at, "
               "count(f.figure_id) AS figures FROM documents d LEFT JOIN figures f USING (doc_id) "
               "GROUP BY ALL ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC", db=db)


def conflicts(db: Path | None = None, *, indicator: str | None = None, region: str | None = None) -> pd.DataFrame:
    """The same indicator, region, year, period, measure and status with different values in different documents."""
    where, params = ["coalesce(review, '') <> 'reject'"], []
    if indicator:
        where.append("indicator = ?")
        params.append(indicator)
    if region:
        where.append("region = ?")
        params.append(region)
    sql = f"""{REVIEWED}, live AS (SELECT * FROM reviewed WHERE {' AND '.join(where)}),
    groups AS (
        SELECT indicator, region, year, period, measure, status
        FROM live GROUP BY ALL
        HAVING count(DISTINCT doc_id) > 1 AND max(value) - min(value) > 0.001 * greatest(abs(max(value)), 1e-9)
    )
    SELECT l.figure_id, l.doc_id, l.indicator, l.region, l.year, l.period, l.measure, l.status, l.value, l.unit,
           l.qualifier, l.quote, l.review, d.title, d.publisher, d.published, d.file
    FROM live l JOIN groups g USING (indicator, region, year, period, measure, status)
    JOIN documents d USING (doc_id)
    ORDER BY l.indicator, l.region, l.year, l.period, l.measure, l.status, d.published"""
    return _df(sql, params, db)


def targets_vs_results(db: Path | None = None, *, region: str | None = None, indicator: str | None = None,
                       year: int | None = None) -> pd.DataFrame:
    """Each target set for a year beside the result later reported for it: met, missed or not yet reported."""
    where, params = ["coalesce(review, '') <> 'reject'", "year IS NOT NULL"], []
    for col, v in (("region", region), ("indicator", indicator), ("year", year)):
        if v is not None and v != "":
            where.append(f"{col} = ?")
            params.append(v)
    sql = f"""{REVIEWED}, live AS (SELECT * FROM reviewed WHERE {' AND '.join(where)}),
    t AS (SELECT * FROM live WHERE status = 'target'
          QUALIFY row_number() OVER (PARTITION BY indicator, region, year, period, measure ORDER BY confidence DESC) = 1),
    a AS (SELECT * FROM live WHERE status = 'actual'
          QUALIFY row_number() OVER (PARTITION BY indicator, region, year, period, measure ORDER BY confidence DESC) = 1)
    SELECT t.indicator, i.name_zh AS indicator_name, t.region, t.year, t.period, t.measure, t.unit,
           t.value AS target, t.qualifier AS target_qualifier, t.figure_id AS target_figure, t.doc_id AS target_doc,
           dt.title AS target_title, a.value AS result, a.figure_id AS result_figure, a.doc_id AS result_doc,
           da.title AS result_title,
           CASE WHEN a.value IS NULL THEN 'pending'
                WHEN t.qualifier = 'at_most' THEN CASE WHEN a.value <= t.value THEN 'met' ELSE 'missed' END
                WHEN t.qualifier = 'approx' THEN CASE WHEN a.value >= t.value * 0.97 - 0.05 THEN 'met' ELSE 'missed' END
                ELSE CASE WHEN a.value >= t.value THEN 'met' ELSE 'missed' END END AS outcome
    FROM t LEFT JOIN a USING (indicator, region, year, period, measure)
    LEFT JOIN documents dt ON dt.doc_id = t.doc_id LEFT JOIN documents da ON da.doc_id = a.doc_id
    LEFT JOIN indicators i ON i.id = t.indicator
    ORDER BY t.year DESC, t.region, t.indicator, t.measure"""
    return _df(sql, params, db)


def coverage(db: Path | None = None) -> pd.DataFrame:
    """Which indicator x region x year cells have data (results and targets counted apart)."""
    sql = f"""{REVIEWED} SELECT indicator, region, year, count(*) FILTER (WHERE status = 'actual') AS results,
           count(*) FILTER (WHERE status = 'target') AS targets
    FROM reviewed WHERE coalesce(review, '') <> 'reject' GROUP BY ALL ORDER BY indicator, region, year"""
    return _df(sql, db=db)


def regions(db: Path | None = None) -> pd.DataFrame:
    """Regions that have figures, with parent and level; regions not in the reference table are flagged unknown."""
    sql = """WITH used AS (SELECT region, count(*) AS figures FROM figures WHERE region IS NOT NULL GROUP BY region),
    ref AS (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY name ORDER BY code) = 1)
    SELECT u.region AS name, r.parent, coalesce(r.level, 'unknown') AS level, r.code, r.name IS NOT NULL AS known,
           u.figures
    FROM used u LEFT JOIN ref r ON r.name = u.region ORDER BY known DESC, u.figures DESC"""
    return _df(sql, db=db)


TREE = """WITH RECURSIVE
    ref AS (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY name ORDER BY known DESC, code) = 1),
    used AS (SELECT region AS name, count(*) AS figures FROM figures WHERE region IS NOT NULL GROUP BY region),
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
    return _df("SELECT i.id, i.name_zh, i.unit, i.grp, i.headline, i.core, count(f.figure_id) AS figures "
               "FROM indicators i LEFT JOIN figures f ON f.indicator = i.id GROUP BY ALL "
               "ORDER BY figures DESC, i.id", db=db)


def review_queue(db: Path | None = None, *, limit: int = 200) -> pd.DataFrame:
    """Figures to check first: in conflict with another document, low confidence, then the rest unreviewed."""
    sql = f"""{REVIEWED}, conflict AS (
        SELECT indicator, region, year, period, measure, status FROM reviewed
        GROUP BY ALL HAVING count(DISTINCT doc_id) > 1 AND max(value) - min(value) > 0.001 * greatest(abs(max(value)), 1e-9)
    )
    SELECT rv.figure_id, rv.doc_id, rv.indicator, i.name_zh AS indicator_name, rv.measure, rv.value, rv.unit,
           rv.status, rv.year, rv.period, rv.region, rv.qualifier, rv.confidence, rv.quote, rv.review,
           c.indicator IS NOT NULL AS in_conflict, d.title, d.file,
           substr(d.text, rv.sentence_start + 1, rv.sentence_end - rv.sentence_start) AS sentence
    FROM reviewed rv LEFT JOIN conflict c USING (indicator, region, year, period, measure, status)
    JOIN documents d ON d.doc_id = rv.doc_id LEFT JOIN indicators i ON i.id = rv.indicator
    WHERE rv.review IS NULL
    ORDER BY in_conflict DESC, rv.confidence ASC, rv.figure_id LIMIT ?"""
    return _df(sql, [limit], db)


def reviews(db: Path | None = None) -> pd.DataFrame:
    """All reviews, with whether their figure still exists."""
    sql = """SELECT r.*, f.figure_id IS NULL AS orphaned FROM reviews r LEFT JOIN figures f USING (figure_id)
             ORDER BY r.created_at"""
    return _df(sql, db=db)


def orphaned_reviews(db: Path | None = None) -> pd.DataFrame:
    df = reviews(db)
    return df[df["orphaned"]].reset_index(drop=True)


def stats(db: Path | None = None) -> dict[str, int]:
    with connect(db, read_only=True) as con:
        d, f, r = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures), "
                              "(SELECT count(*) FROM reviews)").fetchone()
    return {"documents": d, "figures": f, "reviews": r}
