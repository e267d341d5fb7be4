"""A small generated corpus (plus copies of the seeds) for comparing ingest engines."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

from src.ingest.pipeline import ingest_paths
from src.store import queries
from src.store.db import connect
from src.store.reviews import add_review
from tests.conftest import ROOT

REGIONS = ["萧山区", "西湖区", "余杭区", "龙岗区", "宝安区", "罗湖区", "昆山市", "海淀区"]
BODY = ("{y}年，全区实现地区生产总值{gdp}亿元，比上年增长{g}%。规模以上工业增加值{iva}亿元，增长{gi}%。"
        "全年固定资产投资{inv}亿元，增长{ginv}%。社会消费品零售总额{rs}亿元。\n"
        "{y1}年主要预期目标：地区生产总值增长{t}%左右，城镇新增就业{jobs}万人。\n")


def generated(folder: Path, n: int, *, variant: int = 0) -> Path:
    """`n` documents with a manifest: work reports of several regions and years. `variant` changes
    the text of every fifth document (the same file name with new text: a replacement)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file,title,publisher,region,published,doc_type"]
    for i in range(n):
        region = REGIONS[i % len(REGIONS)]
        y = 2016 + i % 9
        text = f"{region}{y + 1}年政府工作报告\n" + BODY.format(
            y=y, y1=y + 1, gdp=800 + 7 * i, g=round(4 + (i % 7) * 0.3, 1), iva=300 + i, gi=round(5 + (i % 5) * 0.4, 1),
            inv=200 + 3 * i, ginv=round(2 + (i % 4) * 0.5, 1), rs=400 + 2 * i, t=5 + i % 3, jobs=2 + i % 4)
        if variant and i % 5 == 0:
            text += f"全年实际利用外资{10 + variant + i}亿美元。\n"
        name = f"doc-{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{region}{y + 1}年政府工作报告,{region}人民政府,{region},{y + 1}-01,work_report")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def with_seeds(root: Path, seeds: Path, n: int, variant: int = 0) -> Path:
    """Seed documents (the top folder's, and each sub-collection's latest year, with their
    manifests) beside a generated folder of `n` documents."""
    corpus = root / "corpus"
    if not corpus.exists():
        for m in sorted(seeds.rglob("manifest.csv")):
            dst = corpus / "seeds" / m.parent.relative_to(seeds)
            dst.mkdir(parents=True)
            lines = m.read_text(encoding="utf-8-sig").splitlines()
            rows = [ln for ln in lines[1:] if ln.strip()]
            if m.parent != seeds:
                rows = [ln for ln in rows if "2025" in ln.split(",")[0]]
            for ln in rows:
                name = next(csv.reader([ln]))[0]
                shutil.copy(m.parent / name, dst / name)
            (dst / "manifest.csv").write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")
    generated(corpus / "gen", n, variant=variant)
    return corpus


def review_some(db: Path) -> None:
    """Reviews on figures of files that the second pass replaces (every fifth generated document)."""
    figs = queries.figures(db, include_rejected=True)
    with connect(db, read_only=True) as con:
        files = dict(con.execute("SELECT doc_id, file FROM documents").fetchall())
    figs = figs[figs.doc_id.map(files).isin([f"doc-{i:03d}.txt" for i in range(0, 40, 5)])].sort_values("figure_id")
    gdp = figs[figs.indicator == "gdp"]
    add_review(gdp.figure_id.iloc[0], "accept", db=db)
    add_review(gdp.figure_id.iloc[1], "correct", value=1.25, db=db)
    add_review(figs[figs.indicator == "fixed_asset_investment"].figure_id.iloc[0], "reject", db=db)


def run_twice(tmp: Path, workers: int, **kw: Any) -> tuple[dict, list[list[str]]]:
    """Ingest seeds + 40 generated documents, review, then ingest a changed version (replacements)."""
    corpus = with_seeds(tmp, ROOT / "seeds", 40)
    db = tmp / "store.duckdb"
    first = ingest_paths([corpus], db=db, workers=workers, batch=10, **kw)
    review_some(db)
    generated(corpus / "gen", 40, variant=1)
    second = ingest_paths([corpus], db=db, workers=workers, batch=10, **kw)
    return snapshot(db, tmp), [[o.status for o in first], [o.status for o in second]]


def snapshot(db: Path, root: Path | None = None) -> dict[str, list[tuple]]:
    """What an engine must reproduce: documents, figures (ids and values) and the kept reviews
    (paths under `root`, such as a manifest's, written relative to it)."""
    with connect(db, read_only=True) as con:
        snap = {
            "documents": con.execute("SELECT doc_id, file, title, publisher, region, published, doc_type, url, text, "
                                     "meta_sources, index_no FROM documents ORDER BY doc_id").fetchall(),
            "figures": con.execute("SELECT * EXCLUDE (extractor_version) FROM figures ORDER BY figure_id").fetchall(),
            "reviews": con.execute("SELECT figure_id, doc_id, file, start_offset, end_offset, indicator, measure, raw, "
                                   "action, new_value FROM reviews ORDER BY figure_id, action").fetchall(),
        }
    if root is not None:
        snap["documents"] = [tuple(v.replace(str(root), "ROOT") if isinstance(v, str) else v for v in row)
                             for row in snap["documents"]]
    return snap
