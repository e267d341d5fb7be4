"""fastre: a first-character guard, or a word list written as a trie, never changes what a pattern matches."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from src.extract.fastre import compile_guarded, first_chars, trie_pattern, without_groups

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


def _naive_scan(text, table):
    out, i = [], 0
    while i < len(text) - 1:
        for name in table.get(text[i : i + 2], ()):
            if text.startswith(name, i):
                out.append((i, i + len(name), name))
                i += len(name)
                break
        else:
            i += 1
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["深圳市", "南山区", "宝安", "杭州市", "萧山区", "的", "经济", "市", "区", "增长", "1"]),
                max_size=20))
def test_region_scan_jumps_to_the_same_names(words):
    from src.extract.regions import _by_prefix, _scan

    text = "".join(words)
    assert _scan(text) == _naive_scan(text, _by_prefix())


WORD_LISTS = [
    ["地区生产总值", "生产总值", "总值", "地区"],  # one word inside another, at either end
    ["进出口", "进出口总额", "出口", "进口", "出口额"],
    ["a.b", "a*", "(x)", "x", "[1]"],  # characters re gives a meaning to
    ["一", "一二", "一二三四", "二三"],  # a longer word that fails late falls back to a shorter one
]


@pytest.mark.parametrize("words", WORD_LISTS)
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_trie_matches_the_longest_first_alternation(words, data):
    alphabet = [*sorted(set("".join(words))), "，"]
    text = data.draw(st.text(alphabet=st.sampled_from(alphabet), max_size=30))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))
    trie = re.compile(trie_pattern(words))
    assert [m.span() for m in plain.finditer(text, lo, hi)] == [m.span() for m in trie.finditer(text, lo, hi)]


PLAN = (re.compile(r"^(?:今年|明年)[,，]?.{0,6}?(?:将|要)"), re.compile("^.{0,4}?(?:工作安排|总体要求)"))
REVIEW = (re.compile("^.{0,4}?(?:过去一年|五年来|回顾)"),)


@pytest.mark.parametrize("sentence", [
    "今年，全市将推进", "明年要加快", "二、工作安排", "过去一年，我们", "五年来全市", "回顾过去",
    "今年回顾", "全市经济稳定", "", "将要", "一二三四五工作安排",
])
def test_one_regex_for_the_openers_answers_as_each_pattern(sentence):
    from src.extract.structure import _opening

    combined, each = _opening(PLAN, REVIEW), _opening((*PLAN, re.compile("(x)")), REVIEW)
    assert combined.__name__ == "combined" and each.__name__ == "each"  # a group: patterns tried one by one
    expected = "plan" if any(p.search(sentence) for p in PLAN) else (
        "review" if any(p.search(sentence) for p in REVIEW) else None)
    assert combined(sentence) == expected
    assert each(sentence) == expected


GROUPED = [
    *PATTERNS,
    r"[(（](一|二)[)）]|\((\d)\)",  # brackets in a class and escaped: no group there
    r"[]()](x)|[^](]+(y)",  # a ] opening a class is a member of it
    r"(?P<y>(?:19|20)\d{2})年(?=\d)",
]


@pytest.mark.parametrize("pattern", GROUPED)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("前三季度1-9月上半年第一全年至负2.5%十五期间来x()（）[]y二0")), max_size=40))
def test_without_groups_keeps_matches(pattern, text):
    plain = without_groups(pattern)
    assert plain is not None and re.compile(plain).groups == 0
    assert [m.span() for m in re.finditer(pattern, text)] == [m.span() for m in re.finditer(plain, text)]


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<a>x)(?P=a)", r"(a)?(?(1)b|c)"])
def test_without_groups_leaves_patterns_that_refer_to_a_group(pattern):
    assert without_groups(pattern) is None


# the fixed patterns written to open with a character or a literal (re scans for it in C), against
# the forms they replace
OPENING_FORMS = [
    ("src.extract.periods", "YEAR", r"(?<!\d)((?:19|20)\d{2})(?:(?:年|届)(?!\d)|年(?=\d{1,2}个?年[来间]))"),
    ("src.extract.structure", "HEADING", r"[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}(?:章|部分|篇)[ \u3000]*"),
]


OPENING_TEXTS = ["2019年", "12019年", "x2020年10月", "3.2021年", "2016年5年来", "二、综合", "十二、", "一二三四、",
                 "x十一、", "2005-2014年10年间", "120192023年届", "第二章 总体要求", "第十二部分\u3000", "第一篇",
                 "第一、二", "第四十章", "次第三章"]


@pytest.mark.parametrize("module,name,before", OPENING_FORMS)
@pytest.mark.parametrize("text", OPENING_TEXTS)
def test_rewritten_openings_read_these_texts_as_before(module, name, before, text):
    import importlib

    pat, old = getattr(importlib.import_module(module), name), re.compile(before)
    for lo in range(len(text) + 1):
        assert [(m.span(), m.groups()) for m in old.finditer(text, lo)] == [
            (m.span(), m.groups()) for m in pat.finditer(text, lo)]
        a, b = old.match(text, lo), pat.match(text, lo)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("module,name,before", OPENING_FORMS)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_rewritten_openings_match_as_before(module, name, before, data):
    import importlib

    pat = getattr(importlib.import_module(module), name)
    text = data.draw(st.text(alphabet=st.sampled_from(list("120192023年届来间个5一二三十、x.第章部分篇 \u3000")), max_size=30))
    lo = data.draw(st.integers(0, len(text)))
    old = re.compile(before)
    assert [(m.span(), m.groups()) for m in old.finditer(text, lo)] == [
        (m.span(), m.groups()) for m in pat.finditer(text, lo)]
    a, b = old.match(text, lo), pat.match(text, lo)  # at a given start too (periods.time_word_end)
    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("sentence", [
    "今年，全市将推进", "明年要加快", "二、工作安排", "过去一年，我们", "五年来全市", "回顾过去",
    "今年回顾", "全市经济稳定", "", "将要", "一二三四五工作安排", "今年要做了", "今年要",
])
def test_openers_matched_in_place_answer_as_on_the_sentence_cut_out(sentence):
    from src.extract.structure import _opening, _opening_at

    plan = (*PLAN, re.compile(r"^(?:今年)[,，]?.{0,6}?要(?![做抓干办]了)"))
    at, combined = _opening_at(plan, REVIEW), _opening(plan, REVIEW)
    text = "前文今年要做了。" + sentence + "做了，后文"  # text before and after the sentence
    lo, hi = len("前文今年要做了。"), len("前文今年要做了。") + len(sentence)
    hit = at.match(text, lo, hi)
    assert (hit.lastgroup if hit else None) == combined(sentence)


@pytest.mark.parametrize("pattern", [r"^(?<=。)今年将", r"^今年\b将", r"^今年将$"])
def test_openers_looking_outside_their_sentence_are_read_on_it_cut_out(pattern):
    from src.extract.structure import _opening_at

    assert _opening_at((re.compile(pattern),), REVIEW) is None


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("前三季度1-9月上半年第一全年至负2.5%十五期间来x٣")), max_size=40),
       data=st.data())
def test_starts_pattern_finds_every_match_start(pattern, text, data):
    from src.extract.fastre import find_all, starts_pattern

    lo = data.draw(st.integers(0, len(text)))
    plain, starts = re.compile(pattern), starts_pattern(pattern)
    every = [i for i in range(lo, len(text)) if plain.match(text, i)]  # overlapping ones too
    assert [m.start() for m in starts.finditer(text, lo)] == every
    grouped = re.compile(pattern)
    assert [(m.span(), m.groups()) for m in find_all(grouped, starts, text, lo, len(text))] == [
        (m.span(), m.groups()) for m in grouped.finditer(text, lo)]


def test_starts_pattern_leaves_a_conditional():
    from src.extract.fastre import starts_pattern

    assert starts_pattern(r"(?P<u>a)?b(?(u)c|d)") is None


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_chinese_years_found_from_their_year_character_as_by_the_whole_pattern(data):
    from src.extract.periods import CN_DIGIT, CN_YEAR, find_years

    text = data.draw(st.text(alphabet=st.sampled_from(list("一二〇零○九三年x")), max_size=30))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = [(y.start, y.end, y.year) for y in find_years(text, lo, hi) if not y.relative and not text[y.start].isdigit()]
    assert found == [(m.start(), m.end(), int(m.group(1).translate(CN_DIGIT))) for m in CN_YEAR.finditer(text, lo, hi)]


@pytest.mark.parametrize("text,lo", [("二〇二三年", 0), ("二〇二三年", 1), ("一九九九年二〇〇〇年", 0), ("x二〇二三年", 2), ("二二〇二三年", 0)])
def test_chinese_years_in_these_texts(text, lo):
    from src.extract.periods import CN_YEAR, find_years

    assert [(y.start, y.end) for y in find_years(text, lo) if not y.relative] == [m.span() for m in CN_YEAR.finditer(text, lo)]
