"""One small decider per field of a figure: measure (with value), status, period, year, region,
qualifier. Each returns its value and the `Rule` (field, rule id, evidence) that decided it.

Rule ids are stable: the confidence weights in cues.yaml (`confidence.weights`) are keyed by
`field.rule_id`, and reviewers read them in the 审核 page. A decider that is a chain of small
rules (region, status) tries them in order; to add a rule, insert a function into its chain.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from . import indicators as ind_mod
from . import periods as per_mod
from . import regions as reg_mod
from . import resources
from .cues import Cues, any_word
from .document import (
    Doc,
    canonical,
    clause_end,
    clause_start,
    compared_level,
    dated_value,
    leftover,
    level_of,
    number_right_after,
    pick_period,
    previous_full,
    section_at,
    stated_by_region,
    without_goal_words,
)
from .indicators import IndicatorMention
from .numbers import NumberMention
from .periods import PeriodMention
from .records import Measure, Qualifier, Rule, Status
from .reviews import ReviewSpan
from .scope import bracketed_after, load_scope, without_ratio_clauses
from .structure import Section, Sentence

YEAR_WORD = re.compile(r"(?:19|20)\d{2}年")


@dataclass(slots=True)
class Site:
    """Where a number is read: its document, sentence, the indicator name it belongs to, where
    the text linking them starts, and what a 分别 list already says about it."""

    doc: Doc
    s: Sentence
    n: NumberMention
    mention: IndicatorMention
    gap_lo: int
    list_region: str | None = None
    list_region_rule: str = "pairing_list"  # or shared_region_list (宜都市、枝江市…均突破700亿元)
    list_qualifier: str | None = None
    list_year: int | None = None  # a 分别 list of years (分别于2014年、2019年…)
    list_period: PeriodMention | None = None  # a 分别 list of periods (一季度、上半年分别增长…)
    review: ReviewSpan | None = None  # the multi-year review stretch the number is in
    carried_region: str | None = None  # the zone an earlier sentence names (document.carried_topic)

    @property
    def norm(self) -> str:
        return self.doc.tm.norm

    @property
    def gap(self) -> str:
        """The text between the name (or the previous number of its chain) and the number."""
        return self.doc.tm.norm[self.gap_lo : self.n.start]

    def section(self) -> Section | None:
        return section_at(self.doc, self.n.start)


# ---- measure and value -------------------------------------------------------------------


@dataclass(slots=True)
class Measured:
    indicator: str
    measure: Measure
    value: Decimal
    rules: list[Rule]


def _elliptical(site: Site) -> tuple[str, list[Rule]]:
    """'数字经济核心产业增加值增长6%、营收突破1100亿元': 营收 names the sibling with the same stem."""
    stem = ind_mod.stem_of(site.mention.alias)
    indicator, rules = site.mention.indicator, []
    if stem:
        gap = site.gap
        for w in site.doc.cues.measure_words:
            if w in gap and (stem, w) in ind_mod.siblings():
                indicator = ind_mod.siblings()[(stem, w)]
                rules = [Rule("indicator", "elliptical", w)]
    return indicator, rules


def _listed_head(site: Site, tail: str) -> str:
    """`tail` (the gap before a number) without the listed numbers it ends with ("分别下降3.2%、" ->
    "分别下降"): the verb of a list of numbers governs each of them (分别下降3.2%、1.5%: both fell)."""
    norm, cues = site.norm, site.doc.cues
    end = site.gap_lo + len(tail)
    while end > site.gap_lo and norm[end - 1] in "".join(cues.number_separators):
        before = [x for x in site.doc.num_spans.touching(end - 2, end - 1) if x.tail == end - 1 and x.start >= site.gap_lo]
        if not before:
            break
        end = before[-1].start
    return norm[site.gap_lo : end]


def goal_in_brackets(site: Site) -> str | None:
    """The goal word a number stands in brackets right after ("超过年度计划（20%）5.6个百分点"): the goal
    the result before it is set against (cues.yaml status.goal_bracket), or None."""
    return goal_word(site.norm, site.gap_lo, site.n, site.doc.cues.goal_bracket)


def goal_word(norm: str, lo: int, n: NumberMention, words: Sequence[str]) -> str | None:
    """goal_in_brackets for a number n after norm[lo:]."""
    if not words or not norm.endswith(("(", "（"), 0, n.start) or not norm.startswith((")", "）"), n.tail):
        return None
    return next((w for w in words if norm.endswith(w, lo, n.start - 1)), None)


def decide_measure(site: Site, prev_measure: Measure | None) -> Measured | None:
    """Level or growth rate, and the value in the indicator's canonical unit; None when the
    number is not a figure of the indicator (another unit, an increment, a stock after a flow)."""
    cues, gap = site.doc.cues, site.gap
    n = site.n
    goal = goal_in_brackets(site)
    own = gap[max(gap.rfind(c) for c in ",，;；") + 1 :]  # the number's own clause: "…，超额完成年度目标任务，增长6.8%"
    if cues.over_target is not None and cues.over_target.search(own) and goal is None:
        return None  # "比年初目标高出12亿元": the excess over a target, not a figure
    if _bracketed_base(site):
        return None  # "总量达到6759家（上年5842家）": an earlier year's level given for comparison
    indicator, rules = _elliptical(site)
    unit = ind_mod.unit_of(indicator)
    fam, factor = canonical(unit)
    tail = gap.rstrip(cues.particles)
    if n.is_percent:
        if unit == "%":
            avg = next((w for w in cues.annual_average if w in gap), None)
            if avg:  # a ratio's average annual growth
                return Measured(indicator, Measure.GROWTH, n.number, [*rules, Rule("measure", "annual_average", avg)])
            if (indicator not in cues.change_valued_ids and tail.endswith(cues.growth + cues.growth_adjacent)
                    and not tail.endswith(cues.range_end)):
                return None  # "比重增长40%", "占比提高5%": a change of the share, not its level
            return Measured(indicator, Measure.VALUE, n.number, [*rules, Rule("measure", "ratio_indicator", unit)])
        cue = next((w for w in cues.growth if w in gap), None) if any_word(cues.growth).search(gap) else None
        if cue is None and n.chinese and site.norm.startswith(cues.growth, n.start):
            cue = next(w for w in cues.growth if site.norm.startswith(w, n.start))  # 翻了一番: its own verb
        if cue is None and cues.growth_adjacent and tail.endswith(cues.growth_adjacent):
            cue = next(w for w in cues.growth_adjacent if tail.endswith(w))
        if cue is None and cues.growth_after and site.norm.startswith(cues.growth_after, n.end):
            cue = next(w for w in cues.growth_after if site.norm.startswith(w, n.end))  # 以8.1%的增速…
        rule = Rule("measure", "growth_cue", cue or "")
        if cue is None and prev_measure is Measure.GROWTH:
            rest = leftover(site.doc, site.gap_lo, n.start)
            for w in cues.continuation:
                rest = rest.replace(w, "")
            if rest and rest == compared_level(site.doc, site.gap_lo, n.start):
                rest = ""  # "增长8.2%，高于全省平均水平（7.6%）": the compared region's rate
            rest = without_goal_words(site.doc, rest, n.start)  # "…，完成年初确定的6.5%目标任务"
            if rest and _region_states(site):
                rest = ""  # "增长3.8%，全国为3.7%": the compared region's own rate
            if goal is not None:
                rest = ""  # "增长25.6%，超过年度计划（20%）": the goal set for that rate
            if not rest:
                rule = Rule("measure", "growth_continued", gap)
                cue = gap
        if cue is None:
            return None
        clause = gap[max(gap.rfind(c) for c in CLAUSE_MARKS) + 1 :]
        if any(w in clause for w in cues.not_year_on_year):
            return None  # "5月当月环比增长2.3%": a change over the month before, not a growth record
        value = n.number
        rules.append(rule)
        neg = next((w for w in cues.negate if _listed_head(site, tail).endswith(w)), None)
        if value > 0 and neg:
            value = -value
            rules.append(Rule("value", "negated", neg))
        return Measured(indicator, Measure.GROWTH, value, rules)
    nfam = n.family
    if nfam is None:
        if not n.magnitude:
            return None
        nfam = fam  # "105万" for a unit of 万人
    if (nfam, fam) == ("household", "count") and resources.indicators()[indicator].group in cues.counted_in_households:
        nfam = fam  # "新增规模以上工业企业40户": enterprises counted in 户
    if nfam != fam:
        variant = ind_mod.variants().get((indicator, nfam))
        if variant is None:
            return None
        indicator = variant
        rules.append(Rule("indicator", "unit_variant", nfam))
        fam, factor = canonical(ind_mod.unit_of(indicator))
    if tail.endswith(cues.increment) and not tail.endswith(cues.range_end):
        return None
    sc = load_scope()
    if sc.is_stock(indicator) and tail.endswith(sc.flow_before):
        return None  # "常住人口新增3.5万人": the change of a stock, not its level
    if any(w in gap for w in cues.annual_average):
        return None  # "年均不到78亿元": an average level per year, not the indicator's level
    flow = resources.indicators()[indicator].name_zh.startswith(sc.flow_before)
    if flow and any(w in gap for w in sc.stock_words):
        return None  # a stock after a flow: "新增…85家，总数达到1120家"
    rules.append(Rule("measure", "level", ""))
    return Measured(indicator, Measure.VALUE, n.base / factor, rules)


def _region_states(site: Site) -> bool:
    """Is the number's clause a region's name and its own rate ("，全国同期为下降2.8%")?"""
    return stated_by_region(site.doc, clause_start(site.norm, site.gap_lo, site.n.start), site.n.start)


def _bracketed_base(site: Site) -> bool:
    """Is the number, in brackets right after another value, an earlier period's level given as
    its base (cues.yaml range.bracket_base: "（上年5842家）", "（2022年为3000亿元）")?"""
    pat = site.doc.cues.bracket_base
    if pat is None:
        return False
    norm, n = site.norm, site.n
    k = max(norm.rfind("(", site.s.start, n.start), norm.rfind("（", site.s.start, n.start))
    if k < 0 or max(norm.rfind(")", k, n.start), norm.rfind("）", k, n.start)) >= 0:
        return False
    before = [m for m in site.doc.num_spans.within(site.s.start, k) if m.tail == k]
    return bool(before) and pat.fullmatch(norm, k + 1, n.start) is not None


def is_range_start(site: Site) -> bool:
    """'从295家增长到1880家': 295 is the start of a change, not a figure."""
    cues, norm, n = site.doc.cues, site.norm, site.n
    if any(p.sub_annual for p in site.doc.periods.within(site.gap_lo, n.start)):
        return False  # a dated point: 从一季度的…
    lo, i = site.gap_lo, n.start
    while True:  # "从11746元、5690元": a start value listed after another
        sep = next((x for x in cues.number_separators if norm.startswith(x, i - len(x))), None)
        prev = [m for m in site.doc.num_spans.within(site.s.start, i - len(sep)) if m.tail == i - len(sep)] if sep else []
        if not prev:
            break
        i = prev[-1].start
        lo = min(lo, clause_start(norm, site.s.start, i))
    gap = norm[lo:i]
    for y in site.doc.years.within(lo, i):  # 由2010年的…, 由上年的…
        gap = gap.replace(norm[y.start : y.end], "")
    stripped = re.sub(r"^(?:末|底)?的?|(?:末|底)?的$", "", gap)
    if not stripped.endswith(tuple(cues.range_start)):
        return False
    after = norm[n.tail : clause_end(norm, n.tail, site.s.end)]
    if any(w in after for w in cues.range_end):
        return True
    # "从11746元、5690元，分别增加到…": more start values, then the change
    rest, i = [], n.tail
    for m in site.doc.num_spans.within(n.tail, site.s.end):
        rest.append(norm[i : m.start])
        i = m.tail
    rest.append(norm[i : site.s.end])
    tail = "\0".join(rest)
    for w in (*cues.number_separators, *cues.pairing, ",", "\0"):
        tail = tail.replace(w, "")
    return tail.startswith(tuple(cues.range_end))


def is_range_end(site: Site) -> bool:
    """'…增长到1880家' after a start value: the end of a change."""
    cues, gap = site.doc.cues, site.gap
    return any_word(cues.range_end).search(gap) is not None and re.search(
        "[" + "".join(cues.range_start) + r"][^,;:]{0,16}?\d", site.norm[site.s.start : site.n.start]
    ) is not None


# ---- status ---------------------------------------------------------------------------------


def decide_status(site: Site) -> tuple[Status, Rule]:
    """A plan section makes a target; then a budget line (安排, from the name's clause on; 年初预算
    between the name and the figure); then a target cue before the figure (or right after it); then
    a review section; else a result."""
    n, norm, cues = site.n, site.norm, site.doc.cues
    sec = site.section()
    if sec is not None and sec.status is Status.TARGET:
        return Status.TARGET, Rule("status", sec.rule, sec.evidence)
    goal = goal_in_brackets(site)
    if goal is not None:
        return Status.TARGET, Rule("status", "goal_in_brackets", goal)
    before = without_ratio_clauses(site.doc.without_names(max(site.s.full_start, sec.head_end if sec is not None else 0), n.start))
    named = without_ratio_clauses(site.doc.without_names(clause_start(norm, site.s.full_start, min(site.mention.start, n.start)), n.start))
    found = _target_cues(site, named, cues.target_in_clause) or _target_cues(
        site, without_ratio_clauses(site.gap), cues.target_in_gap) or _budget_rate(site)
    if found:
        return Status.TARGET, Rule("status", "target_cue", found[0])
    found = _target_cues(site, before)
    if found:
        done = _result_after_goal(site, found)
        if done is not None:
            return Status.ACTUAL, Rule("status", "result_after_goal", done)
        if all(w in cues.estimate for w in found):  # the pipeline decides by the figure's period
            return Status.TARGET, Rule("status", "estimate_ahead", found[0])
        return Status.TARGET, Rule("status", "target_cue", next(w for w in found if w not in cues.estimate))
    after_clause = site.doc.without_names(n.tail, clause_end(norm, n.tail, site.s.end))
    tafter = (next((w for w in cues.target_after if w in after_clause), None)
              if any_word(cues.target_after).search(after_clause) else None)
    if tafter:
        return Status.TARGET, Rule("status", "target_after", tafter)
    if sec is not None and sec.status is Status.ACTUAL:
        return Status.ACTUAL, Rule("status", sec.rule, sec.evidence)
    acue = next((w for w in cues.actual if w in before), None) if any_word(cues.actual).search(before) else None
    if acue:
        return Status.ACTUAL, Rule("status", "actual_cue", acue)
    return Status.ACTUAL, Rule("status", "default_actual", "")


CLAUSE_MARKS = ",，;；:：。"


def _budget_rate(site: Site) -> list[str]:
    """A rate right after a budget figure of its name ("收入预算为63.5亿元，增长8.3%", "年初预算300亿元，
    比上年增长5%"): the budget's rate, a target, unless another value or a result verb stands after the
    budget word ("年初预算为300亿元，实际完成312.5亿元，增长4.2%"; "调整预算为279.5亿元，执行数为281.7亿元，
    …增长4.6%")."""
    n, norm, cues = site.n, site.norm, site.doc.cues
    lo = site.mention.end
    if not n.is_percent or lo < site.s.full_start or lo >= n.start or any_word(cues.target_in_gap).search(norm, lo, n.start) is None:
        return []
    text = without_ratio_clauses(norm[lo : n.start])
    hits = [(k + len(w), w) for w in cues.target_in_gap if (k := text.rfind(w)) >= 0]
    if not hits:
        return []
    end, word = max(hits)
    rest = text[end:]
    if len(re.findall(r"\d+(?:\.\d+)?", rest)) != 1 or any(a in rest for a in (*cues.achieved, *cues.actual_after_goal)):
        return []  # the rate must follow the budget's own value, with no other value or result between
    return [word]


def _result_after_goal(site: Site, goals: Sequence[str]) -> str | None:
    """The result verb of a clause after the goal's ("全年…目标为65亿元，上半年已完成36.1亿元"), when
    that clause also names a period already over at publication or says 已: the goal's year is still
    running, the clause reports what was reached so far. None otherwise ("力争…，完成投资…")."""
    doc, norm, n, cues = site.doc, site.norm, site.n, site.doc.cues
    lo = site.s.full_start
    goal_end = max((k + len(w) for w in goals if (k := norm.rfind(w, lo, n.start)) >= 0), default=-1)
    if goal_end < 0:
        return None
    cut = min((k for c in CLAUSE_MARKS if (k := norm.find(c, goal_end, n.start)) >= 0), default=-1)
    if cut < 0:
        return None
    rest = norm[cut + 1 : n.start]
    real = next((w for w in cues.actual_after_goal if w in rest), None)
    if real is not None and not any(w in rest for w in cues.target):
        return real  # "目标为增长8%，实际增长9.6%": the result set against the goal
    verb = next((w for w in cues.achieved_so_far if w in rest), None)
    if verb is None or any(w in rest for w in cues.target):
        return None
    month, year = doc.ctx.meta.published_month, doc.ctx.meta.published_year
    over = [p for p in doc.periods.within(cut + 1, n.start)
            if month is not None and (e := per_mod.end_month(p.period)) is not None and e < month
            and p.period != "year" and not doc.years.within(cut + 1, n.start)]
    if "已" in rest or (over and year is not None):
        return verb
    return None


def _target_cues(site: Site, before: str, words: Sequence[str] | None = None) -> list[str]:
    """The target words (`words`, else cues.target) in `before` (longest first), leaving out goals
    reached: a target word after an achievement verb in its clause ("全面实现“双过半”目标任务")."""
    cues = site.doc.cues
    words = cues.target if words is None else tuple(words)
    if any_word(words).search(before) is None:
        return []  # none of the words occurs: one scan instead of one find per word
    out = []
    compared = _compared_with_goal(cues, before)
    for w in words:
        i = before.find(w)
        while i >= 0:
            head = before[max(0, i - 20) : i]  # 超额完成市十六届人大三次会议确定的目标: a goal reached
            head = head[max(head.rfind(c) for c in CLAUSE_MARKS) + 1 :]
            if (not any(a in head for a in cues.achieved) and not _names_programme(cues, before, i, w)
                    and not any(a <= i < b for a, b in compared)):
                out.append(w)
                break
            i = before.find(w, i + 1)
    return out


def _compared_with_goal(cues: Cues, text: str) -> list[tuple[int, int]]:
    """The spans of `text` that compare a result with a goal ("比年初目标高出…", "较预算超出…",
    "计划多完成…"; cues.yaml measure.over_target) and hold no number: their target word is the
    yardstick of a result, not a cue ("比上年增长6%的目标" holds a number: a goal)."""
    if cues.over_target is None:
        return []
    return [m.span() for m in cues.over_target.finditer(text) if not any(c.isdigit() for c in m.group())]


def _names_programme(cues: Cues, text: str, i: int, w: str) -> bool:
    """Is the target word `w` at text[i] part of a name: a longer noun (目标责任制), or a name noun
    ending the object of a name verb in its clause ("实施企业培育计划，", "出台三年行动计划、…";
    cues.yaml status)?"""
    j = i + len(w)
    if text.startswith(cues.compound_tails, j):
        return True  # 目标责任制, 计划管理: a longer noun
    if w not in cues.name_nouns:
        return False
    if j >= len(text) or text[j] not in cues.name_end:
        return False  # "计划新增…": it governs what follows
    head = text[max(text.rfind(c, 0, i) for c in CLAUSE_MARKS) + 1 : i]
    return any(v in head for v in cues.name_verbs)


def estimate_ended(site: Site, period: str, year: int | None) -> bool:
    """Had the period an estimate is about ended when the document was published?"""
    meta = site.doc.ctx.meta
    pub, month = meta.published_year, meta.published_month
    if year is None or pub is None:
        return False
    if year != pub:
        return year < pub
    ends = per_mod.end_month(period)
    return ends is not None and month is not None and month > ends


# ---- period ---------------------------------------------------------------------------------


def period_word(site: Site) -> PeriodMention | None:
    """The period word of the figure's clause, else (when no year is named between the name and
    the number) of the sentence's topic, before its first indicator."""
    if site.list_period is not None:
        return site.list_period
    doc, norm, s, n, gap_lo = site.doc, site.norm, site.s, site.n, site.gap_lo
    c0 = clause_start(norm, s.start, n.start)
    # from the clause start, or from the chain's previous number in the clause ("一季度增长5%、上半年增长6%");
    # a period before the name in its clause is the figure's ("，上半年全市固定资产投资增长11.3%")
    p = pick_period(doc, gap_lo if gap_lo > c0 and gap_lo != site.mention.end else c0, n.start)
    named_in_gap = [y for y in doc.years.within(gap_lo, n.start) if y.year and not y.baseline]
    if p is None and not named_in_gap and n.is_percent and site.mention.end < gap_lo <= c0:
        # "…，上半年已完成36.1亿元，增长8.2%": a rate chained to a level keeps the level's clause period
        lo = clause_start(norm, s.start, gap_lo - 1)
        nums = doc.num_spans.within(lo, gap_lo)
        if nums and not nums[-1].is_percent:
            prev = [q for q in doc.periods.within(lo, nums[-1].start) if not per_mod.is_baseline(norm, q.start)]
            p = prev[-1] if prev else None
    if p is None and not named_in_gap:
        first = doc.inds_in(s.full_start, s.full_end)
        topic_end = first[0].start if first else n.start
        plans = resources.periods().get("plans", {})
        p = None
        for q in reversed(doc.periods.within(s.full_start, min(topic_end, n.start))):
            if _names_own_year(site, q):
                break  # "一季度…；2022年，全省…": the figure's own part names another time
            if any(y.year is not None and not y.baseline and not _binds_value(doc, y, n.start)
                   for y in doc.years.within(q.end, topic_end)):
                break  # "“十四五”时期主要目标：到2025年，…": a year framing the sentence after the plan
            if q.start < c0 and norm[q.start : q.end] in plans:
                continue  # "实现十四五良好开局，…": a plan named in passing; an earlier frame may still hold
            p = q  # "到十四五末，…，全面完成十四五各项任务，地区生产总值…": the frame
            break
    return p


def _binds_value(doc: Doc, y: per_mod.YearMention, hi: int) -> bool:
    """Does a value with a unit follow the year `y` in its own clause (before `hi`)?"""
    end = clause_end(doc.tm.norm, y.end, hi)
    return any(x.family is not None or x.magnitude for x in doc.num_spans.within(y.end, end))


def _passing(site: Site, p: PeriodMention) -> bool:
    """Is the plan `p` named in passing, in an earlier clause about another value ("一年增加1633亿元、
    接近“十三五”五年增量总和；规上工业增加值从1677亿元跃升到2005亿元"): neither in the sentence's first
    clause, nor in the figure's clause or the lead clauses framing it (document._lead_start)?"""
    norm, s = site.norm, site.s
    c = clause_start(norm, s.full_start, p.start)
    if c == s.full_start and not any(x.family is not None or x.magnitude
                                     for x in site.doc.num_spans.within(c, clause_end(norm, p.end, s.full_end))):
        return False  # "“十三五”时期，…": the sentence's frame
    own = clause_start(norm, s.start, min(site.mention.start, site.n.start))
    return p.start < _lead_start(site, own)


def _since_end(site: Site) -> tuple[int | None, Rule] | None:
    """'十四五以来', '党的十八大以来', '2014年以来' in the figure's sentence (or opening its review
    stretch): a span running to the time of writing, which ends in the document's own year when
    that year had ended at publication (a communiqué, a January work report), else in the last
    year ended before publication (periods.yaml since_words)."""
    norm, ctx = site.norm, site.doc.ctx
    since = tuple(resources.periods().get("since_words", []))
    spans = [(site.s.full_start, site.n.start)]
    if site.review is not None:
        spans.append((site.review.opener.start, site.review.opener.end + 4))
    word = next((w for lo, hi in spans for w in since if w in norm[lo:hi]), None)
    if word is None:
        return None
    pub = ctx.meta.published_year
    year = ctx.actual_year if pub is None or (ctx.actual_year is not None and ctx.actual_year < pub) else pub - 1
    return year, Rule("year", "since_span", word)


def _reference_year(site: Site, status: Status) -> int | None:
    named = _named_years(site, site.s.full_start)
    if named:
        return named[-1]
    return site.doc.ctx.target_year if status is Status.TARGET else site.doc.ctx.actual_year


def _growth_since(site: Site, status: Status) -> int | None:
    """'比2015年增长35%', '与2015年相比，…分别增长…': the baseline year (in the figure's clause or in
    the lead clauses framing it), when it lies two or more years before the figure's."""
    c0 = clause_start(site.norm, site.s.start, site.n.start)
    # the lead clauses before the name's clause frame it too ("与2010年相比，地区生产总值达到…，增长80%")
    named = clause_start(site.norm, site.s.start, min(site.mention.start, site.n.start))
    lo = min(c0, site.gap_lo, _lead_start(site, min(c0, named)))
    base = [y.year for y in site.doc.years.within(lo, site.n.start) if y.baseline and y.year]
    ref = _reference_year(site, status)
    if base and ref is not None and ref - base[-1] >= 2:
        return base[-1]
    return None


def _lead_start(site: Site, own: int) -> int:
    """Where the lead clauses before the clause at `own` begin: clauses without a name or number
    ("到2020年，", "2022年，", "与2010年相比，") frame the clauses after them."""
    norm, s, doc = site.norm, site.s, site.doc
    while own - 1 > s.start:
        lo = clause_start(norm, s.start, own - 1)
        if doc.inds_in(lo, own) or any(x.family or x.magnitude for x in doc.num_spans.within(lo, own)):
            break
        own = lo
    return own


def _names_own_year(site: Site, p: PeriodMention) -> bool:
    """Is a year named after the period word `p`, in the figure's own clause or at the head of
    its part of the sentence (after ；)?"""
    norm, s, doc = site.norm, site.s, site.doc
    own = _lead_start(site, clause_start(norm, s.start, min(site.mention.start, site.n.start)))
    return any(y.year is not None and not y.baseline and y.start >= max(p.end, own)
               for y in doc.years.within(s.full_start, site.n.start)) or bool(_own_relative_years(site, p.end))


def _own_relative_years(site: Site, lo: int = 0) -> list[int]:
    """The years named relative to publication (今年目标增长6%, 去年增长5%) in the figure's own clause and
    the lead clauses framing it (after `lo`): a time of the figure's own, not the sentence's opening
    period. Not a baseline (比上年), nor a year of the same period (去年同期), nor a span's start (今年以来)."""
    norm, s, doc = site.norm, site.s, site.doc
    own = max(lo, _lead_start(site, clause_start(norm, s.start, min(site.mention.start, site.n.start))))
    words = tuple(resources.periods().get("same_period_words", [])) + tuple(resources.periods().get("since_words", []))
    pub = doc.ctx.meta.published_year
    ctx_words = _contextual_years()
    return [y for y in (per_mod.resolve_relative_year(x.relative, pub) for x in doc.years.within(own, site.n.start)
                        if x.relative and x.relative not in ctx_words and not x.baseline
                        and not norm.startswith(words, x.end)) if y is not None]


@cache
def _contextual_years() -> tuple[str, ...]:
    """periods.yaml contextual_years: 当年, the year the text is about, not the publication's."""
    return tuple(resources.periods().get("contextual_years") or ())


def _from_relative_year(site: Site) -> bool:
    """Does the change start at a year named relative to this one (由上年…, 从去年的…)?"""
    doc, norm = site.doc, site.norm
    return any(y.relative and norm.endswith(doc.cues.range_start, site.s.start, y.start)
               for y in doc.years.within(site.s.start, site.n.start))


def _from_part_of_year(site: Site) -> bool:
    """Does the change start at a part of the year (增速从1-4月份的-29.8%逐月回升至-9.2%)? Then it is
    a change within the year, not over several."""
    norm, s, n = site.norm, site.s, site.n
    k = max(norm.rfind(w, s.start, n.start) for w in site.doc.cues.range_start)
    return k >= 0 and any(p.sub_annual for p in site.doc.periods.within(k, n.start))


def _named_years(site: Site, lo: int, ends_only: bool = False, same_period: bool = True,
                 free: bool = False) -> list[int]:
    """Years written out (2022年, not 比上年) in the figure's sentence from `lo` up to the number;
    with `ends_only`, not those starting a span (2012年以来); without `same_period`, not those
    naming the document's own period in another year (2023年同期); with `free`, not those dating
    another value than the figure's (从2020年的4726亿元…: document.dated_value)."""
    doc, norm = site.doc, site.norm
    since = tuple(resources.periods().get("since_words", []))
    same = tuple(resources.periods().get("same_period_words", []))
    return [y.year for y in doc.years.within(lo, site.n.start)
            if y.year is not None and not y.baseline and not doc.in_book(y.start)
            and not (ends_only and norm.startswith(since, y.end))
            and (same_period or not (same and norm.startswith(same, y.end)))
            and not (free and dated_value(doc, y) not in (None, site.n.start))]


def _year_on_year(site: Site) -> bool:
    """Is the figure's ；-unit, after the sentence opening its review stretch (五年来，…), compared with
    the year before ("社会消费品零售总额1496.7亿元，比上年下降2.1%")? Then it is that year's, not the span's."""
    if site.review is None or site.s.full_start <= site.review.start:
        return False
    words = resources.periods().get("year_on_year_words") or ()
    unit = site.norm[site.s.start : site.s.end]
    return any(w in unit for w in words)


def _plan_closing(doc: Doc) -> PeriodMention | None:
    """A plan named in a document about a year read from its own text (its title or opening) that ends
    in that year ("“十三五”…" in a piece on 2020): the document closes the plan, so its spans without
    named years (五年来, 五年累计) end in that year."""
    ctx = doc.ctx
    if ctx.year_rule not in ("title_year", "opening_year") or ctx.actual_year is None:
        return None
    return next((x for x in doc.periods.items if x.end_year == ctx.actual_year
                 and any(w in doc.tm.norm[x.start : x.end] for w in resources.periods().get("plans", {}))
                 and not per_mod.is_baseline(doc.tm.norm, x.start)), None)


def decide_period(site: Site, status: Status, p: PeriodMention | None, range_end: bool) -> tuple[str, Rule] | None:
    """The figure's period and its rule; None for 当月 in a document whose period names no month."""
    doc, norm, gap = site.doc, site.norm, site.gap
    avg = next((w for w in doc.cues.annual_average if w in gap), None)
    if avg:
        return "multi-year", Rule("period", "annual_average", avg)
    raw = norm[site.n.start : site.n.end]
    if site.n.is_percent and raw.endswith((doc.cues.multiple_unit, "番")):
        return "multi-year", Rule("period", "multiple_growth", raw)
    if site.n.is_percent and _growth_since(site, status):
        return "multi-year", Rule("period", "growth_since_year", str(_growth_since(site, status)))
    if p is not None and p.period == per_mod.CURRENT_MONTH:
        month = per_mod.month_of(doc.ctx.period)
        return (month, Rule("period", "current_month", norm[p.start : p.end])) if month else None
    if p is not None:
        return p.period, Rule("period", "period_word", norm[p.start : p.end])
    if site.review is not None and not _named_years(site, site.s.full_start, free=True) and not _year_on_year(site):
        o = site.review.opener
        return "multi-year", Rule("period", "review_span", norm[o.start : o.end])
    if range_end and not YEAR_WORD.search(site.gap) and not _from_part_of_year(site):
        if _from_relative_year(site):  # "由上年的520家增加到610家": this year's level
            return "year", Rule("period", "from_last_year", "")
        ends = _named_years(site, site.s.full_start, ends_only=True)
        if ends:  # "2002年至2022年，…从886亿元增加到7351亿元": the end year's level
            return "year", Rule("period", "named_years_change", str(ends[-1]))
        return "multi-year", Rule("period", "unnamed_years_change", "")
    span = per_mod.year_span_pattern()
    if span is not None and span.search(norm, site.s.full_start, site.n.start) and not site.n.is_percent:
        # "2016年至2020年，…累计完成1800亿元": a level over a span of named years
        return "multi-year", Rule("period", "year_span", "")
    cum = next((w for w in doc.cues.cumulative_words if w in gap), None)
    if cum and status is Status.TARGET and not site.n.is_percent and (
            _coming_span(site, status) is not None
            or any(y > (doc.ctx.target_year or 9999) for y in _named_years(site, site.s.full_start))):
        # "未来五年…到2021年，…固定资产投资累计超过1000亿元": a sum over the plan's years
        return "multi-year", Rule("period", "cumulative_plan", cum)
    if doc.ctx.period != "year" and status is not Status.TARGET and site.mention.indicator not in _annual_only():
        named = _named_years(site, site.s.full_start, same_period=False) + _own_relative_years(site)
        own = doc.ctx.period_year or doc.ctx.actual_year
        if not [y for y in named if y != own] and _in_period_year(site, named):
            # a sentence naming another year is not about the document's period
            q = _paragraph_period(site)
            if q is not None and q.period != doc.ctx.period:
                # "（六）一季度，全县农村居民人均可支配收入…。全体居民人均可支配收入…": the paragraph's period
                return q.period, Rule("period", "paragraph_period", norm[q.start : q.end])
            return doc.ctx.period, Rule("period", "document_period", doc.ctx.period_source)
    return "year", Rule("period", "default_year", "")


_ITEM_MARK = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]")


def _paragraph_period(site: Site) -> PeriodMention | None:
    """A sub-annual period word that is the whole first clause of the figure's paragraph (after an item
    mark: "（六）一季度，…"), when the figure's sentence is a later one of that paragraph."""
    doc, norm = site.doc, site.norm
    paras = doc.tm.paragraphs
    k = bisect_right(paras, site.s.full_start) - 1
    if k < 0 or paras[k] >= site.s.full_start:
        return None  # the figure's sentence opens its paragraph
    lo = paras[k]
    m = _ITEM_MARK.match(norm, lo)
    if m is not None:
        lo = m.end()
    ps = doc.periods.within(lo, min(lo + 8, site.s.full_start))
    if not ps or ps[0].start != lo or not ps[0].sub_annual or norm[ps[0].end : ps[0].end + 1] not in ",，":
        return None
    return ps[0]


@cache
def _annual_only() -> frozenset[str]:
    """Indicators a sub-annual document's period does not reach (periods.yaml annual_only_ids)."""
    return frozenset(resources.periods().get("annual_only_ids") or ())


def _in_period_year(site: Site, named: list[int]) -> bool:
    """Is the figure about the year the title's period belongs to? Always, unless the title gives its
    period to a later year than its first ("2012年财政决算和2013年上半年预算执行情况"): then only a
    sentence naming that year or a section headed by it is."""
    py = site.doc.ctx.period_year
    if py is None or py in named:
        return True
    sec = site.section()
    return sec is not None and sec.year == py


# ---- year -----------------------------------------------------------------------------------


def decide_year(site: Site, period: str, status: Status, p: PeriodMention | None) -> tuple[int | None, Rule]:
    doc, norm, s, n = site.doc, site.norm, site.s, site.n
    ctx, meta = doc.ctx, doc.ctx.meta
    if site.list_year is not None and period == "year":
        return site.list_year, Rule("year", "pairing_list", str(site.list_year))
    sec = site.section()
    # a title or heading glued to the first sentence (no stop after it) is not the sentence's year
    lo = max(s.full_start, sec.head_end if sec is not None and sec.head_end <= n.start else 0)
    ys = [y for y in doc.years.within(lo, n.start) if not y.baseline and not doc.in_book(y.start)
          and not (y.relative and norm.endswith(doc.cues.range_start, s.start, y.start))  # 由上年…: a start
          and not norm.endswith(doc.cues.range_start, 0, y.start)  # 从2011年的…: the start of a change
          and not per_mod.starts_span(norm, y.end)  # 自2014年以来…: where a span starts, not the figure's year
          and not (y.relative and y.relative in _contextual_years())]  # 当年: the year named before it, the section's or the document's
    if period == "multi-year":
        named = [y for y in ys if y.year is not None]
        since_at = max((y.start for y in doc.years.within(lo, n.start) if per_mod.starts_span(norm, y.end)), default=-1)
        if named and since_at > named[-1].start:  # "2005-2014年…；2015年…以来，近5年…": the later span's
            named = []
        plans = [x for x in doc.periods.within(s.full_start, n.start)
                 if x.end_year and not per_mod.is_baseline(norm, x.start)  # not "比十一五增长…"
                 and not _passing(site, x)]
        if site.review is not None and site.review.opener.end_year and not plans:
            plans = [site.review.opener]
        multiple = norm[n.start : n.end].endswith((doc.cues.multiple_unit, "番"))
        counted = any(w in site.gap for w in doc.cues.annual_average_counted)  # 两年平均增长
        coming = _coming_span(site, status) if not named and not plans else None
        if coming is not None:
            return coming
        since = _since_end(site) if not named and not plans else None
        if since is not None:
            return since
        if not named and not plans and (counted or (n.is_percent and (multiple or _growth_since(site, status)))):
            return _reference_year(site, status), Rule("year", "growth_since_year", "")
        if named:
            return named[-1].year, Rule("year", "named_end_year", norm[named[-1].start : named[-1].end])
        if plans:
            return plans[-1].end_year, Rule("year", "plan_end", norm[plans[-1].start : plans[-1].end])
        if status is Status.TARGET and sec is not None and sec.rule == "section_heading" and sec.evidence:
            end = per_mod.plan_end_year(sec.evidence)  # under “十四五”时期…主要目标: the plan's span
            if end is not None:
                return end, Rule("year", "section_plan_end", sec.evidence)
        if doc.cues.years_rule(meta.doc_type) == "work_report":
            return ctx.actual_year, Rule("year", "work_report_review", "")
        closing = _plan_closing(doc) if status is Status.ACTUAL else None
        if closing is not None:
            return ctx.actual_year, Rule("year", "plan_closing", norm[closing.start : closing.end])
        return None, Rule("year", "unpinned", "")
    if p is not None and p.end_year and period == "year":  # 到十四五末
        return p.end_year, Rule("year", "plan_end", norm[p.start : p.end])
    c0 = clause_start(norm, s.start, n.start)
    if ys and ys[-1].start < c0 and doc.periods.within(c0, n.start):
        # "在2022年完成1708亿元高基数的情况下，全年完成1870亿元、增长9.5%": a year inside an earlier
        # clause, bound to a value of its own there, is that value's; the figure's clause names its
        # own period. A year heading the sentence ("2022年全区…，全年…") still sets it.
        ys = [y for y in ys if (y.start < c0 and clause_start(norm, s.full_start, y.start) == y.start)
              or not _binds_value(doc, y, c0)]
    if ys:
        y = ys[-1]
        if y.year is not None:
            return y.year, Rule("year", "sentence_year", norm[y.start : y.end])
        return per_mod.resolve_relative_year(y.relative, meta.published_year), Rule("year", "relative_year", y.relative)
    coming = _coming_span(site, status)
    if coming is not None:
        return coming
    if sec is not None and sec.year is not None:
        return sec.year, Rule("year", "section_year", str(sec.year))
    if status is Status.TARGET:
        return ctx.target_year, Rule("year", "document_target", ctx.year_rule)
    year = ctx.actual_year
    ends = per_mod.end_month(period)
    month = meta.published_month
    if (period not in ("year", "multi-year") and ends and ctx.period == "year" and year is not None
            and meta.published_year is not None and year < meta.published_year
            and doc.cues.years_rule(meta.doc_type) == "retrospective"):
        # a review of a whole past year (an annual communiqué in March): its quarters are that year's
        return year, Rule("year", "period_ended", period)
    if (period not in ("year", "multi-year") and ends and ctx.year_rule != "title_year"
            and meta.published_year is not None and month):
        # a part of a year: the last one that had ended by publication (a Q1 report in June is
        # about this year's Q1, a 1-11月 analysis in January about last year's)
        if month >= ends:
            return meta.published_year, Rule("year", "period_ended", period)
        return meta.published_year - 1, Rule("year", "period_not_ended", period)
    explicit = p is not None and (p.sub_annual or per_mod.names_whole_year(norm[p.start : p.end]))
    if (explicit and ends and year is not None and year == meta.published_year and meta.published_month
            and meta.published_month < ends):
        return year - 1, Rule("year", "period_not_ended", norm[p.start : p.end] if p else "")
    return year, Rule("year", "document_actual", ctx.year_rule)


def _coming_span(site: Site, status: Status) -> tuple[int | None, Rule] | None:
    """A target in a sentence that opens with a span still to come ("未来五年，…达到1000亿元", before
    its first indicator name): the span's last year (periods.yaml coming_span)."""
    target = site.doc.ctx.target_year
    if status is not Status.TARGET or target is None:
        return None
    s = site.s
    first = site.doc.inds_in(s.full_start, s.full_end)
    found = per_mod.coming_span(site.norm, s.full_start, min(first[0].start if first else site.n.start, site.n.start))
    if found is None:
        return None
    return target + found[1] - 1, Rule("year", "coming_span", found[0])


# ---- region ---------------------------------------------------------------------------------

RegionRule = Callable[[Site], "tuple[str | None, Rule] | None"]


def region_from_list(site: Site) -> tuple[str | None, Rule] | None:
    """'杭州、宁波分别增长…': the region listed with the number."""
    if site.list_region:
        return site.list_region, Rule("region", site.list_region_rule, site.list_region)
    return None


def _excluded(norm: str, lo: int, at: int) -> bool:
    """Is the region starting at `at` named inside brackets after an exclusion word (（不含…）)?"""
    return bracketed_after(norm, lo, at, load_scope().exclusion_words)


def _verb_and_stem(site: Site, end: int, hi: int | None = None) -> bool:
    """Is the text from a region's end to the number (or to `hi`) a result verb and the tail of the
    figure's name ("在全市固定资产投资中，温岭市完成投资245.6亿元": 投资 of 固定资产投资), so the
    number is that region's?"""
    if site.mention.end > end:
        return False
    gap = site.norm[end : site.n.start if hi is None else hi]
    alias = site.mention.alias
    verb = next((v for v in sorted(site.doc.cues.item_verbs, key=len, reverse=True) if gap.startswith(v)), None)
    rest = gap[len(verb):] if verb else ""
    return len(rest) >= 2 and alias.endswith(rest) and len(rest) < len(alias)


def _glossed(norm: str, lo: int, r: reg_mod.RegionMention, name_start: int) -> bool:
    """Is region r named inside a bracket that closes before the name at `name_start` and glosses
    the word before it (中心城区（章贡区、南康区）实现地区生产总值…, 萧山区（含经开区）实现…)?"""
    k = max(norm.rfind("（", lo, r.start), norm.rfind("(", lo, r.start))
    if k <= lo or norm[k - 1] in load_scope().boundary or name_start <= r.end:
        return False
    if max(norm.find("）", k, r.start), norm.find(")", k, r.start)) >= 0:
        return False  # the bracket closed before the region
    close = _BRACKET_CLOSE.search(norm, r.end, name_start)
    return close is not None


def _item_head(site: Site, r: reg_mod.RegionMention) -> bool:
    """Does region r head an elliptical item of the figure's name, a number right after it
    ("顺德区地区生产总值4166.1亿元，增长1.7%，南海区3910.9亿元，增长2.4%": 南海区 owns 2.4% too)?"""
    if r.start < site.mention.end:
        return False
    if number_right_after(site.doc, r.end):
        return True
    after = [x for x in site.doc.num_spans.touching(r.end, min(len(site.norm), r.end + 12)) if x.start >= r.end]
    return bool(after) and _verb_and_stem(site, r.end, after[0].start)  # 温岭市完成投资245.6亿元，增长6.2%


_BRACKET_CLOSE = re.compile(r"[)）]")
_BRACKET_MAX = 12  # the longest bracket after a region's name that _heads_name passes over


def _heads_name(doc: Doc, region_end: int, name_start: int) -> bool:
    """Is a region ending at `region_end` the subject of the name starting at `name_start`: only a
    period, a year and a verb between them ("海口市上半年实现地区生产总值…", "江油市今年1—6月完成…"),
    after a bracket right behind the region's name (浏阳经开区（高新区）1至10月实现…: its other name)?"""
    norm = doc.tm.norm
    if region_end < name_start and norm[region_end] in "（(":
        close = _BRACKET_CLOSE.search(norm, region_end + 1, name_start)
        if close is not None and close.start() - region_end <= _BRACKET_MAX:
            region_end = close.end()
    gap = name_start - region_end
    return 0 <= gap <= 4 or (gap <= 12 and not leftover(doc, region_end, name_start))


def region_from_mention(site: Site) -> tuple[str | None, Rule] | None:
    """The last region named before the number in its sentence that is the figure's subject: a
    relative name (全市), or a name right before the indicator or the number."""
    doc, s, n, mention = site.doc, site.s, site.n, site.mention
    valid = []
    states = load_scope().region_states
    names = doc.inds_in(s.start, s.end)
    for r in doc.regions.within(s.start, n.start):
        if not (s.start <= r.start and r.end <= n.start) or mention.start <= r.start < mention.end:
            continue
        if doc.in_book(r.start):
            continue
        if any(m.start <= r.start < m.end for m in names):
            continue  # part of a name: 浙江省“专精特新”中小企业
        if _excluded(site.norm, s.start, r.start):
            continue  # "全市（不含某某经开区）…": the region left out of the figure
        if r.start > s.start and site.norm[r.start - 1] in "（(" and doc.regions.touching(r.start - 2, r.start - 1):
            continue  # 浏阳经开区（浏阳高新区）…: the other name of the region before the bracket
        if _glossed(site.norm, s.start, r, mention.start):
            continue  # 中心城区（章贡区、南康区）实现…, 萧山区（含经开区）…: a region in a bracket glossing the subject
        near_num = ((0 <= n.start - r.end <= 2 and not any(c in ",;，；" for c in site.norm[r.end : n.start]))
                    or _verb_and_stem(site, r.end)
                    or level_of(site.norm, r.end, n.start)
                    or (states is not None and r.end <= n.start and states.fullmatch(site.norm, r.end, n.start) is not None))
        if not near_num and site.norm.endswith(load_scope().region_not_after, max(s.start, r.start - 3), r.start):
            continue  # "比全市高5.5个百分点", "排名全市各区第一": a baseline or a ranking, not the subject
        if not r.relative:
            nxt = doc.inds_in(r.end, min(len(site.norm), r.end + 40))
            near_ind = bool(nxt) and nxt[0].start == mention.start and _heads_name(doc, r.end, nxt[0].start)
            # a unit naming no indicator goes on with a carried one (从总量看，…；响水县总量最小，为403.6亿元):
            # the region opening the unit is its subject
            carried = mention.end <= s.full_start and r.start == s.start
            if not (near_ind or near_num or carried or _item_head(site, r)):
                continue
        valid.append(r)
    if valid:
        r = valid[-1]
        if r.relative and (part := _part_topic(site, r.end)) is not None:
            return part  # 全县…，其中，城关镇依托…，…: the township's
        return r.name, Rule("region", "mention", site.norm[r.start : r.end])
    return None


def _figures_before(doc: Doc, lo: int, hi: int) -> bool:
    """Does norm[lo:hi] hold a number that is no year's and no period's (2023年, 1—11月 hold none)?"""
    return any(not doc.years.touching(x.start, x.end) and not doc.periods.touching(x.start, x.end)
               for x in doc.num_spans.within(lo, hi))


def region_from_sentence_subject(site: Site) -> tuple[str | None, Rule] | None:
    """'上半年，甘孜州地区生产总值…；城镇居民人均可支配收入…': a later ；-unit of a sentence whose first
    figure's clause opens with a region inside the document's (a province's paper on one of its
    prefectures; 全州 resolved to it; a zone named in the text) goes on about that region, unless the
    unit names one of its own."""
    doc, s, norm = site.doc, site.s, site.norm
    here = doc.ctx.meta.region
    if s.start == s.full_start or not here or doc.regions.within(s.start, site.n.start):
        return None
    first = doc.inds_in(s.full_start, s.start)
    if not first:
        return None
    c0 = clause_start(norm, s.full_start, first[0].start)
    if _figures_before(doc, s.full_start, c0):
        return None  # figures (not a year, not a period: 1—11月) come before the subject's clause
    regs = [r for r in doc.regions.within(c0, first[0].start) if not doc.in_book(r.start)]
    if not regs or not _heads_name(doc, regs[-1].end, first[0].start) or reg_mod.is_ranking(norm, regs[-1].end):
        return None
    r = regs[-1]
    if not reg_mod.is_sub_region(r.name, here):
        return None  # the document's own region, or one above it (全市 in a district's paper); a zone the
        # region table does not know (长春新区 in 长春市's paper) is inside it
    return r.name, Rule("region", "mention", norm[r.start : r.end])


def region_from_carried(site: Site) -> tuple[str | None, Rule] | None:
    """'加快前海片区建设。…。增加值突破1000亿元，税收超过170亿元': a sentence without a subject of its own
    (document.carried_topic) goes on about the zone an earlier sentence of its paragraph named."""
    if site.carried_region:
        return site.carried_region, Rule("region", "carried_topic", site.carried_region)
    return None


def region_from_subject(site: Site) -> tuple[str | None, Rule] | None:
    """'前三季度，新区规上工业增加值增长12.4%，固定资产投资增长9.1%': a sentence (to its ；) whose first
    figure's clause opens with another region as its subject goes on about that region in its later
    clauses, unless they name one of their own."""
    doc, s, norm = site.doc, site.s, site.norm
    first = doc.inds_in(s.start, s.end)
    if not first:
        return None
    c0, c1 = clause_start(norm, s.start, first[0].start), clause_end(norm, first[0].start, s.end)
    if clause_start(norm, s.start, site.mention.start) <= c1 or _figures_before(doc, s.start, c0):
        return None  # the figure is in that clause (region_from_mention decides), or figures come before it
    if doc.regions.within(clause_start(norm, s.start, site.n.start), site.n.start):
        return None
    regs = [r for r in doc.regions.within(c0, first[0].start) if not r.relative and not doc.in_book(r.start)]
    if not regs or regs[-1].name == doc.ctx.meta.region or not _heads_name(doc, regs[-1].end, first[0].start):
        return None
    if reg_mod.is_ranking(norm, regs[-1].end) or not doc.num_spans.within(first[0].end, c1):
        return None  # a ranking scope, or a clause that states no figure: no subject set
    r = regs[-1]
    return r.name, Rule("region", "mention", norm[r.start : r.end])


def region_from_opener(site: Site) -> tuple[str | None, Rule] | None:
    """'分产业看，…' without a region of its own: the region the previous sentence named."""
    doc, s = site.doc, site.s
    norm = site.norm
    openers = load_scope().breakdown_openers
    if not norm.startswith(openers, s.full_start) or doc.regions.within(s.full_start, site.n.start):
        return None
    opener = next(w for w in openers if norm.startswith(w, s.full_start))
    prev = previous_full(doc, s)
    if prev is None:
        return None
    nums = doc.num_spans.within(prev[0], prev[1])
    end = nums[0].start if nums else prev[1]
    regs = [r for r in doc.regions.within(prev[0], end) if not doc.in_book(r.start)]
    if regs and regs[-1].name != doc.ctx.meta.region:
        return regs[-1].name, Rule("region", "breakdown_opener", opener)
    return None


def _ranked_or_selected(clause: str) -> bool:
    """Does the rest of a clause rank, compare or select its region (…入选全市十大集聚区, …位居全县第一):
    scope.yaml region_not_after, its words of two or more characters."""
    return any(len(w) > 1 and w in clause for w in load_scope().region_not_after)


@cache
def _lead_words_set() -> frozenset[str]:
    """The scope and lead words (scope.yaml) as a set: a clause of only one of them (其中，) is no topic."""
    return frozenset(load_scope().allowed)


def region_from_topic(site: Site) -> tuple[str | None, Rule] | None:
    """A sentence whose first clause names a zone inside the document's region ("前海…展现新面貌，…，
    完成固定资产投资500亿元") is about that zone: its figures are the zone's, unless their own
    clause names a region (region_from_mention decides those first). So is the rest of a sentence
    from a clause opened by 其中 that opens with a township or a zone (…增长10.3%，其中，甲玛乡依托乡村旅游，
    农牧民人均可支配收入增幅超过12%)."""
    doc, s, norm = site.doc, site.s, site.norm
    here = doc.ctx.meta.region
    if not here:
        return None
    lo = s.full_start
    first_end = clause_end(norm, lo, s.full_end)
    if norm[lo:first_end] in _lead_words_set():  # "其中，甲玛乡依托乡村旅游，…": the clause after it
        lo = first_end + 1
        first_end = clause_end(norm, lo, s.full_end)
    if first_end >= site.mention.start:
        return None  # the name is in the topic clause itself: region_from_mention has decided
    found = _topic_in(site, lo, first_end)
    return found if found is not None else _part_topic(site, first_end)


def _part_topic(site: Site, after: int) -> tuple[str | None, Rule] | None:
    """The township or zone that a clause opened by 其中 after norm[after] and before the figure's clause
    opens with (…，其中，甲玛乡依托乡村旅游，农牧民人均可支配收入增幅超过12%)."""
    norm = site.norm
    k = norm.rfind("其中", after, site.mention.start)
    if k < 0:
        return None
    lo = k + 2 + (norm[k + 2] in "，," if k + 2 < site.mention.start else 0)
    end = clause_end(norm, lo, site.s.full_end)
    return _topic_in(site, lo, end) if end < site.mention.start else None


def _topic_in(site: Site, lo: int, end: int) -> tuple[str | None, Rule] | None:
    """The zone or township that norm[lo:end], a topic clause, is about."""
    doc, norm = site.doc, site.norm
    here = doc.ctx.meta.region
    for r in doc.regions.within(lo, end):
        if (not r.relative and r.name != here and not doc.in_book(r.start)
                and ((reg_mod.level_of(r.name) == "zone" and here in reg_mod.ancestors(r.name))
                     # or a zone or township named in the text that opens the clause (道真县工业园区入驻企业…,)
                     or (reg_mod.lookup(r.name) is None and reg_mod.is_topic_name(r.name)
                         and reg_mod.past_leading(norm, lo, r.start) == r.start
                         and not _ranked_or_selected(norm[r.end : end])))):
            return r.name, Rule("region", "sentence_topic", norm[r.start : r.end])
    return None


def region_from_paragraph(site: Site) -> tuple[str | None, Rule] | None:
    """A paragraph, or the stretch under a heading, headed by a sub-region's name gives it its figures."""
    if site.s.paragraph in site.doc.para_region:
        name, head = site.doc.para_region[site.s.paragraph]
        return name, Rule("region", "paragraph_heading", head)
    for start, end, name, head in site.doc.head_region:
        if start <= site.n.start < end:
            return name, Rule("region", "paragraph_heading", head)
    return None


def region_of_document(site: Site) -> tuple[str | None, Rule] | None:
    region = site.doc.ctx.meta.region
    return region, Rule("region", "document", region or "")


REGION_RULES: Sequence[RegionRule] = (region_from_list, region_from_mention, region_from_subject, region_from_sentence_subject,
                                      region_from_carried, region_from_opener,
                                      region_from_topic, region_from_paragraph, region_of_document)


def decide_region(site: Site, chain: Sequence[RegionRule] = REGION_RULES) -> tuple[str | None, Rule]:
    """The first rule of the chain that names a region decides it."""
    for rule in chain:
        found = rule(site)
        if found is not None:
            return found
    return site.doc.ctx.meta.region, Rule("region", "document", site.doc.ctx.meta.region or "")


# ---- qualifier ------------------------------------------------------------------------------


def decide_qualifier(site: Site) -> tuple[Qualifier, Rule]:
    """The number's own qualifier word; a 分别 list's qualifier after its last number applies to
    every number of the list."""
    n = site.n
    q = n.qualifier
    if site.list_qualifier and site.list_qualifier != "exact" and q == "exact":
        return _qualifier(site.list_qualifier), Rule("qualifier", "pairing_list", site.list_qualifier)
    if n.qualifier_word:
        return _qualifier(q), Rule("qualifier", "word", n.qualifier_word)
    return _qualifier(q), Rule("qualifier", "default_exact", "")


_QUALIFIERS = {q.value: q for q in Qualifier}


def _qualifier(value: str) -> Qualifier:
    """Qualifier(value), by a dict (calling an enum class to find a member is slow); an unknown
    value still raises as Qualifier(value) does."""
    return _QUALIFIERS.get(value) or Qualifier(value)


# ---- confidence -----------------------------------------------------------------------------


def confidence(doc: Doc, rules: Sequence[Rule]) -> float:
    """base minus the weight of each deciding rule (cues.yaml confidence), never below floor."""
    cues = doc.cues
    score = cues.confidence_base - sum(cues.confidence_weights.get(f"{r.field}.{r.rule}", 0.0) for r in rules)
    return round(max(score, cues.confidence_floor), 2)
