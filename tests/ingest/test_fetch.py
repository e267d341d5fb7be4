"""Import from a link, against pages served on 127.0.0.1 by a local http.server (never the internet)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from src.ingest.fetch import FetchError, fetch_url
from tests.conftest import db_fingerprint
from tests.ingest.test_webpage import BODY, page

HTML = page("<title>西湖区2023年国民经济运行情况_西湖区人民政府</title>", body=BODY)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _pdf_bytes(tmp_path_factory) -> bytes:
    from tests.store.test_ingest import make_pdf

    p = tmp_path_factory.mktemp("pdf") / "a.pdf"
    make_pdf(p, ["2023年，全区实现地区生产总值2087.4亿元，增长5.1%。"])
    return p.read_bytes()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    pdf = _pdf_bytes(tmp_path_factory)
    routes: dict[str, tuple[int, str, bytes]] = {
        "/page.html": (200, "text/html; charset=utf-8", HTML),
        "/gbk": (200, "text/html; charset=gbk", HTML.decode().replace("utf-8", "gbk").encode("gbk")),
        "/doc.pdf": (200, "application/pdf", pdf),
        "/download?id=7": (200, "application/octet-stream", pdf),
        "/blob": (200, "application/octet-stream", b"\x00\x01 not a document" * 10),
        "/notes.txt": (200, "text/plain; charset=utf-8", "2023年，全区实现地区生产总值2087.4亿元。".encode()),
        "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 100),
        "/app.js": (200, "application/javascript", b"alert(1)"),
        "/frame.html": (200, "text/html; charset=utf-8", page("<title>x</title>", body="<p>见附件。</p><embed src='a.pdf'>")),
    }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            p = self.path
            if p.startswith("/hop/"):
                n = int(p.rsplit("/", 1)[1])
                self.send_response(302)
                self.send_header("Location", f"/hop/{n - 1}" if n > 0 else "/page.html")
                self.end_headers()
                return
            if p == "/slow":
                time.sleep(2)
            if p in ("/big", "/big-unannounced"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                if p == "/big":
                    self.send_header("Content-Length", str(10_000_000))
                self.end_headers()
                try:
                    for _ in range(100):  # 10 MB, a chunk at a time; the client stops reading early
                        self.wfile.write(b"<p>" + b"x" * 99_993 + b"</p>\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            if p not in routes:
                self.send_error(404, "Not Found")
                return
            status, ctype, body = routes[p]
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path,ext,ctype", [
    ("/page.html", ".html", "text/html"),
    ("/gbk", ".html", "text/html"),
    ("/doc.pdf", ".pdf", "application/pdf"),
    ("/download?id=7", ".pdf", "application/octet-stream"),  # a generic download whose bytes are a PDF
    ("/notes.txt", ".txt", "text/plain"),
    ("/hop/3", ".html", "text/html"),  # redirects within the limit
])
def test_fetch_accepts_documents(server, path, ext, ctype):
    got = fetch_url(server + path, max_redirects=5)
    assert got.name.endswith(ext) and got.content_type == ctype and got.data
    assert got.url.startswith(server) and "/hop/" not in got.url  # the final URL after redirects


FAILURES = [  # (path, keyword arguments, what the one line says)
    ("/missing.html", {}, "HTTP 404"),
    ("/slow", {"timeout": 0.5}, "timeout"),
    ("/big", {"max_bytes": 1_000_000}, "larger than"),
    ("/big-unannounced", {"max_bytes": 1_000_000}, "larger than"),
    ("/logo.png", {}, "image/png"),
    ("/app.js", {}, "application/javascript"),
    ("/blob", {}, "not a PDF or Word"),
    ("/hop/9", {"max_redirects": 3}, "redirects"),
]


@pytest.mark.parametrize("path,kw,why", FAILURES)
def test_fetch_failures_are_one_clear_line(server, path, kw, why):
    with pytest.raises(FetchError) as e:
        fetch_url(server + path, **kw)
    msg = str(e.value)
    assert why in msg and "\n" not in msg and "Traceback" not in msg


@pytest.mark.parametrize("url", ["ftp://example.gov.cn/a.pdf", "javascript:alert(1)", "", "www.gov.cn/a.html",
                                 "http://127.0.0.1:1/closed.html"])
def test_not_a_reachable_web_link(url):
    with pytest.raises(FetchError) as e:
        fetch_url(url, timeout=2)
    assert "\n" not in str(e.value)


def test_ingest_link_stores_the_url_as_source(server, empty_db):
    from src.ingest.link import ingest_link
    from src.store import queries

    o = ingest_link(server + "/hop/1", db=empty_db, region="西湖区")
    assert o.status == "ingested" and o.figures >= 3, o.message
    doc = queries.document(o.doc_id, empty_db)
    assert doc["url"] == server + "/page.html"
    assert doc["title"] == "西湖区2023年国民经济运行情况"
    again = ingest_link(server + "/page.html", db=empty_db, region="西湖区")
    assert again.status == "unchanged"


@pytest.mark.parametrize("path,why", [("/missing.html", "HTTP 404"), ("/logo.png", "image/png"),
                                      ("/frame.html", "正文过短")])
def test_a_refused_link_stores_nothing(server, empty_db, path, why):
    from src.ingest.link import ingest_link

    before = db_fingerprint(empty_db)
    o = ingest_link(server + path, db=empty_db)
    assert o.status == "refused" and why in o.message and "\n" not in o.message
    assert db_fingerprint(empty_db) == before


def test_command_line_imports_a_link_and_refuses_a_dead_one(server, empty_db):
    import subprocess
    import sys

    from tests.conftest import ROOT

    r = subprocess.run([sys.executable, "-m", "src.ingest", server + "/page.html", server + "/gone.html",
                        "--db", str(empty_db), "--region", "西湖区"], cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    refused = [line for line in r.stderr.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and "gone.html" in refused[0] and "HTTP 404" in refused[0]
    assert "ingested" in r.stdout and "1 ingested" in r.stderr


def _upload_page(db, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    monkeypatch.delenv("INDICATORS_READONLY", raising=False)
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(ROOT / "pages/6_导入.py"), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def test_import_page_fetches_a_link_previews_and_saves_it_with_its_url(server, empty_db, monkeypatch):
    from src.store import queries

    at = _upload_page(empty_db, monkeypatch)
    at.text_input(key="up-region").set_value("西湖区")
    at.text_input(key="up-link").set_value(server + "/hop/1")
    at.button(key="up-fetch").click().run()
    assert not at.exception and not at.error
    assert any("已抓取" in c.value for c in at.caption)
    assert at.dataframe, "the figures found are previewed before saving"
    at.button(key="up-save").click().run()
    assert not at.exception and at.success
    (doc,) = queries.documents(empty_db).to_dict("records")
    assert queries.document(doc["doc_id"], empty_db)["url"] == server + "/page.html"


@pytest.mark.parametrize("path,why", [("/missing.html", "HTTP 404"), ("/logo.png", "image/png")])
def test_import_page_says_why_a_link_is_refused_and_stores_nothing(server, empty_db, monkeypatch, path, why):
    before = db_fingerprint(empty_db)
    at = _upload_page(empty_db, monkeypatch)
    at.text_input(key="up-link").set_value(server + path)
    at.button(key="up-fetch").click().run()
    assert not at.exception
    assert len(at.error) == 1 and why in at.error[0].value and "文件未导入" in at.error[0].value
    assert "up-save" not in [b.key for b in at.button]
    assert db_fingerprint(empty_db) == before
