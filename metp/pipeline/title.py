"""A first guess at a document's title from its first page (the tagging stage will refine it)."""

from __future__ import annotations

import re

from metp.pipeline.model import Page

_MAX_LINES = 10
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def guess_title(first_page: Page | None, fallback: str) -> str:
    """Prefer a short upper-case heading near the top, else the first line that reads like words."""
    if first_page is None:
        return fallback
    candidates = [line.strip() for line in first_page.text.splitlines() if _is_wordy(line)][:_MAX_LINES]
    for line in candidates:
        letters = [ch for ch in line if ch.isalpha()]
        if line.isupper() and 2 <= len(line.split()) <= 14 and len(letters) >= 8:
            return _clip(line)
    return _clip(candidates[0]) if candidates else fallback


def _is_wordy(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) >= 2 and sum(map(len, words)) >= 0.6 * len(line.replace(" ", ""))


def _clip(line: str, limit: int = 120) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
