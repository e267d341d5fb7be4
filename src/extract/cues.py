"""Cue words (cues.yaml) as a typed, normalised, longest-first view, loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import resources
from .textmap import fold


def _words(xs: list[str] | None) -> tuple[str, ...]:
    return tuple(sorted({fold(x) for x in (xs or []) if x}, key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class DocType:
    """One entry of the document-type vocabulary (cues.yaml document_types)."""

    id: str
    title_words: tuple[str, ...]
    years: str  # "work_report", "retrospective" or ""
    sections: bool


@dataclass(frozen=True, slots=True)
class Cues:
    target: tuple[str, ...]
    target_after: tuple[str, ...]
    target_in_clause: tuple[str, ...]  # 安排: a budget line, from the name's clause to the figure
    target_in_gap: tuple[str, ...]  # 年初预算: the year's budget, between the name and the figure
    goal_bracket: tuple[str, ...]  # 年度计划（20%）: the goal in brackets beside a result
    estimate: tuple[str, ...]
    achieved: tuple[str, ...]
    achieved_so_far: tuple[str, ...]  # a result verb after a goal's clause (上半年已完成…)
    own_year_verbs: tuple[str, ...]  # result verbs that in a work report's own year state a goal
    actual_after_goal: tuple[str, ...]  # in a clause after a goal's, a result whatever its period (实际增长…)
    name_nouns: tuple[str, ...]  # target words that also end a programme's name (…培育计划)
    name_verbs: tuple[str, ...]  # verbs whose object is such a name (实施, 出台…)
    name_end: str  # characters that may follow such a name
    compound_tails: tuple[str, ...]  # after a target word, a longer noun (目标责任制)
    particles: str
    actual: tuple[str, ...]
    plan_heads: tuple[str, ...]
    review_heads: tuple[str, ...]
    dated_heads: tuple[str, ...]
    plan_vote: tuple[str, ...]
    review_vote: tuple[str, ...]
    plan_ratio: float
    plan_min: int
    review_intro: tuple[re.Pattern[str], ...]
    plan_intro: tuple[re.Pattern[str], ...]
    section_title_words: tuple[str, ...]
    title_line_words: tuple[str, ...]  # a first line holding one is the document's title
    growth: tuple[str, ...]
    growth_adjacent: tuple[str, ...]  # growth words only right before the number (增加8.1%, not 增加值)
    growth_after: tuple[str, ...]  # a rate named right after its number (以8.1%的增速位居第一)
    not_year_on_year: tuple[str, ...]  # a change over the previous month or quarter (环比): no growth record
    goal_reference: tuple[str, ...]  # between a rate and a goal's rate (完成年初确定的6.5%目标)
    negate: tuple[str, ...]
    annual_average: tuple[str, ...]
    basis_phrases: tuple[str, ...]  # 按年平均常住人口计算: neutral between a per-capita value and its rate
    annual_average_counted: tuple[str, ...]
    over_target: re.Pattern[str] | None  # a value beyond a target or budget: an excess, not a level
    other_basis: re.Pattern[str] | None  # "扣除价格因素实际增长": the same rate on another basis
    nominal: tuple[str, ...]  # "按现价计算增长": a nominal rate, not the growth of real_growth_ids
    counted_in_households: tuple[str, ...]  # catalog groups whose 家 counts are also written in 户
    change_valued_ids: frozenset[str]  # ids in % whose value is a change (cpi: 上涨1.2%)
    real_growth_ids: frozenset[str]  # indicators whose growth is at comparable prices (GDP, value added)
    bracket_base: re.Pattern[str] | None  # "（上年5842家）": an earlier level in brackets
    blockers: tuple[str, ...]
    filler: tuple[str, ...]
    max_leftover: int
    adjustment: re.Pattern[str] | None  # "扣除留抵退税因素后": a comparable basis, neutral in a chain
    count_verbs: tuple[str, ...]
    count_subjects: tuple[str, ...]
    count_levels: tuple[str, ...]  # recognition levels between a count and its kind (国家级)
    count_own_nouns: tuple[str, ...]  # after a count, its own subject (33家企业…)
    range_start: tuple[str, ...]
    range_end: tuple[str, ...]
    increment: tuple[str, ...]
    range_connectors: tuple[str, ...]
    multiple_unit: str
    multiple_verbs: tuple[str, ...]
    threshold_nouns: tuple[str, ...]
    cumulative_words: tuple[str, ...]
    threshold_counters: tuple[str, ...]
    threshold_references: tuple[str, ...]
    part_markers: tuple[str, ...]
    member_group: re.Pattern[str] | None  # 7个县（市、区）…: a name's clause opening with member regions
    measure_words: tuple[str, ...]
    name_inner_verbs: tuple[str, ...]  # 第一产业完成增加值: a result verb before a name's measure word
    carried_openers: tuple[str, ...]  # a sentence opening with one has no subject of its own
    carried_lead: tuple[str, ...]
    carry_back: int
    narrowing: tuple[str, ...]
    reference: tuple[str, ...]
    carry: tuple[str, ...]
    item_verbs: tuple[str, ...]  # 金安区实现生产总值…；裕安区…: words between a list item's region and name
    topic_leads: tuple[str, ...]  # 从/分 opening "从地区生产总值看，…": a sentence's topic indicator
    topic_ends: tuple[str, ...]  # 来看/看 closing it
    collective: tuple[tuple[str, tuple[str, ...]], ...]
    ratios: dict[tuple[str, str], str]
    continuation: tuple[str, ...]
    doc_types: dict[str, DocType]
    sections_untyped: bool
    pairing: tuple[str, ...]
    name_separators: tuple[str, ...]
    number_separators: tuple[str, ...]
    list_year_openers: tuple[str, ...]
    shared: tuple[str, ...]
    shared_not_after: tuple[str, ...]
    shared_collective: tuple[str, ...]
    tier_words: tuple[str, ...]
    kind_heads: tuple[str, ...]
    threshold_qualifiers: tuple[str, ...]
    confidence_base: float
    confidence_floor: float
    confidence_weights: dict[str, float]
    distant_name: int
    relative_prefixes: tuple[str, ...]
    budget_levels: tuple[str, ...]
    part_heads: re.Pattern[str] | None  # 市区主要指标: a heading naming an unnamed part of the city
    budget_whole: tuple[str, ...]
    relative_suffixes: tuple[str, ...]

    def doc_type(self, name: str) -> DocType | None:
        return self.doc_types.get(name)

    def type_from_title(self, text: str) -> str | None:
        """The first document type (vocabulary order) whose title word `text` holds."""
        for t in self.doc_types.values():
            if any(w in text for w in t.title_words):
                return t.id
        return None

    def reads_sections(self, doc_type: str) -> bool:
        t = self.doc_types.get(doc_type)
        return t.sections if t is not None else (not doc_type and self.sections_untyped)

    def years_rule(self, doc_type: str) -> str:
        t = self.doc_types.get(doc_type)
        return t.years if t is not None else ""


def _doc_types(spec: dict) -> dict[str, DocType]:
    return {
        str(k): DocType(str(k), tuple(fold(w) for w in (v or {}).get("title", []) or []),
                        str((v or {}).get("years", "") or ""), bool((v or {}).get("sections", False)))
        for k, v in (spec or {}).items()
    }


def any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern finding any of `words` in a text: `.search(t) is not None` is
    `any(w in t for w in words)` in one scan (never matching when there are no words). Looked up
    by the tuple's identity first: the word lists of Cues are asked many times a figure, and a
    cache keyed by the tuple would hash all its words each time."""
    hit = _ANY_WORD.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    pat = _any_word(words)
    _ANY_WORD[id(words)] = (words, pat)  # holds the tuple: its id is not reused while listed
    return pat


_ANY_WORD: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


@cache
def load_cues() -> Cues:
    c = resources.cues()
    st, sec, me, ch, rg = c["status"], c["sections"], c["measure"], c["chain"], c["range"]
    return Cues(
        target=_words(st["target"]),
        target_after=_words(st.get("target_after")),
        target_in_clause=_words(st.get("target_in_clause")),
        target_in_gap=_words(st.get("target_in_gap")),
        goal_bracket=_words(st.get("goal_bracket")),
        estimate=_words(st.get("estimate")),
        achieved=_words(st.get("achieved")),
        achieved_so_far=_words(st.get("achieved_so_far")),
        own_year_verbs=_words(st.get("own_year_verbs")),
        actual_after_goal=_words(st.get("actual_after_goal")),
        name_nouns=_words(st.get("name_nouns")),
        name_verbs=_words(st.get("name_verbs")),
        name_end=fold(str(st.get("name_end", ""))),
        compound_tails=_words(st.get("compound_tails")),
        particles="".join(me.get("particles", [])),
        actual=_words(st["actual"]),
        plan_heads=_words(sec["plan"]),
        review_heads=_words(sec["review"]),
        dated_heads=_words(sec.get("dated")),
        plan_vote=_words(sec["plan_vote"]),
        review_vote=_words(sec["review_vote"]),
        plan_ratio=float(sec.get("plan_ratio", 5)),
        plan_min=int(sec.get("plan_min", 10)),
        review_intro=tuple(re.compile(x) for x in sec.get("review_intro", [])),
        plan_intro=tuple(re.compile(x) for x in sec.get("plan_intro", [])),
        section_title_words=_words(sec.get("title_words")),
        title_line_words=_words(sec.get("title_line_words")),
        growth=_words(me["growth"]),
        growth_adjacent=_words(me.get("growth_adjacent")),
        growth_after=_words(me.get("growth_after")),
        not_year_on_year=_words(me.get("not_year_on_year")),
        goal_reference=_words(me.get("goal_reference")),
        negate=_words(me["negate"]),
        annual_average=_words(me["annual_average"]),
        basis_phrases=_words(ch.get("basis_phrases")),
        annual_average_counted=_words(me.get("annual_average_counted")),
        bracket_base=re.compile("|".join(f"(?:{x})" for x in c["range"]["bracket_base"]))
        if c["range"].get("bracket_base") else None,
        over_target=re.compile("|".join(f"(?:{x})" for x in me["over_target"])) if me.get("over_target") else None,
        other_basis=re.compile("|".join(f"(?:{x})" for x in me["other_basis"])) if me.get("other_basis") else None,
        nominal=_words(me.get("nominal")),
        counted_in_households=_words(me.get("counted_in_households")),
        real_growth_ids=frozenset(me.get("real_growth_ids") or ()),
        change_valued_ids=frozenset(me.get("change_valued_ids") or ()),
        blockers=_words(ch["blockers"]),
        filler=_words(ch["filler"]),
        max_leftover=int(ch["max_leftover"]),
        cumulative_words=_words(ch["cumulative_words"]),
        adjustment=re.compile("|".join(f"(?:{x})" for x in ch["adjustment"])) if ch.get("adjustment") else None,
        count_verbs=_words(ch["count_forward"]),
        count_subjects=_words(ch["count_forward_subject"]),
        count_levels=_words(ch.get("count_forward_levels")),
        count_own_nouns=_words(ch.get("count_own_nouns")),
        range_start=_words(rg["start"]),
        range_end=_words(rg["end"]),
        increment=_words(rg["increment"]),
        range_connectors=_words(rg["connectors"]),
        multiple_unit=fold(str(rg["multiple_unit"])),
        multiple_verbs=_words(rg["multiple_verbs"]),
        threshold_nouns=_words(c["threshold"]["nouns"]),
        threshold_counters=_words(c["threshold"]["counters"]),
        threshold_references=_words(c["threshold"]["references"]),
        part_markers=_words(c["subject"]["part_marker"]),
        member_group=re.compile("|".join(c["subject"]["member_group"])) if c["subject"].get("member_group") else None,
        measure_words=_words(c["subject"]["measure_words"]),
        name_inner_verbs=_words(c["subject"].get("name_inner_verbs")),
        carried_openers=_words(c["subject"].get("carried_openers")),
        carried_lead=_words(c["subject"].get("carried_lead")),
        carry_back=int(c["subject"].get("carry_back", 3)),
        narrowing=_words(c["narrowing"]["prefixes"]),
        reference=_words(c["narrowing"]["reference"]),
        carry=_words(c["subject"]["carry"]),
        item_verbs=_words(c["subject"].get("item_verbs")),
        topic_leads=_words(c["subject"].get("topic_leads")),
        topic_ends=_words(c["subject"].get("topic_ends")),
        ratios={(r["numerator"], r["denominator"]): r["indicator"] for r in c.get("ratios", [])},
        collective=tuple((fold(k), tuple(fold(x) for x in v)) for k, v in c["subject"].get("collective", {}).items()),
        continuation=_words(c["subject"]["continuation"]),
        doc_types=_doc_types(c["document_types"]),
        sections_untyped=bool(sec.get("untyped", True)),
        pairing=_words(c["lists"]["pairing"]),
        name_separators=_words(c["lists"]["name_separators"]),
        number_separators=_words(c["lists"]["number_separators"]),
        list_year_openers=_words(c["lists"].get("year_openers")),
        shared=_words(c["lists"]["shared"]),
        shared_not_after=_words(c["lists"]["shared_not_after"]),
        shared_collective=_words(c["lists"]["shared_collective"]),
        tier_words=_words(c["lists"]["tier_words"]),
        kind_heads=_words(c["lists"]["kind_heads"]),
        threshold_qualifiers=_words(c["threshold_qualifiers"]["words"]),
        confidence_base=float(c["confidence"]["base"]),
        confidence_floor=float(c["confidence"]["floor"]),
        confidence_weights={str(k): float(v) for k, v in c["confidence"]["weights"].items()},
        distant_name=int(c["confidence"]["distant_name"]),
        relative_prefixes=tuple(c["relative_regions"]["prefixes"]),
        budget_levels=_words(c["budget_levels"]["words"]),
        budget_whole=_words(c["budget_levels"]["whole"]),
        part_heads=re.compile("|".join(c["budget_levels"]["part_heads"])) if c["budget_levels"].get("part_heads") else None,
        relative_suffixes=tuple(c["relative_regions"]["suffixes"]),
    )
