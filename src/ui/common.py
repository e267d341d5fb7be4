"""What every page does first: the page config, the database (built from seeds on first start),
the embed mode, and URL-backed filters."""

from __future__ import annotations

import contextlib
from typing import Any

import streamlit as st

from src.store.db import StoreError, db_path

from . import auth, links, plot, timing
from .escape import md
from .messages import msg


def setup(title: str) -> None:
    """Page config and a database to read; stops the page with a message when there is none."""
    timing.page_started(title)  # INDICATORS_TIMING=1 only: the server's time per script run, for the bench
    st.session_state["_page"] = next((k for k, v in links.PAGES.items() if v[2] == title), "overview")
    st.set_page_config(page_title=f"{title} · 区域发展指标", layout="wide")
    auth.apply()  # a read-only app: the store refuses its writes
    if embed():
        st.markdown(EMBED_CSS, unsafe_allow_html=True)
    else:
        nav()
    if not db_path().exists():
        first_start()


def first_start() -> None:
    """Build the database from seeds/ with a progress bar (documents done / total), then let the
    page render in the same run: no refresh needed."""
    from src.ingest.seed import seed

    bar = st.progress(0.0, text=msg("no_db"))

    def progress(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=msg("seeding", done=done, total=total))

    try:
        seed(db_path(), progress)
    except StoreError as e:
        bar.empty()
        st.error(msg("db_error", detail=e))
        st.stop()
    bar.empty()


def nav() -> None:
    """The sidebar navigation, with Chinese page names."""
    with st.sidebar:
        for key, (script, _path, title) in links.PAGES.items():
            if not auth.page_visible(key):
                continue
            try:
                st.page_link(script, label=title, icon=ICONS.get(key))
            except st.errors.StreamlitAPIException:
                st.markdown(f"[{title}]({links.page_url(key)})")  # a page run on its own (tests)
        st.divider()


# Presentation mode: no sidebar, no header or toolbar, no Streamlit chrome, no widgets; the chart only.
EMBED_CSS = ("<style>[data-testid='stSidebar'], [data-testid='stSidebarCollapsedControl'], [data-testid='stHeader'],"
             " header, footer, [data-testid='stToolbar'], [data-testid='stDecoration'], [data-testid='stStatusWidget'],"
             " .stAppDeployButton, .st-key-embed-controls {display:none !important}"
             " [data-testid='stMainBlockContainer'], .block-container {padding:1rem 1.5rem !important;"
             " max-width:100% !important} [data-testid='stAppViewContainer'] {top:0 !important}</style>")


# Streamlit's file uploader writes its own English ("Upload", "200MB per file • TXT, …"), which no
# parameter changes: the words are hidden and Chinese ones drawn in their place (CSS `content`).
UPLOADER_CSS = ("<style>[data-testid='stFileUploaderDropzoneInstructions'] * {font-size:0 !important}"
                " [data-testid='stFileUploaderDropzoneInstructions']::after {content:'%s'; font-size:0.875rem;"
                " color:rgba(49,51,63,0.6)}"
                " [data-testid='stFileUploaderDropzone'] button {font-size:0 !important}"
                " [data-testid='stFileUploaderDropzone'] button * {font-size:0 !important}"
                " [data-testid='stFileUploaderDropzone'] button span:has(> [data-testid='stIconMaterial']) {display:none}"
                " [data-testid='stFileUploaderDropzone'] button::after {content:'%s'; font-size:0.875rem}</style>")


# st.metric cuts a value wider than its card with "…" (≥10,000 … for ≥10,000 亿元, 目标 120 … for a target in 美元):
# the value wraps instead, at its spaces only (keep-all: 亿元 stays whole), so the amount and its unit are read in full.
METRIC_CSS = ("<style>[data-testid='stMetricValue'], [data-testid='stMetricValue'] * {white-space:normal !important;"
              " word-break:keep-all !important; overflow:visible !important; text-overflow:clip !important}</style>")


def whole_metric_values() -> None:
    st.markdown(METRIC_CSS, unsafe_allow_html=True)


def chinese_uploader(limit_mb: int, kinds: list[str]) -> None:
    """Chinese words in Streamlit's file uploader: the button and the size and type line."""
    line = f"单个文件不超过 {limit_mb}MB · {'、'.join(kinds)}"
    st.markdown(UPLOADER_CSS % (line.replace("'", ""), "选择文件"), unsafe_allow_html=True)


def controls():
    """Where a page puts its filters: the sidebar, or in presentation mode a hidden container (the
    view then comes from the URL alone, and nothing but the chart is shown)."""
    return st.container(key="embed-controls") if embed() else st.sidebar


EMBED_HEIGHT = 640  # a chart without a height of its own, in presentation mode


def chart(fig, *, key: str, name: str, select: bool = True, download: bool = True, titled: bool = True) -> None:
    """A chart as the page shows it; every chart of every page is drawn here, by plot.plotly_chart
    (our plotly.js bundle in a component frame). In presentation mode: the chart alone (its
    title and source line are part of it), without the plotly toolbar, and the page stops there.
    Otherwise, with `select`, a click on a point shows that figure's source under the chart (a
    fragment: the click reruns the chart and its panel, not the page); with `download`, the 下载
    SVG/PNG buttons (the still images print every value; the toolbar has no image button, see
    chart_config). `titled=False`: the page's heading right above says what the chart's title says, so
    the screen leaves the title out (presentation mode and the still images keep it)."""
    from src.charts import chart_config

    if embed():
        plot.plotly_chart(fig, key=key, config={**chart_config(), "displayModeBar": False},
                          height=fig.layout.height or EMBED_HEIGHT)
        st.stop()
    if select:
        _chart_with_source(fig, key, name, download, titled)
        return
    plot.plotly_chart(fig, key=key, config=chart_config(), titled=titled)
    if download:
        svg_button(fig, name, f"{key}-img")


@st.fragment
def _chart_with_source(fig, key: str, name: str, download: bool, titled: bool) -> None:
    from src.charts import chart_config

    from . import source_panel

    picked = selected_figure(plot.plotly_chart(fig, key=key, config=chart_config(), select=True, titled=titled))
    if picked:
        source_panel.show(*picked)
    if download:
        svg_button(fig, name, f"{key}-img")


ICONS = {"overview": ":material/dashboard:", "indicator": ":material/show_chart:", "regions": ":material/compare_arrows:",
         "targets": ":material/flag:", "source": ":material/article:", "review": ":material/fact_check:",
         "upload": ":material/upload_file:"}


def embed() -> bool:
    """Presentation mode: ?embed=true in the URL (Streamlit keeps that parameter out of st.query_params,
    so it is read from st.context and the run's query string)."""
    with contextlib.suppress(Exception):
        if st.context.is_embedded:
            return True
    from urllib.parse import parse_qs

    from streamlit.runtime.scriptrunner import get_script_run_ctx

    qs = getattr(get_script_run_ctx(), "query_string", "") or ""
    return parse_qs(qs).get("embed", [""])[-1].lower() in ("true", "1")


def params(spec: list[links.Param]) -> dict[str, Any]:
    """Read this page's filters from the URL; a bad value falls back to its default with a notice."""
    values, bad = links.read_params(dict(st.query_params), spec)
    for name, value in bad:
        st.warning(msg("bad_param", name=name, value=md(value)))
    return values


def sync(values: dict[str, Any], spec: list[links.Param]) -> None:
    """Write the current filters back to the URL so the view can be shared and reproduced."""
    q = links.to_query(values, spec)  # embed=true, when present, is kept by Streamlit itself
    current = {k: v for k, v in st.query_params.items()}
    if current != q:
        st.query_params.from_dict(q)
    if not embed() and st.session_state.get("_page") in CHART_PAGES:
        present(q)


CHART_PAGES = ("overview", "indicator", "regions", "targets")  # pages whose presentation mode is a chart


def present(q: dict[str, str]) -> None:
    """「演示」: this very view (the URL's filters) in presentation mode, in a new tab ready for a screenshot."""
    page = st.session_state.get("_page", "overview")
    with st.sidebar:
        st.divider()
        st.link_button("演示", links.page_url(page, **q, embed="true"), icon=":material/slideshow:",
                       help="只显示图表、标题和来源，便于截图；这个链接即可复现同一画面")


def guard(fn, *args, **kw):
    """Run a data call; a busy or broken database becomes a message, never a traceback."""
    try:
        return fn(*args, **kw)
    except StoreError as e:
        st.warning(msg("db_busy") if "busy" in str(e) else msg("db_error", detail=e))
        st.stop()


def download_buttons(df, name: str, key: str) -> None:
    """The current table as CSV and Excel, with provenance columns; files are made only when clicked."""
    import io

    from src.charts.style import zh_codes
    from src.store.export import provenance_table

    def table():  # codes in Chinese, like the tables on screen; ids kept for provenance
        return provenance_table(zh_codes(df)) if "figure_id" in df.columns else zh_codes(df)

    def xlsx() -> bytes:
        buf = io.BytesIO()
        table().to_excel(buf, index=False)
        return buf.getvalue()

    c1, c2 = st.columns(2)
    c1.download_button("下载 CSV", lambda: table().to_csv(index=False).encode("utf-8-sig"), f"{name}.csv", "text/csv",
                       key=f"{key}-csv")
    c2.download_button("下载 Excel", xlsx, f"{name}.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"{key}-xlsx")


MAX_ROWS = 2000


def show_table(df, **kw):
    """st.dataframe of at most MAX_ROWS rows (the downloads hold them all)."""
    if len(df) > MAX_ROWS:
        st.caption(f"共 {len(df):,} 行，表中显示前 {MAX_ROWS:,} 行；完整数据请下载。")
        df = df.head(MAX_ROWS)
    return st.dataframe(df, **kw)


def selected_figure(state: Any) -> tuple[str, str] | None:
    """(figure_id, doc_id) of a clicked chart point; customdata may arrive as [id, …] or {"0": id, …}."""
    try:
        points = state["selection"]["points"]
    except (KeyError, TypeError, IndexError):
        return None
    for p in points or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if isinstance(cd, dict):
            cd = [cd.get(str(i)) for i in range(len(cd))]
        if cd and cd[0] and len(cd) > 1 and cd[1]:
            return str(cd[0]), str(cd[1])
    return None


def go_to_source(fig: tuple[str, str]) -> None:
    """Open the source viewer at a figure; where the page runs on its own (tests), show the link."""
    try:
        st.switch_page(links.PAGES["source"][0], query_params={"doc": fig[1], "figure": fig[0]})
    except st.errors.StreamlitAPIException:
        st.markdown(f"[查看原文出处]({links.source_url(fig[1], fig[0])})")


def svg_button(fig, name: str, key: str) -> None:
    """The chart as SVG and PNG (values printed beside the points), rendered by kaleido only when clicked."""
    from src.charts import SIZES
    from src.charts.export import to_image, to_svg

    w, h = SIZES["1600x900"]
    row = st.container(horizontal=True)  # side by side, under the chart's left edge
    row.download_button("下载 SVG", data=lambda: to_svg(fig, w, h), file_name=f"{name}.svg", mime="image/svg+xml", key=key)
    row.download_button("下载 PNG", data=lambda: to_image(fig, "png", w, h), file_name=f"{name}.png", mime="image/png",
                       key=f"{key}-png")
