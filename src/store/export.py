"""Export figures with provenance (CSV, Excel); back up and restore reviews."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import queries
from .db import StoreError, connect

PROVENANCE_COLUMNS = {
    "indicator": "指标代码", "indicator_name": "指标", "region": "地区", "year": "年份", "period": "期间",
    "measure": "口径", "value": "数值", "unit": "单位", "qualifier": "限定", "status": "性质", "review": "审核",
    "title": "来源文件", "publisher": "发布机构", "published": "发布日期", "url": "原文链接", "quote": "原文",
    "figure_id": "figure_id", "doc_id": "doc_id",
}
REVIEW_COLUMNS = ["review_id", "figure_id", "doc_id", "file", "start_offset", "end_offset", "indicator", "measure",
                  "raw", "sentence", "action", "new_indicator", "new_measure", "new_value", "new_unit", "new_status",
                  "new_year", "new_period", "new_region", "new_qualifier", "reviewer", "note", "created_at"]


def provenance_table(df: pd.DataFrame) -> pd.DataFrame:
    """A figures frame as users download it: Chinese headers, provenance columns."""
    cols = [c for c in PROVENANCE_COLUMNS if c in df.columns]
    return df[cols].rename(columns=PROVENANCE_COLUMNS)


def write_table(df: pd.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        df.to_csv(path, index=False, encoding="utf-8-sig")
    elif suffix in (".xlsx", ".xls"):
        df.to_excel(path.with_suffix(".xlsx"), index=False)
    else:
        raise StoreError(f"{path}: export to .csv or .xlsx")


def export_figures(path: Path, db: Path | None = None) -> int:
    df = provenance_table(queries.figures(db, columns=queries.COLUMNS))
    write_table(df, path)
    return len(df)


def export_reviews(path: Path, db: Path | None = None) -> int:
    df = queries.reviews(db)
    df = df[[c for c in REVIEW_COLUMNS if c in df.columns]]
    write_table(df, path)
    return len(df)


def import_reviews(path: Path, db: Path | None = None) -> tuple[int, int]:
    """Restore reviews from an export; returns (added, already present). All or nothing."""
    try:
        if path.suffix.lower() == ".csv":
            df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        else:
            df = pd.read_excel(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError) as e:
        raise StoreError(f"{path}: cannot read reviews ({str(e).splitlines()[0]})") from None
    missing = {"review_id", "figure_id", "action"} - set(df.columns)
    if missing:
        raise StoreError(f"{path}: not a reviews export (missing {', '.join(sorted(missing))})")
    bad = df[~df["action"].isin(["accept", "reject", "correct"])]
    if len(bad):
        raise StoreError(f"{path}: row {bad.index[0] + 2}: action must be accept, reject or correct")
    for c in REVIEW_COLUMNS:
        if c not in df.columns:
            df[c] = ""
    df = df[REVIEW_COLUMNS].replace({"": None})
    for c in ("start_offset", "end_offset", "new_year"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
    df["new_value"] = pd.to_numeric(df["new_value"], errors="coerce")
    df["created_at"] = pd.to_datetime(df["created_at"], errors="coerce").fillna(pd.Timestamp.now())
    with connect(db) as con:
        existing = {r[0] for r in con.execute("SELECT review_id FROM reviews").fetchall()}
        new = df[~df["review_id"].isin(existing)]
        con.execute("BEGIN")
        try:
            con.register("incoming", new)
            con.execute(f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) SELECT {', '.join(REVIEW_COLUMNS)} FROM incoming")
            con.unregister("incoming")
            con.execute("COMMIT")
        except Exception as e:
            con.execute("ROLLBACK")
            raise StoreError(f"{path}: reviews not imported ({str(e).splitlines()[0]})") from None
        from . import snapshot

        snapshot.publish(con)
    return len(new), len(df) - len(new)
