"""python -m src.ingest PATH… [--db FILE] [--manifest CSV] [--region R] [--published DATE] [--url U]
                        [--workers N] [--engine local|dask] [--scheduler tcp://HOST:PORT] [--dry-run]
                        [--reextract] [--export OUT] [--export-reviews OUT] [--import-reviews IN]
                        [--export-parquet DIR]"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from src.store.db import StoreError, db_path, ensure_db

from .engines import EngineError, default_workers

if TYPE_CHECKING:
    from src.store.writes import Outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m src.ingest", description="Ingest documents into the indicator store.")
    ap.add_argument("paths", nargs="*", help="files or folders (.txt .html .pdf .docx), or http(s):// links")
    ap.add_argument("--db", type=Path, help="database file (default: $INDICATORS_DB or data/indicators.duckdb)")
    ap.add_argument("--manifest", type=Path, help="CSV: file,title,publisher,region,published,doc_type")
    ap.add_argument("--region")
    ap.add_argument("--published", help="YYYY[-MM[-DD]]")
    ap.add_argument("--doc-type", default="")
    ap.add_argument("--url", default="", help="the documents' source URL")
    ap.add_argument("--workers", type=int, default=None,
                    help=f"extraction processes (default: the number of cores, {default_workers()})")
    ap.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local processes, or dask.distributed (--scheduler, else a LocalCluster)")
    ap.add_argument("--scheduler", help="a running Dask scheduler, tcp://HOST:PORT (implies --engine dask)")
    ap.add_argument("--batch", type=int, default=None, help="documents per task (default 16, at least 10)")
    ap.add_argument("--dry-run", action="store_true", help="list what would be ingested; write nothing")
    ap.add_argument("--reextract", action="store_true", help="re-run the extractor over stored documents")
    ap.add_argument("--export", type=Path, help="figures with provenance to .csv or .xlsx")
    ap.add_argument("--export-reviews", type=Path, help="reviews to .csv or .xlsx (a backup)")
    ap.add_argument("--import-reviews", type=Path, help="restore reviews from an export")
    ap.add_argument("--export-parquet", type=Path, metavar="DIR",
                    help="figures as a Parquet dataset partitioned by province (行政区划代码 prefix)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    from src.ingest.fetch import is_url

    urls = [p for p in a.paths if is_url(p)]  # links are fetched, then read by the same loaders
    a.paths = [Path(p) for p in a.paths if not is_url(p)]
    if not (a.paths or urls or a.reextract or a.export or a.export_reviews or a.import_reviews or a.export_parquet):
        ap.print_usage(sys.stderr)
        print("error: nothing to do: give PATH…, --reextract, --export, --export-parquet, --export-reviews "
              "or --import-reviews", file=sys.stderr)
        return 2
    if a.workers is not None and a.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    db = db_path(a.db)
    refused = 0
    try:
        from src.store import export

        from . import pipeline
        from .plan import PlanError, plan

        if a.paths or urls:
            try:
                jobs = plan(a.paths, a.manifest, a.region, a.published, a.url, a.doc_type) if a.paths else []
            except PlanError as e:
                raise StoreError(str(e)) from None
            if a.dry_run:
                return dry_run(jobs, urls)

            def report(o: pipeline.Outcome) -> None:
                if o.status == "refused":
                    print(o.line(), file=sys.stderr, flush=True)
                elif not a.quiet:
                    print(o.line(), flush=True)

            engine = "dask" if a.scheduler else a.engine
            workers = a.workers or default_workers()
            batch = max(10, a.batch or pipeline.BATCH)
            t0 = time.perf_counter()
            outs = pipeline.run(jobs, db=db, workers=workers, engine=engine, scheduler=a.scheduler, batch=batch, progress=not a.quiet and len(jobs) > 20,
                                report=report) if jobs else []
            outs += _links(urls, db, a, report)
            secs = time.perf_counter() - t0
            refused = sum(o.status == "refused" for o in outs)
            done = sum(o.status in ("ingested", "replaced") for o in outs)
            figs = sum(o.figures for o in outs)
            where = a.scheduler or ("LocalCluster" if engine == "dask" else
                                    f"{pipeline.processes(len(jobs), workers, batch)} process(es)")
            print(f"{done} ingested ({figs} figures), {sum(o.status == 'unchanged' for o in outs)} unchanged, "
                  f"{refused} refused in {secs:.1f} s ({len(outs) / max(secs, 1e-9):.1f} docs/s, {where}) -> {db}",
                  file=sys.stderr)
        else:
            ensure_db(db)
        if a.reextract:
            from src.store import queries

            from .reextract import reextract

            outs = reextract(db)
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
        if a.export_parquet:
            from .parquet import export_parquet

            n, parts = export_parquet(a.export_parquet, db)
            print(f"exported {n} figures in {parts} province partitions -> {a.export_parquet}", file=sys.stderr)
    except (StoreError, EngineError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
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


def dry_run(jobs: list, urls: list[str] = ()) -> int:  # type: ignore[assignment]
    """What would be ingested, one line per file or link, and nothing written."""
    for u in urls:
        print(f"would fetch {u}")
    bad = 0
    for j in jobs:
        if j.error:
            bad += 1
            print(f"refused   {j.name}: {j.error}", file=sys.stderr)
        else:
            m = j.meta
            print(f"would ingest {j.name}\t{m.title or '-'}\t{m.region or '-'}\t{m.published or '-'}\t{m.doc_type or '-'}")
    print(f"{len(jobs) - bad + len(urls)} files would be ingested, {bad} refused (dry run: nothing written)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
