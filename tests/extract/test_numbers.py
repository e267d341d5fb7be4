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
