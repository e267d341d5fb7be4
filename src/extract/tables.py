"""Tables in the stored text: each row read as figures (indicator, unit, value, growth).

The loaders store a table as one line per row with its cells separated by a tab (CELL_SEP), so
that offsets into the stored text hold. A header row gives the columns (指标 / 单位 / 绝对数 /
比上年增长%); a row's numbers are read from the columns they are in, with the unit of their
own cell, of the unit column, of the header or of a `单位：` caption. A number whose column or
unit is not known is not read.

Where the structure is lost (a flattened row such as `地区生产总值 亿元 8651.7 6.0`: cells joined
with spaces) nothing is read from the numbers: `row_spans` gives these lines and the table rows
so that the prose reader skips them too. Pure: text in, figures out. Vocabulary: data/tables.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from . import resources
from .indicators import alias_table
from .records import DocMeta, Figure, Measure, Qualifier, Rule, Status
from .textmap import fold

CELL_SEP = "\t"
_BARE = re.compile(r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?%?")
_YEAR = re.compile(r"((?:19|20)\d{2})年")


@cache
def vocab() -> dict[str, Any]:
    return resources.yaml_file("tables.yaml")


@cache
def _number() -> re.Pattern[str]:
    """A cell that is one number (or a range), with an optional unit after it."""
    units = sorted(resources.units(), key=lambda w: (-len(w), w))
    mags = sorted(resources.magnitudes(), key=lambda w: (-len(w), w))
    return re.compile(
        r"(?P<num>[-−]?\d+(?:,\d{3})*(?:\.\d+)?)"
        r"(?:\s*[-~～—至]\s*(?P<hi>\d+(?:\.\d+)?))?"
        rf"\s*(?P<mag>{'|'.join(map(re.escape, mags))})?(?P<unit>{'|'.join(map(re.escape, units))})?"
    )


@dataclass(frozen=True, slots=True)
class Cell:
    start: int  # offsets into the stored text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _cells(line: Line) -> list[Cell] | None:
    """The cells of a tab-separated row (None when the line is not one)."""
    if CELL_SEP not in line.text.strip():
        return None
    cells, pos = [], line.start
    for part in line.text.split(CELL_SEP):
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        cells.append(Cell(pos + lead, pos + lead + len(body), body))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    limit = vocab()["max_cell_chars"]  # an empty first cell is kept: the columns stay aligned
    if sum(1 for c in cells if c.text) < 2 or any(len(c.text) > limit for c in cells):
        return None
    return cells


_SPACES = re.compile(r"\S+")


def _spaced_cells(line: Line) -> list[Cell] | None:
    """The cells of a row flattened with spaces (`地区生产总值 亿元 8651.7 6.0`), None when the line
    is prose or has fewer than three cells. Such cells are read only under a header whose every
    cell has a role and with exactly as many cells as it (see read_tables)."""
    s = line.text
    if CELL_SEP in s or any(m in s for m in vocab()["sentence_marks"]):
        return None
    cells = [Cell(line.start + m.start(), line.start + m.end(), m.group()) for m in _SPACES.finditer(s)]
    if len(cells) < 3 or any(len(c.text) > vocab()["max_cell_chars"] for c in cells):
        return None
    return cells


@cache
def _role_words() -> frozenset[str]:
    return frozenset(fold(w) for words in vocab()["roles"].values() for w in words)


def _spread_words(cells: list[Cell]) -> list[Cell]:
    """A spaced header whose words a PDF spread letter by letter (`指  标`, `项  目`, `单  位`): runs
    of one-character cells joined into the longest header word (tables.yaml roles) they spell."""
    words, out, i = _role_words(), [], 0
    while i < len(cells):
        j = i
        while j < len(cells) and len(cells[j].text) == 1:
            j += 1
        k = next((k for k in range(j, i + 1, -1) if fold("".join(c.text for c in cells[i:k])) in words), None)
        if k is None:
            out.append(cells[i])
            i += 1
            continue
        out.append(Cell(cells[i].start, cells[k - 1].end, "".join(c.text for c in cells[i:k])))
        i = k
    return out


def _fits(cells: list[Cell], cols: list[Column | None]) -> bool:
    """A spaced row has exactly its header's columns, each cell of the kind its column holds: a
    unit under 单位, a number or a dash under a value or growth column."""
    if len(cells) != len(cols):
        return False
    for c, col in zip(cells, cols, strict=True):
        if col is None or col.role == "name":
            continue
        if col.role == "unit":
            if c.text not in resources.units():
                return False
        elif c.text not in vocab()["empty_cells"] and not _is_number_cell(c.text):
            return False
    return True


def _is_number_cell(t: str) -> bool:
    m = _number().fullmatch(t.strip().rstrip("%％"))
    return m is not None


def _flattened(line: str) -> bool:
    """Cells joined with spaces: two bare numbers side by side, or a unit alone before a number."""
    s = line.strip()
    if not s or CELL_SEP in s or any(m in s for m in vocab()["sentence_marks"]):
        return False
    toks = s.split()
    if len(toks) < 3:
        return False
    units = resources.units()
    empty = vocab()["empty_cells"]
    bare = [bool(re.fullmatch(r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?%?", t)) or t in empty for t in toks]
    return any(bare[i + 1] and (bare[i] or toks[i] in units) for i in range(len(toks) - 1))


def looks_tabular(text: str) -> bool:
    """Does a text hold flattened table rows, or cells one per line (two lines that are a bare
    number each): a PDF page worth laying out as a table?"""
    lines = text.split("\n")
    if any(_flattened(line) for line in lines if " " in line):
        return True
    bare = sum(1 for line in lines if _BARE.fullmatch(line.strip()))
    return bare >= 2


def _flattened_block(text: str) -> bool:
    """Does the text hold a flattened row (cheap test before reading spaced tables)?"""
    return any(_flattened(line) for line in text.split("\n") if " " in line)


def row_spans(text: str) -> list[tuple[int, int]]:
    """Lines of the stored text that are table rows with a number, or flattened rows: the prose
    reader reads no number in them (the table reader reads what it can be certain of)."""
    if CELL_SEP not in text and "  " not in text and " " not in text:
        return []
    out = []
    pos = 0
    for raw in text.split("\n"):  # the lines of _lines(), built only where a row can be
        ln_start, pos = pos, pos + len(raw) + 1
        if CELL_SEP not in raw and " " not in raw:
            continue  # neither a row of cells nor a flattened one
        ln = Line(ln_start, ln_start + len(raw), raw)
        cells = _cells(ln)
        if cells is not None:
            if any(_is_number_cell(c.text) or _number().search(c.text) for c in cells[1:]):
                out.append((ln.start, ln.end))
        elif " " in ln.text and _flattened(ln.text):
            out.append((ln.start, ln.end))
    return out


@cache
def _statement() -> re.Pattern[str]:
    """A cell stating a rate in words: 增长8.5%左右, 下降5%, 控制在3%以内 (tables.yaml statement_openers,
    qualifiers.yaml suffixes)."""
    v = vocab()["statement_openers"]
    suffix = sorted(resources.qualifiers().get("suffix", {}), key=len, reverse=True)
    return re.compile(rf"(?P<verb>{'|'.join(map(re.escape, sorted(v, key=len, reverse=True)))})"
                      r"(?P<num>[-−]?\d+(?:\.\d+)?)(?P<pct>%|％)"
                      rf"(?P<q>{'|'.join(map(re.escape, suffix))})?")


@dataclass(frozen=True, slots=True)
class Statement:
    """What a cell stating a rate in words says: 增长8.5%左右 under the caption 2017年主要指标预期."""
    measure: Measure
    sign: int
    qualifier: Qualifier
    status: Status
    year: int | None
    caption: str
    words: str


def _stated(m: re.Match[str], caption: str) -> Statement | None:
    verb = m.group("verb")
    signs = vocab()["statement_growth"]
    q = resources.qualifiers().get("suffix", {}).get(m.group("q") or "") or (
        resources.qualifiers().get("prefix", {}).get(verb) or "exact")
    target = any(w in caption for w in vocab()["target_words"])
    ym = _YEAR.search(caption)
    return Statement(Measure.GROWTH if verb in signs else Measure.VALUE, int(signs.get(verb, 1)), Qualifier(q),
                     Status.TARGET if target else Status.ACTUAL, int(ym.group(1)) if ym else None, caption,
                     m.group())


class Blocked:
    """Offsets inside table rows (bisect over sorted spans)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.spans = list(spans)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def covers(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and self.spans[k][0] <= i < self.spans[k][1]


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class Column:
    role: str  # name, unit, value, growth
    status: Status
    unit: str | None
    year: int | None
    header: str


def _role(cell: str) -> str | None:
    t = fold(cell)
    for role in ("growth", "unit", "name", "value"):
        if any(fold(w) in t for w in vocab()["roles"][role]):
            return role
    if _YEAR.search(t):
        return "value"
    return None


def _unit_in(t: str) -> str | None:
    """A unit named in a header or a name cell: 绝对数（亿元）, 地区生产总值(万元)."""
    m = re.search(r"[(（]([^()（）]{1,6})[)）]", t)
    if m and m.group(1).strip() in resources.units():
        return m.group(1).strip()
    return None


def _header(cells: list[Cell]) -> list[Column | None] | None:
    """Columns of a header row, or None when the row is not a header (a number in it, no role)."""
    if any(_is_number_cell(c.text) for c in cells):
        return None
    cols: list[Column | None] = []
    v = vocab()
    for c in cells:
        role = _role(c.text)
        if role is None:
            cols.append(None)
            continue
        if role == "growth" and any(w in c.text for w in v["point_words"]):
            cols.append(None)
            continue
        status = Status.TARGET if any(w in c.text for w in v["target_words"]) else Status.ACTUAL
        ym = _YEAR.search(c.text)
        cols.append(Column(role, status, _unit_in(c.text), int(ym.group(1)) if ym else None, c.text))
    if not any(col and col.role in ("value", "growth") for col in cols):
        return None
    return cols


def _caption_unit(line: str) -> str | None:
    for w in vocab()["unit_caption"]:
        k = line.find(w)
        if k >= 0:
            rest = line[k + len(w):].strip()
            for u in sorted(resources.units(), key=lambda w: (-len(w), w)):
                if rest.startswith(u):
                    return u
    return None


def _name(t: str) -> tuple[str, bool]:
    """A row's name without part prefixes (其中：) or numbering; whether it was marked a part."""
    s = fold(t)
    part = False
    for p in sorted((fold(x) for x in vocab()["part_prefixes"]), key=lambda w: (-len(w), w)):
        if s.startswith(p):
            s, part = s[len(p):], True
            break
    s = re.sub(r"^(?:\d{1,2}[.、]|[(]\d{1,2}[)]|[一二三四五六七八九十]{1,2}[、.])", "", s)
    s = re.sub(r"[(][^()]{1,6}[)]$", "", s)  # a unit written after the name
    return s, part


def _indicator(name: str, parent: str | None) -> tuple[str | None, bool]:
    """The catalog id a row's name is, exactly (a name with a restricting word in front is another
    indicator); a part row (其中：第一产业, and the rows after it: 第二产业, 第三产业) under its whole
    is the catalog's part of that whole. Also: whether it was read as such a part."""
    table = alias_table()
    if name in table:
        return table[name], False
    if parent is not None:
        inds = resources.indicators()
        for w in resources.cues()["subject"]["measure_words"]:
            ind = table.get(name + fold(w))
            if ind and inds[ind].part_of == parent:
                return ind, True
    return None, False


def _caption_indicator(caption: str) -> str | None:
    """The catalog indicator a table's caption ends with (各县市区一般公共预算收入, 分县区固定资产投资情况):
    the indicator of rows named by regions. None when the caption ends with no catalog name."""
    table = alias_table()
    text = fold(caption).rstrip("：:")
    for w in resources.cues()["subject"].get("caption_tails") or ():
        text = text.removesuffix(w)
    for i in range(max(0, len(text) - 24), len(text)):
        if text[i:] in table:
            return table[text[i:]]
    return None


def _sub_region(name: str, doc_region: str | None) -> str | None:
    """The region a row's name is, when it is one inside the document's (a county of the city)."""
    from . import regions as reg_mod

    r = reg_mod.lookup(name, doc_region)
    return r.name if r is not None and reg_mod.is_sub_region(r.name, doc_region) else None


def _canonical(unit: str) -> tuple[str, Decimal]:
    u = resources.canonical_units()[unit]
    return u.family, u.factor


def _value(num: str, mag: str | None, unit: str, indicator: str) -> tuple[str, Decimal] | None:
    """(indicator id, value in its canonical unit), the unit's family decides a unit variant."""
    units = resources.units()
    if unit not in units:
        return None
    try:
        base = Decimal(num.replace(",", "").replace("−", "-")) * units[unit].factor
    except InvalidOperation:
        return None
    if mag:
        base *= resources.magnitudes()[mag]
    inds = resources.indicators()
    ind_unit = inds[indicator].unit
    fam, factor = _canonical(ind_unit)
    if units[unit].family != fam:
        variant = next((i.id for i in inds.values() if i.variant_of == indicator
                        and _canonical(i.unit)[0] == units[unit].family), None)
        if variant is None:
            return None
        indicator = variant
        fam, factor = _canonical(inds[variant].unit)
    return indicator, base / factor


def _plain(v: Decimal) -> Decimal:
    return Decimal(int(v)) if v == v.to_integral_value() else v.normalize()


def read_tables(text: str, meta: DocMeta, actual_year: int | None, target_year: int | None,
                period: str = "year", rows: Sequence[tuple[int, int]] | None = None) -> list[Figure]:
    """Figures of every table row whose columns are known (see the module's docstring). `rows`:
    row_spans(text) when the caller has it (it tells whether flattened rows are there at all)."""
    if rows is None:
        spaced_rows = " " in text and _flattened_block(text)
    else:
        spaced_rows = any(CELL_SEP not in text[a:b] for a, b in rows)
    if CELL_SEP not in text and not spaced_rows:
        return []
    lines = _lines(text)
    figs: list[Figure] = []
    header: list[Column | None] | None = None
    spaced = False  # the header and its rows are cells joined with spaces
    caption_unit: str | None = None
    caption_year: int | None = None
    caption_ind: str | None = None  # 各县市区一般公共预算收入: the indicator of a table whose rows are regions
    parent: str | None = None
    prev_text = before_text = ""  # the last line before a table, and the one before it
    for ln in lines:
        cells = _cells(ln)
        if cells is None and spaced_rows and " " in ln.text:
            cells = _spaced_cells(ln)
            if cells is not None and header is None:
                h = _header(cells)
                if h is not None and None in h:  # 指  标 单位 …: a header word spread over cells
                    cells = _spread_words(cells)
                    h = _header(cells)
                if h is None or None in h:
                    cells = None  # a header of spaced cells must name every column
            elif cells is not None and (not spaced or not _fits(cells, header or [])):
                cells = None  # a spaced row is read only when its cells fit its header's columns
        elif cells is not None and spaced:
            header, parent, spaced = None, None, False
        if cells is None:
            header, parent, spaced = None, None, False
            if ln.text.strip():
                before_text, prev_text = prev_text, ln.text.strip()
            continue
        if header is None:
            stated_row = any(_statement().fullmatch(c.text) for c in cells[1:])  # 增长8.5%左右: a row, no header
            h = _header(cells) if len(cells) >= 2 and not stated_row else None
            if h is not None:
                header = h
                spaced = CELL_SEP not in ln.text
                caption_unit = _caption_unit(prev_text)
                caption_ind = _caption_indicator(prev_text) or (
                    _caption_indicator(before_text) if _caption_unit(prev_text) else None)  # caption, then 单位：亿元
                ym = _YEAR.search(prev_text)
                caption_year = int(ym.group(1)) if ym else None
                continue
            # no header yet: only a number with its own unit beside a name can be read
        cols = header or [None] * len(cells)
        if len(cells) > len(cols):
            continue  # more cells than columns: the structure is not certain
        figs_row, parent = _read_row(text, ln, cells, cols, meta, parent, caption_unit, caption_year,
                                     actual_year, target_year, period, prev_text, caption_ind)
        figs.extend(figs_row)
    return figs


def _read_row(text: str, ln: Line, cells: list[Cell], cols: list[Column | None], meta: DocMeta,
              parent: str | None, caption_unit: str | None, caption_year: int | None,
              actual_year: int | None, target_year: int | None, period: str, caption: str = "",
              caption_ind: str | None = None) -> tuple[list[Figure], str | None]:
    name_i = next((i for i, c in enumerate(cols) if c and c.role == "name"), 0)
    unit_i = next((i for i, c in enumerate(cols) if c and c.role == "unit"), None)
    name_cell = cells[name_i]
    name, part = _name(name_cell.text)
    row_unit = _unit_in(name_cell.text)
    if unit_i is not None and unit_i < len(cells) and cells[unit_i].text in resources.units():
        row_unit = cells[unit_i].text
    head = _number().search(name)
    inline = None
    if head and head.start() > 0 and fold(name_cell.text).find(head.group()) >= 0:
        inline, name = head, name[: head.start()]  # 地区生产总值3003亿元: the value in the name cell
    indicator, as_part = _indicator(name, parent)
    region = meta.region
    if indicator is None and caption_ind is not None and (row_region := _sub_region(name, meta.region)):
        indicator, region = caption_ind, row_region  # 袁州区 9.76 8.5 under 各县市区一般公共预算收入
    if indicator is None:
        return [], parent if part else None
    new_parent = parent if part or as_part else indicator  # the next row may be a part of the same whole
    only_target = all(c is None or c.status is Status.TARGET for c in cols if c and c.role in ("value", "growth"))
    out: list[Figure] = []

    def emit(cell: Cell, m: re.Match[str], col: Column | None, measure: Measure, unit: str | None,
             stated: Statement | None = None) -> None:
        status = col.status if col else (stated.status if stated else Status.ACTUAL)
        year = (col.year if col and col.year else (stated.year if stated else None) or caption_year) or (
            target_year if status is Status.TARGET and (only_target or stated) else actual_year)
        qualifier = stated.qualifier if stated else Qualifier.AT_LEAST if m.group("hi") else Qualifier.EXACT
        ind = indicator
        if measure is Measure.GROWTH:
            if (not stated and m.group("unit") not in (None, "%", "％")) or resources.indicators()[ind].unit == "%":
                return  # a growth column beside a ratio is a change in points, not a rate
            value = Decimal(m.group("num").replace("−", "-")) * (stated.sign if stated else 1)
            out_unit = "%"
        elif stated is not None:
            if resources.indicators()[ind].unit != "%":
                return  # 达到3%: only a rate's own level is stated so (城镇登记失业率 控制在3%以内)
            value, out_unit = Decimal(m.group("num").replace("−", "-")), "%"
        else:
            if unit is None:
                return
            got = _value(m.group("num"), m.group("mag"), unit, ind)
            if got is None:
                return
            ind, value = got
            out_unit = resources.indicators()[ind].unit
        start = cell.start + m.start("num" if stated else 0)
        end = cell.start + (m.end("pct") if stated else m.end() if m.group("unit") or m.group("mag")
                            else m.end("hi" if m.group("hi") else "num"))
        rules = (
            Rule("indicator", "table_row", name_cell.text),
            Rule("measure", "table_column", col.header if col else "number with its unit"),
            Rule("status", "table_column" if col else ("table_caption" if stated else "default_actual"),
                 col.header if col else (stated.caption if stated else "")),
            Rule("year", "table_column" if col and col.year else ("table_caption" if (
                stated and stated.year) or caption_year else ("document_target" if status is Status.TARGET and (only_target or stated)
                                               else "document_actual")), ""),
            Rule("period", "document_period" if period != "year" else "default_year", ""),
            Rule("region", "document", meta.region or "") if region == meta.region else Rule("region", "table_row", region or ""),
            Rule("qualifier", "table_statement" if stated else "table_range" if m.group("hi") else "default_exact",
                 stated.words if stated else ""),
        )
        out.append(Figure(
            doc=meta.doc, indicator=ind, measure=measure, value=_plain(value), unit=out_unit, status=status,
            year=year, period=period, region=region, qualifier=qualifier, start=start, end=end,
            quote=text[ln.start:ln.end], quote_start=ln.start, quote_end=ln.end, sentence_start=ln.start,
            sentence_end=ln.end, confidence=0.9, raw=text[start:end], rules=rules,
        ))

    if inline is not None:
        k = name_cell.text.find(inline.group())
        if k >= 0 and inline.group("unit"):
            m = _number().match(name_cell.text, k)
            if m:
                emit(name_cell, m, None, Measure.VALUE, m.group("unit"))
    for i, cell in enumerate(cells):
        if i in (name_i, unit_i) or not cell.text:
            continue
        col = cols[i] if i < len(cols) else None
        t = cell.text
        st = _statement().fullmatch(t)
        if st is not None:  # 增长8.5%左右: the figure stated in words
            stated = _stated(st, caption)
            if stated is not None:
                emit(cell, st, col, stated.measure, None, stated)
            continue
        m = _number().fullmatch(t.rstrip("%％")) if t.endswith(("%", "％")) else _number().fullmatch(t)
        if m is None:
            continue
        pct = t.endswith(("%", "％")) or m.group("unit") in ("%", "％")
        if col is None:
            # no header: a number is read only with its own unit in its cell (2087.4亿元)
            if m.group("unit") and not pct:
                emit(cell, m, None, Measure.VALUE, m.group("unit"))
            continue
        if col.role == "growth":
            emit(cell, m, col, Measure.GROWTH, None)
        elif col.role == "value":
            unit = m.group("unit") or col.unit or row_unit or caption_unit
            if pct and resources.indicators()[indicator].unit != "%":
                continue
            emit(cell, m, col, Measure.VALUE, "%" if pct else unit)
    return out, new_parent


def merge(prose: list[Figure], table: Iterable[Figure]) -> list[Figure]:
    """The prose figures plus the table figures that are not a restatement of one of them."""
    def key(f: Figure) -> tuple:
        return (f.indicator, f.measure, f.status, f.year, f.period, f.region)

    seen: dict[tuple, list[Decimal]] = {}
    for f in prose:
        seen.setdefault(key(f), []).append(f.value)
    out = list(prose)
    for f in table:
        vals = seen.setdefault(key(f), [])
        if any(abs(f.value - v) <= abs(v) * Decimal("0.001") for v in vals):
            continue
        vals.append(f.value)
        out.append(f)
    return out


__all__ = ["CELL_SEP", "Blocked", "merge", "read_tables", "row_spans"]
