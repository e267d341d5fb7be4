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


# Forms whose flags depend on the rules that read the figure (checks.yaml flow_rules): the store
# must hand the checks each figure's rules, or it flags what extraction itself does not.
RULE_DEPENDENT = [
    "2024年，全区国家级专精特新“小巨人”企业累计达到19家，其中6家企业被认定为国家级专精特新“小巨人”企业。",
    "2024年，全区专精特新“小巨人”企业共有23家，全年又有5家企业被评为专精特新“小巨人”企业。",
]


def test_store_flags_use_the_figures_rules(seed_db, tmp_path):
    from src.extract import extract_text

    regions = ["拱墅区", "上城区"]  # one each: two documents' different totals would conflict
    for i, (text, region) in enumerate(zip(RULE_DEPENDENT, regions, strict=True)):
        figs = extract_text(text, doc=f"r{i}.txt", region=region, published="2025-02-01")
        assert any(r.rule == "count_forward" for f in figs for r in f.rules), text  # the form still reads so
        assert check_figures([dict(f.to_dict(), id=str(k)) for k, f in enumerate(figs)]) == {}
        p = tmp_path / f"r{i}.txt"
        p.write_text(text, encoding="utf-8")
        ingest_paths([p], db=seed_db, region=region, published="2025-02-01")
    with connect(seed_db, read_only=True) as con:
        got = con.execute("SELECT count(*) FROM flags JOIN figures USING (figure_id) WHERE figures.region IN (?, ?)",
                          regions).fetchone()[0]
    assert got == 0
