"""A small generated corpus (plus copies of the seeds) for comparing ingest engines."""

from __future__ import annotations

import shutil
from pathlib import Path

from src.store.db import connect

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
    """The seeds (copied with their manifests) beside a generated folder of `n` documents."""
    corpus = root / "corpus"
    if not corpus.exists():
        shutil.copytree(seeds, corpus / "seeds", ignore=shutil.ignore_patterns("*.md"))
    generated(corpus / "gen", n, variant=variant)
    return corpus


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
