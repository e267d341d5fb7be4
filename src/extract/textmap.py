"""A normalised view of a document that maps every character back to the original offsets.

Matching runs on the normalised string (no whitespace inside sentences, no quote marks, no
footnote markers like "[6]", full-width digits and punctuation folded to ASCII); every offset
reported to the outside goes through `orig()` so that it points into the text exactly as read.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

FOLD_FROM, FOLD_TO = "０１２３４５６７８９．％（）：；，－＋～", "0123456789.%():;,-+~"
FOLD = str.maketrans(FOLD_FROM, FOLD_TO)


def fold_chars(s: str) -> str:
    """s.translate(FOLD), faster on long CJK text: str.translate looks every character up in a
    dict, while one str.replace per folded character that occurs runs at memchr speed."""
    for a, b in zip(FOLD_FROM, FOLD_TO, strict=True):
        if a in s:
            s = s.replace(a, b)
    return s
QUOTES = set("“”‘’\"'「」『』〝〞")
TERMINAL = set("。！？!?;；：:」”）)】%％")
MID = set(",，、(（《“—-")
CJK = re.compile(r"[\u3400-\u9fff]")
NEWLINES = frozenset("\n\r\u2028\u2029")


@dataclass(frozen=True, slots=True)
class TextMap:
    """`norm` is `text` normalised; it is made of runs copied from `text`: run k starts at
    normalised index `run_norm[k]` and original offset `run_orig[k]`. `paragraphs` holds the
    normalised indices that begin a paragraph."""

    text: str
    norm: str
    run_norm: tuple[int, ...]
    run_orig: tuple[int, ...]
    paragraphs: tuple[int, ...]
    breaks: tuple[int, ...] = ()  # see line_breaks()

    def orig(self, i: int) -> int:
        """Original offset of normalised index i (i may equal len(norm))."""
        if i >= len(self.norm):
            return len(self.text)
        k = bisect_right(self.run_norm, i) - 1
        return self.run_orig[k] + (i - self.run_norm[k])

    def orig_end(self, j: int) -> int:
        """Original end offset (exclusive) of a normalised span ending at j (exclusive)."""
        if j <= 0:
            return 0
        return self.orig(j - 1) + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.orig(i), self.orig_end(j)

    def starts_paragraph(self, i: int) -> bool:
        """Does a paragraph begin at normalised index i (i in paragraphs, by bisection)?"""
        k = bisect_left(self.paragraphs, i)
        return k < len(self.paragraphs) and self.paragraphs[k] == i


# one leading character class, so that re scans for the opening mark in C. A quotation holding a
# clause mark (“今年，我们力争增长6%。”市长说) is someone's words, not a name: its cue words count.
SPEECH_MARKS = "，。；！？,;!?"
_Q = rf"[^\n{SPEECH_MARKS}"
QUOTED = re.compile(rf"[“「『‘](?:(?<=“){_Q}“”]{{1,40}}”|(?<=「){_Q}「」]{{1,40}}」|(?<=『){_Q}『』]{{1,40}}』|(?<=‘){_Q}‘’]{{1,40}}’)")


def quoted_spans(tm: TextMap) -> list[tuple[int, int]]:
    """The normalised spans of the text between paired quote marks (“孔雀计划”, 「十百千万」工程),
    which the normalised text has dropped: a name, whose words are no cue. Sorted by start."""
    if not any(c in tm.text for c in "“「『‘"):
        return []
    return [(norm_at(tm, m.start() + 1), norm_at(tm, m.end() - 1)) for m in QUOTED.finditer(tm.text)]


def norm_at(tm: TextMap, i: int) -> int:
    """The normalised index of the first character kept at or after original offset i."""
    k = bisect_right(tm.run_orig, i) - 1
    if k >= 0:
        end = tm.run_norm[k + 1] if k + 1 < len(tm.run_norm) else len(tm.norm)
        if i - tm.run_orig[k] < end - tm.run_norm[k]:
            return tm.run_norm[k] + (i - tm.run_orig[k])
    return tm.run_norm[k + 1] if k + 1 < len(tm.run_norm) else len(tm.norm)


def line_breaks(tm: TextMap) -> list[int]:
    """The normalised indices j, ascending, where the original text from j to j + 1 holds a line
    break ("\n" in text[orig(j):orig(j + 1)]). Only the last character of a run can be one:
    inside a run the original characters follow each other."""
    return list(tm.breaks)  # noted by build() as it drops whitespace

# Whitespace, quote marks and footnote markers ([6], ［6］, 【6】). The pattern opens with one
# character class so that re scans for its first character in C (an alternation opening the
# pattern would be tried at every position); the lookbehinds then tell the kinds apart.
# A page number on a line of its own, left in a PDF's text where a page ends mid-sentence ("— 3 —",
# "- 12 -", "第3页"), is whitespace too: the sentence goes on across it.
PAGE_LINE = r"(?<=\n)[ \t\u3000]*(?:[-—–－]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－]{1,2}|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页)[ \t\u3000]*(?=\r?\n)"
SPECIAL = re.compile(
    r"[\s“”‘’\"'「」『』〝〞\[［【]"
    r"(?:(?<=\s)\s*(?:" + PAGE_LINE + r"\s*)?|(?<=[“”‘’\"'「」『』〝〞])|(?<=\[)\d{1,2}\]|(?<=［)\d{1,2}］|(?<=【)\d{1,2}】)"
)


def _unit_wrap(text: str, a: int, b: int, unit_start: re.Pattern[str] | None) -> bool:
    """Is the line break in text[a:b], after a digit, a number cut from its unit by a wrap
    (a PDF line "…总值4874.5" then "亿元，比上年…")? Only when the next line opens with a unit and the
    line before is prose (no tab or space between cells: a table row ends in a number too)."""
    if unit_start is None or not unit_start.match(text, b):
        return False
    line = text[text.rfind("\n", 0, a) + 1 : a]
    return "\t" not in line and " " not in line and "\u3000" not in line and bool(CJK.search(line))


def _decimal_wrap(chunks: list[str], text: str, b: int) -> bool:
    """Is a line break right after a decimal point, between digits (…总值4874. / 5亿元), a number cut
    by a wrap?"""
    last = chunks[-1] if chunks else ""
    return (last.endswith(".") and len(last) > 1 and last[-2].isdigit()
            and b < len(text) and text[b].isdigit())


def build(text: str, unit_start: re.Pattern[str] | None = None, hard_break: int = -1) -> TextMap:
    """Normalise `text` keeping a map back to it.

    A line break is a paragraph boundary when the line before it ends a sentence (。！？；：
    or a closing bracket/percent) or the line is empty; otherwise it is a soft wrap (newspaper
    columns, web pages cut mid-word) and is dropped like any other whitespace. A prose line
    ending in a digit is wrapped too when the next line opens with a unit (`unit_start`, matched
    at the next line's first character): the number was cut from its unit. Whitespace starting at
    `hard_break` (the end of a title line) is a paragraph boundary whatever the line ends with.
    """
    chunks: list[str] = []
    run_norm: list[int] = []
    run_orig: list[int] = []
    paragraphs: list[int] = [0]
    n_norm = 0
    last = 0
    pending_break = False
    n_text = len(text)
    breaks: list[int] = []  # line_breaks(): the last character of a run, when a "\n" follows it
    newline = False  # a "\n" in the text left out since the last run

    def copy(a: int, b: int) -> None:
        nonlocal n_norm, pending_break, newline
        if a >= b:
            return
        if pending_break:
            if n_norm and paragraphs[-1] != n_norm:
                paragraphs.append(n_norm)
            pending_break = False
        if newline and n_norm:
            breaks.append(n_norm - 1)
        newline = False
        chunks.append(text[a:b])
        run_norm.append(n_norm)
        run_orig.append(a)
        n_norm += b - a

    for m in SPECIAL.finditer(text):
        a, b = m.span()
        if a > last and not pending_break and not newline:  # copy()'s work when it has nothing else to do
            chunks.append(text[last:a])
            run_norm.append(n_norm)
            run_orig.append(last)
            n_norm += a - last
        else:
            copy(last, a)
        last = b
        if not text[a].isspace():
            continue  # quote mark or footnote marker: dropped
        prev = chunks[-1][-1] if chunks else ""
        has_newline = "\n" in text[a:b]
        if not NEWLINES.isdisjoint(text[a:b]) and (
                a == hard_break or not prev or prev in TERMINAL or not (CJK.match(prev) or prev in MID)) and not (
                prev.isdigit() and _unit_wrap(text, a, b, unit_start)) and not _decimal_wrap(chunks, text, b):
            pending_break = True
            newline = newline or has_newline
            continue
        nxt = text[last] if last < n_text else ""
        if (prev.isascii() and prev.isprintable() and nxt.isascii() and nxt.isalnum()
                and not (has_newline and _decimal_wrap(chunks, text, b))):
            if newline and n_norm:
                breaks.append(n_norm - 1)
            chunks.append(" ")  # keep "2026 05" from reading as one number
            run_norm.append(n_norm)
            run_orig.append(a)
            n_norm += 1
            newline = has_newline  # the space stands for this whitespace, at its start
        else:
            newline = newline or has_newline

    copy(last, n_text)
    if newline and n_norm:
        breaks.append(n_norm - 1)
    return TextMap(text, fold_chars("".join(chunks)), tuple(run_norm), tuple(run_orig), tuple(paragraphs),
                   tuple(breaks))


def fold(s: str) -> str:
    """Normalise a vocabulary entry the same way as document text."""
    return "".join(c for c in s if c not in QUOTES and not c.isspace()).translate(FOLD)
