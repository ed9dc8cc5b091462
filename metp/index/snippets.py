"""Snippets: the passages of a page around the words that matched, with those words marked.

whoosh's highlighter runs the full analyzer (tokenizer, stop list, stemmer) over the whole page for
every hit shown, about 7 ms a page.  Here the page is only split into words; a word is stemmed only
when it starts like one of the matched stems (a stem is nearly a prefix of its word), so a page
costs a fraction of a millisecond.  Passages are chosen as whoosh's ContextFragmenter would: a
window around each run of matches, the windows with the most different matched words first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from metp.index.records import Snippet
from metp.index.schema import WORD_PATTERN

_WORD = re.compile(WORD_PATTERN)
_PREFIX = 3


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    stem: str


def snippet(text: str, matches: list[Match], fragments: int = 2, surround: int = 60, maxchars: int = 240,
            between: str = " … ") -> Snippet:
    """The best `fragments` passages of `text` around its `matches` (from `stem_matches`), in page order,
    with the matched words' spans; white space runs are made single spaces.  Empty when nothing matched."""
    if not matches:
        return Snippet("")
    windows = []
    i = 0
    while i < len(matches):
        j = i
        while j + 1 < len(matches) and matches[j + 1].end - matches[i].start <= maxchars - 2 * surround:
            j += 1
        windows.append(matches[i: j + 1])
        i = j + 1
    best = sorted(windows, key=lambda w: (-len({m.stem for m in w}), w[0].start))[:fragments]
    pieces: list[tuple[str, bool]] = []
    for n, window in enumerate(sorted(best, key=lambda w: w[0].start)):
        if n:
            pieces.append((between, False))
        pieces += _passage(text, window, surround)
    return joined(pieces)


def joined(pieces: list[tuple[str, bool]]) -> Snippet:
    """(text, matched) pieces as one Snippet: white space runs made single spaces, ends trimmed, the
    matched pieces' spans kept."""
    text, spans = "", []
    for piece, matched in pieces:
        if matched:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    out: list[str] = []
    moved = [0] * (len(text) + 1)  # old offset -> new offset
    for i, char in enumerate(text):
        moved[i] = len(out)
        if not char.isspace():
            out.append(char)
        elif out and out[-1] != " ":
            out.append(" ")
    moved[len(text)] = len(out)
    squeezed = "".join(out).rstrip()
    return Snippet(squeezed, tuple((moved[a], min(moved[b], len(squeezed))) for a, b in spans
                                   if moved[a] < len(squeezed)))


def stem_matches(text: str, stems: set[str], analyzer) -> list[Match]:
    """The words of `text` whose stem (by `analyzer`) is one of `stems`, in order."""
    prefixes = {s[:_PREFIX] for s in stems}
    found, known = [], {}
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word[:_PREFIX] not in prefixes and word not in stems:
            continue
        if word not in known:
            known[word] = next((t.text for t in analyzer(word)), "")
        if known[word] in stems:
            found.append(Match(m.start(), m.end(), known[word]))
    return found


def _passage(text: str, window: list[Match], surround: int) -> list[tuple[str, bool]]:
    start = _snap_left(text, max(0, window[0].start - surround), window[0].start)
    end = _snap_right(text, min(len(text), window[-1].end + surround), window[-1].end)
    parts, at = [], start
    for m in window:
        parts += [(text[at:m.start], False), (text[m.start:m.end], True)]
        at = m.end
    parts.append((text[at:end], False))
    return [p for p in parts if p[0]]


def _snap_left(text: str, at: int, limit: int) -> int:
    """Move a cut forward to the start of a word (not past `limit`)."""
    while 0 < at < limit and not text[at - 1].isspace():
        at += 1
    return at


def _snap_right(text: str, at: int, limit: int) -> int:
    """Move a cut back to the end of a word (not before `limit`)."""
    while limit < at < len(text) and not text[at].isspace():
        at -= 1
    return at
