"""A saved government web page: its own title (not the breadcrumb), its tables as tab-separated
lines, numbers joined back to units split off by block elements, and whether its main text is
the document at all (or only a frame around an embedded PDF, a link or images).

The vocabulary and thresholds are data: src/extract/data/html.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from src.extract import resources

TOO_SHORT = "正文过短：原文可能是内嵌 PDF 或图片，请导入原文件"
CELL_SEP = "\t"  # table cells in the stored text; one table row per line


@cache
def rules() -> dict[str, Any]:
    return resources.yaml_file("html.yaml")


def parse(html: str) -> Any | None:
    """An lxml tree of the page, or None when it cannot be parsed."""
    try:
        import lxml.html

        return lxml.html.document_fromstring(html)
    except Exception:
        return None


# ---------------------------------------------------------------- text

_ROW = re.compile(r"^\|(.*)\|[ \t]*$")
_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+[ \t]*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _table_lines(text: str) -> str:
    """trafilatura writes a table row as `| a | b | `; store it as `a<TAB>b` (one row per line, an
    empty cell kept empty so columns stay aligned) and drop the `|---|` rule under a header."""
    out = []
    for line in text.split("\n"):
        if _RULE.match(line):
            continue
        m = _ROW.match(line)
        if m:
            cells = [c.strip().replace("\\|", "|").replace(CELL_SEP, " ") for c in _CELL_SPLIT.split(m.group(1))]
            line = CELL_SEP.join(cells)
        out.append(line)
    return "\n".join(out)


@cache
def _split_unit() -> re.Pattern[str]:
    """A number at the end of a line and its unit at the start of the next (`2191.55</p><p>亿元`)."""
    units = sorted(resources.units(), key=lambda w: (-len(w), w))
    mags = sorted(resources.magnitudes(), key=lambda w: (-len(w), w))
    long = "|".join(re.escape(u) for u in units if len(u) > 1 or not re.match(r"[\u4e00-\u9fff]", u))
    short = "|".join(re.escape(u) for u in units if len(u) == 1 and re.match(r"[\u4e00-\u9fff]", u))
    mag = "|".join(re.escape(m) for m in mags)
    # a one-character unit (元, 人, 个) joins only when punctuation or the line end follows it:
    # "2024\\n元旦" is not 2024元
    return re.compile(
        rf"(?<=\d)[ \t]*\n[ \t\n]*(?=(?:{mag})?(?:{long})|(?:{mag})?(?:{short})(?:[^\u4e00-\u9fff]|$))"
    )


def tidy_text(body: str) -> str:
    """The stored text of a page's main text: tables as lines of cells, split numbers joined."""
    if not body:
        return ""
    body = _table_lines(body)
    return _split_unit().sub("", body)


def meaningful_chars(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff0-9]", text))


# ---------------------------------------------------------------- title


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content() or "").strip()


def _is_breadcrumb(t: str) -> bool:
    r = rules()
    return any(m in t for m in r["breadcrumb_marks"]) or any(w in t for w in r["breadcrumb_words"])


def _usable(t: str) -> bool:
    r = rules()
    return (r["title_min_chars"] <= len(t) <= r["title_max_chars"] and not _is_breadcrumb(t)
            and t not in r["generic_titles"])


def clean_title(t: str) -> str:
    """A <title>-like string without the site's name and without breadcrumb parts ("" if none)."""
    t = re.sub(r"\s+", " ", t or "").strip()
    if not t:
        return ""
    parts = [t]
    for sep in [*rules()["title_separators"], *rules()["breadcrumb_marks"]]:
        parts = [p.strip() for part in parts for p in part.split(sep)]
    good = [p for p in parts if _usable(p)]
    if _usable(t) and len(good) <= 1:
        return t
    return max(good, key=len) if good else ""


def title(tree: Any) -> str:
    """The page's own title: its ArticleTitle/og:title, else the heading that the <title> also
    names, else the <title> without the site name, else the first usable heading."""
    for xp in ('//meta[@name="ArticleTitle"]/@content', '//meta[@property="og:title"]/@content'):
        for v in tree.xpath(xp):
            t = clean_title(str(v))
            if t:
                return t
    head = " ".join(_text(e) for e in tree.xpath("//title"))
    headings = [
        _text(e) for e in tree.xpath(
            "//h1 | //h2 | //h3 | //*[contains(@class, 'title') or contains(@id, 'title')]"
            "[not(self::title)][not(descendant::h1 or descendant::h2 or descendant::p or descendant::div)]"
        )
    ]
    headings = [h for h in headings if _usable(h)]
    in_head = [h for h in headings if h in head]
    if in_head:
        return max(in_head, key=len)
    t = clean_title(head)
    if t:
        return t
    return headings[0] if headings else ""


# ---------------------------------------------------------------- is the text the document?


def _pdf_refs(tree: Any) -> list[str]:
    refs = []
    for el in tree.xpath("//embed | //object | //iframe | //a | //source"):
        for attr in ("src", "data", "href"):
            v = (el.get(attr) or "").strip()
            if not v:
                continue
            path = urlparse(v).path.lower()
            if path.endswith(".pdf") or (el.get("type") or "").lower() == "application/pdf":
                refs.append(v)
            elif "file=" in v.lower() and ".pdf" in v.lower():  # a pdf.js viewer: viewer.html?file=x.pdf
                q = urlparse(v).query
                m = re.search(r"file=([^&]+)", q)
                if m:
                    refs.append(unquote(m.group(1)))
    return refs


def _content_images(tree: Any) -> int:
    skip = [w.lower() for w in rules()["furniture_images"]]
    n = 0
    for img in tree.xpath("//img[not(ancestor::header or ancestor::nav or ancestor::footer)]"):
        src = (img.get("src") or img.get("data-src") or "").lower()
        if src and not any(w in src for w in skip):
            n += 1
    return n


def too_short(body: str, tree: Any | None) -> bool:
    """Is the main text too small to be the document (see html.yaml)?"""
    n = meaningful_chars(body)
    r = rules()
    if n < r["min_text_chars"]:
        return True
    if n < r["short_text_chars"] and tree is not None:
        return bool(_pdf_refs(tree)) or _content_images(tree) > 0
    return False


def local_pdf(tree: Any, base_dir: Path | None) -> Path | None:
    """The page's embedded or linked PDF when it was saved beside the page (never outside its folder)."""
    if base_dir is None:
        return None
    try:
        root = base_dir.resolve()
    except OSError:
        return None
    for ref in _pdf_refs(tree):
        u = urlparse(ref)
        if u.scheme not in ("", "file"):
            continue
        rel = unquote(u.path)
        for cand in (root / rel.lstrip("/"), root / Path(rel).name):
            try:
                p = cand.resolve()
            except OSError:
                continue
            if p.is_file() and (p.parent == root or root in p.parents):
                return p
    return None
