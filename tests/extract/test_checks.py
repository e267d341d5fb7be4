"""The safety net (src/extract/checks.py): each check, on cases that must flag and cases that must not."""

import json
from pathlib import Path

import pytest

from src.extract import resources
from src.extract.checks import CODES, Flag, check_figures, flag_dicts

_n = 0


def fig(indicator, value, *, measure="value", unit="亿元", region="甲市", year=2023, period="year",
        status="actual", doc="a.txt", quote=""):
    global _n
    _n += 1
    return {"id": f"f{_n}", "doc": doc, "indicator": indicator, "measure": measure, "value": value,
            "unit": unit, "status": status, "year": year, "period": period, "region": region, "quote": quote}


def _avg(row):
    """The row as read by the average-annual-rate rule (年均增长)."""
    return dict(row, rules=[{"field": "period", "rule": "annual_average", "evidence": "年均增长"}])


def codes(rows, **kw):
    out = check_figures(rows, **kw)
    return {k: sorted(f.code for f in v) for k, v in out.items()}


# ---------- part_gt_whole ----------
@pytest.mark.parametrize(
    "part,pv,whole,wv,flagged",
    [
        ("fiscal_revenue_general", 520.3, "fiscal_revenue_total", 480, True),
        ("fiscal_revenue_general", 300, "fiscal_revenue_total", 480, False),
        ("industrial_value_added", 900, "industrial_value_added_all", 850, True),
        ("industrial_value_added", 800, "industrial_value_added_all", 850, False),
        ("tertiary_industry_value_added", 3100, "gdp", 3000, True),
        ("exports", 1609.7, "imports_exports", 1286, True),
        ("exports", 1000, "imports_exports", 1286, False),
        ("retail_sales_above_quota", 900, "retail_sales", 1200, False),
        ("fiscal_revenue_general", 480.2, "fiscal_revenue_total", 480, False),  # within 0.1 %: a restatement
    ],
)
def test_part_gt_whole(part, pv, whole, wv, flagged):
    p, w = fig(part, pv), fig(whole, wv)
    got = codes([p, w])
    assert (got.get(p["id"]) == ["part_gt_whole"]) is flagged
    assert (got.get(w["id"]) == ["part_gt_whole"]) is flagged


@pytest.mark.parametrize(
    "change",
    [{"year": 2022}, {"region": "乙市"}, {"period": "H1"}, {"status": "target"}, {"measure": "growth", "unit": "%"}],
)
def test_part_gt_whole_only_within_one_key(change):
    p = fig("fiscal_revenue_general", 520, **change)
    w = fig("fiscal_revenue_total", 480)
    assert all("part_gt_whole" not in v for v in codes([p, w]).values())


def test_part_gt_whole_compares_in_base_units():
    p = fig("urban_population", 9000000, unit="人")
    w = fig("resident_population", 1000, unit="万人")
    assert codes([p, w]) == {}
    p2 = fig("urban_population", 11000000, unit="人")
    assert codes([p2, w])[p2["id"]] == ["part_gt_whole"]


# ---------- industries_sum ----------
@pytest.mark.parametrize(
    "a,b,c,gdp,flagged",
    [
        (100, 1000, 1900, 3000, False),  # exact
        (100, 1000, 1930, 3000, False),  # 1 % off: rounding
        (100, 1000, 2100, 3000, True),  # 6.7 % off
        (100, 500, 1000, 3000, True),  # a breakdown read as a total
    ],
)
def test_industries_sum(a, b, c, gdp, flagged):
    rows = [fig("primary_industry_value_added", a), fig("secondary_industry_value_added", b),
            fig("tertiary_industry_value_added", c), fig("gdp", gdp)]
    got = codes(rows)
    assert all(("industries_sum" in got.get(r["id"], [])) is flagged for r in rows)


def test_industries_sum_needs_all_three():
    rows = [fig("primary_industry_value_added", 100), fig("secondary_industry_value_added", 200), fig("gdp", 3000)]
    assert codes(rows) == {}


# ---------- growth_range ----------
@pytest.mark.parametrize(
    "indicator,value,period,flagged",
    [
        ("gdp", 5.1, "year", False),
        ("gdp", -6.8, "Q1", False),
        ("gdp", -42.2, "year", True),  # an energy-intensity decline read as GDP growth
        ("gdp", 74.2, "year", True),
        ("gdp", 299, "multi-year", False),  # over several years: its own, wider range
        ("gdp", 2500, "multi-year", True),
        ("fixed_asset_investment", 95, "year", False),
        ("fixed_asset_investment", 130, "year", True),
        ("high_tech_enterprises", 120, "year", False),  # default range
        ("high_tech_enterprises", 237, "year", True),
        ("resident_population", 25, "year", True),
    ],
)
def test_growth_range(indicator, value, period, flagged):
    r = fig(indicator, value, measure="growth", unit="%", period=period)
    got = codes([r])
    assert (got.get(r["id"]) == ["growth_range"]) is flagged


def test_growth_in_other_units_not_checked():
    r = fig("new_urban_jobs", 50000, measure="growth", unit="人")
    assert codes([r]) == {}


# ---------- level_vs_parent ----------
@pytest.mark.parametrize(
    "indicator,child,parent,flagged",
    [
        ("gdp", 9000, 8000, True),
        ("gdp", 5000, 8000, False),
        ("fixed_asset_investment", 946.69, 420, True),
        ("gdp_per_capita", 200000, 150000, False),  # per-capita values are not additive
        ("urban_disposable_income", 80000, 70000, False),
    ],
)
def test_level_vs_parent(indicator, child, parent, flagged):
    unit = "元" if indicator in ("gdp_per_capita", "urban_disposable_income") else "亿元"
    c = fig(indicator, child, unit=unit, region="乙区", doc="b.txt")
    p = fig(indicator, parent, unit=unit, region="甲市")
    got = codes([c, p], parent_of={"乙区": "甲市"})
    assert (got.get(c["id"]) == ["level_vs_parent"]) is flagged
    assert (got.get(p["id"]) == ["level_vs_parent"]) is flagged


def test_level_vs_parent_reads_the_region_table():
    # 南山区 exists under two cities; the one whose figures are present is the parent
    c = fig("gdp", 9000, region="南山区")
    p = fig("gdp", 8000, region="深圳市")
    assert codes([c, p]) == {c["id"]: ["level_vs_parent"], p["id"]: ["level_vs_parent"]}
    other_year = fig("gdp", 8000, region="深圳市", year=2022)
    assert codes([c, other_year]) == {}


# ---------- conflict ----------
@pytest.mark.parametrize(
    "a,b,same_doc,flagged",
    [
        (fig("gdp", 5.1, measure="growth", unit="%"), fig("gdp", 6.0, measure="growth", unit="%"), True, True),
        (fig("gdp", 5.1, measure="growth", unit="%"), fig("gdp", 5.1, measure="growth", unit="%"), True, False),
        (fig("gdp", 2087.4), fig("gdp", 2087.4), False, False),
        (fig("gdp", 2087.4), fig("gdp", 2100), False, True),
        (fig("gdp", 2087.4), fig("gdp", 20874000, unit="万元"), True, False),  # one value, two units
        (fig("gdp", 5.1, measure="growth", unit="%"), fig("gdp", 6.0, measure="growth", unit="%", status="target"),
         True, False),
        (fig("gdp", 5.1, measure="growth", unit="%"), fig("gdp", 6.0, measure="growth", unit="%", period="H1"),
         True, False),
        # a flow (新增204家) and the stock (总量3612家) are not two readings of one figure
        (fig("high_tech_enterprises", 204, unit="家", quote="新增国家高新技术企业204家"),
         fig("high_tech_enterprises", 3612, unit="家", quote="新增国家高新技术企业204家，总量3612家"), True, False),
        (fig("high_tech_enterprises", 3000, unit="家", quote="总量3000家"),
         fig("high_tech_enterprises", 3612, unit="家", quote="总量达3612家"), True, True),
        # one value per project: two projects' total investments in a year are no conflict
        (fig("project_investment", 382, quote="涉及项目总投资382亿元"), fig("project_investment", 63, quote="总投资63亿元"),
         True, False),
        (fig("project_investment", 120), fig("project_investment", 95), False, False),
        # a count written before its recognition (6家企业被认定为…) is the year's flow, not the stock
        (dict(fig("little_giant_enterprises", 6, unit="家", quote="我区已有6家"),
              rules=[{"field": "indicator", "rule": "count_forward", "evidence": "被认定为"}]),
         fig("little_giant_enterprises", 19, unit="家", quote="小巨人19家"), True, False),
        (dict(fig("little_giant_enterprises", 6, unit="家"), rules='[["indicator", "count_forward", "评为"]]'),
         fig("little_giant_enterprises", 19, unit="家"), True, False),
        # an average annual rate and the growth over the same years are two kinds of value
        (_avg(fig("gdp", 15.9, measure="growth", unit="%", period="multi-year", quote="年均增长15.9%")),
         fig("gdp", 100, measure="growth", unit="%", period="multi-year", quote="比2010年翻了一番"), True, False),
        (_avg(fig("fixed_asset_investment", 12, measure="growth", unit="%", period="multi-year")),
         fig("fixed_asset_investment", 80, measure="growth", unit="%", period="multi-year"), True, False),
        (_avg(fig("retail_sales", 8.5, measure="growth", unit="%", period="multi-year")),
         fig("retail_sales", 65, measure="growth", unit="%", period="multi-year"), False, False),
        # two average annual rates for the same span that differ are still in conflict
        (_avg(fig("gdp", 7.1, measure="growth", unit="%", period="multi-year")),
         _avg(fig("gdp", 8.2, measure="growth", unit="%", period="multi-year")), True, True),
        (_avg(fig("gdp", 7.1, measure="growth", unit="%", period="multi-year")),
         _avg(fig("gdp", 6.0, measure="growth", unit="%", period="multi-year")), False, True),
        # two cumulative growths that differ, too
        (fig("gdp", 100, measure="growth", unit="%", period="multi-year"),
         fig("gdp", 150, measure="growth", unit="%", period="multi-year"), True, True),
    ],
)
def test_conflict(a, b, same_doc, flagged):
    b = dict(b, doc=a["doc"] if same_doc else "other.txt")
    got = codes([a, b])
    assert (got.get(a["id"]) == ["conflict"]) is flagged
    assert (got.get(b["id"]) == ["conflict"]) is flagged


def test_reasons_are_one_line_of_chinese_naming_the_numbers():
    rows = [fig("fiscal_revenue_general", 520.3), fig("fiscal_revenue_total", 480),
            fig("gdp", 74.2, measure="growth", unit="%")]
    out = check_figures(rows)
    reasons = [f.reason for fl in out.values() for f in fl]
    assert reasons and all("\n" not in r and any("\u4e00" <= c <= "\u9fff" for c in r) for r in reasons)
    assert any("520.3" in r and "480" in r for r in reasons)
    assert any("74.2" in r and "-30" in r and "40" in r for r in reasons)
    assert all(f.code in CODES and isinstance(f, Flag) for fl in out.values() for f in fl)


@pytest.mark.parametrize(
    "row",
    [
        {},
        {"id": "x", "value": "abc", "indicator": "gdp"},
        {"id": "x", "value": None, "indicator": "gdp", "measure": "growth"},
        {"id": "x", "value": "NaN", "indicator": "gdp", "measure": "growth", "unit": "%"},
        {"id": "x", "value": 1, "indicator": "no_such", "measure": "value", "unit": "??", "year": "twenty"},
    ],
)
def test_bad_rows_are_skipped_not_raised(row):
    assert check_figures([row]) == {}


def test_checks_yaml_is_valid_and_validated():
    assert resources.validate() == []


def test_cli_output_carries_flags(tmp_path, capsys):
    from src.extract.__main__ import main

    doc = tmp_path / "r.txt"
    doc.write_text("2023年全市地区生产总值增长5.1%。2023年全市地区生产总值增长6.3%。", encoding="utf-8")
    assert main([str(doc), "--region", "杭州市", "--published", "2024-01-20"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    gdp = [d for d in lines if d["indicator"] == "gdp" and d["measure"] == "growth"]
    assert len(gdp) == 2
    assert all([f["code"] for f in d["flags"]] == ["conflict"] for d in gdp)
    assert all("indicator" in d and "quote" in d for d in lines)  # the GUIDE fields stay


def test_flag_dicts_keeps_order():
    rows = [fig("gdp", 1), fig("gdp", 74.2, measure="growth", unit="%"), fig("gdp", 2)]
    out = flag_dicts(rows)
    assert len(out) == 3 and [f["code"] for f in out[1]] == ["growth_range"]
    assert [f["code"] for f in out[0]] == ["conflict"]


def test_flags_on_seeds_are_few():
    from src.extract.runner import extract_manifest

    root = Path(__file__).resolve().parents[2]
    rows = []
    for doc, figs in extract_manifest(root / "seeds/manifest.csv"):
        rows += [dict(f.to_dict(), id=f"{doc}#{i}") for i, f in enumerate(figs)]
    flagged = check_figures(rows)
    # only the new-this-year vs stock counts of one document (6 vs 19 小巨人), whose key keeps both
    assert len(flagged) <= len(rows) // 5
    assert {f.code for v in flagged.values() for f in v} <= {"conflict"}


def test_flow_and_stock_are_not_compared_across_regions():
    c = fig("high_tech_enterprises", 7061, unit="家", region="乙区", quote="国高企业达到7061家")
    p = fig("high_tech_enterprises", 2043, unit="家", region="甲市", quote="新增国家高新技术企业2043家")
    assert codes([c, p], parent_of={"乙区": "甲市"}) == {}


def test_targets_from_different_documents_are_not_in_conflict():
    a = fig("gdp", 3000, status="target", doc="plan-2016.txt")
    b = fig("gdp", 3500, status="target", doc="report-2019.txt")
    assert codes([a, b]) == {}
    c = fig("gdp", 3500, status="target", doc="plan-2016.txt")
    assert codes([a, c]) == {a["id"]: ["conflict"], c["id"]: ["conflict"]}
