"""Plotly figure builders: DataFrames from the query layer -> figures. Pure; no Streamlit here.

Every point carries its figure id in `customdata[0]` (and its document id in `customdata[1]`),
so a click leads to the source sentence. Results are solid, targets dashed with hollow markers.
Years are integers on the axis; a source line sits under every chart.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from .style import (
    FONT,
    OUTCOME_ZH,
    STATUS_ZH,
    axis_title,
    fmt_number,
    indicator_color,
    indicator_name,
    indicator_unit,
    period_zh,
    region_color,
)

SIZES = {"1600x900": (1600, 900), "1200x1200": (1200, 1200)}
EMPTY_TEXT = "暂无数据"


def _esc(s: object) -> str:
    return html.escape("" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s))


def source_line(df: pd.DataFrame, limit: int = 3) -> str:
    """'来源：title（publisher，date）；…' for the documents behind a chart."""
    if df is None or df.empty or "title" not in df.columns:
        return ""
    docs = df.drop_duplicates("doc_id") if "doc_id" in df.columns else df
    parts = []
    for _, r in docs.head(limit).iterrows():
        meta = "，".join(x for x in (_esc(r.get("publisher")), _esc(r.get("published"))) if x)
        parts.append(f"{_esc(r.get('title')) or _esc(r.get('file'))}" + (f"（{meta}）" if meta else ""))
    more = len(docs) - limit
    return "来源：" + "；".join(parts) + (f" 等{len(docs)}份文件" if more > 0 else "")


def base_layout(fig: go.Figure, title: str, source: str = "", size: tuple[int, int] | None = None) -> go.Figure:
    fig.update_layout(
        title={"text": _esc(title), "x": 0.01, "xanchor": "left", "font": {"size": 20}},
        font={"family": FONT, "size": 13},
        template="plotly_white",
        margin={"l": 70, "r": 30, "t": 80, "b": 110 if source else 60},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0},
        hoverlabel={"font": {"family": FONT}},
        separators=".,",
    )
    if size:
        fig.update_layout(width=size[0], height=size[1])
    if source:
        width = (size or (1000, 0))[0]
        per_line = max(30, int(width / 13))  # characters of 11 px CJK text that fit in the chart's width
        plain = html.unescape(source)  # cut lines in the text, not inside an escaped entity
        lines = [html.escape(plain[i : i + per_line]) for i in range(0, len(plain), per_line)][:4]
        source = "<br>".join(lines)
        fig.update_layout(margin={"b": 110 + 16 * (len(lines) - 1)})
        fig.add_annotation(text=source, xref="paper", yref="paper", x=0, y=0, yshift=-62, xanchor="left",
                           yanchor="top", showarrow=False, font={"size": 11, "color": "#666"}, align="left")
    return fig


def empty_figure(title: str, message: str = EMPTY_TEXT) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, title)


def _hover(unit_col: str = "unit") -> str:
    return ("%{customdata[2]}<br>%{x}年 %{customdata[3]}：<b>%{customdata[4]}</b><br>"
            "性质：%{customdata[5]}<br>来源：%{customdata[6]}<extra></extra>")


def _custom(df: pd.DataFrame) -> list[list[str]]:
    return [
        [r.figure_id, r.doc_id, _esc(r.region), period_zh(r.period), fmt_number(r.value, r.unit, r.qualifier),
         STATUS_ZH.get(r.status, r.status), _esc(r.title)[:40]]
        for r in df.itertuples()
    ]


def indicator_chart(df: pd.DataFrame, *, indicator: str, measure: str = "value", kind: str = "line",
                    mark_year: int | None = None, size: tuple[int, int] | None = None, title: str | None = None) -> go.Figure:
    """One indicator across regions and years; results solid, targets dashed and hollow."""
    name = indicator_name(indicator)
    unit = "%" if measure == "growth" else indicator_unit(indicator)
    title = title or f"{name}{'增速' if measure == 'growth' else ''}"
    d = df[(df.indicator == indicator) & (df.measure == measure) & df.year.notna()].copy() if not df.empty else df
    if d.empty:
        return empty_figure(title)
    d["year"] = d["year"].astype(int)
    d = d.sort_values(["region", "status", "year", "confidence"]).drop_duplicates(
        ["region", "status", "year", "period"], keep="last")
    fig = go.Figure()
    for (region, status), g in d.groupby(["region", "status"], sort=True):
        g = g.sort_values("year")
        color = region_color(region)
        target = status == "target"
        label = f"{region}·{STATUS_ZH.get(status, status)}"
        common = {"x": g.year, "y": g.value, "name": label, "customdata": _custom(g), "hovertemplate": _hover(),
                  "legendgroup": region}
        if kind == "bar":
            fig.add_trace(go.Bar(**common, marker={"color": "rgba(0,0,0,0)" if target else color,
                                                   "line": {"color": color, "width": 2}},
                                 marker_pattern_shape="/" if target else ""))
        else:
            fig.add_trace(go.Scatter(
                **common, mode="lines+markers",
                line={"color": color, "width": 2, "dash": "dash" if target else "solid"},
                marker={"size": 12, "color": "white" if target else color, "line": {"color": color, "width": 2.5},
                        "symbol": "circle"},
            ))
    fig.update_xaxes(title_text="年份", dtick=1, tickformat="d")
    fig.update_yaxes(title_text=axis_title(measure, unit), separatethousands=True,
                     rangemode="tozero" if measure == "value" else "normal")
    years = sorted(set(d.year))
    if len(years) == 1:  # one year: keep the point in the middle, not alone on a wide axis
        fig.update_xaxes(range=[years[0] - 1, years[0] + 1])
    if mark_year is not None:
        fig.add_vline(x=mark_year, line={"color": "#999", "width": 1, "dash": "dot"})
    if kind == "bar":
        fig.update_layout(barmode="group")
    return base_layout(fig, title, source_line(d), size)


def region_bars(df: pd.DataFrame, *, indicator: str, measure: str, year: int, status: str = "actual",
                size: tuple[int, int] | None = None) -> go.Figure:
    """Several regions side by side for one year."""
    name = indicator_name(indicator)
    unit = "%" if measure == "growth" else indicator_unit(indicator)
    title = f"{year}年各地区{name}{'增速' if measure == 'growth' else ''}"
    d = df[(df.indicator == indicator) & (df.measure == measure) & (df.year == year) & (df.status == status)
           & (df.period == "year")] if not df.empty else df
    if d.empty:
        return empty_figure(title)
    d = d.sort_values("confidence").drop_duplicates("region", keep="last").sort_values("value", ascending=False)
    fig = go.Figure(go.Bar(
        x=d.region, y=d.value, marker_color=[region_color(r) for r in d.region], customdata=_custom(d),
        text=[fmt_number(v, u, q) for v, u, q in zip(d.value, d.unit, d.qualifier, strict=True)], textposition="outside",
        hovertemplate="%{x}：<b>%{customdata[4]}</b><br>来源：%{customdata[6]}<extra></extra>",
    ))
    fig.update_yaxes(title_text=axis_title(measure, unit), separatethousands=True)
    return base_layout(fig, title, source_line(d), size)


def profile_chart(df: pd.DataFrame, *, region: str, measure: str = "growth", size: tuple[int, int] | None = None) -> go.Figure:
    """One region's indicators over time (growth rates share one axis)."""
    title = f"{region}主要指标{'增速' if measure == 'growth' else ''}走势"
    d = df[(df.region == region) & (df.measure == measure) & (df.status == "actual") & (df.period == "year")
           & df.year.notna()] if not df.empty else df
    if d.empty:
        return empty_figure(title)
    d = d.copy()
    d["year"] = d["year"].astype(int)
    fig = go.Figure()
    for ind, g in d.sort_values("year").groupby("indicator", sort=True):
        g = g.drop_duplicates("year", keep="last")
        fig.add_trace(go.Scatter(x=g.year, y=g.value, name=indicator_name(ind), mode="lines+markers",
                                 line={"color": indicator_color(ind)}, marker={"size": 9}, customdata=_custom(g),
                                 hovertemplate=f"{_esc(indicator_name(ind))}<br>" + "%{x}年：<b>%{customdata[4]}</b>"
                                 "<br>来源：%{customdata[6]}<extra></extra>"))
    fig.update_xaxes(title_text="年份", dtick=1, tickformat="d")
    fig.update_yaxes(title_text="增速（%）" if measure == "growth" else "总量")
    return base_layout(fig, title, source_line(d), size)


def targets_chart(tvr: pd.DataFrame, *, region: str, year: int, size: tuple[int, int] | None = None) -> go.Figure:
    """Targets for a year beside the results reported for it (growth rates, %)."""
    title = f"{region}{year}年目标与完成情况（增速）"
    d = tvr[(tvr.region == region) & (tvr.year == year) & (tvr.measure == "growth")] if not tvr.empty else tvr
    if d.empty:
        return empty_figure(title)
    names = [indicator_name(i) for i in d.indicator]
    fig = go.Figure()
    fig.add_trace(go.Bar(x=names, y=d.target, name="目标", marker={"color": "white", "line": {"color": "#4E79A7", "width": 2}},
                         customdata=[[f, t] for f, t in zip(d.target_figure, d.target_doc, strict=True)],
                         hovertemplate="%{x} 目标：%{y}%<extra></extra>"))
    fig.add_trace(go.Bar(x=names, y=d.result, name="完成", marker_color="#4E79A7",
                         customdata=[[f, t] for f, t in zip(d.result_figure, d.result_doc, strict=True)],
                         text=[OUTCOME_ZH.get(o, o) for o in d.outcome], textposition="outside",
                         hovertemplate="%{x} 完成：%{y}%<extra></extra>"))
    fig.update_layout(barmode="group")
    fig.update_yaxes(title_text="增速（%）")
    return base_layout(fig, title, "来源：" + "；".join(sorted({_esc(t) for t in d.target_title.dropna()}))[:120], size)


def coverage_heatmap(cov: pd.DataFrame, *, region: str | None = None, size: tuple[int, int] | None = None) -> go.Figure:
    """Which indicator x year cells have data."""
    title = "数据覆盖" + (f"（{region}）" if region else "")
    d = cov[cov.region == region] if region and not cov.empty else cov
    d = d[d.year.notna()] if not d.empty else d
    if d.empty:
        return empty_figure(title)
    d = d.assign(n=d.results + d.targets, name=[indicator_name(i) for i in d.indicator])
    pivot = d.pivot_table(index="name", columns="year", values="n", aggfunc="sum", fill_value=0)
    fig = go.Figure(go.Heatmap(z=pivot.values, x=[int(c) for c in pivot.columns], y=list(pivot.index),
                               colorscale="Blues", hovertemplate="%{y} %{x}年：%{z}条<extra></extra>", showscale=False))
    fig.update_xaxes(dtick=1, tickformat="d", title_text="年份")
    fig.update_layout(height=max(300, 26 * len(pivot.index) + 140))
    return base_layout(fig, title, "", size)


def cards_figure(cards: list[dict], *, title: str, size: tuple[int, int] = (1600, 900), source: str = "") -> go.Figure:
    """The overview as one image: a grid of headline cards (value, growth, target)."""
    fig = go.Figure()
    n = max(len(cards), 1)
    cols = 4 if n > 6 else 3
    rows = (n + cols - 1) // cols
    for i, c in enumerate(cards):
        r, k = divmod(i, cols)
        x0, x1 = k / cols + 0.01, (k + 1) / cols - 0.01
        y1 = 1 - r / rows - 0.02
        y0 = 1 - (r + 1) / rows + 0.02
        fig.add_shape(type="rect", xref="paper", yref="paper", x0=x0, x1=x1, y0=y0, y1=y1,
                      line={"color": indicator_color(c["indicator"]), "width": 3}, fillcolor="#fafafa")
        cx = (x0 + x1) / 2
        h = y1 - y0
        fig.add_annotation(xref="paper", yref="paper", x=cx, y=y1 - 0.18 * h, text=f"<b>{_esc(c['name'])}</b>",
                           showarrow=False, xanchor="center", font={"size": 18})
        fig.add_annotation(xref="paper", yref="paper", x=cx, y=y1 - 0.47 * h, text=f"<b>{_esc(c['value'])}</b>",
                           showarrow=False, xanchor="center", font={"size": 28, "color": indicator_color(c["indicator"])})
        fig.add_annotation(xref="paper", yref="paper", x=cx, y=y1 - 0.75 * h, text=_esc(c.get("detail", "")),
                           showarrow=False, xanchor="center", font={"size": 14, "color": "#555"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    if not cards:
        fig.add_annotation(text=EMPTY_TEXT, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)
    return base_layout(fig, title, source, size)


def chart_config(filename: str, size: tuple[int, int] = (1600, 900)) -> dict:
    """plotly toolbar: PNG at a preset size with a file name from the view."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": filename, "width": size[0], "height": size[1], "scale": 1},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }
