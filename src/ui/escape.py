"""Untrusted strings (document metadata: title, publisher, URL, 索引号) into Streamlit Markdown.

st.title, st.markdown, st.caption, st.metric and widget labels all read Markdown (with
Streamlit's extras: :color[…], :material/…:, $math$). `md` makes a string display as itself;
`link` renders a link only for http/https URLs (or the app's own paths) and plain text otherwise.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping them all
# also disarms Streamlit's directives (:red[…], :material/x:) and math ($…$).
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_SPACE = re.compile(r"\s+")


def md(value: object) -> str:
    """`value` as literal text in Markdown (one line; None and NaN become '')."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return _PUNCT.sub(r"\\\1", _SPACE.sub(" ", str(value)).strip())


def safe_url(url: object) -> str | None:
    """An http(s) URL with a host, its characters that could end a Markdown link percent-encoded;
    None for anything else (javascript:, data:, relative, malformed)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(u, safe="/:?#@!$&'*+,;=%~-._")


def link(label: object, url: object, *, internal: bool = False) -> str:
    """'[label](url)' when the URL is safe, else the label alone as text. `internal`: a path of
    this app built by src.ui.links (starts with a single '/')."""
    text = md(label)
    if internal and isinstance(url, str) and url.startswith("/") and not url.startswith("//"):
        target: str | None = quote(url, safe="/:?#@!$&'*+,;=%~-._")
    else:
        target = safe_url(url)
    return f"[{text}]({target})" if target else text
