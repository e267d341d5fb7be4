"""Saved government pages: the page's own title, numbers split from their units, tables as lines
of cells, and pages whose main text is not the document."""

from pathlib import Path

import pytest

from src.ingest.loaders import LoadError, load_bytes, load_path
from src.ingest.webpage import TOO_SHORT
from tests.store.test_ingest import make_pdf

BODY = ("<p>2023年，全区实现地区生产总值2087.4亿元，同比增长5.1%，经济运行稳中向好，主要指标好于预期。</p>"
        "<p>全年固定资产投资555.2亿元，增长14.7%，投资结构持续优化，重大项目建设有力推进。</p>"
        "<p>社会消费品零售总额增长6.1%，消费市场平稳恢复，服务消费增势较好，居民消费意愿逐步回升。</p>")
MORE = ("<p>全年规模以上工业增加值增长7.2%，高新技术产业增加值增长9.8%，数字经济核心产业持续壮大。</p>"
        "<p>城镇居民人均可支配收入增长4.9%，农村居民人均可支配收入增长6.3%，民生保障水平稳步提高。</p>")
DOC_TITLE = "西湖区2023年国民经济运行情况"


def page(head: str = "", before: str = "", body: str = BODY, after: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{before}"
            f"<div class='article'>{body}</div>{after}</body></html>").encode()


CRUMB = "<div class='crumb'>首页 › 政府信息公开 › 统计数据 › 统计分析</div>"


@pytest.mark.parametrize("head,before", [
    (f"<title>{DOC_TITLE}_西湖区人民政府</title>", CRUMB),  # site name after the title
    (f"<title>西湖区人民政府 - {DOC_TITLE}</title>", CRUMB),  # site name first
    (f"<title>政府信息公开 › 统计数据 › {DOC_TITLE}</title>", CRUMB),  # <title> written as a breadcrumb
    ("<title>政府信息公开</title>", f"{CRUMB}<h1>{DOC_TITLE}</h1>"),  # <title> is the section's name
    (f"<title>{DOC_TITLE}</title>", f"<h1>西湖区人民政府</h1>{CRUMB}<h2>{DOC_TITLE}</h2>"),  # logo heading
    (f"<meta name='ArticleTitle' content='{DOC_TITLE}'><title>政府信息公开</title>", f"<h1>当前位置：首页 > {DOC_TITLE}</h1>"),
    ("", f"{CRUMB}<div class='article-title'>{DOC_TITLE}</div>"),  # no <title>: a title element
])
def test_title_is_the_pages_own_not_the_breadcrumb(head, before):
    loaded = load_bytes(page(head, before), "p.html")
    assert loaded.title == DOC_TITLE


@pytest.mark.parametrize("split,joined", [
    ("<p>全年一般公共预算收入</p><p>2191.55</p><p>亿元，增长9.1%。</p>", "2191.55亿元"),
    ("<p>全年一般公共预算收入2191.55</p>\n  <p style='text-indent:2em'><span>亿元</span>，增长9.1%。</p>", "2191.55亿元"),
    ("<p>全年一般公共预算收入2191.55<br>亿元，增长9.1%。</p>", "2191.55亿元"),
    ("<p>年末常住人口128.6</p><p>万人，增长1.2%。</p>", "128.6万人"),
    ("<p>全区规上工业增加值增长9.1</p><p>%，高于全市。</p>", "9.1%"),
])
def test_a_number_split_from_its_unit_is_joined_and_read(split, joined):
    from src.extract import extract_text

    loaded = load_bytes(page("<title>x</title>", body=BODY + split), "p.html")
    assert joined in loaded.text
    figs = extract_text(loaded.text, region="西湖区", published="2024-01-20")
    hit = [f for f in figs if f.raw == joined]
    assert hit and all(loaded.text[f.start : f.end] == joined for f in hit)


def test_a_year_at_a_paragraph_end_is_not_joined_to_a_word_that_starts_with_a_unit():
    loaded = load_bytes(page("<title>x</title>", body=BODY + "<p>本文发布于2024</p><p>元旦前后。</p>"), "p.html")
    assert "2024元旦" not in loaded.text


def test_html_table_rows_are_lines_of_tab_separated_cells():
    table = ("<table><thead><tr><th>指标</th><th>单位</th><th>绝对数</th><th>比上年增长（%）</th></tr></thead>"
             "<tbody><tr><td>地区生产总值</td><td>亿元</td><td>2087.4</td><td>5.1</td></tr>"
             "<tr><td>其中：第三产业</td><td>亿元</td><td></td><td>6.0</td></tr>"
             "<tr><td>a|b</td><td>个</td><td>3</td><td>1</td></tr></tbody></table>")
    loaded = load_bytes(page("<title>x</title>", body=BODY + table), "p.html")
    lines = loaded.text.split("\n")
    assert "指标\t单位\t绝对数\t比上年增长（%）" in lines
    assert "地区生产总值\t亿元\t2087.4\t5.1" in lines
    assert "其中：第三产业\t亿元\t\t6.0" in lines  # an empty cell keeps the columns aligned
    assert "a|b\t个\t3\t1" in lines
    assert not any(set(line) <= set("|-: ") and line for line in lines)


EMBEDS = {
    "embed": "<embed src='{src}' type='application/pdf' width='100%' height='800'>",
    "iframe viewer": "<iframe src='/pdfjs/web/viewer.html?file={src}'></iframe>",
    "object": "<object data='{src}' type='application/pdf'></object>",
    "link": "<p>附件：<a href='{src}'>2023年统计公报全文</a></p>",
}


@pytest.mark.parametrize("kind", sorted(EMBEDS))
def test_a_page_holding_the_document_as_a_pdf_is_refused(kind):
    body = "<p>西湖区2023年国民经济和社会发展统计公报。</p><p>发布时间：2024-03-01。</p>" + EMBEDS[kind].format(src="gongbao.pdf")
    with pytest.raises(LoadError) as e:
        load_bytes(page(f"<title>{DOC_TITLE}</title>", body=body), "p.html")
    assert TOO_SHORT in str(e.value) and "\n" not in str(e.value)


def test_a_page_of_images_or_almost_no_text_is_refused():
    imgs = "".join(f"<p><img src='/upload/2024/page{i}.jpg'></p>" for i in range(5))
    for body in (f"<p>{DOC_TITLE}</p>{imgs}", "<p>详见附件。</p>", "<p>西湖区统计局发布了2023年统计公报，欢迎查阅。</p>" + imgs):
        with pytest.raises(LoadError, match=TOO_SHORT):
            load_bytes(page(f"<title>{DOC_TITLE}</title>", body=body), "p.html")


def test_a_full_page_with_a_pdf_attachment_and_a_logo_is_kept():
    after = "<p>附件：<a href='gongbao.pdf'>下载</a></p><footer><img src='/images/logo.png'></footer>"
    loaded = load_bytes(page(f"<title>{DOC_TITLE}</title>", body=BODY + MORE, after=after), "p.html")
    assert "2087.4亿元" in loaded.text


@pytest.mark.parametrize("kind", ["embed", "iframe viewer", "object", "link"])
def test_an_embedded_pdf_saved_beside_the_page_is_read(tmp_path, kind):
    make_pdf(tmp_path / "gongbao.pdf", ["2023年，全区实现地区生产总值2087.4亿元，增长5.1%。"])
    body = "<p>西湖区2023年统计公报。</p>" + EMBEDS[kind].format(src="gongbao.pdf")
    f = tmp_path / "page.html"
    f.write_bytes(page(f"<title>{DOC_TITLE}_西湖区人民政府</title>", body=body))
    loaded = load_path(f)
    assert "2087.4亿元" in loaded.text and loaded.kind == "pdf" and loaded.title == DOC_TITLE


def test_an_embedded_pdf_outside_the_pages_folder_is_not_read(tmp_path):
    outside = tmp_path / "gongbao.pdf"
    make_pdf(outside, ["2023年，全区实现地区生产总值2087.4亿元。"])
    (tmp_path / "site").mkdir()
    f = tmp_path / "site" / "page.html"
    f.write_bytes(page("<title>x</title>", body="<p>公报。</p><embed src='../gongbao.pdf' type='application/pdf'>"))
    with pytest.raises(LoadError, match=TOO_SHORT):
        load_path(f)


def test_refused_page_is_one_line_at_ingest_and_stores_nothing(empty_db, tmp_path):
    from src.ingest.pipeline import ingest_paths
    from tests.conftest import db_fingerprint

    f = tmp_path / "page.html"
    f.write_bytes(page(f"<title>{DOC_TITLE}</title>", body="<p>见附件。</p>" + EMBEDS["link"].format(src="x.pdf")))
    before = db_fingerprint(empty_db)
    (o,) = ingest_paths([f], db=empty_db, region="西湖区")
    assert o.status == "refused" and o.message == TOO_SHORT
    assert db_fingerprint(empty_db) == before


BROKEN = [
    ("a.txt,,,西湖区,2023-13-45,", "not a date"),
    ("a.txt,,,西湖区,2023-02-29,", "not a date"),
    ("ghost.txt,,,西湖区,2024,", "ghost.txt, which does not exist"),
    ("a.txt,,,西湖区,2024,\na.txt,,,西湖区,2024,", "listed twice"),
]


@pytest.mark.parametrize("rows,why", BROKEN)
def test_a_broken_manifest_row_refuses_its_document_at_ingest(empty_db, tmp_path, rows, why):
    from src.ingest.pipeline import ingest_paths

    for name, value in (("a.txt", "2087.4"), ("ok.txt", "1999.9")):
        (tmp_path / name).write_text(f"2023年，全区实现地区生产总值{value}亿元，增长5.1%。", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        f"file,title,publisher,region,published,doc_type\n{rows}\nok.txt,,,西湖区,2024-01,\n", encoding="utf-8")
    outs = ingest_paths([tmp_path], db=empty_db)
    refused = [o for o in outs if o.status == "refused"]
    assert len(refused) == 1 and why in refused[0].message and "manifest.csv line " in refused[0].message
    stored = {Path(o.name).name for o in outs if o.status == "ingested"}
    assert stored == {"ok.txt"}  # the broken row's document is refused, not read with guessed metadata


@pytest.mark.parametrize("extra,published", [
    ("", None),  # only 2023年 in the text: no publication date is made up from it
    ("<p class='date'>发布时间：2024-01-20 09:30</p>", "2024-01-20"),
    ("<meta name='PubDate' content='2024-01-20 09:30'>", "2024-01-20"),
])
def test_a_publication_date_is_taken_only_where_the_page_writes_one(extra, published):
    loaded = load_bytes(page("<title>x</title>" + (extra if "meta" in extra else ""),
                             before=extra if "meta" not in extra else ""), "p.html")
    assert loaded.meta.get("published", None) == published
