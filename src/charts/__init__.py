"""Plotly chart builders shared by the dashboard and the reports (pure: DataFrame -> Figure)."""

from .builders import (
    SIZES,
    cards_figure,
    chart_config,
    coverage_heatmap,
    empty_figure,
    indicator_chart,
    profile_chart,
    region_bars,
    source_line,
    target_series_chart,
    targets_chart,
    tvr_flags,
)
from .style import fmt_number, indicator_color, indicator_name, period_zh, region_color

__all__ = [
    "SIZES", "cards_figure", "chart_config", "coverage_heatmap", "empty_figure", "fmt_number", "indicator_chart",
    "indicator_color", "indicator_name", "period_zh", "profile_chart", "region_bars", "region_color", "source_line",
    "target_series_chart", "targets_chart", "tvr_flags",
]
