"""One writer at a time: an advisory lock file in the archive, released by the OS if the holder dies.

POSIX record locks (lockf), not flock: they belong to the process, so the OCR
workers it forks do not inherit the lock and cannot keep holding it after a crash.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from metp.errors import ArchiveBusyError


class WriterLock:
    def __init__(self, path: Path, wait: bool = False, poll_s: float = 0.5):
        self.path = path
        self.wait = wait
        self.poll_s = poll_s
        self._fd: int | None = None

    def __enter__(self) -> "WriterLock":
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        while True:
            try:
                fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:  # EAGAIN or EACCES: held by another process
                if not self.wait:
                    os.close(self._fd)
                    self._fd = None
                    raise ArchiveBusyError(
                        f"{self.path.parent}: another metp process is writing to this archive; "
                        "wait for it to finish or pass --wait"
                    ) from None
                time.sleep(self.poll_s)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, f"{os.getpid()}\n".encode())
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.lockf(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
