"""Raw bytes -> a document's text (exactly as it will be indexed) and what the file says of itself.

Every refusal is a `LoadError` with a one-line reason; nothing here writes anywhere.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from src.extract.metadata import MetadataError, normalise_date
from src.extract.records import DocMeta
from src.extract.textio import InputError, decode, read_bytes

MAX_BYTES = 100 * 1024 * 1024
MAX_DOCX_XML = 64 * 1024 * 1024  # uncompressed
MAX_RATIO = 200
TEXT_EXT = {".txt", ".text", ".md", ".csv"}
HTML_EXT = {".html", ".htm", ".shtml", ".xhtml"}
SUPPORTED = TEXT_EXT | HTML_EXT | {".pdf", ".docx"}
HEADER_FIELDS = {
    "publisher": re.compile(r"(?:发布机构|信息来源|来源)\s*[:：]?\s*([^\s<>|:：]{2,30})"),
    "published": re.compile(r"(?:发布日期|成文日期|发布时间)\s*[:：]?\s*((?:19|20)\d{2}[-年/.]\d{1,2}(?:[-月/.]\d{1,2})?)"),
    "index_no": re.compile(r"索\s*引\s*号\s*[:：]?\s*([A-Za-z0-9/\-]{4,40})"),
}


class LoadError(InputError):
    """A file refused, with the reason in one line."""


@dataclass(frozen=True)
class Loaded:
    text: str
    kind: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def sniff(data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"\xef\xbb\xbf<!doctype html")) or b"<html" in head[:512]:
        return "html"
    return "text"


def load_path(path: Path) -> Loaded:
    data = read_bytes(path, MAX_BYTES)
    return load_bytes(data, path.name, base_dir=path.parent)


def load_bytes(data: bytes, name: str, base_dir: Path | None = None) -> Loaded:
    """`base_dir`: the folder the file was saved in (a page's embedded PDF is read from there)."""
    ext = Path(name).suffix.lower()
    kind = sniff(data)
    if ext == ".pdf":
        if kind != "pdf":
            raise LoadError(f"{name}: not a PDF (its content does not match the .pdf extension)")
        return _pdf(data, name)
    if ext == ".docx":
        if kind != "zip":
            raise LoadError(f"{name}: not a Word .docx file (it is not a zip archive)")
        return _docx(data, name)
    if ext in HTML_EXT:
        if kind in ("pdf", "zip"):
            raise LoadError(f"{name}: not an HTML page (it looks like a {kind.upper()} file)")
        return _html(decode(data, name), name, base_dir)
    if ext in TEXT_EXT or ext == "":
        if kind in ("pdf", "zip"):
            raise LoadError(f"{name}: not a text file (it looks like a {kind.upper()} file)")
        text = decode(data, name)
        if kind == "html":
            return _html(text, name, base_dir)
        return Loaded(text=text, kind="text", meta=_header_meta(text))
    raise LoadError(f"{name}: unsupported file type {ext!r} (use .txt, .html, .pdf or .docx)")


def with_loaded_meta(meta: DocMeta, loaded: Loaded) -> DocMeta:
    """Metadata not given, filled from what the file says of itself (title, publisher, date)."""
    meta = replace(meta, title=meta.title or loaded.title,
                   publisher=meta.publisher or loaded.meta.get("publisher", ""))
    if not meta.published and loaded.meta.get("published"):
        with contextlib.suppress(MetadataError):
            meta = replace(meta, published=normalise_date(loaded.meta["published"]))
    return meta


def _header_meta(text: str) -> dict[str, str]:
    head = text[:4000]
    out = {}
    for key, pat in HEADER_FIELDS.items():
        m = pat.search(head)
        if m:
            out[key] = m.group(1)
    return out


def _html(html: str, name: str, base_dir: Path | None = None) -> Loaded:
    import trafilatura

    from . import webpage as page

    body = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True,
                               deduplicate=False, output_format="txt") or ""
    body = page.tidy_text(body)
    tree = page.parse(html)
    title = page.title(tree) if tree is not None else ""
    if not title:
        meta_obj = trafilatura.extract_metadata(html)
        title = page.clean_title(meta_obj.title if meta_obj and meta_obj.title else "")
    plain = re.sub(r"<[^>]+>", " ", html)
    meta = _header_meta(plain)
    if "published" not in meta or "url" not in meta:
        meta_obj = trafilatura.extract_metadata(html)
        if meta_obj and meta_obj.date and "published" not in meta and _written(meta_obj.date, html):
            meta["published"] = meta_obj.date
        if meta_obj and meta_obj.url:
            meta["url"] = meta_obj.url
    if page.too_short(body, tree):
        local = page.local_pdf(tree, base_dir) if tree is not None else None
        if local is not None:
            pdf = _pdf(read_bytes(local, MAX_BYTES), local.name)
            return Loaded(text=pdf.text, kind="pdf", title=title or pdf.title, meta={**pdf.meta, **meta})
        raise LoadError(f"{name}: {page.TOO_SHORT}")
    return Loaded(text=body, kind="html", title=title, meta=meta)


def _written(date: str, html: str) -> bool:
    """Is a date trafilatura found written in the page as a full date (not guessed from a bare
    year such as 2023年, which it turns into 2023-01-01)?"""
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", date.strip()[:10])
    if not m:
        return False
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    return re.search(rf"{y}\s*[-年/.]\s*0?{mo}\s*[-月/.]\s*0?{d}(?!\d)", html) is not None


def _pdf(data: bytes, name: str) -> Loaded:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise LoadError(f"{name}: the PDF is encrypted (password protected)")
        pages = [p.extract_text() or "" for p in reader.pages]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as e:
        raise LoadError(f"{name}: the PDF is damaged or truncated ({type(e).__name__})") from None
    except Exception as e:
        raise LoadError(f"{name}: the PDF cannot be read ({type(e).__name__})") from None
    pages = _pdf_tables(data, pages)
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(f"{name}: the PDF has no text layer (a scan?); OCR is not supported")
    title = ""
    try:
        title = (reader.metadata.title or "") if reader.metadata else ""
    except Exception:
        title = ""
    return Loaded(text=text, kind="pdf", title=str(title).strip(), meta=_header_meta(text))


def _pdf_tables(data: bytes, pages: list[str]) -> list[str]:
    """Pages whose text layer looks like a table (flattened rows) are laid out again with
    pdfplumber's table extraction: the text above, between and below the tables as pdfplumber
    reads it, each table row as one line of tab-separated cells (src.extract.tables.CELL_SEP).
    A page where pdfplumber finds no ruled table keeps pypdf's text (its flattened rows are then
    not read)."""
    from src.extract.tables import CELL_SEP, looks_tabular

    todo = [i for i, t in enumerate(pages) if looks_tabular(t)]
    if not todo:
        return pages
    try:
        import pdfplumber

        out = list(pages)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i in todo:
                page = pdf.pages[i]
                found = sorted(page.find_tables(), key=lambda t: t.bbox[1])
                if not found:
                    continue
                parts: list[str] = []
                top = 0.0
                for t in found:
                    _x0, y0, _x1, y1 = t.bbox
                    if y0 > top:
                        parts.append(page.crop((0, top, page.width, y0)).extract_text() or "")
                    for row in t.extract():
                        cells = [re.sub(r"\s*\n\s*", "", c or "").replace(CELL_SEP, " ").strip() for c in row]
                        parts.append(CELL_SEP.join(cells))
                    top = y1
                if top < page.height:
                    parts.append(page.crop((0, top, page.width, page.height)).extract_text() or "")
                out[i] = "\n".join(p for p in parts if p.strip())
        return out
    except Exception:  # pdfplumber cannot lay the page out: keep the text layer as read
        return pages


def _docx(data: bytes, name: str) -> Loaded:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise LoadError(f"{name}: not a valid .docx (broken zip: {e})") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise LoadError(f"{name}: not a Word .docx file (no word/document.xml inside)")
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_DOCX_XML or total / packed > MAX_RATIO:
        raise LoadError(f"{name}: the .docx expands to {total / 1048576:.0f} MB; refused (limit {MAX_DOCX_XML // 1048576} MB)")
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise LoadError(f"{name}: the .docx cannot be read ({type(e).__name__})") from None
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append("\t".join(c.text for c in row.cells))
    text = "\n".join(parts)
    if not text.strip():
        raise LoadError(f"{name}: empty document")
    title = (d.core_properties.title or "").strip()
    return Loaded(text=text, kind="docx", title=title, meta=_header_meta(text))
