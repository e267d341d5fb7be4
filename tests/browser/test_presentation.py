"""Presentation mode in a real browser: the chart alone, no sidebar, no header or toolbar, no plotly mode bar."""

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser.test_click_to_source import ART, CHART_FRAME, CHROMIUM, app_url  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


def test_embed_shows_only_the_chart(app_url):  # noqa: F811
    from playwright.sync_api import sync_playwright

    ART.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{app_url}/{quote('区域对比')}?embed=true&indicator=gdp&measure=value", wait_until="networkidle")
        frame = page.frame_locator(CHART_FRAME).first
        chart = frame.locator(".js-plotly-plot").first
        chart.wait_for(state="visible", timeout=60000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ART / "presentation.png"))
        assert page.locator(CHART_FRAME).count() == 1 and frame.locator(".js-plotly-plot").count() == 1
        assert not page.locator("[data-testid='stSidebar']").is_visible()
        assert not page.locator("[data-testid='stHeader']").is_visible()
        chart.hover()  # plotly shows its mode bar on hover, unless told not to
        assert not frame.locator(".modebar").is_visible()
        height = page.locator(CHART_FRAME).bounding_box()["height"]
        assert height >= 600, height  # presentation mode's chart height (common.EMBED_HEIGHT)
        assert page.locator("h1").count() == 0  # the title is the chart's own
        assert "来源：《" in chart.inner_text()  # and so is the source line
        browser.close()
