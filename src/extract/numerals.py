"""Read one number expression as written: 三万二, 负1,200, 百分之五点一, 2.5万人, 壹仟贰佰, 廿三.

`parse_number` returns the percent figure for a percentage (5.1 for 百分之五点一 or 5.1%), the
number times its magnitude otherwise (25000 for 2.5万人), and None when it is not sure. Chinese
integers go through cn2an; this module wraps it where it fails: variant characters (financial
capitals, traditional forms, 廿/卅) are rewritten first with `data/numerals.csv`, decimals are read
digit by digit (cn2an returns floats), a magnitude after a decimal (零点零零三四二万, 3.5亿) and
fractions (四分之三) are handled here, and integers cn2an cannot split (五亿七千万十七) are read
section by section with cn2an reading each section.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

import cn2an

from . import resources
from .textmap import fold

CN_DIGIT_VALUE = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_INT_CHARS = "零一二两三四五六七八九十百千万亿"
MAG_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_CN2AN_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError, ArithmeticError)

# a magnitude written after a number: 万, 亿, 万亿, 千万, 十万, 百亿 …
MAG_RE = r"(?:[十百千]?(?:万亿|亿|万)|[十百千])"
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_DECIMAL = re.compile(rf"(?P<i>[^点.]*)[点.](?P<f>[0-9零一二三四五六七八九]+)(?P<m>{MAG_RE})?")
_ARABIC_MAG = re.compile(rf"(?P<i>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<m>{MAG_RE})")
_CN_INT = re.compile(f"[{CN_INT_CHARS}]+")
_MIXED = re.compile(f"[0-9{CN_INT_CHARS}]+")
_MONEY = re.compile(r"(?P<y>[^元]+)元零?(?:(?P<j>[零一二三四五六七八九])角)?(?:(?P<f>[零一二三四五六七八九])分)?(?:整|正)?")


@cache
def variant_table() -> dict[int, str]:
    """numerals.yaml's variants as a str.translate table (壹 -> 一, 廿 -> 二十, 萬 -> 万, …)."""
    return {ord(k): str(v) for k, v in resources.yaml_file("numerals.yaml")["variants"].items()}


@cache
def minus_after() -> frozenset[str]:
    """Characters after which a written 负 is a minus sign (增速为负1.2%)."""
    return frozenset(str(resources.yaml_file("numerals.yaml")["minus_after"]))


@cache
def word_tails() -> tuple[str, ...]:
    """Text after a number in Chinese characters that makes the number part of a word, not a count
    (两位数增长: a number of digits)."""
    return tuple(str(w) for w in resources.yaml_file("numerals.yaml").get("word_tails") or ())


def is_minus(text: str, i: int) -> bool:
    """Is text[i] (a 负) a minus sign? Not when it ends a word (减负, 税负)."""
    prev = text[i - 1] if i > 0 else ""
    return not ("\u3400" <= prev <= "\u9fff") or prev in minus_after()


def validate() -> list[str]:
    """Problems in numerals.yaml, one line each."""
    problems: list[str] = []
    try:
        data = resources.yaml_file("numerals.yaml")
        variants = data["variants"]
        minus = data["minus_after"]
    except (OSError, KeyError, TypeError) as e:
        return [f"numerals.yaml: cannot read variants and minus_after: {e}"]
    for k, v in variants.items():
        if len(str(k)) != 1 or not str(v):
            problems.append(f"numerals.yaml: variants.{k}: one character to a non-empty string")
    if not isinstance(minus, str):
        problems.append("numerals.yaml: minus_after: a string of characters")
    tails = data.get("word_tails")
    if tails is not None and not (isinstance(tails, list) and all(isinstance(w, str) and w for w in tails)):
        problems.append("numerals.yaml: word_tails: a list of non-empty words")
    return problems


@cache
def _bare_units() -> tuple[str, ...]:
    """Units without their magnitude (万人 -> 人), longest first: what may follow a number."""
    mags = sorted(resources.magnitudes(), key=lambda w: (-len(w), w))
    out: set[str] = set()
    for u in resources.units():
        u = fold(u)
        for m in mags:
            if u.startswith(m) and len(u) > len(m):
                u = u[len(m) :]
                break
        if u not in ("%", "‰"):
            out.add(u)
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@cache
def _qualifier_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    q = resources.qualifiers()
    pre = tuple(sorted({fold(w) for w in q["prefix"]}, key=lambda w: (-len(w), w)))
    post = tuple(sorted({fold(w) for w in (*q["suffix"], *q["infix"])}, key=lambda w: (-len(w), w)))
    return pre, post


def normalise(text: str) -> str:
    """Fold full-width forms and rewrite variant numerals (壹 -> 一, 廿 -> 二十)."""
    return fold(text).translate(variant_table())


def parse_number(text: str) -> Decimal | None:
    """One number expression as written -> its value, or None when unsure (see module doc)."""
    if not isinstance(text, str) or not text.strip() or len(text) > 64:
        return None
    try:
        return _parse(normalise(text))
    except _CN2AN_ERRORS:
        return None


def _strip_words(s: str) -> str:
    """Drop qualifiers (约, 以上, 余) and a unit (人, 元, 个百分点) around the number."""
    pre, post = _qualifier_words()
    for w in pre:
        if s.startswith(w) and len(s) > len(w):
            s = s[len(w) :]
            break
    for _ in range(2):  # 2.5万人以上: qualifier, then unit, then an infix qualifier (9000余名)
        for w in post:
            if s.endswith(w) and len(s) > len(w):
                s = s[: -len(w)]
                break
        for u in _bare_units():
            if s.endswith(u) and len(s) > len(u):
                s = s[: -len(u)]
                break
    return s


def _parse(s: str) -> Decimal | None:
    money = _MONEY.fullmatch(s)
    if money and (money.group("j") or money.group("f")):
        y = read_body(money.group("y"))
        if y is None:
            return None
        jiao = CN_DIGIT_VALUE[money.group("j")] if money.group("j") else 0
        fen = CN_DIGIT_VALUE[money.group("f")] if money.group("f") else 0
        return y + Decimal(jiao) / 10 + Decimal(fen) / 100
    if s.endswith(("元整", "元正")):
        s = s[:-2]
    s = _strip_words(s)
    sign, s = _sign(s)
    if s[:1] in _SIGNS or (sign == -1 and "分之负" in s):
        return None  # --5, 负负五: not a number as written
    percent = False
    if s.endswith("%"):
        percent, s = True, s[:-1]
    elif s.endswith("‰"):
        v = _signed_body(s[:-1])
        return None if v is None else sign * v / 1000
    if "分之" in s:
        if percent:
            return None
        v = _fraction(s)
        return None if v is None else sign * v
    v = _signed_body(s)
    return None if v is None else sign * v


_SIGNS = ("负", "-", "正", "+")


def _sign(s: str) -> tuple[int, str]:
    if s[:1] in ("负", "-"):
        return -1, s[1:]
    if s[:1] in ("正", "+"):
        return 1, s[1:]
    return 1, s


def _signed_body(s: str) -> Decimal | None:
    sign, s = _sign(s)
    v = read_body(s)
    return None if v is None else sign * v


def _fraction(s: str) -> Decimal | None:
    """百分之五 -> 5 (the percent figure); 四分之三 -> 0.75; 千分之五 -> 0.005."""
    den_s, _, num_s = s.partition("分之")
    num = _signed_body(num_s)
    if num is None or "分之" in num_s:
        return None
    if den_s == "百":
        return num
    den = read_body(den_s) if den_s not in ("千", "万") else Decimal(MAG_VALUE[den_s])
    if den is None or den == 0:
        return None
    return num / den


def read_body(s: str) -> Decimal | None:
    """An unsigned number: Arabic, Chinese, or both."""
    if not s:
        return None
    m = _ARABIC.fullmatch(s)
    if m:
        return _dec(s.replace(",", ""))
    m = _DECIMAL.fullmatch(s)
    if m:
        i, f = m.group("i"), m.group("f")
        if i == "":
            whole: Decimal | None = Decimal(0)
        elif i[0].isdigit():
            whole = _dec(i.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", i) else None
        else:
            whole = _cn_int(i)
        if whole is None:
            return None
        frac = _dec("0." + "".join(c if c.isdigit() else str(CN_DIGIT_VALUE[c]) for c in f))
        if frac is None:
            return None
        return (whole + frac) * _mag(m.group("m"))
    m = _ARABIC_MAG.fullmatch(s)
    if m:
        whole = _dec(m.group("i").replace(",", ""))
        return None if whole is None else whole * _mag(m.group("m"))
    if _CN_INT.fullmatch(s):
        return _cn_int(s)
    if _MIXED.fullmatch(s):
        return _mixed_int(s)
    return None


def _mag(m: str | None) -> Decimal:
    out = Decimal(1)
    for c in m or "":
        out *= MAG_VALUE[c]
    return out


def _dec(s: str) -> Decimal | None:
    try:
        d = Decimal(s)
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def _cn2an(s: str, mode: str) -> Decimal | None:
    try:
        v = cn2an.cn2an(s, mode)
    except _CN2AN_ERRORS:
        return None
    if not isinstance(v, int):
        return None  # a float: decimals are read here, never through a float
    return Decimal(v)


def _cn_int(s: str) -> Decimal | None:
    """A Chinese integer: 三万二, 两千, 一七二零, 五亿七千万十七, 百."""
    if s in ("万", "亿") or s[:1] in "万亿":
        return None
    if s[:1] in "百千":
        s = "一" + s
    v = _cn2an(s, "normal")
    if v is not None:
        return v
    return _sections(s)


def _sections(s: str) -> Decimal | None:
    """Read 亿 / 万 sections separately when cn2an cannot read the whole (五亿七千万十七)."""
    total = Decimal(0)
    rest = s
    for word, factor in (("亿", 100_000_000), ("万", 10_000)):
        head, sep, tail = rest.partition(word)
        if not sep:
            continue
        if not head or word in tail:
            return None
        h = _cn2an(head, "normal")
        if h is None or (word == "万" and h >= 10_000):
            return None
        total += h * factor
        rest = tail
    if rest == s:
        return None  # no section: cn2an's refusal stands
    if rest:
        r = _cn2an(rest.lstrip("零") or "零", "normal")
        if r is None or r >= 10_000:
            return None
        total += r
    return total


def _mixed_int(s: str) -> Decimal | None:
    """Arabic and Chinese digits in one integer: 1万2千, 100万三千, 200亿零四千230."""
    v = _cn2an(s, "smart")
    if v is not None:
        return v
    # cn2an cannot: write the Arabic runs in Chinese and read the whole again
    cn = re.sub(r"\d+", lambda m: cn2an.an2cn(m.group().lstrip("0") or "0"), s)
    return _cn_int(cn) if _CN_INT.fullmatch(cn) else None
