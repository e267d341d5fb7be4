"""Read a document's bytes as text: UTF-8 (with or without BOM), GB18030/GBK, BIG5, UTF-16.

Every refusal is an `InputError` whose message is one line a user can act on.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

MAX_BYTES = 20 * 1024 * 1024
CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16", "utf_32"]


class InputError(ValueError):
    """A file that cannot be read as a document."""


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a document")
        if not path.exists():
            raise InputError(f"{path}: no such file")
        size = path.stat().st_size
    except OSError as e:  # symlink loops, permissions
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
    if size > max_bytes:
        raise InputError(f"{path}: {size / 1048576:.0f} MB is larger than the {max_bytes // 1048576} MB limit")
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None


def decode(data: bytes, name: str = "input") -> str:
    """Bytes -> text, or InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError(f"{name}: empty document")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[:2_000_000], cp_isolation=CANDIDATES[1:]).best()
        if best is None:
            raise InputError(f"{name}: not text in any known encoding (UTF-8, GB18030, BIG5)") from None
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            raise InputError(f"{name}: not text in any known encoding (UTF-8, GB18030, BIG5)") from None
    if not text.strip():
        raise InputError(f"{name}: empty document")
    bad = sum(1 for c in text[:20000] if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    if bad > max(10, len(text[:20000]) // 50):
        raise InputError(f"{name}: binary data, not a text document")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    return decode(read_bytes(path, max_bytes), str(path))
