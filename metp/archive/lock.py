"""One writer at a time: an advisory lock file in the archive, released by the OS if the holder dies.

POSIX record locks (lockf), not flock: they belong to the process, so the OCR
workers it forks do not inherit the lock and cannot keep holding it after a crash.
Record locks are also per process, not per descriptor: closing any descriptor of
the file releases them, so a nested `WriterLock` on the same archive must not open
and close a second one.  The lock is therefore counted per process (re-entrant for
the thread holding it, exclusive between threads, as a web server's worker threads
need), and only the outermost exit releases it.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from metp.errors import ArchiveBusyError, cannot_write


@dataclass
class _Held:
    thread_lock: threading.RLock = field(default_factory=threading.RLock)
    fd: int | None = None
    depth: int = 0


_held: dict[str, _Held] = {}
_registry_lock = threading.Lock()


class WriterLock:
    def __init__(self, path: Path, wait: bool = False, poll_s: float = 0.5):
        self.path = path
        self.wait = wait
        self.poll_s = poll_s
        with _registry_lock:
            self._held = _held.setdefault(os.path.abspath(path), _Held())

    def __enter__(self) -> "WriterLock":
        held = self._held
        if not held.thread_lock.acquire(blocking=self.wait):
            raise self._busy()
        try:
            if held.depth == 0:
                held.fd = self._take()
            held.depth += 1
        except BaseException:
            held.thread_lock.release()
            raise
        return self

    def _take(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise cannot_write(self.path, exc) from exc
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:  # EAGAIN or EACCES: held by another process
                if not self.wait:
                    os.close(fd)
                    raise self._busy() from None
                time.sleep(self.poll_s)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return fd

    def _busy(self) -> ArchiveBusyError:
        return ArchiveBusyError(f"{self.path.parent}: another metp process is writing to this archive; "
                                "wait for it to finish or pass --wait")

    def __exit__(self, *exc) -> None:
        held = self._held
        held.depth -= 1
        if held.depth == 0 and held.fd is not None:
            fcntl.lockf(held.fd, fcntl.LOCK_UN)
            os.close(held.fd)
            held.fd = None
        held.thread_lock.release()
