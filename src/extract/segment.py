"""jieba segmentation around numbers, with the catalog's names and aliases as user words.

Only windows around candidate figures are segmented (full-document segmentation is the
slowest step of a naive pipeline). Tokens carry offsets into the string they came from.
Segmentation runs without jieba's HMM (which only regroups runs of characters outside the
dictionary): the catalog, region and dictionary words decide the cuts, at a fraction of the cost.
"""

from __future__ import annotations

import logging
from functools import cache
from math import log

import jieba
import jieba.posseg

from . import resources
from .indicators import alias_table


@cache
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for name in alias_table():
        tk.add_word(name, freq=200000)
    for r in resources.regions():
        tk.add_word(r.name, freq=50000)
    return tk


def tokens(s: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for s, which they rebuild exactly."""
    return list(tokenizer().tokenize(s, HMM=False))


def starts_word(norm: str, start: int, end: int, window: int = 6) -> bool:
    """Does norm[start:end] begin at a word boundary in jieba's segmentation of its context?

    "营利性服务业增加值": 服务业增加值 starts a token and passes; "国内生产总值" with 生产总值
    as an alias fails, since 国内生产总值 is one word.
    """
    lo = max(0, start - window)
    if lo < start < end and _no_word_across(norm, lo, start):
        return True  # no dictionary word of the context runs over the boundary: a token starts there
    return start - lo in token_starts(norm[lo:end])


def _no_word_across(norm: str, lo: int, start: int) -> bool:
    """Can no token of the segmentation of norm[lo:…] run over the boundary before norm[start]?
    A word of jieba's dictionary over it would begin with some norm[k:start + 1] (k in lo..start-1),
    which the dictionary then holds as a word or a prefix; single Latin letters and digits run
    together, and whitespace is left to the full segmentation."""
    a, b = norm[start - 1], norm[start]
    if a.isspace() or b.isspace() or (jieba.re_eng.match(a) and jieba.re_eng.match(b)):
        return False
    tk = tokenizer()
    tk.check_initialized()
    freq = tk.FREQ
    for k in range(lo, start):  # noqa: SIM110 (a loop, not all() over a generator: asked for every name)
        if norm[k : start + 1] in freq:
            return False
    return True


def token_starts(s: str) -> set[int]:
    """Where the tokens of `tokens(s)` begin, computed as jieba's cut without HMM computes them
    (the same blocks, dictionary graph, scores and tie-breaks, the same grouping of single Latin
    letters and digits) but without its generators, which cost most of the time on short strings."""
    out: set[int] = set()
    pos = 0
    for blk in jieba.re_han_default.split(s):
        if not blk:
            continue
        if jieba.re_han_default.match(blk):
            _graph_starts(blk, pos, out)
        else:
            p = pos
            for x in jieba.re_skip_default.split(blk):
                if jieba.re_skip_default.match(x):
                    out.add(p)  # a line break or a space: one token
                else:
                    out.update(range(p, p + len(x)))  # any other character: a token of its own
                p += len(x)
        pos += len(blk)
    return out


def _graph_starts(blk: str, pos: int, out: set[int]) -> None:
    """Token starts of one block, offset by pos, into out, with single Latin letters and digits run
    together as jieba's cut without HMM groups them."""
    best = _best_route(blk)
    n = len(blk)
    x, in_buf = 0, False
    while x < n:
        y = best[x] + 1
        if y - x == 1 and jieba.re_eng.match(blk[x]):  # single letters and digits run together
            if not in_buf:
                out.add(pos + x)
                in_buf = True
        else:
            in_buf = False
            out.add(pos + x)
        x = y


def _best_route(blk: str) -> list[int]:
    """For each position of the block, the last index of the word jieba's cut without HMM takes
    there: its get_DAG and calc in one pass from the right (each position's best next cut, scored
    as calc scores it, ties to the longer word as max() over (score, end) breaks them)."""
    tk = tokenizer()
    tk.check_initialized()
    freq, logtotal = tk.FREQ, log(tk.total)
    n = len(blk)
    score: list[float] = [0.0] * (n + 1)
    best = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        bs, bx = 0.0, -1
        i, frag = k, blk[k]
        while i < n:
            f = freq.get(frag)
            if f is None:  # no dictionary word starts with frag
                break
            if f:  # frag is a word (0: only a prefix of one)
                sc = log(f) - logtotal + score[i + 1]
                if bx < 0 or sc > bs or (sc == bs and i > bx):
                    bs, bx = sc, i
            i += 1
            frag = blk[k : i + 1]
        if bx < 0:  # no word: the character alone
            bs, bx = log(freq.get(blk[k]) or 1) - logtotal + score[k + 1], k
        score[k], best[k] = bs, bx
    return best


@cache
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(tokenizer())


GOVERNING_TAGS = frozenset({"v", "vd", "vg", "vi", "vq", "ad", "d", "p"})


def last_word(s: str) -> tuple[str, str] | None:
    """The last word of s with its part of speech (jieba's tags), or None for an empty s: the last
    pair of jieba.posseg's cut without HMM, computed as it computes it (the same blocks, route,
    grouping of single letters and digits, and tags) but for the last block only and without its
    generators, which cost most of the time on the short strings asked about here."""
    pt = _pos_tokenizer()
    pt.makesure_userdict_loaded()
    blk = next((b for b in reversed(POS_HAN.split(s)) if b), None)
    if blk is None:
        return None
    if POS_HAN.match(blk):
        best = _best_route(blk)
        x, n = 0, len(blk)
        word, buf = "", ""
        while x < n:
            y = best[x] + 1
            w = blk[x:y]
            if POS_ENG1.match(w):
                buf += w
            else:
                buf, word = "", w
            x = y
        return (buf, "eng") if buf else (word, pt.word_tag_tab.get(word, "x"))
    piece = next(x for x in reversed(POS_SKIP.split(blk)) if x)
    if POS_SKIP.match(piece):
        return piece, "x"
    last = piece[-1]
    return last, "m" if POS_NUM.match(last) else "eng" if POS_ENG.match(piece) else "x"


# jieba.posseg's own patterns (its blocks are not jieba's: no % or - in a Chinese block)
POS_HAN = jieba.posseg.re_han_internal
POS_SKIP = jieba.posseg.re_skip_internal
POS_ENG1 = jieba.posseg.re_eng1
POS_NUM = jieba.posseg.re_num
POS_ENG = jieba.posseg.re_eng


def ends_governing(s: str, except_words: frozenset[str] = frozenset()) -> bool:
    """Does s end with a verb, an adverb or a preposition (推进, 带动, 持续, 以, 根据)? These end
    the phrase before the object they govern; a noun or a distinguishing word in the same place
    modifies the next noun (民营企业出口, 市级收入). `except_words` govern a part (对日本出口)."""
    w = last_word(s)
    # 不含, 不包括: jieba cuts 不 + a verb, but the whole word is an excepted one
    return (w is not None and w[1] in GOVERNING_TAGS and w[0] not in except_words
            and not s.endswith(tuple(except_words)))
