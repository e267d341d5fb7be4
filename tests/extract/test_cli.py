"""The command line, run as a real process: output formats, bad input, encodings."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "2023年，全区实现地区生产总值2087.4亿元，增长5.1%。"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "src.extract", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_manifest_prints_json_lines():
    r = run("--manifest", "seeds/manifest.csv")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) >= 40
    docs = {row["doc"] for row in rows}
    assert "xihu-drc-2023-work-summary.txt" in docs
    assert {"doc", "indicator", "measure", "value", "unit", "status", "year", "period", "region", "qualifier",
            "quote", "start", "end"} <= set(rows[0])


@pytest.mark.parametrize("fmt,marker", [("csv", "doc,indicator,measure"), ("table", "gdp"), ("jsonl", '"gdp"')])
def test_formats(tmp_path, fmt, marker):
    f = tmp_path / "a.txt"
    f.write_text(SENTENCE, encoding="utf-8")
    r = run(f, "--region", "西湖区", "--published", "2024-01", "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert marker in r.stdout


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "big5", "utf-8-sig", "utf-16"])
def test_encodings_detected(tmp_path, encoding):
    text = SENTENCE if encoding != "big5" else "2023年，全區實現地區生產總值2087.4億元，增長5.1%。"
    f = tmp_path / "doc.txt"
    f.write_bytes((text * 3).encode(encoding))
    r = run(f, "--region", "西湖区", "--published", "2024-01")
    assert r.returncode == 0, r.stderr
    if encoding != "big5":  # traditional characters are read correctly but are not catalog names
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        assert rows and rows[0]["value"] == 2087.4
        src = f.read_bytes().decode(encoding)
        assert src[rows[0]["start"] : rows[0]["end"]] == "2087.4亿元"
    else:
        assert r.stderr == ""


def test_bad_inputs_each_get_one_line_and_others_still_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.seek(120 * 1024 * 1024)  # over the loaders' limit (the same for extract and ingest)
        f.write(b"x")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    r = run(tmp_path / "missing.txt", empty, binary, tmp_path, big, loop, good, "--region", "西湖区")
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 6, r.stderr
    assert "Traceback" not in r.stderr
    assert "no such file" in r.stderr and "empty" in r.stderr and "binary" in r.stderr
    assert "directory" in r.stderr and "MB" in r.stderr
    assert '"gdp"' in r.stdout  # the good file was still processed


def test_bad_arguments_are_one_line():
    r = run("--published", "not-a-date", "x.txt")
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--published" in r.stderr
    r = run()
    assert r.returncode == 2 and "Traceback" not in r.stderr


BROKEN_ROWS = [  # (manifest row, what the refusal says)
    ("a.txt,,,西湖区,2023-13-45,", "not a date"),
    ("a.txt,,,西湖区,2023-02-30,", "not a date"),
    ("a.txt,,,西湖区,2024年7月40日,", "not a date"),
    ("a.txt,,,西湖区,sometime,", "not a date"),
    ("nothing.txt,,,西湖区,2024,", "nothing.txt, which does not exist"),
    (",,,西湖区,2024,", "empty 'file'"),
]


@pytest.mark.parametrize("row,why", BROKEN_ROWS)
def test_a_broken_manifest_row_refuses_its_document_and_only_it(tmp_path, row, why):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(SENTENCE, encoding="utf-8")
    m = tmp_path / "m.csv"
    m.write_text(f"file,title,publisher,region,published,doc_type\r\n{row}\r\nok.txt,,,西湖区,2024,\r\n",
                 encoding="utf-8-sig")
    r = run("--manifest", m)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and why in errors[0] and "line 2" in errors[0], r.stderr
    docs = {json.loads(line)["doc"] for line in r.stdout.splitlines()}
    assert docs == {"ok.txt"}  # the broken row's document is not read with guessed metadata


def test_a_manifest_without_a_file_column_is_one_line(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("name,published\na.txt,2024\n", encoding="utf-8")
    r = run("--manifest", m)
    assert r.returncode == 2 and "'file' column" in r.stderr and "Traceback" not in r.stderr


def _docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> None:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.save(str(path))


def test_extract_reads_html_pdf_and_docx_as_ingest_does(tmp_path):
    from src.ingest.loaders import load_path
    from tests.store.test_ingest import HTML, make_pdf

    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    make_pdf(tmp_path / "doc.pdf", ["2023年，全区实现地区生产总值2087.4亿元，增长5.1%。"])
    _docx(tmp_path / "doc.docx", ["2023年，全区实现地区生产总值2087.4亿元，增长5.1%。"])
    r = run(tmp_path / "page.html", tmp_path / "doc.pdf", tmp_path / "doc.docx", "--region", "西湖区",
            "--published", "2024-01")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    for name in ("page.html", "doc.pdf", "doc.docx"):
        text = load_path(tmp_path / name).text  # the text ingest stores
        gdp = [x for x in rows if x["doc"] == name and x["indicator"] == "gdp" and x["measure"] == "value"]
        assert [x["value"] for x in gdp] == [2087.4], name
        assert text[gdp[0]["start"] : gdp[0]["end"]] == "2087.4亿元"


def test_evaluate_command():
    r = subprocess.run([sys.executable, "-m", "src.extract.evaluate", "--gold", "tests/seeds.jsonl", "--manifest",
                        "seeds/manifest.csv"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1].startswith("precision")
    assert "xihu-drc-2023-work-summary.txt: precision" in r.stdout
