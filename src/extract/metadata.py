"""Document metadata: from a manifest CSV, or read from the text's own header."""

from __future__ import annotations

import csv
import datetime
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .cues import load_cues
from .records import DocMeta
from .regions import find_first_region, lookup

DATE = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2}))?")
HEADER_DATE = re.compile(r"(?:发布日期|成文日期|发布时间|日期)\s*[:：|]?\s*\|?\s*((?:19|20)\d{2}[-年/.]\d{1,2}(?:[-月/.]\d{1,2})?)")
PUBLISHER = re.compile(r"(?:发布机构|信息来源|来源)\s*[:：|]?\s*\|?\s*([^\s|]{2,30})")
FIRST_LINE = "text: first line"  # the source of a title read from the text's first line
MANIFEST_FIELDS = ("file", "title", "publisher", "region", "published", "doc_type")


class MetadataError(ValueError):
    """A metadata value that cannot be read (a broken date, a manifest row without a file)."""


def normalise_date(value: str | None) -> str | None:
    """'2025-01-07 10:39', '2025年1月7日', '2026-01', '2023' -> ISO prefix; '' -> None."""
    if value is None or not str(value).strip():
        return None
    v = str(value).strip()
    if re.fullmatch(r"(?:19|20)\d{2}", v):
        return v
    m = DATE.match(v)
    if not m:
        raise MetadataError(f"not a date: {v!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= mo <= 12:
        raise MetadataError(f"not a date: {v!r} (month {mo})")
    if d is not None:
        try:
            datetime.date(y, mo, int(d))
        except ValueError:
            raise MetadataError(f"not a date: {v!r} (day {int(d)})") from None
    if not re.fullmatch(r"[月日号]?\s*(?:T?\d{1,2}:\d{2}(?::\d{2})?\S*)?", v[m.end():]):
        raise MetadataError(f"not a date: {v!r}")
    return f"{y:04d}-{mo:02d}" + (f"-{int(d):02d}" if d else "")


def from_header(text: str, meta: DocMeta) -> DocMeta:
    """Fill what the metadata lacks from the text's header (first ~40 lines)."""
    head = "\n".join(text.splitlines()[:40])[:3000]
    sources = dict(meta.sources)
    title, publisher, region, published, doc_type = meta.title, meta.publisher, meta.region, meta.published, meta.doc_type
    if not title:
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        if 4 <= len(first) <= 40 and not any(c in first for c in "，,。；;"):
            title, sources["title"] = first, FIRST_LINE
    if not published:
        m = HEADER_DATE.search(head)
        if m:
            try:
                published, sources["published"] = normalise_date(m.group(1)), "header"
            except MetadataError:
                published = None
    if not publisher:
        m = PUBLISHER.search(head)
        if m:
            publisher, sources["publisher"] = m.group(1), "header"
    if region and lookup(region) is None:
        # "浙江省杭州市萧山区" or "萧山区人民政府": the most specific known region named in it
        inner = find_first_region(region)
        if inner:
            region, sources["region"] = inner, f"given as {meta.region}"
    if not region:
        for candidate, src in ((title, "title"), (publisher, "publisher"), (head, "header"), (text[-400:], "signature")):
            r = find_first_region(candidate or "")
            if r:
                region, sources["region"] = r, src
                break
    if not doc_type:
        found = load_cues().type_from_title(f"{title or ''}\n{head[:300]}")
        if found:
            doc_type, sources["doc_type"] = found, "title"
    for k, v in (("region", region), ("published", published)):
        sources.setdefault(k, "unknown" if not v else "given")
    return replace(meta, title=title or "", publisher=publisher or "", region=region, published=published,
                   doc_type=doc_type or "", sources=tuple(sorted(sources.items())))


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One manifest row: the document it names, its metadata, and why it is refused ('' when it is not)."""

    path: Path
    meta: DocMeta
    error: str = ""
    missing_only: bool = False  # the only problem is that the document does not exist


def manifest_rows(path: Path) -> list[ManifestRow]:
    """Every row of a manifest CSV, each checked on its own: a broken row (a date such as
    2023-13-45, an empty or missing file, a file named twice) carries its reason and refuses its
    document, instead of the document being read with metadata guessed from its text.
    Raises MetadataError only for a manifest that cannot be read at all."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                raise MetadataError(f"{path}: a manifest needs a 'file' column ({','.join(MANIFEST_FIELDS)})")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise MetadataError(f"{path}: cannot read the manifest ({e})") from None
    out: list[ManifestRow] = []
    seen: set[str] = set()
    for i, r in enumerate(rows, start=2):
        file = (r.get("file") or "").strip()
        where = f"{path.name} line {i}"
        problems: list[str] = []
        if not file:
            problems.append("empty 'file'")
        try:
            published = normalise_date(r.get("published"))
        except MetadataError as e:
            published = None
            problems.append(f"published: {e}")
        doc_type = (r.get("doc_type") or "").strip()
        if doc_type and load_cues().doc_type(doc_type) is None:
            problems.append(f"unknown doc_type {doc_type!r} (known: {', '.join(load_cues().doc_types)})")
        meta = DocMeta(
            doc=file,
            title=(r.get("title") or "").strip(),
            publisher=(r.get("publisher") or "").strip(),
            region=(r.get("region") or "").strip() or None,
            published=published,
            doc_type=doc_type,
            sources=(("manifest", str(path)),),
        )
        doc_path = path.parent / file
        if file:
            if file in seen:
                problems.append(f"{file} is listed twice")
            elif not doc_path.is_file():
                problems.append(f"names {file}, which does not exist")
            seen.add(file)
        error = f"{where}: {'; '.join(problems)}" if problems else ""
        missing_only = len(problems) == 1 and problems[0].endswith("which does not exist")
        out.append(ManifestRow(doc_path, meta, error, missing_only))
    return out


def read_manifest(path: Path) -> list[tuple[Path, DocMeta]]:
    """Rows of a manifest CSV as (document path, metadata); documents relative to the manifest.
    Strict: the first broken row (see `manifest_rows`) raises MetadataError."""
    out = []
    for row in manifest_rows(path):
        if row.error and not row.missing_only:
            raise MetadataError(f"{path}: {row.error}")
        out.append((row.path, row.meta))
    return out
