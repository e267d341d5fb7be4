"""The per-field deciders: rule ids as data, confidence from their weights, the validated cue file
and document-type vocabulary."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from src.extract import resources
from src.extract.cues import load_cues
from src.extract.metadata import MetadataError, read_manifest
from src.extract.records import RULE_IDS
from src.ui.rules_view import rules_table
from tests.conftest import ROOT


def _expected_confidence(f) -> float:
    c = load_cues()
    score = c.confidence_base - sum(c.confidence_weights.get(f"{r.field}.{r.rule}", 0.0) for r in f.rules)
    return round(max(score, c.confidence_floor), 2)


@pytest.mark.parametrize(("text", "indicator_rule"), [
    ("全区地区生产总值增长5.6%。", "name_before"),
    ("全年新增8家企业被认定为国家高新技术企业。", "count_forward"),
    ("城镇、农村居民人均可支配收入分别增长4.1%、6.3%。", "pairing_list"),
    ("全年完成固定资产投资二百亿元。", "name_before"),
])
def test_confidence_is_base_minus_the_weights_of_the_deciding_rules(extract, text, indicator_rule):
    figs = extract(text, region="萧山区", published="2025-02", doc_type="statistical_communique")
    assert figs
    for f in figs:
        assert all(r.rule in RULE_IDS[r.field] for r in f.rules), f.rules
        assert indicator_rule in {r.rule for r in f.rules if r.field == "indicator"}
        assert f.confidence == _expected_confidence(f)


def test_weaker_rules_lower_confidence(extract):
    plain = extract("全区实现地区生产总值增长5.6%。", region="萧山区", published="2025-02")[0]
    listed = extract("城镇、农村居民人均可支配收入分别增长4.1%、6.3%。", region="萧山区", published="2025-02")[0]
    cn = extract("全年完成固定资产投资二百亿元。", region="萧山区", published="2025-02")[0]
    assert listed.confidence < plain.confidence
    assert cn.confidence < plain.confidence
    assert ("value", "chinese_numeral", "二百亿元") in cn.rules


def test_shipped_cues_validate():
    assert resources.validate() == []


def _ids() -> set[str]:
    return set(resources.indicators())


@pytest.mark.parametrize(("mutate", "expect"), [
    (lambda c: c.pop("lists"), "missing section 'lists'"),
    (lambda c: c["status"]["target"].append(""), "status.target"),
    (lambda c: c["status"]["actual"].append("力争"), "both target and actual"),
    (lambda c: c["sections"].__setitem__("plan_intro", ["(unclosed"]), "does not compile"),
    (lambda c: c["chain"].__setitem__("max_leftover", "four"), "chain.max_leftover"),
    (lambda c: c["document_types"].__setitem__("Bad-Type", {}), "bad type id"),
    (lambda c: c["document_types"]["news"].__setitem__("years", "sometimes"), "years 'sometimes'"),
    (lambda c: c["document_types"]["news"].__setitem__("colour", "red"), "unknown key 'colour'"),
    (lambda c: c["document_types"]["news"].__setitem__("title", ["统计公报"]), "already gives"),
    (lambda c: c["ratios"][0].__setitem__("indicator", "no_such_indicator"), "not an indicator id"),
    (lambda c: c["confidence"]["weights"].__setitem__("status.made_up_rule", 0.1), "not field.rule_id"),
    (lambda c: c["confidence"]["weights"].__setitem__("year.unpinned", 3), "not in [0, 1]"),
    (lambda c: c["confidence"].__setitem__("floor", 0.99), "floor <= base"),
])
def test_validate_cues_reports_each_kind_of_mistake(mutate, expect):
    c = copy.deepcopy(resources.cues())
    mutate(c)
    problems = resources.validate_cues(c, _ids())
    assert any(expect in p for p in problems), problems


def test_every_manifest_uses_a_known_document_type():
    cues = load_cues()
    manifests = [ROOT / "seeds" / "manifest.csv", *sorted((ROOT / "tests" / "data").glob("*/manifest.csv"))]
    for m in manifests:
        for _, meta in read_manifest(m):
            assert meta.doc_type == "" or cues.doc_type(meta.doc_type) is not None, (m, meta.doc_type)
    assert cues.doc_type("newspaper") is not None


def test_unknown_document_type_in_a_manifest_is_one_clear_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text("全年地区生产总值增长5%。", encoding="utf-8")
    m = tmp_path / "manifest.csv"
    m.write_text("file,title,publisher,region,published,doc_type\na.txt,t,p,萧山区,2024-01-01,pamphlet\n",
                 encoding="utf-8")
    with pytest.raises(MetadataError) as e:
        read_manifest(m)
    assert "pamphlet" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize(("title", "expected"), [
    ("某区2024年政府工作报告", "work_report"),
    ("2023年某市国民经济和社会发展统计公报", "statistical_communique"),
    ("一季度全市经济运行情况", "statistical_analysis"),
    ("某局2023年工作总结", "work_summary"),
    ("关于某某代表建议的答复", "deputy_reply"),
    ("一则没有类型词的标题", None),
])
def test_document_type_from_title_words(title, expected):
    assert load_cues().type_from_title(title) == expected


@pytest.mark.parametrize(("raw", "rows"), [
    ('[{"field": "status", "rule": "target_cue", "evidence": "力争"}]', [["状态", "target_cue", "力争"]]),
    ('{"status": "target cue: 力争"}', [["状态", "", "target cue: 力争"]]),
    ("not json", []),
    (None, []),
])
def test_rules_table_reads_new_and_old_forms(raw, rows):
    df = rules_table(raw)
    assert list(df.columns) == ["字段", "规则", "依据"]
    assert df.values.tolist() == rows
