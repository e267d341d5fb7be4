"""Fetch a government page or document from a link (contract D), for the same loaders as files.

A timeout, a size limit (read as a stream; reading stops past the limit), redirects followed up
to a limit, and a content-type check (HTML, PDF, DOCX, plain text). Every failure is a
`FetchError` with one line a user can act on; nothing is written anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from src.extract.textio import InputError

# content type -> file extension the loaders read it as
TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/x-pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/plain": ".txt",
}
# types servers use for any download: accepted only when the bytes are a PDF or a .docx
GENERIC = {"application/octet-stream", "application/download", "application/force-download", "binary/octet-stream",
           "application/x-download", ""}
USER_AGENT = "Mozilla/5.0 (compatible; regional-indicators/1.0; +https://github.com/)"


class FetchError(InputError):
    """A link that cannot be imported, with the reason in one line."""


@dataclass(frozen=True)
class Fetched:
    data: bytes
    name: str  # a file name for the loaders and the store: host and path, with the right extension
    content_type: str
    url: str  # the final URL, after redirects


def _name(url: str, ext: str) -> str:
    u = urlparse(url)
    path = unquote(u.path).strip("/")
    stem = re.sub(r"[^\w.\-\u4e00-\u9fff]+", "_", f"{u.hostname or 'link'}/{path}".replace("/", "_")).strip("_.")
    stem = stem[:150] or "link"
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ext or (ext == ".html" and suffix in (".htm", ".shtml", ".xhtml")):
        return stem
    if suffix:
        stem = stem[: -len(suffix)] if stem.lower().endswith(suffix) else stem
    return stem + ext


def _check_url(url: str) -> str:
    url = (url or "").strip()
    u = urlparse(url)
    if u.scheme not in ("http", "https") or not u.hostname:
        raise FetchError(f"{url or '(empty)'}: not a web link (use http:// or https://)")
    return url


def fetch_url(url: str, *, timeout: float = 20.0, max_bytes: int = 50_000_000, max_redirects: int = 5) -> Fetched:
    """The document a link points at, or FetchError: not found, timeout, too large, wrong type."""
    import httpx

    url = _check_url(url)
    try:
        with httpx.Client(follow_redirects=True, max_redirects=max_redirects, timeout=timeout,
                          headers={"User-Agent": USER_AGENT}) as client, client.stream("GET", url) as r:
            final = str(r.url)
            if r.status_code >= 400:
                reason = r.reason_phrase or "error"
                raise FetchError(f"{url}: the server answered HTTP {r.status_code} ({reason}); nothing imported")
            ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
            ext = TYPES.get(ctype)
            if ext is None and ctype not in GENERIC:
                raise FetchError(f"{url}: the link is {ctype}, not an HTML page, PDF, Word .docx or text file")
            size = r.headers.get("content-length", "")
            if size.isdigit() and int(size) > max_bytes:
                raise FetchError(f"{url}: {int(size) / 1048576:.1f} MB is larger than the "
                                 f"{max_bytes / 1048576:.0f} MB limit; nothing imported")
            chunks: list[bytes] = []
            got = 0
            for chunk in r.iter_bytes():
                got += len(chunk)
                if got > max_bytes:
                    raise FetchError(f"{url}: larger than the {max_bytes / 1048576:.0f} MB limit; "
                                     "stopped reading, nothing imported")
                chunks.append(chunk)
    except FetchError:
        raise
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: more than {max_redirects} redirects; nothing imported") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: no answer within {timeout:g} s (timeout); nothing imported") from None
    except httpx.InvalidURL as e:
        raise FetchError(f"{url}: not a valid link ({e})") from None
    except httpx.HTTPError as e:
        raise FetchError(f"{url}: cannot be reached ({type(e).__name__}: {str(e) or 'no detail'})") from None
    data = b"".join(chunks)
    if not data.strip():
        raise FetchError(f"{url}: the server sent an empty document; nothing imported")
    if ext is None:  # a generic download type: the bytes decide
        if data.startswith(b"%PDF-"):
            ext = ".pdf"
        elif data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
            ext = ".docx"
        else:
            raise FetchError(f"{url}: the link is {ctype or 'of no stated type'} and its content is not a PDF or "
                             "Word .docx; nothing imported")
    return Fetched(data=data, name=_name(final, ext), content_type=ctype or TYPES_BY_EXT[ext], url=final)


TYPES_BY_EXT = {".pdf": "application/pdf",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def is_url(s: str) -> bool:
    return bool(re.match(r"https?://", (s or "").strip(), re.I))
