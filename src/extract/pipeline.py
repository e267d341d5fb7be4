"""Compose the small modules into `extract_text`: document text -> figures.

The pipeline reads the normalised text (see textmap) sentence by sentence. For every number
with a unit it asks: which indicator does it belong to (the nearest name before it, or after
it for counts of enterprises), is the link between them clean (no share, contribution or
sub-item in between), is it a level or a growth rate, a result or a target, for which year,
period and region, with which qualifier. Each answer comes from the data files and is recorded
in `Figure.rules`. Figures are then de-duplicated (a restated figure is one record).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from . import indicators as ind_mod
from . import periods as per_mod
from . import regions as reg_mod
from . import resources
from .cues import Cues, load_cues
from .indicators import IndicatorMention
from .numbers import NumberMention, find_numbers
from .records import DocMeta, Figure, Measure, Qualifier, Status
from .segment import starts_word
from .textmap import TextMap, build, fold

FULL_STOP = set("。！？!?")
SUB_STOP = set(";；")
CLAUSE_STOP = set(",，:：")
WORK_REPORT_TYPES = {"work_report", "government_work_report"}
HEADING = re.compile(r"([一二三四五六七八九十]{1,3})、")
HEADING_STOP = set("。；;:：(（，,")
BOOK = re.compile(r"《[^《》]{0,80}》")
NOT_COUNTED = re.compile(r"[\s\W_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # ；-level unit
    end: int
    full_start: int  # 。-level sentence containing it
    full_end: int
    paragraph: int


@dataclass(slots=True)
class Section:
    start: int
    end: int
    status: Status | None
    year: int | None
    rule: str


@dataclass(frozen=True, slots=True)
class DocContext:
    meta: DocMeta
    actual_year: int | None
    target_year: int | None
    year_rule: str
    period: str = "year"  # the period results refer to when the sentence does not say


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
    rules: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- document-level context


def document_years(meta: DocMeta) -> DocContext:
    """The year results and targets refer to when the sentence does not say."""
    title_years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?=年)", meta.title or "")]
    pub = meta.published_year
    is_report = meta.doc_type in WORK_REPORT_TYPES or "政府工作报告" in (meta.title or "")
    if is_report:
        target = title_years[0] if title_years else pub
        if target is not None and pub is not None and meta.published_month and meta.published_month >= 10:
            target = max(target, pub + 1)
        actual = target - 1 if target is not None else None
        rule = "work report: reviews the year before its own"
    elif title_years:
        actual = title_years[0]
        target = title_years[1] if len(title_years) > 1 else (pub if pub and pub >= actual else actual)
        rule = "title year"
    elif pub is not None:
        retrospective = meta.doc_type in {"statistical_communique", "statistical_analysis", "communique"}
        early = (meta.published_month or 12) <= 6
        actual = pub - 1 if retrospective and early else pub
        target = pub
        rule = "publication date"
    else:
        actual = target = None
        rule = "unknown"
    title_periods = [p for p in per_mod.find_periods(fold(meta.title or "")) if p.sub_annual]
    period = title_periods[0].period if title_periods else "year"
    return DocContext(meta, actual, target, rule, period)


STOPS = re.compile("[。！？!?;；]")


def split_sentences(tm: TextMap) -> list[Sentence]:
    """Sentences (split at ；) inside full sentences (split at 。！？) inside paragraphs."""
    norm = tm.norm
    out: list[Sentence] = []
    paras = [*tm.paragraphs, len(norm)]
    for p in range(len(paras) - 1):
        lo, hi = paras[p], paras[p + 1]
        if lo >= hi:
            continue
        full_start = start = lo
        pending: list[tuple[int, int]] = []
        for m in STOPS.finditer(norm, lo, hi):
            pending.append((start, m.end()))
            start = m.end()
            if m.group() in FULL_STOP:
                out.extend(Sentence(a, b, full_start, m.end(), p) for a, b in pending)
                pending = []
                full_start = m.end()
        if start < hi:
            pending.append((start, hi))
        if pending:
            out.extend(Sentence(a, b, full_start, hi, p) for a, b in pending)
    return out


def find_sections(tm: TextMap, meta: DocMeta, cues: Cues) -> list[Section]:
    """Stretches of the document with the status their heading, opening sentence or wording implies.

    Top-level headings (一、二、…) and sentences that open a review or a plan start a stretch. A
    heading word or opening sentence decides its status; a stretch without one continues the one
    before; the first stretch, without either, is a plan only when its wording is clearly a plan.
    """
    norm = tm.norm
    marks: list[tuple[int, str, Status | None, str]] = [(0, "", None, "")]  # (start, heading, status, rule)
    for m in HEADING.finditer(norm):
        i = m.start()
        before_orig = tm.orig(i) - 1
        at_break = i == 0 or norm[i - 1] in FULL_STOP or i in tm.paragraphs or (
            before_orig >= 0 and tm.text[before_orig].isspace()
        )
        if not at_break:
            continue
        j = m.end()
        while j < len(norm) and j - m.end() < 24 and norm[j] not in HEADING_STOP:
            j += 1
        head = norm[m.end() : j]
        status: Status | None = None
        if any(w in head for w in cues.review_heads):
            status = Status.ACTUAL
        elif any(w in head for w in cues.plan_heads):
            status = Status.TARGET
        marks.append((i, head, status, f"section heading: {head}" if status else ""))
    read_sections = meta.doc_type in cues.section_doc_types
    if read_sections:
        heads = {x[0]: k for k, x in enumerate(marks)}
        for m in re.finditer(r"[^。！？!?]+", norm):
            sent = m.group()[:40]
            found: tuple[Status, str] | None = None
            if any(p.search(sent) for p in cues.plan_intro):
                found = Status.TARGET, f"plan opens: {sent[:16]}"
            elif any(p.search(sent) for p in cues.review_intro):
                found = Status.ACTUAL, f"review opens: {sent[:16]}"
            if found is None:
                continue
            k = heads.get(m.start())
            if k is None:
                marks.append((m.start(), "", *found))
            elif marks[k][2] is None:  # a heading without a cue word of its own, opening a stretch
                marks[k] = (marks[k][0], marks[k][1], *found)
    marks.sort(key=lambda x: x[0])
    sections: list[Section] = []
    prev: Section | None = None
    for k, (s, head, status, rule) in enumerate(marks):
        e = marks[k + 1][0] if k + 1 < len(marks) else len(norm)
        if e <= s and k + 1 < len(marks):
            continue
        year_m = re.search(r"((?:19|20)\d{2})年", head)
        year = int(year_m.group(1)) if year_m else None
        if not read_sections:
            status, rule = None, ""
        elif status is None and prev is not None and prev.status is not None:
            status, rule = prev.status, prev.rule
        elif status is None and prev is None:
            body = norm[s:e]
            plan = sum(body.count(w) for w in cues.plan_vote)
            review = sum(body.count(w) for w in cues.review_vote)
            if plan >= cues.plan_min and plan >= cues.plan_ratio * max(review, 1):
                status, rule = Status.TARGET, f"plan wording ({plan} plan vs {review} review cues)"
        if year is None and prev is not None and not head and prev.year is not None:
            year = prev.year
        sec = Section(s, e, status, year, rule)
        sections.append(sec)
        prev = sec
    return sections


# ---------------------------------------------------------------- the per-number decisions


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
    valid: dict[int, bool] = field(default_factory=dict)
    num_spans: Spans = field(init=False)
    book_starts: list[int] = field(init=False)
    section_starts: list[int] = field(init=False)
    fulls: list[tuple[int, int]] = field(init=False)
    full_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.num_spans = Spans(self.numbers)
        self.book_starts = [b[0] for b in self.books]
        self.section_starts = [x.start for x in self.sections]
        self.fulls = sorted({(x.full_start, x.full_end) for x in self.sentences})
        self.full_starts = [f[0] for f in self.fulls]

    def in_book(self, i: int) -> bool:
        k = bisect_right(self.book_starts, i) - 1
        return k >= 0 and i < self.books[k][1]

    def inds_in(self, lo: int, hi: int) -> list[IndicatorMention]:
        a, b = bisect_left(self.ind_starts, lo), bisect_left(self.ind_starts, hi)
        return [m for m in self.inds[a:b] if m.end <= hi]


class Spans:
    """Items with .start/.end sorted by start, sliced by position in O(log n)."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def within(self, lo: int, hi: int) -> list:
        """Items lying inside [lo, hi)."""
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [x for x in self.items[a:b] if x.end <= hi]

    def touching(self, lo: int, hi: int, reach: int = 64) -> list:
        """Items overlapping [lo, hi) (items are at most `reach` long)."""
        a, b = bisect_left(self.starts, lo - reach), bisect_left(self.starts, hi)
        return [x for x in self.items[a:b] if x.end > lo]


def _between(items: Spans, lo: int, hi: int) -> list:
    return items.within(lo, hi)


def _leftover(doc: Doc, lo: int, hi: int) -> str:
    """What remains of norm[lo:hi] once filler, numbers, years, periods and regions are removed."""
    norm = doc.tm.norm
    keep = [True] * (hi - lo)
    for group in (doc.num_spans, doc.years, doc.periods, doc.regions):
        for x in group.touching(lo, hi):
            if x.end > lo and x.start < hi:
                for k in range(max(x.start, lo), min(getattr(x, "tail", x.end), hi)):
                    keep[k - lo] = False
    s = "".join(c if keep[k] else "\0" for k, c in enumerate(norm[lo:hi]))
    for w in doc.cues.filler:
        s = s.replace(w, "\0")
    return NOT_COUNTED.sub("", s.replace("\0", ""))


def _chain_ok(doc: Doc, lo: int, hi: int) -> bool:
    """Is norm[lo:hi], between an indicator (or its previous number) and a number, neutral?

    Within one clause, at most `max_leftover` characters may remain once filler is removed.
    Across clauses ("聚焦扩大有效投资，以七张清单为抓手，力争前三季度增长10%"), the clause
    holding the number must be almost pure filler and the clauses between hold no number.
    """
    norm = doc.tm.norm
    cut = max((k for k in range(lo, hi) if norm[k] in CLAUSE_STOP), default=-1)
    if cut < 0:
        return len(_leftover(doc, lo, hi)) <= doc.cues.max_leftover
    if hi - lo > 60:
        return False
    if doc.num_spans.within(lo, cut + 1):
        return False
    return len(_leftover(doc, cut + 1, hi)) <= min(2, doc.cues.max_leftover)


def _narrowed(doc: Doc, m: IndicatorMention) -> bool:
    norm = doc.tm.norm
    return any(norm.endswith(p, max(0, m.start - len(p)), m.start) for p in doc.cues.narrowing)


def _is_reference(doc: Doc, m: IndicatorMention, sent_lo: int) -> bool:
    norm = doc.tm.norm
    before = norm[max(sent_lo, m.start - 4) : m.start]
    return any(w in before for w in doc.cues.reference)


def _valid_mention(doc: Doc, m: IndicatorMention) -> bool:
    """A name is a usable subject unless narrowed (高技术制造业投资), inside a title (《…》), or
    the tail of a longer word in jieba's segmentation of its context."""
    ok = doc.valid.get(m.start)
    if ok is None:
        ok = not _narrowed(doc, m) and not doc.in_book(m.start) and starts_word(doc.tm.norm, m.start, m.end)
        doc.valid[m.start] = ok
    return ok


@cache
def _canonical(unit: str) -> tuple[str, Decimal]:
    u = resources.canonical_units()[unit]
    return u.family, u.factor


def _pick_period(doc: Doc, lo: int, hi: int) -> per_mod.PeriodMention | None:
    ps = doc.periods.within(lo, hi)
    return ps[-1] if ps else None


def _clause_start(norm: str, lo: int, i: int) -> int:
    j = i
    while j > lo and norm[j - 1] not in CLAUSE_STOP:
        j -= 1
    return j


def _clause_end(norm: str, i: int, hi: int) -> int:
    j = i
    while j < hi and norm[j] not in CLAUSE_STOP:
        j += 1
    return j


@dataclass(frozen=True, slots=True)
class ListItem:
    """A number's partner in an 'A、B分别X、Y' list."""

    mention: IndicatorMention | None  # None: the listed name is not a catalog indicator
    region: str | None
    qualifier: str


def _complete_name(doc: Doc, part: str, last: IndicatorMention) -> IndicatorMention | None:
    """'城镇、农村居民人均可支配收入': 城镇 borrows the tail of the last name (城镇居民人均可支配收入)."""
    table = ind_mod.alias_table()
    for k in range(1, len(last.alias)):
        name = part + last.alias[k:]
        if name in table:
            return IndicatorMention(last.start, last.end, table[name], name)
    return None


def _collective(doc: Doc, part: tuple[int, int], n: int) -> list[tuple[IndicatorMention | None, str | None]] | None:
    """'城乡居民人均可支配收入分别…': one collective name standing for n listed indicators."""
    text = doc.tm.norm[part[0] : part[1]]
    table = ind_mod.alias_table()
    for word, members in doc.cues.collective:
        k = text.find(word)
        if k < 0 or len(members) != n:
            continue
        out: list[tuple[IndicatorMention | None, str | None]] = []
        for member in members:
            expanded = text[:k] + member + text[k + len(word) :]
            ms = ind_mod.find_indicators(expanded)
            ms = [m for m in ms if m.start <= k < m.end or m.start == k]
            if not ms or ms[0].alias not in table:
                return None
            out.append((IndicatorMention(part[0], part[1], ms[0].indicator, ms[0].alias), None))
        return out
    return None


def _fenbie(doc: Doc, s: Sentence, nums: list[NumberMention]) -> dict[int, ListItem]:
    """'A、B分别X、Y': pair the listed names (indicators or regions) with the numbers in order."""
    norm = doc.tm.norm
    out: dict[int, ListItem] = {}
    previous: list[tuple[IndicatorMention | None, str | None]] | None = None
    for m in re.finditer("分别", norm[s.start : s.end]):
        k = s.start + m.start()
        c0 = _clause_start(norm, s.start, k)
        parts: list[tuple[int, int]] = []
        p0 = c0
        for mm in re.finditer(r"[、和及与]", norm[c0:k]):
            parts.append((p0, c0 + mm.start()))
            p0 = c0 + mm.end()
        parts.append((p0, k))
        listed: list[NumberMention] = []
        for n in (n for n in nums if n.start >= k):
            if listed and not re.fullmatch(r"[、和及与,]", norm[listed[-1].tail : n.start]):
                break
            listed.append(n)
        if not listed:
            continue
        collective = _collective(doc, parts[0], len(listed)) if len(parts) == 1 else None
        if collective is not None:
            per_part = previous = collective
        elif len(parts) < 2:
            if previous is not None and len(previous) == len(listed):
                per_part = previous  # "…分别达到45620元和23110元，分别增长4.8%和6.9%"
            else:  # "财政总收入…，其中公共财政预算收入…，年均分别增长13.1%和13.0%"
                subjects: list[IndicatorMention] = []
                for x in doc.inds_in(s.start, k):
                    if _valid_mention(doc, x) and x.indicator not in {y.indicator for y in subjects}:
                        subjects.append(x)
                if len(subjects) != len(listed):
                    continue
                per_part = [(x, None) for x in subjects]
        else:
            if len(listed) != len(parts):
                continue
            found = []
            for a, b in parts:
                ms = [x for x in doc.inds_in(a, b) if _valid_mention(doc, x)]
                rs = doc.regions.within(a, b)
                found.append((ms[-1] if ms else None, rs[-1].name if rs else None))
            last = next((f[0] for f in reversed(found) if f[0] is not None), None)
            if last is None:
                prev = [x for x in doc.inds_in(s.start, c0) if _valid_mention(doc, x)]
                last = prev[-1] if prev else None
            per_part = []
            for (a, b), (mention, region) in zip(parts, found, strict=True):
                if mention is None and region is None and last is not None:
                    mention = _complete_name(doc, norm[a:b], last)
                elif mention is None:
                    mention = last
                per_part.append((mention, region))
            previous = per_part
        q = listed[-1].qualifier if listed[-1].qualifier != "exact" else listed[0].qualifier
        for n, (mention, region) in zip(listed, per_part, strict=True):
            out[n.start] = ListItem(mention, region, q)
    return out


def _ratio(doc: Doc, before: list[IndicatorMention], n: NumberMention) -> tuple[IndicatorMention, int] | None:
    """'R&D经费支出52亿元，占地区生产总值的比重为2.8%': a share of the denominator named after 占."""
    if len(before) < 2:
        return None
    den, num = before[-1], before[-2]
    ratio = doc.cues.ratios.get((num.indicator, den.indicator))
    if ratio is None or not _is_reference(doc, den, num.end):
        return None
    tail = doc.tm.norm[den.end : n.start]
    if len(tail) > 8 or any(c in tail for c in ",;:"):
        return None
    return IndicatorMention(num.start, num.end, ratio, num.alias), den.end


def _count_forward(doc: Doc, n: NumberMention, s: Sentence) -> IndicatorMention | None:
    """'6家企业被认定为专精特新小巨人企业': the indicator named after the count."""
    norm = doc.tm.norm
    j = n.tail
    for subj in doc.cues.count_subjects:
        if norm.startswith(subj, j):
            j += len(subj)
            break
    for verb in doc.cues.count_verbs:
        if norm.startswith(verb, j):
            j += len(verb)
            end = _clause_end(norm, j, s.end)
            ms = [m for m in doc.inds_in(j, end) if _valid_mention(doc, m)]
            if ms and ms[0].start - j <= 16:
                return ms[0]
            return None
    # "全州21家规模以上服务业企业": the name right after the count
    ms = [m for m in doc.inds_in(n.tail, min(s.end, n.tail + 12)) if _valid_mention(doc, m)]
    if ms and ms[0].start == n.tail:
        return ms[0]
    return None


def _sentence_subject(doc: Doc, full_start: int, full_end: int) -> str | None:
    ms = [m for m in doc.inds_in(full_start, full_end) if _valid_mention(doc, m)]
    return ms[0].indicator if ms else None


def _previous_full(doc: Doc, s: Sentence) -> tuple[int, int] | None:
    k = bisect_left(doc.full_starts, s.full_start) - 1
    if k < 0:
        return None
    return doc.fulls[k]


def _section_at(doc: Doc, i: int) -> Section | None:
    k = bisect_right(doc.section_starts, i) - 1
    return doc.sections[k] if k >= 0 and i < doc.sections[k].end else None


def _region_for(doc: Doc, s: Sentence, lo: int, n: NumberMention, mention: IndicatorMention) -> tuple[str | None, str]:
    cands = [
        r
        for r in doc.regions.within(s.start, n.start)
        if s.start <= r.start and r.end <= n.start and not (mention.start <= r.start < mention.end)
    ]
    valid = []
    for r in cands:
        if doc.in_book(r.start):
            continue
        if any(m.start <= r.start < m.end for m in doc.inds_in(s.start, s.end)):
            continue  # part of a name: 浙江省“专精特新”中小企业
        if not r.relative:
            # a region is the subject when an indicator or the number itself follows it closely
            nxt = doc.inds_in(r.end, min(len(doc.tm.norm), r.end + 40))
            near_ind = bool(nxt) and nxt[0].start - r.end <= 4 and nxt[0].start == mention.start
            near_num = 0 <= n.start - r.end <= 2
            if not (near_ind or near_num):
                continue
        valid.append(r)
    if valid:
        r = valid[-1]
        return r.name, f"mention: {doc.tm.norm[r.start:r.end]}"
    if s.paragraph in doc.para_region:
        name, head = doc.para_region[s.paragraph]
        return name, f"paragraph heading: {head}"
    return doc.ctx.meta.region, "document region"


def _decide(doc: Doc, s: Sentence, n: NumberMention, mention: IndicatorMention, gap_lo: int,
            prev_measure: Measure | None, fenbie_q: str | None, rules: dict[str, str]) -> Candidate | None:
    norm = doc.tm.norm
    cues = doc.cues
    indicator = mention.indicator
    gap = norm[gap_lo : n.start]
    # an elliptical sibling: "数字经济核心产业增加值增长6%、营收突破1100亿元"
    stem = ind_mod.stem_of(mention.alias)
    if stem:
        for w in cues.measure_words:
            if w in gap and (stem, w) in ind_mod.siblings():
                indicator = ind_mod.siblings()[(stem, w)]
                rules["indicator"] = f"elliptical {w} after {mention.alias}"
    unit = ind_mod.unit_of(indicator)
    fam, factor = _canonical(unit)
    # ---- measure and value
    measure: Measure
    if n.is_percent:
        if unit == "%":
            measure, value = Measure.VALUE, n.number
            rules["measure"] = "indicator is a ratio"
        else:
            cue = next((w for w in cues.growth if w in gap), None)
            if cue is None and prev_measure is Measure.GROWTH:
                rest = _leftover(doc, gap_lo, n.start)
                for w in cues.continuation:
                    rest = rest.replace(w, "")
                if not rest:
                    cue = "(continues the growth rates before it)"
            if cue is None:
                return None
            measure, value = Measure.GROWTH, n.number
            rules["measure"] = f"growth cue: {cue}"
            tail = gap.rstrip("了约近")
            if value > 0 and any(tail.endswith(w) for w in cues.negate):
                value = -value
                rules["value"] = "negated by " + next(w for w in cues.negate if tail.endswith(w))
    else:
        nfam = n.family
        base = n.base
        if nfam is None:
            if not n.magnitude:
                return None
            nfam = fam  # "105万" for a unit of 万人
        if nfam != fam:
            variant = ind_mod.variants().get((indicator, nfam))
            if variant is None:
                return None
            indicator, rules["indicator"] = variant, rules.get("indicator", "") + f" ({nfam} variant)"
            unit = ind_mod.unit_of(indicator)
            fam, factor = _canonical(unit)
        tail = gap.rstrip("了约近")
        if any(tail.endswith(w) for w in cues.increment) and not any(tail.endswith(w) for w in cues.range_end):
            return None
        measure, value = Measure.VALUE, base / factor
        rules["measure"] = "level"
    # ---- range start (从295家增长到1880家): not a figure
    subannual_in_gap = any(p.sub_annual for p in _between(doc.periods, gap_lo, n.start))
    stripped = re.sub(r"(?:19|20)\d{2}年(?:的)?|的$", "", gap)
    if stripped.endswith(tuple(cues.range_start)) and not subannual_in_gap:
        after = norm[n.tail : _clause_end(norm, n.tail, s.end)]
        if any(w in after for w in cues.range_end):
            return None
    range_end = any(w in gap for w in cues.range_end) and re.search(
        "[" + "".join(cues.range_start) + r"][^,;:]{0,16}?\d", norm[s.start : n.start]
    ) is not None
    # ---- status
    sec = _section_at(doc, n.start)
    before = norm[s.full_start : n.start]
    before = BOOK.sub("", before)
    after_clause = norm[n.tail : _clause_end(norm, n.tail, s.full_end)]
    tcue = next((w for w in cues.target if w in before), None) or next(
        (w for w in ("目标",) if w in after_clause), None
    )
    if sec is not None and sec.status is Status.TARGET:
        status, rules["status"] = Status.TARGET, sec.rule
    elif tcue:
        status, rules["status"] = Status.TARGET, f"target cue: {tcue}"
    elif sec is not None and sec.status is Status.ACTUAL:
        status, rules["status"] = Status.ACTUAL, sec.rule
    else:
        acue = next((w for w in cues.actual if w in before), None)
        status, rules["status"] = Status.ACTUAL, (f"result cue: {acue}" if acue else "default: result")
    # ---- period
    clause_lo = max(_clause_start(norm, s.start, n.start), gap_lo if gap_lo > _clause_start(norm, s.start, n.start) else 0)
    p = _pick_period(doc, clause_lo, n.start)
    named_in_gap = [y for y in doc.years.within(gap_lo, n.start) if y.year and not y.baseline]
    if p is None and not named_in_gap:
        first = doc.inds_in(s.full_start, s.full_end)
        topic_end = first[0].start if first else n.start
        p = _pick_period(doc, s.full_start, min(topic_end, n.start))
    annual_avg = next((w for w in cues.annual_average if w in gap), None)
    if annual_avg:
        measure = Measure.GROWTH if n.is_percent else measure
        period, rules["period"] = "multi-year", f"average annual: {annual_avg}"
    elif p is not None:
        period, rules["period"] = p.period, f"period word: {norm[p.start:p.end]}"
    elif range_end and not re.search(r"(?:19|20)\d{2}年", gap):
        period, rules["period"] = "multi-year", "change between two unnamed years"
    elif doc.ctx.period != "year" and status is not Status.TARGET:
        period, rules["period"] = doc.ctx.period, "document title period"
    else:
        period, rules["period"] = "year", "default: whole year"
    # ---- year
    ys = [y for y in doc.years.within(s.full_start, n.start) if not y.baseline and not doc.in_book(y.start)]
    year: int | None
    if period == "multi-year":
        named = [y.year for y in ys if y.year is not None]
        if named:
            year, rules["year"] = named[-1], "named end year"
        elif p is not None and p.end_year:
            year, rules["year"] = p.end_year, f"end of {norm[p.start:p.end]}"
        elif doc.ctx.meta.doc_type in WORK_REPORT_TYPES:
            year, rules["year"] = doc.ctx.actual_year, "work report: the year under review"
        else:
            year, rules["year"] = None, "not pinned down by the text"
    elif ys:
        y = ys[-1]
        if y.year is not None:
            year, rules["year"] = y.year, f"year in sentence: {norm[y.start:y.end]}"
        else:
            year = per_mod.resolve_relative_year(y.relative, doc.ctx.meta.published_year)
            rules["year"] = f"relative year: {y.relative}"
    elif sec is not None and sec.year is not None:
        year, rules["year"] = sec.year, "section heading year"
    elif status is Status.TARGET:
        year, rules["year"] = doc.ctx.target_year, f"document: {doc.ctx.year_rule}"
    else:
        year, rules["year"] = doc.ctx.actual_year, f"document: {doc.ctx.year_rule}"
    # ---- region
    region, rules["region"] = _region_for(doc, s, gap_lo, n, mention)
    # ---- qualifier
    q = n.qualifier
    if fenbie_q and fenbie_q != "exact" and q == "exact":
        q = fenbie_q
    if n.qualifier_word:
        rules["qualifier"] = f"word: {n.qualifier_word}"
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return Candidate(
        indicator=indicator, measure=measure, value=value, status=status, year=year, period=period,
        region=region, qualifier=Qualifier(q), num=n, quote_lo=0, sentence=s, confidence=0.0, rules=rules,
    )


def _threshold(doc: Doc, n: NumberMention) -> bool:
    if n.qualifier_word not in ("以上", "以下"):
        return False
    after = doc.tm.norm[n.tail : n.tail + 10]
    after = after[1:] if after.startswith("的") else after
    m = re.match(r"[\u4e00-\u9fff]{0,6}?(" + "|".join(map(re.escape, doc.cues.threshold_nouns)) + ")", after)
    return m is not None


def _para_regions(tm: TextMap, sentences: list[Sentence], regions: Spans, doc_region: str | None) -> dict[int, tuple[str, str]]:
    """A paragraph whose first sentence is a short heading naming a sub-region gives it its figures."""
    out: dict[int, tuple[str, str]] = {}
    if not doc_region:
        return out
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        if s.full_end - s.full_start > 40:
            continue
        for r in regions.within(s.full_start, s.full_end):
            inside = True
            if inside and not r.relative and r.name != doc_region and doc_region in reg_mod.ancestors(r.name):
                out[s.paragraph] = (r.name, tm.norm[s.full_start : s.full_end])
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


def extract_document(text: str, meta: DocMeta) -> list[Figure]:
    cues = load_cues()
    tm = build(text)
    norm = tm.norm
    ctx = document_years(meta)
    sentences = split_sentences(tm)
    numbers = find_numbers(norm)
    windows = _windows(sentences, numbers)

    def scan(find, *args):  # run a finder only where figures can be
        return [x for lo, hi in windows for x in find(norm, *args, lo, hi)]

    inds = scan(ind_mod.find_indicators)
    regions = scan(reg_mod.find_regions, meta.region)
    doc = Doc(
        tm=tm, ctx=ctx, cues=cues, sentences=sentences, sections=find_sections(tm, meta, cues),
        numbers=numbers, inds=inds, ind_starts=[m.start for m in inds], regions=Spans(regions),
        periods=Spans(per_mod.find_periods(norm)), years=Spans(per_mod.find_years(norm)),
        books=[(m.start(), m.end()) for m in BOOK.finditer(norm)],
        para_region=_para_regions(tm, sentences, Spans(regions), meta.region),
    )
    num_starts = [n.start for n in numbers]
    cands: list[Candidate] = []
    for s in sentences:
        a, b = bisect_left(num_starts, s.start), bisect_right(num_starts, s.end - 1)
        nums = [n for n in numbers[a:b] if n.end <= s.end]
        if not nums:
            continue
        fenbie = _fenbie(doc, s, nums)
        part_parent: str | None = None
        if (norm.startswith("其中", s.full_start) and s.full_start == s.start) or norm.startswith("其中", s.full_start):
            prev = _previous_full(doc, s)
            part_parent = _sentence_subject(doc, *prev) if prev else None
        carry: IndicatorMention | None = None
        if any(norm.startswith(w, s.full_start) for w in cues.carry):
            prev = _previous_full(doc, s)
            if prev:
                ms = [m for m in doc.inds_in(*prev) if _valid_mention(doc, m)]
                carry = ms[0] if ms else None
        broken: set[int] = set()  # mentions whose chain of numbers was interrupted
        last_measure: dict[int, Measure] = {}
        last_num_end: dict[int, int] = {}
        for n in nums:
            if doc.in_book(n.start) or any(m.start <= n.start < m.end for m in doc.inds_in(s.start, s.end)):
                continue
            if n.family is None and not n.magnitude:
                continue
            if _threshold(doc, n):
                continue
            rules: dict[str, str] = {}
            mention: IndicatorMention | None = None
            fen_q: str | None = None
            fen_region: str | None = None
            if n.start in fenbie:
                item = fenbie[n.start]
                if item.mention is None:
                    continue
                mention, fen_region, fen_q = item.mention, item.region, item.qualifier
                rules["indicator"] = f"分别 list: {mention.alias}"
                k = norm.rfind("分别", s.start, n.start)
                gap_lo = _clause_start(norm, s.start, k) if k >= 0 else n.start
            else:
                fwd = _count_forward(doc, n, s) if n.family == "count" else None
                if fwd is not None:
                    mention = fwd
                    rules["indicator"] = f"count before its name: {fwd.alias}"
                    gap_lo = n.start
                else:
                    before = [m for m in doc.inds_in(s.start, n.start)]
                    if not before and carry is not None:
                        before = [carry]
                    if not before:
                        continue
                    mention = before[-1]
                    ratio = _ratio(doc, before, n) if n.is_percent else None
                    if ratio is not None:
                        mention, gap_lo = ratio
                        rules["indicator"] = f"share: {mention.alias}"
                        cand = _decide(doc, s, n, mention, gap_lo, None, None, rules)
                        if cand is not None:
                            cand.quote_lo = _clause_start(norm, s.start, n.start)
                            cand.confidence = _confidence(cand, mention)
                            cands.append(cand)
                        continue
                    if not _valid_mention(doc, mention) or _is_reference(doc, mention, s.start):
                        continue
                    key = mention.start
                    if key in broken:
                        continue
                    gap_lo = max(mention.end, last_num_end.get(key, mention.end))
                    if mention is carry:
                        gap_lo = max(s.start, last_num_end.get(key, s.start))
                    gap = norm[gap_lo : n.start]
                    if any(w in gap for w in cues.blockers):
                        broken.add(key)
                        continue
                    if not _chain_ok(doc, gap_lo, n.start):
                        broken.add(key)
                        continue
                    rules["indicator"] = f"name before the number: {mention.alias}"
            if part_parent is not None:
                part_of = resources.indicators()[mention.indicator].part_of
                if part_of and part_of != part_parent:
                    continue
            cand = _decide(doc, s, n, mention, gap_lo, last_measure.get(mention.start), fen_q, rules)
            last_num_end[mention.start] = n.tail
            if cand is None:
                inside_parens = norm.rfind("(", s.start, n.start) > norm.rfind(")", s.start, n.start)
                if (n.family not in (None, "percent", "pp") and not inside_parens
                        and n.family != _canonical(ind_mod.unit_of(mention.indicator))[0]):
                    broken.add(mention.start)  # the sentence moved on to another quantity
                continue
            if fen_region:
                cand.region, cand.rules["region"] = fen_region, "分别 list"
            last_measure[mention.start] = cand.measure
            cand.quote_lo = _clause_start(norm, s.start, min(mention.start, n.start))
            cand.confidence = _confidence(cand, mention)
            cands.append(cand)
    return [_to_figure(doc, c) for c in _dedupe(cands)]


def _confidence(c: Candidate, mention: IndicatorMention) -> float:
    score = 0.95
    why = c.rules.get("indicator", "")
    if why.startswith(("count before", "分别", "elliptical")):
        score -= 0.1
    if c.rules.get("status", "").startswith("default"):
        score -= 0.05
    if c.rules.get("year", "").startswith("not pinned"):
        score -= 0.05
    if c.num.chinese:
        score -= 0.05
    if "continues" in c.rules.get("measure", ""):
        score -= 0.1
    if c.num.start - mention.end > 20:
        score -= 0.1
    return round(max(score, 0.3), 2)


def _close(a: Decimal, b: Decimal) -> bool:
    if b == 0:
        return a == 0
    return abs(a - b) <= abs(b) * Decimal("0.001")


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """A restated figure is one record; a milestone (突破2000亿元) beside the exact value in the
    same sentence is dropped."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in cands:
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
        rules=tuple(sorted(c.rules.items())),
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
