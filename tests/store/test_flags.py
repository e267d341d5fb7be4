"""The store's flags: only the rows the real checks could flag go to Python (a prefilter in SQL);
the flags it stores are exactly those of running the checks on every row."""

from __future__ import annotations

from src.extract.checks import CODES, check_figures
from src.ingest.pipeline import ingest_paths
from src.store import flags as flagmod
from src.store.db import connect

# Each class of flag, in several forms, beside figures that must stay unflagged.
DOCS = {
    # two documents disagreeing on a growth rate and on a level (conflict)
    ("x1.txt", "西湖区"): "2024年，全区地区生产总值1500亿元，增长6.5%，一般公共预算收入150亿元，财政总收入120亿元。",
    ("x2.txt", "西湖区"): "2024年，全区地区生产总值1480亿元，增长5.1%，固定资产投资增长3.2%。",
    # a growth rate outside its plausible range; a district above its city (level_vs_parent)
    ("c1.txt", "杭州市"): "2024年，全市地区生产总值1400亿元，增长88%，社会消费品零售总额增长4.0%。",
    # industries not summing to GDP
    ("s1.txt", "萧山区"): "2024年，全区地区生产总值2000亿元，第一产业增加值50亿元，第二产业增加值600亿元，"
                         "第三产业增加值700亿元，城镇居民人均可支配收入增长5.0%。",
    # a flow beside its stock is not a conflict
    ("k1.txt", "余杭区"): "2024年末，全区高新技术企业3612家，其中当年新增高新技术企业204家。",
}


def stored(db):
    with connect(db, read_only=True) as con:
        return sorted(con.execute("SELECT figure_id, code, reason FROM flags").fetchall())


def test_prefiltered_flags_equal_the_checks_on_every_row(seed_db, tmp_path):
    for (name, region), text in DOCS.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        ingest_paths([p], db=seed_db, region=region, published="2025-02")
    with connect(seed_db) as con:
        con.execute("DELETE FROM flags")
        flagmod.refresh(con, regions=None, years=None, check=check_figures)  # prefiltered
    prefiltered = stored(seed_db)
    with connect(seed_db) as con:
        con.execute("DELETE FROM flags")
        # the same checks under another name: every row goes to Python
        flagmod.refresh(con, regions=None, years=None, check=lambda rows, parent_of=None: check_figures(
            rows, parent_of=parent_of))
    every_row = stored(seed_db)
    assert prefiltered == every_row
    codes = {c for _f, c, _r in every_row}
    assert set(CODES) <= codes, codes  # every check had something to flag
    # a refresh of one group (what a write triggers) gives the same flags for that group
    with connect(seed_db) as con:
        flagmod.refresh(con, regions={"西湖区"}, years={2024}, check=check_figures)
    assert stored(seed_db) == every_row
