"""Does a catalog name head its own noun phrase, or is it part of a longer one (a breakdown)?

A name counts as the indicator only when the text between the previous phrase boundary and the
name is made of scope words, lead words, regions, periods, years and numbers (scope.yaml);
otherwise a restricting modifier stands in front (民营企业出口, 市级一般公共预算收入, 单位GDP能耗)
and the figure is about a part, not the total. Words right after a name can do the same
(进出口顺差, 地区生产总值能耗).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from . import resources
from .segment import ends_governing, last_word
from .textmap import fold


class _Span(Protocol):
    start: int
    end: int


def _words(xs: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(sorted({fold(x) for x in (xs or []) if x}, key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class Scope:
    boundary: frozenset[str]
    item_mark: re.Pattern[str] | None  # 2. / A. opening a list item: a boundary, no modifier
    allowed: tuple[str, ...]  # scope and lead words, longest first
    scope_words: tuple[str, ...]
    modifiers: dict[str, tuple[str, ...]]  # class -> words
    subject_modifiers: tuple[str, ...]  # the words of modifiers.subject_classes, longest first
    tails: tuple[str, ...]
    max_tail_text: int
    exempt_groups: frozenset[str]
    exempt_ids: frozenset[str]
    per_words: tuple[str, ...]
    ranking_after: re.Pattern[str]
    ranking_clause: re.Pattern[str]
    ranking_head: re.Pattern[str] | None  # 地区生产总值总量居全省第3位，…: a ranking right after a name
    ratio_clause: re.Pattern[str] | None
    record_clause: re.Pattern[str] | None  # ，创27年新高: says the figure before is a record
    conversion_clause: re.Pattern[str] | None  # ，折合16668美元: the figure before in another currency
    milestone_before: tuple[str, ...]
    milestone_after: tuple[str, ...]
    relative_named_before: tuple[str, ...]
    relative_anaphoric: tuple[str, ...]
    comparison_before: tuple[str, ...]
    breakdown_openers: tuple[str, ...]
    region_level_words: frozenset[str]
    region_not_after: tuple[str, ...]
    region_appositives: tuple[str, ...]  # 州府所在地凯里市: words saying what the region is
    region_count: re.Pattern[str] | None  # 三市: a count of the regions listed before a name
    region_states: re.Pattern[str] | None  # between a region and its own rate (全国同期为下降2.8%)
    density_words: tuple[str, ...]
    exempt_part_words: tuple[str, ...]  # before an exempt name, a part (规上国高企业)
    exempt_part_threshold: re.Pattern[str] | None  # a money threshold before it (产值10亿元以上…)
    sum_clause: re.Pattern[str] | None  # 加上上级补助收入…，总收入…: a sum of the budget's resources
    stock_ids: frozenset[str]
    stock_groups: frozenset[str]
    exclusion_words: tuple[str, ...]
    note_words: tuple[str, ...]  # a bracket opening with one of these is a note on coverage
    survey_tails: tuple[str, ...]  # 全国人口普查: a name before one is part of a survey's name
    basis_heads: tuple[str, ...]  # 按常住人口计算: a name between a head and a tail is a basis
    basis_tails: tuple[str, ...]
    flow_before: tuple[str, ...]
    flow_gap: tuple[str, ...]
    level_after_flow: tuple[str, ...]
    stock_words: tuple[str, ...]  # level_after_flow but level_after_number_only (总数, 共有…)
    flow_stem_min: int  # a flow name's stem read after a listed number (规模以上工业企业): its least length
    zone_topic_clause: re.Pattern[str] | None
    aggregate_ids: frozenset[str]  # aggregate_only.indicators
    whole_by_part: dict[str, tuple[str, frozenset[str]]]  # 财政收入…，其中一般公共预算收入…: name id -> (whole, parts)
    aggregate_count: re.Pattern[str] | None
    aggregate_words: tuple[str, ...]
    entity_words: tuple[str, ...]  # entity_topic.words
    entity_ids: frozenset[str]  # entity_topic.indicators

    @property
    def region_scope_words(self) -> tuple[str, ...]:
        """The scope words that name a place (全区, 我市), not a time (全年, 年末, 同期)."""
        return tuple(w for w in self.scope_words if "年" not in w and w != "同期")

    @property
    def modifiers_set(self) -> frozenset[str]:
        return frozenset(w for ws in self.modifiers.values() for w in ws)

    def modifier_class(self, text: str) -> str | None:
        """The class of the restricting modifier that `text` (the words before a name) ends with."""
        best: tuple[int, str] | None = None
        for cls, words in self.modifiers.items():
            for w in words:
                k = text.rfind(w)
                if k >= 0 and (best is None or k + len(w) > best[0]):
                    best = (k + len(w), cls)
        return best[1] if best else None

    def is_stock(self, indicator: str) -> bool:
        """Is the indicator a stock (stock_ids, stock_groups), whose change a flow word names?"""
        return indicator in self.stock_ids or resources.indicators()[indicator].group in self.stock_groups


@cache
def _ranking_head(clause: str) -> re.Pattern[str] | None:
    """The ranking clause without its first leading separator, opening with a ranking word: a ranking
    right after a name (地区生产总值总量居全省第3位，…). None when the clause has no separator to drop."""
    k = clause.find("[,，、]")
    if k < 0:
        return None
    return re.compile("(?=总量|规模|增速|增幅|位居|位列|居|排名|排)" + clause[:k] + clause[k + len("[,，、]"):])


@cache
def load_scope() -> Scope:
    d = resources.scope()
    return Scope(
        boundary=frozenset(d["boundary"]),
        item_mark=re.compile(d["item_mark"]) if d.get("item_mark") else None,
        allowed=_words([*d["scope_words"], *d["lead_words"], *(d.get("coverage_words") or [])]),
        scope_words=_words(d["scope_words"]),
        modifiers={**{k: _words(v) for k, v in d["modifiers"].items()}, "exclusion": _words(d.get("exclusion_words"))},
        subject_modifiers=_words([w for c in d.get("subject_classes") or () for w in d["modifiers"].get(c) or ()]),
        tails=_words(d["tails"]),
        max_tail_text=int(d["max_tail_text"]),
        exempt_groups=frozenset(d.get("exempt_groups") or ()),
        exempt_ids=frozenset(d.get("exempt_ids") or ()),
        per_words=_words(d["per_words"]),
        ranking_after=re.compile(d["ranking_after"]),
        ranking_clause=re.compile(d["ranking_clause"]),
        ranking_head=_ranking_head(d["ranking_clause"]),
        ratio_clause=re.compile(f"[,，、]{d['ratio_clause']}(?=[,，、;；。\\n]|$)") if d.get("ratio_clause") else None,
        record_clause=re.compile(f"[,，、]{d['record_clause']}(?=[,，、])") if d.get("record_clause") else None,
        conversion_clause=(re.compile(f"(?:[,，、]|[(（]){d['conversion_clause']}[)）]?(?=[,，、])")
                           if d.get("conversion_clause") else None),
        milestone_before=_words(d["milestone_before"]),
        milestone_after=_words(d["milestone_after"]),
        relative_named_before=_words(d["relative_named_before"]),
        relative_anaphoric=_words(d["relative_anaphoric"]),
        comparison_before=_words(d["comparison_before"]),
        breakdown_openers=_words(d["breakdown_openers"]),
        region_level_words=frozenset(d.get("region_level_words") or ()),
        region_not_after=_words(d.get("region_not_after")),
        region_appositives=_words(d.get("region_appositives")),
        region_count=re.compile(d["region_count"]) if d.get("region_count") else None,
        region_states=re.compile(d["region_states"]) if d.get("region_states") else None,
        density_words=_words(d.get("density_words")),
        exempt_part_words=_words(d.get("exempt_part_words")),
        exempt_part_threshold=re.compile(d["exempt_part_threshold"]) if d.get("exempt_part_threshold") else None,
        sum_clause=re.compile(d["sum_clause"]) if d.get("sum_clause") else None,
        stock_ids=frozenset(d.get("stock_ids") or ()),
        stock_groups=frozenset(d.get("stock_groups") or ()),
        exclusion_words=_words(d.get("exclusion_words")),
        note_words=_words(d.get("note_words")),
        survey_tails=_words(d.get("survey_tails")),
        basis_heads=_words(d.get("basis_heads")),
        basis_tails=_words(d.get("basis_tails")),
        flow_before=_words(d.get("flow_before")),
        flow_gap=_words(d.get("flow_gap")),
        level_after_flow=_words(d.get("level_after_flow")),
        stock_words=_words([w for w in d.get("level_after_flow") or ()
                            if w not in set(d.get("level_after_number_only") or ())]),
        flow_stem_min=int(d.get("flow_stem_min", 3)),
        zone_topic_clause=re.compile(d["zone_topic_clause"]) if d.get("zone_topic_clause") else None,
        aggregate_ids=frozenset((d.get("aggregate_only") or {}).get("indicators") or ()),
        whole_by_part={k: (v["whole"], frozenset(v["parts"])) for k, v in (d.get("whole_by_part") or {}).items()},
        aggregate_count=re.compile(d["aggregate_only"]["count"]) if (d.get("aggregate_only") or {}).get("count") else None,
        aggregate_words=_words((d.get("aggregate_only") or {}).get("words")),
        entity_words=_words((d.get("entity_topic") or {}).get("words")),
        entity_ids=frozenset((d.get("entity_topic") or {}).get("indicators") or ()),
    )


def bracketed_after(norm: str, lo: int, at: int, words: tuple[str, ...]) -> bool:
    """Does norm[at] stand inside brackets opened in norm[lo:at] and still open, after one of
    `words` ("（不含某某区）", "（未含研发支出）")?"""
    k = max(norm.rfind("(", lo, at), norm.rfind("（", lo, at))
    if k < 0 or max(norm.rfind(")", k, at), norm.rfind("）", k, at)) >= 0:
        return False
    return any(w in norm[k:at] for w in words)


def in_coverage_note(norm: str, start: int) -> bool:
    """Is an indicator name at `start` part of a note on a figure's coverage in brackets
    ("地区生产总值570亿元（未含研发支出）", "（含某某税收返还）"): a note, not a subject."""
    return bracketed_after(norm, max(0, start - 8), start, load_scope().note_words)


def _ending_at(spans: Iterable[Iterable[_Span]], pos: int) -> int | None:
    """Start of the longest span (region, period, year, number) that ends at pos."""
    best: int | None = None
    for group in spans:
        for x in group:
            ends = {x.end, getattr(x, "tail", x.end)}
            if pos in ends and x.start < pos and (best is None or x.start < best):
                best = x.start
    return best


def modifier_before(norm: str, start: int, spans: Iterable[Iterable[_Span]], lo: int = 0,
                    reach: int = 40) -> str | None:
    """The restricting text in front of a name starting at `start`, or None when the name starts
    its phrase (at a boundary or after a verb, once scope and lead words, regions, periods,
    years and numbers are passed). `lo` is where the sentence or paragraph begins.

    `spans` are the region, period, year and number mentions near the name, regions first: the
    words saying what a region is (region_appositives: 州府所在地凯里市) are passed with it.
    """
    sc = load_scope()
    if norm.endswith(sc.comparison_before, lo, start):  # one test for all, then which (the first listed)
        return next(w for w in sc.comparison_before if norm.endswith(w, lo, start))
    groups = [list(g) for g in spans]
    region_starts = {x.start for x in groups[0]} if groups else set()
    first = lo
    lo = max(lo, start - reach)
    pos = start
    while pos > lo:
        if norm[pos - 1] in "）)":  # 中心城区（章贡区、南康区）实现…: the bracket glosses the word before it
            k = max(norm.rfind("（", first, pos - 1), norm.rfind("(", first, pos - 1))
            if k > first and norm[k - 1] not in sc.boundary and max(norm.find("）", k, pos - 1), norm.find(")", k, pos - 1)) < 0:
                lo = max(first, lo - (pos - k))
                pos = k
                continue
        if norm[pos - 1] in sc.boundary:
            return None
        k = _ending_at(groups, pos)
        if k is not None:
            pos = k
            if pos in region_starts:
                while (w := next((w for w in sc.region_appositives if norm.endswith(w, lo, pos)), None)) is not None:
                    pos -= len(w)
            continue
        if sc.region_count is not None and groups and (m := sc.region_count.search(norm, max(lo, pos - 8), pos)) \
                and _ending_at(groups[:1], m.start()) is not None:
            pos = m.start()  # "烟台三市生产总值": the count of the regions listed, then the regions
            continue
        if norm.endswith(sc.allowed, lo, pos):
            pos -= len(next(w for w in sc.allowed if norm.endswith(w, lo, pos)))
            continue
        b = pos
        while b > lo and norm[b - 1] not in sc.boundary:
            b -= 1
        rest = norm[b:pos]
        if sc.item_mark is not None and sc.item_mark.fullmatch(rest):
            return None  # "2.完成…": a list item's mark, then the name opens its phrase
        if ends_governing(rest, sc.modifiers_set) and not any(w in rest for w in sc.per_words):
            return _subject_modifier(rest)
        return rest
    return None


def _subject_modifier(rest: str) -> str | None:
    """The restricting word that is the subject of the verb ending `rest` ("市本级安排…收入",
    "民营企业带动…出口": a level of government or a part acts, so the name is its part), or None.
    A preposition's class (destination: 对, 向) is no subject."""
    sc = load_scope()
    if not any(m in rest for m in sc.subject_modifiers):
        return None
    w = last_word(rest)
    if w is None:
        return None
    subject = rest[: len(rest) - len(w[0])]
    return next((m for m in sc.subject_modifiers if subject.endswith(m)), None)


def is_ranking(norm: str, end: int) -> bool:
    """Is the region name ending at `end` a ranking scope (全市第三, 全国首个)?"""
    return load_scope().ranking_after.match(norm, end) is not None


def skip_rankings(norm: str, lo: int, hi: int) -> int:
    """Past the clauses right after `lo` that only rank the figure before them (，稳居全市第二), call
    it a record (，创27年新高) or compare it with its budget (，为预算的101.3%):
    where the text linking the next number to the name really starts."""
    sc = load_scope()
    pats = [p for p in (sc.ranking_clause, sc.record_clause, sc.ratio_clause, sc.conversion_clause, sc.ranking_head)
            if p is not None]
    while True:
        m = next((m for m in (p.match(norm, lo, hi) for p in pats) if m is not None and m.end() > lo), None)
        if m is None:
            return lo
        lo = m.end()


def names_a_survey(norm: str, end: int) -> bool:
    """Is the name ending at `end` part of a survey's name (全国人口普查, 人口抽样调查)?"""
    return norm.startswith(load_scope().survey_tails, end)


def as_whole(norm: str, inds: list, reach: int = 40) -> list:
    """The mentions with a name that says only part of what it counts made the whole they name when
    their sentence goes on with 其中 and a part of it (scope.yaml whole_by_part): 财政收入完成143.6亿元，
    …，其中一般公共预算收入… names 财政总收入."""
    table = load_scope().whole_by_part
    if not table or not any(m.indicator in table for m in inds):
        return inds
    out = list(inds)
    for i, m in enumerate(inds):
        if m.indicator not in table:
            continue
        whole, parts = table[m.indicator]
        for m2 in inds[i + 1:]:
            between = norm[m.end : m2.start]
            if m2.start - m.end > reach:
                break
            part = m2.indicator in parts and norm.endswith(("其中", "其中,", "其中，"), 0, m2.start)
            if "。" in between and not (part and between.count("。") == 1 and between.rsplit("。", 1)[1] in ("其中", "其中,", "其中，")):
                break  # the next sentence goes on with the whole only when it opens with 其中 and the part
            if part:
                out[i] = m._replace(indicator=whole)
                break
    return out


def names_a_basis(norm: str, start: int, end: int) -> bool:
    """Is the name at norm[start:end] what a figure is counted by (按常住人口计算, 按年末户籍人口计算)?"""
    sc = load_scope()
    return bool(sc.basis_tails) and norm.startswith(sc.basis_tails, end) and norm.endswith(sc.basis_heads, 0, start)


def names_a_ranking(norm: str, start: int, end: int) -> bool:
    """Is the name at norm[start:end] the subject of a clause that only ranks the figure before it
    ("…2.77万亿元，经济总量位居全省第二，增长7.1%")? Such a name heads no figure of its own."""
    k = start - 1
    if k < 0 or norm[k] not in ",，、的":  # (…以903.4亿元的经济总量继续领跑全市，: the total it ranks)
        return False
    m = load_scope().ranking_clause.match(norm, k)
    return m is not None and m.end() >= end


def is_ratio(norm: str, lo: int, end: int) -> bool:
    """Is the number ending at `end` the ratio of a completion-ratio clause starting at `lo`
    (，为调整预算的101.3%)? It is no figure and does not break the name's chain."""
    pat = load_scope().ratio_clause
    m = pat.match(norm, lo) if pat is not None else None
    return m is not None and m.end() == end


def is_conversion(norm: str, lo: int, end: int) -> bool:
    """Is the number ending at `end` the figure before it converted into another currency, in a
    clause or bracket starting at `lo` (，折合16668美元 / （按年平均汇率折算为…美元））?"""
    pat = load_scope().conversion_clause
    m = pat.match(norm, lo) if pat is not None else None
    return m is not None and m.end() - end in (0, 1)


def without_ratio_clauses(text: str) -> str:
    """`text` without its completion-ratio clauses (，为预算的101%): their 预算/安排 set no target."""
    pat = load_scope().ratio_clause
    return pat.sub("", text) if pat is not None else text


def without_rankings(text: str) -> str:
    """`text` without the clauses that only rank the figure before them (…365.7亿元位居第二，): their
    位居/排名 words block no name's chain to the rate after them."""
    return load_scope().ranking_clause.sub("", text)


def tail_after(norm: str, end: int) -> str | None:
    """A word right after a name that makes it another quantity (顺差, 能耗, 贡献率…)."""
    return next((w for w in load_scope().tails if norm.startswith(w, end)), None)


def sum_clause_ends(norm: str) -> list[int]:
    """Where the clauses adding other funds to the revenue end (scope.yaml sum_clause:
    加上上级补助收入…), ascending; found once per document."""
    pat = load_scope().sum_clause
    return [m.end() for m in pat.finditer(norm)] if pat is not None else []


def sums_other_funds(norm: str, ends: list[int], lo: int, hi: int) -> bool:
    """Does the clause right before a name at `hi` (its sentence starting at `lo`) add other funds to
    the revenue (`ends`: sum_clause_ends), so that the name totals the budget's resources
    (加上上级补助收入…，总收入…)? A later clause (…，其中一般公共预算收入…) is not that sum."""
    k = bisect_right(ends, hi) - 1
    return k >= 0 and ends[k] >= lo and sum(norm.count(c, ends[k], hi) for c in ",，") <= 1


def one_item(norm: str, lo: int, hi: int, indicator: str) -> bool:
    """Is a figure of `indicator` (an aggregate_only one, such as a project investment), whose
    sentence runs from `lo` to its number at `hi`, about one item rather than a total: no count of
    items and no aggregate word before it?"""
    sc = load_scope()
    if indicator not in sc.aggregate_ids:
        return False
    text = norm[lo:hi]
    if sc.aggregate_count is not None and sc.aggregate_count.search(text):
        return False
    return not any(w in text for w in sc.aggregate_words)


def validate(d: object) -> list[str]:
    """Problems in scope.yaml's contents."""
    problems: list[str] = []
    if not isinstance(d, dict):
        return ["scope.yaml: not a mapping"]
    for key, kind in (("boundary", str), ("scope_words", list), ("lead_words", list), ("modifiers", dict),
                      ("tails", list), ("max_tail_text", int), ("per_words", list), ("ranking_after", str),
                      ("ranking_clause", str),
                      ("milestone_before", list), ("milestone_after", list)):
        if not isinstance(d.get(key), kind):
            problems.append(f"scope.yaml: {key} missing or not a {kind.__name__}")
    if problems:
        return problems
    for key in ("item_mark", "ranking_after", "ranking_clause", "ratio_clause", "record_clause", "conversion_clause", "zone_topic_clause", "exempt_part_threshold",
                "sum_clause", "region_count"):
        if key not in d:
            continue
        try:
            re.compile(d[key])
        except re.error as e:
            problems.append(f"scope.yaml: {key} does not compile: {e}")
    ent = d.get("entity_topic")
    if ent is not None and (not isinstance(ent, dict) or not isinstance(ent.get("words"), list)
                            or not isinstance(ent.get("indicators"), list)):
        problems.append("scope.yaml: entity_topic needs lists words and indicators")
    agg = d.get("aggregate_only")
    if agg is not None:
        if not isinstance(agg, dict) or not isinstance(agg.get("indicators"), list) or not isinstance(agg.get("words"), list):
            problems.append("scope.yaml: aggregate_only needs lists indicators and words")
        else:
            try:
                re.compile(str(agg.get("count", "")))
            except re.error as e:
                problems.append(f"scope.yaml: aggregate_only.count does not compile: {e}")
    for key in ("scope_words", "lead_words", "coverage_words", "tails", "per_words", "milestone_before", "milestone_after",
                "relative_named_before", "relative_anaphoric", "comparison_before", "region_level_words", "region_not_after", "region_appositives", "density_words",
                "exempt_part_words", "flow_before", "flow_gap", "level_after_flow", "level_after_number_only",
                "exclusion_words", "note_words"):
        if not isinstance(d.get(key), list):
            problems.append(f"scope.yaml: {key} missing or not a list")
            continue
        for i, w in enumerate(d[key]):
            if not isinstance(w, str) or not w.strip():
                problems.append(f"scope.yaml: {key}[{i}] is not a word")
    for cls, words in d["modifiers"].items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"scope.yaml: modifiers.{cls} is not a list of words")
    subj = d.get("subject_classes", [])
    if not isinstance(subj, list) or any(c not in d["modifiers"] for c in subj):
        problems.append("scope.yaml: subject_classes must list classes of modifiers")
    overlap = set(d["lead_words"]) & {w for ws in d["modifiers"].values() if isinstance(ws, list) for w in ws}
    for w in sorted(overlap):
        problems.append(f"scope.yaml: {w!r} is both a lead word and a restricting modifier")
    if d["max_tail_text"] < 0:
        problems.append("scope.yaml: max_tail_text must be >= 0")
    if not isinstance(d.get("flow_stem_min", 3), int) or d.get("flow_stem_min", 3) < 1:
        problems.append("scope.yaml: flow_stem_min must be a whole number >= 1")
    for w in set(d.get("level_after_number_only") or ()) - set(d.get("level_after_flow") or ()):
        problems.append(f"scope.yaml: level_after_number_only: {w!r} is not in level_after_flow")
    return problems
