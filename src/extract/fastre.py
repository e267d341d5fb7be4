"""Compile a large alternation (vocabularies, period words) with a first-character prefilter.

Python's regex engine tries every branch of an alternation at every position of the text. When
the characters a match can begin with are known, a leading lookahead `(?=[…])` rejects the other
positions in one step: the same matches, several times faster on running text. The set is read
from the parsed pattern; when it cannot be known (a pattern may start with any character, or
match the empty string), the pattern is compiled as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_MAX_RANGE = 512  # a character range wider than this makes the set unknown
_DIGIT = "\\d"  # stands for the category \d inside a set of first characters


class _Unknown(Exception):
    pass


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of `pattern` can begin with, or None when that is not known."""
    if flags & re.IGNORECASE or "(?i" in pattern:
        return None
    try:
        chars, nullable = _seq(list(P.parse(pattern, flags)))
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    return None if nullable or not chars else frozenset(chars)


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern) with a `(?=[first characters])` guard when they are known."""
    chars = first_chars(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    cls = "".join(c if c == _DIGIT else re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def starts_pattern(pattern: str) -> re.Pattern[str] | None:
    """A pattern matching the one character at which `pattern` matches, opening with the class of
    its first characters so that re scans for them in C (a leading lookahead guard is tried at every
    position): `[first](?<=(?=pattern)[\\s\\S])`. Its matches are every place where `pattern`
    matches, overlapping ones too. None when the first characters are not known, or when re refuses
    the pattern inside a lookbehind (a conditional on one of its groups)."""
    chars = first_chars(pattern)
    if chars is None:
        return None
    cls = "".join(c if c == _DIGIT else re.escape(c) for c in sorted(chars))
    try:
        return re.compile(f"[{cls}](?<=(?=(?:{pattern}))[\\s\\S])")
    except re.error:
        return None


def find_all(pat: re.Pattern[str], starts: re.Pattern[str] | None, text: str, lo: int,
             hi: int) -> Iterator[re.Match[str]]:
    """The matches of pat.finditer(text, lo, hi), found by `starts` (starts_pattern of pat's
    pattern, without its groups: cheaper to scan with) and read by pat where each begins; `pat`
    must not match the empty string. pat.finditer itself when `starts` is None."""
    if starts is None:
        yield from pat.finditer(text, lo, hi)
        return
    free = lo  # where the next match may begin: finditer's matches do not overlap
    for found in starts.finditer(text, lo, hi):
        i = found.start()
        if i < free:
            continue
        m = pat.match(text, i, hi)
        if m is not None:
            free = m.end()
            yield m


def without_groups(pattern: str) -> str | None:
    """`pattern` with every group made non-capturing ((…) and (?P<name>…) become (?:…)): the same
    matches, found faster (re marks no group while it tries an alternation's branches). None when
    the pattern refers to a group (a backreference, a conditional) or the result still has one."""
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return None
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # a ] right after [ or [^ is a member
                out.append("]")
                i += 1
            continue
        elif c == "(" and not pattern.startswith("?", i + 1):
            out.append("(?:")
            i += 1
            continue
        elif c == "(" and pattern.startswith("?P<", i + 1):
            out.append("(?:")
            i = pattern.index(">", i) + 1
            continue
        out.append(c)
        i += 1
    result = "".join(out)
    try:
        return result if re.compile(result).groups == 0 else None
    except re.error:
        return None


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching, at a position, the longest of `words` that starts there (as the
    alternation of the words sorted longest first does), written as a trie: `(?:地区生产总值|…)`
    becomes `(?:地(?:区生产总值|…)|…)`, so re compares each character once instead of trying
    every word in turn. It opens with literal alternatives, so re scans for their first
    characters in C."""
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            raise ValueError("trie_pattern: empty word")
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        # longer words first: the alternatives, then (when a word ends here) nothing more
        return "(?:" + "|".join(alts) + (")?" if "" in node else ")")

    return emit(trie)


def _seq(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        return _in(av), False
    if op is C.SUBPATTERN:
        return _seq(list(av[-1]))
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            c, n = _seq(list(alt))
            out |= c
            nullable = nullable or n
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        c, n = _seq(list(sub))
        return c, n or lo == 0
    if op in (C.ASSERT_NOT, C.AT):
        return set(), True  # a lookbehind or an anchor consumes nothing
    if op is C.ASSERT:
        direction, sub = av
        if direction < 0:
            return set(), True
        raise _Unknown
    raise _Unknown  # ANY, NOT_LITERAL, backreferences, …


def _in(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > _MAX_RANGE:
                raise _Unknown
            out |= {chr(i) for i in range(lo, hi + 1)}
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add(_DIGIT)  # \d stays \d in the guard: any Unicode digit
        else:
            raise _Unknown  # a negated class, other categories
    return out
