"""A document title full of HTML, Markdown and a javascript: link, drawn by the chart frame
(src/ui/plot.py: our plotly.js bundle) in a real browser: shown as text in the hover label,
no element made of it, no script run."""

from pathlib import Path
from urllib.parse import quote

import pytest

from src.store import queries, snapshot
from src.store.db import connect
from tests.browser.test_click_to_source import ART, CHART_FRAME, CHROMIUM, serve

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")

HOSTILE = [  # titles (under the hover's 40 characters) that the hover label must show as text
    "<img src=x onerror=alert(1)>标题一",
    '<a href="javascript:alert(2)">标题二</a>',
    "<b onmouseover=alert(3)>三</b>&lt;i&gt;",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_title_in_a_chart_is_text(seed_db, title):
    from playwright.sync_api import sync_playwright

    gdp = queries.figures(seed_db, indicator="gdp", measure="value")
    fig = gdp.sort_values("year").iloc[-1]
    with connect(seed_db) as con:
        con.execute("UPDATE documents SET title = ? WHERE doc_id = ?", [title, fig.doc_id])  # the latest GDP's document
        snapshot.publish(con, full=True)
    ART.mkdir(exist_ok=True)
    with serve(seed_db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{url}/{quote('指标')}?indicator=gdp&measure=value&regions={quote(fig.region)}&period={fig.period}",
                  wait_until="networkidle")
        frame = page.frame_locator(CHART_FRAME).first
        points = frame.locator(".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point")
        points.first.wait_for(state="visible", timeout=60000)
        labels = []
        for i in range(points.count()):  # the hover label of every point: one of them is that document's
            box = points.nth(i).bounding_box()
            assert box is not None
            label = frame.locator(".hoverlayer .hovertext").first
            page.mouse.move(1, 1)  # off the chart: the last label goes
            label.wait_for(state="detached", timeout=10000)
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            label.wait_for(state="visible", timeout=10000)
            labels.append(label.text_content() or "")
        assert any(title in t for t in labels), labels
        page.screenshot(path=str(ART / "chart-hostile-title.png"))
        assert frame.locator("img, script:not([src]), a[href^='javascript'], [onmouseover], [onerror]").count() == 0
        assert not dialogs
        browser.close()
