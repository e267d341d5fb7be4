"""fastre: a first-character guard never changes what a pattern matches."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from src.extract.fastre import compile_guarded, first_chars

PATTERNS = [
    "前三季度|1[-—–~至到]9月|上半年",
    r"第?[一1]季度|全年",
    r"(?<![\d.])(1)[-—–~至到](1[0-2]|[2-9])月",
    r"(?P<a>负)?\d+(?:\.\d+)?%?",
    "十[一二三四五六七八九]五(?:期间|时期)?|五年来",
]


@pytest.mark.parametrize(
    "pattern,expected",
    [
        ("abc|b", frozenset("ab")),
        ("x?y", frozenset("xy")),
        (r"(?<!a)(b|c)", frozenset("bc")),
        ("a*", None),  # may match empty
        (".b", None),  # any character
        ("[^a]", None),
        ("(?i)a", None),
    ],
)
def test_first_chars(pattern, expected):
    assert first_chars(pattern) == expected


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("前三季度1-9月上半年第一全年至负2.5%十五期间来x٣")), max_size=40))
def test_guard_keeps_matches(pattern, text):
    plain, guarded = re.compile(pattern), compile_guarded(pattern)
    assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [
        (m.span(), m.groups()) for m in guarded.finditer(text)
    ]
