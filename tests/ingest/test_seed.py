"""First start: the database is built from every manifest under seeds/, with progress, atomically,
and the first page view renders on it without a refresh."""

from __future__ import annotations

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

from src.ingest import seed as seed_mod
from src.ingest.seed import seed, seed_manifests
from src.store import queries
from src.store.db import ensure_db
from tests.conftest import ROOT, db_fingerprint

REPORT = "{year}年，{region}实现地区生产总值{gdp}亿元，比上年增长{g}%。全年固定资产投资{inv}亿元。"


def make_seeds(root: Path) -> Path:
    """A seeds/ folder with a manifest at the top and another in a subfolder."""
    seeds = root / "seeds"
    sub = seeds / "south"
    sub.mkdir(parents=True)
    (seeds / "a.txt").write_text(REPORT.format(year=2023, region="全区", gdp=1200, g=5.5, inv=300), encoding="utf-8")
    (seeds / "b.txt").write_text(REPORT.format(year=2022, region="全区", gdp=1100, g=4.5, inv=280), encoding="utf-8")
    (seeds / "manifest.csv").write_text(
        "file,title,publisher,region,published,doc_type\n"
        "a.txt,甲区2023年经济运行,甲区统计局,萧山区,2024-01,statistical_analysis\n"
        "b.txt,甲区2022年经济运行,甲区统计局,萧山区,2023-01,statistical_analysis\n", encoding="utf-8")
    for i, (y, g) in enumerate([(2021, 6.1), (2022, 6.3), (2023, 6.4)]):
        (sub / f"r{i}.txt").write_text(REPORT.format(year=y, region="全市", gdp=30000 + i, g=g, inv=9000),
                                       encoding="utf-8")
    (sub / "manifest.csv").write_text(
        "file,title,publisher,region,published,doc_type\n"
        + "".join(f"r{i}.txt,深圳市{y}年报告,深圳市人民政府,深圳市,{y + 1}-02,work_report\n"
                  for i, y in enumerate([2021, 2022, 2023])), encoding="utf-8")
    return seeds


def test_every_manifest_under_seeds_is_ingested_with_its_own_metadata(tmp_path):
    seeds = make_seeds(tmp_path)
    db = tmp_path / "fresh.duckdb"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        assert not db.exists(), "a half-built database is never visible"
        calls.append((done, total))

    assert [m.relative_to(seeds).as_posix() for m in seed_manifests(seeds)] == ["manifest.csv", "south/manifest.csv"]
    assert seed(db, progress, seeds=seeds) == 5
    docs = queries.documents(db).set_index("file")
    assert docs.loc["r2.txt", "region"] == "深圳市" and docs.loc["r2.txt", "title"] == "深圳市2023年报告"
    assert docs.loc["a.txt", "region"] == "萧山区" and docs.loc["a.txt", "published"] == "2024-01"
    assert calls[0] == (0, 5) and calls[-1] == (5, 5)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    shenzhen = queries.figures(db, region="深圳市", indicator="gdp", measure="value")
    assert sorted(shenzhen.year) == [2021, 2022, 2023]
    left = sorted(f.name for f in tmp_path.iterdir() if f.name.startswith("fresh"))
    assert not [n for n in left if "seeding" in n or n.startswith("fresh.duckdb.")], f"building files left: {left}"
    assert (tmp_path / "fresh.read.duckdb").is_symlink(), "the read snapshot of the new database is published"


def test_an_existing_database_is_left_alone(tmp_path):
    seeds = make_seeds(tmp_path)
    db = tmp_path / "there.duckdb"
    ensure_db(db)
    before = db_fingerprint(db)
    assert seed(db, seeds=seeds) == 0
    assert db_fingerprint(db) == before


def test_ensure_db_builds_only_the_schema(tmp_path):
    db = ensure_db(tmp_path / "schema.duckdb")
    assert queries.stats(db)["documents"] == 0


def test_first_page_view_builds_the_database_and_renders(tmp_path, monkeypatch):
    seeds = make_seeds(tmp_path)
    monkeypatch.setattr(seed_mod, "SEEDS", seeds)
    db = tmp_path / "data" / "first.duckdb"
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert queries.stats(db)["documents"] == 5
    assert not any("刷新" in e.value for e in at.info) and not at.error
    assert [len(d.value) for d in at.dataframe] == [5], "the same run lists the five new documents"
    ok = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    ok.run()
    assert not ok.exception


def test_the_real_seeds_folder(tmp_path):
    """Every manifest shipped under seeds/ names files that exist."""
    from src.ingest.plan import plan

    jobs = plan([ROOT / "seeds"])
    assert jobs and not [j.error for j in jobs if j.error]
    assert len(jobs) == sum(len(m.read_text(encoding="utf-8-sig").strip().splitlines()) - 1
                            for m in seed_manifests())
    shutil.rmtree(tmp_path, ignore_errors=True)
