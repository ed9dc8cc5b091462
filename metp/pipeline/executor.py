"""Run pipeline jobs serially or in a pool of worker processes, with the same interface.

Jobs are pulled from a feed only when a slot is free, so memory stays flat however
many files a batch has.  The feed may have nothing ready for a while and more
later: a document's tagging job only exists once its last page is back, so the
consumer of the results feeds the next jobs.  Results come back as they finish,
not in submission order.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Generic, Protocol, TypeVar

J = TypeVar("J")
R = TypeVar("R")
J_co = TypeVar("J_co", covariant=True)


class JobFeed(Protocol[J_co]):
    def take(self) -> J_co | None:
        """The next job ready to run, or None when none is ready now (the run ends once nothing runs)."""


class IterFeed(Generic[J]):
    """A feed over a plain iterable, for callers whose jobs are all known up front."""

    def __init__(self, jobs: Iterable[J]):
        self._jobs = iter(jobs)

    def take(self) -> J | None:
        return next(self._jobs, None)


_PR_SET_PDEATHSIG = 1


def _init_worker() -> None:
    # Tesseract's OpenMP threads fight each other across processes: ~7x slower on 2 cores without this.
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _init_pool_worker() -> None:
    _init_worker()
    _die_with_parent()


def _die_with_parent() -> None:
    """If the ingest process is killed (even with SIGKILL), its workers must not linger."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers exit when they find the call queue closed
        pass


class SerialExecutor:
    def run(self, fn: Callable[[J], R], feed: JobFeed[J]) -> Iterator[R]:
        _init_worker()
        while (job := feed.take()) is not None:
            yield fn(job)

    def imap_unordered(self, fn: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        return self.run(fn, IterFeed(jobs))

    def close(self) -> None:
        pass


class PoolExecutor:
    def __init__(self, workers: int, in_flight_per_worker: int = 2):
        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_pool_worker)
        self._limit = workers * in_flight_per_worker

    def run(self, fn: Callable[[J], R], feed: JobFeed[J]) -> Iterator[R]:
        running: set[Future] = set()
        while True:
            while len(running) < self._limit and (job := feed.take()) is not None:
                running.add(self._pool.submit(fn, job))
            if not running:
                return
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()

    def imap_unordered(self, fn: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        return self.run(fn, IterFeed(jobs))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


EXECUTORS = ("local", "dask")


def make_executor(workers: int, executor: str = "local", scheduler: str | None = None, inputs: str = "auto",
                  lang: str = "eng", file_info=None):
    """`local`: in-process for one worker, else a process pool.  `dask`: a Dask cluster, the scheduler at
    `scheduler` or a local cluster of `workers` processes (metp.pipeline.dask_executor; `file_info(path)`
    gives a page file's (sha256, size, page count) when the caller knows them, so they are not read again)."""
    if executor == "dask":
        from metp.pipeline.dask_executor import DaskExecutor  # Dask is an optional extra

        return DaskExecutor(workers, scheduler, inputs=inputs, lang=lang, file_info=file_info)
    if executor != "local":
        raise ValueError(f"executor must be one of {EXECUTORS}")
    return SerialExecutor() if workers <= 1 else PoolExecutor(workers)
