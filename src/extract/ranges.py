"""A range is one record: its lower bound, `at_least` (GUIDE). "增长7%-7.5%", "6%—6.5%",
"增长6-7%", "100至120亿元" become one number spanning the whole range."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from .cues import load_cues
from .numbers import NumberMention, find_numbers


def _connectors() -> tuple[str, ...]:
    return load_cues().range_connectors


def _lower_base(norm: str, a: NumberMention, upper: NumberMention) -> Decimal | None:
    """The lower bound written without a unit ("100至120亿元") read with the upper bound's unit."""
    digits = re.match(r"-?[\d.,]+", norm[upper.start : upper.end])
    if digits is None:
        return None
    text = norm[a.start : a.end] + norm[upper.start + digits.end() : upper.end]
    found = find_numbers(text)
    if not found or found[0].start != 0 or found[0].family != upper.family:
        return None
    return found[0].base


@cache
def _connector_before_digit(conns: tuple[str, ...]) -> re.Pattern[str]:
    """A range connector followed by a digit ("6-7%": the "-")."""
    return re.compile("(" + "|".join(map(re.escape, conns)) + r")(?=\d)")


def merge_ranges(norm: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """`numbers` with each lower–upper pair replaced by one mention of the lower bound, at_least."""
    conns = _connectors()
    before_digit = _connector_before_digit(conns) if conns else None  # found once, not per number
    out: list[NumberMention] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        merged = None
        if b is not None and b.family is not None and a.family in (None, b.family):
            between = norm[a.tail : b.start]
            upper = b.number
            if not between and b.number < 0 and norm[b.start] in "-—–~～":  # "7%-7.5%": the dash read as a sign
                upper, between = -b.number, norm[b.start]
            if between in conns and a.number >= 0 and a.number <= upper and not a.chinese and not b.chinese:
                merged = b
        if merged is None and (b is None or b.start > a.tail):
            # "6-7%": the upper bound not read as a number of its own (whatever number follows later)
            m = before_digit.match(norm, a.tail) if before_digit is not None and a.family is None else None
            if m:
                at = m.end()
                ups = find_numbers(norm[at : at + 16])
                if ups and ups[0].start == 0 and ups[0].family is not None and a.number <= ups[0].number:
                    u = ups[0]
                    merged = u._replace(start=u.start + at, end=u.end + at, tail=u.tail + at)
                    if b is not None and b.start < merged.tail:
                        i += 1  # the finder's own (partial) reading of the upper bound
        if merged is not None:
            base = a.base if a.family is not None else _lower_base(norm, a, merged)
            if base is not None:
                out.append(a._replace(end=merged.end, tail=merged.tail, unit=merged.unit, family=merged.family,
                                   base=base, magnitude=merged.magnitude, qualifier="at_least",
                                   qualifier_word=norm[a.tail : a.tail + 1] or "-"))
                i += 2 if b is merged else 1
                continue
        out.append(a)
        i += 1
    return out


FAN = re.compile(r"翻(?:了)?(?:近|超过)?(一|两|二|三)番")
FAN_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3}


def growth_multiples(norm: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Growth over several years written as a multiple (GUIDE): 增长1.5倍 is growth 150 (%),
    翻一番 100, 翻两番 300; a list of multiples after one verb (分别增长2倍、1倍和3.9倍) too. "是…的1.6倍"
    is a ratio and stays a bare number (not a figure)."""
    cues = load_cues()
    out: list[NumberMention] = []
    last: int | None = None  # where the last multiple read as growth ends
    for n in numbers:
        if (n.family is None and not n.magnitude and norm.startswith(cues.multiple_unit, n.end)
                and (norm[max(0, n.start - 4) : n.start].rstrip(cues.particles).endswith(cues.multiple_verbs)
                     or (last is not None and norm[last : n.start] in cues.number_separators))):
            v = n.number * 100
            out.append(n._replace(end=n.end + len(cues.multiple_unit), tail=n.end + len(cues.multiple_unit),
                               number=v, unit="%", family="percent", base=v))
            last = out[-1].tail
        else:
            out.append(n)
    taken = [(n.start, n.tail) for n in out]
    for m in FAN.finditer(norm):
        lo = m.start()  # the whole expression, 翻 and its particles (翻了一番): its own growth word
        if any(a < m.end() and lo < b for a, b in taken):
            continue
        v = Decimal((2 ** FAN_TIMES[m.group(1)] - 1) * 100)
        tail = m.end() + 1 if norm.startswith("多", m.end()) else m.end()
        near = norm[max(0, m.start() - 2) : m.start()].endswith(("近", "接近")) or "近" in m.group()
        q, word = ("approx", "多") if tail > m.end() else (("approx", "近") if near else ("exact", ""))
        out.append(NumberMention(lo, m.end(), tail, v, "%", "percent", v, False, q, word, True))
        taken.append((lo, tail))
    out.extend(_chinese_multiples(norm, taken))
    out.sort(key=lambda x: x.start)
    return out


CN_MULTIPLE_CHARS = frozenset("零〇一二两三四五六七八九十百点")


def _chinese_multiples(norm: str, taken: list[tuple[int, int]]) -> list[NumberMention]:
    """增长一倍, 提高两倍多, 增长一点五倍以上: a multiple in Chinese numerals after a growth verb
    (cues.yaml range.multiple_verbs) is growth N x 100 % over several years, as 增长1.5倍 is.
    Found from each 倍 backwards, so a text without 倍 costs one find."""
    from .numbers import parse_number, suffix_qualifier

    cues = load_cues()
    unit = cues.multiple_unit
    out: list[NumberMention] = []
    i = norm.find(unit)
    while i != -1:
        start = i
        while start > 0 and i - start < 8 and norm[start - 1] in CN_MULTIPLE_CHARS:
            start -= 1
        end = i + len(unit)
        before = norm[max(0, start - 4) : start].rstrip(cues.particles)
        if (start < i and not norm[start].startswith("点") and before.endswith(cues.multiple_verbs)
                and not any(a < end and start < b for a, b in taken)):
            v = parse_number(norm[start:i])
            if v is not None and v > 0:
                v = v * 100
                q, word, tail = suffix_qualifier(norm, end) or ("exact", "", end)
                out.append(NumberMention(start, end, tail, v, "%", "percent", v, False, q, word, True))
        i = norm.find(unit, i + len(unit))
    return out
