"""Progress on stderr: a tqdm bar on a terminal, plain periodic lines in a log, or nothing."""

from __future__ import annotations

import sys
import time

from tqdm import tqdm


class Progress:
    def __init__(self, total_files: int, show: bool | None, interval_s: float = 30.0):
        """show=None: a bar when stderr is a terminal, else a line every `interval_s` seconds."""
        self.total = total_files
        self.files = 0
        self.pages = 0
        self._start = time.monotonic()
        self._last_line = self._start
        self._interval = interval_s
        self._lines = show is None and not sys.stderr.isatty()
        bar_wanted = show if show is not None else sys.stderr.isatty()
        self._bar = tqdm(total=total_files, unit="file", file=sys.stderr, dynamic_ncols=True,
                         disable=not bar_wanted or self._lines)

    def page_done(self) -> None:
        self.pages += 1
        self._bar.set_postfix_str(f"{self.pages} pages, {self._rate():.0f} pages/min", refresh=False)
        self._maybe_line()

    def file_done(self) -> None:
        self.files += 1
        self._bar.update(1)
        self._maybe_line()

    def message(self, text: str) -> None:
        """A one-line message that does not tear the bar."""
        tqdm.write(text, file=sys.stderr)

    def close(self) -> None:
        self._bar.close()

    def _rate(self) -> float:
        minutes = (time.monotonic() - self._start) / 60
        return self.pages / minutes if minutes > 0 else 0.0

    def _maybe_line(self) -> None:
        now = time.monotonic()
        if not self._lines or now - self._last_line < self._interval:
            return
        self._last_line = now
        eta = ""
        if self.files:
            remaining = (now - self._start) / self.files * (self.total - self.files)
            eta = f", about {remaining / 60:.0f} min left"
        print(f"metp: {self.files}/{self.total} files, {self.pages} pages, {self._rate():.0f} pages/min{eta}",
              file=sys.stderr, flush=True)
