"""Build a region-and-year report: chart images, an overview image, an HTML report and its PDF.

Everything is written to a staging folder first and moved into place at the end, so a failed
run never leaves a half-written output folder. Images are deterministic: the same data gives
the same bytes.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from src.charts import SIZES, cards_figure, indicator_chart, labels, source_line
from src.charts.cards import cards
from src.charts.export import ExportError, find_browser, to_image, to_svg
from src.charts.style import fmt_number, indicator_name
from src.extract import resources
from src.store import queries
from src.store.db import StoreError

FORMATS = ("png", "svg", "pdf", "html")


class ReportError(RuntimeError):
    """A report that cannot be made; the message is one line."""


@dataclass
class Report:
    region: str
    year: int
    out: Path
    files: list[Path] = field(default_factory=list)
    charts: int = 0


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


def plan_charts(figs: pd.DataFrame, indicators: list[str] | None) -> list[tuple[str, str]]:
    """(indicator, measure) pairs with data, headline indicators first, catalog order."""
    order = {k: i for i, k in enumerate(resources.indicators())}
    headline = {k for k, v in resources.indicators().items() if v.headline}
    pairs = sorted({(r.indicator, r.measure) for r in figs.itertuples() if pd.notna(r.year)},
                   key=lambda p: (p[0] not in headline, order.get(p[0], 999), p[1] != "value"))
    if indicators:
        pairs = [p for p in pairs if p[0] in indicators]
    return pairs


def build(region: str, year: int, out: Path, *, db: Path | None = None, indicators: list[str] | None = None,
          regions: list[str] | None = None, formats: tuple[str, ...] = ("png", "html"), size: str = "1600x900") -> Report:
    if size not in SIZES:
        raise ReportError(f"--size must be one of {', '.join(SIZES)}")
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ReportError(f"unknown format {bad[0]!r} (use {', '.join(FORMATS)})")
    if indicators:
        unknown = [i for i in indicators if i not in resources.indicators()]
        if unknown:
            raise ReportError(f"unknown indicator {unknown[0]!r}")
    w, h = SIZES[size]
    try:
        known = queries.regions(db)
        if known.empty:
            raise ReportError("the database holds no figures: ingest documents first (python -m src.ingest PATH)")
        if region not in set(known.name):
            raise ReportError(f"no figures for region {region!r} (known: {'、'.join(known.name[:8])})")
        compare = [region, *[r for r in (regions or []) if r != region]]
        figs = queries.figures(db, region=compare, period="year")
        tvr = queries.targets_vs_results(db, region=region)
    except StoreError as e:
        raise ReportError(str(e)) from None
    mine = figs[figs.region == region]
    if not (mine.year == year).any():
        years = sorted({int(y) for y in mine.year.dropna()})
        raise ReportError(f"no figures for {region} in {year} (years with data: {', '.join(map(str, years))})")
    if find_browser() is None:
        raise ReportError("no Chromium found: install Debian's chromium (apt-get install chromium) or set BROWSER_PATH")
    pairs = plan_charts(mine, indicators)
    if not pairs:
        raise ReportError(f"none of the requested indicators has figures for {region}")
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".report-", dir=out.parent))
    try:
        rep = Report(region, year, out)
        entries = []
        for ind, measure in pairs:
            fig = indicator_chart(figs, indicator=ind, measure=measure, mark_year=year, size=(w, h),
                                  title=f"{region}{indicator_name(ind)}{'增速' if measure == 'growth' else ''}"
                                        f"（{'与' + '、'.join(compare[1:]) + '对比' if len(compare) > 1 else '完成与目标'}）")
            name = f"{_safe(ind)}_{measure}"
            _write_images(fig, stage / name, formats, w, h)
            entries.append((ind, measure, name))
            rep.charts += 1
        card_list = cards(mine, tvr, year)
        ov = cards_figure(card_list, title=f"{region} {year}年主要指标概览", size=(w, h),
                          source=source_line(mine[mine.year == year], limit=4))
        _write_images(ov, stage / "overview", formats, w, h)
        if "html" in formats or "pdf" in formats:
            (stage / "report.html").write_text(_html(region, year, figs, entries, formats), encoding="utf-8")
            if "pdf" in formats:
                _print_pdf(stage / "report.html", stage / "report.pdf")
            if "html" not in formats:
                (stage / "report.html").unlink()
        if out.exists():
            for f in stage.iterdir():
                shutil.move(str(f), out / f.name)
            stage.rmdir()
        else:
            stage.rename(out)
        rep.files = sorted(out.iterdir())
        return rep
    except ExportError as e:
        raise ReportError(str(e)) from None
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)


def _write_images(fig, base: Path, formats: tuple[str, ...], w: int, h: int) -> None:
    if "png" in formats or "html" in formats or "pdf" in formats:
        base.with_suffix(".png").write_bytes(to_image(fig, "png", w, h))
    if "svg" in formats:
        base.with_suffix(".svg").write_bytes(to_svg(fig, w, h))


def _print_pdf(src: Path, dst: Path, timeout: float = 90) -> None:
    browser = find_browser()
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", f"--print-to-pdf={dst}",
           src.resolve().as_uri()]
    with tempfile.TemporaryDirectory() as profile:
        try:
            subprocess.run([*cmd[:1], f"--user-data-dir={profile}", *cmd[1:]], capture_output=True, timeout=timeout,
                           check=False)
        except subprocess.TimeoutExpired:
            raise ReportError(f"PDF printing did not finish within {timeout:.0f} s") from None
    if not dst.exists() or dst.stat().st_size == 0:
        raise ReportError("Chromium could not print the report to PDF")


CSS = """body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;max-width:1000px;margin:24px auto;color:#222}
h1{font-size:26px}h2{font-size:20px;margin-top:28px;border-bottom:1px solid #ddd}img{width:100%;border:1px solid #eee}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left}
.num{text-align:right}.fn{font-size:12px;color:#444}sup a{text-decoration:none}
@media print{h2{page-break-before:always}h2.first{page-break-before:avoid}}"""


def _html(region: str, year: int, figs: pd.DataFrame, entries: list[tuple[str, str, str]], formats) -> str:
    esc = html.escape
    notes: dict[str, int] = {}
    note_rows: list[str] = []

    def note(r) -> int:
        if r.figure_id not in notes:
            notes[r.figure_id] = len(notes) + 1
            title = r.title if not labels.is_missing(r.title) else r.file
            note_rows.append(f'<li id="fn{notes[r.figure_id]}">{esc(labels.cite(title, r.publisher, r.published))}'
                             f'：“{esc(str(r.quote))}”</li>')
        return notes[r.figure_id]

    parts = [f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{esc(region)}{year}年指标报告</title>"
             f"<style>{CSS}</style></head><body>",
             f"<h1>{esc(region)} {year}年主要指标报告</h1>",
             "<img src='overview.png' alt='概览'>"]
    for k, (ind, measure, name) in enumerate(entries):
        d = figs[(figs.indicator == ind) & (figs.measure == measure) & figs.year.notna()].sort_values(
            ["region", "year", "status"])
        title = f"{indicator_name(ind)}{'增速' if measure == 'growth' else ''}"
        parts.append(f"<h2 class='{'first' if k == 0 else ''}'>{esc(title)}</h2><img src='{name}.png' alt='{esc(title)}'>")
        rows = []
        # a 疑点 column (the checks' reasons) when any figure of the table is flagged
        flagged = "flag_reason" in d.columns and any(not labels.is_missing(v) for v in d.flag_reason)
        for r in d.itertuples():
            flag = getattr(r, "flag_reason", None)
            flag_cell = (f"<td>⚠ {esc(str(flag))}</td>" if not labels.is_missing(flag) else f"<td>{labels.MISSING}</td>") \
                if flagged else ""
            rows.append(f"<tr><td>{esc(labels.MISSING if labels.is_missing(r.region) else str(r.region))}</td>"
                        f"<td>{labels.year_label(r.year)}</td><td>{esc(labels.period_label(r.period))}</td>"
                        f"<td>{esc(labels.code_label('status', r.status))}</td>"
                        f"<td class='num'>{esc(fmt_number(r.value, r.unit, r.qualifier))}"
                        f"<sup><a href='#fn{note(r)}'>[{note(r)}]</a></sup></td>{flag_cell}</tr>")
        head = "".join(f"<th>{labels.COLUMNS[c]}</th>" for c in ("region", "year", "period", "status", "value",
                                                               *(["flag_reason"] if flagged else [])))
        parts.append(f"<table><tr>{head}</tr>" + "".join(rows) + "</table>")
    parts.append("<h2>资料来源</h2><ol class='fn'>" + "".join(note_rows) + "</ol></body></html>")
    return "".join(parts)
