"""Where extraction runs: in this process, in a pool of local processes, or on a Dask cluster.

Every engine takes batches of jobs (paths and metadata, never texts) and yields the prepared
batches (Arrow tables) in the order the batches were given, so the one writer commits exactly what
a single process would have committed, in the same order. At most `window` batches are in flight.

Dask: tasks are submitted with Dask's own retries, and a task whose worker dies is rescheduled by
the scheduler on another worker (up to `distributed.scheduler.allowed-failures`). Its result is
written once, by the writer, when it arrives: a lost worker loses and duplicates nothing.
Workers import this project from the same checkout (see README, "Ingest on a Dask cluster").
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Any

from .plan import Job
from .prepare import EXTRACTOR_VERSION, Prepared, prepare

# batches in flight per worker: enough for the workers to go on while the writer publishes the
# snapshot or leaves the lock free (a batch of 16 documents is ~0.3 s of one worker's time)
WINDOW = 8
WARM_TEXT = "2023年全区实现地区生产总值1234亿元，比上年增长5.2%。2024年预期目标：增长6%左右。"


class EngineError(RuntimeError):
    """The engine cannot run (no cluster, a worker with another version of the extractor): one line."""


def ordered(submit: Callable[[Sequence[Job]], Any], batches: Iterable[Sequence[Job]], window: int) -> Iterator[Prepared]:
    """Submit batches with at most `window` in flight; yield results in submission order."""
    pending: deque[Any] = deque()
    it = iter(batches)
    for b in it:
        pending.append(submit(b))
        if len(pending) >= window:
            break
    while pending:
        res = pending.popleft().result()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(submit(nxt))
        yield res


def local(batches: Iterable[Sequence[Job]], known: Container[str]) -> Iterator[Prepared]:
    for b in batches:
        yield prepare(b, known)


# ---------------------------------------------------------------- a pool of local processes

_KNOWN: Container[str] = frozenset()


def _init(known: Container[str]) -> None:
    global _KNOWN
    _KNOWN = known


def _pool_task(jobs: Sequence[Job]) -> Prepared:
    return prepare(jobs, _KNOWN)


def warm() -> None:
    """Load the extractor's resources (dictionaries, segmenter) once, before worker processes fork."""
    from src.extract import extract_text
    from src.extract.segment import last_word

    extract_text(WARM_TEXT, region="萧山区", published="2024-01")
    last_word("推进")  # the part-of-speech tagger, loaded lazily (~1 s) by the first scope decision


def pool(batches: Iterable[Sequence[Job]], known: Container[str], workers: int) -> Iterator[Prepared]:
    """Extraction in `workers` local processes (forked from a warmed parent where the OS allows)."""
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    if ctx.get_start_method() == "fork":
        warm()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init, initargs=(known,)) as ex:
        yield from ordered(lambda b: ex.submit(_pool_task, b), batches, window=workers * WINDOW)


# ---------------------------------------------------------------- dask.distributed

def _dask_task(jobs: Sequence[Job], known: Container[str]) -> Prepared:
    return prepare(jobs, known)


def _worker_version() -> str:
    from src.ingest.prepare import EXTRACTOR_VERSION as v

    return v


def dask(batches: Iterable[Sequence[Job]], known: Mapping[str, Collection[str]], *, scheduler: str | None = None,
         workers: int = 2, retries: int = 3) -> Iterator[Prepared]:
    """Extraction on dask.distributed: an existing cluster at `scheduler`, else a LocalCluster of
    `workers` processes. Jobs carry absolute paths, which every worker must be able to read.
    `known`: file name -> the ids of the documents stored under it; each task carries only those
    of its own files (not every stored id: that would travel with every task), so an unchanged
    file is not extracted again (a known text under a new name is, and the writer reports it
    unchanged)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("dask.distributed is not installed (pip install 'distributed')") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
    except OSError as e:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {str(e).splitlines()[0]}") from None
    try:
        client.wait_for_workers(1, timeout=60)
        versions = client.run(_worker_version)
        wrong = {w: v for w, v in versions.items() if v != EXTRACTOR_VERSION}
        if wrong:
            w, v = next(iter(wrong.items()))
            raise EngineError(f"worker {w} runs extractor version {v}, this checkout {EXTRACTOR_VERSION}: "
                              "start the workers from the same checkout")
        n = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(b: Sequence[Job]) -> Any:
            jobs = [replace(j, path=j.path.absolute()) for j in b]
            # inline, a few ids per task (a scattered copy would die with its worker)
            ids = frozenset(i for j in b for i in known.get(j.meta.doc, ()))
            return client.submit(_dask_task, jobs, ids, retries=retries, pure=False)

        yield from ordered(submit, batches, window=max(4, n * WINDOW))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
