"""What every page does first: the page config, the database (built from seeds on first start),
the embed mode, and URL-backed filters."""

from __future__ import annotations

from typing import Any

import streamlit as st

from src.store.db import StoreError, db_path, ensure_db

from . import auth, links
from .escape import md
from .messages import msg


def setup(title: str) -> None:
    """Page config and a database to read; stops the page with a message when there is none."""
    st.set_page_config(page_title=f"{title} · 区域发展指标", layout="wide")
    auth.apply()  # a read-only app: the store refuses its writes
    if embed():
        st.markdown("<style>header, footer {visibility:hidden} [data-testid='stSidebar'],"
                    "[data-testid='stSidebarCollapsedControl'] {display:none}</style>", unsafe_allow_html=True)
    else:
        nav()
    p = db_path()
    if not p.exists():
        with st.spinner(msg("no_db")):
            try:
                ensure_db(p)
            except StoreError as e:
                st.error(msg("db_error", detail=e))
                st.stop()


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


ICONS = {"overview": ":material/dashboard:", "indicator": ":material/show_chart:", "regions": ":material/compare_arrows:",
         "targets": ":material/flag:", "source": ":material/article:", "review": ":material/fact_check:",
         "upload": ":material/upload_file:"}


def embed() -> bool:
    return str(st.query_params.get("embed", "")).lower() in ("true", "1")


def params(spec: list[links.Param]) -> dict[str, Any]:
    """Read this page's filters from the URL; a bad value falls back to its default with a notice."""
    values, bad = links.read_params(dict(st.query_params), spec)
    for name, value in bad:
        st.warning(msg("bad_param", name=name, value=md(value)))
    return values


def sync(values: dict[str, Any], spec: list[links.Param]) -> None:
    """Write the current filters back to the URL so the view can be shared and reproduced."""
    q = links.to_query(values, spec)
    if embed():
        q["embed"] = "true"
    current = {k: v for k, v in st.query_params.items()}
    if current != q:
        st.query_params.from_dict(q)


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

    from src.store.export import provenance_table

    def table():
        return provenance_table(df) if "figure_id" in df.columns else df

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
    """The chart as SVG, rendered by kaleido only when the button is clicked."""
    from src.charts.export import to_svg

    st.download_button("下载 SVG", data=lambda: to_svg(fig), file_name=f"{name}.svg", mime="image/svg+xml", key=key)
