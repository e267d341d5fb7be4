"""Ingestion, the pipeline: find files -> load -> extract -> write (through src.store.writes).

| module | one job |
|---|---|
| plan.py | files and folders -> jobs (path + manifest metadata) |
| loaders.py | bytes -> text and what the file says of itself |
| prepare.py | a batch of jobs -> Arrow tables of documents and figures (load + extract) |
| engines.py | where batches are prepared: this process, local processes, Dask |
| pipeline.py | the one writer: prepared batches committed in order, one transaction each |
| reextract.py | the current extractor over stored documents |
| seed.py | the first-start database from seeds/ |
| parquet.py | figures as a Parquet dataset partitioned by province |
"""
