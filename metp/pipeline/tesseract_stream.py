"""One tesseract program per worker that stays running and reads page after page, so the language model
is loaded once, not once per page (about 0.07 of a page's 1-2 CPU seconds here).

The program is the one pytesseract runs (its `tesseract_cmd`), started with `-c stream_filelist=true`: it
reads image paths from its standard input, one a line, and writes each page's TSV to its standard output
as soon as the page is read.  TSV has no end-of-page mark, so every page is followed by a tiny blank
image shipped with metp (`END_OF_PAGE`): the page is complete when the blank's header line arrives.
Each image carries its own resolution (TIFF tags), so one program serves pages of any dpi.

A page's CPU budget is watched from /proc (the program's CPU seconds since it was handed the page; where
there is no /proc, only the clock's timeout applies); past it, or past the clock's timeout, the program is killed (OverBudget, or pytesseract's timeout error) and
the next page starts a new one.  An image tesseract cannot read ends the program too (it stops at the
first unreadable image): its error lines are reported as pytesseract reports a failed run.

Programs are kept per thread (a Dask worker may run pages on several threads) and forgotten in a child
made by fork (the parent's program is the parent's).  A worker ends its programs when it exits (and
collects them, so their CPU seconds count as the worker's); killed, its programs end anyway, because
their standard input closes.
"""

from __future__ import annotations

import atexit
import multiprocessing.util
import os
import select
import subprocess
import threading
import time
from collections import deque
from pathlib import Path

import pytesseract

END_OF_PAGE = str(Path(__file__).with_name("end-of-page.pgm"))
_HEADER = b"level\tpage_num\t"
_POLL_S = 0.2  # how often a page's CPU seconds are checked while tesseract reads it


class OverBudget(Exception):
    """Tesseract used up the CPU seconds it was given for a page and was stopped (whether it ran for the
    page alone or kept running for a worker: `ocr` raises this one too)."""


class Stream:
    """A running `tesseract stdin stdout tsv` reading a list of images as it is written."""

    def __init__(self, lang: str | None, psm: int):
        args = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", *(("-l", lang) if lang else ()),
                "--psm", str(psm), "-c", "stream_filelist=true", "tsv"]
        try:
            self._proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, bufsize=0)
        except FileNotFoundError as exc:
            raise pytesseract.TesseractNotFoundError() from exc
        self._errors: deque[str] = deque(maxlen=20)
        self._drain = threading.Thread(target=self._drain_errors, daemon=True)
        self._drain.start()
        self._pending = b""
        self._header = b""  # TSV's header line, written once at the start of the stream
        self._images = 0  # images handed over, blanks included: TSV numbers pages from 1 in this order

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def read(self, image_path: str, timeout_s: float, cpu_budget: float | None) -> str:
        """The TSV of one image (header line included), as `tesseract IMAGE out tsv` writes it."""
        self._images += 2
        blank_header = f"1\t{self._images}\t".encode()
        self._errors.clear()
        started_cpu = _cpu_seconds(self._proc.pid)
        try:
            self._proc.stdin.write(os.fsencode(image_path) + b"\n" + os.fsencode(END_OF_PAGE) + b"\n")
        except (BrokenPipeError, OSError):
            self._failed()
        deadline = time.monotonic() + timeout_s
        lines: list[bytes] = []
        while True:
            while b"\n" in self._pending:
                line, self._pending = self._pending.split(b"\n", 1)
                if line.startswith(blank_header):
                    self._pending = b""  # the blank page has nothing more than its header line
                    return b"".join(ln + b"\n" for ln in (self._header, *lines)).decode("utf-8", "replace")
                if line.startswith(_HEADER):
                    self._header = line
                else:
                    lines.append(line)
            ready, _, _ = select.select([self._proc.stdout], [], [], _POLL_S)
            if ready:
                chunk = os.read(self._proc.stdout.fileno(), 1 << 16)
                if not chunk:
                    self._failed()
                self._pending += chunk
            if time.monotonic() > deadline:
                self.close(kill=True)
                raise RuntimeError("Tesseract process timeout")  # what pytesseract raises
            if cpu_budget and started_cpu is not None:
                used = _cpu_seconds(self._proc.pid)
                if used is not None and used - started_cpu > cpu_budget:
                    self.close(kill=True)
                    raise OverBudget(f"tesseract stopped after {cpu_budget:.1f} CPU seconds")

    def close(self, kill: bool = False) -> None:
        if kill:
            self._proc.kill()
        try:
            self._proc.stdin.close()
        except OSError:
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc.stdout.close()
        self._drain.join(timeout=1)

    def _failed(self):
        """The program ended before the page was read: report its error lines as pytesseract would."""
        self.close()
        message = " ".join(line for line in self._errors if not line.startswith(("Page ", "Estimating")))
        raise pytesseract.TesseractError(self._proc.returncode, message or "tesseract stopped")

    def _drain_errors(self) -> None:
        for line in iter(self._proc.stderr.readline, b""):
            self._errors.append(line.decode("utf-8", "replace").strip())
        self._proc.stderr.close()


_local = threading.local()
_all: list[Stream] = []  # every program this process started, to end them at exit
_exit_hook_pid: int | None = None


def listable(image_path: str) -> bool:
    """Whether tesseract's list of images can name this path: one line, nothing it would strip."""
    return "\n" not in image_path and "\r" not in image_path and image_path == image_path.strip()


def read_tsv(image_path: str, lang: str | None, psm: int, timeout_s: float, cpu_budget: float | None) -> str:
    """The TSV of one image, read by this thread's running program for (language, mode), started if needed."""
    streams = _local.__dict__.setdefault("streams", {})
    key = (pytesseract.pytesseract.tesseract_cmd, lang, psm)
    stream = streams.get(key)
    if stream is None or not stream.alive:
        if stream is not None:  # stopped (over budget, timed out, an unreadable image): collected, forgotten
            stream.close()
            _all.remove(stream)
        _end_with_this_process()
        stream = streams[key] = Stream(lang, psm)
        _all.append(stream)
    return stream.read(image_path, timeout_s, cpu_budget)


def close_all() -> None:
    while _all:
        _all.pop().close()
    _local.__dict__.pop("streams", None)


def _end_with_this_process() -> None:
    """A multiprocessing worker exits without running atexit, and drops the finalizers its parent had:
    it gets its own, once."""
    global _exit_hook_pid
    if _exit_hook_pid != os.getpid():
        multiprocessing.util.Finalize(None, close_all, exitpriority=10)
        _exit_hook_pid = os.getpid()


def _forget_in_child() -> None:
    """A forked child must not write to its parent's programs: drop them (closing only the child's copies
    of their pipes, so each program still ends when the parent closes it)."""
    for stream in _all:
        for pipe in (stream._proc.stdin, stream._proc.stdout, stream._proc.stderr):
            try:
                pipe.close()
            except OSError:
                pass
    _all.clear()
    _local.__dict__.pop("streams", None)


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of a process, from /proc (None where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
atexit.register(close_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)
