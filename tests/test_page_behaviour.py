"""Pages react to filters and URLs, reviews flow from the Review page to the charts, clicks lead to sources."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from src.charts import labels
from src.ingest.pipeline import ingest_paths
from src.store import queries
from tests.frames import chart_frames

ROOT = Path(__file__).resolve().parents[1]
INDICATOR = str(ROOT / "pages/1_指标.py")
SOURCE = str(ROOT / "pages/4_原文.py")
REVIEW = str(ROOT / "pages/5_审核.py")


def app(path, db, monkeypatch, **params):
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(path, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at


def texts(at) -> str:
    return " ".join(str(getattr(e, "value", "")) for e in [*at.title, *at.markdown, *at.caption, *at.warning, *at.info])


def test_query_params_choose_the_view(seed_db, monkeypatch):
    at = app(INDICATOR, seed_db, monkeypatch, indicator="fixed_asset_investment", measure="growth")
    at.run()
    assert not at.exception
    assert "固定资产投资增速" in at.title[0].value
    at2 = app(INDICATOR, seed_db, monkeypatch, indicator="gdp", measure="value")
    at2.run()
    assert "地区生产总值（全年）" in at2.title[0].value


def test_filters_change_what_is_shown(seed_db, monkeypatch):
    at = app(INDICATOR, seed_db, monkeypatch, indicator="gdp", measure="growth")
    at.session_state["ind-view"] = "表格"
    at.run()
    before = at.dataframe[0].value
    at.multiselect(key="ind-regions").set_value(["西湖区"]).run()
    after = at.dataframe[0].value
    assert set(after["地区"]) == {"西湖区"} and len(after) < len(before)
    assert at.query_params["regions"] in ("西湖区", ["西湖区"])  # the view is in the URL


def test_bad_query_parameter_falls_back_with_notice(seed_db, monkeypatch):
    at = app(INDICATOR, seed_db, monkeypatch, indicator="no_such_indicator", kind="pie")
    at.run()
    assert not at.exception
    assert len(at.warning) == 2
    assert "地区生产总值" in at.title[0].value


def test_review_shows_on_indicator_page(seed_db, monkeypatch):
    fig = queries.figures(seed_db, indicator="gdp", measure="value", region="西湖区").iloc[0]
    at = app(REVIEW, seed_db, monkeypatch, figure=fig.figure_id)
    at.run()
    assert not at.exception
    at.radio(key="rv-action").set_value("correct")
    at.number_input(key="rv-value").set_value(2100.5)
    at.button(key="FormSubmitter:rv-form-保存（Enter）").click().run()
    assert not at.exception
    assert at.success, "the review was saved"
    ind = app(INDICATOR, seed_db, monkeypatch, indicator="gdp", measure="value", regions="西湖区")
    ind.session_state["ind-view"] = "表格"
    ind.run()
    table = ind.dataframe[0].value
    assert "2,100.5" in table["数值"].tolist() or "2100.5" in table["数值"].tolist()
    assert "已更正" in table["审核"].tolist()


def test_chart_selection_shows_the_figure_in_its_sentence(seed_db, monkeypatch):
    fig = queries.figures(seed_db, indicator="gdp", measure="value", region="西湖区",
                          columns=queries.COLUMNS).iloc[0]
    at = app(INDICATOR, seed_db, monkeypatch, indicator="gdp", measure="value", regions="西湖区")
    at.run()
    assert not [m for m in at.markdown if "<mark" in m.value], "no source before a click"
    (chart,) = chart_frames(at)
    assert chart["select"] and fig.figure_id in chart["spec"]  # the point is drawn, with its ids, and clickable
    click = {"points": [{"customdata": [fig.figure_id, fig.doc_id]}], "point_indices": [0], "box": [], "lasso": []}
    at.session_state["ind-chart"] = {"selection": click, "sig": "a figure shown before"}  # the frame's value
    at.run()
    assert not [m for m in at.markdown if "<mark" in m.value], "a click on another figure is no selection"
    at.session_state["ind-chart"] = {"selection": click, "sig": chart["sig"]}
    at.run()
    assert not at.exception
    (excerpt,) = [m.value for m in at.markdown if "<mark" in m.value]
    assert excerpt.count("<mark") == 1 and f'id="fig-{fig.figure_id}"' in excerpt and "chosen" in excerpt
    doc = queries.document(fig.doc_id, seed_db)
    assert f">{doc['text'][fig.start_offset:fig.end_offset]}</mark>" in excerpt  # the number as stored
    links = [c.value for c in [*at.markdown, *at.caption] if "查看原文出处" in c.value]
    assert links and f"figure={fig.figure_id}" in links[0] and f"doc={fig.doc_id}" in links[0]


def test_table_tab_is_built_when_opened(seed_db, monkeypatch):
    at = app(INDICATOR, seed_db, monkeypatch, indicator="gdp", measure="value")
    at.run()
    assert not at.dataframe, "the hidden table is not built"
    at.session_state["ind-view"] = "表格"
    at.run()
    assert not at.exception and len(at.dataframe[0].value) > 0


def test_source_viewer_deep_link(seed_db, monkeypatch):
    fig = queries.figures(seed_db, indicator="gdp", measure="value", region="西湖区").iloc[0]
    at = app(SOURCE, seed_db, monkeypatch, doc=fig.doc_id, figure=fig.figure_id)
    at.run()
    assert not at.exception
    html = "".join(str(h.proto) for h in at.get("iframe")) if at.get("iframe") else ""
    assert "2087.4亿元" in texts(at) or "2087.4" in html or "2,087.4" in texts(at)
    bad = app(SOURCE, seed_db, monkeypatch, doc="nope")
    bad.run()
    assert not bad.exception and bad.warning


def test_untrusted_document_text_is_escaped(empty_db, tmp_path, monkeypatch):
    f = tmp_path / "evil.txt"
    f.write_text('<script>alert("x")</script><img src=x onerror=alert(1)>2023年，全区实现地区生产总值2087.4亿元。'
                 '<b onmouseover=alert(2)>粗体</b>', encoding="utf-8")
    (o,) = ingest_paths([f], db=empty_db, region="西湖区", published="2024-01")
    from src.ui import source_view

    figs = queries.figures(empty_db, columns=queries.COLUMNS)
    html = source_view.render(queries.document(o.doc_id, empty_db)["text"], source_view.spans_from(figs.itertuples()))
    assert "<script>" not in html and "<img" not in html and "<b " not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("<mark") == len(figs) == 1
    at = app(SOURCE, empty_db, monkeypatch, doc=o.doc_id)
    at.run()
    assert not at.exception


def test_regions_drill_down(seed_db, monkeypatch):
    at = app(str(ROOT / "pages/2_区域对比.py"), seed_db, monkeypatch, region="杭州市", indicator="gdp", measure="growth")
    at.run()
    assert not at.exception
    md = " ".join(m.value for m in at.markdown)
    assert "浙江省" in md and "萧山区" in md and "西湖区" in md  # breadcrumb up, children down
    at2 = app(str(ROOT / "pages/2_区域对比.py"), seed_db, monkeypatch, region="萧山区")
    at2.run()
    assert "萧山经济技术开发区" in " ".join(m.value for m in at2.markdown)


def test_review_shortcut_buttons(seed_db, monkeypatch):
    fig = queries.figures(seed_db, indicator="manufacturing_investment").iloc[0]
    at = app(REVIEW, seed_db, monkeypatch, figure=fig.figure_id)
    at.run()
    at.button(key="rv-reject").click().run()
    assert not at.exception and at.success
    assert fig.figure_id not in queries.figures(seed_db).figure_id.tolist()


def test_source_page_lists_one_regions_documents(seed_db, monkeypatch):
    """The source viewer offers one region's documents at a time (a national store holds hundreds of
    thousands): the linked document's region, else the region with the most documents."""
    busiest = queries.document_regions(seed_db).region[0]
    at = app(SOURCE, seed_db, monkeypatch)
    at.run()
    assert not at.exception
    region_box, doc_box = at.selectbox(key="src-region"), at.selectbox(key=f"src-doc-{busiest}")
    assert region_box.value == busiest
    assert doc_box.options == [f"{r.title or r.file}（{labels.date_label(r.published) or '日期不详'}）"
                               for r in queries.documents(seed_db, region=busiest).itertuples()]
    xihu = queries.documents(seed_db, region="西湖区").iloc[0]
    linked = app(SOURCE, seed_db, monkeypatch, doc=xihu.doc_id)
    linked.run()
    assert not linked.exception
    assert linked.selectbox(key="src-region").value == "西湖区"
    assert linked.selectbox(key="src-doc-西湖区").value == xihu.doc_id
    assert xihu.title in linked.title[0].value
    linked.selectbox(key="src-region").set_value(busiest).run()  # another region: its newest document
    assert not linked.exception
    newest = queries.documents(seed_db, region=busiest).iloc[0]
    assert linked.query_params["doc"] == newest.doc_id and newest.title in linked.title[0].value
