"""Plotly figure builders: DataFrames from the query layer -> figures. Pure; no Streamlit here.

Every point carries its figure id in `customdata[0]` (and its document id in `customdata[1]`),
so a click leads to the source sentence. Results are solid, targets dashed with hollow markers.
Years are integers on the axis; a source line sits under every chart.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from . import labels
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
    region_colors,
)

SIZES = {"1600x900": (1600, 900), "1200x1200": (1200, 1200)}
EMPTY_TEXT = "暂无数据"
TITLE_CHARS = 40  # of a document's title in a point's hover


def _esc(s: object, limit: int | None = None) -> str:
    """Text for plotly's pseudo-HTML: <, > and & escaped, cut to `limit` characters before escaping (never
    inside an entity). Quotes stay as they are: plotly decodes only a few entities (&lt; &gt; &amp; …), so
    an escaped quote would show as &quot;, and a quote is harmless where no tag can open."""
    text = "" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s)
    return html.escape(text[:limit], quote=False)


def source_line(df: pd.DataFrame, limit: int = 3) -> str:
    """The source line of the documents behind a chart (labels.frame_sources: one format everywhere)."""
    return labels.frame_sources(df, limit)


FLAG_COLOR = "#D9822B"  # a flagged figure: warning orange outline, hover says why


def _flag(r: object) -> str:
    """A figure row's flag reason (contract B's flag_reason column), "" when none or not yet in the frame."""
    v = getattr(r, "flag_reason", None)
    return "" if labels.is_missing(v) else str(v)


def _flag_hover(reason: str) -> str:
    return f"<br>⚠ 疑点：{_esc(reason)}" if reason else ""


def _flag_legend(fig: go.Figure, d: pd.DataFrame) -> None:
    """A legend entry that explains the warning marker, when the chart holds a flagged figure."""
    if "flag_reason" in d.columns and any(_flag(r) for r in d.itertuples()):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name="⚠ 疑点（悬停查看原因）", hoverinfo="skip",
                                 marker={"symbol": "triangle-up", "size": 13, "color": "white",
                                         "line": {"color": FLAG_COLOR, "width": 3}}))


def _fill_years(g: pd.DataFrame) -> pd.DataFrame:
    """A series with an empty row for every year missing between its first and last, so that the line
    breaks there instead of drawing a value nobody reported."""
    years = [int(y) for y in g.year]
    missing = sorted(set(range(min(years), max(years) + 1)) - set(years)) if years else []
    if not missing:
        return g
    keep = {c: g[c].iloc[0] for c in ("region", "status", "indicator", "measure", "unit", "period") if c in g.columns}
    gaps = pd.DataFrame([{**keep, "year": y, "figure_id": "", "doc_id": "", "value": float("nan")} for y in missing])
    return pd.concat([g, gaps], ignore_index=True).sort_values("year", kind="stable").reset_index(drop=True)


def _point_markers(g: pd.DataFrame, color: str, target: bool, size: int = 12) -> dict:
    """Results solid circles, targets hollow circles; a flagged figure a hollow warning triangle."""
    flags = [bool(_flag(r)) for r in g.itertuples()]
    return {"size": [size + 3 if f else size for f in flags],
            "symbol": ["triangle-up" if f else "circle" for f in flags],
            "color": ["white" if (f or target) else color for f in flags],
            "line": {"color": [FLAG_COLOR if f else color for f in flags], "width": 2.5}}


def _bar_lines(g: pd.DataFrame, color: str) -> dict:
    flags = [bool(_flag(r)) for r in g.itertuples()]
    return {"color": [FLAG_COLOR if f else color for f in flags], "width": [4 if f else 2 for f in flags]}


def base_layout(fig: go.Figure, title: str, source: str = "", size: tuple[int, int] | None = None) -> go.Figure:
    # the legend sits in its own rows between the title and the plot, so a long one never covers the title
    names = [t.name for t in fig.data if t.name and t.showlegend is not False]
    per_row = max(1, int((size or (1000, 0))[0] / 160))
    legend_rows = -(-len(names) // per_row) if len(names) > 1 else 0
    fig.update_layout(
        title={"text": _esc(title), "x": 0.01, "xanchor": "left", "font": {"size": 20}, "yref": "container", "y": 1,
               "yanchor": "top", "pad": {"t": 14}},
        font={"family": FONT, "size": 13},
        template="plotly_white",
        margin={"l": 70, "r": 30, "t": 60 + 24 * legend_rows, "b": 110 if source else 60},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0},
        hoverlabel={"font": {"family": FONT}},
        separators=".,",
    )
    if size:
        fig.update_layout(width=size[0], height=size[1])
    if source:
        width = (size or (1000, 0))[0]
        per_line = max(30, int(width / 13)) if size else 70  # characters of 11 px CJK text that fit in the chart's width
        plain = html.unescape(source)  # cut lines in the text, not inside an escaped entity
        lines = [_esc(line) for line in labels.wrap_line(plain, per_line)]
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


def _hover(x_label: str = "%{x}年 ") -> str:
    return ("%{customdata[2]}<br>" + x_label + "%{customdata[3]}：<b>%{customdata[4]}</b><br>"
            "性质：%{customdata[5]}<br>来源：%{customdata[6]}%{customdata[7]}<extra></extra>")


def _custom(df: pd.DataFrame) -> list[list[str]]:
    """customdata of every point: figure id, document id, region, period, value, status, source, flag."""
    return [
        [r.figure_id, r.doc_id, _esc(r.region), period_zh(r.period), fmt_number(r.value, r.unit, r.qualifier),
         STATUS_ZH.get(r.status, r.status), _esc(r.title, TITLE_CHARS), _flag_hover(_flag(r))]
        for r in df.itertuples()
    ]


def indicator_chart(df: pd.DataFrame, *, indicator: str, measure: str = "value", kind: str = "line",
                    mark_year: int | None = None, size: tuple[int, int] | None = None, title: str | None = None) -> go.Figure:
    """One indicator across regions and years; results solid, targets dashed and hollow.
    Data of a single year is drawn as bars of the regions side by side, not as a dot on a time axis."""
    name = indicator_name(indicator)
    unit = "%" if measure == "growth" else indicator_unit(indicator)
    title = title or f"{name}{'增速' if measure == 'growth' else ''}"
    d = df[(df.indicator == indicator) & (df.measure == measure) & df.year.notna()].copy() if not df.empty else df
    if d.empty:
        return empty_figure(title)
    d["year"] = d["year"].astype(int)
    d = d.sort_values(["region", "status", "year", "confidence"]).drop_duplicates(
        ["region", "status", "year", "period"], keep="last")
    years = sorted(set(d.year))
    if len(years) == 1:
        return _year_bars(d, year=years[0], measure=measure, unit=unit, title=title, size=size)
    fig = go.Figure()
    palette = region_colors(d.region)
    right = _right_axis_regions(d) if measure == "value" and kind != "bar" else set()
    for (region, status), g in d.groupby(["region", "status"], sort=True):
        g = g.sort_values("year") if kind == "bar" else _fill_years(g.sort_values("year"))
        color = palette[region]
        target = status == "target"
        label = f"{region}·{STATUS_ZH.get(status, status)}" + ("（右轴）" if region in right else "")
        common = {"x": g.year, "y": g.value, "name": label, "customdata": _custom(g), "hovertemplate": _hover(),
                  "legendgroup": region, **({"yaxis": "y2"} if region in right else {})}
        if kind == "bar":
            fig.add_trace(go.Bar(**common, marker={"color": "rgba(0,0,0,0)" if target else color,
                                                   "line": _bar_lines(g, color)},
                                 marker_pattern_shape="/" if target else ""))
        else:
            fig.add_trace(go.Scatter(
                **common, mode="lines+markers",
                line={"color": color, "width": 2, "dash": "dash" if target else "solid"},
                marker=_point_markers(g, color, target),
            ))
    _flag_legend(fig, d)
    fig.update_xaxes(title_text="年份", dtick=1, tickformat="d")
    fig.update_yaxes(title_text=axis_title(measure, unit), separatethousands=True,
                     rangemode="tozero" if measure == "value" else "normal")
    if right:
        fig.update_layout(yaxis2={"title": {"text": f"{'、'.join(sorted(right))}（{unit}）"}, "overlaying": "y",
                                  "side": "right", "rangemode": "tozero", "separatethousands": True, "showgrid": False,
                                  "tickformat": ",.0f", "tickmode": "auto"})
    if mark_year is not None:
        fig.add_vline(x=mark_year, line={"color": "#999", "width": 1, "dash": "dot"})
    if kind == "bar":
        fig.update_layout(barmode="group")
    return base_layout(fig, title, source_line(d), size)


def _right_axis_regions(d: pd.DataFrame) -> set[str]:
    """Regions whose levels dwarf the others' (a city beside its districts): drawn on a right-hand axis,
    so that the districts' lines are not flattened at the bottom. Empty when the scales are alike."""
    med = d[d.status == "actual"].groupby("region").value.median() if (d.status == "actual").any() else \
        d.groupby("region").value.median()
    med = med[med > 0]
    if len(med) < 3:
        return set()
    top = med.sort_values(ascending=False)
    big = {str(r) for r, v in top.items() if v > 4 * top.iloc[1:].max()} if len(top) > 1 else set()
    return big if len(big) < len(med) else set()


def _year_bars(d: pd.DataFrame, *, year: int, measure: str, unit: str, title: str,
               size: tuple[int, int] | None) -> go.Figure:
    """One year: a bar per region (results solid, targets hatched), largest first."""
    fig = go.Figure()
    order = (d[d.status == "actual"] if (d.status == "actual").any() else d).sort_values("value", ascending=False)
    regions = list(dict.fromkeys([*order.region, *d.region]))
    for status in ("actual", "target"):
        g = d[d.status == status]
        if g.empty:
            continue
        g = g.set_index("region").loc[[r for r in regions if r in set(g.region)]].reset_index()
        target = status == "target"
        palette = region_colors(d.region)
        colors = [palette[r] for r in g.region]
        fig.add_trace(go.Bar(
            x=g.region, y=g.value, name=STATUS_ZH.get(status, status), customdata=_custom(g),
            hovertemplate=_hover(f"{year}年 "),
            marker={"color": ["rgba(0,0,0,0)" if target else c for c in colors],
                    "line": {"color": [FLAG_COLOR if _flag(r) else c for r, c in zip(g.itertuples(), colors, strict=True)],
                             "width": [4 if _flag(r) else 2 for r in g.itertuples()]},
                    "pattern": {"shape": "/" if target else "", "fgcolor": colors}},
        ))
    _flag_legend(fig, d)
    fig.update_layout(barmode="group")
    fig.update_xaxes(title_text=f"{year}年", categoryorder="array", categoryarray=regions)
    fig.update_yaxes(title_text=axis_title(measure, unit), separatethousands=True)
    return base_layout(fig, title if str(year) in title else f"{title}（{year}年）", source_line(d), size)


def region_bars(df: pd.DataFrame, *, indicator: str, measure: str, year: int, status: str = "actual",
                size: tuple[int, int] | None = None, parent: str | None = None) -> go.Figure:
    """Several regions side by side for one year (the children of `parent`, when given)."""
    name = indicator_name(indicator)
    unit = "%" if measure == "growth" else indicator_unit(indicator)
    title = f"{year}年{parent + '下辖地区' if parent else '各地区'} · {name}{'增速' if measure == 'growth' else ''}"
    d = df[(df.indicator == indicator) & (df.measure == measure) & (df.year == year) & (df.status == status)
           & (df.period == "year")] if not df.empty else df
    if d.empty:
        return empty_figure(title)
    d = d.sort_values("confidence").drop_duplicates("region", keep="last").sort_values("value", ascending=False)
    palette = region_colors(d.region)
    colors = [palette[r] for r in d.region]
    fig = go.Figure(go.Bar(
        x=d.region, y=d.value, name=STATUS_ZH.get(status, status), customdata=_custom(d),
        marker={"color": colors, "line": _bar_lines(d, "#333")},
        text=[fmt_number(v, u, q) for v, u, q in zip(d.value, d.unit, d.qualifier, strict=True)], textposition="outside",
        cliponaxis=False, hovertemplate="%{x}：<b>%{customdata[4]}</b><br>来源：%{customdata[6]}%{customdata[7]}<extra></extra>",
    ))
    fig.data[0].marker.line.width = [4 if _flag(r) else 0 for r in d.itertuples()]
    _flag_legend(fig, d)
    fig.update_layout(showlegend=bool(fig.data[1:]))
    fig.update_yaxes(title_text=axis_title(measure, unit), separatethousands=True)
    return base_layout(fig, title, source_line(d), size)


def profile_chart(df: pd.DataFrame, *, region: str, measure: str = "growth", size: tuple[int, int] | None = None,
                  max_indicators: int = 6) -> go.Figure:
    """One region's indicators over time (growth rates share one axis): the ones reported in most years."""
    title = f"{region}主要指标{'增速' if measure == 'growth' else ''}走势"
    d = df[(df.region == region) & (df.measure == measure) & (df.status == "actual") & (df.period == "year")
           & df.year.notna()] if not df.empty else df
    if d.empty:
        return empty_figure(title)
    d = d.copy()
    d["year"] = d["year"].astype(int)
    top = d.groupby("indicator").year.nunique().sort_values(ascending=False, kind="stable").head(max_indicators).index
    d = d[d.indicator.isin(top)]
    fig = go.Figure()
    for ind, g in d.sort_values(["year", "confidence"]).groupby("indicator", sort=True):
        g = _fill_years(g.drop_duplicates("year", keep="last"))
        color = indicator_color(ind)
        fig.add_trace(go.Scatter(x=g.year, y=g.value, name=indicator_name(ind), mode="lines+markers",
                                 line={"color": color}, marker=_point_markers(g, color, False, size=9),
                                 customdata=_custom(g),
                                 hovertemplate=f"{_esc(indicator_name(ind))}<br>" + "%{x}年：<b>%{customdata[4]}</b>"
                                 "<br>来源：%{customdata[6]}%{customdata[7]}<extra></extra>"))
    _flag_legend(fig, d)
    fig.update_xaxes(title_text="年份", dtick=1, tickformat="d")
    fig.update_yaxes(title_text="增速（%）" if measure == "growth" else "总量")
    return base_layout(fig, title, source_line(d), size)


def _tvr_custom(d: pd.DataFrame, side: str) -> list[list[str]]:
    """customdata for a target or result bar of a targets-vs-results frame (same layout as _custom)."""
    out = []
    for r in d.itertuples():
        fid, doc, title = getattr(r, f"{side}_figure"), getattr(r, f"{side}_doc"), getattr(r, f"{side}_title")
        value = r.target if side == "target" else r.result
        qual = r.target_qualifier if side == "target" else "exact"
        reason = getattr(r, f"{side}_flag_reason", None)
        out.append([fid if isinstance(fid, str) else "", doc if isinstance(doc, str) else "", _esc(r.region),
                    period_zh(r.period), fmt_number(value, r.unit, qual), "目标" if side == "target" else "完成",
                    _esc(title, TITLE_CHARS) if isinstance(title, str) else labels.MISSING,
                    _flag_hover("" if labels.is_missing(reason) else str(reason))])
    return out


def _tvr_sources(d: pd.DataFrame) -> str:
    rows = [(t, None, None) for t in [*d.target_title.dropna(), *d.result_title.dropna()]]
    return labels.sources_line(rows, limit=4)


def targets_chart(tvr: pd.DataFrame, *, region: str, year: int, size: tuple[int, int] | None = None) -> go.Figure:
    """Targets for a year beside the results reported for it (growth rates, %)."""
    title = f"{region}{year}年目标与完成情况（增速）"
    d = tvr[(tvr.region == region) & (tvr.year == year) & (tvr.measure == "growth") & (tvr.period == "year")] \
        if not tvr.empty else tvr
    if d.empty:
        return empty_figure(title)
    names = [indicator_name(i) for i in d.indicator]
    fig = go.Figure()
    flagged_t = [not labels.is_missing(getattr(r, "target_flag_reason", None)) for r in d.itertuples()]
    flagged_r = [not labels.is_missing(getattr(r, "result_flag_reason", None)) for r in d.itertuples()]
    fig.add_trace(go.Bar(x=names, y=d.target, name="目标", customdata=_tvr_custom(d, "target"),
                         marker={"color": "rgba(0,0,0,0)", "pattern": {"shape": "/", "fgcolor": "#4E79A7"},
                                 "line": {"color": [FLAG_COLOR if f else "#4E79A7" for f in flagged_t],
                                          "width": [4 if f else 2 for f in flagged_t]}},
                         hovertemplate="%{x} 目标：<b>%{customdata[4]}</b><br>来源：%{customdata[6]}%{customdata[7]}"
                                       "<extra></extra>"))
    fig.add_trace(go.Bar(x=names, y=d.result, name="完成", customdata=_tvr_custom(d, "result"),
                         marker={"color": "#4E79A7", "line": {"color": [FLAG_COLOR if f else "#4E79A7" for f in flagged_r],
                                                              "width": [4 if f else 0 for f in flagged_r]}},
                         text=[OUTCOME_ZH.get(o, o) for o in d.outcome], textposition="outside", cliponaxis=False,
                         hovertemplate="%{x} 完成：<b>%{customdata[4]}</b><br>来源：%{customdata[6]}%{customdata[7]}"
                                       "<extra></extra>"))
    if any(flagged_t) or any(flagged_r):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name="⚠ 疑点（悬停查看原因）", hoverinfo="skip",
                                 marker={"symbol": "square", "size": 13, "color": "white",
                                         "line": {"color": FLAG_COLOR, "width": 3}}))
    fig.update_layout(barmode="group")
    fig.update_yaxes(title_text="增速（%）")
    return base_layout(fig, title, _tvr_sources(d), size)


def target_series_chart(tvr: pd.DataFrame, *, region: str, indicator: str, measure: str = "growth",
                        size: tuple[int, int] | None = None) -> go.Figure:
    """Year by year: the target set in one year's report (dashed, hollow) beside the result reported
    for that year in the next report (solid)."""
    name = indicator_name(indicator)
    unit = "%" if measure == "growth" else indicator_unit(indicator)
    title = f"{region}{name}{'增速' if measure == 'growth' else ''}：历年目标与完成"
    d = tvr[(tvr.region == region) & (tvr.indicator == indicator) & (tvr.measure == measure)
            & (tvr.period == "year")] if not tvr.empty else tvr
    if d.empty:
        return empty_figure(title)
    d = d.assign(year=d.year.astype(int)).sort_values("year")
    color = "#4E79A7"
    fig = go.Figure()
    for side, label in (("target", "目标（当年报告）"), ("result", "完成（次年报告）")):
        g = d if side == "target" else d[d.year <= d[d.result.notna()].year.max()] if d.result.notna().any() else d[:0]
        if g.empty:
            continue
        target = side == "target"
        flags = [not labels.is_missing(getattr(r, f"{side}_flag_reason", None)) for r in g.itertuples()]
        fig.add_trace(go.Scatter(
            x=g.year, y=g.target if target else g.result, name=label, mode="lines+markers",
            line={"color": "#888" if target else color, "width": 2, "dash": "dash" if target else "solid"},
            marker={"size": [15 if f else 12 for f in flags], "symbol": ["triangle-up" if f else "circle" for f in flags],
                    "color": ["white" if (f or target) else color for f in flags],
                    "line": {"color": [FLAG_COLOR if f else ("#888" if target else color) for f in flags], "width": 2.5}},
            customdata=_tvr_custom(g, side), hovertemplate=_hover()))
    if "target_flag_reason" in d.columns or "result_flag_reason" in d.columns:
        fl = [not labels.is_missing(getattr(r, c, None)) for r in d.itertuples()
              for c in ("target_flag_reason", "result_flag_reason")]
        if any(fl):
            _flag_legend(fig, pd.DataFrame({"flag_reason": ["x"]}))
    fig.update_xaxes(title_text="年份", dtick=1, tickformat="d")
    fig.update_yaxes(title_text=axis_title(measure, unit), separatethousands=True)
    return base_layout(fig, title, _tvr_sources(d), size)


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


def cards_figure(cards: list[dict], *, title: str, size: tuple[int, int] | None = (1600, 900), source: str = "",
                 max_cards: int = 12) -> go.Figure:
    """The overview as one image: a grid of headline cards (value, growth, target), headline indicators first."""
    fig = go.Figure()
    cards = cards[:max_cards]
    n = max(len(cards), 1)
    cols = 4 if n > 6 else 3
    rows = (n + cols - 1) // cols
    for i, c in enumerate(cards):
        r, k = divmod(i, cols)
        x0, x1 = k / cols + 0.01, (k + 1) / cols - 0.01
        y1 = 1 - r / rows - 0.02
        y0 = 1 - (r + 1) / rows + 0.02
        flagged = bool(c.get("flag"))
        fig.add_shape(type="rect", xref="paper", yref="paper", x0=x0, x1=x1, y0=y0, y1=y1,
                      line={"color": FLAG_COLOR if flagged else indicator_color(c["indicator"]), "width": 3,
                            "dash": "dash" if flagged else "solid"}, fillcolor="#fafafa")
        cx = (x0 + x1) / 2
        h = y1 - y0
        fig.add_annotation(xref="paper", yref="paper", x=cx, y=y1 - 0.18 * h, text=f"<b>{_esc(c['name'])}</b>",
                           showarrow=False, xanchor="center", font={"size": 18})
        fig.add_annotation(xref="paper", yref="paper", x=cx, y=y1 - 0.47 * h, text=f"<b>{_esc(c['value'])}</b>",
                           showarrow=False, xanchor="center", font={"size": 28, "color": indicator_color(c["indicator"])})
        fig.add_annotation(xref="paper", yref="paper", x=cx, y=y1 - 0.75 * h, text=_esc(c.get("detail", "")) + (
                               f"<br><span style='color:{FLAG_COLOR}'>⚠ 疑点：{_esc(str(c['flag'])[:24])}</span>"
                               if flagged else ""),
                           showarrow=False, xanchor="center", font={"size": 14, "color": "#555"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    if not cards:
        fig.add_annotation(text=EMPTY_TEXT, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)
    fig = base_layout(fig, title, source, size)
    if size is None:
        fig.update_layout(height=170 * rows + 200)
    return fig


def chart_config() -> dict:
    """plotly toolbar: zoom, pan, reset, without an image button. An image from the toolbar would be
    the screen's chart, without the values a still picture needs (a picture has no hover); the
    下载 SVG / 下载 PNG buttons under every chart print them (export.for_print)."""
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "toImage"],
    }


def tvr_flags(tvr: pd.DataFrame, figs: pd.DataFrame) -> pd.DataFrame:
    """targets_vs_results rows with target_flag_reason / result_flag_reason taken from the figures'
    flag_reason (contract B), so the target and the result of a pair are each marked when flagged."""
    if tvr.empty or figs.empty or "flag_reason" not in figs.columns:
        return tvr
    reasons = {f: r for f, r in zip(figs.figure_id, figs.flag_reason, strict=True) if not labels.is_missing(r)}
    return tvr.assign(target_flag_reason=[reasons.get(f) for f in tvr.target_figure],
                      result_flag_reason=[reasons.get(f) for f in tvr.result_figure])
