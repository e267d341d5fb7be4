"""Load the rule and vocabulary files of `data/` once per process, and validate them."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """CSV rows with their line numbers, skipping leading '#' comment lines."""
    path = DATA_DIR / name
    with path.open(encoding="utf-8") as f:
        lines = f.read().splitlines()
    offset = 0
    while offset < len(lines) and lines[offset].startswith("#"):
        offset += 1
    reader = csv.DictReader(lines[offset:])
    for i, row in enumerate(reader, start=offset + 2):
        yield i, {k: (v or "").strip() for k, v in row.items() if k is not None}


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name_zh: str
    aliases: tuple[str, ...]
    unit: str
    group: str
    part_of: str
    headline: bool
    core: bool
    variant_of: str = ""


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    family: str
    factor: Decimal


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    aliases: tuple[str, ...]
    parent: str
    level: str
    code: str


@cache
def indicators() -> dict[str, Indicator]:
    out: dict[str, Indicator] = {}
    for _, r in _rows("indicators.csv"):
        out[r["id"]] = Indicator(
            id=r["id"],
            name_zh=r["name_zh"],
            aliases=tuple(a for a in r["aliases"].split("|") if a),
            unit=r["unit"],
            group=r["group"],
            part_of=r.get("part_of", ""),
            headline=r.get("headline", "") == "1",
            core=r.get("core", "") == "1",
            variant_of=r.get("variant_of", ""),
        )
    return out


@cache
def units() -> dict[str, Unit]:
    return {r["unit"]: Unit(r["unit"], r["family"], Decimal(r["factor"])) for _, r in _rows("units.csv")}


@cache
def canonical_units() -> dict[str, Unit]:
    return {
        r["unit"]: Unit(r["unit"], r["family"], Decimal(r["factor"]))
        for _, r in _rows("canonical_units.csv")
    }


@cache
def magnitudes() -> dict[str, Decimal]:
    return {r["word"]: Decimal(r["factor"]) for _, r in _rows("magnitudes.csv")}


@cache
def regions() -> tuple[Region, ...]:
    return tuple(
        Region(r["name"], tuple(a for a in r["aliases"].split("|") if a), r["parent"], r["level"], r["code"])
        for _, r in _rows("regions.csv")
    )


@cache
def yaml_file(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def cues() -> dict[str, Any]:
    return yaml_file("cues.yaml")


def qualifiers() -> dict[str, dict[str, str]]:
    return yaml_file("qualifiers.yaml")


def periods() -> dict[str, Any]:
    return yaml_file("periods.yaml")


def scope() -> dict[str, Any]:
    return yaml_file("scope.yaml")


def region_forms() -> dict[str, Any]:
    return yaml_file("region_forms.yaml")


def validate() -> list[str]:
    """Problems in the shipped data files, one line each as 'file:line: message'."""
    problems: list[str] = []
    seen_ids: set[str] = set()
    alias_owner: dict[str, str] = {}
    canon = {r["unit"] for _, r in _rows("canonical_units.csv")}
    for line, r in _rows("indicators.csv"):
        where = f"indicators.csv:{line}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["id"]):
            problems.append(f"{where}: bad id {r['id']!r}")
        if r["id"] in seen_ids:
            problems.append(f"{where}: duplicate id {r['id']}")
        seen_ids.add(r["id"])
        if r["unit"] not in canon:
            problems.append(f"{where}: unit {r['unit']!r} not in canonical_units.csv")
        for name in [r["name_zh"], *[a for a in r["aliases"].split("|") if a]]:
            owner = alias_owner.get(name)
            if owner and owner != r["id"]:
                problems.append(f"{where}: alias {name!r} already belongs to {owner}")
            alias_owner[name] = r["id"]
    ids = {r["id"] for _, r in _rows("indicators.csv")}
    for line, r in _rows("indicators.csv"):
        for col in ("part_of", "variant_of"):
            if r.get(col) and r[col] not in ids:
                problems.append(f"indicators.csv:{line}: {col} {r[col]!r} is not an indicator id")
    for line, r in _rows("units.csv"):
        try:
            Decimal(r["factor"])
        except Exception:
            problems.append(f"units.csv:{line}: factor {r['factor']!r} is not a number")
    names = {r["name"] for _, r in _rows("regions.csv")}
    seen_regions: set[tuple[str, str]] = set()
    for line, r in _rows("regions.csv"):
        key = (r["name"], r["parent"])
        if key in seen_regions:
            problems.append(f"regions.csv:{line}: duplicate region {r['name']} under {r['parent']}")
        seen_regions.add(key)
        if r["parent"] and r["parent"] not in names:
            problems.append(f"regions.csv:{line}: parent {r['parent']!r} of {r['name']} does not exist")
        if r["level"] not in {"country", "province", "city", "county", "zone"}:
            problems.append(f"regions.csv:{line}: bad level {r['level']!r}")
    for i, p in enumerate(periods()["periods"]):
        try:
            re.compile(p["pattern"])
        except re.error as e:
            problems.append(f"periods.yaml: periods[{i}]: pattern does not compile: {e}")
    for i, w in enumerate(periods().get("heading_year_not_before") or []):
        try:
            re.compile(str(w))
        except re.error as e:
            problems.append(f"periods.yaml: heading_year_not_before[{i}] does not compile: {e}")
    if periods().get("baseline_after_pattern"):
        try:
            re.compile(str(periods()["baseline_after_pattern"]))
        except re.error as e:
            problems.append(f"periods.yaml: baseline_after_pattern does not compile: {e}")
    for key in ("baseline_words", "baseline_after_words", "since_words", "year_on_year_words", "contextual_years",
                "year_span_rate_only"):
        words = periods().get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            problems.append(f"periods.yaml: {key}: a list of words")
    for k, v in (periods().get("end_months") or {}).items():
        if not isinstance(v, int) or not 1 <= v <= 12:
            problems.append(f"periods.yaml: end_months.{k}: {v!r} is not a month")
    valid_q = {"exact", "approx", "at_least", "at_most"}
    for part, table in qualifiers().items():
        for word, q in table.items():
            if q not in valid_q:
                problems.append(f"qualifiers.yaml: {part}.{word}: unknown qualifier {q!r}")
    from .scope import validate as validate_scope

    problems.extend(validate_scope(scope()))
    rf = region_forms()
    try:
        re.compile(rf["autonomous"])
        re.compile(rf.get("prefecture") or "")
        if not isinstance(rf["county_suffixes"], list) or int(rf["min_length"]) < 1:
            problems.append("region_forms.yaml: county_suffixes must be a list and min_length >= 1")
        if not isinstance(rf.get("district_suffix", ""), str):
            problems.append("region_forms.yaml: district_suffix must be a word")
        known = {r.name for r in regions()}
        for w in rf.get("common_word_names") or []:
            if w not in known:
                problems.append(f"region_forms.yaml: common_word_names: {w!r} is not a name in regions.csv")
    except (KeyError, TypeError, ValueError, re.error) as e:
        problems.append(f"region_forms.yaml: {e}")
    problems += validate_cues(cues(), ids)
    from .checks import validate as validate_checks  # the safety net's data (checks.yaml)
    from .numerals import validate as validate_numerals  # numbers' own data (numerals.yaml)

    problems.extend(validate_numerals())
    problems.extend(validate_checks())
    problems += _validate_shape("html.yaml", HTML_SHAPE)
    problems += _validate_shape("tables.yaml", TABLES_SHAPE)
    return problems


# html.yaml (saved web pages): key -> "int" or "words" (a non-empty list of non-empty strings)
HTML_SHAPE = {
    "min_text_chars": "int", "short_text_chars": "int", "title_min_chars": "int", "title_max_chars": "int",
    "furniture_images": "words", "breadcrumb_marks": "words", "breadcrumb_words": "words",
    "generic_titles": "words", "title_separators": "words",
}


# tables.yaml (table rows): "roles" maps each column role to its header words
TABLES_SHAPE = {
    "roles": "roles", "target_words": "words", "point_words": "words", "part_prefixes": "words",
    "unit_caption": "words", "sentence_marks": "words", "max_cell_chars": "int", "empty_cells": "words",
    "statement_openers": "words", "statement_growth": "signs",
}
TABLE_ROLES = ("growth", "value", "unit", "name")


def _validate_shape(name: str, shape: dict[str, str]) -> list[str]:
    """A YAML mapping whose keys hold ints or word lists, as `shape` says."""
    try:
        data = yaml_file(name)
    except (OSError, yaml.YAMLError) as e:
        return [f"{name}: cannot be read ({e})"]
    if not isinstance(data, dict):
        return [f"{name}: not a mapping"]
    problems = []
    for key, kind in shape.items():
        v = data.get(key)
        if kind == "int" and not (isinstance(v, int) and v >= 0):
            problems.append(f"{name}: {key} must be a whole number >= 0, not {v!r}")
        if kind == "words" and not (isinstance(v, list) and v and all(isinstance(w, str) and w for w in v)):
            problems.append(f"{name}: {key} must be a non-empty list of words")
        if kind == "signs" and not (isinstance(v, dict) and v and all(
                isinstance(w, str) and w and x in (1, -1) for w, x in v.items())):
            problems.append(f"{name}: {key} must map words to 1 or -1")
        if kind == "roles":
            if not isinstance(v, dict) or set(v) != set(TABLE_ROLES):
                problems.append(f"{name}: {key} must map exactly {', '.join(TABLE_ROLES)} to header words")
            else:
                for role, words in v.items():
                    if not (isinstance(words, list) and words and all(isinstance(w, str) and w for w in words)):
                        problems.append(f"{name}: {key}.{role} must be a non-empty list of words")
        if kind.startswith("words") and isinstance(v, list) and len(set(v)) != len(v):
            problems.append(f"{name}: {key} lists a word twice")
    for key in set(data) - set(shape):
        problems.append(f"{name}: unknown key {key!r}")
    return problems


CUE_SECTIONS = ("document_types", "status", "sections", "measure", "chain", "range", "threshold", "subject",
                "narrowing", "ratios", "lists", "threshold_qualifiers", "confidence", "relative_regions",
                "budget_levels")
# Keys whose value is a list of words (every other list must be one too, unless named here).
CUE_NUMBERS = {("sections", "plan_ratio"), ("sections", "plan_min"), ("chain", "max_leftover"),
               ("confidence", "base"), ("confidence", "floor"), ("confidence", "distant_name"),
               ("subject", "carry_back")}
CUE_TEXTS = {("range", "multiple_unit"), ("status", "name_end")}
CUE_PATTERNS = {("sections", "review_intro"), ("sections", "plan_intro"), ("measure", "over_target"), ("measure", "other_basis"), ("chain", "adjustment"), ("range", "bracket_base"),
                ("subject", "member_group"), ("budget_levels", "part_heads")}
DOC_TYPE_KEYS = {"title", "years", "sections"}
DOC_TYPE_YEARS = {"", "work_report", "retrospective"}


def _word_list(where: str, xs: object) -> list[str]:
    if not isinstance(xs, list) or not xs:
        return [f"{where}: expected a non-empty list of words"]
    return [f"{where}: {x!r} is not a non-empty word" for x in xs if not isinstance(x, str) or not x.strip()]


def validate_cues(c: dict[str, Any], ids: set[str]) -> list[str]:
    """Problems in cues.yaml's contents: sections, word lists, patterns, numbers, the document-type
    vocabulary, ratio indicators and confidence weights (keyed by known rule ids)."""
    from .records import RULE_IDS

    out: list[str] = []
    if not isinstance(c, dict):
        return ["cues.yaml: not a mapping"]
    for key in CUE_SECTIONS:
        if key not in c:
            out.append(f"cues.yaml: missing section {key!r}")
    for sec in ("status", "sections", "measure", "chain", "range", "threshold", "subject", "narrowing", "lists",
                "threshold_qualifiers", "relative_regions", "budget_levels"):
        for k, v in (c.get(sec) or {}).items():
            where = f"cues.yaml: {sec}.{k}"
            if (sec, k) in CUE_NUMBERS:
                if not isinstance(v, int | float) or isinstance(v, bool) or v < 0:
                    out.append(f"{where}: expected a non-negative number")
            elif (sec, k) in CUE_TEXTS:
                if not isinstance(v, str) or not v:
                    out.append(f"{where}: expected a word")
            elif (sec, k) in CUE_PATTERNS:
                out += _word_list(where, v)
                for x in v if isinstance(v, list) else []:
                    try:
                        re.compile(str(x))
                    except re.error as e:
                        out.append(f"{where}: pattern {x!r} does not compile: {e}")
            elif isinstance(v, list):
                out += _word_list(where, v)
            elif isinstance(v, dict):  # subject.collective: word -> its members
                for word, members in v.items():
                    out += _word_list(f"{where}.{word}", members)
            elif not isinstance(v, bool):
                out.append(f"{where}: unexpected value {v!r}")
    st = c.get("status") or {}
    both = set(st.get("target") or []) & set(st.get("actual") or [])
    if both:
        out.append(f"cues.yaml: status: words both target and actual: {', '.join(sorted(both))}")
    types = c.get("document_types") or {}
    owner: dict[str, str] = {}
    for t, spec in types.items():
        where = f"cues.yaml: document_types.{t}"
        if not re.fullmatch(r"[a-z][a-z_]*", str(t)):
            out.append(f"{where}: bad type id")
        spec = spec or {}
        if not isinstance(spec, dict):
            out.append(f"{where}: expected a mapping")
            continue
        for k in set(spec) - DOC_TYPE_KEYS:
            out.append(f"{where}: unknown key {k!r}")
        if "title" in spec:
            out += _word_list(f"{where}.title", spec["title"])
            for w in spec["title"] or []:
                if w in owner:
                    out.append(f"{where}: title word {w!r} already gives {owner[w]}")
                owner[w] = str(t)
        if spec.get("years", "") not in DOC_TYPE_YEARS:
            out.append(f"{where}: years {spec.get('years')!r} not one of {sorted(DOC_TYPE_YEARS)}")
        if not isinstance(spec.get("sections", False), bool):
            out.append(f"{where}: sections must be true or false")
    for key in ("real_growth_ids", "change_valued_ids"):
        for x in (c.get("measure") or {}).get(key) or []:
            if x not in ids:
                out.append(f"cues.yaml: measure.{key}: {x!r} is not a catalog id")
    for i, r in enumerate(c.get("ratios") or []):
        for k in ("numerator", "denominator", "indicator"):
            if r.get(k) not in ids:
                out.append(f"cues.yaml: ratios[{i}].{k}: {r.get(k)!r} is not an indicator id")
    conf = c.get("confidence") or {}
    if isinstance(conf.get("floor"), int | float) and isinstance(conf.get("base"), int | float) and not (
            0 <= conf["floor"] <= conf["base"] <= 1):
        out.append("cues.yaml: confidence: need 0 <= floor <= base <= 1")
    for k, w in (conf.get("weights") or {}).items():
        fld, _, rule = str(k).partition(".")
        if rule not in RULE_IDS.get(fld, ()):
            out.append(f"cues.yaml: confidence.weights: {k!r} is not field.rule_id of a known rule")
        if not isinstance(w, int | float) or not 0 <= w <= 1:
            out.append(f"cues.yaml: confidence.weights.{k}: weight {w!r} not in [0, 1]")
    return out
