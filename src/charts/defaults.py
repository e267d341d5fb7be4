"""The views the pages open on, chosen from the data (pure: DataFrames in, choices out).

A first visit should show what the product is for: the region and year with the most data, a city
with its districts over the years, the districts of a city side by side, targets beside results.
"""

from __future__ import annotations

import pandas as pd


def family(figs: pd.DataFrame, tree: pd.DataFrame) -> list[str]:
    """A region and its child regions, the family with the most regions holding figures in `figs`
    (ties: the most figures). [] when no region with data has children with data."""
    if figs.empty or tree.empty or "region" not in figs.columns:
        return []
    return family_of_counts(figs.region.dropna().value_counts(), tree)


def family_of_counts(counts: pd.Series, tree: pd.DataFrame) -> list[str]:
    """family() from the number of figures per region (index: region), e.g. read from the
    snapshot's pre-aggregated cells instead of from the figures themselves."""
    counts = counts[counts > 0] if not counts.empty else counts
    if counts.empty or tree.empty:
        return []
    counts = counts.sort_values(ascending=False, kind="stable")
    parents = tree.set_index("name").parent.to_dict()
    best: tuple[int, int, str] | None = None
    kids: dict[str, list[str]] = {}
    for r in counts.index:
        p = parents.get(r)
        if isinstance(p, str) and p:
            kids.setdefault(p, []).append(r)
    for p, ch in kids.items():
        members = ch + ([p] if p in counts.index else [])
        key = (len(members), int(sum(counts.get(m, 0) for m in members)), p)
        if len(ch) >= 2 and (best is None or key[:2] > best[:2]):
            best = key
    if best is None:
        return []
    p = best[2]
    ch = sorted(kids[p], key=lambda r: -int(counts.get(r, 0)))
    return ([p] if p in counts.index else []) + ch


def parent_with_most_children(tree: pd.DataFrame) -> str | None:
    """The region whose children hold figures most often (a city with its districts)."""
    if tree.empty:
        return None
    with_data = tree[tree.figures > 0]
    n = with_data.groupby("parent").size() if not with_data.empty else pd.Series(dtype=int)
    n = n[n.index.isin(tree.name)] if not n.empty else n
    if n.empty:
        return None
    top = n[n == n.max()].index
    return str(max(top, key=lambda p: (int(with_data[with_data.parent == p].figures.sum()), -len(str(p)), str(p))))


def year_most_covered(df: pd.DataFrame) -> int | None:
    """The year in which the most regions have a figure (ties: the latest)."""
    d = df[df.year.notna()] if not df.empty else df
    if d.empty:
        return None
    n = d.groupby(d.year.astype(int)).region.nunique()
    return int(max(n.index, key=lambda y: (n[y], y)))


def targets_view(tvr: pd.DataFrame) -> tuple[str | None, int | None]:
    """The region with the most target/result pairs, and its latest year with a result for a target."""
    if tvr.empty:
        return None, None
    paired = tvr[tvr.result.notna()]
    d = paired if not paired.empty else tvr
    n = d.groupby("region").size()
    region = str(max(n.index, key=lambda r: (n[r], str(r))))
    years = d[d.region == region].year.dropna()
    return region, (int(years.max()) if len(years) else None)


def targets_home(regions: pd.DataFrame) -> tuple[str | None, int | None]:
    """targets_view() from queries.target_regions(): the region with the most target/result pairs
    (or targets, when no target has its result yet), and its latest such year."""
    if regions.empty:
        return None, None
    paired = regions.paired.sum() > 0
    n = regions.set_index("region")["paired" if paired else "targets"]
    n = n[n > 0]
    region = str(max(n.index, key=lambda r: (n[r], str(r))))
    year = regions.set_index("region").loc[region, "paired_year" if paired else "year"]
    return region, (None if pd.isna(year) else int(year))
