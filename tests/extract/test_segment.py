"""segment.token_starts computes jieba's own cuts (no HMM), only faster: the same starts on any text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from src.extract.segment import _pos_tokenizer, ends_governing, last_word, starts_word, token_starts, tokens

ALPHABET = list("地区生产总值国内全市一般公共预算收入增长进出口服务业营利性的了abcXY0129 .%-+#&_\r\n\t，。、（）")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=24))
def test_token_starts_are_jiebas(s):
    assert token_starts(s) == {a for _, a, _ in tokens(s)}


@pytest.mark.parametrize("text,name,expected", [
    ("全市国内生产总值增长", "生产总值", False),  # 国内生产总值 is one word
    ("营利性服务业增加值增长", "服务业增加值", True),
    ("abc123地区生产总值", "地区生产总值", True),  # a run of letters and digits is one token before it
])
def test_starts_word(text, name, expected):
    i = text.index(name)
    assert starts_word(text, i, i + len(name)) is expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), min_size=2, max_size=24), st.data())
def test_starts_word_is_a_token_start_of_its_context(s, data):
    """starts_word's shortcut (no dictionary word over the boundary) answers as jieba's own cuts do."""
    start = data.draw(st.integers(1, len(s) - 1))
    end = data.draw(st.integers(start + 1, len(s)))
    lo = max(0, start - 6)
    assert starts_word(s, start, end) is (start - lo in {a for _, a, _ in tokens(s[lo:end])})


@pytest.mark.parametrize("text,name,expected", [
    ("上年同期地区生产总值", "地区生产总值", True),  # no word over the boundary: the shortcut answers
    ("今年全国内生产总值", "生产总值", False),  # 国内生产总值 runs over it: the full segmentation answers
    ("12.5%进出口总额", "进出口总额", True),
    ("ab12cd进出口", "cd进出口", False),  # letters and digits run together into one token
])
def test_starts_word_forms(text, name, expected):
    i = text.index(name)
    assert starts_word(text, i, i + len(name)) is expected


POS_ALPHABET = list("推进带动持续以根据民营企业出口市级对日本机电产品高新技术国有外商投资的和与及ab1.2 %-_#+&\t\r\n，。、（）“”")


def _posseg_last(s: str) -> tuple[str, str] | None:
    words = list(_pos_tokenizer().cut(s, HMM=False)) if s else []
    return (words[-1].word, words[-1].flag) if words else None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(POS_ALPHABET), max_size=16))
def test_last_word_is_the_last_pair_of_jieba_posseg(s):
    """last_word computes jieba.posseg's last pair (no HMM) itself: the same word and tag on any text."""
    assert last_word(s) == _posseg_last(s)


@pytest.mark.parametrize("text,word,tag", [
    ("加快推进", "推进", "v"),
    ("全市民营企业", "民营企业", _posseg_last("民营企业")[1]),
    ("增长12.5", "5", "eng"),  # digits and dots stay in the Chinese block: the single digit is a Latin run
    ("增长12%", "%", "x"),  # a sign outside the block is a word of its own
    ("对ab", "ab", "eng"),  # single letters run together
    ("市级 ", " ", "x"),  # whitespace is a word of its own
    ("（草案）", "）", "x"),
    ("", None, None),
])
def test_last_word_forms(text, word, tag):
    got = last_word(text)
    assert (got is None and word is None) or got == (word, tag)
    assert got == _posseg_last(text)


@pytest.mark.parametrize("text,expected", [("通过大力推进", True), ("全市民营企业", False), ("不含", False)])
def test_ends_governing(text, expected):
    assert ends_governing(text, frozenset({"不含"})) is expected
