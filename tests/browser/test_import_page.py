"""The 导入 page in a real browser: Streamlit's file uploader speaks Chinese (its own English words
are hidden and Chinese ones drawn in their place)."""

import contextlib
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser.test_click_to_source import CHROMIUM, app_url  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")

# what a user sees of an element: its own text if drawn at a visible size, and its ::after content
VISIBLE = """el => {
  const out = [];
  const walk = n => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3 && c.textContent.trim()) {
        if (parseFloat(getComputedStyle(c.parentElement).fontSize) > 0) out.push(c.textContent.trim());
      } else if (c.nodeType === 1) walk(c);
    }
  };
  walk(el);
  const after = getComputedStyle(el, '::after').content;
  if (after && after !== 'none') out.push(after.replace(/^"|"$/g, ''));
  return out.join(' ');
}"""


def test_uploader_words_are_chinese(app_url):  # noqa: F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{app_url}/{quote('导入')}", wait_until="networkidle")
        zone = page.locator("[data-testid='stFileUploaderDropzone']")
        zone.wait_for(state="visible", timeout=60000)
        # the style block is a markdown element of its own, drawn a moment after the uploader may be:
        # what the user sees once the page has settled (English that stays fails below)
        settled = f"() => {{ const b = document.querySelector(\"[data-testid='stFileUploaderDropzone'] button\");" \
                  f" return b && ({VISIBLE})(b) === '选择文件'; }}"
        with contextlib.suppress(Exception):  # the assertion below says what was seen
            page.wait_for_function(settled, timeout=10000)
        button = zone.locator("button").first.evaluate(VISIBLE)
        line = page.locator("[data-testid='stFileUploaderDropzoneInstructions']").first.evaluate(VISIBLE)
        browser.close()
    assert button == "选择文件"
    assert line.startswith("单个文件不超过 ") and "MB · txt、html、htm、pdf、docx" in line
    assert not any(w in button + line for w in ("Upload", "per file", "Browse", "TXT"))
