"""A normalised view of a document that maps every character back to the original offsets.

Matching runs on the normalised string (no whitespace inside sentences, no quote marks, no
footnote markers like "[6]", full-width digits and punctuation folded to ASCII); every offset
reported to the outside goes through `orig()` so that it points into the text exactly as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FOLD = str.maketrans(
    "０１２３４５６７８９．％（）：；，－＋",
    "0123456789.%():;,-+",
)
QUOTES = set("“”‘’\"'「」『』〝〞")
FOOTNOTE = re.compile(r"\[\d{1,2}\]|［\d{1,2}］|【\d{1,2}】")
TERMINAL = set("。！？!?;；：:」”）)】%")
MID = set(",，、(（《“—-")
CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class TextMap:
    """`norm[i]` was read from `text[pos[i]]`; `hard` holds normalised indices that begin a paragraph."""

    text: str
    norm: str
    pos: tuple[int, ...]
    paragraphs: tuple[int, ...]

    def orig(self, i: int) -> int:
        """Original offset of normalised index i (i may equal len(norm))."""
        if i >= len(self.pos):
            return len(self.text)
        return self.pos[i]

    def orig_end(self, j: int) -> int:
        """Original end offset (exclusive) of a normalised span ending at j (exclusive)."""
        if j <= 0:
            return 0
        return self.pos[j - 1] + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.orig(i), self.orig_end(j)


def build(text: str) -> TextMap:
    """Normalise `text` keeping a map back to it.

    A line break is a paragraph boundary when the line before it ends a sentence (。！？；：
    or a closing bracket/percent) or the line is empty; otherwise it is a soft wrap (newspaper
    columns, web pages cut mid-word) and is dropped like any other whitespace.
    """
    norm: list[str] = []
    pos: list[int] = []
    paragraphs: list[int] = [0]
    footnotes = {m.start(): m.end() for m in FOOTNOTE.finditer(text)}
    i, n = 0, len(text)
    pending_break = False
    while i < n:
        if i in footnotes:
            i = footnotes[i]
            continue
        ch = text[i]
        if ch.isspace():
            j = i
            newline = False
            while j < n and text[j].isspace():
                newline = newline or text[j] in "\n\r\u2028\u2029"
                j += 1
            prev = norm[-1] if norm else ""
            nxt = text[j] if j < n else ""
            if newline and (not prev or prev in TERMINAL or not (CJK.match(prev) or prev in MID)):
                pending_break = True
            elif prev.isascii() and prev.isprintable() and nxt.isascii() and nxt.isalnum():
                norm.append(" ")  # keep "2026 05" from reading as one number
                pos.append(i)
            i = j
            continue
        if ch in QUOTES:
            i += 1
            continue
        if pending_break:
            if norm and paragraphs[-1] != len(norm):
                paragraphs.append(len(norm))
            pending_break = False
        norm.append(ch.translate(FOLD))
        pos.append(i)
        i += 1
    return TextMap(text=text, norm="".join(norm), pos=tuple(pos), paragraphs=tuple(paragraphs))


def fold(s: str) -> str:
    """Normalise a vocabulary entry the same way as document text."""
    return "".join(c for c in s if c not in QUOTES and not c.isspace()).translate(FOLD)
