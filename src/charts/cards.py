"""The overview's cards, computed from query-layer frames (pure: no Streamlit)."""

from __future__ import annotations

import pandas as pd

from src.charts import labels
from src.charts.style import OUTCOME_ZH, fmt_number, indicator_name
from src.extract import resources


def default_view(cov: pd.DataFrame) -> tuple[str | None, int | None]:
    """The region with the most figures (results and targets, over all years) and its year with the
    most figures (ties: the first region in order, the latest year), for the overview to open on."""
    if cov.empty:
        return None, None
    d = cov[cov.year.notna() & cov.region.notna()]
    if d.empty:
        return None, None
    n = d.assign(n=d.results + d.targets).groupby(["region", "year"], sort=True).n.sum()
    totals = n.groupby(level="region", sort=True).sum()
    region = totals.idxmax()
    years = n.loc[region]
    year = years[years == years.max()].index.max()
    return str(region), int(year)


def _source(r) -> str:
    return labels.source_line(r.title if not labels.is_missing(r.title) else r.file, getattr(r, "publisher", None),
                              getattr(r, "published", None))


def _flag(r) -> str:
    v = getattr(r, "flag_reason", None)
    return "" if labels.is_missing(v) else str(v)


def default_year(figs: pd.DataFrame) -> int | None:
    """The latest year with reported results (else any year with data)."""
    if figs.empty:
        return None
    actual = figs[(figs.status == "actual") & figs.year.notna()]
    ys = actual.year if not actual.empty else figs.year.dropna()
    return int(ys.max()) if len(ys) else None


def cards(figs: pd.DataFrame, tvr: pd.DataFrame, year: int | None) -> list[dict]:
    """A card per indicator with data for the year: value, growth, the year's target and whether it was met."""
    if figs.empty or year is None:
        return []
    d = figs[(figs.year == year) & (figs.period == "year")]
    order = {k: i for i, k in enumerate(resources.indicators())}
    headline = {k for k, v in resources.indicators().items() if v.headline}
    inds = sorted(set(d.indicator), key=lambda i: (i not in headline, order.get(i, 999)))
    out = []
    for ind in inds:
        g = d[d.indicator == ind]
        actual = g[g.status == "actual"]
        val = actual[actual.measure == "value"].sort_values("confidence").tail(1)
        gro = actual[actual.measure == "growth"].sort_values("confidence").tail(1)
        main = val if not val.empty else gro
        target = g[g.status == "target"].sort_values("confidence").tail(1)
        if main.empty and target.empty:
            continue
        card: dict = {"indicator": ind, "name": indicator_name(ind)}
        if not main.empty:
            r = main.iloc[0]
            card.update(value=fmt_number(r.value, r.unit, r.qualifier), doc_id=r.doc_id, figure_id=r.figure_id,
                        source=_source(r), flag=_flag(r))
            if not val.empty and not gro.empty:
                gv = gro.iloc[0]
                card["delta"] = f"{gv.value:+.1f}%"
                card["delta_ok"] = gv.value >= 0
            card["detail"] = ("增长 " + fmt_number(gro.iloc[0].value, "%", gro.iloc[0].qualifier)) if (
                not val.empty and not gro.empty) else ("增速" if val.empty else "总量")
        else:
            r = target.iloc[0]
            card.update(value="目标 " + fmt_number(r.value, r.unit, r.qualifier), doc_id=r.doc_id,
                        figure_id=r.figure_id, source=_source(r), flag=_flag(r),
                        detail=f"{r.year}年目标（{'增速' if r.measure == 'growth' else '总量'}）")
        if not tvr.empty:
            t = tvr[(tvr.indicator == ind) & (tvr.year == year) & (tvr.period == "year")]
            if not t.empty and not main.empty:
                t0 = t.iloc[0]
                card["target"] = (f"目标：{fmt_number(t0.target, t0.unit, t0.target_qualifier)}"
                                  f"（{'增速' if t0.measure == 'growth' else '总量'}）· {OUTCOME_ZH.get(t0.outcome, t0.outcome)}")
                card["detail"] = (card.get("detail", "") + " · 目标 " + fmt_number(t0.target, t0.unit, t0.target_qualifier)
                                  + " " + OUTCOME_ZH.get(t0.outcome, t0.outcome))
        out.append(card)
    return out
