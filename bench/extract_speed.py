"""Extraction speed: characters per second per core, beside plain jieba.lcut on the same text.

python bench/extract_speed.py [--mb 5] [--reps 5] [--manifest CSV]

The documents of a manifest (default: the seeds) are repeated until the corpus holds ~MB megabytes
of text; the extractor (the full extract_document: prose, tables, every rule; then the safety
net's within-document checks on its figures, as `python -m src.extract` runs them) and jieba.lcut
(full-document tokenisation, the baseline) run over the same documents in this one process,
interleaved document by document so that both see the same machine load, after vocabularies,
tokenizers and caches are loaded once by a pass over every distinct document. The corpus is read
REPS times, the side that goes first alternating between repetitions. Prints both rates (CPU time,
so per core, over all repetitions), the ratio of the totals, and the median, min and max of the
per-repetition ratios with the load average (a loaded machine widens the spread).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402

from src.extract import DocMeta, extract_document  # noqa: E402
from src.extract.checks import flag_dicts  # noqa: E402
from src.extract.metadata import read_manifest  # noqa: E402
from src.extract.textio import read_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--reps", type=int, default=5, help="readings of the corpus; the median ratio is reported")
    ap.add_argument("--manifest", type=Path, default=ROOT / "seeds/manifest.csv")
    a = ap.parse_args()
    docs: list[tuple[str, DocMeta]] = [(read_text(p), m) for p, m in read_manifest(a.manifest)]
    corpus: list[tuple[str, DocMeta]] = []
    size = 0
    while size < a.mb * 1_000_000:
        for t, m in docs:
            corpus.append((t, m))
            size += len(t.encode("utf-8"))
    chars = sum(len(t) for t, _ in corpus)
    def extract(t: str, m: DocMeta) -> int:  # what python -m src.extract does, short of printing
        figs = extract_document(t, m)
        flag_dicts([f.to_dict() for f in figs])
        return len(figs)

    # warm up: load vocabularies and jieba's dictionary once
    for t, m in docs:  # every tokenizer and cache a document can reach (jieba, posseg, regexes)
        extract(t, m)
    jieba.setLogLevel(60)
    jieba.lcut(docs[0][0])

    load = os.getloadavg()[0]
    t_ext = t_jieba = 0.0
    n_fig = n_tok = 0
    ratios: list[float] = []
    for rep in range(max(1, a.reps)):
        r_ext = r_jieba = 0.0
        for t, m in corpus:  # interleaved, document by document, so that both see the same load
            if rep % 2 == 0:
                t0 = time.process_time()
                n_fig += extract(t, m)
                t1 = time.process_time()
                n_tok += len(jieba.lcut(t))
                t2 = time.process_time()
                r_ext, r_jieba = r_ext + t1 - t0, r_jieba + t2 - t1
            else:
                t0 = time.process_time()
                n_tok += len(jieba.lcut(t))
                t1 = time.process_time()
                n_fig += extract(t, m)
                t2 = time.process_time()
                r_jieba, r_ext = r_jieba + t1 - t0, r_ext + t2 - t1
        ratios.append(r_jieba / r_ext)
        t_ext, t_jieba = t_ext + r_ext, t_jieba + r_jieba
    reps = len(ratios)
    print(f"corpus: {len(corpus)} documents, {chars:,} characters ({size / 1e6:.1f} MB UTF-8), read {reps} times")
    print(f"extractor:  {reps * chars / t_ext:>12,.0f} chars/s per core  ({t_ext:.2f} s CPU, {n_fig // reps:,} figures)")
    print(f"jieba.lcut: {reps * chars / t_jieba:>12,.0f} chars/s per core  ({t_jieba:.2f} s CPU, {n_tok // reps:,} tokens)")
    print(f"ratio extractor/jieba: {t_jieba / t_ext:.2f}x (totals); median of {reps} readings "
          f"{statistics.median(ratios):.2f}x (min {min(ratios):.2f}, max {max(ratios):.2f}); "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
