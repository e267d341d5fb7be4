"""Region names, their hierarchy, and which region a mention in a document refers to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from . import periods as per_mod
from . import resources
from .cues import load_cues
from .fastre import compile_guarded, trie_pattern
from .resources import Region
from .scope import is_ranking, load_scope

COUNTRY = "全国"
# 全X / 我X / 本X: the region of level X that contains the document's region (or is it).


@cache
def _relative() -> re.Pattern[str]:
    """全区/我市/本县…: a prefix and a level suffix, from cues.yaml."""
    c = load_cues()
    return re.compile(f"(?:{'|'.join(map(re.escape, c.relative_prefixes))})({'|'.join(map(re.escape, c.relative_suffixes))})")


class RegionMention(NamedTuple):  # a named tuple: quicker to build than a frozen dataclass
    start: int
    end: int
    name: str  # resolved short official name
    relative: bool  # written as 全区/我市/…


@cache
def by_name() -> dict[str, list[Region]]:
    out: dict[str, list[Region]] = {}
    for r in resources.regions():
        out.setdefault(r.name, []).append(r)
    return out


def short_forms(r: Region) -> list[str]:
    """Short forms of a county-level name (region_forms.yaml): 昆山市 -> 昆山; 峨边彝族自治县 ->
    峨边县, 峨边; and of an autonomous prefecture: 甘孜藏族自治州 -> 甘孜州."""
    spec = resources.region_forms()
    if r.level == "city" and spec.get("prefecture"):
        p = re.match(spec["prefecture"], r.name)
        return [p.group("base") + "州"] if p else []
    if r.level != "county":
        return []
    n = int(spec["min_length"])
    out: list[str] = []
    m = re.match(spec["autonomous"], r.name)
    if m:
        out += [m.group("base") + m.group("kind"), m.group("base")]
    else:
        for suffix in spec["county_suffixes"]:
            if r.name.endswith(suffix):
                out.append(r.name[: -len(suffix)])
                break
    return [x for x in out if len(x) >= n]


@cache
def _alias_map() -> dict[str, list[Region]]:
    out: dict[str, list[Region]] = {}
    for r in resources.regions():
        for a in (r.name, *r.aliases):
            if len(a) >= 2:
                out.setdefault(a, []).append(r)
    for r in resources.regions():  # derived short forms never hide a name or alias
        for a in short_forms(r):
            if a not in out or all(x.level == "county" and a not in x.aliases and a != x.name for x in out[a]):
                out.setdefault(a, []).append(r)
    return out


@cache
def _by_prefix() -> dict[str, tuple[str, ...]]:
    """First two characters -> names starting with them, longest first (a scan, not a regex:
    an alternation of thousands of names is the slowest way Python's re can match)."""
    out: dict[str, list[str]] = {}
    for name in _alias_map():
        out.setdefault(name[:2], []).append(name)
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in out.items()}


@cache
def _first_chars() -> re.Pattern[str]:
    """A character that can begin a name, followed by one that can be its second."""
    def cls(chars: set[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    keys = _by_prefix()
    return re.compile(cls({k[0] for k in keys}) + "(?=" + cls({k[1] for k in keys}) + ")")


def _scan(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping region names in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    get = _by_prefix().get
    starts = text.startswith
    out: list[tuple[int, int, str]] = []
    free = lo  # where the next name may begin (after the last one found)
    for jump in _first_chars().finditer(text, lo, hi):  # every place a name can begin
        i = jump.start()
        if i < free:
            continue
        for name in get(text[i : i + 2], ()):
            if starts(name, i) and i + len(name) <= hi:
                out.append((i, i + len(name), name))
                free = i + len(name)
                break
    return out


def lookup(name: str | None, context: str | None = None) -> Region | None:
    """The region called `name` (name or alias); among namesakes the one nearest `context`."""
    if not name:
        return None
    return _lookup(name, context)


@lru_cache(maxsize=65536)
def _lookup(name: str, context: str | None) -> Region | None:
    cands = _alias_map().get(name) or []
    if not cands:
        return None
    if len(cands) == 1 or not context:
        return cands[0]
    ctx = set(_ancestors(context, None)) - {COUNTRY}
    # the namesake sharing the most of the context's line (阳泉市's 城区, not 大同市's, for a
    # 阳泉市 document, though both are in 山西省); none shared: the first
    shared = [len(set(_ancestors(c.name, c)) & ctx) for c in cands]
    best = max(range(len(cands)), key=lambda i: (shared[i], -i))
    return cands[best]


def ancestors(name: str, region: Region | None = None) -> list[str]:
    """name, its parent, …, up to 中国 (names only)."""
    return list(_ancestors(name, region))


@lru_cache(maxsize=65536)
def _ancestors(name: str, region: Region | None) -> tuple[str, ...]:
    """ancestors(), computed once per name (the hierarchy is read once)."""
    out: list[str] = []
    r = region or lookup(name)
    seen: set[str] = set()
    while r is not None and r.name not in seen:
        out.append(r.name)
        seen.add(r.name)
        if not r.parent:
            break
        parents = by_name().get(r.parent) or []
        r = parents[0] if parents else None
    if not out and name:
        out.append(name)
    return tuple(out)


def parent_of(name: str) -> str | None:
    r = lookup(name)
    return r.parent if r and r.parent else None


def level_of(name: str) -> str | None:
    r = lookup(name)
    return r.level if r else None


def is_sub_region(name: str, doc_region: str | None) -> bool:
    """Is `name` a region inside the document's region: below it in the table, or a zone the table
    does not know (a zone named in the text is found as part of the document's region)?"""
    if not doc_region or name == doc_region:
        return False
    return doc_region in _ancestors(name, None) or lookup(name) is None


def resolve_relative(word: str, doc_region: str | None) -> str | None:
    """全区 in a district's report is the district; 全市 there is its city; 全区 in an
    autonomous region's report is the autonomous region itself."""
    named = lookup(word)
    if named is not None and named.level == "country":
        return named.name
    m = _relative().fullmatch(word)
    if not m or not doc_region:
        return doc_region if m else None
    suffix = m.group(1)
    for name in _ancestors(doc_region, None):
        if name.endswith(suffix):  # 全区 -> …区, …开发区, …自治区; 全州 -> …自治州
            return name
    if suffix == "区" and level_of(doc_region) == "zone":
        return doc_region
    return None


SENTENCE_END = "。；;!?！？\n"


def _named_before(norm: str, named: list[RegionMention], m: re.Match[str], anaphoric: bool = False) -> str | None:
    """全市/该市 about a city named just before it: "苏州市上半年全市实现…" is 苏州市, whatever the
    document's region. 全X looks back within its sentence; 该X (that X) also across sentences, and so
    does 全X when `anaphoric` (the document's own line has no X to be)."""
    suffix = m.group(1)
    sc = load_scope()
    if not m.group().startswith(sc.relative_named_before):
        return None
    anaphoric = anaphoric or any(m.group().startswith(a) for a in sc.relative_anaphoric)
    reach = 200 if anaphoric else 60
    for r in reversed(named):
        if r.end > m.start():
            continue
        if m.start() - r.end > reach:
            break
        if reach <= 60 and any(c in SENTENCE_END for c in norm[r.end : m.start()]):
            break
        if r.name.endswith(suffix) and level_of(r.name) != "country":
            return r.name
    return None


@cache
def _zone_spec() -> tuple[re.Pattern[str] | None, int, int, re.Pattern[str]]:
    """region_forms.yaml zones: the suffix pattern (a trie: without a first-character guard, as
    their first characters are common ones), the name's length bounds, the stop words."""
    z = resources.region_forms().get("zones") or {}
    suffixes = z.get("suffixes") or []
    pat = re.compile(trie_pattern(suffixes)) if suffixes else None
    stop = compile_guarded(trie_pattern(z.get("not_in_name") or ["\x00"]))
    return pat, int(z.get("min_name", 2)), int(z.get("max_name", 8)), stop


def is_topic_name(name: str) -> bool:
    """Can a zone or township named in the text (not in the region table) be a sentence's topic: a
    township (那吉镇, 甲玛乡), or a zone whose name opens with a known place name (道真县工业园区)?"""
    z = resources.region_forms().get("zones") or {}
    if name.endswith(tuple(z.get("township_suffixes") or ())):
        return True
    found = _scan(name)
    return bool(found) and found[0][0] == 0


@cache
def _zone_not_names() -> tuple[str, ...]:
    """region_forms.yaml zones.not_names: words ending in a zone suffix that name no place (城镇, 城乡)."""
    return tuple((resources.region_forms().get("zones") or {}).get("not_names") or ())


@cache
def _leading_words() -> re.Pattern[str]:
    """The scope and lead words (scope.yaml) as one pattern, longest first."""
    return compile_guarded(trie_pattern(load_scope().allowed))


def _line_start(line_ends: Sequence[int], a: int, b: int) -> int:
    """The start of the line that norm[b] begins or continues, but not before a: `line_ends`
    (TextMap.breaks, ascending) holds the indices a line break of the original text follows. A
    heading without a stop mark is glued to the line after it in the normalised text; a name
    running back from b does not reach into it."""
    k = bisect_left(line_ends, b)  # the breaks before b
    return max(a, line_ends[k - 1] + 1) if k else a


def _unknown_zones(norm: str, lo: int, hi: int, known: list[tuple[int, int, str]],
                   line_ends: Sequence[int] = (), own: Callable[[str], bool] = lambda t: False) -> list[tuple[int, int, str]]:
    """Zones the region table does not know, named in norm[lo:hi] (温州经济技术开发区一般公共预算收入…):
    (start, end, name as written). The name starts after the phrase boundary (or the line break)
    and the scope, lead, period and year words in front of it; when that stretch holds a stop word
    (加快建设), at the first known place name in it; else at a place name on the document region's
    line (`own`) that does not open it (记者从襄阳高新区: the name opens with 襄阳)."""
    pat, shortest, longest, stop = _zone_spec()
    if pat is None:
        return []
    ends = {e for _, e, _ in known}
    out: list[tuple[int, int, str]] = []
    for m in pat.finditer(norm, lo, hi):
        s0, end = m.start(), m.end()
        if end in ends or (out and s0 < out[-1][1]):
            continue  # a known name (萧山经济技术开发区, 滨海新区) or inside the last zone
        if norm.endswith(_zone_not_names(), max(lo, end - 4), end):
            continue  # 城镇居民, 城乡居民: a word, no township
        run = CJK_RUN_END.search(norm, _line_start(line_ends, max(lo, s0 - 16), s0), s0)  # back to the phrase boundary
        if run is None or run.end() - run.start() < shortest:
            continue
        a = past_leading(norm, run.start(), s0)
        a = next((k for k, e, _ in known if k < a < e and k >= run.start()), a)  # 和静: 和 is no lead word there
        if stop.search(norm, a, s0):  # 加快建设温州经开区: from the place name on
            a = next((k for k, e, _ in known if a <= k < s0 and e <= s0), a)
        else:  # 记者从襄阳高新区…获悉: from the document's own place name on (襄阳 in 襄阳市's paper)
            a = next((k for k, e, t in known if a < k < s0 and e <= s0 and own(t)), a)
        a = _past_appositive(norm, a, s0)  # 旗所在地那吉镇: the name after the word saying what it is
        name = norm[a:s0]
        # a known place name opening it is no stop word's (和静工业园区: 和 in 和静)
        rest = next((e for k, e, _ in known if k == a and e <= s0), a)
        if not (shortest <= len(name) <= longest) or stop.search(norm, rest, s0):
            continue
        if (a > lo and (norm[a - 1].isdigit() or norm[a - 1] in NUMERALS)) or COUNTED.match(norm, a, s0):
            continue  # "全市20大科创集聚区", "十大产业园": a count of zones, not a name
        out.append((a, end, norm[a:end]))
    return out



@cache
def _back_words() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]], int]:
    z = resources.region_forms().get("zones") or {}
    words = {str(k): tuple(v) for k, v in (z.get("back_words") or {}).items()}
    pat = re.compile(trie_pattern(words)) if words else None
    return pat, words, int(z.get("back_reach", 300))


def _zones_referred_back(norm: str, lo: int, hi: int, mentions: list[RegionMention],
                         line_ends: Sequence[int] = (), doc_region: str | None = None) -> list[RegionMention]:
    """新区 / 开发区 opening a phrase after a zone was named (湖州南太湖新区…。新区规上工业增加值…):
    that zone. Only zones in `mentions`: unknown ones (named in the text) and the table's zones.
    In a zone's own document (兰州新区's summary), one with no zone named within reach is the
    document's zone."""
    pat, words, reach = _back_words()
    if pat is None or pat.search(norm, lo, hi) is None:
        return []
    zones = [r for r in mentions if lookup(r.name) is None or level_of(r.name) == "zone"]
    own = doc_region if doc_region and (lookup(doc_region) is None or level_of(doc_region) == "zone") else None
    if not zones and own is None:
        return []
    sc = load_scope()
    out: list[RegionMention] = []
    for m in pat.finditer(norm, lo, hi):
        if any(r.start <= m.start() < r.end for r in zones):
            continue  # the end of a zone's own name
        prior = [r.name for r in zones if r.end <= m.start() and m.start() - r.end <= reach
                 and r.name.endswith(words[m.group()])]
        if not prior and own is not None and own.endswith(words[m.group()]):
            prior = [own]
        if not prior:
            continue
        run = CJK_RUN_END.search(norm, _line_start(line_ends, max(lo, m.start() - 16), m.start()), m.start())
        a = run.start() if run is not None else m.start()
        lead = norm[a : m.start()]
        if past_leading(norm, a, m.start()) != m.start() or any(w in lead for w in sc.region_scope_words):
            continue  # 全市开发区, 重点新区: not a reference to one zone
        out.append(RegionMention(m.start(), m.end(), prior[-1], False))
    return out


CJK_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")  # searched with an end position: the run ending there
NUMERALS = "一二三四五六七八九十两百千"
COUNTED = re.compile(f"[\\d{NUMERALS}]+[大个家批类]")


def _past_appositive(norm: str, a: int, b: int) -> int:
    """Past the last word in norm[a:b] that says what the place after it is (旗所在地那吉镇, 县政府驻地…:
    scope.yaml region_appositives)."""
    for w in load_scope().region_appositives:
        k = norm.rfind(w, a, b)
        if k >= 0 and k + len(w) < b:
            a = k + len(w)
    return a


def past_leading(norm: str, a: int, b: int) -> int:
    """Past the scope, lead, period and year words that open norm[a:b] (其中, 全年, 上半年, 2023年)."""
    lead = _leading_words()
    while a < b:
        w = lead.match(norm, a, b)
        step = w.end() if w is not None else per_mod.time_word_end(norm, a, b)
        if step is None:
            return a
        a = step
    return a


def _on_line(text: str, doc_region: str | None, family: Sequence[str]) -> bool:
    """Is `text` (a name or a short form) a region on the document region's line: the region itself,
    an ancestor or a descendant?"""
    r = lookup(text, doc_region) if doc_region else None
    return r is not None and (r.name == doc_region or r.name in family or doc_region in _ancestors(r.name, r))


@lru_cache(maxsize=1)
def _common_word_names() -> frozenset[str]:
    """region_forms.yaml common_word_names: official names that are also ordinary words."""
    return frozenset(resources.region_forms().get("common_word_names") or ())


def find_regions(norm: str, doc_region: str | None, lo: int = 0, hi: int | None = None,
                 line_ends: Sequence[int] = ()) -> list[RegionMention]:
    """Region mentions in norm[lo:hi]: full names anywhere, short names (杭州, 萧山) only for
    regions on the document region's own line (its ancestors and descendants), and 全X/我X.
    A name followed by a ranking (全市第三, 全国首个) is a ranking scope, not a mention.
    `line_ends`: TextMap.breaks, so that a zone's name does not begin on the line before."""
    hi = len(norm) if hi is None else hi
    family = _ancestors(doc_region, None) if doc_region else ()
    out: list[RegionMention] = []
    found = _scan(norm, lo, hi)
    zones = _unknown_zones(norm, lo, hi, found, line_ends, lambda t: _on_line(t, doc_region, family))
    for start, end, text in zones:
        if not is_ranking(norm, end):
            out.append(RegionMention(start, end, text, False))
    for start, end, text in found:
        if zones and any(a <= start < b for a, b, _ in zones):
            continue  # 温州 inside 温州经济技术开发区
        r = lookup(text, doc_region)
        if r is None:
            continue
        if (text != r.name or text in _common_word_names()) and r.level not in ("country", "province") and not (
            r.name in family or (doc_region and doc_region in _ancestors(r.name, r)) or _sibling_county(r, doc_region)
        ):
            continue  # a short form or a common word (城区) off the document region's line
        if is_ranking(norm, end):
            continue
        out.append(RegionMention(start, end, r.name, False))
    own = _own_district_short(doc_region)
    if own:
        k = norm.find(own, lo, hi)
        while k >= 0:
            if not norm.startswith(doc_region, k) and not any(m.start <= k < m.end for m in out):  # type: ignore[arg-type]
                out.append(RegionMention(k, k + len(own), doc_region, False))  # type: ignore[arg-type]
            k = norm.find(own, k + len(own), hi)
    out += _zones_referred_back(norm, lo, hi, sorted(out, key=lambda x: x.start), line_ends, doc_region)
    named = list(out)
    for m in _relative().finditer(norm, lo, hi):
        if is_ranking(norm, m.end()):
            continue
        name = _named_before(norm, named, m) or resolve_relative(m.group(), doc_region)
        if name is None and m.group().startswith(load_scope().relative_named_before):
            # 全市 in a province's article: no city on the document's line, so the city last named
            name = _named_before(norm, named, m, anaphoric=True)
        if name:
            out.append(RegionMention(m.start(), m.end(), name, True))
    out.sort(key=lambda x: x.start)
    return out


def _sibling_county(r: Region, doc_region: str | None) -> bool:
    """Is `r` a county of the same prefecture as the document's county (科右前旗 in 扎赉特旗's news, both
    of 兴安盟): a county's news compares it with its neighbours by their short names."""
    if r.level != "county" or not doc_region:
        return False
    own = lookup(doc_region)
    return own is not None and own.level == "county" and bool(own.parent) and own.parent == r.parent


@cache
def _own_district_short(doc_region: str | None) -> str | None:
    """The short form of the document's own district (罗湖 in a 罗湖区 report: 罗湖近五年…), read only
    in that district's documents: elsewhere a district's short form is too often an ordinary word
    (和平, 新华), which is why districts have none in the region table."""
    r = lookup(doc_region) if doc_region else None
    suffix = resources.region_forms().get("district_suffix", "")
    if r is None or r.level != "county" or not suffix or not r.name.endswith(suffix):
        return None
    short = r.name[: -len(suffix)]
    return short if len(short) >= int(resources.region_forms()["min_length"]) and not _alias_map().get(short) else None


def find_first_region(text: str) -> str | None:
    """The first full region name in `text` (for documents without metadata)."""
    best: Region | None = None
    for _, _, name in _scan(text):
        r = lookup(name)
        if r is not None and name == r.name and r.level != "country":
            # prefer the most specific of adjacent names: 杭州市萧山区 -> 萧山区
            if best is not None and r.parent == best.name:
                best = r
                continue
            if best is None:
                best = r
            else:
                break
    return best.name if best else None
