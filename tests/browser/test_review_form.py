"""The review form in a real browser: the value to correct is shown as the document wrote it
(30, not 30.0000; 2191.55 kept whole), since the user compares it with the sentence beside it."""

from pathlib import Path
from urllib.parse import quote

import pytest

from src.store import queries
from tests.browser.test_click_to_source import CHROMIUM, app_url  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


def _value_text(v: float) -> str:
    return f"{v:f}".rstrip("0").rstrip(".")


def test_value_in_the_review_form_is_shown_as_written(app_url, seed_db):  # noqa: F811
    from playwright.sync_api import sync_playwright

    figs = queries.figures(seed_db)
    whole = figs[(figs.value == figs.value.round()) & (figs.value.abs() >= 10)].iloc[0]
    decimals = figs[(figs.value * 100 == (figs.value * 100).round()) & (figs.value != figs.value.round())
                    & (figs.value.abs() >= 100)].iloc[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for fig in (whole, decimals):
            page.goto(f"{app_url}/{quote('审核')}?figure={fig.figure_id}", wait_until="networkidle")
            box = page.get_by_label("数值")
            box.wait_for(state="visible", timeout=60000)
            assert box.input_value() == _value_text(float(fig.value)), fig.quote
        browser.close()
