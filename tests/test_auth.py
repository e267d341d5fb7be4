"""Roles: read-only mode, reviewer sign-in against salted hashes, the store's write guard."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from src.ingest.pipeline import ingest_paths
from src.store import guard, queries
from src.store.db import connect, ensure_db
from src.store.reviews import add_review
from src.ui import auth
from tests.conftest import db_fingerprint

ROOT = Path(__file__).resolve().parents[1]
OVERVIEW, REVIEW, UPLOAD = "app.py", "pages/5_审核.py", "pages/6_导入.py"
LOGIN = "FormSubmitter:auth-form-登录"
PASSWORD = "correct horse 电池 staple"


@pytest.fixture(autouse=True)
def clean_guard(monkeypatch):
    monkeypatch.delenv("INDICATORS_READONLY", raising=False)
    yield
    guard.protect(False)  # an AppTest run in read-only mode leaves the process protected


@pytest.fixture(scope="module")
def reviewers() -> dict[str, str]:
    return {"王芳": auth.hash_password(PASSWORD), "李雷": auth.hash_password("another one")}


def page(path: str, db: Path, monkeypatch, *, secrets: dict | None = None, **params) -> AppTest:
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(ROOT / path), default_timeout=60)
    for k, v in (secrets or {}).items():
        at.secrets[k] = v
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def shown(at: AppTest) -> str:
    return " ".join(str(e.value) for e in [*at.markdown, *at.caption, *at.warning, *at.info, *at.error, *at.success])


def nav_links(at: AppTest) -> str:
    """The navigation: page links (or their Markdown stand-ins when a page runs on its own)."""
    return " ".join([m.value for m in at.sidebar.markdown] + [e.proto.label for e in at.get("page_link")])


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="auth-name").input(name)
    at.text_input(key="auth-password").input(password)
    return at.button(key=LOGIN).click().run()


# ---------------------------------------------------------------- hashes

def test_hash_round_trip_and_salt():
    a, b = auth.hash_password(PASSWORD), auth.hash_password(PASSWORD)
    assert a != b, "each entry has its own salt"
    assert PASSWORD not in a
    assert auth.verify_password(PASSWORD, a) and auth.verify_password(PASSWORD, b)
    assert not auth.verify_password(PASSWORD + " ", a)
    assert not auth.verify_password("", a)


@pytest.mark.parametrize("stored", ["", "plain-text-password", "scrypt$16384$8$1$!!!$???", "md5$x$y",
                                    "scrypt$16384$8$1$c2FsdA==", "pbkdf2$1$2$3$4$5"])
def test_malformed_entry_never_matches(stored):
    assert not auth.verify_password("plain-text-password", stored)


def test_check_login(reviewers):
    assert auth.check_login("王芳", PASSWORD, reviewers) == "王芳"
    assert auth.check_login(" 王芳 ", PASSWORD, reviewers) == "王芳"
    assert auth.check_login("王芳", "another one", reviewers) is None, "another reviewer's password"
    assert auth.check_login("张三", PASSWORD, reviewers) is None, "unknown name"
    assert auth.check_login("", PASSWORD, reviewers) is None


def test_hash_command_makes_a_secrets_entry():
    out = subprocess.run([sys.executable, "-m", "src.ui.auth", "hash", "王 \"芳\""], input=PASSWORD + "\n",
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    entry = tomllib.loads("[reviewers]\n" + out.stdout)["reviewers"]
    assert list(entry) == ['王 "芳"']
    assert auth.verify_password(PASSWORD, entry['王 "芳"'])
    bad = subprocess.run([sys.executable, "-m", "src.ui.auth", "hash"], capture_output=True, text=True, cwd=ROOT,
                         timeout=60)
    assert bad.returncode == 2 and "usage" in bad.stderr


# ---------------------------------------------------------------- the store's guard

def test_store_refuses_app_writes_when_protected(seed_db):
    fid = queries.figures(seed_db, indicator="gdp").figure_id.iloc[0]
    before = db_fingerprint(seed_db)
    guard.protect(True)
    with pytest.raises(guard.ReadOnlyError, match="只读"):
        add_review(fid, "accept", db=seed_db)
    with pytest.raises(guard.ReadOnlyError):
        ingest_paths([ROOT / "seeds"], db=seed_db, manifest=ROOT / "seeds" / "manifest.csv")
    assert db_fingerprint(seed_db) == before, "nothing written"
    with connect(seed_db, read_only=True) as con:  # reading stays possible
        assert con.execute("SELECT count(*) FROM figures").fetchone()[0] > 0
    with guard.writer("王芳"):
        add_review(fid, "accept", reviewer="王芳", db=seed_db)
    assert queries.reviews(seed_db).reviewer.tolist() == ["王芳"]
    with pytest.raises(guard.ReadOnlyError):
        add_review(fid, "reject", db=seed_db)  # the scope ended


def test_building_the_database_is_allowed_when_protected(tmp_path):
    guard.protect(True)
    p = ensure_db(tmp_path / "fresh.duckdb")
    assert p.exists()


def test_cli_ingest_stays_usable_in_a_read_only_deployment(empty_db, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("2023年，全区实现地区生产总值1234.5亿元，比上年增长6.1%。", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "src.ingest", str(doc), "--db", str(empty_db), "--region", "萧山区",
                          "--published", "2024-01-20"], capture_output=True, text=True, cwd=ROOT, timeout=180,
                         env={**__import__("os").environ, "INDICATORS_READONLY": "1"})
    assert out.returncode == 0, out.stderr
    assert not queries.figures(empty_db).empty


# ---------------------------------------------------------------- read-only pages

def test_read_only_navigation_has_no_write_pages(seed_db, monkeypatch):
    monkeypatch.setenv("INDICATORS_READONLY", "1")
    at = page(OVERVIEW, seed_db, monkeypatch)
    assert not at.exception
    links = nav_links(at)
    assert "指标" in links and "原文" in links
    assert "审核" not in links and "导入" not in links
    assert guard.protected()


def test_write_pages_are_in_the_navigation_by_default(seed_db, monkeypatch):
    at = page(OVERVIEW, seed_db, monkeypatch)
    assert "审核" in nav_links(at) and "导入" in nav_links(at)
    assert not guard.protected()


@pytest.mark.parametrize("path", [REVIEW, UPLOAD])
@pytest.mark.parametrize("how", ["env", "secrets"])
def test_direct_url_to_a_write_page_says_read_only(path, how, seed_db, monkeypatch):
    if how == "env":
        monkeypatch.setenv("INDICATORS_READONLY", "1")
    at = page(path, seed_db, monkeypatch, secrets={"INDICATORS_READONLY": True} if how == "secrets" else None)
    assert not at.exception
    assert len(at.warning) == 1 and "只读" in at.warning[0].value
    assert not at.button and not at.get("file_uploader") and not at.dataframe, "nothing to write with"
    assert "审核" not in nav_links(at) and "导入" not in nav_links(at)


def test_read_only_with_reviewers_lets_a_reviewer_in(seed_db, monkeypatch, reviewers):
    monkeypatch.setenv("INDICATORS_READONLY", "1")
    at = page(REVIEW, seed_db, monkeypatch, secrets={"reviewers": reviewers})
    assert "只读" in at.warning[0].value and "审核" not in nav_links(at)
    at = sign_in(at, "王芳", PASSWORD)
    assert not at.exception
    assert "已登录：王芳" in " ".join(c.value for c in at.sidebar.caption)
    assert "审核" in nav_links(at), "a signed-in reviewer sees the write pages"
    at.button(key="rv-accept").click().run()
    assert not at.exception and at.success
    assert queries.reviews(seed_db).reviewer.tolist() == ["王芳"]


# ---------------------------------------------------------------- sign-in

def test_wrong_password_is_refused(seed_db, monkeypatch, reviewers):
    before = db_fingerprint(seed_db)
    at = page(REVIEW, seed_db, monkeypatch, secrets={"reviewers": reviewers})
    assert not at.button(key=LOGIN).disabled and "rv-accept" not in [b.key for b in at.button]
    at = sign_in(at, "王芳", "wrong password")
    assert not at.exception
    assert [e.value for e in at.error] == [auth.MESSAGES["bad_login"]]
    assert "rv-accept" not in [b.key for b in at.button], "still signed out"
    at = sign_in(at, "王芳", "another one")  # a password that is someone else's
    assert "rv-accept" not in [b.key for b in at.button]
    assert db_fingerprint(seed_db) == before


def test_repeated_failures_lock_the_form(seed_db, monkeypatch, reviewers):
    at = page(REVIEW, seed_db, monkeypatch, secrets={"reviewers": reviewers})
    for _ in range(auth.MAX_FAILS):
        at = sign_in(at, "王芳", "guess")
    assert "登录失败次数过多" in at.error[0].value
    at.run()
    assert "登录失败次数过多" in at.error[0].value
    assert LOGIN not in [b.key for b in at.button], "no form while locked"


def test_right_password_allows_a_review_stored_with_that_reviewer(seed_db, monkeypatch, reviewers):
    fig = queries.figures(seed_db, indicator="gdp", measure="value").iloc[0]
    at = page(REVIEW, seed_db, monkeypatch, secrets={"reviewers": reviewers}, figure=fig.figure_id)
    at = sign_in(at, "李雷", "another one")
    assert not at.exception and not at.error
    assert "rv-reviewer" not in [t.key for t in at.text_input], "the name is not typed in"
    at.radio(key="rv-action").set_value("correct")
    at.number_input(key="rv-value").set_value(2100.5)
    at.text_input(key="rv-note").input("核对原文")
    at.button(key="FormSubmitter:rv-form-保存（Enter）").click().run()
    assert not at.exception and at.success, shown(at)
    rv = queries.reviews(seed_db)
    assert rv[["figure_id", "action", "reviewer", "note"]].values.tolist() == [[fig.figure_id, "correct", "李雷",
                                                                                "核对原文"]]
    at.button(key="auth-logout").click().run()
    assert LOGIN in [b.key for b in at.button] and "rv-accept" not in [b.key for b in at.button]


def test_import_needs_a_sign_in(seed_db, monkeypatch, reviewers):
    at = page(UPLOAD, seed_db, monkeypatch, secrets={"reviewers": reviewers})
    assert not at.exception
    assert auth.MESSAGES["sign_in_needed"] in shown(at)
    assert not at.get("file_uploader")
    at = sign_in(at, "王芳", PASSWORD)
    assert at.get("file_uploader"), "signed in: the upload is offered"


def test_open_mode_says_anyone_may_write(seed_db, monkeypatch):
    at = page(REVIEW, seed_db, monkeypatch)
    assert not at.exception
    assert auth.MESSAGES["open_note"] in [c.value for c in at.caption]
    assert "rv-accept" in [b.key for b in at.button]


def test_writing_scope_refuses_a_name_that_did_not_sign_in(monkeypatch, reviewers):
    pol = auth.Policy(read_only=True, reviewers=reviewers)
    monkeypatch.setattr(auth, "policy", lambda: pol)
    monkeypatch.setattr(auth, "signed_in", lambda: None)
    with pytest.raises(guard.ReadOnlyError), auth.writing("王芳"):
        pass
