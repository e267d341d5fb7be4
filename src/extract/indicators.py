"""Indicator names and aliases -> catalog ids, longest match first."""

from __future__ import annotations

import re
from functools import cache, partial
from typing import NamedTuple

from . import resources
from .cues import load_cues
from .fastre import trie_pattern
from .textmap import fold


class IndicatorMention(NamedTuple):  # a named tuple: quicker to build than a frozen dataclass
    start: int
    end: int
    indicator: str
    alias: str


@cache
def alias_table() -> dict[str, str]:
    """Normalised name or alias -> indicator id; a name ending with a measure word also with a result
    verb before that word (第一产业完成增加值: cues.yaml subject.name_inner_verbs)."""
    table: dict[str, str] = {}
    for ind in resources.indicators().values():
        for name in (ind.name_zh, *ind.aliases):
            table.setdefault(fold(name), ind.id)
    cues = load_cues()
    for name, ind in list(table.items()):
        w = next((w for w in cues.measure_words if name.endswith(w) and len(name) > len(w)), None)
        if w is not None:
            for v in cues.name_inner_verbs:
                table.setdefault(name[: -len(w)] + v + w, ind)
    return table


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(trie_pattern(alias_table()))


def find_indicators(norm: str, lo: int = 0, hi: int | None = None) -> list[IndicatorMention]:
    """Non-overlapping mentions, leftmost first and, at one position, the longest alias."""
    hi = len(norm) if hi is None else hi
    table = alias_table()
    return [_mention((m.start(), m.end(), table[m.group()], m.group())) for m in _pattern().finditer(norm, lo, hi)]


_mention = partial(tuple.__new__, IndicatorMention)  # IndicatorMention((…)) without its Python-level __new__


@cache
def siblings() -> dict[tuple[str, str], str]:
    """(stem, measure word) -> indicator id, for elliptical mentions like "…增加值增长6%、营收…"."""
    words = load_cues().measure_words
    out: dict[tuple[str, str], str] = {}
    for name, ind in alias_table().items():
        for w in words:
            if name.endswith(w) and len(name) > len(w):
                out.setdefault((name[: -len(w)], w), ind)
    return out


@cache
def flow_stems() -> dict[str, tuple[str, str]]:
    """Names made of a flow word and a stem (新增 + 规模以上工业企业, 新引进 + 高层次人才): stem -> (flow
    word, indicator id), for the later items of a list that a flow word heads (新增上市公司5家、规模以上
    工业企业99家). A stem shorter than scope.yaml flow_stem_min (就业) or itself a name is left out."""
    from .scope import load_scope  # scope -> segment -> this module: imported when first asked

    sc = load_scope()
    table = alias_table()
    out: dict[str, tuple[str, str]] = {}
    for name, ind in table.items():
        w = next((w for w in sc.flow_before if name.startswith(w)), None)
        stem = name[len(w):] if w else ""
        if w and len(stem) >= sc.flow_stem_min and stem not in table:
            out.setdefault(stem, (w, ind))
    return out


@cache
def flow_stem_pattern() -> re.Pattern[str] | None:
    stems = flow_stems()
    return re.compile(trie_pattern(stems)) if stems else None


@cache
def stem_of(alias: str) -> str | None:
    for w in load_cues().measure_words:
        if alias.endswith(w) and len(alias) > len(w):
            return alias[: -len(w)]
    return None


def unit_of(indicator: str) -> str:
    return resources.indicators()[indicator].unit


@cache
def variants() -> dict[tuple[str, str], str]:
    """(indicator, unit family) -> the variant id that holds figures of that family."""
    from .resources import canonical_units

    out: dict[tuple[str, str], str] = {}
    for ind in resources.indicators().values():
        if ind.variant_of:
            out[(ind.variant_of, canonical_units()[ind.unit].family)] = ind.id
    return out
