"""Who may write to the store from this process.

The command lines write freely. The dashboard, when it runs read-only or with reviewers
configured, calls `protect(True)`: from then on every read-write connection of this process is
refused with a `ReadOnlyError`, except inside `writer(name)` (a signed-in reviewer saving a
review or an import, in the thread that runs their page) or `system()` (building or migrating
the database from the files shipped with the app, which takes no input from a visitor).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .db import StoreError

REFUSED = "只读模式：应用不允许写入数据库（审核和导入需要审核人登录）"

_protected = False
_system = 0
_system_lock = threading.Lock()
_writer: ContextVar[str | None] = ContextVar("store_writer", default=None)


class ReadOnlyError(StoreError):
    """A write refused because the app runs read-only and nobody signed in is writing."""


def protect(on: bool) -> None:
    """Refuse (True) or allow (False) writes from this process outside `writer`/`system`."""
    global _protected
    _protected = bool(on)


def protected() -> bool:
    return _protected


def check_write() -> None:
    """Raise ReadOnlyError when a write is not allowed here and now."""
    if _protected and _system == 0 and _writer.get() is None:
        raise ReadOnlyError(REFUSED)


def current_writer() -> str | None:
    """The signed-in reviewer writing in this thread, if any."""
    return _writer.get()


@contextmanager
def writer(name: str) -> Iterator[str]:
    """Writes in this thread are made by `name`, a reviewer the app has signed in."""
    if not name:
        raise ReadOnlyError(REFUSED)
    token = _writer.set(name)
    try:
        yield name
    finally:
        _writer.reset(token)


@contextmanager
def system() -> Iterator[None]:
    """Building or migrating the store from shipped files (any thread of this process)."""
    global _system
    with _system_lock:
        _system += 1
    try:
        yield
    finally:
        with _system_lock:
            _system -= 1
