"""Roles: a read-only app for visitors, reviewers who sign in before they write.

Configuration (environment or `.streamlit/secrets.toml`):

    INDICATORS_READONLY = true          # or the environment variable INDICATORS_READONLY=1
    [reviewers]
    "王芳" = "scrypt$16384$8$1$<salt>$<hash>"   # made by: python -m src.ui.auth hash 王芳

- Neither set (development): anyone may review and import, as before; the write pages say so.
- Reviewers set: 审核 and 导入 ask for a sign-in first; a review carries the signed-in name.
- Read-only: 审核 and 导入 are left out of the navigation; opened by URL they say so in one
  line (and offer the sign-in when reviewers are set). The store refuses every write from the
  app that is not made by a signed-in reviewer (src/store/guard.py).

Passwords are stored only as salted scrypt hashes (a random salt per entry) and compared in
constant time. An unknown name costs the same work as a wrong password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

READONLY_KEY = "INDICATORS_READONLY"
REVIEWERS_KEY = "reviewers"
WRITE_PAGES = ("review", "upload")
SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
MAX_FAILS, LOCK_SECONDS = 5, 60
USER_KEY, FAILS_KEY = "auth-user", "auth-fails"

MESSAGES = {
    "readonly_page": "本站为只读模式：审核和导入仅对已登录的审核人开放。",
    "readonly_closed": "本站为只读模式：不接受审核和导入。",
    "sign_in_needed": "请先以审核人身份登录，再保存审核或导入文件。",
    "open_note": "开发模式：未配置审核人，任何访问者都可以保存审核和导入文件（审核记录不带审核人）。"
                 "部署时请在 secrets 中配置审核人，或设置 INDICATORS_READONLY=1。",
    "bad_login": "审核人或密码不正确。",
    "locked": "登录失败次数过多，请 {s} 秒后再试。",
    "signed_in": "已登录：{name}",
}


# ---------------------------------------------------------------- hashes (pure, no streamlit)

def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """'scrypt$N$r$p$salt$hash' with a fresh random salt."""
    if not password:
        raise ValueError("empty password")
    salt = salt if salt is not None else secrets.token_bytes(16)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(_scrypt(password, salt, N, R, P))}"


_DUMMY = f"{SCHEME}${N}${R}${P}${_b64(b'0' * 16)}${_b64(b'0' * 32)}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches the stored hash; a malformed entry never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        want = base64.b64decode(digest, validate=True)
        got = _scrypt(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def check_login(name: str, password: str, reviewers: Mapping[str, str]) -> str | None:
    """The reviewer's name when the password is theirs; unknown names do the same work."""
    name = name.strip()
    stored = reviewers.get(name) if name else None
    ok = verify_password(password, str(stored) if stored else _DUMMY)
    return name if ok and stored else None


# ---------------------------------------------------------------- configuration

def _truthy(v: object) -> bool:
    return str(v).strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Policy:
    read_only: bool = False
    reviewers: Mapping[str, str] = field(default_factory=dict)

    @property
    def open(self) -> bool:
        """Development default: no reviewers, not read-only: anyone may write."""
        return not self.read_only and not self.reviewers


def policy() -> Policy:
    """From the environment and st.secrets (a missing secrets file is an empty one)."""
    import streamlit as st

    try:
        ro_secret = st.secrets.get(READONLY_KEY, False)
        revs = st.secrets.get(REVIEWERS_KEY, {}) or {}
    except FileNotFoundError:
        ro_secret, revs = False, {}
    read_only = _truthy(os.environ.get(READONLY_KEY, "")) or _truthy(ro_secret)
    reviewers = {str(k).strip(): str(v) for k, v in dict(revs).items() if str(k).strip() and v}
    return Policy(read_only, reviewers)


# ---------------------------------------------------------------- the app side

def apply(pol: Policy | None = None) -> Policy:
    """Every page run: the store refuses the app's writes unless the app is open."""
    from src.store import guard

    pol = pol or policy()
    guard.protect(not pol.open)
    return pol


def signed_in() -> str | None:
    import streamlit as st

    pol = policy()
    name = st.session_state.get(USER_KEY)
    return name if name and name in pol.reviewers else None


def page_visible(page: str) -> bool:
    """Write pages are left out of the navigation of a read-only app, unless a reviewer signed in."""
    return page not in WRITE_PAGES or not policy().read_only or signed_in() is not None


def gate() -> str:
    """On a write page: the signed-in reviewer's name ('' in the open development mode).
    Otherwise says why in one line, offers the sign-in where there are reviewers, and stops."""
    import streamlit as st

    pol = apply()
    if pol.open:
        st.caption(MESSAGES["open_note"])
        return ""
    who = signed_in()
    if who:
        with st.sidebar:
            st.caption(MESSAGES["signed_in"].format(name=who))
            if st.button("退出登录", key="auth-logout"):
                st.session_state.pop(USER_KEY, None)
                st.rerun()
        return who
    if pol.read_only:
        st.warning(MESSAGES["readonly_page"] if pol.reviewers else MESSAGES["readonly_closed"])
    else:
        st.info(MESSAGES["sign_in_needed"])
    if pol.reviewers:
        _sign_in_form(pol)
    st.stop()
    raise AssertionError("unreachable")  # st.stop() raises


def _sign_in_form(pol: Policy) -> None:
    import streamlit as st

    fails, since = st.session_state.get(FAILS_KEY, (0, 0.0))
    wait = int(since + LOCK_SECONDS - time.time())
    if fails >= MAX_FAILS and wait > 0:
        st.error(MESSAGES["locked"].format(s=wait))
        return
    with st.form("auth-form", clear_on_submit=True):
        name = st.text_input("审核人", key="auth-name")
        password = st.text_input("密码", type="password", key="auth-password")
        submitted = st.form_submit_button("登录", type="primary")
    if not submitted:
        return
    who = check_login(name, password, pol.reviewers)
    if who is None:
        fails = (0 if fails >= MAX_FAILS else fails) + 1
        st.session_state[FAILS_KEY] = fails, time.time()
        st.error(MESSAGES["locked"].format(s=LOCK_SECONDS) if fails >= MAX_FAILS else MESSAGES["bad_login"])
        return
    st.session_state.pop(FAILS_KEY, None)
    st.session_state[USER_KEY] = who
    st.rerun()


@contextmanager
def writing(who: str) -> Iterator[None]:
    """Around a save on a write page: the store accepts the writes of the signed-in reviewer."""
    from src.store import guard

    pol = apply()
    if pol.open:
        yield
        return
    if not who or who != signed_in():
        raise guard.ReadOnlyError(MESSAGES["sign_in_needed"])
    with guard.writer(who):
        yield


# ---------------------------------------------------------------- command line

def _main(argv: list[str]) -> int:
    """python -m src.ui.auth hash NAME   (password read twice from the terminal, or once from stdin)"""
    import getpass

    if len(argv) != 2 or argv[0] != "hash" or not argv[1].strip():
        print("usage: python -m src.ui.auth hash NAME", file=sys.stderr)
        return 2
    name = argv[1].strip()
    if sys.stdin.isatty():
        pw = getpass.getpass("password: ")
        if getpass.getpass("again: ") != pw:
            print("the two passwords differ", file=sys.stderr)
            return 1
    else:
        pw = sys.stdin.readline().rstrip("\n")
    if not pw:
        print("empty password", file=sys.stderr)
        return 1
    print("# add under [reviewers] in .streamlit/secrets.toml")
    print(f"{_toml_key(name)} = \"{hash_password(pw)}\"")
    return 0


def _toml_key(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
