"""Numbers whose indicator is not simply the name before them: 分别 lists, collective names,
shares of a denominator, counts written before the kind of enterprise they count."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from . import indicators as ind_mod
from .cues import Cues, any_word
from .document import (
    Doc,
    clause_end,
    clause_start,
    first_valid,
    is_reference,
    last_stop,
    leftover,
    valid_mention,
)
from .indicators import IndicatorMention
from .numbers import NumberMention
from .periods import PeriodMention
from .scope import is_ranking
from .structure import HEADING, SUB_HEADING, Sentence

CLOSING_QUOTES = "”」』\"'"


@dataclass(frozen=True, slots=True)
class ListItem:
    """A number's partner in an 'A、B分别X、Y' list."""

    mention: IndicatorMention | None  # None: the listed name is not a catalog indicator
    region: str | None
    qualifier: str
    year: int | None = None  # "分别于2014年、2019年跨越3000亿元、4000亿元": the year listed with it
    period: PeriodMention | None = None  # "一季度、上半年、前三季度分别增长4.9%、5.2%、5.3%": its period


def listed_flows(norm: str, inds: list[IndicatorMention], numbers: list[NumberMention],
                 windows: list[tuple[int, int]]) -> list[IndicatorMention]:
    """'新增上市公司5家、规模以上工业企业99家': a flow word opening a clause governs the later items of its
    list of counts; an item naming the stem of a flow name (indicators.flow_stems) right after a listed
    number and its 、 is that flow name. The flow word must stand in the clause before the item, outside
    any name (城镇新增就业 is a name of its own)."""
    pat = ind_mod.flow_stem_pattern()
    if pat is None:
        return []
    stems = ind_mod.flow_stems()
    taken = {m.start for m in inds}
    starts = [w[0] for w in windows]
    out: list[IndicatorMention] = []
    for n in numbers:
        j = n.tail + 1
        if not norm.startswith("、", n.tail) or j in taken:
            continue
        w = bisect_right(starts, n.start) - 1
        if w < 0 or windows[w][1] <= j:
            continue
        lo, hi = windows[w]
        mm = pat.match(norm, j, hi)
        if mm is None:
            continue
        word, ind = stems[mm.group()]
        c0 = max(lo, last_stop(norm, lo, n.start) + 1)
        k = norm.find(word, c0, n.start)
        if k < 0 or any(m.start <= k < m.end for m in inds if c0 <= m.end and m.start < n.start):
            continue
        out.append(IndicatorMention(j, mm.end(), ind, word + mm.group()))
    return out


def complete_name(doc: Doc, part: str, last: IndicatorMention) -> IndicatorMention | None:
    """'城镇、农村居民人均可支配收入': 城镇 borrows the tail of the last name (城镇居民人均可支配收入)."""
    table = ind_mod.alias_table()
    for j in range(len(part)):  # "全年城镇、农村…": the member after a scope or period word
        for k in range(1, len(last.alias)):
            name = part[j:] + last.alias[k:]
            if name in table:
                return IndicatorMention(last.start, last.end, table[name], name)
    return None


def collective_list(doc: Doc, part: tuple[int, int], n: int,
                    joined: bool = False) -> list[tuple[IndicatorMention | None, str | None]] | None:
    """'城乡居民人均可支配收入分别…': one collective name standing for n listed indicators. With `joined`,
    only the collective words written as a list themselves (第一、二、三产业) are looked for."""
    text = doc.tm.norm[part[0] : part[1]]
    table = ind_mod.alias_table()
    for word, members in doc.cues.collective:
        if joined and not any(sep in word for sep in doc.cues.name_separators):
            continue
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


def _subject_before(doc: Doc, s: Sentence, c0: int) -> tuple[int, int] | None:
    """The names heading the clause before `c0` in the sentence, up to its first number (and the
    range word before it: 从/由)."""
    if c0 - 1 <= s.start:
        return None
    lo = clause_start(doc.tm.norm, s.start, c0 - 1)
    nums = doc.num_spans.within(lo, c0)
    hi = nums[0].start if nums else c0 - 1
    text = doc.tm.norm[lo:hi]
    for w in doc.cues.range_start:
        if text.endswith(w):
            hi -= len(w)
            break
    return (lo, hi) if lo < hi else None


def _by_year(doc: Doc, s: Sentence, k: int, lo: int, part: tuple[int, int], nums: list[NumberMention],
             out: dict[int, ListItem]) -> bool:
    """'X分别于2014年、2019年跨越3000亿元、4000亿元': each level with the year in its place. Fills
    `out` and returns True when the text after 分别 is such a list."""
    norm = doc.tm.norm
    after = [n for n in nums if n.start >= lo and (n.family is not None or n.magnitude)]
    if not after:
        return False
    years = _listed_years(doc, lo, after[0].start)
    if years is None:
        return False
    listed = [after[0]]
    for n in after[1:]:
        if norm[listed[-1].tail : n.start] not in doc.cues.number_separators:
            break
        listed.append(n)
    subject = _milestone_subject(doc, s, k, listed[0])
    if len(listed) != len(years) or subject is None:
        return True  # a list by year, but not of this indicator's milestones: nothing to pair
    rs = doc.regions.within(*part)
    region = rs[-1].name if rs and not rs[-1].relative else None
    q = listed[-1].qualifier if listed[-1].qualifier != "exact" else listed[0].qualifier
    for n, y in zip(listed, years, strict=True):
        out[n.start] = ListItem(subject, region, q, y)
    return True


def _years_before(doc: Doc, s: Sentence, k: int, listed: list[NumberMention], out: dict[int, ListItem]) -> bool:
    """'2011年和2012年，A分别增长10.2%和9.8%', 'A 2022年、2023年分别为…', '2021年至2023年，A分别增长…':
    the years listed before 分别 (at `k`), joined by list separators or spanning a range of as many
    years, each with its number, when one indicator alone is named before 分别. Fills `out` and
    returns True when the list is such a list."""
    norm, cues = doc.tm.norm, doc.cues
    ys = [y for y in doc.years.within(s.start, k) if y.year is not None]
    if len(ys) < 2:
        return False
    run = [ys[-1]]
    for y in reversed(ys[:-1]):  # the last run of years joined by separators (or one range)
        if norm[y.end : run[0].start] not in cues.name_separators:
            break
        run.insert(0, y)
    years = [y.year for y in run if y.year is not None]
    if len(run) == 1:
        a, b = ys[-2], ys[-1]
        if norm[a.end : b.start] not in cues.range_connectors or a.year is None or b.year is None:
            return False
        years = list(range(a.year, b.year + 1))
    if len(years) != len(listed):
        return False
    names = {x.indicator: x for x in doc.inds_in(s.start, k) if valid_mention(doc, x)}
    if len(names) != 1:
        return False
    subject = next(iter(names.values()))
    rs = [r for r in doc.regions.within(s.start, k) if not r.relative]
    region = rs[-1].name if rs else None
    q = listed[-1].qualifier if listed[-1].qualifier != "exact" else listed[0].qualifier
    for n, y in zip(listed, years, strict=True):
        out[n.start] = ListItem(subject, region, q, y)
    return True


def _listed_years(doc: Doc, lo: int, hi: int) -> list[int] | None:
    """'分别于2014年、2019年跨越…': the years listed right after 分别 (于/在 then years joined by
    separators), None when the text there is not such a list."""
    norm = doc.tm.norm
    ys = [y for y in doc.years.within(lo, hi) if y.year is not None]
    if len(ys) < 2 or norm[lo : ys[0].start] not in doc.cues.list_year_openers:
        return None
    for a, b in pairwise(ys):
        if norm[a.end : b.start] not in doc.cues.number_separators:
            return None
    return [y.year for y in ys if y.year is not None]


def _milestone_subject(doc: Doc, s: Sentence, k: int, n: NumberMention) -> IndicatorMention | None:
    """The indicator of a list of milestones by year: a name before 分别 in the sentence, else the
    first name of the previous sentence, when its unit is the numbers' and a milestone word
    (跨越, 突破…) stands before them."""
    from .document import canonical, previous_full
    from .scope import load_scope

    if not any(w in doc.tm.norm[k : n.start] for w in load_scope().milestone_before):
        return None
    ms = [x for x in doc.inds_in(s.full_start, k) if valid_mention(doc, x)]
    if not ms:
        prev = previous_full(doc, s)
        ms = [x for x in doc.inds_in(*prev) if valid_mention(doc, x)] if prev else []
    if not ms or canonical(ind_mod.unit_of(ms[0].indicator))[0] != n.family:
        return None
    return ms[0]


def _value_clauses(doc: Doc, s: Sentence, hi: int) -> list[tuple[IndicatorMention | None, str | None]]:
    """The clauses of the sentence before `hi` that state a value (a number with a unit), in
    order, each with the name heading it: None when there is no catalog name or it is a part
    (辖区…收入, 税收收入), so that the list's numbers still pair in order
    ("A 7238亿元，B 2727亿元，分别增长30.4%和30.9%": 30.4% is A's)."""
    norm = doc.tm.norm
    out: list[tuple[IndicatorMention | None, str | None]] = []
    i = s.start
    while i < hi:
        j = clause_end(norm, i, hi)
        nums = [n for n in doc.num_spans.within(i, j) if n.family is not None or n.magnitude]
        if nums:
            ms = [m for m in doc.inds_in(i, nums[0].start) if not doc.in_book(m.start)]
            out.append((ms[0] if ms and valid_mention(doc, ms[0]) else None, None))
        i = j + 1
    return out


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled regex for a word list (built once, not per sentence)."""
    return re.compile("|".join(map(re.escape, words)))


def fenbie_lists(doc: Doc, s: Sentence, nums: list[NumberMention],
                 carry: IndicatorMention | None = None) -> dict[int, ListItem]:
    """'A、B分别X、Y': pair the listed names (indicators or regions) with the numbers in order. Regions
    listed without a name in a later ；-unit are the last name's of the sentence's earlier units, and
    without any in their sentence, the subject it goes on with (`carry`: 从县（市、区）看，…)."""
    norm = doc.tm.norm
    out: dict[int, ListItem] = {}
    previous: list[tuple[IndicatorMention | None, str | None]] | None = None
    cues = doc.cues
    pairing, name_sep = _alternation(cues.pairing), _alternation(cues.name_separators)
    anchors = [(m.start(), m.end()) for m in pairing.finditer(norm, s.start, s.end)]
    anchors = sorted(anchors + _unmarked_lists(doc, s, nums, anchors))
    for k, k_end in anchors:
        c0 = clause_start(norm, s.start, k)
        parts: list[tuple[int, int]] = []
        p0 = c0
        lo, hi = c0, k
        if previous is None and c0 == k:
            # "城乡居民人均可支配收入从11746元、5690元，分别增加到…": the names head the clause before
            lo, hi = _subject_before(doc, s, c0) or (c0, k)
        b = bisect_right(doc.breaks, k - 1) - 1
        if b >= 0 and lo <= doc.breaks[b] < hi and (HEADING.match(norm, lo) or SUB_HEADING.match(norm, lo)):
            lo = doc.breaks[b] + 1  # a heading line glued to the list ("一、综合" + "A、B分别…"): not a name
        p0 = lo
        for mm in name_sep.finditer(norm[lo:hi]):
            if doc.regions.touching(lo + mm.start(), lo + mm.end()):
                continue  # a region's own first character (和龙市, 和平区), not a separator
            parts.append((p0, lo + mm.start()))
            p0 = lo + mm.end()
        parts.append((p0, hi))
        listed: list[NumberMention] = []
        for n in (n for n in nums if n.start >= k):
            if listed and not _joins_values(norm[listed[-1].tail : n.start], cues,
                                            verbs=_changes(norm[k_end : listed[0].start], cues)):
                break
            listed.append(n)
        if not listed:
            continue
        if len(parts) == 1 and _by_year(doc, s, k, k_end, parts[0], nums, out):
            continue
        if _years_before(doc, s, k, listed, out):
            continue
        collective = collective_list(doc, parts[0], len(listed)) if len(parts) == 1 else collective_list(
            doc, (parts[0][0], parts[-1][1]), len(listed), joined=True)  # 第一、二、三产业增加值分别…
        regions_before = _regions_ending_clause(doc, s, c0, len(listed)) if len(parts) == 1 and not collective else None
        if collective is not None:
            per_part = previous = collective
        elif regions_before is not None:
            # "…依次是建湖县、射阳县、大丰区，地区生产总值分别为712.6亿元、706.4亿元、702.9亿元"
            ms = [x for x in doc.inds_in(*parts[0]) if valid_mention(doc, x)]
            if not ms or doc.regions.within(*parts[0]):
                continue
            per_part = previous = [(ms[-1], r) for r in regions_before]
        elif len(parts) < 2:
            if previous is not None and len(previous) == len(listed):
                per_part = previous  # "…分别达到45620元和23110元，分别增长4.8%和6.9%"
            else:  # "财政总收入…，其中公共财政预算收入…，年均分别增长13.1%和13.0%"
                slots = _value_clauses(doc, s, c0)
                if len(slots) == len(listed):
                    per_part = slots  # one slot per clause stating a value, a breakdown's slot empty
                else:
                    subjects: list[IndicatorMention] = []
                    for x in doc.inds_in(s.start, k):
                        if valid_mention(doc, x) and x.indicator not in {y.indicator for y in subjects}:
                            subjects.append(x)
                    if len(subjects) != len(listed):
                        continue
                    per_part = [(x, None) for x in subjects]
        else:
            if len(listed) != len(parts):
                continue
            periods = _listed_periods(doc, parts)
            if periods is not None:
                # "分季度看，一季度、上半年、前三季度、全年分别增长…": the sentence's (or the carried) subject
                ms = [x for x in doc.inds_in(s.full_start, c0) if valid_mention(doc, x)]
                subject = ms[-1] if ms else carry
                if subject is not None:
                    q = listed[-1].qualifier if listed[-1].qualifier != "exact" else listed[0].qualifier
                    for n, per in zip(listed, periods, strict=True):
                        out[n.start] = ListItem(subject, None, q, period=per)
                continue
            found = []
            for a, b in parts:
                ms = [x for x in doc.inds_in(a, b) if valid_mention(doc, x)]
                rs = [r for r in doc.regions.within(a, b) if not (r.relative and is_ranking(norm, r.end))]
                found.append((ms[-1] if ms else None, rs[-1].name if rs else None))  # (not 位居全省前两位's 全省)
            last = next((f[0] for f in reversed(found) if f[0] is not None), None)
            if last is None and all(r for _, r in found):
                # "A、B、C分别实现地区生产总值712.6亿元、…": the name between 分别 and the numbers
                after = [x for x in doc.inds_in(k_end, listed[0].start) if valid_mention(doc, x)]
                last = after[-1] if after else None
            if last is None:
                prev = [x for x in doc.inds_in(s.start, c0) if valid_mention(doc, x)]
                last = prev[-1] if prev else None
            if last is None and all(r for _, r in found):
                # regions listed without a name ("；延川县、宜川县…分别下降3.2%、1.5%"): the name the
                # sentence's earlier units (or its topic, 从地区生产总值看，…) go on about
                prev = [x for x in doc.inds_in(s.full_start, s.start) if valid_mention(doc, x)]
                last = prev[-1] if prev else carry
            per_part = []
            for (a, b), (mention, region) in zip(parts, found, strict=True):
                if mention is None and region is None and last is not None:
                    mention = complete_name(doc, norm[a:b], last)
                elif mention is None:
                    mention = last
                per_part.append((mention, region))
            previous = per_part
        q = listed[-1].qualifier if listed[-1].qualifier != "exact" else listed[0].qualifier
        for n, (mention, region) in zip(listed, per_part, strict=True):
            out[n.start] = ListItem(mention, region, q)
        for n, (mention, region) in zip(_rates_after(doc, s, nums, listed, len(per_part)), per_part, strict=False):
            out.setdefault(n.start, ListItem(mention, region, n.qualifier))
    return out


def _listed_periods(doc: Doc, parts: list[tuple[int, int]]) -> list[PeriodMention] | None:
    """The periods a list names, one per part and nothing else in it (一季度、上半年、前三季度、全年), or None."""
    out = []
    for a, b in parts:
        ps = doc.periods.within(a, b)
        if len(ps) != 1 or ps[0].start != a or ps[0].end != b or ps[0].period == "multi-year":
            return None
        out.append(ps[0])
    return out


def _regions_ending_clause(doc: Doc, s: Sentence, c0: int, size: int) -> list[str] | None:
    """The `size` regions, joined by name separators, that end the clause before `c0` in the sentence
    ("第4至第6名分别是建湖县、射阳县、大丰区，…"), or None."""
    norm = doc.tm.norm
    if size < 2 or c0 - 1 <= s.start:
        return None
    lo = clause_start(norm, s.start, c0 - 1)
    rs = [r for r in doc.regions.within(lo, c0 - 1) if not r.relative]
    if len(rs) < size or norm[rs[-1].end : c0 - 1]:
        return None
    run = rs[-size:]
    if any(norm[a.end : b.start] not in doc.cues.name_separators for a, b in pairwise(run)):
        return None
    if len(rs) > size and norm[rs[-size - 1].end : run[0].start] in doc.cues.name_separators:
        return None  # a longer list than the numbers
    return [r.name for r in run]


def _changes(text: str, cues: Cues) -> bool:
    """Is `text` (between 分别 and a list's first value) a change word (分别增长3.2%…)?"""
    return text in cues.growth or text in cues.negate


def _joins_values(gap: str, cues: Cues, *, verbs: bool) -> bool:
    """Does `gap` join two values of one list: a separator (、, 和), or, in a list of changes whose
    first value has its change word, a list mark and the next value's own change word
    (分别增长3.2%、下降1.5%: each value keeps its sign; a comma after a list of levels starts their
    rates, 分别为148亿元、77亿元，增长21.3%、8.9%)?"""
    if gap in cues.number_separators:
        return True
    sep = next((x for x in cues.number_separators if x != "," and gap.startswith(x)), None) if verbs else None
    return sep is not None and _changes(gap[len(sep):], cues)


def _unmarked_lists(doc: Doc, s: Sentence, nums: list[NumberMention],
                    marked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'国家、省级专精特新企业42家、189家': a list of names (joined by name separators in the clause) right
    before a list of as many numbers, without 分别, pairs in order as if 分别 stood before the numbers.
    The last name must lead to the first number through filler only, and the clause hold no number
    before the list nor a pairing word. Returns (start, start) of each list's first number."""
    norm, seps = doc.tm.norm, doc.cues.number_separators
    out: list[tuple[int, int]] = []
    pairs = [i for i in range(len(nums) - 1) if norm[nums[i].tail : nums[i + 1].start] in seps]
    if not pairs:
        return out
    cues = doc.cues
    marks = [k for k, _ in marked]
    for i in pairs:
        n = nums[i]
        if i - 1 in pairs:
            continue  # not the list's first number
        c0 = clause_start(norm, s.start, n.start)
        if any(c0 <= k < n.start for k in marks) or any(c0 <= x.start < n.start for x in nums[:i]):
            continue
        if not any(w in norm[c0 : n.start] for w in cues.name_separators):
            continue
        names = [m for m in doc.inds_in(c0, n.start) if valid_mention(doc, m)]
        if not names:
            continue
        if names[-1].end < n.start and leftover(doc, names[-1].end, n.start):
            continue
        out.append((n.start, n.start))
    return out


def _rates_after(doc: Doc, s: Sentence, nums: list[NumberMention], listed: list[NumberMention],
                 size: int) -> list[NumberMention]:
    """'A、B、C分别为X、Y、Z，增长a、b、c': the list of rates in the next clause, as long as the
    list of values and introduced only by a growth word, pairs in the same order ([] otherwise)."""
    norm = doc.tm.norm
    end = listed[-1].tail
    if end >= s.end or norm[end] not in ",，":
        return []
    after = [n for n in nums if n.start > end and n.is_percent]
    if not after:
        return []
    head = norm[end + 1 : after[0].start]
    if not head or (head not in doc.cues.growth and head.removeprefix("同比") not in doc.cues.growth):
        return []
    rates = [after[0]]
    for n in after[1:]:
        if norm[rates[-1].tail : n.start] not in doc.cues.number_separators:
            break
        rates.append(n)
    return rates if len(rates) == size else []


def share_of(doc: Doc, before: list[IndicatorMention], n: NumberMention) -> tuple[IndicatorMention, int] | None:
    """'R&D经费支出52亿元，占地区生产总值的比重为2.8%': a share of the denominator named after 占."""
    if len(before) < 2:
        return None
    den, num = before[-1], before[-2]
    ratio = doc.cues.ratios.get((num.indicator, den.indicator))
    if ratio is None or not is_reference(doc, den, num.end):
        return None
    tail = doc.tm.norm[den.end : n.start]
    if len(tail) > 8 or any(c in tail for c in ",;:"):
        return None
    return IndicatorMention(num.start, num.end, ratio, num.alias), den.end


def count_forward(doc: Doc, n: NumberMention, s: Sentence) -> IndicatorMention | None:
    """'6家企业被认定为专精特新小巨人企业': the indicator named after the count."""
    norm = doc.tm.norm
    j = n.tail
    cues = doc.cues
    if norm.startswith(cues.count_subjects, j):  # one scan for all, then which one (the first listed)
        j += len(next(w for w in cues.count_subjects if norm.startswith(w, j)))
    if norm.startswith(cues.count_verbs, j):
        j += len(next(w for w in cues.count_verbs if norm.startswith(w, j)))
        end = clause_end(norm, j, s.end)
        # the first usable name, if it stands within 16 characters (farther ones are not judged)
        return first_valid(doc, [m for m in doc.inds_in(j, end) if m.start - j <= 16])
    # "全州21家规模以上服务业企业": the name right after the count, or after a level of recognition
    # ("20家国家级制造业单项冠军企业"; the first usable name must start right there: names further on
    # are not judged)
    level = next((w for w in cues.count_levels if norm.startswith(w, n.tail)), "") if norm.startswith(
        cues.count_levels, n.tail) else ""
    starts = {n.tail, n.tail + len(level)}
    return first_valid(doc, [m for m in doc.inds_in(n.tail, min(s.end, n.tail + 12 + len(level))) if m.start in starts])


def _collective_members(doc: Doc, word: str) -> tuple[str, ...]:
    return next((members for w, members in doc.cues.collective if w == word), ())


def _shares_value(doc: Doc, lo: int, hi: int) -> bool:
    """Does a word of one value for all the names before it (均, 都; not 年均, 人均…) stand in norm[lo:hi]?"""
    gap, cues = doc.tm.norm[lo:hi], doc.cues
    if any_word(cues.shared).search(gap) is None:
        return False  # none of the words: one scan (asked twice of most numbers)
    return any(k >= 0 and not gap[:k].endswith(cues.shared_not_after) for w in cues.shared for k in [gap.find(w)])


def shared_regions(doc: Doc, s: Sentence, mention: IndicatorMention, n: NumberMention) -> list[str] | None:
    """'宜都市、枝江市、当阳市地区生产总值均突破700亿元': regions listed right before the indicator's
    name, with a word of one value for all (均, 都) between the name and the number, each have that
    value. None unless at least two named regions are listed."""
    if not _shares_value(doc, mention.end, n.start):
        return None
    norm, seps = doc.tm.norm, doc.cues.name_separators
    regs = [r for r in doc.regions.touching(max(s.start, mention.start - 1), mention.start)
            if r.end == mention.start and r.start >= s.start and not r.relative]
    if not regs:
        return None
    names = [regs[-1].name]
    pos = regs[-1].start
    while True:
        sep = next((x for x in seps if norm.startswith(x, pos - len(x)) and pos - len(x) > s.start), None)
        if sep is None:
            break
        end = pos - len(sep)
        prev = [r for r in doc.regions.touching(max(s.start, end - 1), end) if r.end == end and r.start >= s.start and not r.relative]
        if not prev:
            break
        names.insert(0, prev[-1].name)
        pos = prev[-1].start
    return names if len(names) >= 2 and len(set(names)) == len(names) else None


def shared_names(doc: Doc, s: Sentence, mention: IndicatorMention, n: NumberMention) -> list[IndicatorMention] | None:
    """One value for several indicators: 'A和B均增长8%' gives it to A and B; '城乡居民人均可支配收入
    增长6%' to the urban and the rural income. None when the number belongs to `mention` alone."""
    norm, cues = doc.tm.norm, doc.cues
    table = ind_mod.alias_table()
    for word in cues.shared_collective:
        if norm.startswith(word, mention.start - len(word)) and not mention.alias.startswith(word):
            names = [member + mention.alias for member in _collective_members(doc, word)]
            if names and all(x in table for x in names):
                lo = mention.start - len(word)
                return [IndicatorMention(lo, mention.end, table[x], x) for x in names]
            return None
    if not _shares_value(doc, mention.end, n.start):
        return None
    names = joined_names(doc, s, mention)
    if len(names) < 2 or len({m.indicator for m in names}) < len(names):
        return None
    first = names[0]
    if first.alias in table and table.get(norm[first.start : first.end]) == first.indicator and not valid_mention(doc, first):
        return None  # the list itself is a breakdown (民营企业出口和进口均…)
    return names


def joined_names(doc: Doc, s: Sentence, mention: IndicatorMention) -> list[IndicatorMention]:
    """The names joined to `mention` by list separators in front of it (A和B, A、B), completed
    where the text shortens them (城镇和农村居民收入), with `mention` last: [mention] alone when none."""
    norm, cues = doc.tm.norm, doc.cues
    names = [mention]
    pos = mention.start
    while True:
        sep = next((x for x in cues.name_separators if norm.startswith(x, pos - len(x)) and pos - len(x) >= s.start), None)
        if sep is None:
            break
        end = pos - len(sep)
        prev = [m for m in doc.inds_in(s.start, end) if m.end == end]
        if prev:
            names.insert(0, prev[-1])
            pos = prev[-1].start
            continue
        lo = end
        while lo > s.start and norm[lo - 1] not in ",;:" and not any(
                norm.startswith(x, lo - len(x)) for x in cues.name_separators):
            lo -= 1
        done = complete_name(doc, norm[lo:end], names[0]) if lo < end else None
        if done is None:
            break
        names.insert(0, IndicatorMention(lo, end, done.indicator, done.alias))
        pos = lo
    return names


def combined_count(doc: Doc, s: Sentence, mention: IndicatorMention, n: NumberMention) -> bool:
    """Is the count `n` after a list of kinds with no 均/各/分别 (新增“专精特新”和“单项冠军”企业50家,
    国家级、省级专精特新企业312家) the sum of the kinds listed, which is none of them?"""
    if n.family != "count":
        return False
    names = joined_names(doc, s, mention)
    if len(names) >= 2 and len({m.indicator for m in names}) == len(names):
        return True
    norm, tm = doc.tm.norm, doc.tm
    sep = next((x for x in doc.cues.name_separators if norm.startswith(x, mention.start - len(x))), None)
    if sep is None:
        return False
    j = mention.start - len(sep)
    if norm.endswith(doc.cues.tier_words, s.start, j):
        return True  # 国家级、省级专精特新企业
    head = mention.alias[-2:]
    if len(mention.alias) > 2 and norm.endswith((head, *doc.cues.kind_heads), s.start, j):
        return True  # another kind of the same head noun or of organisation: “四上”企业和…, 上市公司和…
    k = tm.orig(j)  # a quoted kind before the separator (“专精特新”和“单项冠军”企业)
    return k > 0 and tm.text[k - 1] in CLOSING_QUOTES
