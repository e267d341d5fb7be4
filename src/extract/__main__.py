"""Command line: python -m src.extract (--manifest CSV | FILE…) [--format jsonl|csv|table]."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from .checks import flag_dicts
from .metadata import MetadataError, manifest_rows, normalise_date
from .records import FIGURE_FIELDS, DocMeta, Figure
from .runner import extract_file
from .textio import InputError


def _write(figs: Iterable[Figure], fmt: str, out, header: list[bool]) -> int:
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        if not header[0]:
            w.writerow(FIGURE_FIELDS)
            header[0] = True
        for f in figs:
            d = f.to_dict()
            w.writerow(["" if d[k] is None else d[k] for k in FIGURE_FIELDS])
            n += 1
    elif fmt == "table":
        for f in figs:
            d = f.to_dict()
            year = "" if d["year"] is None else d["year"]
            out.write(
                f"{d['doc'][:28]:<28} {d['indicator']:<34} {d['measure']:<6} {d['value']!s:>12} {d['unit']:<4} "
                f"{d['status']:<6} {year!s:<4} {d['period']:<10} {d['region'] or '':<10} {d['qualifier']}\n"
            )
            n += 1
    else:
        dicts = [f.to_dict() for f in figs]
        for d, flags in zip(dicts, flag_dicts(dicts), strict=True):
            d["flags"] = flags  # the safety net's within-document checks (src/extract/checks.py)
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m src.extract", description="Extract indicator figures from documents.")
    ap.add_argument("files", nargs="*", type=Path,
                    help=".txt (UTF-8, GB18030/GBK, BIG5), .html, .pdf or .docx, read as `python -m src.ingest` reads them")
    ap.add_argument("--manifest", type=Path, help="CSV with file,title,publisher,region,published,doc_type")
    ap.add_argument("--region", help="region of the documents (default: read from the text)")
    ap.add_argument("--published", help="publication date YYYY[-MM[-DD]] (default: read from the text)")
    ap.add_argument("--doc-type", default="", help="work_report, statistical_communique, news, …")
    ap.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    a = ap.parse_args(argv)
    if not a.files and not a.manifest:
        ap.print_usage(sys.stderr)
        print("error: give FILE… or --manifest CSV", file=sys.stderr)
        return 2
    try:
        published = normalise_date(a.published)
    except MetadataError as e:
        print(f"error: --published: {e}", file=sys.stderr)
        return 2
    jobs: list[tuple[Path, DocMeta]] = []
    failed = 0
    if a.manifest:
        try:
            rows = manifest_rows(a.manifest)
        except MetadataError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        for row in rows:
            if row.error:  # a broken row refuses its document; the others still run
                print(f"error: {row.error}", file=sys.stderr)
                failed += 1
            else:
                jobs.append((row.path, row.meta))
    for f in a.files:
        jobs.append((f, DocMeta(doc=f.name, region=a.region, published=published, doc_type=a.doc_type)))
    header = [False]
    out = sys.stdout
    for path, meta in jobs:
        try:
            figs = extract_file(path, meta)
        except InputError as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
            continue
        except Exception as e:
            print(f"error: {path}: could not be processed ({type(e).__name__}: {e})", file=sys.stderr)
            failed += 1
            continue
        _write(figs, a.format, out, header)
        for k, v in meta.sources:
            if v == "unknown":
                print(f"note: {path}: {k} could not be determined", file=sys.stderr)
    out.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
