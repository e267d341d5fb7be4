"""Find numbers as Chinese documents write them, with their units and qualifiers.

Arabic (2087.4, 1,234.5, -9.2), Chinese (五, 一百二十三点五, 百), mixed (2.5万, 1万2千) and
百分之五点一. Values are Decimal: Arabic digits are read as written; Chinese numerals are
converted by cn2an. Nothing here raises on odd text: an unreadable number is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

import cn2an

from . import resources
from .textmap import fold

CN_DIGITS = "零〇一二两三四五六七八九"
CN_ALL = CN_DIGITS + "十百千万亿"


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in normalised text. Indices are into the normalised string."""

    start: int  # first character of the number (sign or 百分之 included)
    end: int  # end of the unit (or of the number/magnitude when there is no unit)
    tail: int  # end after a suffix qualifier (以上, 左右, …)
    number: Decimal  # the number times its magnitude (2.5万 -> 25000), before the unit
    unit: str | None  # unit as listed in units.csv (None: bare number)
    family: str | None  # the unit's family (cny, person, percent, …)
    base: Decimal  # value in the family's base unit (元, 人, %, …)
    magnitude: bool  # a 万/亿 was written
    qualifier: str  # exact / approx / at_least / at_most
    qualifier_word: str
    chinese: bool  # written with Chinese numerals

    @property
    def is_percent(self) -> bool:
        return self.family == "percent"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    units = sorted(resources.units(), key=len, reverse=True)
    mags = sorted(resources.magnitudes(), key=len, reverse=True)
    unit_re = "|".join(re.escape(u) for u in units)
    mag_re = "|".join(re.escape(m) for m in mags)
    infix = "|".join(re.escape(w) for w in resources.qualifiers()["infix"])
    arabic = (
        r"(?<![A-Za-z0-9.\-第])(?P<sign>[-−](?=\d))?(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?P<mixed>万\d+千)?"
        rf"(?P<mag>{mag_re})?(?P<infix>{infix})?(?P<unit>{unit_re})?(?(unit)|(?![A-Za-z0-9]))"
    )
    chinese = (
        rf"(?<![第A-Za-z0-9{CN_ALL}])(?P<cnum>(?:[{CN_DIGITS}十百][{CN_ALL}]*)(?:点[{CN_DIGITS}]+)?)"
        rf"(?P<cinfix>{infix})?(?P<cunit>{unit_re})"
        r"|百分之(?P<pnum>\d+(?:\.\d+)?|[" + CN_ALL + r"]+(?:点[" + CN_DIGITS + r"]+)?)"
    )
    prefixes = sorted((fold(k) for k in resources.qualifiers()["prefix"]), key=len, reverse=True)
    suffixes = sorted((fold(k) for k in resources.qualifiers()["suffix"]), key=len, reverse=True)
    prefix_re = re.compile("(?:" + "|".join(map(re.escape, prefixes)) + r")\Z")
    suffix_re = re.compile("|".join(map(re.escape, suffixes)))
    return re.compile(arabic), re.compile(chinese), prefix_re, suffix_re


def _dec(s: str) -> Decimal | None:
    try:
        d = Decimal(s.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def chinese_to_decimal(s: str) -> Decimal | None:
    """一百二十三点五 -> 123.5; 百 -> 100; 两 -> 2. None when cn2an cannot read it."""
    s = s.replace("两", "二").replace("〇", "零")
    if s[:1] in "十百千万亿":
        s = "一" + s
    try:
        v = cn2an.cn2an(s, "strict")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    return _dec(str(v))


def find_numbers(norm: str, lo: int = 0, hi: int | None = None) -> list[NumberMention]:
    """All numbers in norm[lo:hi], left to right, none overlapping."""
    hi = len(norm) if hi is None else hi
    arabic, chinese, prefix_re, suffix_re = _patterns()
    units = resources.units()
    mags = resources.magnitudes()
    quals = resources.qualifiers()
    infix_q = {fold(k): v for k, v in quals["infix"].items()}
    prefix_q = {fold(k): v for k, v in quals["prefix"].items()}
    suffix_q = {fold(k): v for k, v in quals["suffix"].items()}
    found: list[NumberMention] = []
    taken = bytearray(hi - lo + 1)

    def add(start: int, end: int, number: Decimal, unit: str | None, magnitude: bool, infix: str | None, chinese_: bool) -> None:
        if any(taken[start - lo : end - lo]):
            return
        fam = units[unit].family if unit else None
        base = number * units[unit].factor if unit else number
        q, word = "exact", ""
        pm = prefix_re.search(norm, max(lo, start - 4), start)
        if pm:
            word = pm.group()
            q = prefix_q[word]
        tail = end
        if infix:
            q, word = infix_q.get(infix, q), infix
        sm = suffix_re.match(norm, end)
        if sm:
            word = sm.group()
            q, tail = suffix_q[word], sm.end()
        found.append(NumberMention(start, end, tail, number, unit, fam, base, magnitude, q, word, chinese_))
        taken[start - lo : end - lo] = b"\x01" * (end - start)

    for m in arabic.finditer(norm, lo, hi):
        num = _dec(m.group("num"))
        if num is None:
            continue
        if m.group("mixed"):  # 1万2千
            try:
                num = Decimal(str(cn2an.cn2an(m.group("num") + m.group("mixed"), "smart")))
            except (ValueError, KeyError, IndexError, TypeError, AttributeError, InvalidOperation):
                continue
        if m.group("sign"):
            num = -num
        mag = m.group("mag")
        if mag:
            num = num * mags[mag]
        add(m.start(), m.end(), num, m.group("unit"), bool(mag or m.group("mixed")), m.group("infix"), False)
    for m in chinese.finditer(norm, lo, hi):
        if m.group("pnum") is not None:
            p = m.group("pnum")
            v = _dec(p) if p[0].isdigit() else chinese_to_decimal(p)
            if v is not None:
                add(m.start(), m.end(), v, "%", False, None, True)
            continue
        raw = m.group("cnum")
        if raw in ("千", "万", "亿") or raw.startswith(("千", "万", "亿")):
            continue
        v = chinese_to_decimal(raw)
        if v is None:
            continue
        add(m.start(), m.end(), v, m.group("cunit"), any(c in raw for c in "万亿"), m.group("cinfix"), True)
    found.sort(key=lambda n: n.start)
    return _inherit_list_units(norm, found)


def _inherit_list_units(norm: str, nums: list[NumberMention]) -> list[NumberMention]:
    """In "0.6、2.0、3.4个百分点" the bare numbers take the unit of the list's last number."""
    out = list(nums)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.unit is None and b.unit is not None and norm[a.end:b.start] in ("、", "和", "及", "与", ",", "或"):
            units = resources.units()
            u = units[b.unit]
            out[i] = NumberMention(
                a.start, a.end, a.tail, a.number, b.unit, u.family, a.number * u.factor, a.magnitude,
                a.qualifier, a.qualifier_word, a.chinese,
            )
    return out
