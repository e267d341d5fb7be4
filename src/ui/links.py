"""Every URL of the dashboard: page paths, filters <-> query parameters, links to the source viewer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

# page key -> (script, URL path, title). Streamlit names a page after its file: pages/4_原文.py is /原文.
PAGES = {
    "overview": ("app.py", "", "总览"),
    "indicator": ("pages/1_指标.py", "指标", "指标"),
    "regions": ("pages/2_区域对比.py", "区域对比", "区域对比"),
    "targets": ("pages/3_目标与完成.py", "目标与完成", "目标与完成"),
    "source": ("pages/4_原文.py", "原文", "原文"),
    "review": ("pages/5_审核.py", "审核", "审核"),
    "upload": ("pages/6_导入.py", "导入", "导入"),
}


def page_url(page: str, **params: Any) -> str:
    """'/指标?indicator=gdp&region=萧山区' (values that are None or '' are left out)."""
    q = {k: _to_str(v) for k, v in params.items() if v is not None and v != "" and v != []}
    return f"/{quote(PAGES[page][1])}" + (f"?{urlencode(q)}" if q else "")


def source_url(doc_id: str, figure_id: str | None = None) -> str:
    return page_url("source", doc=doc_id, figure=figure_id)


def _to_str(v: Any) -> str:
    if isinstance(v, list | tuple):
        return ",".join(str(x) for x in v)
    if isinstance(v, bool):
        return "1" if v else "0"
    return str(v)


@dataclass(frozen=True)
class Param:
    """A filter kept in the URL: its default and how to read it back (raises ValueError if bad)."""

    name: str
    default: Any
    parse: Callable[[str], Any] = str

    def read(self, raw: str | None) -> Any:
        if raw is None or raw == "":
            return self.default
        return self.parse(raw)


def parse_int(lo: int = 1949, hi: int = 2100) -> Callable[[str], int]:
    def f(s: str) -> int:
        v = int(s)
        if not lo <= v <= hi:
            raise ValueError(s)
        return v

    return f


def parse_choice(choices: list[str] | tuple[str, ...]) -> Callable[[str], str]:
    def f(s: str) -> str:
        if s not in choices:
            raise ValueError(s)
        return s

    return f


def parse_list(choices: list[str] | None = None) -> Callable[[str], list[str]]:
    def f(s: str) -> list[str]:
        vals = [x for x in s.split(",") if x]
        if choices is not None and any(v not in choices for v in vals):
            raise ValueError(s)
        return vals

    return f


def read_params(query: Mapping[str, str], params: list[Param]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Values of `params` from a query mapping; bad values fall back to defaults and are reported."""
    out: dict[str, Any] = {}
    bad: list[tuple[str, str]] = []
    for p in params:
        raw = query.get(p.name)
        try:
            out[p.name] = p.read(raw)
        except (ValueError, TypeError):
            out[p.name] = p.default
            bad.append((p.name, str(raw)))
    return out, bad


def to_query(values: Mapping[str, Any], params: list[Param]) -> dict[str, str]:
    """The query parameters for `values` (defaults left out, so links stay short)."""
    q: dict[str, str] = {}
    for p in params:
        v = values.get(p.name, p.default)
        if v is None or v == p.default or v == "" or v == []:
            continue
        q[p.name] = _to_str(v)
    return q
