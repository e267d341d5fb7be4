"""The rule files validate, and the validator catches what it claims to."""

import shutil

import pytest

from src.extract import resources


def test_shipped_files_are_valid():
    assert resources.validate() == []


def test_catalog_contract_ids_present():
    ids = set(resources.indicators())
    for core in ("gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales", "new_urban_jobs",
                 "rd_intensity", "high_tech_enterprises", "inefficient_land_redevelopment"):
        assert core in ids
    assert sum(i.core for i in resources.indicators().values()) == 40


@pytest.fixture
def broken_data(tmp_path, monkeypatch):
    d = tmp_path / "data"
    shutil.copytree(resources.DATA_DIR, d)
    monkeypatch.setattr(resources, "DATA_DIR", d)
    for f in (resources.indicators, resources.units, resources.regions, resources.yaml_file, resources.canonical_units):
        f.cache_clear()
    yield d
    for f in (resources.indicators, resources.units, resources.regions, resources.yaml_file, resources.canonical_units):
        f.cache_clear()


def test_validator_reports_bad_rows_by_file_and_line(broken_data):
    with (broken_data / "indicators.csv").open("a", encoding="utf-8") as f:
        f.write("gdp,重复,,亿元,economy,,0,0\n")
        f.write("gdp2,另一个,GDP,亿元,economy,,0,0\n")
        f.write("Bad-Id,某指标,,公斤,economy,nope,0,0\n")
    with (broken_data / "regions.csv").open("a", encoding="utf-8") as f:
        f.write("某新区,,不存在的市,zone,\n")
    with (broken_data / "periods.yaml").open("a", encoding="utf-8") as f:
        f.write("")
    text = (broken_data / "periods.yaml").read_text(encoding="utf-8").replace("前三季度|", "前三季度(|", 1)
    (broken_data / "periods.yaml").write_text(text, encoding="utf-8")
    problems = "\n".join(resources.validate())
    assert "duplicate id gdp" in problems
    assert "alias 'GDP' already belongs to gdp" in problems
    assert "bad id 'Bad-Id'" in problems
    assert "unit '公斤' not in canonical_units.csv" in problems
    assert "part_of 'nope'" in problems
    assert "parent '不存在的市' of 某新区 does not exist" in problems
    assert "does not compile" in problems
    assert "indicators.csv:" in problems and "regions.csv:" in problems
