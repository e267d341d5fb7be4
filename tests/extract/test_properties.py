"""On any string: no exception, every offset valid, every value finite."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from src.extract import extract_text

PIECES = ["地区生产总值", "GDP", "增长", "下降", "%", "亿元", "万人", "家", "力争", "全区", "全市", "分别", "、", "，", "。",
          "；", "\n", " ", "1", "2.5", "-3", "一季度", "1-4月", "从", "到", "以上", "约", "其中", "占", "“", "”", "[1]",
          "规上工业增加值", "城镇新增就业", "国高新", "二、2024年工作思路", "萧山区", "五", "百", "点", "《", "》"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=30).map("".join))
def test_any_text(text):
    for f in extract_text(text, region="萧山区", published="2024-01", doc_type="work_report"):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.raw
        assert 0 <= f.quote_start <= f.start and f.end <= f.quote_end <= len(text)
        assert f.sentence_start <= f.start and f.end <= f.sentence_end
        assert f.value.is_finite()
