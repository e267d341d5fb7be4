"""Everything found in one document, indexed by position, and the small questions asked of it:
is the text between a name and a number neutral, is a name usable as a subject, which clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from . import indicators as ind_mod
from . import periods as per_mod
from . import regions as reg_mod
from . import resources
from .cues import Cues
from .indicators import IndicatorMention
from .numbers import NumberMention
from .scope import Scope, load_scope, modifier_before, tail_after
from .segment import starts_word
from .structure import DocContext, Section, Sentence
from .textmap import TextMap, line_breaks, quoted_spans

CLAUSE_STOP = set(",，:：")
_STOP_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_STOP))) + "]")
_S1, _S2, _S3, _S4 = sorted(CLAUSE_STOP)  # the four stops, for last_stop's rfinds without a generator


def last_stop(norm: str, lo: int, hi: int) -> int:
    """The index of the last clause stop in norm[lo:hi], or -1."""
    return max(norm.rfind(_S1, lo, hi), norm.rfind(_S2, lo, hi), norm.rfind(_S3, lo, hi), norm.rfind(_S4, lo, hi))
BOOK = re.compile(r"《[^《》]{0,80}》")
NOT_COUNTED = re.compile(r"[\s\W_]", re.UNICODE)


class Spans:
    """Items with .start/.end sorted by start, sliced by position in O(log n)."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def within(self, lo: int, hi: int) -> list:
        """Items lying inside [lo, hi)."""
        starts = self.starts
        a = bisect_left(starts, lo)
        b = bisect_left(starts, hi, a)
        if a == b:
            return []  # most asks find nothing: no slice, no comprehension
        return [x for x in self.items[a:b] if x.end <= hi]

    def touching(self, lo: int, hi: int, reach: int = 64) -> list:
        """Items overlapping [lo, hi) (items are at most `reach` long)."""
        starts = self.starts
        a = bisect_left(starts, lo - reach)
        b = bisect_left(starts, hi, a)
        if a == b:
            return []
        return [x for x in self.items[a:b] if x.end > lo]


@dataclass(slots=True)
class Doc:
    """Everything found in one document, in normalised offsets, sorted by start."""

    tm: TextMap
    ctx: DocContext
    cues: Cues
    sentences: list[Sentence]
    sections: list[Section]
    numbers: list[NumberMention]
    inds: list[IndicatorMention]
    ind_starts: list[int]
    regions: Spans
    periods: Spans
    years: Spans
    books: list[tuple[int, int]]
    para_region: dict[int, tuple[str, str]]
    quotes: list[tuple[int, int]] | None = None  # textmap.quoted_spans, found when first asked
    head_region: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, region, heading)
    valid: dict[int, bool] = field(default_factory=dict)
    restricted: dict[IndicatorMention, str | None] = field(default_factory=dict)  # restriction(), once per name
    num_spans: Spans = field(init=False)
    book_starts: list[int] = field(init=False)
    quote_starts: list[int] = field(init=False, default_factory=list)
    section_starts: list[int] = field(init=False)
    fulls: list[tuple[int, int]] = field(init=False)
    full_starts: list[int] = field(init=False)
    phrase_starts: list[int] = field(init=False)
    breaks: list[int] = field(init=False)  # line breaks of the original text (textmap.line_breaks)

    def __post_init__(self) -> None:
        self.num_spans = Spans(self.numbers)
        self.book_starts = [b[0] for b in self.books]
        self.section_starts = [x.start for x in self.sections]
        self.fulls = sorted({(x.full_start, x.full_end) for x in self.sentences})
        self.full_starts = [f[0] for f in self.fulls]
        self.phrase_starts = sorted({x.start for x in self.sentences} | {x.full_start for x in self.sentences}
                                    | set(self.tm.paragraphs))
        self.breaks = line_breaks(self.tm)

    def in_book(self, i: int) -> bool:
        k = bisect_right(self.book_starts, i) - 1
        return k >= 0 and i < self.books[k][1]

    def without_names(self, lo: int, hi: int) -> str:
        """norm[lo:hi] without the names in it: titles (《…》) and quoted text (“…”)."""
        norm = self.tm.norm
        if self.quotes is None:
            self.quotes = quoted_spans(self.tm)
            self.quote_starts = [q[0] for q in self.quotes]
        if not self.quotes:
            text = norm[lo:hi]
            return BOOK.sub("", text) if "《" in text else text
        k = bisect_right(self.quote_starts, lo - 1)
        if k > 0 and self.quotes[k - 1][1] > lo:
            k -= 1  # a quote open before lo
        parts, i = [], lo
        quotes = self.quotes
        for j in range(k, len(quotes)):  # by index: a slice would copy the rest of the list per call
            a, b = quotes[j]
            if a >= hi:
                break
            parts.append(norm[i:max(i, a)])
            i = max(i, min(b, hi))
        parts.append(norm[i:hi])
        text = "".join(parts)
        return BOOK.sub("", text) if "《" in text else text

    def inds_in(self, lo: int, hi: int) -> list[IndicatorMention]:
        starts = self.ind_starts
        a = bisect_left(starts, lo)
        b = bisect_left(starts, hi, a)
        if a == b:
            return []
        return [m for m in self.inds[a:b] if m.end <= hi]


def leftover(doc: Doc, lo: int, hi: int) -> str:
    """What remains of norm[lo:hi] once filler, numbers, years, periods and regions are removed."""
    chars = list(doc.tm.norm[lo:hi])
    for group in (doc.num_spans, doc.years, doc.periods, doc.regions):
        for x in group.touching(lo, hi):
            if x.end > lo and x.start < hi:
                a, b = max(x.start, lo) - lo, min(getattr(x, "tail", x.end) - lo, hi - lo, len(chars))
                if b > a:
                    chars[a:b] = "\0" * (b - a)
    s = "".join(chars)
    words, by_first = _filler_index(doc.cues)
    # the filler words, in their listed order, but only those whose first character occurs in s
    # (a replacement only removes characters, so no other word can come to occur)
    for k in sorted({k for c in {*s, ""} for k in by_first.get(c, ())}):  # "": an empty word
        s = s.replace(words[k], "\0")
    return NOT_COUNTED.sub("", s.replace("\0", ""))


_FILLER_INDEX: dict[int, tuple[Cues, tuple[str, ...], dict[str, tuple[int, ...]]]] = {}


def _filler_index(cues: Cues) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """cues.filler after the averages (两年平均, 年平均增长: neutral before a growth rate), and the
    positions in it of the words beginning with each character (built once per Cues)."""
    hit = _FILLER_INDEX.get(id(cues))
    if hit is None or hit[0] is not cues:
        words = (*cues.annual_average_counted, *cues.annual_average, *cues.filler)
        index: dict[str, list[int]] = {}
        for k, w in enumerate(words):
            index.setdefault(w[:1], []).append(k)
        hit = _FILLER_INDEX[id(cues)] = (cues, words, {c: tuple(ks) for c, ks in index.items()})
    return hit[1], hit[2]


def _known_words(cues: Cues) -> tuple[str, ...]:
    """The filler and cue words _known() marks."""
    return (*cues.filler, *cues.growth, *cues.annual_average, *cues.actual, *cues.target, *cues.continuation,
            *cues.range_end)


_BY_FIRST: dict[int, tuple[Cues, dict[str, tuple[str, ...]]]] = {}


def _by_first(cues: Cues) -> dict[str, tuple[str, ...]]:
    """_known_words() by their first character (built once per Cues)."""
    hit = _BY_FIRST.get(id(cues))
    if hit is None or hit[0] is not cues:
        index: dict[str, list[str]] = {}
        for w in dict.fromkeys(_known_words(cues)):
            index.setdefault(w[0], []).append(w)
        hit = _BY_FIRST[id(cues)] = (cues, {c: tuple(ws) for c, ws in index.items()})
    return hit[1]


def _known(doc: Doc, lo: int, hi: int, upto: int | None = None) -> list[bool]:
    """For each character of norm[lo:hi]: is it part of a number, year, period, region or a
    filler or cue word (every occurrence of each word, overlapping ones too)? With `upto`, only
    the first `upto` answers are sure (the words starting later are not looked for)."""
    known = _spans_known(doc, lo, hi)
    seg = doc.tm.norm[lo:hi]
    words = _by_first(doc.cues)
    for k, c in enumerate(seg if upto is None else seg[:upto]):
        for w in words.get(c, ()):
            if seg.startswith(w, k):
                known[k : k + len(w)] = [True] * len(w)
    return known


def _spans_known(doc: Doc, lo: int, hi: int) -> list[bool]:
    """For each character of norm[lo:hi]: is it part of a number, year, period or region?"""
    known = [False] * (hi - lo)
    for group in (doc.num_spans, doc.years, doc.periods, doc.regions):
        for x in group.touching(lo, hi):
            for k in range(max(x.start, lo), min(getattr(x, "tail", x.end), hi)):
                known[k - lo] = True
    return known


def new_subject(doc: Doc, lo: int, hi: int) -> bool:
    """'个体工商户增长44%、企业增长14.7%', '高层次人才126人、博士人才337人': after a value, a list mark
    followed by two or more characters that are no cue, filler, number, year, period or region opens a
    new subject; the next number is not the previous name's (a comparable-basis adjustment, 剔除…因素,
    and a sibling measure word, 营收, are no subject)."""
    norm = doc.tm.norm
    sep = next((x for x in doc.cues.name_separators if norm.startswith(x, lo)), None)
    if sep is None or hi - lo < len(sep) + 2:
        return False
    if doc.cues.adjustment is not None and doc.cues.adjustment.search(norm, lo, hi):
        return False
    if norm.startswith(doc.cues.measure_words, lo + len(sep)):
        return False  # "…增加值增长6%、营收突破1100亿元": the same subject's sibling measure
    known = _known(doc, lo + len(sep), hi, upto=2)[:2]  # words are matched whole over the gap
    return not any(known) and all("\u4e00" <= c <= "\u9fff" for c in norm[lo + len(sep) : lo + len(sep) + 2])


def extends_name(doc: Doc, lo: int, hi: int) -> str | None:
    """Text right after a name (at lo) that is no cue, number, period or region: the name heads a
    longer noun phrase ("出口机电产品38亿元" is not 出口总额). Returns that text, or None."""
    # _known(doc, lo, hi) read from the left only as far as the run of unknown ideographs goes: the
    # answer at k is sure once the words starting at 0..k are marked
    known = _spans_known(doc, lo, hi)
    seg = doc.tm.norm[lo:hi]
    words = _by_first(doc.cues)
    k = 0
    while k < len(known):
        c = seg[k]
        for w in words.get(c, ()):
            if seg.startswith(w, k):
                known[k : k + len(w)] = [True] * len(w)
        if known[k] or not "\u4e00" <= c <= "\u9fff":
            break
        k += 1
    return seg[:k] if k > load_scope().max_tail_text else None


def level_of(norm: str, lo: int, hi: int) -> bool:
    """Is norm[lo:hi], between a region's name and a number, only a level word and a bracket
    ("全国水平（5.5%）", "全省平均水平(6.1%)"): the number is that region's?"""
    gap = norm[lo:hi]
    if not gap.endswith(("(", "（")):
        return False
    return gap[:-1] in load_scope().region_level_words


def compared_level(doc: Doc, lo: int, hi: int) -> str | None:
    """The level word between a region named in norm[lo:hi] and the bracket that the number at hi
    opens ("高于全省平均水平（7.6%）" gives 平均水平), or None."""
    norm = doc.tm.norm
    for r in doc.regions.within(lo, hi):
        if lo <= r.start and r.end < hi and level_of(norm, r.end, hi):
            return norm[r.end : hi - 1]
    return None


def number_right_after(doc: Doc, i: int, reach: int = 3) -> bool:
    """Does a number start at norm[i] or within `reach` - 1 characters after it (南海区3910.9亿元)?"""
    return any(i <= x.start < i + reach for x in doc.num_spans.touching(i, i + reach))


def chain_ok(doc: Doc, lo: int, hi: int) -> bool:
    """Is norm[lo:hi], between an indicator (or its previous number) and a number, neutral?

    Within one clause, at most `max_leftover` characters may remain once filler is removed.
    Across clauses ("聚焦扩大有效投资，以七张清单为抓手，力争前三季度增长10%"), the clause
    holding the number must be almost pure filler and the clauses between hold no number.
    """
    norm = doc.tm.norm
    cut = last_stop(norm, lo, hi)  # the last clause stop, or -1
    if cut < 0:
        return len(leftover(doc, lo, hi)) <= doc.cues.max_leftover and extends_name(doc, lo, hi) is None
    if hi - lo > 60:
        return False
    if any(not _is_year(doc, x) for x in doc.num_spans.within(lo, cut + 1)):
        return False  # a year is no number between ("地区生产总值与2010年相比，由…增加到…")
    if stated_by_region(doc, cut + 1, hi):
        return True  # "，全国平均水平为3.4%": that region's own rate
    rest = leftover(doc, cut + 1, hi)
    level = compared_level(doc, cut + 1, hi)  # "，高于全省平均水平（7.6%）": that region's rate
    if level and rest.endswith(level):
        rest = rest[: -len(level)]
    return len(without_goal_words(doc, rest, hi)) <= min(2, doc.cues.max_leftover)


def _is_year(doc: Doc, n: NumberMention) -> bool:
    """Is the bare number `n` a year's digits (2010 of 与2010年相比)?"""
    return n.unit is None and any(y.start <= n.start and n.end <= y.end for y in doc.years.touching(n.start, n.end))


def stated_by_region(doc: Doc, lo: int, hi: int) -> bool:
    """Is norm[lo:hi] a region's name and the words stating that region's own figure, nothing else
    ("全国同期为下降", "全省平均为": scope.yaml region_states)?"""
    states = load_scope().region_states
    if states is None:
        return False
    return any(r.start == lo and states.fullmatch(doc.tm.norm, r.end, hi) is not None
               for r in doc.regions.within(lo, hi))


def without_goal_words(doc: Doc, rest: str, hi: int) -> str:
    """`rest` (text before the number at hi) without the words describing a goal, when a goal word
    follows that number in its clause ("增长6.9%，完成年初确定的6.5%目标任务": 6.5 is the goal's rate)."""
    if not rest or not doc.cues.goal_reference:
        return rest
    norm = doc.tm.norm
    after = norm[hi : clause_end(norm, hi, min(len(norm), hi + 30))]
    if not any(w in after for w in doc.cues.target_after):
        return rest
    for w in doc.cues.goal_reference:
        rest = rest.replace(w, "")
    return rest


def narrowed(doc: Doc, m: IndicatorMention) -> bool:
    """Is the name right after a narrowing prefix (高技术制造业投资)? Not when that prefix ends a
    region's name (绿园区规上工业增加值: 园区 is the end of 绿园区)."""
    norm = doc.tm.norm
    if not norm.endswith(doc.cues.narrowing, 0, m.start):
        return False
    return not any(r.end == m.start and not r.relative for r in doc.regions.touching(m.start - 1, m.start))


def is_reference(doc: Doc, m: IndicatorMention, sent_lo: int) -> bool:
    norm = doc.tm.norm
    before = norm[max(sent_lo, m.start - 4) : m.start]
    return any(w in before for w in doc.cues.reference)


def restriction(doc: Doc, m: IndicatorMention) -> str | None:
    """The modifier that makes a name a part (民营企业出口, 市级…收入, 进出口顺差), or None when the
    name heads its own noun phrase (scope.py)."""
    if m not in doc.restricted:
        doc.restricted[m] = _restriction(doc, m)
    return doc.restricted[m]


def _restriction(doc: Doc, m: IndicatorMention) -> str | None:
    sc = load_scope()
    flow = flow_word(doc, m)  # before the exempt groups: 新认定国高企业 is the change of a count
    if flow is not None:
        return flow
    if m.indicator in sc.exempt_ids or resources.indicators()[m.indicator].group in sc.exempt_groups:
        # recognised enterprises keep their recognition in front, but a per word still makes a
        # density ("每平方公里拥有国高企业18家")
        k = bisect_right(doc.phrase_starts, m.start) - 1
        lo = max(m.start - 40, doc.phrase_starts[k] if k >= 0 else 0)
        before = doc.tm.norm[clause_start(doc.tm.norm, lo, m.start) : m.start]
        part = next((w for w in sc.exempt_part_words if before.endswith(w)), None)
        if part is None and sc.exempt_part_threshold is not None and (t := sc.exempt_part_threshold.search(before)):
            part = t.group()
        return part or next((w for w in sc.density_words if w in before), None)
    k = bisect_right(doc.phrase_starts, m.start) - 1
    lo = max(0, m.start - 40, doc.phrase_starts[k] if k >= 0 else 0)
    tm = doc.tm
    b = bisect_right(doc.breaks, m.start - 1) - 1  # a line break in the original text (a heading above)
    if b >= 0 and doc.breaks[b] >= lo:
        lo = doc.breaks[b] + 1
    spans = (doc.regions.touching(lo, m.start), doc.periods.touching(lo, m.start),
             doc.years.touching(lo, m.start), doc.num_spans.touching(lo, m.start))
    mod = modifier_before(tm.norm, m.start, spans, lo)
    if mod is not None and (_listed_member(doc, m, spans, lo) or _after_listed_name(doc, m)):
        mod = None
    return mod or tail_after(tm.norm, m.end)


def flow_word(doc: Doc, m: IndicatorMention) -> str | None:
    """The flow word right before a stock's name (新增常住人口, 新登记各类市场主体, 新认定国高企业: the
    number after it is the stock's change, not its level), or None (scope.yaml stock_ids, flow_before)."""
    sc = load_scope()
    if not sc.is_stock(m.indicator):
        return None
    norm, end = doc.tm.norm, m.start
    gap = next((w for w in sc.flow_gap if norm.endswith(w, 0, end)), "")
    end -= len(gap)
    return next((w for w in sc.flow_before if norm.endswith(w, 0, end)), None)


def flow_clause(doc: Doc, m: IndicatorMention, lo: int, hi: int) -> bool:
    """'新增80家国家高新技术企业、12家…': does a flow word stand in norm[lo:hi], the clause before a count
    written in front of a stock's name (count_forward)?"""
    sc = load_scope()
    return sc.is_stock(m.indicator) and any(w in doc.tm.norm[lo:hi] for w in sc.flow_before)


def level_after_flow(doc: Doc, m: IndicatorMention, n: NumberMention) -> int | None:
    """'新增市场主体8.2万户，累计达39.4万户': after a stock's name restricted by a flow word (flow_word),
    the name's first number is the change; a later number `n` of the sentence after a level word
    (scope.yaml level_after_flow: 累计, 总数, 达到) is the stock's level. Returns where its chain is read
    from (the end of the level word), or None."""
    if flow_word(doc, m) is None:
        return None
    norm = doc.tm.norm
    first = doc.num_spans.within(m.end, n.start)
    if not first:
        return None
    lo = first[0].tail
    # the last level word; of those starting at one place the shortest (累计 of 累计达到: the chain reads on)
    at = max(((norm.rfind(w, lo, n.start), w) for w in load_scope().level_after_flow),
             key=lambda x: (x[0], -len(x[1])), default=(-1, ""))
    if at[0] < 0:
        return None
    # the level word opens its clause (after scope words): "…，商事主体总量达440万户" is another noun's
    k = max(last_stop(norm, lo, at[0]), norm.rfind("、", lo, at[0]))
    return at[0] + len(at[1]) if not leftover(doc, max(k + 1, lo), at[0]) else None


def _after_listed_name(doc: Doc, m: IndicatorMention) -> bool:
    """'固定资产投资和一般公共预算收入分别…': the text in front is another catalog name (with a filler word
    such as 总额 after it) joined by a list separator, heading its own phrase: a list of names, not a
    modifier."""
    norm = doc.tm.norm
    sep = next((x for x in doc.cues.name_separators if norm.endswith(x, 0, m.start)), None)
    if sep is None:
        return False
    end = m.start - len(sep)
    # the name may end in a filler word (固定资产投资总额和…)
    before = [x for x in doc.inds_in(max(0, end - 40), end) if x.end == end or norm[x.end : end] in doc.cues.filler]
    return bool(before) and valid_mention(doc, before[-1])


def _listed_member(doc: Doc, m: IndicatorMention, spans: tuple, lo: int) -> bool:
    """'城镇和农村居民人均可支配收入', '城镇居民与农村居民人均…': the text in front ends with another member
    of a list of names sharing the name's tail (城镇 + 居民人均可支配收入 is a catalog name), joined to
    it by a list separator, and that member heads its own phrase: not a modifier."""
    norm = doc.tm.norm
    sep = next((x for x in doc.cues.name_separators if norm.endswith(x, 0, m.start)), None)
    if sep is None:
        return False
    end = m.start - len(sep)
    table = ind_mod.alias_table()
    for j in range(end - 1, max(lo, end - 8) - 1, -1):
        member = norm[j:end]
        if any(member + m.alias[k:] in table for k in range(1, len(m.alias))) and modifier_before(
                norm, j, spans, lo) is None:
            return True
    return False


def zone_topic(doc: Doc, lo: int, m: IndicatorMention) -> str | None:
    """'高新区全年实现工业产值1200亿元、固定资产投资100亿元': in a sentence (from `lo`) whose first
    name is restricted to a zone (scope.yaml modifiers.zone), the later names are the zone's too,
    unless a scope word or a region stands in their own phrase (…，全区固定资产投资…). Returns the
    zone modifier, or None."""
    sc = load_scope()
    norm = doc.tm.norm
    first = doc.inds_in(lo, m.start)
    mod = restriction(doc, first[0]) if first else None
    words = sc.scope_words
    if mod is None or sc.modifier_class(mod) != "zone":
        mod = _zone_clause(doc, lo, m.start, sc)
        if mod is None:
            return None
        words = sc.region_scope_words  # 全年完成… after a zone's clause is still the zone's
    b = m.start
    while b > lo and norm[b - 1] not in sc.boundary:
        b -= 1
    if any(w in norm[b : m.start] for w in words) or doc.regions.within(b, m.start):
        return None
    return mod


def entity_topic(doc: Doc, lo: int, m: IndicatorMention) -> str | None:
    """'深化区属国企改革，…，利润总额增长20%': a clause before the name's (from `lo`) naming a group of
    state-owned enterprises (scope.yaml entity_topic) makes a figure of those indicators the
    enterprises' own, unless a scope word or a region stands in the name's phrase. Returns the word."""
    sc = load_scope()
    if m.indicator not in sc.entity_ids:
        return None
    norm = doc.tm.norm
    c0 = clause_start(norm, lo, m.start)
    word = next((w for w in sc.entity_words if w in norm[lo:c0]), None)
    if word is None:
        return None
    b = m.start
    while b > lo and norm[b - 1] not in sc.boundary:
        b -= 1
    if any(w in norm[b : m.start] for w in sc.region_scope_words) or doc.regions.within(b, m.start):
        return None
    return word


def carried_topic(doc: Doc, s: Sentence) -> tuple[str | None] | None:
    """A sentence opening with a bare measure word ("增加值突破1000亿元，税收超过170亿元。", cues.yaml
    subject.carried_openers) has no subject of its own. Returns (zone,) when one of the sentences
    before it in its paragraph (the nearest, up to carry_back) names a zone of the document's region
    in its first clause, (None,) when none does (the subject is not the region), and None when the
    sentence is not such a sentence."""
    cues, norm = doc.cues, doc.tm.norm
    i = s.full_start
    lead = next((w for w in cues.carried_lead if norm.startswith(w, i)), "") if norm.startswith(
        cues.carried_lead, i) else ""
    i += len(lead)
    if not norm.startswith(cues.carried_openers, i) or any(
            m.start == i for m in doc.inds_in(i, min(len(norm), i + 40))):
        return None  # not bare: the opening word begins a catalog name (增加值率…)
    here = doc.ctx.meta.region
    paras = doc.tm.paragraphs
    k = bisect_left(doc.full_starts, s.full_start)
    for _ in range(cues.carry_back):
        if k == 0:
            break
        k -= 1
        lo, hi = doc.fulls[k]
        if bisect_right(paras, s.full_start) != bisect_right(paras, lo):
            break  # another paragraph
        end = clause_end(norm, lo, hi)
        for r in reg_mod.find_regions(norm, here, lo, end, doc.tm.breaks):
            if (here and not r.relative and r.name != here and reg_mod.level_of(r.name) == "zone"
                    and here in reg_mod.ancestors(r.name)):
                return (r.name,)
    return (None,)


def own_scope(doc: Doc, lo: int, m: IndicatorMention) -> bool:
    """Does the phrase of the name `m` (from the boundary before it, not before `lo`) hold a scope
    word naming a place (全区, 我市) or a region?"""
    sc = load_scope()
    norm = doc.tm.norm
    b = m.start
    while b > lo and norm[b - 1] not in sc.boundary:
        b -= 1
    return any(w in norm[b : m.start] for w in sc.region_scope_words) or bool(doc.regions.within(b, m.start))


def _zone_clause(doc: Doc, lo: int, hi: int, sc: Scope) -> str | None:
    """The sentence's first clause (from `lo`, ending before `hi`), or a clause opening with a part
    marker (cues.yaml subject.part_marker: 其中),
    when it is the build-out of a named zone the region table does not know (scope.yaml
    zone_topic_clause: 某某新城建设加快，…), else None. A known zone there is the figures' region
    (deciders.region_from_topic)."""
    pat = sc.zone_topic_clause
    if pat is None:
        return None
    norm = doc.tm.norm
    stop = _boundary_class(sc.boundary)
    start = lo
    while start < hi:
        found = stop.search(norm, start, hi)  # the clause's end: the first boundary character
        end = found.start() if found is not None else hi
        if end >= hi:
            return None  # the name is in this clause itself
        if start == lo or norm.startswith(doc.cues.part_markers, start):
            found = pat.match(norm, start, end)
            if found is not None and not doc.regions.within(start, end):
                return found.group()
        start = end + 1
    return None


@cache
def _boundary_class(boundary: frozenset[str]) -> re.Pattern[str]:
    """One of the `boundary` characters (scope.yaml boundary), as a character class."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(boundary)) + "]" if boundary else "(?!)")


def valid_mention(doc: Doc, m: IndicatorMention) -> bool:
    """A name is a usable subject unless narrowed (高技术制造业投资), restricted by the words
    around it (a breakdown, see scope.py), inside a title (《…》), or the tail of a longer word
    in jieba's segmentation of its context."""
    ok = doc.valid.get(m.start)
    if ok is None:
        ok = (not narrowed(doc, m) and not doc.in_book(m.start) and restriction(doc, m) is None
              and starts_word(doc.tm.norm, m.start, m.end))
        doc.valid[m.start] = ok
    return ok


def first_valid(doc: Doc, mentions: Iterable[IndicatorMention]) -> IndicatorMention | None:
    """The first usable mention (valid_mention) of `mentions`, or None; later ones are not judged."""
    return next((m for m in mentions if valid_mention(doc, m)), None)


@cache
def canonical(unit: str) -> tuple[str, Decimal]:
    u = resources.canonical_units()[unit]
    return u.family, u.factor


def pick_period(doc: Doc, lo: int, hi: int) -> per_mod.PeriodMention | None:
    ps = doc.periods.within(lo, hi)
    return ps[-1] if ps else None


def dated_value(doc: Doc, y: per_mod.YearMention) -> int | None:
    """Where the number starts that the year `y` is joined to (2015年的398万人, periods.yaml
    value_year_particles): the year dates that value alone, not its sentence. None when it is not."""
    norm = doc.tm.norm
    k = next((y.end + len(w) for w in _value_year_particles() if norm.startswith(w, y.end)), None)
    return k if k is not None and any(x.start == k for x in doc.num_spans.within(k, k + 33)) else None


@cache
def _value_year_particles() -> tuple[str, ...]:
    return tuple(resources.periods().get("value_year_particles") or ())


def clause_start(norm: str, lo: int, i: int) -> int:
    """Start of the clause holding norm[i]: after the last clause stop in norm[lo:i], else lo."""
    if i <= lo:
        return i
    return max(lo, last_stop(norm, lo, i) + 1)


def clause_end(norm: str, i: int, hi: int) -> int:
    """End of the clause holding norm[i]: the first clause stop in norm[i:hi], else hi."""
    if i >= hi:
        return i
    found = _STOP_RE.search(norm, i, hi)
    return found.start() if found else hi


def sentence_subject(doc: Doc, full_start: int, full_end: int) -> str | None:
    m = first_valid(doc, doc.inds_in(full_start, full_end))
    return m.indicator if m else None


def previous_full(doc: Doc, s: Sentence) -> tuple[int, int] | None:
    k = bisect_left(doc.full_starts, s.full_start) - 1
    if k < 0:
        return None
    return doc.fulls[k]


def section_at(doc: Doc, i: int) -> Section | None:
    k = bisect_right(doc.section_starts, i) - 1
    return doc.sections[k] if k >= 0 and i < doc.sections[k].end else None

