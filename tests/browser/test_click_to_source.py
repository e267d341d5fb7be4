"""One real browser: click a chart point on the Indicator page, see its source sentence under the chart,
follow the link to the whole document with the figure highlighted.

Playwright for Python drives Debian's chromium (/usr/bin/chromium; never `playwright install`);
the app runs under `streamlit run` on 127.0.0.1 and a free port. Screenshots are saved in
test-artifacts/ for a person to look at.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHART_FRAME = "[data-testid='stCustomComponentV1']"  # src/ui/plot.py: plotly.js in a frame of its own
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def app_url(seed_db):
    with serve(seed_db) as url:
        yield url


@contextlib.contextmanager
def serve(db: Path) -> Iterator[str]:
    """`streamlit run app.py` on the store `db`, on 127.0.0.1 and a free port; yields its URL."""
    port = free_port()
    env = dict(os.environ, INDICATORS_DB=str(db))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + (proc.stdout.read() if proc.stdout else ""))
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_click_point_opens_source_sentence(app_url):
    from playwright.sync_api import sync_playwright

    ART.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{app_url}/{quote('指标')}?indicator=gdp&measure=value&regions={quote('西湖区')}",
                  wait_until="networkidle")
        chart = page.frame_locator(CHART_FRAME).first  # every chart is drawn in a component frame
        point = chart.locator(".js-plotly-plot .point").first  # one year: a bar, not a lone dot
        point.wait_for(state="visible", timeout=60000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ART / "indicator.png"), full_page=True)
        box = point.bounding_box()  # in the page's coordinates
        assert box is not None
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        panel = page.locator(".st-key-source-panel")  # the sentence, under the chart, on the same page
        panel.locator("mark.chosen").wait_for(state="visible", timeout=60000)
        assert panel.locator("mark.chosen").inner_text() == "2087.4亿元"
        assert "/指标" in unquote(page.url)
        page.screenshot(path=str(ART / "after-click.png"), full_page=True)
        panel.get_by_role("link", name="查看原文出处").click()
        deadline = time.time() + 60  # the link opens the source viewer: poll for its URL
        while "/原文" not in unquote(page.url) and time.time() < deadline:
            page.wait_for_timeout(250)
        assert "/原文" in unquote(page.url) and "figure=" in page.url and "doc=" in page.url
        frame = page.frame_locator("iframe").first  # the source viewer's document
        chosen = frame.locator("mark.chosen")
        chosen.wait_for(state="visible", timeout=60000)
        assert chosen.inner_text() == "2087.4亿元"
        page.wait_for_timeout(800)
        page.screenshot(path=str(ART / "source.png"), full_page=True)
        browser.close()
    assert shutil.os.path.getsize(ART / "source.png") > 10000
