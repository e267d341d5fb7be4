"""The store as a Parquet dataset: figures partitioned by province (the first two digits of the
行政区划代码, as `province=330000`), beside documents.parquet, reviews.parquet and flags.parquet (the safety net's flags).

This is how a national store is shared and archived; DuckDB reads the dataset back with
read_parquet('DIR/figures/**/*.parquet', hive_partitioning = true), and the query layer reads the
folder when INDICATORS_DB names it (src/store/dataset.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from src.extract.regions import lookup
from src.store.db import StoreError, connect

UNKNOWN = "000000"  # regions without a known code (and figures without a region)


@cache
def province_code(region: str | None, doc_region: str | None = None) -> str:
    """'330000' for 萧山区 (or 萧山经济技术开发区, through its parent); namesakes are told apart by
    the document's region. A zone the region table does not know (named in the text) lies inside
    the document's region: its province."""
    if not region:
        region = doc_region
    r = lookup(region, doc_region) or lookup(doc_region)
    seen: set[str] = set()
    while r is not None and r.name not in seen:
        if len(r.code) >= 2 and r.code[:2].isdigit():
            return r.code[:2] + "0000"
        seen.add(r.name)
        r = lookup(r.parent, r.name) if r.parent else None
    return UNKNOWN


def _batches(reader: pa.RecordBatchReader) -> Iterator[pa.RecordBatch]:
    for b in reader:
        regions = b.column("region").to_pylist()
        doc_regions = b.column("doc_region").to_pylist()
        prov = pa.array([province_code(r, d) for r, d in zip(regions, doc_regions, strict=True)], pa.string())
        b = b.drop_columns(["doc_region"])
        yield b.append_column("province", prov)


def export_parquet(out: Path, db: Path | None = None) -> tuple[int, int]:
    """Write the dataset to `out` (a new or empty folder); returns (figures, provinces)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise StoreError(f"{out} exists and is not an empty folder; choose a new one")
    tmp = out.with_name(out.name + ".writing")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        with connect(db, read_only=True) as con:
            reader = con.sql(
                "SELECT f.*, d.region AS doc_region FROM figures f JOIN documents d USING (doc_id) "
                "ORDER BY f.indicator, f.region, f.year").to_arrow_reader(100_000)
            schema = reader.schema
            schema = schema.remove(schema.get_field_index("doc_region")).append(pa.field("province", pa.string()))
            n = 0
            provinces: set[str] = set()

            def counted() -> Iterator[pa.RecordBatch]:
                nonlocal n
                for b in _batches(reader):
                    n += b.num_rows
                    provinces.update(b.column("province").to_pylist())
                    yield b

            ds.write_dataset(counted(), tmp / "figures", schema=schema, format="parquet",
                             partitioning=ds.partitioning(pa.schema([("province", pa.string())]), flavor="hive"),
                             existing_data_behavior="overwrite_or_ignore", max_rows_per_group=1_000_000)
            pq.write_table(con.sql("SELECT * FROM documents").to_arrow_table(), tmp / "documents.parquet")
            pq.write_table(con.sql("SELECT * FROM reviews").to_arrow_table(), tmp / "reviews.parquet")
            pq.write_table(con.sql("SELECT * FROM flags").to_arrow_table(), tmp / "flags.parquet")
        if out.exists():
            out.rmdir()
        tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return n, len(provinces)
