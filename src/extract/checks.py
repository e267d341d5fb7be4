"""The safety net: flag extracted figures that contradict each other or are implausible.

Pure (no store, no UI). `check_figures(rows)` takes figure rows (keys: id, doc, indicator,
measure, value, unit, status, year, period, region) and returns figure id -> its flags, for
flagged figures only. A flag has a stable code and a one-line Chinese reason naming the numbers:

- part_gt_whole   a part above its whole (一般公共预算收入 above 财政总收入, 规上 above 全部工业)
- industries_sum  the three industries' value added off GDP by more than the tolerance
- growth_range    a growth rate outside its indicator's plausible range
- level_vs_parent a region's level above its parent region's (a district's GDP above its city's)
- conflict        one indicator, region, year, period, measure and status read with two values,
                  in one document or across documents

Thresholds, pairs and ranges are data: data/checks.yaml.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, NamedTuple

from . import resources
from .periods import MONTHS

CODES = ("part_gt_whole", "industries_sum", "growth_range", "level_vs_parent", "conflict")
PERIOD_ZH = {"year": "全年", "Q1": "一季度", "H1": "上半年", "Q1-Q3": "前三季度", "multi-year": "多年"}


def period_zh(period: str) -> str:
    """全年, 上半年, 1-4月, 3月 … for a period code (the code itself when unknown)."""
    if period in PERIOD_ZH:
        return PERIOD_ZH[period]
    m = MONTHS.fullmatch(period)
    return f"{m.group(1) + '-' if m.group(1) else ''}{m.group(2)}月" if m else period


@dataclass(frozen=True)
class Flag:
    code: str
    reason: str  # one line of Simplified Chinese


class _Row(NamedTuple):  # a named tuple: several times quicker to build than a frozen dataclass
    id: str
    doc: str
    indicator: str
    measure: str
    value: Decimal
    unit: str
    status: str
    year: int | None
    period: str
    region: str
    base: Decimal | None  # value in its unit family's base unit (亿元 -> 元)
    family: str | None
    flow: bool  # the figure's own clause says it is new this period (新增204家)
    kind: str = ""  # checks.yaml kind_rules it was read by (period.annual_average)


_Add = Callable[["_Row", str, str], None]


@cache
def config() -> dict[str, Any]:
    return resources.yaml_file("checks.yaml")


def _unit(unit: str) -> resources.Unit | None:
    return resources.canonical_units().get(unit) or resources.units().get(unit)


def _row(r: Mapping[str, object]) -> _Row | None:
    try:
        value = Decimal(str(r.get("value")))
    except (InvalidOperation, ValueError):
        return None
    if not value.is_finite():
        return None
    unit = str(r.get("unit") or "")
    u = _unit(unit)
    year = r.get("year")
    try:
        y = int(year) if year is not None and str(year) != "" else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        y = None
    names = _rule_names(r.get("rules"))  # read once for the flow and the kind
    return _Row(
        id=str(r.get("id")), doc=str(r.get("doc") or ""), indicator=str(r.get("indicator") or ""),
        measure=str(r.get("measure") or ""), value=value, unit=unit, status=str(r.get("status") or ""),
        year=y, period=str(r.get("period") or ""), region=str(r.get("region") or ""),
        base=value * u.factor if u else None, family=u.family if u else None,
        flow=_is_flow(str(r.get("quote") or "")) or _flow_rule(names), kind=_kind(names),
    )


CLAUSE_SPLIT = re.compile(r"[,，;；、。]")


@cache
def _rule_sets() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """checks.yaml flow_words, flow_rules and kind_rules, read once."""
    c = config()
    return (tuple(c.get("flow_words", [])), frozenset(c.get("flow_rules") or ()),
            frozenset(c.get("kind_rules") or ()))


def _is_flow(quote: str) -> bool:
    """Does the quote's last clause (after its last CLAUSE_SPLIT mark) hold a flow word?"""
    cut = max(quote.rfind(","), quote.rfind("，"), quote.rfind(";"), quote.rfind("；"), quote.rfind("、"),
              quote.rfind("。"))  # CLAUSE_SPLIT's marks: the clause is CLAUSE_SPLIT.split(quote)[-1]
    return _flow_words().search(quote, cut + 1) is not None


@cache
def _flow_words() -> re.Pattern[str]:
    """checks.yaml flow_words as one pattern: `.search(t)` is any(w in t for w in flow_words)."""
    words = _rule_sets()[0]
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def _rule_names(rules: object) -> set[str]:
    """The `field.rule` names a figure was read by. `rules` as a figure carries them: (field, rule,
    evidence) tuples or {"field", "rule"} dicts, or that list as JSON text."""
    if not rules:
        return set()
    if isinstance(rules, str):
        try:
            rules = json.loads(rules)
        except ValueError:
            return set()
    if not isinstance(rules, list | tuple):
        return set()
    out = set()
    for x in rules:
        if type(x) is dict:  # as Figure.to_dict writes them (the Mapping test below is the slow path)
            out.add(f"{x.get('field')}.{x.get('rule')}")
            continue
        pair = (x.get("field"), x.get("rule")) if isinstance(x, Mapping) else tuple(x)[:2] if isinstance(x, list | tuple) else ()
        if len(pair) == 2:
            out.add(f"{pair[0]}.{pair[1]}")
    return out


def _flow_rule(names: set[str]) -> bool:
    """Was the figure read (`names`: _rule_names of its rules) by a rule that makes it a flow
    (checks.yaml flow_rules: a count written before its recognition, "6家企业被认定为…")?"""
    return not _rule_sets()[1].isdisjoint(names)


def _kind(names: set[str]) -> str:
    """The rules among checks.yaml kind_rules the figure was read by (`names`: _rule_names of its
    rules; an average annual rate is another kind of value than the growth over the same years):
    values of different kinds are not two readings of one figure."""
    return ",".join(sorted(names & _rule_sets()[2])) if names else ""


def _num(v: Decimal) -> str:
    s = f"{v.normalize():f}" if v == v.to_integral_value() else f"{v:f}".rstrip("0").rstrip(".")
    return s


def _name(ind: str) -> str:
    i = resources.indicators().get(ind)
    return i.name_zh if i else ind


def _when(r: _Row) -> str:
    period = period_zh(r.period)
    return f"{r.region or '未知地区'}{'' if r.year is None else f' {r.year}年'} {period}"


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= _tolerance() * max(abs(a), abs(b))


@cache
def _tolerance() -> Decimal:
    """checks.yaml same_value_tolerance, read once."""
    return Decimal(str(config().get("same_value_tolerance", 0.001)))


def check_figures(
    rows: Iterable[Mapping[str, object]], *, parent_of: Mapping[str, str] | None = None
) -> dict[str, list[Flag]]:
    """Figure id -> its flags (only flagged ids); see the module doc for the checks."""
    figs = [r for r in (_row(x) for x in rows) if r is not None]
    flags: dict[str, list[Flag]] = defaultdict(list)

    def add(r: _Row, code: str, reason: str) -> None:
        if all(f.code != code for f in flags[r.id]):  # one flag per check: its first reason
            flags[r.id].append(Flag(code, reason))

    levels = [r for r in figs if r.measure == "value" and r.base is not None]
    _part_whole(levels, add)
    _industries(levels, add)
    _growth(figs, add)
    _parents(levels, parent_of, add)
    _conflicts(figs, add)
    return {k: v for k, v in flags.items() if v}


def flag_dicts(figures: Iterable[Mapping[str, object]]) -> list[list[dict[str, str]]]:
    """The within-document checks for one document's figure dicts, as one list of
    {"code", "reason"} per figure, in order (what `python -m src.extract` prints)."""
    rows = [dict(f, id=str(i)) for i, f in enumerate(figures)]
    flags = check_figures(rows)
    return [[{"code": f.code, "reason": f.reason} for f in flags.get(str(i), [])] for i in range(len(rows))]


def _key(r: _Row) -> tuple[str, int | None, str, str]:
    return (r.region, r.year, r.period, r.status)


def _by_key(levels: list[_Row]) -> dict[tuple[str, int | None, str, str], dict[str, list[_Row]]]:
    out: dict[tuple[str, int | None, str, str], dict[str, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    for r in levels:
        if r.year is not None:
            out[_key(r)][r.indicator].append(r)
    return out


def _part_whole(levels: list[_Row], add: _Add) -> None:
    groups = _by_key(levels)
    for part, whole in config().get("part_whole", []):
        for g in groups.values():
            for p in g.get(part, []):
                for w in g.get(whole, []):
                    if _exceeds(p, w):
                        reason = (
                            f"{_name(part)}{_num(p.value)}{p.unit}大于{_name(whole)}{_num(w.value)}{w.unit}"
                            f"（{_when(p)}），部分不应大于整体"
                        )
                        add(p, "part_gt_whole", reason)
                        add(w, "part_gt_whole", reason)


def _exceeds(a: _Row, b: _Row) -> bool:
    """`a` is larger than `b`, both comparable (same unit family, both flows or both stocks)."""
    return (a.family == b.family and a.flow == b.flow and a.base is not None and b.base is not None
            and a.base > b.base and not _same(a.base, b.base))


def _industries(levels: list[_Row], add: _Add) -> None:
    spec = config().get("industries")
    if not spec:
        return
    tol = Decimal(str(spec.get("tolerance", 0.02)))
    for g in _by_key(levels).values():
        parts = [g.get(p, []) for p in spec["parts"]]
        wholes = g.get(spec["whole"], [])
        if not wholes or not all(parts):
            continue
        # one figure per part: when a part was read twice, the conflict check reports it
        chosen = [ps[0] for ps in parts]
        if len({p.family for p in chosen}) != 1:
            continue
        total = sum((p.base for p in chosen if p.base is not None), Decimal(0))
        for w in wholes:
            if w.base is None or w.family != chosen[0].family or w.base == 0:
                continue
            diff = abs(total - w.base) / abs(w.base)
            if diff > tol:
                unit_factor = _unit(w.unit).factor if _unit(w.unit) else Decimal(1)
                reason = (
                    f"三次产业增加值之和{_num(total / unit_factor)}{w.unit}与{_name(w.indicator)}"
                    f"{_num(w.value)}{w.unit}相差{_num(round(diff * 100, 1))}%，超过{_num(tol * 100)}%（{_when(w)}）"
                )
                for r in [*chosen, w]:
                    add(r, "industries_sum", reason)


def _growth(figs: list[_Row], add: _Add) -> None:
    ranges = config().get("growth_range", {})
    for r in figs:
        if r.measure != "growth" or r.family not in ("percent", None) or r.unit not in ("%", "％"):
            continue
        key = "multi_year" if r.period == "multi-year" else r.indicator
        lo, hi = ranges.get(key, ranges.get("default", [-100, 1000]))
        if not Decimal(str(lo)) <= r.value <= Decimal(str(hi)):
            add(
                r, "growth_range",
                f"{_name(r.indicator)}增长{_num(r.value)}%超出合理范围{_num(Decimal(str(lo)))}%～{_num(Decimal(str(hi)))}%"
                f"（{_when(r)}）",
            )


@cache
def _region_parents() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Unique region name -> parent, and ambiguous name -> its possible parents."""
    parents: dict[str, set[str]] = defaultdict(set)
    for reg in resources.regions():
        if reg.parent:
            parents[reg.name].add(reg.parent)
    unique = {n: next(iter(p)) for n, p in parents.items() if len(p) == 1}
    many = {n: tuple(sorted(p)) for n, p in parents.items() if len(p) > 1}
    return unique, many


def _parents(levels: list[_Row], parent_of: Mapping[str, str] | None, add: _Add) -> None:
    wanted = set(config().get("level_vs_parent", []))
    by: dict[tuple[str, int | None, str, str, str], list[_Row]] = defaultdict(list)
    present = {r.region for r in levels}
    for r in levels:
        if r.indicator in wanted and r.year is not None:
            by[(r.indicator, *_key(r))].append(r)
    unique, many = _region_parents()

    def parent(region: str) -> str | None:
        if parent_of is not None and region in parent_of:
            return parent_of[region]
        if region in unique:
            return unique[region]
        # 南山区 exists under two cities: the one whose figures are here is meant
        cands = [p for p in many.get(region, ()) if p in present]
        return cands[0] if len(cands) == 1 else None

    for (ind, region, year, period, status), rs in by.items():
        p = parent(region)
        if not p:
            continue
        for up in by.get((ind, p, year, period, status), []):
            for r in rs:
                if _exceeds(r, up):
                    reason = (
                        f"{region}{_name(ind)}{_num(r.value)}{r.unit}大于上级地区{p}的{_num(up.value)}{up.unit}"
                        f"（{year}年 {period_zh(period)}）"
                    )
                    add(r, "level_vs_parent", reason)
                    add(up, "level_vs_parent", reason)


def _conflicts(figs: list[_Row], add: _Add) -> None:
    by: dict[tuple[str, str, int | None, str, str, str], list[_Row]] = defaultdict(list)
    exempt = set(config().get("conflict_exempt") or ())
    for r in figs:
        if r.year is not None and r.region and r.indicator not in exempt:
            by[(r.indicator, r.region, r.year, r.period, r.measure, r.status)].append(r)
    for rs in by.values():
        if len(rs) < 2:
            continue
        for r in rs:
            # targets set in different documents (a plan revised) are not in conflict
            others = [o for o in rs if o is not r and o.flow == r.flow and o.kind == r.kind and _differ(r, o)
                      and (o.doc == r.doc or r.status != "target")]
            if not others:
                continue
            o = others[0]
            where = "同一文档" if o.doc == r.doc else f"另一文档《{o.doc}》"
            what = "增长" if r.measure == "growth" else ""
            reason = (
                f"{_name(r.indicator)}{what}读到两个数值：{_num(r.value)}{r.unit}与{where}中的"
                f"{_num(o.value)}{o.unit}（{_when(r)}）"
            )
            add(r, "conflict", reason)


def _differ(a: _Row, b: _Row) -> bool:
    """Two readings of one figure with different values (in one unit family)?"""
    if a.unit == b.unit:
        return not _same(a.value, b.value)
    if a.family and a.family == b.family and a.base is not None and b.base is not None:
        return not _same(a.base, b.base)
    return False  # different kinds of unit: not comparable here


def validate() -> list[str]:
    """Problems in checks.yaml, one line each ('checks.yaml: …')."""
    problems: list[str] = []
    try:
        c = config()
    except (OSError, ValueError) as e:
        return [f"checks.yaml: cannot read: {e}"]
    ids = set(resources.indicators())

    def known(where: str, ind: object) -> None:
        if ind not in ids:
            problems.append(f"checks.yaml: {where}: {ind!r} is not an indicator id")

    for i, pair in enumerate(c.get("part_whole") or []):
        if not (isinstance(pair, list) and len(pair) == 2):
            problems.append(f"checks.yaml: part_whole[{i}]: expected [part, whole]")
            continue
        for ind in pair:
            known(f"part_whole[{i}]", ind)
        if pair[0] == pair[1]:
            problems.append(f"checks.yaml: part_whole[{i}]: part and whole are the same")
    spec = c.get("industries") or {}
    for ind in [*spec.get("parts", []), spec.get("whole")]:
        known("industries", ind)
    tol = spec.get("tolerance")
    if not isinstance(tol, (int, float)) or not 0 < tol < 1:
        problems.append(f"checks.yaml: industries.tolerance: a fraction between 0 and 1, not {tol!r}")
    for key, rng in (c.get("growth_range") or {}).items():
        if key not in ("default", "multi_year"):
            known(f"growth_range.{key}", key)
        if not (isinstance(rng, list) and len(rng) == 2 and all(isinstance(x, (int, float)) for x in rng)
                and rng[0] < rng[1]):
            problems.append(f"checks.yaml: growth_range.{key}: expected [low, high] with low < high")
    for ind in c.get("level_vs_parent") or []:
        known("level_vs_parent", ind)
    for ind in c.get("conflict_exempt") or []:
        known("conflict_exempt", ind)
    from .records import RULE_IDS

    for key in ("flow_rules", "kind_rules"):
        for rid in c.get(key) or []:
            field, _, rule = str(rid).partition(".")
            if rule not in RULE_IDS.get(field, ()):
                problems.append(f"checks.yaml: {key}: {rid!r} is not a field.rule_id of records.RULE_IDS")
    if not all(isinstance(w, str) and w for w in c.get("flow_words") or []):
        problems.append("checks.yaml: flow_words: a list of words")
    t = c.get("same_value_tolerance")
    if not isinstance(t, (int, float)) or not 0 <= t < 0.1:
        problems.append(f"checks.yaml: same_value_tolerance: a small fraction, not {t!r}")
    return problems
