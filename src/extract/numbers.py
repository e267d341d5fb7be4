"""Find numbers as Chinese documents write them, with their units and qualifiers.

Arabic (2087.4, 1,234.5, -9.2), Chinese (五, 一百二十三点五, 百, 三万二, 壹仟贰佰, 廿), mixed
(2.5万, 1万2千), signed (负1.2) and 百分之五点一. Values are Decimal: Arabic digits are read as
written; Chinese integers are converted by cn2an, wrapped where it fails (decimals with a
magnitude such as 零点零零三四二万, numbers cn2an cannot split into sections, fractions).
`parse_number` reads one expression; `find_numbers` finds them in running text with the same
reader. Nothing here raises on odd text: an unreadable number is skipped.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache, partial
from typing import NamedTuple

from . import resources
from .fastre import compile_guarded, find_all, starts_pattern, without_groups
from .numerals import is_minus, normalise, parse_number, variant_table, word_tails
from .numerals import read_body as _read_body
from .textmap import fold

__all__ = ["NumberMention", "chinese_to_decimal", "find_numbers", "parse_number"]

CN_DIGITS = "零〇一二两三四五六七八九"
CN_ALL = CN_DIGITS + "十百千万亿"
# two digits side by side (三四家, 七八十人) are a range or a digit string, not one number
_DIGIT_PAIR = re.compile("[一二两三四五六七八九][一二两三四五六七八九]")


@cache
def _cn_classes() -> tuple[str, str]:
    """(characters a Chinese number may start with, all characters it may hold), variants included."""
    start, every = set(CN_DIGITS + "十百"), set(CN_ALL)
    for code, canon in variant_table().items():
        if canon and all(c in CN_ALL for c in canon):
            every.add(chr(code))
            if canon[0] in start:
                start.add(chr(code))
    esc = lambda cs: "".join(sorted(re.escape(c) for c in cs))  # noqa: E731
    return esc(start), esc(every)


class NumberMention(NamedTuple):
    """A number in normalised text. Indices are into the normalised string. A named tuple (a
    frozen dataclass is several times slower to build; `_replace` makes a changed copy)."""

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


_number = partial(tuple.__new__, NumberMention)  # NumberMention((…)) without its Python-level __new__


SIGNS = "-−负"  # a number's sign, when nothing of NOT_BEFORE stands before it
NOT_BEFORE_CLASS = r"A-Za-z0-9.\-第%"  # no number starts after one of these (as a regex class)
NOT_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-第%")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    units = sorted(resources.units(), key=lambda w: (-len(w), w))
    mags = sorted(resources.magnitudes(), key=lambda w: (-len(w), w))
    unit_re = "|".join(re.escape(u) for u in units)
    mag_re = "|".join(re.escape(m) for m in mags)
    infix = "|".join(re.escape(w) for w in resources.qualifiers()["infix"])
    cn_start, cn_all = _cn_classes()
    tails = word_tails()  # 两位数: a word, not a count (numerals.yaml)
    not_word = "(?!" + "|".join(map(re.escape, tails)) + ")" if tails else ""
    # a catalog name in Latin capitals (GDP, CPI) may run into its number: 实现GDP4874.5亿元
    latin = sorted({m.group() for i in resources.indicators().values() for a in (i.name_zh, *i.aliases)
                    if (m := re.search(r"[A-Z]{2,}$", a))})
    # The number opens the match, so that re scans for its first digit in C; what stands before it is
    # asked by lookbehinds that end at that digit: no letter, digit, point, dash, 第 or % before the
    # number or its sign (-, −, 负), which find_numbers then reads from the text before the match;
    # after 6%- the number is the end of a range (6%-6.5%), not a negative one; a catalog name in
    # Latin capitals may run into it.
    nb = NOT_BEFORE_CLASS
    after_name = "".join(f"|(?<={re.escape(w)}\\d)" for w in latin)
    arabic = (
        rf"(?P<num>\d(?:(?<![{nb}]\d)|(?<=[{SIGNS}]\d)(?<![{nb}][{SIGNS}]\d)|(?<=%[-−~]\d){after_name})"
        r"(?:\d*(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
        r"(?P<mixed>万\d+千|亿\d+(?:千万|百万|万))?"
        rf"(?P<mag>{mag_re})?(?P<infix>{infix})?(?P<unit>{unit_re})?(?(unit)|(?![A-Za-z0-9]))"
    )
    chinese = (
        rf"(?<![第A-Za-z0-9{cn_all}])(?P<cnum>负?(?:[{cn_start}][{cn_all}]*)(?:点[{CN_DIGITS}]+)?)"
        rf"(?P<cinfix>{infix})?{not_word}(?P<cunit>{unit_re})(?!性)"  # 一次性 (one-off) is a word, not a count
        rf"|(?P<pnum>负?百分之负?(?:\d+(?:\.\d+)?|[{cn_all}]+(?:点[{CN_DIGITS}]+)?))"
    )
    prefixes = sorted((fold(k) for k in resources.qualifiers()["prefix"]), key=lambda w: (-len(w), w))
    suffixes = sorted((fold(k) for k in resources.qualifiers()["suffix"]), key=lambda w: (-len(w), w))
    prefix_re = re.compile("(?:" + "|".join(map(re.escape, prefixes)) + r")\Z")
    suffix_re = re.compile("|".join(map(re.escape, suffixes)))
    plain = without_groups(chinese)  # where Chinese numbers start, for fastre.find_all
    chinese_starts = starts_pattern(plain) if plain is not None else None
    return re.compile(arabic), compile_guarded(chinese), prefix_re, suffix_re, chinese_starts


@cache
def unit_start() -> re.Pattern[str]:
    """A unit (with its magnitude) opening a text and followed by punctuation or a Chinese
    character: the start of a line that goes on from a number on the line before."""
    units = sorted(resources.units(), key=lambda w: (-len(w), w))
    mags = sorted(resources.magnitudes(), key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(map(re.escape, mags)) + ")?(?:" + "|".join(map(re.escape, units))
                      + r")(?=[\u3400-\u9fff，,。；;、：:（(）)！？]|\s*$)")


def _dec(s: str) -> Decimal | None:
    try:
        d = Decimal(s.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


@lru_cache(maxsize=4096)
def chinese_to_decimal(s: str) -> Decimal | None:
    """A Chinese number in running text: 一百二十三点五 -> 123.5; 百 -> 100; 两 -> 2; 三万二 ->
    32000; 壹仟贰佰 -> 1200. None when unsure, and for two digits side by side (三四家 is a
    range, 二〇二三 a digit string), which parse_number alone reads as cn2an does."""
    neg = s.startswith("负")
    s = normalise(s[1:] if neg else s)
    if not s or s[0] in "万亿" or _DIGIT_PAIR.search(s):
        return None
    v = _read_body(s)
    return -v if v is not None and neg else v


@cache
def _qualifier_maps() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    quals = resources.qualifiers()
    return tuple({fold(k): v for k, v in quals[part].items()} for part in ("infix", "prefix", "suffix"))  # type: ignore[return-value]


@cache
def _qualifier_ends() -> tuple[set[str] | None, set[str] | None]:
    """The last characters of the prefix qualifier words and the first ones of the suffix words: a
    prefix word ends right before a number, a suffix word starts right after it (an empty word,
    which the validator refuses, would match anywhere: then None, and the patterns are always tried)."""
    _, prefix_q, suffix_q = _qualifier_maps()
    return ({w[-1] for w in prefix_q} if "" not in prefix_q else None,
            {w[0] for w in suffix_q} if "" not in suffix_q else None)


def suffix_qualifier(norm: str, end: int) -> tuple[str, str, int] | None:
    """The qualifier a suffix word right after `end` gives (以上 -> at_least, 多 -> approx): its
    qualifier, the word and where it ends; None without one (qualifiers.yaml suffix)."""
    sm = _patterns()[3].match(norm, end)
    return None if sm is None else (_qualifier_maps()[2][sm.group()], sm.group(), sm.end())


@cache
def numeral_regions() -> tuple[str, ...]:
    """Region names that open with a Chinese numeral and a unit (三台县, 七台河市, 五家渠市, 三元区):
    a Chinese number starting such a name is the name, not a count."""
    cn = "零一二两三四五六七八九十百千万亿"
    return tuple(sorted({a for r in resources.regions() for a in (r.name, *r.aliases) if len(a) >= 3 and a[0] in cn}))


def find_numbers(norm: str, lo: int = 0, hi: int | None = None) -> list[NumberMention]:
    """All numbers in norm[lo:hi], left to right, none overlapping."""
    hi = len(norm) if hi is None else hi
    arabic, chinese, prefix_re, suffix_re, chinese_starts = _patterns()
    units = resources.units()
    mags = resources.magnitudes()
    infix_q, prefix_q, suffix_q = _qualifier_maps()
    prefix_last, suffix_first = _qualifier_ends()
    found: list[NumberMention] = []
    taken = bytearray(hi - lo + 1)

    def add(start: int, end: int, number: Decimal, unit: str | None, magnitude: bool, infix: str | None, chinese_: bool) -> None:
        if taken.find(1, start - lo, end - lo) >= 0:
            return
        fam = units[unit].family if unit else None
        base = number * units[unit].factor if unit else number
        q, word = "exact", ""
        pm = (prefix_re.search(norm, max(lo, start - 4), start)
              if prefix_last is None or norm[start - 1 : start] in prefix_last else None)
        if pm:
            word = pm.group()
            q = prefix_q[word]
        tail = end
        if infix:
            q, word = infix_q.get(infix, q), infix
        sm = suffix_re.match(norm, end) if suffix_first is None or norm[end : end + 1] in suffix_first else None
        if sm:
            word = sm.group()
            q, tail = suffix_q[word], sm.end()
        found.append(_number((start, end, tail, number, unit, fam, base, magnitude, q, word, chinese_)))
        taken[start - lo : end - lo] = b"\x01" * (end - start)

    for m in arabic.finditer(norm, lo, hi):
        digits, mixed_s, mag, infix, unit = m.group("num", "mixed", "mag", "infix", "unit")
        start = m.start()
        sign = norm[start - 1] if start and norm[start - 1] in SIGNS else ""
        if sign and start >= 2 and norm[start - 2] in NOT_BEFORE:
            sign = ""  # (a sign after a letter or a dash is no sign: the number stands alone, or not at all)
        if sign:
            if start - 1 < lo:  # the sign before the stretch read: after a dash no number starts, after − or 负 one does
                if sign in NOT_BEFORE:
                    continue
                sign = ""
            else:
                start -= 1
        num = _dec(digits)
        if num is None:
            continue
        if mixed_s:  # 1万2千, 3亿5千万
            mixed = _read_body(digits + mixed_s)
            if mixed is None:
                continue
            num = mixed
        if sign == "负" and not is_minus(norm, start):
            start += 1  # 减负52亿元: the 负 ends the word before
        elif sign:
            num = -num
        if mag:
            num = num * mags[mag]
        add(start, m.end(), num, unit, bool(mag or mixed_s), infix, False)
    for m in find_all(chinese, chinese_starts, norm, lo, hi):
        start = m.start()
        if norm.startswith("负", start) and not is_minus(norm, start):
            start += 1  # 税负百分之五: the 负 ends the word before
        if m.group("pnum") is not None:
            p = norm[start : m.end()]
            v = parse_number(p) if not _DIGIT_PAIR.search(normalise(p)) else None
            if v is not None:
                add(start, m.end(), v, "%", False, None, True)
            continue
        if norm.startswith(numeral_regions(), start):
            continue  # 三台县完成…: a region's name, not 三台 (three machines)
        raw = norm[start : m.end("cnum")]
        v = chinese_to_decimal(raw)
        if v is None:
            continue
        canon = normalise(raw)
        big = "万" in canon or "亿" in canon
        add(start, m.end(), v, m.group("cunit"), big, m.group("cinfix"), True)
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
