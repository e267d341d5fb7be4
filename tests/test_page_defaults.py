"""The pages choose their default view from the snapshot's pre-aggregated cells, then read only the
chosen regions: no page reads every region's figures, targets or coverage just to open."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from src.charts import cards, defaults
from src.store import queries

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = ("figures", "targets_vs_results", "coverage")


@pytest.fixture
def national_calls(monkeypatch) -> list[str]:
    """Records every call of a figure, target or coverage query without a region (a national read)."""
    seen: list[str] = []
    for name in NATIONAL:
        real = getattr(queries, name)

        def wrapped(*args, _real=real, _name=name, **kw):
            if not kw.get("region") and not kw.get("doc_id"):
                seen.append(f"{_name}({kw})")
            return _real(*args, **kw)

        monkeypatch.setattr(queries, name, wrapped)
    return seen


def run(page: str, db: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_overview_opens_on_the_busiest_region_without_a_national_read(seed_db, monkeypatch, national_calls):
    at = run("app.py", seed_db, monkeypatch)
    assert national_calls == []
    # the city (more figures than any of its districts) in its year with the most results and targets, counted
    # here from its figures; the year moves as the extraction reads more, so it is not written in the test
    figs = queries.figures(seed_db, region="深圳市")
    per_year = figs[figs.status.isin(["actual", "target"]) & figs.year.notna()].groupby("year").size()
    busiest = int(max(per_year.index, key=lambda y: (per_year[y], y)))
    assert at.title[0].value == f"深圳市 {busiest}年 主要指标"


def test_indicator_page_reads_only_the_default_family(seed_db, monkeypatch, national_calls):
    at = run("pages/1_指标.py", seed_db, monkeypatch)
    regions = at.multiselect(key="ind-regions")
    assert regions.value[0] == "深圳市" and {"龙岗区", "宝安区", "罗湖区"} <= set(regions.value)
    assert "萧山区" in regions.options and "萧山区" not in regions.value  # every region stays offered
    assert at.title[0].value == "地区生产总值（全年）"
    assert national_calls == []


def test_targets_page_reads_only_the_default_region(seed_db, monkeypatch, national_calls):
    at = run("pages/3_目标与完成.py", seed_db, monkeypatch)
    assert at.selectbox(key="tg-region").value == "深圳市"
    assert "萧山区" in at.selectbox(key="tg-region").options
    assert at.selectbox(key="tg-year").value == 2024
    assert national_calls == []


def test_defaults_from_cells_equal_the_defaults_from_the_full_reads(seed_db):
    """The cheap choices are the same as those made from every region's rows."""
    assert queries.busiest_region_year(seed_db) == cards.default_view(queries.coverage(seed_db))
    assert defaults.targets_home(queries.target_regions(seed_db)) == defaults.targets_view(
        queries.targets_vs_results(seed_db))
    assert sorted(queries.target_regions(seed_db).region) == sorted(set(queries.targets_vs_results(seed_db).region))
    tree = queries.region_tree(seed_db)
    for indicator in ("gdp", "fixed_asset_investment"):
        cells = queries.indicator_cells(indicator, seed_db)
        cells = cells[(cells.measure == "value") & (cells.period == "year") & (cells.status == "actual")]
        figs = queries.figures(seed_db, indicator=indicator, measure="value", period="year", status="actual")
        assert defaults.family_of_counts(cells.groupby("region").figures.sum(), tree) == defaults.family(figs, tree)


@pytest.mark.parametrize(("rows", "expected"), [
    ([("甲", 3, 2, 2024, 2023), ("乙", 5, 1, 2024, 2022)], ("甲", 2023)),   # the most pairs wins, not the most targets
    ([("甲", 3, 0, 2024, None), ("乙", 5, 0, 2025, None)], ("乙", 2025)),  # no pair anywhere: the most targets
    ([("甲", 2, 2, 2024, 2024), ("乙", 2, 2, 2023, 2023)], ("甲", 2024)),  # a tie: the greater name, as before
])
def test_targets_home_choice(rows, expected):
    import pandas as pd

    df = pd.DataFrame(rows, columns=["region", "targets", "paired", "year", "paired_year"])
    assert defaults.targets_home(df) == expected


@pytest.mark.parametrize(("rows", "expected"), [
    # a district's one busy year equal to the city's busiest year: the city, which has more data in all
    ([("市", 2022, 38, 0), ("市", 2023, 30, 6), ("区", 2022, 30, 8), ("区", 2021, 5, 0)], ("市", 2022)),
    # the region with the most figures opens on its busiest year, not the busiest cell anywhere
    ([("甲", 2020, 50, 0), ("乙", 2020, 20, 0), ("乙", 2021, 20, 0), ("乙", 2022, 20, 0)], ("乙", 2022)),
    # years tied within the region: the latest
    ([("甲", 2019, 10, 2), ("甲", 2023, 12, 0), ("甲", 2021, 3, 0)], ("甲", 2023)),
    # regions tied in all: the first in code-point order (乙 U+4E59 before 甲 U+7532)
    ([("甲", 2020, 4, 0), ("乙", 2020, 4, 0)], ("乙", 2020)),
])
def test_overview_default_choice(rows, expected):
    """The pandas choice from coverage and the snapshot's choice from region_years agree, on a table of forms."""
    import pandas as pd

    cov = pd.DataFrame([("gdp", r, y, a, t) for r, y, a, t in rows],
                       columns=["indicator", "region", "year", "results", "targets"])
    assert cards.default_view(cov) == expected
    import duckdb

    with duckdb.connect() as con:
        con.execute("CREATE TABLE region_years (region VARCHAR, year INTEGER, n BIGINT)")
        con.executemany("INSERT INTO region_years VALUES (?, ?, ?)", [(r, y, a + t) for r, y, a, t in rows])
        assert con.execute(queries.BUSIEST_SQL).fetchone() == expected
