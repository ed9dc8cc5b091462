"""Archive objects for a threaded web server: each lives in one thread of its own.

The library is synchronous and its SQLite connections must stay in the thread that opened them; an
`Archive` also keeps an open searcher (columns, word list) that is costly to build and should be kept.
So the server holds a few worker threads, each with its own `Archive`, opened on first use; request
handlers (Starlette runs plain `def` endpoints in its thread pool) hand them work with `call(fn)` and
wait for the answer.  A call that is not answered within its timeout raises `TooSlow` (the page says so;
the work itself finishes in the background, as Python threads cannot be stopped).  Work that waited so
long that its caller gave up is skipped, so an overloaded server sheds load instead of queueing forever.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from metp.errors import MetpError


class TooSlow(MetpError):
    """The archive did not answer in time (an expensive query, or a busy server)."""


@dataclass
class _Job:
    fn: Callable[[Any], Any]
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None
    abandoned: bool = False


class ArchivePool:
    def __init__(self, opener: Callable[[], Any], size: int, timeout: float, name: str = "archive",
                 warm: Callable[[Any], Any] | None = None):
        self._opener = opener
        self._size = size
        self.timeout = timeout
        self._name = name
        self._warm = warm
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        with self._lock:
            if self._threads or self._closed:
                return
            for n in range(self._size):
                thread = threading.Thread(target=self._work, name=f"metp-{self._name}-{n}", daemon=True)
                thread.start()
                self._threads.append(thread)

    def call(self, fn: Callable[[Any], Any], timeout: float | None = None) -> Any:
        """`fn(archive)` on one of the pool's threads; its result, or its exception re-raised here."""
        if self._closed:
            raise TooSlow("the server is shutting down")
        self.start()
        job = _Job(fn)
        self._jobs.put(job)
        limit = self.timeout if timeout is None else timeout
        if not job.done.wait(limit):
            job.abandoned = True
            raise TooSlow(f"the archive took longer than {limit:g} s to answer")
        if job.error is not None:
            raise job.error
        return job.result

    def _work(self) -> None:
        archive = None
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                if job.abandoned:
                    continue
                try:
                    if archive is None:
                        archive = self._opener()
                        if self._warm is not None:
                            self._warm(archive)
                    job.result = job.fn(archive)
                except BaseException as exc:  # handed to the caller, who turns it into an answer
                    job.error = exc
                finally:
                    job.done.set()
        finally:
            if archive is not None:
                archive.close()

    def warm_up(self) -> None:
        """Open every thread's archive (and its searcher) now, in the background."""
        self.start()
        if self._warm is not None:
            for _ in range(self._size):
                self._jobs.put(_Job(lambda archive: None))

    def close(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._jobs.put(None)
        for thread in threads:
            thread.join(timeout)
