"""segment.token_starts computes jieba's own cuts (no HMM), only faster: the same starts on any text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from src.extract.segment import starts_word, token_starts, tokens

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
