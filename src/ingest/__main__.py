"""python -m src.ingest PATH… [--db FILE] [--manifest CSV] [--region R] [--published DATE] [--url U]
                        [--reextract] [--export OUT] [--export-reviews OUT] [--import-reviews IN]"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from src.store.db import StoreError, db_path, ensure_db

if TYPE_CHECKING:
    from src.store.ingest import Outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m src.ingest", description="Ingest documents into the indicator store.")
    ap.add_argument("paths", nargs="*", help="files or folders (.txt .html .pdf .docx), or http(s):// links")
    ap.add_argument("--db", type=Path, help="database file (default: $INDICATORS_DB or data/indicators.duckdb)")
    ap.add_argument("--manifest", type=Path, help="CSV: file,title,publisher,region,published,doc_type")
    ap.add_argument("--region")
    ap.add_argument("--published", help="YYYY[-MM[-DD]]")
    ap.add_argument("--doc-type", default="")
    ap.add_argument("--url", default="", help="the documents' source URL")
    ap.add_argument("--reextract", action="store_true", help="re-run the extractor over stored documents")
    ap.add_argument("--export", type=Path, help="figures with provenance to .csv or .xlsx")
    ap.add_argument("--export-reviews", type=Path, help="reviews to .csv or .xlsx (a backup)")
    ap.add_argument("--import-reviews", type=Path, help="restore reviews from an export")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    from src.ingest.fetch import is_url

    urls = [p for p in a.paths if is_url(p)]  # links are fetched, then read by the same loaders
    a.paths = [Path(p) for p in a.paths if not is_url(p)]
    if not (a.paths or urls or a.reextract or a.export or a.export_reviews or a.import_reviews):
        ap.print_usage(sys.stderr)
        print("error: nothing to do: give PATH…, --reextract, --export, --export-reviews or --import-reviews",
              file=sys.stderr)
        return 2
    db = db_path(a.db)
    refused = 0
    try:
        from src.store import export, ingest

        if a.paths or urls:
            if not db.exists():
                ensure_db(db, seed=False)

            def report(o: ingest.Outcome) -> None:
                stream = sys.stderr if o.status == "refused" else sys.stdout
                if not a.quiet or o.status == "refused":
                    print(o.line(), file=stream, flush=True)

            outs = ingest.ingest_paths(a.paths, db=db, manifest=a.manifest, region=a.region, published=a.published,
                                       url=a.url, doc_type=a.doc_type, progress=not a.quiet,
                                       report=report) if a.paths else []
            outs += _links(urls, db, a, report)
            refused = sum(o.status == "refused" for o in outs)
            done = sum(o.status in ("ingested", "replaced") for o in outs)
            print(f"{done} ingested, {sum(o.status == 'unchanged' for o in outs)} unchanged, {refused} refused "
                  f"-> {db}", file=sys.stderr)
        else:
            ensure_db(db)
        if a.reextract:
            outs = ingest.reextract(db)
            from src.store import queries

            orphans = queries.orphaned_reviews(db)
            print(f"re-extracted {len(outs)} documents ({sum(o.figures for o in outs)} figures); "
                  f"{len(orphans)} orphaned reviews", file=sys.stderr)
            for _, r in orphans.iterrows():
                print(f"orphaned review {r['review_id']}: {r['file']} {r['indicator']} {r['raw']!s}", file=sys.stderr)
        if a.import_reviews:
            added, present = export.import_reviews(a.import_reviews, db)
            print(f"imported {added} reviews ({present} already present)", file=sys.stderr)
        if a.export:
            n = export.export_figures(a.export, db)
            print(f"exported {n} figures -> {a.export}", file=sys.stderr)
        if a.export_reviews:
            n = export.export_reviews(a.export_reviews, db)
            print(f"exported {n} reviews -> {a.export_reviews}", file=sys.stderr)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 1 if refused else 0


def _links(urls: list[str], db: Path, a: argparse.Namespace, report: Callable[[Outcome], None]) -> list[Outcome]:
    """Fetch and store each link; a link that fails is one `refused` line and stores nothing."""
    from src.extract.metadata import MetadataError, normalise_date
    from src.ingest.link import ingest_link

    try:
        published = normalise_date(a.published)
    except MetadataError as e:
        raise StoreError(f"--published: {e}") from None
    outs = []
    for u in urls:
        o = ingest_link(u, db=db, region=a.region, published=published, doc_type=a.doc_type)
        report(o)
        outs.append(o)
    return outs


if __name__ == "__main__":
    sys.exit(main())
