"""Chart builders: flagged figures marked (not dropped) with their reason, one year as bars of the regions,
values printed on still images, targets distinct from results."""

import pandas as pd
import pytest

from src.charts import (
    chart_config,
    coverage_heatmap,
    indicator_chart,
    profile_chart,
    region_bars,
    target_series_chart,
    targets_chart,
    tvr_flags,
)
from src.charts.builders import FLAG_COLOR
from src.charts.export import for_print

REASON = "高于上级地区的总量"


def frame(rows):
    base = {"indicator": "gdp", "measure": "value", "unit": "亿元", "qualifier": "exact", "status": "actual",
            "period": "year", "confidence": 0.9, "publisher": "某区人民政府", "published": "2024"}
    out = []
    for i, r in enumerate(rows):
        row = {**base, **r}
        row.setdefault("figure_id", f"f{i}")
        row.setdefault("doc_id", f"d{row['year']}")
        row.setdefault("title", f"{row['region']}{row['year'] + 1}年政府工作报告")
        out.append(row)
    return pd.DataFrame(out)


def series(flag_on: str | None = None, with_column: bool = True):
    rows = []
    for region, base in (("甲区", 100.0), ("乙区", 200.0)):
        for k, year in enumerate((2021, 2022, 2023)):
            fid = f"{region}{year}"
            rows.append({"region": region, "year": year, "value": base + 10 * k, "figure_id": fid,
                         **({"flag_reason": REASON if fid == flag_on else None} if with_column else {})})
    rows.append({"region": "甲区", "year": 2024, "value": 140.0, "status": "target", "figure_id": "t",
                 **({"flag_reason": None} if with_column else {})})
    return frame(rows)


def points(fig):
    """(trace, index) of every data point, with its customdata."""
    for t in fig.data:
        if t.customdata is None:
            continue
        for i, cd in enumerate(t.customdata):
            yield t, i, cd


def test_a_flagged_figure_is_marked_with_its_reason_and_kept():
    df = series(flag_on="乙区2022")
    fig = indicator_chart(df, indicator="gdp")
    pts = list(points(fig))
    assert len(pts) == len(df)  # nothing dropped
    flagged = [(t, i, cd) for t, i, cd in pts if cd[0] == "乙区2022"]
    (t, i, cd), = flagged
    assert REASON in cd[7] and "疑点" in cd[7] and "%{customdata[7]}" in t.hovertemplate
    assert t.marker.symbol[i] == "triangle-up" and t.marker.color[i] == "white" and t.marker.line.color[i] == FLAG_COLOR
    others = [(t, i) for t, i, cd in pts if cd[0] != "乙区2022"]
    assert all(t.marker.symbol[i] == "circle" for t, i in others)
    assert any("疑点" in (t.name or "") for t in fig.data)  # the legend explains the marker


def test_without_a_flag_column_nothing_is_marked():
    fig = indicator_chart(series(with_column=False), indicator="gdp")
    assert all(cd[7] == "" for _t, _i, cd in points(fig))
    assert not any("疑点" in (t.name or "") for t in fig.data)


def test_targets_are_dashed_and_hollow_results_solid():
    fig = indicator_chart(series(), indicator="gdp")
    by_name = {t.name: t for t in fig.data}
    target = by_name["甲区·目标"]
    result = by_name["甲区·完成"]
    assert target.line.dash == "dash" and set(target.marker.color) == {"white"}
    assert result.line.dash == "solid" and "white" not in set(result.marker.color)


def test_one_year_across_regions_is_a_bar_chart_of_the_regions():
    df = frame([{"region": r, "year": 2023, "value": v} for r, v in (("甲区", 120.0), ("乙区", 300.0), ("丙区", 80.0))])
    fig = indicator_chart(df, indicator="gdp")
    bars = [t for t in fig.data if t.type == "bar"]
    assert bars and not [t for t in fig.data if t.type == "scatter" and t.customdata is not None]
    assert list(bars[0].x) == ["乙区", "甲区", "丙区"]  # regions on the axis, largest first
    assert "2023" in fig.layout.title.text


@pytest.mark.parametrize("builder", ["bars", "profile", "line-bar"])
def test_every_builder_marks_flags(builder):
    if builder == "bars":
        df = frame([{"region": r, "year": 2023, "value": v, "flag_reason": REASON if r == "乙区" else None,
                     "figure_id": r} for r, v in (("甲区", 1.0), ("乙区", 2.0))])
        fig = region_bars(df, indicator="gdp", measure="value", year=2023)
        t = fig.data[0]
        i = list(t.customdata[:, 0] if hasattr(t.customdata, "shape") else [c[0] for c in t.customdata]).index("乙区")
        assert t.marker.line.color[i] == FLAG_COLOR and t.marker.line.width[i] > 0
        assert REASON in t.customdata[i][7]
    elif builder == "profile":
        df = series(flag_on="甲区2022").assign(measure="growth", unit="%")
        fig = profile_chart(df, region="甲区", measure="growth")
        (t, i, cd), = [(t, i, cd) for t, i, cd in points(fig) if cd[0] == "甲区2022"]
        assert t.marker.symbol[i] == "triangle-up" and REASON in cd[7]
    else:
        fig = indicator_chart(series(flag_on="甲区2021"), indicator="gdp", kind="bar")
        (t, i, cd), = [(t, i, cd) for t, i, cd in points(fig) if cd[0] == "甲区2021"]
        assert t.marker.line.color[i] == FLAG_COLOR and REASON in cd[7]


def tvr_frame():
    return pd.DataFrame({
        "indicator": ["gdp", "gdp", "gdp"], "region": ["甲区"] * 3, "year": [2022, 2023, 2024], "period": ["year"] * 3,
        "measure": ["growth"] * 3, "unit": ["%"] * 3, "target": [6.0, 6.0, 5.5],
        "target_qualifier": ["at_least", "exact", "exact"], "target_figure": ["t22", "t23", "t24"],
        "target_doc": ["r22", "r23", "r24"], "target_title": ["甲区2022年报告", "甲区2023年报告", "甲区2024年报告"],
        "result": [6.5, 4.0, None], "result_figure": ["a22", "a23", None], "result_doc": ["r23", "r24", None],
        "result_title": ["甲区2023年报告", "甲区2024年报告", None], "outcome": ["met", "missed", "pending"]})


def test_targets_beside_results_reported_a_year_later_with_flags():
    figs = pd.DataFrame({"figure_id": ["a23", "t22"], "flag_reason": [REASON, None]})
    tvr = tvr_flags(tvr_frame(), figs)
    fig = target_series_chart(tvr, region="甲区", indicator="gdp")
    target, result = fig.data[0], fig.data[1]
    assert list(target.x) == [2022, 2023, 2024] and list(result.x) == [2022, 2023]  # 2024 not reported yet
    assert target.line.dash == "dash" and result.line.dash == "solid"
    assert result.customdata[0][6] == "甲区2023年报告"  # the 2022 result comes from the next year's report
    i = [c[0] for c in result.customdata].index("a23")
    assert result.marker.symbol[i] == "triangle-up" and REASON in result.customdata[i][7]
    bars = targets_chart(tvr, region="甲区", year=2023)
    assert bars.data[1].marker.line.color[0] == FLAG_COLOR and REASON in bars.data[1].customdata[0][7]


def test_still_images_print_the_value_beside_each_point_and_bar():
    line = for_print(indicator_chart(series(), indicator="gdp"))
    for t in line.data:
        if t.customdata is None:
            continue
        assert "text" in t.mode and list(t.text) == [cd[4].split(" ")[0] for cd in t.customdata]
    assert any(t.line.dash == "dash" for t in line.data)  # targets still distinct
    tv = for_print(targets_chart(tvr_frame(), region="甲区", year=2023))
    assert list(tv.data[0].text) == ["6%"] and tv.data[1].text[0].startswith("4%")
    assert tv.data[0].marker.pattern.shape == "/"


def test_still_images_print_the_count_in_every_heatmap_cell():
    cov = pd.DataFrame({"region": ["甲区"] * 3, "indicator": ["gdp", "gdp", "cpi"], "year": [2022, 2023, 2023],
                        "results": [1, 2, 0], "targets": [0, 1, 1]})
    (cells,) = for_print(coverage_heatmap(cov, region="甲区")).data
    assert cells.texttemplate == "%{z}"
    assert coverage_heatmap(cov, region="甲区").data[0].texttemplate is None  # the screen keeps its hover


def test_the_toolbar_offers_no_image_without_values():
    """The plotly toolbar would save the screen's chart, which has no printed values: its image button
    is removed (the 下载 SVG/PNG buttons print them)."""
    assert "toImage" in chart_config()["modeBarButtonsToRemove"]


def test_a_missing_year_breaks_the_line():
    df = frame([{"region": "甲区", "year": y, "value": v} for y, v in ((2019, 1.0), (2020, 2.0), (2022, 4.0))])
    (t,) = [t for t in indicator_chart(df, indicator="gdp").data if t.customdata is not None]
    assert list(t.x) == [2019, 2020, 2021, 2022]
    assert t.y[2] != t.y[2] or t.y[2] is None  # no value drawn for 2021, so the line is not joined across it
    assert not t.connectgaps


def test_source_under_a_chart_is_wrapped_between_numbers_not_inside_them():
    import itertools

    import plotly.graph_objects as go

    from src.charts.builders import base_layout

    titles = "；".join(f"《某某市政府工作报告_{y}年》" for y in range(2016, 2024))
    fig = base_layout(go.Figure(), "标题", f"来源：{titles}")
    lines = fig.layout.annotations[-1].text.split("<br>")
    assert len(lines) > 1
    for a, b in itertools.pairwise(lines):
        assert not (a[-1:].isdigit() and b[:1].isdigit()), (a, b)


def plotly_text(s: str) -> str:
    """What plotly.js shows of a pseudo-HTML string without tags: the entities it decodes (svg_text_utils)."""
    import re

    named = {"amp": "&", "lt": "<", "gt": ">", "nbsp": "\u00a0", "times": "×", "plusmn": "±", "deg": "°", "mu": "μ"}

    def one(m):
        e = m.group(1)
        if e.startswith("#x"):
            return chr(int(e[2:], 16))
        if e.startswith("#"):
            return chr(int(e[1:]))
        return named.get(e, m.group(0))

    return re.sub(r"&(#\d+|#x[\da-fA-F]+|[a-z]+);", one, s)


HOSTILE_TITLES = [  # a title is shown as itself (cut to 40 characters) in a point's hover: quotes, brackets, entities
    '关于"十四五"规划的报告',
    "区长's 报告 <b>粗</b> & 其他",
    '<a href="javascript:alert(1)">链接</a>',
    "一" * 37 + "<img>",  # an escaped bracket at the cut
    "二" * 38 + "&amp;",  # an entity, as text, at the cut
    "&lt;已转义&gt;的标题",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_title_in_a_hover_is_shown_as_itself(title):
    df = frame([{"region": "甲区", "year": 2022, "value": 1.0, "title": title}])
    for fig in (indicator_chart(df, indicator="gdp"), region_bars(df, indicator="gdp", measure="value", year=2022)):
        (cd,) = [cd for _, _, cd in points(fig)]
        assert "<" not in cd[6] and ">" not in cd[6], cd[6]
        assert plotly_text(cd[6]) == title[:40], cd[6]
