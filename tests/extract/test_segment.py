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
