"""Ingest into a temporary store: idempotence, replacement, re-extraction, reviews, file kinds, bad input."""

import io
import zipfile
from pathlib import Path

import pytest

from src.ingest.pipeline import ingest_paths
from src.ingest.reextract import reextract
from src.store import queries
from src.store.db import SCHEMA_VERSION, StoreError, connect, schema_version
from src.store.reviews import add_review
from tests.conftest import ROOT, db_fingerprint, seed_documents

SENTENCE = "2023年，全区实现地区生产总值2087.4亿元，增长5.1%。全年固定资产投资555.2亿元。"


def statuses(outs):
    return [o.status for o in outs]


def test_seed_store_built(seed_db):
    s = queries.stats(seed_db)
    assert s["documents"] == seed_documents() and s["figures"] >= 49
    with connect(seed_db, read_only=True) as con:
        assert schema_version(con) == SCHEMA_VERSION


def test_ingest_twice_same_counts(seed_db):
    before = queries.stats(seed_db)
    outs = ingest_paths([ROOT / "seeds"], db=seed_db)
    assert set(statuses(outs)) == {"unchanged"}
    assert queries.stats(seed_db) == before


def test_changed_document_replaces_figures_and_keeps_reviews(empty_db, tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("前言。\n" + SENTENCE, encoding="utf-8")
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    assert o.status == "ingested" and o.figures == 3
    gdp = queries.figures(empty_db, indicator="gdp", measure="value")
    rid = add_review(gdp.figure_id[0], "correct", value=2088.0, reviewer="王", db=empty_db)
    f.write_text("新的前言，更长一些。\n" + SENTENCE + "全年出口918.7亿元。", encoding="utf-8")
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    assert o.status == "replaced" and o.figures == 4
    assert queries.stats(empty_db)["documents"] == 1
    gdp = queries.figures(empty_db, indicator="gdp", measure="value")
    assert gdp.value.tolist() == [2088.0]  # the review followed its figure into the new text
    assert gdp.review.tolist() == ["correct"]
    assert queries.orphaned_reviews(empty_db).empty
    assert rid in queries.reviews(empty_db).review_id.tolist()


def test_review_of_a_vanished_figure_is_kept_as_orphan(empty_db, tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(SENTENCE, encoding="utf-8")
    ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    fid = queries.figures(empty_db, indicator="fixed_asset_investment").figure_id[0]
    add_review(fid, "accept", db=empty_db)
    f.write_text("2023年，全区实现地区生产总值2087.4亿元，增长5.1%。", encoding="utf-8")
    ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    orphans = queries.orphaned_reviews(empty_db)
    assert len(orphans) == 1 and orphans.indicator[0] == "fixed_asset_investment"


def test_reextract_keeps_reviews_and_corrections_win(seed_db):
    fig = queries.figures(seed_db, indicator="gdp", measure="value", region="西湖区").iloc[0]
    add_review(fig.figure_id, "correct", value=1.5, year=2020, reviewer="李", note="校正", db=seed_db)
    rej = queries.figures(seed_db, indicator="manufacturing_investment").figure_id[0]
    add_review(rej, "reject", db=seed_db)
    before = queries.stats(seed_db)
    outs = reextract(seed_db)
    assert len(outs) == seed_documents()
    assert queries.stats(seed_db) == before
    got = queries.figures(seed_db, indicator="gdp", measure="value", columns=queries.COLUMNS)
    row = got[got.figure_id == fig.figure_id].iloc[0]
    assert row.value == 1.5 and row.year == 2020 and row.extracted_value == fig.value
    assert rej not in queries.figures(seed_db).figure_id.tolist()
    assert rej in queries.figures(seed_db, include_rejected=True).figure_id.tolist()
    assert queries.orphaned_reviews(seed_db).empty


def test_review_validation_writes_nothing(seed_db):
    fid = queries.figures(seed_db).figure_id[0]
    before = db_fingerprint(seed_db)
    for kwargs in ({"value": "abc"}, {"indicator": "nope"}, {"status": "maybe"}, {}):
        with pytest.raises(StoreError):
            add_review(fid, "correct", db=seed_db, **kwargs)
    with pytest.raises(StoreError):
        add_review("no-such-figure", "accept", db=seed_db)
    with pytest.raises(StoreError):
        add_review(fid, "delete", db=seed_db)
    assert db_fingerprint(seed_db) == before


def test_gb18030_file(empty_db, tmp_path):
    f = tmp_path / "gb.txt"
    f.write_bytes(SENTENCE.encode("gb18030"))
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    assert o.status == "ingested" and o.figures == 3
    doc = queries.document(o.doc_id, empty_db)
    assert doc["text"] == SENTENCE


def test_bom_and_windows_line_endings(empty_db, tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(("\ufeff标题\r\n" + SENTENCE + "\r\n").encode("utf-8"))
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    assert o.status == "ingested" and o.figures == 3
    assert "\r" not in queries.document(o.doc_id, empty_db)["text"]


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>西湖区2023年经济运行情况</title></head><body>
<nav class="menu"><ul><li><a href="/">首页</a></li><li><a href="/x">全区地区生产总值9999亿元</a></li>
<li><a href="/y">政务公开</a></li></ul></nav>
<div class="info">发布机构：西湖区统计局 发布日期：2024-01-20 索引号：002488/2024-00012</div>
<article><h1>西湖区2023年经济运行情况</h1>
<p>2023年，全区实现地区生产总值2087.4亿元，同比增长5.1%，经济运行稳中向好，主要指标好于预期。</p>
<p>全年固定资产投资555.2亿元，增长14.7%，其中制造业投资22.5亿元，增长30.9%，投资结构持续优化。</p>
<p>社会消费品零售总额增长6.1%，消费市场平稳恢复，服务消费增势较好，居民消费意愿逐步回升。</p>
</article>
<footer>版权所有 西湖区人民政府 联系电话 0571-12345678 网站标识码 3301060001</footer></body></html>"""


def test_html_main_text_without_navigation(empty_db, tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    (o,) = ingest_paths([f], db=empty_db, region="西湖区")
    assert o.status == "ingested", o.message
    doc = queries.document(o.doc_id, empty_db)
    assert "2087.4亿元" in doc["text"] and "9999" not in doc["text"] and "版权所有" not in doc["text"]
    assert doc["published"] == "2024-01-20" and doc["publisher"] == "西湖区统计局"
    values = queries.figures(empty_db, indicator="gdp", measure="value").value.tolist()
    assert values == [2087.4]


def make_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    for i, line in enumerate(lines):
        c.drawString(40, 800 - 16 * i, line)
    c.save()


def test_pdf_text_layer(empty_db, tmp_path):
    f = tmp_path / "doc.pdf"
    make_pdf(f, ["2023年，全区实现地区生产总值2087.4亿元，增长5.1%。"])
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    assert o.status == "ingested" and o.figures == 2, o.message
    assert "2087.4亿元" in queries.document(o.doc_id, empty_db)["text"]


def test_docx(empty_db, tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("西湖区2023年工作总结")
    d.add_paragraph(SENTENCE)
    f = tmp_path / "doc.docx"
    d.save(f)
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    assert o.status == "ingested" and o.figures == 3, o.message
    assert SENTENCE in queries.document(o.doc_id, empty_db)["text"]


def bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    out: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, why: str) -> None:
        p = tmp / name
        p.write_bytes(data)
        out[name] = (p, why)

    put("empty.txt", b"", "empty")
    put("blank.txt", b"  \n\t \n", "empty")
    put("binary.txt", bytes(range(256)) * 40, "binary")
    put("soup.txt", bytes([0x81, 0xFE, 0xC0, 0x7F, 0xFF] * 400), "")
    good_pdf = tmp / "src.pdf"
    make_pdf(good_pdf, ["2023年，全区实现地区生产总值2087.4亿元。"])
    data = good_pdf.read_bytes()
    good_pdf.unlink()
    put("truncated.pdf", data[: len(data) // 3], "PDF")
    from reportlab.pdfgen import canvas

    scan = tmp / "scan.pdf"
    c = canvas.Canvas(str(scan))
    c.rect(50, 50, 200, 200, fill=1)
    c.save()
    out["scan.pdf"] = (scan, "no text layer")
    enc = tmp / "enc.pdf"
    from pypdf import PdfReader, PdfWriter

    make_pdf(enc, ["2023年，全区实现地区生产总值2087.4亿元。"])
    w = PdfWriter()
    for pg in PdfReader(enc).pages:
        w.add_page(pg)
    w.encrypt("secret")
    with enc.open("wb") as fh:
        w.write(fh)
    out["enc.pdf"] = (enc, "encrypted")
    put("notzip.docx", b"this is not a zip at all " * 20, "not a zip")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>" + " " * (300 * 1024 * 1024) + "</w:document>")
    put("bomb.docx", bomb.getvalue(), "expands")
    put("fake.pdf", "2023年，全区实现地区生产总值2087.4亿元。".encode(), "not a PDF")
    put("pdf-as.txt", data[:2000], "looks like a PDF")
    return out


def test_bad_files_refused_and_store_unchanged(seed_db, tmp_path):
    bad = bad_files(tmp_path)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    folder = tmp_path / "folder"
    folder.mkdir()
    before = db_fingerprint(seed_db)
    paths = [p for p, _ in bad.values()] + [loop, folder, tmp_path / "missing.txt"]
    outs = ingest_paths(paths, db=seed_db)
    assert [o.status for o in outs] == ["refused"] * len(paths)
    for o, (name, (_, why)) in zip(outs, bad.items(), strict=False):
        assert why.lower() in o.message.lower(), (name, o.message)
        assert "\n" not in o.message and "Traceback" not in o.message
    assert "no such file" in outs[-1].message and "no .txt" in outs[-2].message
    assert db_fingerprint(seed_db) == before


def test_good_files_land_beside_bad_ones(empty_db, tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    outs = ingest_paths([tmp_path], db=empty_db, region="西湖区", published="2024")
    assert sorted(o.status for o in outs) == ["ingested", "refused"]


def test_manifest_problems(empty_db, tmp_path):
    (tmp_path / "ok.txt").write_text(SENTENCE, encoding="utf-8")
    m = tmp_path / "manifest.csv"
    m.write_text("file,title,publisher,region,published,doc_type\nghost.txt,,,西湖区,2024,\nok.txt,,,西湖区,2024-01,\n",
                 encoding="utf-8")
    outs = ingest_paths([tmp_path], db=empty_db)
    assert sorted(o.status for o in outs) == ["ingested", "refused"]
    assert any("ghost.txt" in o.message for o in outs)
    m.write_text("file,title,publisher,region,published,doc_type\nok.txt,,,西湖区,2024-99,\n", encoding="utf-8")
    outs = ingest_paths([tmp_path], db=empty_db)
    assert any(o.status == "refused" and "not a date" in o.message for o in outs)


def test_large_text_is_ingested(empty_db, tmp_path):
    body = (Path(ROOT / "seeds/xihu-drc-2023-work-summary.txt").read_text(encoding="utf-8") + "\n")
    f = tmp_path / "big.txt"
    with f.open("w", encoding="utf-8") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(body * 50)
    (o,) = ingest_paths([f], db=empty_db, region="西湖区")
    assert o.status == "ingested"
    assert o.figures >= 20


def test_ingest_bytes_as_the_import_page_does(empty_db):
    from src.extract import DocMeta
    from src.ingest.pipeline import ingest_bytes

    out = ingest_bytes(SENTENCE.encode("gb18030"), "上传.txt", DocMeta(doc="上传.txt", region="西湖区", published="2024-01"),
                       url="https://example.gov.cn/a.html", db=empty_db)
    assert out.status == "ingested" and out.figures == 3
    assert queries.document(out.doc_id, empty_db)["url"] == "https://example.gov.cn/a.html"
    again = ingest_bytes(SENTENCE.encode("gb18030"), "上传.txt", DocMeta(doc="上传.txt"), db=empty_db)
    assert again.status == "unchanged"
    before = db_fingerprint(empty_db)
    bad = ingest_bytes(b"%PDF-1.4 garbage", "x.pdf", DocMeta(doc="x.pdf"), db=empty_db)
    assert bad.status == "refused" and "PDF" in bad.message
    assert db_fingerprint(empty_db) == before


def test_an_older_schema_is_migrated(tmp_path):
    from src.store.db import ensure_db

    db = tmp_path / "old.duckdb"
    with connect(db) as con:  # a version-1 database: no indexes, no index_no column
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        con.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, title VARCHAR, "
                    "publisher VARCHAR, region VARCHAR, published VARCHAR, doc_type VARCHAR, url VARCHAR, "
                    "text VARCHAR NOT NULL, meta_sources VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp)")
    ensure_db(db)
    with connect(db, read_only=True) as con:
        assert schema_version(con) == SCHEMA_VERSION
        cols = [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
    assert "index_no" in cols


def test_html_index_number_is_kept(empty_db, tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    (o,) = ingest_paths([f], db=empty_db, region="西湖区")
    assert queries.document(o.doc_id, empty_db)["index_no"] == "002488/2024-00012"
