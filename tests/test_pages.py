"""Every page renders under AppTest, on the seed store and on an empty store (glob: new pages are covered)."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))]


def run(path: str, db: Path, monkeypatch, params: dict | None = None) -> AppTest:
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(ROOT / path), default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    return at


@pytest.mark.parametrize("page", PAGES)
def test_renders_on_seeds(page, seed_db, monkeypatch):
    at = run(page, seed_db, monkeypatch)
    assert not at.exception, at.exception


@pytest.mark.parametrize("page", PAGES)
def test_renders_on_empty_store(page, empty_db, monkeypatch):
    at = run(page, empty_db, monkeypatch)
    assert not at.exception, at.exception
    if page != "pages/upload.py":
        assert at.info or at.success or at.markdown, "an empty store says what to do"


# --- what a user sees: presentation mode, Chinese tables, default views, one-year bars, flagged markers ---------

import json  # noqa: E402

from src.ui.common import EMBED_HEIGHT  # noqa: E402
from tests.frames import chart_frames  # noqa: E402

RAW = {"None", "nan", "NaN", "<NA>", "NaT"}
CODES = {"work_report", "newspaper", "statistical_communique", "news", "actual", "target", "value", "growth", "year",
         "exact", "approx", "at_least", "accept", "reject", "correct", "met", "missed", "pending"}
CHART_PAGES = ["app.py", "pages/1_指标.py", "pages/2_区域对比.py", "pages/3_目标与完成.py"]


def _plain(v):
    """plotly's JSON with typed arrays ({"dtype", "bdata"}) decoded to lists."""
    if isinstance(v, dict) and set(v) >= {"dtype", "bdata"}:
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"]).tolist()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def charts(at: AppTest) -> list[dict]:
    return [_plain(json.loads(c["spec"])) for c in chart_frames(at)]


@pytest.mark.parametrize("page", CHART_PAGES)
def test_presentation_mode_shows_only_the_chart(page, seed_db, monkeypatch):
    at = run(page, seed_db, monkeypatch, {"embed": "true"})
    assert not at.exception, at.exception
    assert len(at.sidebar.children) == 0, "no sidebar in presentation mode"
    assert not at.title and not at.dataframe and not at.button and not at.get("download_button")
    (spec,) = charts(at)
    (chart,) = chart_frames(at)
    assert chart["config"]["displayModeBar"] is False  # no plotly toolbar
    assert chart["height"] == spec["layout"].get("height", EMBED_HEIGHT)  # a picture's height
    assert not at.get("plotly_chart"), "drawn by our plotly.js bundle, not Streamlit's plotly.js"
    assert spec["layout"]["title"]["text"]  # the title is in the picture
    notes = " ".join(a.get("text", "") for a in spec["layout"].get("annotations", []))
    assert "来源：《" in notes  # and so is the source line


def test_presentation_link_reproduces_the_view(seed_db, monkeypatch):
    at = run("pages/1_指标.py", seed_db, monkeypatch, {"indicator": "gdp", "measure": "growth", "regions": "西湖区"})
    assert not at.exception
    (button,) = [b for b in at.sidebar.get("link_button") if b.proto.label == "演示"]
    url = button.proto.url
    assert "embed=true" in url and "measure=growth" in url and "regions=" in url
    from urllib.parse import parse_qsl, urlsplit

    shown = run("pages/1_指标.py", seed_db, monkeypatch, dict(parse_qsl(urlsplit(url).query)))
    assert len(shown.sidebar.children) == 0
    (spec,) = charts(shown)
    assert spec["layout"]["title"]["text"] == charts(at)[0]["layout"]["title"]["text"]


@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_chart_offers_still_images_with_values_and_no_toolbar_image(page, seed_db, monkeypatch):
    at = run(page, seed_db, monkeypatch)
    assert not at.exception
    shown = chart_frames(at)
    assert shown and not at.get("plotly_chart")
    for chart in shown:
        assert "toImage" in chart["config"]["modeBarButtonsToRemove"]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("下载 PNG") == labels.count("下载 SVG") == len(shown)


@pytest.mark.parametrize("page", PAGES)
def test_tables_speak_chinese(page, seed_db, monkeypatch):
    at = run(page, seed_db, monkeypatch)
    assert not at.exception
    if page == "pages/1_指标.py":  # its table is built when its tab is opened
        at.session_state["ind-view"] = "表格"
        at.run()
        assert at.dataframe
    for table in at.dataframe:
        df = table.value
        links = {c for c in df.columns if str(c).endswith("原文")}  # link columns: a missing link is an empty cell
        assert not [c for c in df.columns if str(c).isascii()], list(df.columns)
        cells = {str(v) for c in df.columns if c not in links for v in df[c]}
        assert not cells & RAW, cells & RAW
        assert not cells & CODES, cells & CODES


def test_default_views_show_a_city_and_its_districts(seed_db, monkeypatch):
    ov = run("app.py", seed_db, monkeypatch)
    assert "深圳市" in ov.title[0].value  # the region with the most data
    ind = run("pages/1_指标.py", seed_db, monkeypatch)
    (spec,) = charts(ind)
    regions = {t["name"].split("·")[0] for t in spec["data"] if t.get("customdata")}
    assert {"深圳市", "宝安区", "龙岗区", "罗湖区", "盐田区"} <= regions and "西湖区" not in regions
    years = {x for t in spec["data"] if t.get("customdata") for x in t["x"]}
    assert len(years) >= 9  # a decade
    rg = run("pages/2_区域对比.py", seed_db, monkeypatch)
    bars = charts(rg)[0]
    assert bars["data"][0]["type"] == "bar" and "深圳市" in bars["layout"]["title"]["text"]
    assert set(bars["data"][0]["x"]) <= {"宝安区", "龙岗区", "罗湖区", "盐田区", "坪山区"} and len(bars["data"][0]["x"]) >= 3
    tg = run("pages/3_目标与完成.py", seed_db, monkeypatch)
    series = charts(tg)[0]
    assert "深圳市" in series["layout"]["title"]["text"]
    target, result = series["data"][0], series["data"][1]
    assert target["line"]["dash"] == "dash" and len(result["x"]) >= 5  # targets beside next-year results


def test_one_year_across_regions_is_a_bar_chart(seed_db, monkeypatch):
    at = run("pages/1_指标.py", seed_db, monkeypatch, {"regions": "西湖区,萧山区", "indicator": "gdp"})
    (spec,) = charts(at)
    assert {t["type"] for t in spec["data"] if t.get("customdata")} == {"bar"}


def test_flagged_figures_are_marked_on_the_page(seed_db, monkeypatch):
    from src.store import queries

    original = queries.figures
    flagged: list[str] = []

    def with_flags(*a, **kw):  # contract B's column, for one figure, whether or not the store has it yet
        df = original(*a, **kw)
        if df.empty:
            return df
        if not flagged:
            flagged.append(df[(df.indicator == "gdp") & (df.measure == "value") & (df.region == "龙岗区")].figure_id.iloc[0])
        return df.assign(flag_reason=["数值与上级地区不符" if f in flagged else None for f in df.figure_id])

    monkeypatch.setattr(queries, "figures", with_flags)
    at = run("pages/1_指标.py", seed_db, monkeypatch, {"regions": "龙岗区,宝安区", "indicator": "gdp"})
    assert not at.exception
    (spec,) = charts(at)
    marked = [(t, i) for t in spec["data"] if t.get("customdata") for i, cd in enumerate(t["customdata"])
              if cd[0] in flagged]
    assert marked, "the flagged figure is still drawn"
    t, i = marked[0]
    assert t["marker"]["symbol"][i] == "triangle-up" and "数值与上级地区不符" in t["customdata"][i][7]
