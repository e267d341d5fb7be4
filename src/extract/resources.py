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
        if not isinstance(rf["county_suffixes"], list) or int(rf["min_length"]) < 1:
            problems.append("region_forms.yaml: county_suffixes must be a list and min_length >= 1")
    except (KeyError, TypeError, ValueError, re.error) as e:
        problems.append(f"region_forms.yaml: {e}")
    c = cues()
    for key in ("status", "measure", "chain", "range", "sections"):
        if key not in c:
            problems.append(f"cues.yaml: missing section {key!r}")
    from .checks import validate as validate_checks  # the safety net's data (checks.yaml)
    from .numerals import validate as validate_numerals  # numbers' own data (numerals.yaml)

    problems.extend(validate_numerals())
    problems.extend(validate_checks())
    return problems
