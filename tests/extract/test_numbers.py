from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from src.extract.numbers import chinese_to_decimal, find_numbers

CASES = [
    # text, number (times magnitude), unit, qualifier, span
    ("实现2087.4亿元", Decimal("208740000000"), "元", "exact", "2087.4亿元"),
    ("城镇新增就业2.5万人以上", Decimal("25000"), "人", "at_least", "2.5万人"),
    ("共1万2千人", Decimal("12000"), "人", "exact", "1万2千人"),
    ("评出五家", Decimal("5"), "家", "exact", "五家"),
    ("突破百亿元", Decimal("10000000000"), "元", "at_least", "百亿元"),
    ("一百二十三点五亿元", Decimal("123.5"), "亿元", "exact", "一百二十三点五亿元"),
    ("增长百分之五点一", Decimal("5.1"), "%", "exact", "百分之五点一"),
    ("完成1,234.5万元", Decimal("12345000"), "元", "exact", "1,234.5万元"),
    ("增速-9.2%", Decimal("-9.2"), "%", "exact", "-9.2%"),
    ("9000余名青年", Decimal("9000"), "名", "approx", "9000余名"),
    ("1200多人", Decimal("1200"), "人", "approx", "1200多人"),
    ("约5.7万人", Decimal("57000"), "人", "approx", "5.7万人"),
    ("近300家", Decimal("300"), "家", "approx", "300家"),
    ("增长6%左右", Decimal("6"), "%", "approx", "6%"),
    ("不低于80%", Decimal("80"), "%", "at_least", "80%"),
    ("不超过3%", Decimal("3"), "%", "at_most", "3%"),
    ("控制在5.5%以内", Decimal("5.5"), "%", "at_most", "5.5%"),
    ("超240亿元", Decimal("24000000000"), "元", "at_least", "240亿元"),
    ("7亿美元", Decimal("700000000"), "美元", "exact", "7亿美元"),
    ("青年人口突破105万", Decimal("1050000"), None, "at_least", "105万"),
    ("两家企业", Decimal("2"), "家", "exact", "两家"),
]


@pytest.mark.parametrize("text,number,unit,qualifier,span", CASES, ids=[c[0] for c in CASES])
def test_hard_cases(text, number, unit, qualifier, span):
    nums = find_numbers(text)
    assert len(nums) == 1, nums
    n = nums[0]
    assert n.number == number
    assert n.unit == unit
    assert n.qualifier == qualifier
    assert text[n.start : n.end] == span


@pytest.mark.parametrize(
    "text",
    ["PM2.5浓度", "296X集群", "二十大", "一季度", "千家万户", "5G基站", "A-F类人才"],
)
def test_not_numbers_with_units(text):
    assert [n for n in find_numbers(text) if n.unit] == []


def test_date_range_is_not_negative():
    nums = find_numbers("1-4月份最低-29.8%")
    assert [(str(n.number), n.unit) for n in nums] == [("1", None), ("-29.8", "%")]


def test_list_inherits_unit():
    nums = find_numbers("分别拉动0.6、2.0、3.4个百分点")
    assert [n.unit for n in nums] == ["个百分点"] * 3


def test_decimal_exact():
    (n,) = find_numbers("0.1亿元")
    assert n.base == Decimal("10000000")  # no float drift


@pytest.mark.parametrize("s,v", [("一百二十三点五", "123.5"), ("百", "100"), ("两", "2"), ("二十三万", "230000"), ("十", "10")])
def test_chinese_to_decimal(s, v):
    assert chinese_to_decimal(s) == Decimal(v)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-%万亿元人家一二三百千点以上余多约 分之两第")), max_size=40))
def test_never_raises_and_offsets_valid(s):
    for n in find_numbers(s):
        assert 0 <= n.start < n.end <= n.tail <= len(s)
        assert n.number.is_finite()


# ---------------------------------------------------------------------------------------------
# parse_number: one expression as written -> its value (percent figure for a percentage), or None.
# Forms in the styles of other parsers' public suites (cn2an strict/normal/smart, chinese2digits,
# Chinese/Japanese numeral converters, date parsers' digit strings), written here in our own terms.

from src.extract.numbers import parse_number  # noqa: E402

PARSE = [
    # plain Chinese integers
    ("零", "0"), ("〇", "0"), ("一", "1"), ("九", "9"), ("十", "10"), ("十五", "15"), ("一十五", "15"),
    ("二十", "20"), ("四十七", "47"), ("一百", "100"), ("一百零七", "107"), ("一百一十", "110"),
    ("三百四十五", "345"), ("一千", "1000"), ("一千零八", "1008"), ("一千零一十", "1010"),
    ("一千零十", "1010"), ("二千零二十六", "2026"), ("八千八百八十八", "8888"), ("一万", "10000"),
    ("一万零一", "10001"), ("一万零三百", "10300"), ("十万", "100000"), ("十万零一", "100001"),
    ("六十七万", "670000"), ("一百万", "1000000"), ("一千万", "10000000"), ("一亿", "100000000"),
    ("一亿零一", "100000001"), ("十亿", "1000000000"), ("三千五百万", "35000000"),
    ("九千九百九十九万九千九百九十九", "99999999"), ("一千零一亿零一千零一万零一", "100110010001"),
    ("一万亿", "1000000000000"), ("十万八千", "108000"), ("五十万零三", "500003"),
    ("一千二百三十四万五千六百七十八", "12345678"), ("一百九十万零三千九百七十一", "1903971"),
    ("一亿五千万零六千三百五十五", "150006355"), ("两", "2"), ("百", "100"), ("二千十八", "2018"),
    # 两 and traditional forms
    ("两千", "2000"), ("两万", "20000"), ("两百", "200"), ("两亿", "200000000"), ("两千六", "2600"),
    ("兩千六", "2600"), ("兩萬", "20000"), ("三億", "300000000"), ("五萬三千", "53000"),
    ("一萬零五", "10005"), ("四十億", "4000000000"),
    # elided units (口语)
    ("三万二", "32000"), ("四千三", "4300"), ("两万五", "25000"), ("一百二", "120"),
    ("十三万五", "135000"), ("一千一十", "1010"), ("一百二十万三", "1203000"), ("三千万五", "30005000"),
    ("十万零一千", "101000"), ("七千八", "7800"), ("六万四", "64000"),
    # 廿 / 卅 / 卌
    ("廿", "20"), ("廿二", "22"), ("廿九", "29"), ("卅", "30"), ("卅一", "31"), ("卌", "40"),
    ("一百廿", "120"),
    # financial capitals (大写), with or without 元…整
    ("壹", "1"), ("拾", "10"), ("拾壹", "11"), ("壹拾壹", "11"), ("壹佰壹拾壹", "111"),
    ("壹仟贰佰", "1200"), ("叁仟肆佰伍拾陆", "3456"), ("柒万捌仟玖佰", "78900"),
    ("壹拾万零叁仟肆佰伍拾叁", "103453"), ("伍亿柒仟万拾柒", "570000017"), ("陆佰陆拾陆", "666"),
    ("壹佰贰拾叁萬", "1230000"), ("贰億", "200000000"), ("貳拾", "20"), ("參佰", "300"), ("陸拾", "60"),
    ("壹拾壹元整", "11"), ("壹佰壹拾壹圆整", "111"), ("壹拾壹元正", "11"), ("叁佰圓整", "300"),
    ("壹拾壹元壹角", "11.1"), ("壹拾壹元壹角壹分", "11.11"), ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18"),
    ("壹佰捌拾壹圆柒角", "181.7"), ("伍元零伍分", "5.05"),
    # decimals
    ("零点一", "0.1"), ("零点零一", "0.01"), ("零点零零一", "0.001"), ("零点零零零零零一", "0.000001"),
    ("三点一四", "3.14"), ("一百二十三点五", "123.5"), ("三百四十点零零三四", "340.0034"),
    ("一七二零点一", "1720.1"), ("一百点123", "100.123"), ("点五", "0.5"), ("点二八", "0.28"),
    ("零点零", "0"), ("十二点五", "12.5"),
    # a magnitude after a decimal
    ("零点零零三四二万", "34.2"), ("一点二三亿", "123000000"), ("三点五万", "35000"),
    ("十二点五万", "125000"), ("零点五亿", "50000000"), ("两点五万", "25000"),
    # digit strings (years, codes)
    ("一一", "11"), ("一二三", "123"), ("一七二零", "1720"), ("二〇二三", "2023"), ("二零零二", "2002"),
    ("一九九七", "1997"), ("三五", "35"),
    # negative numbers
    ("负一", "-1"), ("负十", "-10"), ("负十一", "-11"), ("负一点二", "-1.2"), ("负零点一零", "-0.1"),
    ("负一七二零", "-1720"), ("负1.2", "-1.2"), ("负1,200", "-1200"), ("-10.1", "-10.1"),
    ("-10.1万", "-101000"), ("−3.5", "-3.5"), ("负3亿", "-300000000"), ("负两千", "-2000"),
    ("負五", "-5"), ("+5", "5"), ("正五", "5"),
    # Arabic, separators, full-width
    ("2087.4", "2087.4"), ("1,234.5", "1234.5"), ("12,345,678", "12345678"), ("1，200", "1200"),
    ("１２３４", "1234"), ("１２．５", "12.5"), ("１，０００", "1000"), ("０.５", "0.5"), (".5", "0.5"),
    ("007", "7"),
    # mixed Arabic and Chinese
    ("1万2千", "12000"), ("3.5亿", "350000000"), ("2.5万", "25000"), ("100万", "1000000"),
    ("100万三千", "1003000"), ("200亿零四千230", "20000004230"), ("10.1万", "101000"), ("16.4亿", "1640000000"),
    ("1百01", "101"), ("1万600", "10600"), ("3千", "3000"), ("5百", "500"), ("2千万", "20000000"),
    ("3.1千万", "31000000"), ("12.550万", "125500"), ("2.55万", "25500"), ("300十万", "30000000"),
    ("2亿3千万", "230000000"), ("1.2万亿", "1200000000000"), ("１.５万", "15000"), ("3亿5千万", "350000000"),
    ("20万", "200000"), ("1,200万", "12000000"),
    # percentages: the percent figure
    ("百分之五", "5"), ("百分之五点一", "5.1"), ("百分之十二", "12"), ("百分之一百", "100"),
    ("百分之零点五", "0.5"), ("百分之5", "5"), ("百分之4.5", "4.5"), ("负百分之五", "-5"),
    ("百分之负五", "-5"), ("负百分之点二八", "-0.28"), ("百分之负六十五点二八", "-65.28"),
    ("百分之三五", "35"), ("百分之四百三十二", "432"), ("5%", "5"), ("5.1%", "5.1"), ("5.1％", "5.1"),
    ("-9.2%", "-9.2"), ("-.34%", "-0.34"), ("负1.2%", "-1.2"), ("５％", "5"), ("百分之两百", "200"),
    # fractions and per-mille / per-ten-thousand
    ("十分之一", "0.1"), ("四分之三", "0.75"), ("4分之3", "0.75"), ("负五分之6", "-1.2"),
    ("五分之二", "0.4"), ("二分之一", "0.5"), ("千分之五", "0.005"), ("负千分之15", "-0.015"),
    ("万分之四三", "0.0043"), ("五百分之二", "0.004"), ("5‰", "0.005"),
    # with units, magnitudes and qualifiers around them
    ("2.5万人", "25000"), ("2087.4亿元", "208740000000"), ("1,234.5万元", "12345000"), ("三万二千元", "32000"),
    ("两千家", "2000"), ("五个百分点", "5"), ("0.6个百分点", "0.6"), ("9000余名", "9000"),
    ("约5.7万人", "57000"), ("1200多人", "1200"), ("近300家", "300"), ("6%左右", "6"),
    ("不低于80%", "80"), ("超240亿元", "24000000000"), ("7亿美元", "700000000"), ("3.2万亩", "32000"),
    ("百亿元", "10000000000"), ("十五万吨", "150000"), ("两万户", "20000"),
]

PARSE_NONE = [
    "", " ", "元整", "圆", "负", "零点", "零点点", "零点零大", "10.1万零100", "10..1万", "abc", "PM2.5",
    "5G", "万", "亿", "亿元", "十几", "数百", "几千", "上万", "三四十", "一二十", "增长5%",
    "1-4", "2023-05-01", "第三", "一兆", "百分之", "分之五", "五分之", "零分之一", "1.2.3", "5%%",
    "百分之5%", "三点", "点", "--5", "负负五", "负百分之负五", "+-3", "二十大", "百分之五十的", "万三", "千四五", "拾万人民", "1e5",
    "１２a", "一季度", "3/4", "0分之1",
]


@pytest.mark.parametrize("text,value", PARSE, ids=[c[0] for c in PARSE])
def test_parse_number(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", PARSE_NONE)
def test_parse_number_unsure_is_none(text):
    assert parse_number(text) is None


def test_parse_number_table_is_broad():
    assert len(PARSE) + len(PARSE_NONE) >= 250


@pytest.mark.parametrize(
    "text,span,base,family",
    [
        ("增速为负1.2%", "负1.2%", "-1.2", "percent"),
        ("下降至负0.5%", "负0.5%", "-0.5", "percent"),
        ("全年为企业减负52亿元", "52亿元", "5200000000", "cny"),
        ("共吸纳两千人", "两千人", "2000", "person"),
        ("捐款壹仟贰佰元", "壹仟贰佰元", "1200", "cny"),
        ("同比下降百分之负五", "百分之负五", "-5", "percent"),
        ("增速为负百分之五点一", "负百分之五点一", "-5.1", "percent"),
        ("税负百分之五", "百分之五", "5", "percent"),
        ("新增三万二千户", "三万二千户", "32000", "household"),
        ("引进廿三家企业", "廿三家", "23", "count"),
        ("完成3亿5千万元", "3亿5千万元", "350000000", "cny"),
        ("实现１２３．４亿元", "１２３．４亿元", "12340000000", "cny"),
        ("增长５．１％", "５．１％", "5.1", "percent"),
        ("新增就业四千三百人", "四千三百人", "4300", "person"),
    ],
)
def test_forms_found_in_running_text(text, span, base, family):
    from src.extract.textmap import build

    tm = build(text)
    nums = [n for n in find_numbers(tm.norm) if n.unit]
    assert len(nums) == 1, nums
    n = nums[0]
    a, b = tm.span(n.start, n.end)
    assert text[a:b] == span
    assert n.base == Decimal(base)
    assert n.family == family


@pytest.mark.parametrize("text", ["来了三四个人", "七八十人参加", "二〇二三年", "五六家企业"])
def test_ranges_and_digit_strings_are_not_numbers_in_text(text):
    assert [n for n in find_numbers(text) if n.unit] == []


# property: an integer rendered in several Chinese and mixed styles reads back as itself
def _renderings(n: int) -> list[str]:
    import cn2an

    low = cn2an.an2cn(n)
    out = [low, cn2an.an2cn(n, "up"), f"{n:,}", str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))]
    out.append(low.replace("二", "两", 1) if low.startswith("二") and len(low) > 1 else low)
    if 10_000 <= n < 100_000_000:
        hi, lo = divmod(n, 10_000)
        rest = "" if lo == 0 else ("零" if lo < 1000 else "") + cn2an.an2cn(lo)
        out.append(f"{hi}万{rest}")
        if lo % 1000 == 0 and lo:
            out.append(f"{hi}万{lo // 1000}千")
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_property_integers_read_back(n):
    for form in _renderings(n):
        assert parse_number(form) == n, form
        assert parse_number("负" + form) == -n, form


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**6 - 1), st.sampled_from([("万", 10_000), ("亿", 10**8)]))
def test_property_decimals_with_magnitude(k, mag):
    import cn2an

    d = Decimal(k) / 100
    word, factor = mag
    assert parse_number(f"{d:f}{word}") == d * factor
    whole, _, frac = f"{d:f}".partition(".")
    cn = cn2an.an2cn(whole) + ("点" + "".join("零一二三四五六七八九"[int(c)] for c in frac) if frac else "")
    assert parse_number(cn + word) == d * factor
    assert parse_number(f"百分之{cn}") == d


@pytest.mark.parametrize("text", ["增长6%-6.5%", "增长8%—8.5%左右", "控制在3%-3.5%"])
def test_dash_after_a_percentage_is_a_range_not_a_minus(text):
    from src.extract.textmap import build

    nums = find_numbers(build(text).norm)
    assert len(nums) == 2 and all(n.number > 0 for n in nums)


# ---- the Arabic number scan: its number-first pattern finds what the sign-first form finds ----------

_OLD_FORM = (  # the pattern as written before the scan opened with the digit (a guard, then the sign)
    r"(?:(?<![A-Za-z0-9.\-第%])(?P<sign>(?:[-−]|负)(?=\d))?|(?<=%[-−~])|(?<=CPI)|(?<=GDP))"
    r"(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
)


def _sign_first_matches(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where the sign-first form (with today's magnitudes, units and ending) starts each Arabic
    number, with its sign or after a 负 that ends a word, and where its digits end."""
    import re

    from src.extract.numbers import _patterns
    from src.extract.numerals import is_minus

    today = _patterns()[0].pattern
    pat = re.compile(_OLD_FORM + today[today.index("(?P<mixed>"):])
    out, pos = [], lo
    while True:
        m = pat.search(text, pos, hi)
        if m is None:
            return out
        start = m.start()
        if m.group("sign") == "负" and not is_minus(text, start):
            start += 1
        out.append((start, m.end("num")))
        pos = m.end()


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-−~%负第AGDPCI增长元，、 ")), max_size=14), st.data())
def test_arabic_numbers_start_where_the_sign_first_form_starts_them(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    got = [(n.start, n.end) for n in find_numbers(text, lo, hi) if not n.chinese]
    want = _sign_first_matches(text, lo, hi)
    assert [s for s, _ in got] == [s for s, _ in want]
    assert all(e >= w for (_, e), (_, w) in zip(got, want, strict=True))  # a unit may follow the digits


@pytest.mark.parametrize("text,lo,value,span", [
    ("同比-5%", 0, Decimal("-5"), "-5%"),
    ("税负5%", 0, Decimal("5"), "5%"),  # 负 ends a word: no sign
    ("下降负5%", 0, Decimal("-5"), "负5%"),
    ("A-5家", 0, None, None),  # after a letter and a dash: no number
    ("6%-6.5%", 0, Decimal("6"), "6%"),  # the range's end is read by merge_ranges, not as −6.5
    ("−5%", 1, Decimal("5"), "5%"),  # reading from the digit: the sign before the stretch is left
    ("-5%", 1, None, None),  # …but after a dash no number starts
    ("GDP4874.5亿元", 0, Decimal("487450000000"), "4874.5亿元"),
])
def test_signs_before_arabic_numbers(text, lo, value, span):
    found = [n for n in find_numbers(text, lo) if not n.chinese]
    if value is None:
        assert found == []
    else:
        assert (found[0].base if found[0].unit else found[0].number, text[found[0].start:found[0].end]) == (value, span)
