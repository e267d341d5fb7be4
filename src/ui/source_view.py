"""The one renderer of document text: split at figure offsets, escape every slice, highlight spans.

Document text is untrusted. Every character of it goes through html.escape; the only markup in
the output is the <mark> elements and the legend this module writes itself.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from src.charts.style import fmt_number, indicator_color, indicator_name


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    figure_id: str
    indicator: str
    label: str


def spans_from(rows: Iterable) -> list[Span]:
    out = []
    for r in rows:
        out.append(Span(int(r.start_offset), int(r.end_offset), str(r.figure_id), str(r.indicator),
                        f"{indicator_name(r.indicator)}：{fmt_number(r.value, r.unit, r.qualifier)}"))
    return out


def _hex_to_rgba(color: str, alpha: float) -> str:
    c = color.lstrip("#")
    r, g, b = int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    return f"rgba({r},{g},{b},{alpha})"


def render(text: str, spans: list[Span], chosen: str | None = None, window: tuple[int, int] | None = None) -> str:
    """HTML for text[window] with every span highlighted; the chosen figure emphasised and anchored."""
    lo, hi = window or (0, len(text))
    out: list[str] = []
    pos = lo
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < pos or s.end > hi or s.start < lo:
            continue  # overlapping or outside the window: the first span wins
        out.append(html.escape(text[pos : s.start]))
        color = indicator_color(s.indicator)
        is_chosen = s.figure_id == chosen
        style = (f"background:{_hex_to_rgba(color, 0.55 if is_chosen else 0.22)};border-bottom:2px solid {color};"
                 + ("outline:3px solid #d62728;outline-offset:1px;font-weight:bold;" if is_chosen else ""))
        attrs = f'class="fig{" chosen" if is_chosen else ""}" id="fig-{html.escape(s.figure_id)}" ' \
                f'title="{html.escape(s.label)}" style="{style}"'
        out.append(f"<mark {attrs}>{html.escape(text[s.start : s.end])}</mark>")
        pos = s.end
    out.append(html.escape(text[pos:hi]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div class="doc-text" style="line-height:1.9;font-size:16px;white-space:normal">{body}</div>'


def legend(indicators: Iterable[str]) -> str:
    items = []
    for ind in sorted(set(indicators)):
        color = indicator_color(ind)
        items.append(f'<span style="display:inline-block;margin:2px 10px 2px 0">'
                     f'<span style="display:inline-block;width:12px;height:12px;background:{color};'
                     f'margin-right:4px;vertical-align:middle"></span>{html.escape(indicator_name(ind))}</span>')
    return '<div class="legend">' + "".join(items) + "</div>"
