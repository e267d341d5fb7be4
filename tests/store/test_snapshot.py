"""The read snapshot: incremental publishes equal a full build, readers keep one connection and
move to the next generation, reviews show on the next read, flags follow the groups a write
touched, and a store of the previous schema is migrated."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from src.ingest.pipeline import ingest_paths
from src.store import flags as flagmod
from src.store import queries, snapshot
from src.store.db import SCHEMA_VERSION, connect, ensure_db, schema_version
from src.store.reviews import add_review


@dataclass(frozen=True)
class FakeFlag:
    code: str
    reason: str


def above_parent(rows, *, parent_of=None):
    """A small stand-in for the real checks: a level above its parent region's same figure."""
    parent_of = parent_of or {}
    by_key = {}
    for r in rows:
        by_key.setdefault((r["indicator"], r["measure"], r["status"], r["year"], r["period"], r["region"]), []).append(r)
    out = {}
    for r in rows:
        if r["measure"] != "value" or r["region"] not in parent_of:
            continue
        up = by_key.get((r["indicator"], r["measure"], r["status"], r["year"], r["period"], parent_of[r["region"]]), [])
        if any(u["value"] < r["value"] for u in up):
            out[r["id"]] = [FakeFlag("level_vs_parent", "高于上级地区")]
    return out


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def comparable(db):
    df = queries.figures(db, include_rejected=True)
    cols = ["figure_id", "indicator", "value", "region", "year", "status", "review", "flag_code", "title"]
    return df[cols].sort_values("figure_id").reset_index(drop=True).astype(str)


def test_incremental_publishes_equal_a_full_build(seed_db, tmp_path, monkeypatch):
    monkeypatch.setattr(flagmod, "default_check", lambda: above_parent)
    monkeypatch.setattr(snapshot, "COMPACT_MIN", 5)  # also exercise the re-sorting publish
    for i, region in enumerate(["西湖区", "萧山区", "杭州市"]):
        f = write(tmp_path, f"r{i}.txt", f"2024年，全区地区生产总值达到{2000 + 900 * i}亿元，增长{5 + i}.1%。")
        ingest_paths([f], db=seed_db, region=region, published="2025-02")
    gdp = queries.figures(seed_db, indicator="gdp", measure="value", year_from=2024, year_to=2024)
    add_review(gdp.figure_id.iloc[0], "correct", value=1234.5, db=seed_db)
    add_review(gdp.figure_id.iloc[-1], "reject", db=seed_db)
    incremental = comparable(seed_db)
    cov, queue = queries.coverage(seed_db), queries.review_queue(seed_db)
    with connect(seed_db) as con:
        snapshot.publish(con, full=True, check=above_parent)
    assert comparable(seed_db).equals(incremental)
    assert queries.coverage(seed_db).equals(cov)
    assert queries.review_queue(seed_db).figure_id.tolist() == queue.figure_id.tolist()


def test_flags_follow_the_parent_region(empty_db, tmp_path, monkeypatch):
    monkeypatch.setattr(flagmod, "default_check", lambda: above_parent)
    district = write(tmp_path, "d.txt", "2024年，全区地区生产总值达到3000亿元。")
    ingest_paths([district], db=empty_db, region="西湖区", published="2025-02")
    assert queries.figures(empty_db).flag_code.isna().all()
    city = write(tmp_path, "c.txt", "2024年，全市地区生产总值达到2000亿元。")  # smaller than its district
    ingest_paths([city], db=empty_db, region="杭州市", published="2025-02")
    figs = queries.figures(empty_db).set_index("region")
    assert figs.loc["西湖区", "flag_code"] == "level_vs_parent"
    assert figs.loc["西湖区", "flag_reason"] == "高于上级地区"
    assert pd_isna(figs.loc["杭州市", "flag_code"])
    assert queries.review_queue(empty_db).region.iloc[0] == "西湖区"  # flagged first
    issues = queries.region_issues("西湖区", empty_db)
    assert issues.flag_code.tolist() == ["level_vs_parent"] and not issues.in_conflict.any()
    assert queries.conflict_count(empty_db)["flagged"] == 1
    # correcting the city's figure clears the district's flag: the write touched the parent's group
    city_fig = figs.loc["杭州市", "figure_id"]
    add_review(city_fig, "correct", value=20000, db=empty_db)
    assert queries.figures(empty_db).flag_code.isna().all()
    assert queries.conflict_count(empty_db)["flagged"] == 0


def pd_isna(v) -> bool:
    return v is None or v != v


def test_region_issues_and_national_count(empty_db, tmp_path, monkeypatch):
    monkeypatch.setattr(flagmod, "default_check", lambda: lambda rows, parent_of=None: {})
    a = write(tmp_path, "a.txt", "2024年，全区地区生产总值增长6.5%。")
    b = write(tmp_path, "b.txt", "2024年，全区地区生产总值增长6.4%。")
    c = write(tmp_path, "c.txt", "2024年，全区地区生产总值增长7.0%。")
    ingest_paths([a, b], db=empty_db, region="西湖区", published="2025-02")
    ingest_paths([c], db=empty_db, region="萧山区", published="2025-02")
    issues = queries.region_issues("西湖区", empty_db)
    assert sorted(issues.value) == [6.4, 6.5] and issues.in_conflict.all()
    assert queries.region_issues("萧山区", empty_db).empty
    assert queries.conflict_count(empty_db) == {"groups": 1, "figures": 2, "flagged": 0}
    add_review(issues.figure_id.iloc[0], "reject", db=empty_db)  # one reading left: no conflict
    assert queries.conflict_count(empty_db)["groups"] == 0
    assert queries.region_issues("西湖区", empty_db).empty


def test_reader_keeps_one_connection_and_moves_on(seed_db, tmp_path):
    queries.stats(seed_db)
    first = snapshot.current(seed_db)
    con = snapshot.reader_connection(seed_db)
    queries.figures(seed_db, indicator="gdp")
    assert snapshot.reader_connection(seed_db) is con  # kept open between queries
    n = queries.stats(seed_db)["documents"]
    ingest_paths([write(tmp_path, "n.txt", "2024年，全区地区生产总值增长6.1%。")], db=seed_db, region="西湖区",
                 published="2025-02")
    assert snapshot.current(seed_db) != first and not first.exists()  # a new generation; the old one removed
    assert queries.stats(seed_db)["documents"] == n + 1
    assert snapshot.reader_connection(seed_db) is not con


def test_review_shows_on_the_next_read(seed_db):
    fid = queries.review_queue(seed_db).figure_id.iloc[0]
    before = snapshot.version(seed_db)
    add_review(fid, "reject", db=seed_db)
    assert snapshot.version(seed_db) != before
    assert fid not in set(queries.figures(seed_db).figure_id)
    assert fid not in set(queries.review_queue(seed_db).figure_id)


def test_nothing_changed_publishes_nothing(seed_db):
    queries.stats(seed_db)
    with connect(seed_db) as con:
        assert snapshot.publish(con) is None


def test_a_version_3_store_is_migrated(seed_db):
    with connect(seed_db) as con:  # the store as schema 3 left it: no flags table
        con.execute("DROP TABLE flags")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    ensure_db(seed_db)
    with connect(seed_db, read_only=True) as con:
        assert schema_version(con) == SCHEMA_VERSION == 4
        assert [r[0] for r in con.execute("DESCRIBE flags").fetchall()] == ["figure_id", "code", "reason"]
    assert {"flag_code", "flag_reason"} <= set(queries.figures(seed_db).columns)


@pytest.mark.parametrize("query", ["figures", "review_queue", "conflicts"])
def test_flag_columns_on_every_figures_query(seed_db, query):
    assert {"flag_code", "flag_reason"} <= set(getattr(queries, query)(seed_db).columns)


def test_the_real_checks_flag_a_conflict_at_ingest(empty_db, tmp_path):
    a = write(tmp_path, "a.txt", "2024年，全区地区生产总值增长6.5%。")
    b = write(tmp_path, "b.txt", "2024年，全区地区生产总值增长5.1%。")
    ingest_paths([a, b], db=empty_db, region="西湖区", published="2025-02")
    figs = queries.figures(empty_db)
    assert len(figs) == 2 and all("conflict" in c.split(",") for c in figs.flag_code)
    assert figs.flag_reason.str.len().gt(0).all()
    assert set(queries.review_queue(empty_db).figure_id[:2]) == set(figs.figure_id)


def test_page_defaults_come_from_the_snapshot_and_an_older_one_is_rebuilt(empty_db, tmp_path):
    import duckdb

    from src.store import materialise

    texts = {("a.txt", "西湖区"): "2024年，全区地区生产总值增长6.5%。2025年，全区地区生产总值增长6%左右。",
             ("b.txt", "西湖区"): "2025年，全区地区生产总值增长6.2%，固定资产投资增长5%。",
             ("c.txt", "萧山区"): "2025年，全区地区生产总值增长7%左右，社会消费品零售总额增长5%左右。"}
    for (name, region), text in texts.items():
        ingest_paths([write(tmp_path, name, text)], db=empty_db, region=region, published="2025-02")
    # an older snapshot (as an upgrade finds it): another version, without the tables added since
    path = snapshot.current(empty_db)
    with duckdb.connect(str(path)) as con:
        con.execute("DROP TABLE region_years")
        con.execute("DROP TABLE target_regions")
        con.execute("UPDATE meta SET value = '2' WHERE key = 'snapshot_version'")
    region, year = queries.busiest_region_year(empty_db)  # rebuilt before it is read
    assert snapshot.current(empty_db) != path
    assert (region, year) == ("西湖区", 2025)  # 4 figures there; 萧山区 2025 has 2
    tr = queries.target_regions(empty_db).set_index("region")
    tvr = queries.targets_vs_results(empty_db)
    assert set(tr.index) == set(tvr.region)
    assert snapshot._version(snapshot.current(empty_db)) == materialise.SNAPSHOT_VERSION


def live_tvr(db):
    """Targets vs results computed from the snapshot's figures at read time (what the query did
    before `tvr` was derived at publish)."""
    from src.store import materialise

    with snapshot.reading(db) as con:
        return con.execute(f"SELECT * FROM ({materialise.tvr_sql(table='fig')}) "
                           "ORDER BY year DESC, region, indicator, measure, period").df()


def stored_tvr(db, region=None):
    from src.store import materialise

    return queries.targets_vs_results(db, region=region)[materialise.TVR_FIELDS.split(", ")]


TARGET_TEXTS = [  # (file, region, text): targets (approx, at least), results above and below them, none
    ("t1.txt", "西湖区", "2025年主要预期目标是：全区地区生产总值增长6%左右。"),
    ("t2.txt", "西湖区", "2025年，全区地区生产总值增长6.4%。"),
    ("t3.txt", "萧山区", "2025年主要预期目标是：全区固定资产投资增长8%以上，社会消费品零售总额增长5%左右。"),
    ("t4.txt", "萧山区", "2025年，全区固定资产投资增长7.5%。"),
    ("t5.txt", "杭州市", "2025年主要预期目标是：全市地区生产总值增长5.5%左右。"),
]


def test_targets_vs_results_derived_at_publish_follow_every_change(empty_db, tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "COMPACT_MIN", 3)  # also exercise the re-sorting publish
    for name, region, text in TARGET_TEXTS:
        ingest_paths([write(tmp_path, name, text)], db=empty_db, region=region,
                     published="2025-01" if "目标" in text else "2026-01")
        assert stored_tvr(empty_db).equals(live_tvr(empty_db))
    outcomes = set(stored_tvr(empty_db).outcome)
    assert {"met", "missed", "pending"} <= outcomes, outcomes
    figs = queries.figures(empty_db, region="萧山区", status="actual")
    add_review(figs.figure_id.iloc[0], "reject", db=empty_db)  # a result withdrawn: its target pending again
    assert stored_tvr(empty_db).equals(live_tvr(empty_db))
    targets = queries.figures(empty_db, region="西湖区", status="target")
    add_review(targets.figure_id.iloc[0], "correct", year=2026, db=empty_db)  # a target moved to another year
    assert stored_tvr(empty_db).equals(live_tvr(empty_db))
    write(tmp_path, "t2.txt", "2025年，全区地区生产总值增长5.1%。")  # a document re-extracted with new text
    ingest_paths([tmp_path / "t2.txt"], db=empty_db, region="西湖区", published="2026-01")
    incremental = stored_tvr(empty_db)
    assert incremental.equals(live_tvr(empty_db))
    for region in ("西湖区", "萧山区", "杭州市"):
        mine = stored_tvr(empty_db, region=region).reset_index(drop=True)
        assert mine.equals(incremental[incremental.region == region].reset_index(drop=True))
    with connect(empty_db) as con:
        snapshot.publish(con, full=True)
    assert stored_tvr(empty_db).equals(incremental)
