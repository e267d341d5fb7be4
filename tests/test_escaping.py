"""Document metadata (title, publisher, URL, 索引号, region) is shown as text on every page, never as markup.

Streamlit renders titles, captions and Markdown as Markdown (plus :color[…] directives and $math$),
the source viewer and the report as HTML, charts as Plotly's pseudo-HTML. A stored document
whose metadata carries Markdown, HTML and a javascript: URL must show it literally everywhere.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from src.store import queries, snapshot
from src.store.db import connect
from src.ui.escape import link, md, safe_url
from tests.frames import chart_frames

ROOT = Path(__file__).resolve().parents[1]
TITLE = "**粗体** <img src=x onerror=alert(1)> [链接](javascript:alert(1)) :red[红字] $x^2$ _斜_"
PUBLISHER = "<b onmouseover=alert(2)>某局</b> [点我](javascript:alert(3))"
INDEX_NO = "`代码` ![图](http://evil.example/x.png) <script>alert(4)</script>"
URLS = ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "//evil.example/x", "/原文?doc=x", "http:/no-host"]


# ---------------------------------------------------------------- what "shown as text" means

def active_markdown(s: str) -> list[str]:
    """Markdown/HTML constructs left unescaped in `s` (backslash-escaped characters are text)."""
    t = re.sub(r"\\.", "", s)
    found = []
    for name, pat in [("strong/emphasis", r"\*\*|__|(?<![\w])_[^_\s]"), ("html tag", r"<[A-Za-z/!]"),
                      ("image", r"!\["), ("directive", r":[a-z]+\["), ("math", r"\$"), ("code", r"`"),
                      ("script link", r"\]\(\s*(?!https?://|/[^/])")]:
        if re.search(pat, t):
            found.append(name)
    return found


def unescape_md(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s)


@pytest.mark.parametrize("value", [TITLE, PUBLISHER, INDEX_NO, "1. 列表 # 标题 > 引用 | 表 | ~~删~~ &lt; &#60;"])
def test_md_shows_any_string_as_itself(value):
    out = md(value)
    assert not active_markdown(out), (out, active_markdown(out))
    assert unescape_md(out) == value
    assert "&" not in out.replace("\\&", ""), "entity references stay text"


@pytest.mark.parametrize("url", URLS)
def test_only_http_links_are_links(url):
    assert safe_url(url) is None
    out = link("打开原始网页", url)
    assert out == "打开原始网页" and "](" not in out


@pytest.mark.parametrize("url", ["https://www.gov.cn/a.html", "http://example.org/p?q=1&r=(2)#x",
                                 "https://x.gov.cn/a b)[c](javascript:alert(1))"])
def test_http_links_cannot_break_out_of_the_link(url):
    out = link("[原文]", url)
    assert out.startswith("[\\[原文\\]](http")
    target = out[out.index("](") + 2 : -1]
    assert not re.search(r"[\s()\[\]<>]", target), target
    assert not active_markdown(out)


# ---------------------------------------------------------------- pages

@pytest.fixture
def evil_db(seed_db) -> tuple[Path, pd.Series]:
    """The seed store with hostile metadata on the document of its latest GDP figure."""
    gdp = queries.figures(seed_db, indicator="gdp", measure="value")
    fig = gdp.sort_values("year").iloc[-1]
    with connect(seed_db) as con:
        con.execute("UPDATE documents SET title = ?, publisher = ?, url = ?, index_no = ? WHERE doc_id = ?",
                    [TITLE, PUBLISHER, URLS[0], INDEX_NO, fig.doc_id])
        snapshot.publish(con, full=True)  # a write outside the writer must publish, as the writer does
    return seed_db, fig


def run(path: str, db: Path, monkeypatch, **params) -> AppTest:
    monkeypatch.setenv("INDICATORS_DB", str(db))
    monkeypatch.delenv("INDICATORS_READONLY", raising=False)
    at = AppTest.from_file(str(ROOT / path), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = str(v)
    at.run()
    assert not at.exception, at.exception
    return at


def markdown_texts(at: AppTest) -> list[str]:
    """Every string the page hands to Streamlit's Markdown renderer."""
    out: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        out += [str(e.value) for e in at.get(kind) if not getattr(e.proto, "allow_html", False)]
    for m in at.get("metric"):
        out += [m.proto.label, m.proto.help]
    return out


def html_texts(at: AppTest) -> list[str]:
    """Strings rendered as HTML: Markdown with unsafe_allow_html, and iframes."""
    out = [str(e.value) for e in at.get("markdown") if getattr(e.proto, "allow_html", False)]
    for e in at.get("iframe"):
        out.append(e.proto.srcdoc)
    return out


def assert_metadata_inert(at: AppTest, *, expect: tuple[str, ...] = ()) -> None:
    texts = markdown_texts(at)
    for s in texts:
        assert not ("javascript" in s.lower() and active_markdown(s)), s
        if any(w in s for w in ("粗体", "某局", "代码", "javascript")):
            assert not active_markdown(s), (s, active_markdown(s))
    shown = " ".join(unescape_md(s) for s in texts)
    for value in expect:
        assert value in shown, f"{value!r} is displayed as text"
    for h in html_texts(at):
        assert "<img src=x" not in h and "<script>alert" not in h and "<b onmouseover" not in h, h
    for chart in chart_frames(at):  # the figure's JSON as the browser gets it
        text = json.dumps(json.loads(chart["spec"]), ensure_ascii=False)
        # Plotly reads <a href>, <b>, <br>… in text; Markdown means nothing to it
        assert "<img" not in text and "<b onmouseover" not in text and "<script" not in text
        assert not re.search(r"<a\s[^>]*href=[\"']?\s*javascript", text, re.I)
        assert "&lt;img src=x" in text or "粗体" not in text


def test_source_viewer(evil_db, monkeypatch):
    db, fig = evil_db
    at = run("pages/4_原文.py", db, monkeypatch, doc=fig.doc_id, figure=fig.figure_id)
    assert_metadata_inert(at, expect=(TITLE, "某局", INDEX_NO))
    assert not any("](javascript" in re.sub(r"\\.", "", s).lower() for s in markdown_texts(at))
    assert any("原始链接" in s and "javascript" in s for s in markdown_texts(at)), "the URL is shown, not linked"


def test_source_viewer_links_a_web_page(evil_db, monkeypatch):
    db, fig = evil_db
    with connect(db) as con:
        con.execute("UPDATE documents SET url = ? WHERE doc_id = ?", ["https://www.gov.cn/a.html", fig.doc_id])
        snapshot.publish(con, full=True)
    at = run("pages/4_原文.py", db, monkeypatch, doc=fig.doc_id)
    assert "[打开原始网页](https://www.gov.cn/a.html)" in [m.value for m in at.markdown]


def test_overview(evil_db, monkeypatch):
    db, fig = evil_db
    at = run("app.py", db, monkeypatch, region=fig.region, year=int(fig.year))
    assert_metadata_inert(at)
    cards = [s for s in markdown_texts(at) if "来源" in s and "粗体" in s]
    assert cards, "a headline card cites the document"
    assert all(s.startswith("[来源：") and "](/" in s for s in cards), cards


def test_indicator_page(evil_db, monkeypatch):
    db, _fig = evil_db
    at = run("pages/1_指标.py", db, monkeypatch, indicator="gdp", measure="value")
    assert_metadata_inert(at)


@pytest.mark.parametrize("path", ["pages/2_区域对比.py", "pages/3_目标与完成.py"])
def test_other_views(evil_db, monkeypatch, path):
    db, fig = evil_db
    at = run(path, db, monkeypatch, region=fig.region)
    assert_metadata_inert(at)


def test_review_page(evil_db, monkeypatch):
    db, fig = evil_db
    at = run("pages/5_审核.py", db, monkeypatch, figure=fig.figure_id)
    assert_metadata_inert(at, expect=(TITLE,))


def test_url_parameters_are_shown_as_text(seed_db, monkeypatch):
    evil = "[x](javascript:alert(1))**b**"
    at = run("pages/4_原文.py", seed_db, monkeypatch, doc=evil)
    assert at.warning and not active_markdown(at.warning[0].value)
    at = run("pages/1_指标.py", seed_db, monkeypatch, indicator=evil)
    assert at.warning and all(not active_markdown(w.value) for w in at.warning)


def test_report_html(evil_db, tmp_path):
    from src.report.build import _html

    db, fig = evil_db
    figs = queries.figures(db, region=fig.region, indicator="gdp", measure="value")
    out = _html(fig.region, int(fig.year), figs, [("gdp", "value", "gdp")], ("html",))
    assert "<img src=x" not in out and "<b onmouseover" not in out
    assert not re.search(r"(href|src)=[\"']?\s*javascript", out, re.I)
    assert html.escape(TITLE) in out and html.escape("<b onmouseover=alert(2)>某局</b>") in out


@pytest.mark.parametrize("path", ["app.py", "pages/1_指标.py", "pages/2_区域对比.py", "pages/3_目标与完成.py"])
def test_presentation_mode(evil_db, monkeypatch, path):
    db, fig = evil_db
    params = {"region": fig.region, "year": int(fig.year)} if path == "app.py" else {"indicator": "gdp"}
    at = run(path, db, monkeypatch, embed="true", **params)
    assert chart_frames(at), "presentation mode shows the chart"
    assert_metadata_inert(at)
