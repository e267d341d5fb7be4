"""Headless reports: every image kind, preset sizes, byte-identical re-renders, Chinese glyphs, clean failures."""

import io
import os
import struct
import subprocess
import sys
from pathlib import Path

import plotly.graph_objects as go
import pytest
from PIL import Image, ImageChops

from src.charts.export import find_browser, to_image
from src.report.build import ReportError, build

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(find_browser() is None, reason="Debian chromium is not installed")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def report(seed_db_master, tmp_path_factory):
    out = tmp_path_factory.mktemp("rep") / "xihu"
    rep = build("西湖区", 2023, out, db=seed_db_master, formats=("png", "svg", "pdf", "html"))
    return rep


def test_every_kind_is_written(report):
    names = {f.name for f in report.files}
    assert {"overview.png", "overview.svg", "report.html", "report.pdf", "gdp_value.png", "gdp_growth.svg"} <= names
    assert report.charts >= 10
    for f in report.files:
        if f.suffix == ".png":
            assert png_size(f.read_bytes()) == (1600, 900), f.name
        if f.suffix == ".svg":
            assert f.read_bytes().lstrip().startswith(b"<svg")
    assert (report.out / "report.pdf").read_bytes()[:5] == b"%PDF-"


def test_html_report_footnotes_every_figure_to_its_source(report):
    html = (report.out / "report.html").read_text(encoding="utf-8")
    assert "资料来源" in html and "西湖区发改经信局2023年工作总结" in html
    assert "GDP首次突破2000亿元,实现2087.4亿元" in html  # the quote, from the document
    n_refs = html.count("<sup><a href='#fn")
    assert n_refs > 10 and html.count("<li id=\"fn") >= 10


def test_render_twice_same_bytes(report, seed_db_master, tmp_path):
    again = build("西湖区", 2023, tmp_path / "again", db=seed_db_master, formats=("png", "svg"))
    for f in again.files:
        assert f.read_bytes() == (report.out / f.name).read_bytes(), f.name


def test_square_size(seed_db_master, tmp_path):
    rep = build("萧山区", 2026, tmp_path / "sq", db=seed_db_master, formats=("png",), size="1200x1200",
                indicators=["gdp", "retail_sales", "youth_population"])
    pngs = [f for f in rep.files if f.suffix == ".png"]
    assert pngs and all(png_size(f.read_bytes()) == (1200, 1200) for f in pngs)
    assert {f.name for f in pngs} == {"overview.png", "gdp_growth.png", "retail_sales_growth.png",
                                      "youth_population_value.png"}


def _title_crop(text: str) -> Image.Image:
    fig = go.Figure()
    fig.update_layout(title={"text": text, "x": 0.01, "xanchor": "left", "font": {"size": 40}}, width=800, height=300,
                      template="plotly_white")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    img = Image.open(io.BytesIO(to_image(fig, "png", 800, 300))).convert("L")
    return img.crop((0, 0, 800, 110))


def test_chinese_titles_are_real_glyphs():
    a = _title_crop("地区生产总值")
    b = _title_crop("社会消费品零")
    tofu = _title_crop("\ue000\ue001\ue002\ue003\ue004\ue005")  # private-use code points: no font has them
    # with a CJK font, different characters draw different shapes; missing glyphs would all be the same box
    assert ImageChops.difference(a, b).getbbox() is not None
    assert ImageChops.difference(a, tofu).getbbox() is not None
    assert ImageChops.difference(a, Image.new("L", a.size, 255)).getbbox() is not None  # something was drawn


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "src.report", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env=env)


def test_cli_writes_report(seed_db_master, tmp_path):
    r = run_cli("--region", "萧山区", "--year", "2023", "--out", tmp_path / "out", "--db", seed_db_master,
                "--format", "png,html")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "report.html").exists() and (tmp_path / "out" / "overview.png").exists()


@pytest.mark.parametrize("args,needle", [
    (["--region", "不存在区", "--year", "2023"], "no figures for region"),
    (["--region", "西湖区", "--year", "1999"], "no figures for 西湖区 in 1999"),
    (["--region", "西湖区", "--year", "2023", "--size", "10x10"], "--size"),
    (["--region", "西湖区", "--year", "2023", "--format", "gif"], "unknown format"),
])
def test_cli_refuses_cleanly(seed_db_master, tmp_path, args, needle):
    out = tmp_path / "out"
    r = run_cli(*args, "--out", out, "--db", seed_db_master)
    assert r.returncode != 0 and needle in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not out.exists() and not any(p.name.startswith(".report-") for p in tmp_path.iterdir())


def test_cli_empty_database(empty_db, tmp_path):
    r = run_cli("--region", "西湖区", "--year", "2023", "--out", tmp_path / "out", "--db", empty_db)
    assert r.returncode != 0 and "no figures" in r.stderr and "Traceback" not in r.stderr


def test_cli_without_chromium(seed_db_master, tmp_path):
    env = dict(os.environ, PATH=str(Path(sys.executable).parent), BROWSER_PATH="")
    r = run_cli("--region", "西湖区", "--year", "2023", "--out", tmp_path / "out", "--db", seed_db_master, env=env)
    assert r.returncode != 0 and "no Chromium" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


def test_build_errors_are_report_errors(empty_db, tmp_path):
    with pytest.raises(ReportError):
        build("西湖区", 2023, tmp_path / "x", db=empty_db)
