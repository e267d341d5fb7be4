"""jieba segmentation around numbers, with the catalog's names and aliases as user words.

Only windows around candidate figures are segmented (full-document segmentation is the
slowest step of a naive pipeline). Tokens carry offsets into the string they came from.
Segmentation runs without jieba's HMM (which only regroups runs of characters outside the
dictionary): the catalog, region and dictionary words decide the cuts, at a fraction of the cost.
"""

from __future__ import annotations

import logging
from functools import cache

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
    cuts = {lo + s for _, s, _ in tokens(norm[lo:end])}
    return start in cuts


@cache
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(tokenizer())


GOVERNING_TAGS = frozenset({"v", "vd", "vg", "vi", "vq", "ad", "d", "p"})


def last_word(s: str) -> tuple[str, str] | None:
    """The last word of s with its part of speech (jieba's tags), or None for an empty s."""
    words = list(_pos_tokenizer().cut(s, HMM=False)) if s else []
    return (words[-1].word, words[-1].flag) if words else None


def ends_governing(s: str, except_words: frozenset[str] = frozenset()) -> bool:
    """Does s end with a verb, an adverb or a preposition (推进, 带动, 持续, 以, 根据)? These end
    the phrase before the object they govern; a noun or a distinguishing word in the same place
    modifies the next noun (民营企业出口, 市级收入). `except_words` govern a part (对日本出口)."""
    w = last_word(s)
    return w is not None and w[1] in GOVERNING_TAGS and w[0] not in except_words
