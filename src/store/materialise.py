"""The read tables: what a snapshot holds, and the SQL that derives them from the store.

The store (`documents`, `figures`, `reviews`, `flags`) stays normalised: it is what the writer
changes. A snapshot holds the same data in the shape the pages ask for:

- `fig`: every figure with its latest review applied, its flags and its document's provenance,
  one denormalised row each, written sorted by (region, indicator, year) so that DuckDB's
  row-group min/max indexes skip everything a filtered query does not need (the pages ask
  for one region or a few, then indicators and years);
- `cells`: one row per indicator x region x year x period x measure x status with n, the number
  of documents, min and max (coverage, conflicts and the national conflict count read these);
- `docs` (metadata, text and figure count), `reviews`, `regions`, `indicators`;
- `region_counts`, `indicator_counts` and `queue` (the first 1,000 of the review queue);
- `region_years` and `target_regions`: what the pages open on (the busiest region and year, the
  regions with targets), a few rows per region, so choosing a default never aggregates `cells`;
- `tvr`: each target beside the result reported for it (one row per indicator x region x year x
  period x measure with a target), derived from `fig` like `cells` and sorted by region, so
  targets vs results reads a region's few rows instead of ranking its figures per query.

All statements here run on the writer's connection to the store with the snapshot attached as
`snap`; `{scope}` is a condition on the store's figures `f`.
"""

from __future__ import annotations

SNAPSHOT_VERSION = "4"
QUEUE_SIZE = 1000

DDL = [
    "CREATE TABLE snap.meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE snap.fig (
        figure_id VARCHAR, doc_id VARCHAR, indicator VARCHAR, indicator_name VARCHAR, measure VARCHAR,
        value DOUBLE, unit VARCHAR, status VARCHAR, year INTEGER, period VARCHAR, region VARCHAR, qualifier VARCHAR,
        extracted_value DOUBLE, confidence DOUBLE, quote VARCHAR, start_offset INTEGER, end_offset INTEGER,
        sentence_start INTEGER, sentence_end INTEGER, raw VARCHAR, rules VARCHAR,
        review VARCHAR, reviewer VARCHAR, reviewed_at TIMESTAMP, review_note VARCHAR,
        flag_code VARCHAR, flag_reason VARCHAR,
        file VARCHAR, title VARCHAR, publisher VARCHAR, published VARCHAR, doc_type VARCHAR, url VARCHAR
    )""",
    """CREATE TABLE snap.cells (
        indicator VARCHAR, region VARCHAR, year INTEGER, period VARCHAR, measure VARCHAR, status VARCHAR,
        n BIGINT, n_docs BIGINT, vmin DOUBLE, vmax DOUBLE, conflict BOOLEAN
    )""",
    """CREATE TABLE snap.tvr (
        indicator VARCHAR, region VARCHAR, year INTEGER, period VARCHAR, measure VARCHAR, unit VARCHAR,
        target DOUBLE, target_qualifier VARCHAR, target_figure VARCHAR, target_doc VARCHAR, target_title VARCHAR,
        result DOUBLE, result_figure VARCHAR, result_doc VARCHAR, result_title VARCHAR, outcome VARCHAR
    )""",
    """CREATE TABLE snap.docs (
        doc_id VARCHAR, file VARCHAR, title VARCHAR, publisher VARCHAR, region VARCHAR, published VARCHAR,
        doc_type VARCHAR, url VARCHAR, index_no VARCHAR, text VARCHAR, ingested_at TIMESTAMP, figures BIGINT
    )""",
]

FIG_COLUMNS = ("figure_id, doc_id, indicator, indicator_name, measure, value, unit, status, year, period, region, "
               "qualifier, extracted_value, confidence, quote, start_offset, end_offset, sentence_start, sentence_end, "
               "raw, rules, review, reviewer, reviewed_at, review_note, flag_code, flag_reason, file, title, publisher, "
               "published, doc_type, url")


def reviewed_sql(scope: str = "TRUE", *, with_docs: bool = True) -> str:
    """The store's figures with the latest review of each applied (and flags, provenance)."""
    docs = ("d.file, d.title, d.publisher, d.published, d.doc_type, d.url" if with_docs else
            "NULL AS file, NULL AS title, NULL AS publisher, NULL AS published, NULL AS doc_type, NULL AS url")
    join = "JOIN documents d ON d.doc_id = f.doc_id" if with_docs else ""
    return f"""
    WITH sf AS (SELECT * FROM figures f WHERE {scope}),
    latest AS (
        SELECT * FROM reviews WHERE figure_id IN (SELECT figure_id FROM sf)
        QUALIFY row_number() OVER (PARTITION BY figure_id ORDER BY created_at DESC, review_id DESC) = 1
    ),
    fl AS (
        SELECT figure_id, string_agg(code, ',' ORDER BY code) AS flag_code,
               string_agg(reason, '；' ORDER BY code) AS flag_reason
        FROM flags WHERE figure_id IN (SELECT figure_id FROM sf) GROUP BY figure_id
    ),
    rv AS (
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
               r.action AS review, r.reviewer, r.created_at AS reviewed_at, r.note AS review_note,
               fl.flag_code, fl.flag_reason, {docs}
        FROM sf f LEFT JOIN latest r ON r.figure_id = f.figure_id
        LEFT JOIN fl ON fl.figure_id = f.figure_id {join}
    )
    SELECT rv.figure_id, rv.doc_id, rv.indicator, i.name_zh AS indicator_name, rv.* EXCLUDE (figure_id, doc_id, indicator)
    FROM rv LEFT JOIN indicators i ON i.id = rv.indicator"""


FIG_ORDER = "region, indicator, year, period, status"


def insert_fig(scope: str, *, ordered: bool) -> str:
    order = f" ORDER BY {FIG_ORDER}" if ordered else ""
    return f"INSERT INTO snap.fig ({FIG_COLUMNS}) SELECT {FIG_COLUMNS} FROM ({reviewed_sql(scope)}){order}"


CELL_ORDER = "region, indicator, year"
COUNTS = """SELECT 'conflict_groups', count(*)::VARCHAR FROM snap.cells WHERE conflict
    UNION ALL SELECT 'conflict_figures', coalesce(sum(n), 0)::VARCHAR FROM snap.cells WHERE conflict
    UNION ALL SELECT 'flagged', count(*)::VARCHAR FROM snap.fig WHERE flag_code IS NOT NULL
                                                            AND coalesce(review, '') <> 'reject'"""
KEY = "(coalesce(region, ''), coalesce(year, -1))"


def insert_cells(where: str = "TRUE") -> str:
    return f"""INSERT INTO snap.cells
    SELECT indicator, region, year, period, measure, status, count(*) AS n, count(DISTINCT doc_id) AS n_docs,
           min(value) AS vmin, max(value) AS vmax,
           count(DISTINCT doc_id) > 1 AND max(value) - min(value) > 0.001 * greatest(abs(max(value)), 1e-9) AS conflict
    FROM snap.fig WHERE coalesce(review, '') <> 'reject' AND ({where}) GROUP BY ALL ORDER BY {CELL_ORDER}"""


TVR_FIELDS = ("indicator, region, year, period, measure, unit, target, target_qualifier, target_figure, target_doc, "
              "target_title, result, result_figure, result_doc, result_title, outcome")


def tvr_sql(where: str = "TRUE", table: str = "snap.fig") -> str:
    """Targets beside results over `table`'s figures in (region, year) groups matching `where`: per
    indicator x region x year x period x measure the most confident target and the most confident
    result (ties: the smaller figure id), rejected figures left out, and whether it was met."""
    best = "QUALIFY row_number() OVER (PARTITION BY indicator, region, year, period, measure " \
        "ORDER BY confidence DESC, figure_id) = 1"
    return f"""WITH live AS (
        SELECT figure_id, doc_id, indicator, region, year, period, measure, status, unit, value, qualifier,
               confidence, title
        FROM {table} WHERE coalesce(review, '') <> 'reject' AND year IS NOT NULL
                       AND status IN ('target', 'actual') AND ({where})),
    t AS (SELECT * FROM live WHERE status = 'target' {best}),
    a AS (SELECT * FROM live WHERE status = 'actual' {best})
    SELECT t.indicator, t.region, t.year, t.period, t.measure, t.unit,
           t.value AS target, t.qualifier AS target_qualifier, t.figure_id AS target_figure, t.doc_id AS target_doc,
           t.title AS target_title, a.value AS result, a.figure_id AS result_figure, a.doc_id AS result_doc,
           a.title AS result_title,
           CASE WHEN a.value IS NULL THEN 'pending'
                WHEN t.qualifier = 'at_most' THEN CASE WHEN a.value <= t.value THEN 'met' ELSE 'missed' END
                WHEN t.qualifier = 'approx' THEN CASE WHEN a.value >= t.value * 0.97 - 0.05 THEN 'met' ELSE 'missed' END
                ELSE CASE WHEN a.value >= t.value THEN 'met' ELSE 'missed' END END AS outcome
    FROM t LEFT JOIN a USING (indicator, region, year, period, measure)"""


def insert_tvr(where: str = "TRUE") -> str:
    return f"INSERT INTO snap.tvr ({TVR_FIELDS}) SELECT {TVR_FIELDS} FROM ({tvr_sql(where)}) ORDER BY {CELL_ORDER}"


def insert_docs(where: str) -> list[str]:
    """Statements copying the documents `where` selects (on `documents d`) with their figure counts.
    The counts are set by an UPDATE joined on ids alone: a join carrying the texts (a correlated
    count, or a LEFT JOIN on the counts) built a hash table over them, which outgrew DuckDB's
    memory limit once the stored texts approached it."""
    return [
        f"""INSERT INTO snap.docs
            SELECT d.doc_id, d.file, d.title, d.publisher, d.region, d.published, d.doc_type, d.url, d.index_no,
                   d.text, d.ingested_at, 0 AS figures
            FROM documents d WHERE {where}""",
        f"""CREATE OR REPLACE TEMP TABLE _doc_n AS
            SELECT f.doc_id, count(*)::BIGINT AS n FROM figures f
            WHERE f.doc_id IN (SELECT d.doc_id FROM documents d WHERE {where}) GROUP BY f.doc_id""",
        "UPDATE snap.docs SET figures = _doc_n.n FROM _doc_n WHERE snap.docs.doc_id = _doc_n.doc_id",
        "DROP TABLE _doc_n",
    ]

DERIVED = [
    "CREATE OR REPLACE TABLE snap.reviews AS SELECT * FROM reviews ORDER BY created_at, review_id",
    "CREATE OR REPLACE TABLE snap.regions AS SELECT * FROM regions",
    "CREATE OR REPLACE TABLE snap.indicators AS SELECT * FROM indicators",
    """CREATE OR REPLACE TABLE snap.region_counts AS
       SELECT region, sum(n)::BIGINT AS figures FROM snap.cells WHERE region IS NOT NULL GROUP BY region""",
    """CREATE OR REPLACE TABLE snap.indicator_counts AS
       SELECT indicator, sum(n)::BIGINT AS figures FROM snap.cells GROUP BY indicator""",
    """CREATE OR REPLACE TABLE snap.region_years AS
       SELECT region, year, sum(n)::BIGINT AS n FROM snap.cells
       WHERE region IS NOT NULL AND year IS NOT NULL AND status IN ('actual', 'target')
       GROUP BY region, year ORDER BY n DESC, region, year""",
    # per region: targets (indicator x year x period x measure), those with a result reported
    # (paired), the latest target year and the latest paired year
    """CREATE OR REPLACE TABLE snap.target_regions AS
       WITH g AS (SELECT indicator, region, year, period, measure,
                         bool_or(status = 'target') AS has_target, bool_or(status = 'actual') AS has_actual
                  FROM snap.cells WHERE year IS NOT NULL AND region IS NOT NULL AND status IN ('actual', 'target')
                  GROUP BY ALL)
       SELECT region, count(*) AS targets, count(*) FILTER (WHERE has_actual) AS paired, max(year) AS year,
              max(year) FILTER (WHERE has_actual) AS paired_year
       FROM g WHERE has_target GROUP BY region ORDER BY region""",
]

QUEUE_SQL = f"""WITH c AS (SELECT indicator, region, year, period, measure, status FROM snap.cells WHERE conflict),
    cand AS (
        SELECT f.*, c.indicator IS NOT NULL AS in_conflict FROM snap.fig f
        LEFT JOIN c ON c.indicator = f.indicator AND c.region IS NOT DISTINCT FROM f.region
             AND c.year IS NOT DISTINCT FROM f.year AND c.period IS NOT DISTINCT FROM f.period
             AND c.measure = f.measure AND c.status IS NOT DISTINCT FROM f.status
        WHERE f.review IS NULL
        ORDER BY f.flag_code IS NOT NULL DESC, in_conflict DESC, f.confidence ASC, f.figure_id
        LIMIT {QUEUE_SIZE}
    )
    SELECT row_number() OVER (ORDER BY flag_code IS NOT NULL DESC, in_conflict DESC, confidence ASC, figure_id) AS rank,
           * FROM cand"""

