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
from dataclasses import dataclass, field
from decimal import Decimal

from . import indicators as ind_mod
from . import periods as per_mod
from . import regions as reg_mod
from . import resources
from .cues import load_cues
from .document import (
    BOOK,
    Doc,
    Spans,
    canonical,
    chain_ok,
    clause_end,
    clause_start,
    is_reference,
    leftover,
    pick_period,
    previous_full,
    section_at,
    sentence_subject,
    valid_mention,
)
from .indicators import IndicatorMention
from .lists import count_forward, fenbie_lists, share_of
from .milestones import drop_milestones
from .numbers import NumberMention, find_numbers
from .records import DocMeta, Figure, Measure, Qualifier, Status
from .structure import WORK_REPORT_TYPES, Sentence, document_years, find_sections, split_sentences
from .textmap import TextMap, build


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
    fam, factor = canonical(unit)
    # ---- measure and value
    measure: Measure
    if n.is_percent:
        if unit == "%":
            measure, value = Measure.VALUE, n.number
            rules["measure"] = "indicator is a ratio"
        else:
            cue = next((w for w in cues.growth if w in gap), None)
            if cue is None and prev_measure is Measure.GROWTH:
                rest = leftover(doc, gap_lo, n.start)
                for w in cues.continuation:
                    rest = rest.replace(w, "")
                if not rest:
                    cue = "(continues the growth rates before it)"
            if cue is None:
                return None
            measure, value = Measure.GROWTH, n.number
            rules["measure"] = f"growth cue: {cue}"
            tail = gap.rstrip(cues.particles)
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
            fam, factor = canonical(unit)
        tail = gap.rstrip(cues.particles)
        if any(tail.endswith(w) for w in cues.increment) and not any(tail.endswith(w) for w in cues.range_end):
            return None
        flow = resources.indicators()[indicator].name_zh.startswith(cues.flow_prefixes)
        if flow and any(w in gap for w in cues.stock_words):
            return None  # a stock after a flow: "新增…85家，总数达到1120家"
        measure, value = Measure.VALUE, base / factor
        rules["measure"] = "level"
    # ---- range start (从295家增长到1880家): not a figure
    subannual_in_gap = any(p.sub_annual for p in doc.periods.within(gap_lo, n.start))
    stripped = re.sub(r"(?:19|20)\d{2}年(?:的)?|的$", "", gap)
    if stripped.endswith(tuple(cues.range_start)) and not subannual_in_gap:
        after = norm[n.tail : clause_end(norm, n.tail, s.end)]
        if any(w in after for w in cues.range_end):
            return None
    range_end = any(w in gap for w in cues.range_end) and re.search(
        "[" + "".join(cues.range_start) + r"][^,;:]{0,16}?\d", norm[s.start : n.start]
    ) is not None
    # ---- status
    sec = section_at(doc, n.start)
    before = norm[max(s.full_start, sec.head_end if sec is not None else 0) : n.start]
    before = BOOK.sub("", before)
    after_clause = norm[n.tail : clause_end(norm, n.tail, s.full_end)]
    tcue = next((w for w in cues.target if w in before), None) or next(
        (w for w in cues.target_after if w in after_clause), None
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
    clause_lo = max(clause_start(norm, s.start, n.start), gap_lo if gap_lo > clause_start(norm, s.start, n.start) else 0)
    p = pick_period(doc, clause_lo, n.start)
    named_in_gap = [y for y in doc.years.within(gap_lo, n.start) if y.year and not y.baseline]
    if p is None and not named_in_gap:
        first = doc.inds_in(s.full_start, s.full_end)
        topic_end = first[0].start if first else n.start
        p = pick_period(doc, s.full_start, min(topic_end, n.start))
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
        plans = [x for x in doc.periods.within(s.full_start, n.start) if x.end_year]
        if named:
            year, rules["year"] = named[-1], "named end year"
        elif plans:
            year, rules["year"] = plans[-1].end_year, f"end of {norm[plans[-1].start:plans[-1].end]}"
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
        meta = doc.ctx.meta
        ends = per_mod.end_month(period)
        explicit = p is not None and (p.sub_annual or norm[p.start : p.end].startswith("全年"))
        if (explicit and ends and year is not None and year == meta.published_year and meta.published_month
                and meta.published_month < ends):
            year, rules["year"] = year - 1, "a result for a period that had not ended by publication: the year before"
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
        fenbie = fenbie_lists(doc, s, nums)
        part_parent: str | None = None
        if (norm.startswith("其中", s.full_start) and s.full_start == s.start) or norm.startswith("其中", s.full_start):
            prev = previous_full(doc, s)
            part_parent = sentence_subject(doc, *prev) if prev else None
        carry: IndicatorMention | None = None
        if any(norm.startswith(w, s.full_start) for w in cues.carry):
            prev = previous_full(doc, s)
            if prev:
                ms = [m for m in doc.inds_in(*prev) if valid_mention(doc, m)]
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
                gap_lo = clause_start(norm, s.start, k) if k >= 0 else n.start
            else:
                fwd = count_forward(doc, n, s) if n.family == "count" else None
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
                    ratio = share_of(doc, before, n) if n.is_percent else None
                    if ratio is not None:
                        mention, gap_lo = ratio
                        rules["indicator"] = f"share: {mention.alias}"
                        cand = _decide(doc, s, n, mention, gap_lo, None, None, rules)
                        if cand is not None:
                            cand.quote_lo = clause_start(norm, s.start, n.start)
                            cand.confidence = _confidence(cand, mention)
                            cands.append(cand)
                        continue
                    if not valid_mention(doc, mention) or is_reference(doc, mention, s.start):
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
                    if not chain_ok(doc, gap_lo, n.start):
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
                        and n.family != canonical(ind_mod.unit_of(mention.indicator))[0]):
                    broken.add(mention.start)  # the sentence moved on to another quantity
                continue
            if fen_region:
                cand.region, cand.rules["region"] = fen_region, "分别 list"
            last_measure[mention.start] = cand.measure
            cand.quote_lo = clause_start(norm, s.start, min(mention.start, n.start))
            cand.confidence = _confidence(cand, mention)
            cands.append(cand)
    return [_to_figure(doc, c) for c in _dedupe(drop_milestones(cands, norm))]


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


__all__ = ["extract_document", "extract_text"]
