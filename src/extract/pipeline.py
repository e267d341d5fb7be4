"""Compose the small modules into `extract_text`: document text -> figures.

The pipeline reads the normalised text (see textmap) sentence by sentence. For every number
with a unit it asks: which indicator does it belong to (the nearest name before it, or after
it for counts of enterprises; see lists), is the link between them clean (no share, contribution
or sub-item in between; see document), is it a level or a growth rate, a result or a target
(see structure for sections), for which year, period and region, with which qualifier. Each
answer comes from the data files and is recorded in `Figure.rules`. Figures are then
de-duplicated (a restated figure is one record).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import Any

from . import indicators as ind_mod
from . import periods as per_mod
from . import regions as reg_mod
from . import resources, tables
from .cues import Cues, any_word, load_cues
from .deciders import (
    Site,
    confidence,
    decide_measure,
    decide_period,
    decide_qualifier,
    decide_region,
    decide_status,
    decide_year,
    estimate_ended,
    goal_word,
    is_range_end,
    is_range_start,
    period_word,
)
from .document import (
    BOOK,
    Doc,
    Spans,
    canonical,
    carried_topic,
    chain_ok,
    clause_end,
    clause_start,
    compared_level,
    entity_topic,
    first_valid,
    flow_clause,
    is_reference,
    level_after_flow,
    new_subject,
    number_right_after,
    own_scope,
    previous_full,
    sentence_subject,
    stated_by_region,
    valid_mention,
    zone_topic,
)
from .indicators import IndicatorMention
from .lists import combined_count, count_forward, fenbie_lists, listed_flows, share_of, shared_names, shared_regions
from .metadata import FIRST_LINE
from .milestones import drop_milestones
from .numbers import NumberMention, find_numbers, unit_start
from .periods import PeriodMention
from .ranges import growth_multiples, merge_ranges
from .records import DocMeta, Figure, Measure, Qualifier, Rule, Status
from .reviews import review_spans, span_at
from .scope import (
    as_whole,
    in_coverage_note,
    is_conversion,
    is_ratio,
    names_a_basis,
    names_a_ranking,
    names_a_survey,
    one_item,
    skip_rankings,
    sum_clause_ends,
    sums_other_funds,
    without_rankings,
)
from .structure import (
    HeadStretch,
    Sentence,
    document_years,
    find_sections,
    heading_stretches,
    level_stretches,
    split_sentences,
    with_opening_period,
    with_opening_year,
)
from .textmap import TextMap, build, norm_at


@dataclass(slots=True)
class Candidate:
    """A figure before de-duplication, in normalised offsets."""

    indicator: str
    measure: Measure
    value: Decimal
    status: Status
    year: int | None
    period: str
    region: str | None
    qualifier: Qualifier
    num: NumberMention
    quote_lo: int
    sentence: Sentence
    confidence: float
    rules: list[Rule] = field(default_factory=list)


def _own_year_plan(site: Site, status_rule: Rule, period: str, year: int | None) -> bool:
    """Is a result-by-default figure a work report's goal for its own year: a whole year, the year the
    report is published in, with no result word before it or only a plain 实现/完成/达到
    (cues.yaml status.own_year_verbs)?"""
    doc = site.doc
    meta = doc.ctx.meta
    if period != "year" or year is None or year != meta.published_year:
        return False
    if doc.cues.years_rule(meta.doc_type) != "work_report":
        return False
    if status_rule.rule not in ("default_actual", "actual_cue"):
        return False
    before = doc.without_names(site.s.full_start, site.n.start)
    return all(w in doc.cues.own_year_verbs for w in doc.cues.actual if w in before)


def _decide(site: Site, prev_measure: Measure | None, rules: list[Rule]) -> Candidate | None:
    """Every field of the figure at `site`, each by its decider (see deciders); None when the
    number is not a figure."""
    measured = decide_measure(site, prev_measure)
    if measured is None or is_range_start(site):
        return None
    rules.extend(measured.rules)
    status, status_rule = decide_status(site)
    p = period_word(site)
    range_end = is_range_end(site)
    if status_rule.rule == "estimate_ahead":  # 预计全年…: a result when that period had ended
        decided = decide_period(site, Status.ACTUAL, p, range_end)
        if decided is None:
            return None
        period = decided[0]
        year, yrule = decide_year(site, period, Status.ACTUAL, p)
        # a year moved back because its period had not ended is no sign that it had
        if yrule.rule != "period_not_ended" and estimate_ended(site, period, year):
            status, status_rule = Status.ACTUAL, Rule("status", "estimate_ended", status_rule.evidence)
    rules.append(status_rule)
    decided = decide_period(site, status, p, range_end)
    if decided is None:
        return None  # 当月 without a month to take it from: left out rather than mislabelled
    period, rule = decided
    rules.append(rule)
    year, rule = decide_year(site, period, status, p)
    rules.append(rule)
    pub = site.doc.ctx.meta.published_year
    if status is Status.ACTUAL and year is not None and pub is not None and year > pub:
        status = Status.TARGET  # "到十四五末…达到…": a year still to come cannot have a result
        rules[rules.index(status_rule)] = Rule("status", "future_year", str(year))
    elif _own_year_plan(site, status_rule, period, year):
        status = Status.TARGET  # a work report's own year, still running: its plan
        rules[rules.index(status_rule)] = Rule("status", "own_year", str(year))
    region, rule = decide_region(site)
    rules.append(rule)
    qualifier, rule = decide_qualifier(site)
    rules.append(rule)
    n = site.n
    if n.chinese:
        rules.append(Rule("value", "chinese_numeral", site.norm[n.start : n.end]))
    if n.start - site.mention.end > site.doc.cues.distant_name:
        rules.append(Rule("indicator", "distant_name", site.mention.alias))
    value = measured.value
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return Candidate(
        indicator=measured.indicator, measure=measured.measure, value=value, status=status, year=year,
        period=period, region=region, qualifier=qualifier, num=n, quote_lo=0, sentence=site.s,
        confidence=confidence(site.doc, rules), rules=rules,
    )


def _reference(doc: Doc, n: NumberMention) -> int | None:
    """Is `n` a reference for a figure rather than one: a line drawn for it (全市3%控制线) or the base
    it is measured from (在上年完成1708亿元高基数的情况下)? The end of the reference's word, or None."""
    norm = doc.tm.norm
    k = n.tail + 1 if norm.startswith("的", n.tail) else n.tail
    word = next((w for w in doc.cues.threshold_references if norm.startswith(w, k)), None)
    return None if word is None else k + len(word)


def _threshold(doc: Doc, n: NumberMention) -> bool:
    """Is `n` a threshold of a kind (年产值10亿元以上企业)?"""
    if n.qualifier_word not in doc.cues.threshold_qualifiers or n.unit in doc.cues.threshold_counters:
        return False
    after = doc.tm.norm[n.tail : n.tail + 10]
    after = after[1:] if after.startswith("的") else after
    return _threshold_pattern(tuple(doc.cues.threshold_nouns)).match(after) is not None


@cache
def _threshold_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A threshold noun within six ideographs (以上企业, 亿元以上项目), compiled once."""
    return re.compile(r"[\u4e00-\u9fff]{0,6}?(" + "|".join(map(re.escape, nouns)) + ")")


HEAD_REGION_REST = 6  # characters of a heading besides the region's name (发展情况, 建设)


ORDINAL_LEAD = re.compile(r"[(（]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})?[)）、.．]?")


def _para_regions(tm: TextMap, sentences: list[Sentence], regions: Spans, doc_region: str | None,
                  numbers: Spans) -> dict[int, tuple[str, str]]:
    """A paragraph whose first sentence is a short heading naming a sub-region gives it its figures.
    A bare place name opening running text ("西安。新华社…", a news dateline) heads nothing, nor does
    a short sentence stating a figure that names the sub-region after its start ("地区生产总值4874.5亿元，
    其中章贡区812.3亿元。": the city's figure, then a part)."""
    out: dict[int, tuple[str, str]] = {}
    if not doc_region:
        return out
    seen: set[int] = set()
    for k, s in enumerate(sentences):
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        if s.full_end - s.full_start > 40:
            continue
        j = k + 1  # the first sentence after s's full sentence (by index: a slice would copy the rest)
        while j < len(sentences) and sentences[j].full_start < s.full_end:
            j += 1
        nxt = sentences[j] if j < len(sentences) else None
        dateline = nxt is not None and nxt.paragraph == s.paragraph
        for r in regions.within(s.full_start, s.full_end):
            lead = re.split(r"[,:，：]", tm.norm[s.full_start : r.start])[-1]
            rest = lead + tm.norm[r.end : s.full_end]
            if dateline and len(re.findall(r"[\u4e00-\u9fff]", rest)) < 2:
                continue
            if not ORDINAL_LEAD.fullmatch(tm.norm[s.full_start : r.start]) and any(
                    n.family is not None or n.magnitude for n in numbers.within(s.full_start, s.full_end)):
                continue  # a figure's sentence naming the sub-region inside it: no heading
            if not r.relative and r.name != doc_region and doc_region in reg_mod.ancestors(r.name):
                out[s.paragraph] = (r.name, tm.norm[s.full_start : s.full_end])
                break
    return out


def _head_regions(tm: TextMap, heads: list[HeadStretch], regions: Spans,
                  doc_region: str | None) -> list[tuple[int, int, str, str]]:
    """Stretches under a heading or sub-heading that is a sub-region's name ("（一）温州湾新区",
    "三、某某经开区发展情况"), even when no stop ends the heading's line: (start, end, name, heading)."""
    out: list[tuple[int, int, str, str]] = []
    if not doc_region:
        return out
    for h in heads:
        for r in regions.within(h.head_lo, h.head_hi):
            rest = (h.head_hi - h.head_lo) - (min(r.end, h.head_hi) - r.start)
            if not r.relative and rest <= HEAD_REGION_REST and reg_mod.is_sub_region(r.name, doc_region):
                out.append((h.start, h.end, r.name, tm.norm[h.head_lo : h.head_hi]))
                break
    return out


def _windows(sentences: list[Sentence], numbers: list[NumberMention]) -> list[tuple[int, int]]:
    """Merged spans worth reading: full sentences holding a number with a unit (with the full
    sentence before each, for carried subjects), and the short first sentence of a paragraph
    (a sub-region heading)."""
    spans: list[tuple[int, int]] = []
    starts = [n.start for n in numbers if n.family is not None or n.magnitude]
    prev_full = (0, 0)
    seen_para: set[int] = set()
    for s in sentences:
        if s.paragraph not in seen_para:
            seen_para.add(s.paragraph)
            if s.full_end - s.full_start <= 40:
                spans.append((s.full_start, s.full_end))
        k = bisect_left(starts, s.full_start)
        if k < len(starts) and starts[k] < s.full_end:
            spans.append((prev_full[0] if prev_full[1] == s.full_start else s.full_start, s.full_end))
        if (s.full_start, s.full_end) != prev_full and s.end == s.full_end:
            prev_full = (s.full_start, s.full_end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _blocks(gap: str, cues: Cues) -> bool:
    """Does a blocker stand in the gap outside the average words (两年平均增长: the 平均 of an
    average growth is no 平均 value)?"""
    for w in cues.annual_average + cues.basis_phrases:
        gap = gap.replace(w, "")
    if not any(w in gap for w in cues.blockers):
        return False
    return any(w in without_rankings(gap) for w in cues.blockers)


def _period_part(doc: Doc, lo: int, hi: int) -> bool:
    """Is norm[lo:hi] a part marker naming a shorter period and nothing else of its own ("规上工业增加值
    增长9.2%，其中3月份增长10.1%": the same indicator for that month or quarter, its own record)?"""
    return _part_named(doc, lo, hi, lambda a: [p for p in doc.periods.within(a, hi) if p.start == a and p.sub_annual])


def _member_group(doc: Doc, name_start: int) -> bool:
    """Does the name at name_start follow a group of member regions opening its clause (7个县（市、区）,
    各区县: cues.yaml subject.member_group)?"""
    norm, pat = doc.tm.norm, doc.cues.member_group
    return pat is not None and pat.search(norm, clause_start(norm, max(0, name_start - 24), name_start), name_start) is not None


def _region_part(doc: Doc, lo: int, hi: int, name_start: int | None = None, group_only: bool = False) -> bool:
    """Is norm[lo:hi] a part marker naming a region and nothing else of its own ("全省地区生产总值增长
    5.5%，其中宜宾市增长6.8%": the same indicator for that region)? The part marker is the only
    blocker, a region follows it directly, and the rest is neutral. After a name whose clause opens
    with a group of member regions (7个县（市、区）生产总值增速高于全市平均水平，其中平阴县增长8.9%), a
    clause about the group with no number or name of its own may stand before the part marker."""
    def named(a: int) -> list[Any]:
        return [r for r in doc.regions.within(a, hi) if r.start == a and not r.relative]
    if group_only:
        return name_start is not None and _group_part(doc, lo, hi, name_start, named)
    return _part_named(doc, lo, hi, named) or (name_start is not None and _group_part(doc, lo, hi, name_start, named))


def _group_part(doc: Doc, lo: int, hi: int, name_start: int, named: Callable[[int], Sequence[Any]]) -> bool:
    """_region_part after a clause about a group of member regions the name's clause opens with."""
    norm, cues = doc.tm.norm, doc.cues
    if not _member_group(doc, name_start):
        return False
    k = max(norm.rfind(w, lo, hi) for w in cues.part_markers)
    if k <= lo or norm[k - 1] not in ",，" or doc.num_spans.within(lo, k) or doc.inds_in(lo, k):
        return False
    w = next(w for w in cues.part_markers if norm.startswith(w, k))
    a = k + len(w) + (norm[k + len(w)] in ",，" if k + len(w) < hi else 0)
    spans = named(a)
    if not spans or _blocks(norm[a:hi], cues):
        return False
    if chain_ok(doc, spans[0].end, hi):
        return True
    b = norm.rfind("、", a, hi) + 1  # a later item of the list: 其中商河县增长12.1%、平阴县增长9.4%
    later = named(b) if b > a else []
    return bool(later) and chain_ok(doc, later[0].end, hi)


def _part_named(doc: Doc, lo: int, hi: int, named: Callable[[int], Sequence[Any]]) -> bool:
    """Is norm[lo:hi] only a part marker, the span `named(a)` finds right after it (at a), and neutral
    text after that span?"""
    norm, cues = doc.tm.norm, doc.cues
    k = max(norm.rfind(w, lo, hi) for w in cues.part_markers)
    if k < 0:
        return False
    w = next(w for w in cues.part_markers if norm.startswith(w, k))
    a = k + len(w) + (norm[k + len(w)] in ",，" if k + len(w) < hi else 0)
    spans = named(a)
    if not spans or _blocks(norm[lo:k] + norm[a:hi], cues):
        return False
    return norm[lo:k].strip(",，;；") == "" and chain_ok(doc, spans[0].end, hi)


def _nameless_unit_start(doc: Doc, s: Sentence) -> int | None:
    """Where a ；-unit naming no indicator begins after its part marker (其中，), or None when it names one."""
    if doc.inds_in(s.start, s.end):
        return None
    norm, a = doc.tm.norm, s.start
    w = next((w for w in doc.cues.part_markers if norm.startswith(w, a)), "") if norm.startswith(
        doc.cues.part_markers, a) else ""  # one test for all the markers, then which
    return a + len(w) + (norm.startswith(("，", ",", "：", ":"), a + len(w)) if w else 0)


def _region_item_carry(doc: Doc, prev: Sentence, s: Sentence, prev_carry: IndicatorMention | None,
                       topic: IndicatorMention | None = None) -> IndicatorMention | None:
    """"顺德区地区生产总值4166.1亿元，增长1.7%；南海区3910.9亿元，增长2.4%": a ；-unit naming no
    indicator that opens (after a part marker) with a region right before a number goes on with the
    indicator of the unit before it, when that one is a region's (a region stands right before it)
    or was itself such an item (`prev_carry`). A result verb may stand between that region and its
    name ("金安区实现生产总值231.7亿元，…；裕安区218.4亿元": cues.yaml subject.item_verbs). In a full
    sentence opening with its topic ("从地区生产总值看，南昌市以3264.9亿元位居第一，…；赣州市以1915.1亿元…"),
    the item goes on with that topic."""
    a = _nameless_unit_start(doc, s)
    if a is None:
        return None
    regs = [r for r in doc.regions.within(a, a + 24) if r.start == a and not r.relative]
    if not regs:
        return None
    norm, verbs = doc.tm.norm, doc.cues.item_verbs
    stem = "" if number_right_after(doc, regs[0].end) else _verb_stem_gap(doc, regs[0].end)
    if stem is None:
        return None
    if prev_carry is not None:
        return prev_carry if prev_carry.alias.endswith(stem) else None
    if topic is not None:
        return topic if topic.alias.endswith(stem) else None
    reach = 2 + max(map(len, verbs), default=0)
    named = [m for m in doc.inds_in(prev.start, prev.end)
             if (stem or any(m.start - 2 <= r.end <= m.start or norm[r.end : m.start] in verbs
                             for r in doc.regions.touching(m.start - reach, m.start)))
             and valid_mention(doc, m)]
    return named[-1] if named and named[-1].alias.endswith(stem) else None


def _verb_stem_gap(doc: Doc, end: int) -> str | None:
    """The noun after a result verb between a region's end and the number right after them
    ("；临海市完成收入38.1亿元": 收入), the tail of the name it goes on with; None when no verb and
    noun of two to six characters stand there."""
    norm = doc.tm.norm
    verb = next((v for v in sorted(doc.cues.item_verbs, key=len, reverse=True) if norm.startswith(v, end)), None)
    if verb is None:
        return None
    k = end + len(verb)
    nums = [x for x in doc.num_spans.touching(k, k + 7) if x.start >= k + 2]
    if not nums or nums[0].start > k + 6 or not all("\u4e00" <= c <= "\u9fff" for c in norm[k : nums[0].start]):
        return None
    return norm[k : nums[0].start]


SPEAKER_CHARS = 16  # the longest speaker label a transcript's sentence may open with (…副局长：)


def _view_topic(doc: Doc, s: Sentence) -> IndicatorMention | None:
    """"从地区生产总值看，…": the catalog name a full sentence opens with between a topic lead (从, 分) and
    its end (来看, 看), the topic of the region items after it (cues.yaml subject.topic_leads)."""
    norm, cues = doc.tm.norm, doc.cues
    first = clause_end(norm, s.full_start, s.end)
    # the sentence's own start, or a line's start inside its first clause (a heading glued before it)
    starts = [s.full_start]
    i = bisect_left(doc.breaks, s.full_start)
    while i < len(doc.breaks) and doc.breaks[i] < first:
        starts.append(doc.breaks[i] + 1)
        i += 1
    k = norm.find(":", s.full_start, min(s.end, s.full_start + SPEAKER_CHARS))
    if k > s.full_start and not doc.num_spans.within(s.full_start, k):
        starts.append(k + 1)  # after a transcript's speaker ("市统计局副局长：从地区生产总值看，…")
        first = max(first, clause_end(norm, k + 1, s.end))
    a = next((k + len(w) for k in starts for w in cues.topic_leads if norm.startswith(w, k)), None)
    if a is None:
        return None
    ms = [m for m in doc.inds_in(a, a + 24) if m.start == a]
    if ms and valid_mention(doc, ms[0]) and norm.startswith(cues.topic_ends, ms[0].end):
        return ms[0]
    # "分县区看地区生产总值，…": the name after the view, filling the rest of the first clause
    k = norm.find("看", a, min(first, a + 8))
    ms = [m for m in doc.inds_in(k + 1, first) if m.start == k + 1 and m.end == first] if k > a else []
    return ms[0] if ms and valid_mention(doc, ms[0]) else None


def _topic_item(doc: Doc, s: Sentence, n: NumberMention, topic: IndicatorMention) -> reg_mod.RegionMention | None:
    """The region an item of a topic sentence states its rate for ("其中洛川县增长8.6%、黄陵县增长7.9%"):
    the item (after the last clause stop or 、, and a part marker) opens with a region followed by growth
    words only up to the number, and names no catalog name of its own. None otherwise."""
    norm, cues = doc.tm.norm, doc.cues
    if not n.is_percent or n.start <= topic.end:
        return None
    lo = max(clause_start(norm, s.start, n.start), norm.rfind("、", s.start, n.start) + 1)
    if doc.inds_in(lo, n.start):
        return None
    for w in cues.part_markers:
        if norm.startswith(w, lo):
            lo += len(w)
    regs = [r for r in doc.regions.within(lo, n.start) if r.start == lo and not r.relative]
    if not regs:
        return None
    gap = norm[regs[0].end : n.start]
    for w in sorted(cues.growth, key=len, reverse=True):
        gap = gap.replace(w, "")
    return regs[0] if not gap else None


def _period_item_carry(doc: Doc, prev: Sentence, s: Sentence) -> IndicatorMention | None:
    """"…规上工业增加值同比增长5.9%；8月份当月增长7.2%" (or "…。其中，8月份当月增长7.2%。", "…增长9.6%。9月份增长
    7.3%。"): a unit naming no indicator that opens (after a part marker) with a period of its own right
    before a growth word goes on with the last indicator of the unit before it: that indicator's rate
    for the shorter period."""
    a = _nameless_unit_start(doc, s)
    if a is None:
        return None
    per = [p for p in doc.periods.within(a, a + 12) if p.start == a]
    if not per or not doc.tm.norm.startswith(doc.cues.growth, per[0].end):
        return None
    named = [m for m in doc.inds_in(prev.start, prev.end) if valid_mention(doc, m)]
    return named[-1] if named else None


def _region_part_carry(doc: Doc, s: Sentence) -> IndicatorMention | None:
    """"全市一般公共预算收入185.4亿元，增长6.2%。其中，兖州区完成15.8亿元，增长9.3%；邹城市完成19.7亿元…": a
    full sentence naming no indicator that opens with a part marker and a region right before its number
    (a result verb, or a growth word, may stand between) goes on with the previous sentence's subject:
    the figures are that region's part of it."""
    norm, cues = doc.tm.norm, doc.cues
    if s.start != s.full_start or not norm.startswith(cues.part_markers, s.start):
        return None
    a = _nameless_unit_start(doc, s)
    if a is None:
        return None
    regs = [r for r in doc.regions.within(a, a + 24) if r.start == a and not r.relative]
    if not regs:
        return None
    k = regs[0].end
    for words in (cues.item_verbs, cues.growth):
        k += len(next((w for w in words if norm.startswith(w, k)), ""))
    if not number_right_after(doc, k, 1):
        return None
    prev = previous_full(doc, s)
    return first_valid(doc, doc.inds_in(*prev)) if prev else None


def _own_scope_named(doc: Doc, lo: int, hi: int) -> bool:
    """Under a 市级/市本级 sub-heading, does norm[lo:hi] name a scope other than that level: the
    whole region (全市…) or a region inside the document's (a zone, a district: 市本级及开发区 lists
    the zone's own budget beside the level's)?"""
    here = doc.ctx.meta.region
    return any(w in doc.tm.norm[lo:hi] for w in doc.cues.budget_whole) or any(
        not r.relative and r.name != here and reg_mod.is_sub_region(r.name, here) for r in doc.regions.within(lo, hi))


def _title_end(text: str, meta: DocMeta, cues: Cues) -> int:
    """Where the document's first line ends when that line is its title and a line break follows
    it (the first sentence is not glued to it), else -1. A title read from the first line itself
    (metadata.from_header) counts only with a title word (cues.yaml sections.title_line_words)."""
    title = meta.title.strip()
    if dict(meta.sources).get("title") == FIRST_LINE and not any(w in title for w in cues.title_line_words):
        return -1
    i = len(text) - len(text.lstrip())
    end = i + len(title)
    rest = text[end : end + 80]
    if not title or not text.startswith(title, i) or "\n" not in rest[: len(rest) - len(rest.lstrip())]:
        return -1
    return end


def extract_document(text: str, meta: DocMeta) -> list[Figure]:
    """Figures of `text`. A document region given by another of its names (大理州 for 大理白族自治州,
    杭州 for 杭州市) is read as the region it names, and the figures about that region keep the
    spelling the document was given (the user's name for it), whatever name the text used."""
    given = meta.region
    found = reg_mod.lookup(given)
    if found is None or found.name == given:
        return _extract(text, meta)
    figs = _extract(text, replace(meta, region=found.name))
    return [replace(f, region=given) if f.region == found.name else f for f in figs]


def _extract(text: str, meta: DocMeta) -> list[Figure]:
    cues = load_cues()
    title_end = _title_end(text, meta, cues)
    tm = build(text, unit_start(), title_end)
    norm = tm.norm
    body = norm_at(tm, title_end) if title_end >= 0 else 0
    ctx = with_opening_year(with_opening_period(document_years(meta, cues), norm, cues), norm, body)
    sentences = split_sentences(tm)
    numbers = growth_multiples(norm, merge_ranges(norm, find_numbers(norm)))
    blocked = tables.Blocked(tables.row_spans(text))  # table rows: read by tables.py, or not at all
    if blocked:
        numbers = [n for n in numbers if not blocked.covers(tm.orig(n.start))]
    windows = _windows(sentences, numbers)

    def scan(find, *args, **kw):  # run a finder only where figures can be
        return [x for lo, hi in windows for x in find(norm, *args, lo, hi, **kw)]

    inds = [m for m in scan(ind_mod.find_indicators)
            if not in_coverage_note(norm, m.start) and not names_a_ranking(norm, m.start, m.end)
            and not names_a_survey(norm, m.end) and not names_a_basis(norm, m.start, m.end)]
    inds = as_whole(norm, inds)  # 财政收入…，其中一般公共预算收入…: 财政总收入
    listed = listed_flows(norm, inds, numbers, windows)  # 新增上市公司5家、规模以上工业企业99家
    if listed:
        inds = sorted(inds + listed)
    regions = Spans(scan(reg_mod.find_regions, meta.region, line_ends=tm.breaks))
    heads = heading_stretches(tm)
    doc = Doc(
        tm=tm, ctx=ctx, cues=cues, sentences=sentences, sections=find_sections(tm, meta, cues),
        numbers=numbers, inds=inds, ind_starts=[m.start for m in inds], regions=regions,
        periods=Spans(per_mod.find_periods(norm)), years=Spans(per_mod.find_years(norm)),
        books=[(m.start(), m.end()) for m in BOOK.finditer(norm)],
        para_region=_para_regions(tm, sentences, regions, meta.region, Spans(numbers)),
        head_region=_head_regions(tm, heads, regions, meta.region),
    )
    num_starts = [n.start for n in numbers]
    reviews = review_spans(doc)
    levels = level_stretches(tm, cues, heads)
    review_starts = [r.start for r in reviews]
    sum_ends = sum_clause_ends(norm)  # 加上上级补助收入…: most documents have none
    cands: list[Candidate] = []
    item_carry: dict[int, IndicatorMention] = {}  # ；-units going on with a region item's indicator
    after_variant: list[tuple[Candidate, str]] = []  # rates right after a figure in a variant's unit
    topic_at, topic = -1, None  # the full sentence's topic (从地区生产总值看，…)
    for si, s in enumerate(sentences):
        a, b = bisect_left(num_starts, s.start), bisect_right(num_starts, s.end - 1)
        nums = [n for n in numbers[a:b] if n.end <= s.end]
        if not nums:
            continue
        if s.full_start != topic_at:  # one topic per full sentence, read once
            topic_at, topic = s.full_start, _view_topic(doc, s)
        valued = _has_value(nums)  # only bare numbers: no figure, but a region item's carry is noted
        carry: IndicatorMention | None = None
        if norm.startswith(cues.carry, s.full_start):
            if si and sentences[si - 1].full_start == s.full_start:  # a later item of its list (分县区看，…；裕安区…)
                carry = _region_item_carry(doc, sentences[si - 1], s, item_carry.get(si - 1), topic)
                if carry is not None:
                    item_carry[si] = carry
            prev = previous_full(doc, s) if valued and carry is None else None
            if prev and norm.startswith(cues.part_markers, prev[0]):  # "…增长8.9%。其中，工业投资…。分县区看，…":
                prev = previous_full(doc, Sentence(prev[0], prev[1], prev[0], prev[1], s.paragraph)) or prev  # the whole's
            if prev:
                carry = first_valid(doc, doc.inds_in(*prev))
        elif si and sentences[si - 1].full_start == s.full_start:
            carry = _region_item_carry(doc, sentences[si - 1], s, item_carry.get(si - 1), topic)
            if carry is not None:
                item_carry[si] = carry  # (the next unit may go on with it)
            elif valued:
                carry = _period_item_carry(doc, sentences[si - 1], s)
        elif valued and si and sentences[si - 1].paragraph == s.paragraph and s.start == s.full_start:
            carry = _period_item_carry(doc, sentences[si - 1], s)  # "…增长6.9%。(其中，)8月份当月增长8.2%。"
            if carry is None and (carry := _region_part_carry(doc, s)) is not None:
                item_carry[si] = carry  # (the next unit, another region, goes on with it)
        if not valued:
            continue
        fenbie = fenbie_lists(doc, s, nums, carry)
        part_parent: str | None = None
        if norm.startswith(cues.part_markers, s.full_start):
            prev = previous_full(doc, s)
            part_parent = sentence_subject(doc, *prev) if prev else None
        carried = carried_topic(doc, s)  # no subject of its own: an earlier sentence's zone, or not the region's
        broken: set[int] = set()  # mentions whose chain of numbers was interrupted
        last_measure: dict[int, Measure] = {}
        last_indicator: dict[int, str] = {}  # the indicator of a name's last figure (its unit's variant: 亿美元)
        last_num_end: dict[int, int] = {}
        names = doc.inds_in(s.start, s.end)
        for n in nums:
            if n.family is None and not n.magnitude:
                continue  # a bare number (the cheapest test first: the tests before a figure ask nothing of the text)
            if doc.in_book(n.start) or _inside(names, n.start):
                continue
            if n.qualifier_word and _threshold(doc, n):  # (no threshold without a qualifier word)
                continue
            if levels and _inside_level(levels, n.start) and not _own_scope_named(doc, s.full_start, n.start):
                continue  # under a 市级/市本级 sub-heading: that level's own budget, not the region's
            rules: list[Rule] = []
            members: list[IndicatorMention] = []  # several indicators sharing the number
            mention: IndicatorMention | None = None
            fen_q: str | None = None
            fen_region: str | None = None
            fen_year: int | None = None
            fen_period: PeriodMention | None = None
            region_members: list[str] | None = None  # several regions sharing the number (…均突破700亿元)
            if n.start in fenbie:
                item = fenbie[n.start]
                if item.mention is None:
                    continue
                mention, fen_region, fen_q, fen_year = item.mention, item.region, item.qualifier, item.year
                fen_period = item.period
                if entity_topic(doc, s.start, mention):
                    continue
                rules.append(Rule("indicator", "pairing_list", mention.alias))
                k = max(norm.rfind(w, s.start, n.start) for w in cues.pairing)
                gap_lo = clause_start(norm, s.start, k) if k >= 0 else n.start
                if gap_lo == k and k > s.start:  # "…鄢陵县增速位居前三，依次为10.2%、…": the names' clause says what
                    gap_lo = clause_start(norm, s.start, k - 1)
            elif topic is not None and (item_region := _topic_item(doc, s, n, topic)) is not None:
                mention, fen_region = topic, item_region.name
                rules.append(Rule("indicator", "topic_item", topic.alias))
                gap_lo = item_region.end
            else:
                fwd = count_forward(doc, n, s) if n.family == "count" else None
                if fwd is not None and flow_clause(doc, fwd, clause_start(norm, s.start, n.start), n.start):
                    continue  # "新增80家国家高新技术企业": the change of a count, not its level
                if fwd is not None:
                    mention = fwd
                    rules.append(Rule("indicator", "count_forward", fwd.alias))
                    gap_lo = n.start
                elif n.family == "count" and norm.startswith(cues.count_own_nouns, n.tail):
                    continue  # "，33家企业通过…评估": the count names its own subject, not the name before
                else:
                    before = [m for m in doc.inds_in(s.start, n.start)]
                    if not before and carry is not None:
                        before = [carry]
                    if not before:
                        continue
                    mention = before[-1]
                    ratio = share_of(doc, before, n) if n.is_percent else None
                    if ratio is not None:
                        mention, gap_lo = ratio
                        rules.append(Rule("indicator", "share", mention.alias))
                        cand = _decide(Site(doc, s, n, mention, gap_lo, review=span_at(reviews, review_starts, n.start)),
                                       None, rules)
                        if cand is not None:
                            cand.quote_lo = clause_start(norm, s.start, n.start)
                            cands.append(cand)
                        continue
                    shared = shared_names(doc, s, mention, n)
                    if shared is None and combined_count(doc, s, mention, n):
                        continue  # "新增“专精特新”和“单项冠军”企业50家": the kinds' sum, none of them
                    region_members = None if shared else shared_regions(doc, s, mention, n)
                    valid = valid_mention(doc, mention)
                    level_lo = None if valid else level_after_flow(doc, mention, n)  # …，累计达39.4万户
                    group = not valid and level_lo is None and _member_group(doc, mention.start)
                    if group and not _region_part(doc, mention.end, n.start, mention.start, group_only=True):
                        continue  # "7个县（市、区）生产总值…": the members' figures only, in 其中 items
                    if shared is None and (not (valid or level_lo is not None or group) or is_reference(doc, mention, s.start)
                                           or zone_topic(doc, s.start, mention) or entity_topic(doc, s.start, mention)):
                        continue
                    key = mention.start
                    if key in broken:
                        continue
                    ref_end = _reference(doc, n)
                    if ref_end is not None:
                        last_num_end[key] = ref_end  # the name's chain goes on past the base or the line
                        continue
                    gap_lo = skip_rankings(norm, max(mention.end, last_num_end.get(key, mention.end), level_lo or 0),
                                           n.start)
                    if is_ratio(norm, gap_lo, n.end) or (norm[n.start - 1] == "的" and is_ratio(
                            norm, clause_start(norm, s.start, n.start) - 1, n.end)):
                        continue  # "，为预算的101.3%": a completion ratio, the chain goes on past it
                        # (read from its clause too: 完成全年目标（7.5%）的101.3% follows the goal's own rate)
                    if (n.family is not None and is_conversion(norm, gap_lo, n.end)
                            and n.family != resources.canonical_units()[ind_mod.unit_of(mention.indicator)].family):
                        continue  # "，折合16668美元": the figure in another currency, the chain goes on past it
                    if mention is carry:  # its text starts after the unit's part marker (其中9月当月增长…)
                        unit_lo = _nameless_unit_start(doc, s) or s.start
                        gap_lo = max(unit_lo, last_num_end.get(key, unit_lo))
                    gap = norm[gap_lo : n.start]
                    level = compared_level(doc, gap_lo, n.start)  # 全省平均（7.6%）: no 平均 value
                    bgap = gap[: len(gap) - len(level) - 1] if level else gap
                    c0 = clause_start(norm, gap_lo, n.start)
                    if c0 > gap_lo and stated_by_region(doc, c0, n.start):
                        bgap = gap[: c0 - gap_lo]  # "，全省平均为6.9%": that region's own rate, no 平均 blocker
                    if (any_word(cues.blockers).search(bgap) and _blocks(bgap, cues) and not _region_part(doc, gap_lo, n.start, mention.start)
                            and not _period_part(doc, gap_lo, n.start)):
                        broken.add(key)
                        continue
                    if key in last_num_end and new_subject(doc, gap_lo, n.start):
                        broken.add(key)  # "个体工商户增长44%、企业增长14.7%": a new subject after the list mark
                        continue
                    adj = cues.adjustment.search(norm, gap_lo, n.start) if cues.adjustment else None
                    goal = goal_word(norm, gap_lo, n, cues.goal_bracket)  # …，超过年度计划（20%）: the goal
                    hi = n.start - len(goal) - 1 if goal else n.start
                    if not (chain_ok(doc, gap_lo, hi) if adj is None else  # 扣除…因素后: comparable basis
                            chain_ok(doc, gap_lo, adj.start()) and chain_ok(doc, adj.end(), n.start)):
                        broken.add(key)
                        continue
                    if shared:
                        members = shared
                        rules.append(Rule("indicator", "shared_value", "、".join(m.alias for m in shared)))
                    else:
                        rules.append(Rule("indicator", "name_before", mention.alias))
            if one_item(norm, s.full_start, n.start, mention.indicator):
                continue  # one project's or facility's investment, not the region's
            if sum_ends and sums_other_funds(norm, sum_ends, s.full_start, mention.start):
                continue  # 加上上级补助收入…，总收入…: the budget's resources, no revenue indicator
            if carried is not None and carried[0] is None and not own_scope(doc, s.full_start, mention):
                continue  # the subject is an earlier sentence's industry or enterprise, not the region
            if part_parent is not None:
                part_of = resources.indicators()[mention.indicator].part_of
                if part_of and part_of != part_parent:
                    continue
            review = span_at(reviews, review_starts, n.start)
            last_num_end[mention.start] = n.tail
            sites = [(member, fen_region) for member in members or [mention]] if region_members is None else [
                (mention, r) for r in region_members]
            for member, list_region in sites:
                site = Site(doc, s, n, member, gap_lo, list_region=list_region, list_qualifier=fen_q, review=review,
                            list_year=fen_year, list_period=fen_period, carried_region=carried[0] if carried else None,
                            list_region_rule="pairing_list" if region_members is None else "shared_region_list")
                cand = _decide(site, last_measure.get(mention.start), list(rules))
                if cand is None:
                    inside_parens = norm.rfind("(", s.start, n.start) > norm.rfind(")", s.start, n.start)
                    if (n.family not in (None, "percent", "pp") and not inside_parens
                            and n.family != canonical(ind_mod.unit_of(member.indicator))[0]):
                        broken.add(mention.start)  # the sentence moved on to another quantity
                    continue
                last_measure[mention.start] = cand.measure
                prev_ind = last_indicator.get(mention.start)
                if (cand.measure is Measure.GROWTH and prev_ind is not None and prev_ind != cand.indicator
                        and resources.indicators()[prev_ind].variant_of == cand.indicator):
                    after_variant.append((cand, prev_ind))  # "…367.0亿美元，增长55.4%": the rate may be the variant's
                if norm.rfind("(", s.start, n.start) <= norm.rfind(")", s.start, n.start):
                    last_indicator[mention.start] = cand.indicator  # (not a bracketed restatement: 2378.1亿元（折合367.0亿美元）)
                cand.quote_lo = clause_start(norm, s.start, min(mention.start, member.start, n.start))
                cands.append(cand)
    _goals_beside_results(cands)
    _restated_in_variant(cands, after_variant)
    figs = [_to_figure(doc, c) for c in _dedupe(_drop_other_basis(drop_milestones(cands, norm), norm, cues))]
    return tables.merge(figs, tables.read_tables(text, meta, ctx.actual_year, ctx.target_year, ctx.period,
                                                   blocked.spans))


def _has_value(nums: list[NumberMention]) -> bool:
    """Is one of `nums` a value with a unit or a magnitude (the numbers the pipeline reads)?"""
    for n in nums:  # noqa: SIM110 (a loop: no generator made per call)
        if n.family is not None or n.magnitude:
            return True
    return False


def _inside(names: list[IndicatorMention], i: int) -> bool:
    """Does one of `names` cover norm[i]? (a loop, not any() over a generator: asked of every number)"""
    for m in names:  # noqa: SIM110 (a loop: no generator made per call)
        if m.start <= i < m.end:
            return True
    return False


def _inside_level(levels: list[tuple[int, int, str]], i: int) -> bool:
    """Is norm[i] in one of the stretches of level_stretches?"""
    for a, b, _ in levels:  # noqa: SIM110 (a loop: no generator made per call)
        if a <= i < b:
            return True
    return False


def _restated_in_variant(cands: list[Candidate], after_variant: list[tuple[Candidate, str]]) -> None:
    """"全省进出口总额2378.1亿元，增长42.6%。以美元计，进出口总额367.0亿美元，增长55.4%": a rate right after a
    figure in a variant's unit (亿美元) is that variant's own rate, not a second rate of the indicator,
    when the document states the indicator in its own unit for the same region and period. Without
    such a figure (a trade total given in 美元 only) the rate stays the indicator's."""
    if not after_variant:
        return
    own = {(c.indicator, c.region, c.period, c.year) for c in cands if c.measure is Measure.VALUE}
    for c, variant in after_variant:
        if (c.indicator, c.region, c.period, c.year) in own:
            c.indicator = variant
            c.rules.append(Rule("indicator", "restated_variant", variant))


def _goals_beside_results(cands: list[Candidate]) -> None:
    """A goal stated in the sentence that reports its indicator's result ("一般公共预算收入实现48.3亿元，
    超额完成45亿元的年度目标", "固定资产投资目标为增长8%，实际增长9.6%") is that result's year's goal:
    a target whose year is only the document's default takes the year of that result."""
    results: dict[tuple[int, str], int] = {}
    for c in cands:
        if c.status is Status.ACTUAL and c.year is not None:
            results.setdefault((c.sentence.full_start, c.indicator), c.year)
    if not results:
        return
    for c in cands:
        if c.status is not Status.TARGET:
            continue
        year = results.get((c.sentence.full_start, c.indicator))
        k = next((i for i, r in enumerate(c.rules) if r.field == "year"), None)
        if year is None or year == c.year or k is None or c.rules[k].rule != "document_target":
            continue
        c.year = year
        c.rules[k] = Rule("year", "goal_beside_result", str(year))


def _close(a: Decimal, b: Decimal) -> bool:
    if b == 0:
        return a == 0
    return abs(a - b) <= abs(b) * Decimal("0.001")


def _drop_other_basis(cands: list[Candidate], norm: str, cues: Cues) -> list[Candidate]:
    """"社会消费品零售总额…增长12.6%，扣除价格因素实际增长11.5%": a later number of the same figure
    (indicator, measure, status, year, period, region) in the same sentence, after a clause naming
    another basis (cues.yaml measure.other_basis), is that figure on the other basis: not a record.
    A growth rate of GDP or value added whose clause names current prices (按现价计算增长7.8%) is the
    nominal change, not the growth (measure.nominal, measure.real_growth_ids)."""
    seen: dict[tuple, Candidate] = {}
    drop: set[int] = set()
    for c in sorted(cands, key=lambda c: c.num.start):
        if (c.measure is Measure.GROWTH and c.indicator in cues.real_growth_ids and cues.nominal
                and any(w in norm[clause_start(norm, c.sentence.start, c.num.start) : c.num.start] for w in cues.nominal)):
            drop.add(id(c))
            continue
        key = (c.sentence.full_start, c.indicator, c.measure, c.status, c.year, c.period, c.region)
        first = seen.setdefault(key, c)
        if first is not c and cues.other_basis is not None and cues.other_basis.search(norm, first.num.end, c.num.start):
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop] if drop else cands


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """A restated figure is one record; a milestone (突破2000亿元) beside the exact value in the
    same sentence is dropped. A value reached over several years (五年来…由5.12亿元增加到7.86亿元)
    that the document also states as its end year's level (2021年…7.86亿元) is that level, one record."""
    levels: dict[tuple, list[Decimal]] = {}
    for c in cands:
        if c.measure is Measure.VALUE and c.period == "year":
            levels.setdefault((c.indicator, c.status, c.year, c.region), []).append(c.value)
    groups: dict[tuple, list[Candidate]] = {}
    for c in cands:
        if (c.measure is Measure.VALUE and c.period == "multi-year" and c.year is not None
                and any(_close(c.value, v) for v in levels.get((c.indicator, c.status, c.year, c.region), ()))):
            continue
        groups.setdefault((c.indicator, c.measure, c.status, c.year, c.period, c.region), []).append(c)
    keep: set[int] = set()
    for group in groups.values():
        kept: list[Candidate] = []
        for c in group:  # first statement of each distinct value wins
            if not any(_close(c.value, k.value) for k in kept):
                kept.append(c)
        exact = [c for c in kept if c.qualifier is Qualifier.EXACT]
        for c in kept:
            if c.qualifier is not Qualifier.EXACT and any(
                e.sentence.full_start == c.sentence.full_start and _consistent(c, e) for e in exact
            ):
                continue
            keep.add(id(c))
    return [c for c in cands if id(c) in keep]


def _consistent(c: Candidate, e: Candidate) -> bool:
    """Is the qualified value c a restatement of the exact value e?"""
    if c.qualifier is Qualifier.AT_LEAST:
        return c.value <= e.value
    if c.qualifier is Qualifier.AT_MOST:
        return c.value >= e.value
    return abs(c.value - e.value) <= abs(e.value) * Decimal("0.1")


def _to_figure(doc: Doc, c: Candidate) -> Figure:
    tm = doc.tm
    start, end = tm.span(c.num.start, c.num.end)
    q_start = tm.orig(c.quote_lo)
    q_end = tm.orig_end(c.num.tail)
    s_start, s_end = tm.span(c.sentence.full_start, c.sentence.full_end)
    return Figure(
        doc=doc.ctx.meta.doc,
        indicator=c.indicator,
        measure=c.measure,
        value=c.value,
        unit="%" if c.measure is Measure.GROWTH else ind_mod.unit_of(c.indicator),
        status=c.status,
        year=c.year,
        period=c.period,
        region=c.region,
        qualifier=c.qualifier,
        start=start,
        end=end,
        quote=tm.text[q_start:q_end],
        quote_start=q_start,
        quote_end=q_end,
        sentence_start=s_start,
        sentence_end=s_end,
        confidence=c.confidence,
        raw=tm.text[start:end],
        rules=tuple(c.rules),
    )


def extract_text(
    text: str,
    *,
    doc: str = "",
    region: str | None = None,
    published: str | None = None,
    doc_type: str | None = None,
    title: str = "",
    publisher: str = "",
) -> list[Figure]:
    """Figures of `text`. Region, date and type default to what the text's own header says."""
    from .metadata import from_header

    meta = from_header(text, DocMeta(doc=doc, title=title, publisher=publisher, region=region,
                                      published=published, doc_type=doc_type or ""))
    return extract_document(text, meta)


__all__ = ["extract_document", "extract_text"]
