"""Run page jobs serially or in a pool of worker processes, with the same interface.

Jobs are pulled lazily from an iterator and only a bounded number are in
flight, so memory stays flat however many files a batch has.  Results come
back as they finish, not in submission order.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import TypeVar

J = TypeVar("J")
R = TypeVar("R")


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
    def imap_unordered(self, fn: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        _init_worker()
        for job in jobs:
            yield fn(job)

    def close(self) -> None:
        pass


class PoolExecutor:
    def __init__(self, workers: int, in_flight_per_worker: int = 2):
        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_pool_worker)
        self._limit = workers * in_flight_per_worker

    def imap_unordered(self, fn: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        pending_jobs = iter(jobs)
        running: set[Future] = {self._pool.submit(fn, job) for job in islice(pending_jobs, self._limit)}
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
            running |= {self._pool.submit(fn, job) for job in islice(pending_jobs, self._limit - len(running))}

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_executor(workers: int) -> SerialExecutor | PoolExecutor:
    return SerialExecutor() if workers <= 1 else PoolExecutor(workers)
