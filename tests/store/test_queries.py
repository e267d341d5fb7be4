"""The query layer: filters, reviews applied, conflicts, targets vs results, coverage, regions, export."""

import subprocess
import sys

import pandas as pd

from src.ingest.pipeline import ingest_paths
from src.store import export, queries
from src.store.reviews import add_review
from tests.conftest import ROOT, db_fingerprint, seed_documents


def test_filters(seed_db):
    all_ = queries.figures(seed_db)
    gdp = queries.figures(seed_db, indicator="gdp")
    assert 0 < len(gdp) < len(all_) and set(gdp.indicator) == {"gdp"}
    t = queries.figures(seed_db, status="target", region="萧山区", year_from=2026, year_to=2026)
    assert len(t) > 0 and set(t.status) == {"target"} and set(t.year) == {2026}
    g = queries.figures(seed_db, measure="growth", period="Q1")
    assert set(g.period) == {"Q1"} and set(g.measure) == {"growth"}
    assert {"title", "publisher", "published", "quote", "url"} <= set(all_.columns)


def test_figure_with_sentence(seed_db):
    fid = queries.figures(seed_db, indicator="gdp", measure="value", region="西湖区").figure_id[0]
    row = queries.figure(fid, seed_db).iloc[0]
    assert "2087.4" in row.sentence and row.title
    assert queries.figure("nope", seed_db).empty


def test_conflicts_and_targets(empty_db, tmp_path):
    a = tmp_path / "plan.txt"
    a.write_text("2024年主要预期目标：地区生产总值增长6%以上，固定资产投资增长8%。", encoding="utf-8")
    b = tmp_path / "result.txt"
    b.write_text("2024年，全区地区生产总值增长6.5%，固定资产投资增长7.2%。", encoding="utf-8")
    c = tmp_path / "news.txt"
    c.write_text("2024年，全区地区生产总值增长6.4%。", encoding="utf-8")
    ingest_paths([a], db=empty_db, region="西湖区", published="2024-01", doc_type="work_report")
    ingest_paths([b, c], db=empty_db, region="西湖区", published="2025-02", doc_type="news")
    tvr = queries.targets_vs_results(empty_db, region="西湖区")
    out = dict(zip(tvr.indicator, tvr.outcome, strict=True))
    assert out == {"gdp": "met", "fixed_asset_investment": "missed"}
    conf = queries.conflicts(empty_db)
    assert sorted(conf.value.tolist()) == [6.4, 6.5]
    queue = queries.review_queue(empty_db)
    assert queue.in_conflict.iloc[0]  # conflicts first


def test_coverage_and_regions(seed_db):
    cov = queries.coverage(seed_db)
    assert {"indicator", "region", "year", "results", "targets"} <= set(cov.columns)
    regs = queries.regions(seed_db)
    zone = regs[regs.name == "萧山经济技术开发区"].iloc[0]
    assert zone.parent == "萧山区" and zone.level == "zone" and zone.known
    assert "萧山经济技术开发区" in queries.children("萧山区", seed_db).name.tolist()


def test_unknown_region_kept_and_flagged(empty_db, tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("2024年，全区地区生产总值增长6.5%。", encoding="utf-8")
    ingest_paths([f], db=empty_db, region="某某新区", published="2025")
    regs = queries.regions(empty_db)
    assert regs.set_index("name").loc["某某新区", "known"] == False  # noqa: E712


def test_export_and_restore_reviews(seed_db, tmp_path):
    fid = queries.figures(seed_db, indicator="gdp").figure_id[0]
    add_review(fid, "correct", value=1.0, reviewer="张", db=seed_db)
    n = export.export_figures(tmp_path / "f.xlsx", seed_db)
    assert n == len(pd.read_excel(tmp_path / "f.xlsx"))
    export.export_figures(tmp_path / "f.csv", seed_db)
    df = pd.read_csv(tmp_path / "f.csv", encoding="utf-8-sig")
    assert {"指标", "地区", "年份", "数值", "来源文件", "发布机构", "原文"} <= set(df.columns)
    export.export_reviews(tmp_path / "r.csv", seed_db)
    fresh = tmp_path / "fresh.duckdb"
    import shutil

    from src.store.db import connect

    shutil.copy(seed_db, fresh)
    with connect(fresh) as con:
        con.execute("DELETE FROM reviews")
    assert export.import_reviews(tmp_path / "r.csv", fresh) == (1, 0)
    assert export.import_reviews(tmp_path / "r.csv", fresh) == (0, 1)  # idempotent
    got = queries.figures(fresh, indicator="gdp")
    assert 1.0 in got.value.tolist()


def test_import_of_a_broken_file_changes_nothing(seed_db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("review_id,figure_id,action\nx,y,destroy\n", encoding="utf-8")
    before = db_fingerprint(seed_db)
    from src.store.db import StoreError

    try:
        export.import_reviews(bad, seed_db)
    except StoreError as e:
        assert "action" in str(e)
    else:
        raise AssertionError("accepted a broken reviews file")
    assert db_fingerprint(seed_db) == before


def test_cli(tmp_path):
    db = tmp_path / "cli.duckdb"
    run = lambda *a: subprocess.run([sys.executable, "-m", "src.ingest", *map(str, a), "--db", str(db)],  # noqa: E731
                                    cwd=ROOT, capture_output=True, text=True, timeout=300)
    r = run("seeds")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("ingested") == seed_documents()
    r = run("seeds")
    assert r.returncode == 0 and r.stdout.count("unchanged") == seed_documents()
    (tmp_path / "empty.txt").write_text("")
    r = run(tmp_path / "empty.txt", tmp_path / "missing.txt")
    assert r.returncode == 1 and sum(ln.startswith("refused") for ln in r.stderr.splitlines()) == 2 and "Traceback" not in r.stderr
    r = run("--reextract", "--export", tmp_path / "out.xlsx", "--export-reviews", tmp_path / "rev.csv")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.xlsx").exists() and (tmp_path / "rev.csv").exists()
    r = run("--import-reviews", tmp_path / "nothing.csv")
    assert r.returncode == 2 and r.stderr.startswith("error:") and "Traceback" not in r.stderr
    r = run("--published", "2025-40", tmp_path / "empty.txt")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_documents_of_one_region_and_the_newest(seed_db, empty_db, tmp_path):
    every = queries.documents(seed_db)
    regions = queries.document_regions(seed_db)
    assert regions.documents.sum() == len(every) == seed_documents()
    assert regions.documents.is_monotonic_decreasing  # the region with the most documents first
    assert dict(zip(regions.region, regions.documents, strict=True)) == every.region.fillna("").value_counts().to_dict()
    for region in ("西湖区", "深圳市", "坪山区"):
        mine = queries.documents(seed_db, region=region)
        assert len(mine) == (every.region == region).sum() > 0 and set(mine.region) == {region}
        assert mine.doc_id.tolist() == every[every.region == region].doc_id.tolist()  # the same order, newest first
    assert queries.documents(seed_db, region="没有的地区").empty
    newest = queries.documents(seed_db, limit=7)
    assert newest.doc_id.tolist() == every.doc_id.head(7).tolist()
    # a document without a region is filed under ""
    f = tmp_path / "bare.txt"
    f.write_text("全年实现地区生产总值100亿元。", encoding="utf-8")
    ingest_paths([f], db=empty_db, published="2024-01")
    r = queries.document_regions(empty_db)
    assert r.region.tolist() == [""] and len(queries.documents(empty_db, region="")) == 1
