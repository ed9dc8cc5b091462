"""Rebuild a document's lines, with their layout, from its pages: what every rule reads.

OCR and text-layer pages carry word boxes; a line's font size is estimated from
its words' box heights, corrected for which letters they contain (a word of
capitals is shorter than one with descenders at the same size), and compared with
the body text's median.  Centred and right-aligned lines are found against the
text block's margins.  Plain-text pages (and pages without boxes) fall back to
indentation: leading spaces and line length stand in for position.

Every rule reads the layout, so the layout is where a document's size is bounded.
It is built from a window of the document: its first pages, up to HEAD_CHARS
characters, HEAD_PAGES pages, HEAD_LINES lines and HEAD_WORDS word boxes (the
page that crosses a limit is cut there), plus the last TAIL_LINES lines of its
last page (closings, signatures, imprints) when the head did not reach them.  A line longer than
LINE_CHARS is read as pieces of at most that size, cut at a space; a page gives
at most PAGE_WORDS word boxes, and boxes no page could have (sizes <= 0 or beyond
MAX_PX) are ignored.  Documents under the limits (a few dozen typed pages) are
read whole, so the limits change nothing for them; a 3 MB file is tagged from
its first 200,000 characters and its last lines.  Control characters and lone
surrogates are replaced by spaces and "?" so that no value carries them.

Bound: building the layout reads at most HEAD_PAGES + 1 pages, HEAD_CHARS +
TAIL_LINES * LINE_CHARS characters and HEAD_WORDS + TAIL_WORDS word boxes, so its
cost does not grow with the document's size beyond that; every later stage works
on at most MAX_LINES lines of at most LINE_CHARS characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from statistics import median

from metp.pipeline.model import Page, Word
from metp.pipeline.tagging.text import fold, letters_upper_ratio, words_of

HEAD_CHARS = 200_000   # characters read from the start of a document (about 60 typed pages)
HEAD_PAGES = 100       # pages read from the start
HEAD_LINES = 6_000     # lines read from the start (100 pages of 60 lines)
TAIL_LINES = 30        # and the last lines of the last page
LINE_CHARS = 2_000     # a longer line is read as pieces of at most this size
PAGE_WORDS = 5_000     # word boxes read per page (a dense typed page has 500-1,500)
HEAD_WORDS = 50_000    # word boxes read from the start (75 dense typed pages)
TAIL_WORDS = 600       # word boxes read from the end of the last page
MAX_PX = 1_000_000     # a box coordinate or size beyond this is not a page's
# The most lines a layout can have: the head's and the tail's, plus the pieces of long lines
# (a piece is cut in the second half of LINE_CHARS, so two per LINE_CHARS characters at most).
MAX_LINES = HEAD_LINES + TAIL_LINES + 2 * (HEAD_CHARS + TAIL_LINES * LINE_CHARS) // LINE_CHARS
_VISUAL_ROW_REACH = 8  # a word line is merged into one of the last rows only

_ASCENDERS = set("bdfhiklt0123456789'\"()/[]{}!?|&%$#@")  # letters and signs that reach cap height
_DESCENDERS = set("gjpqy(),;[]{}|")


@dataclass(frozen=True)
class Line:
    page_no: int
    index: int                 # position among the page's non-empty lines, 0-based
    text: str                  # words joined by single spaces
    n_words: int
    size: float | None         # estimated font size (px), None without boxes
    rel_size: float            # size / body size (1.0 without boxes)
    left: float | None
    right: float | None
    top: float | None
    gap_before: float          # blank space above, in body line heights (plain text: blank lines)
    centred: bool
    right_aligned: bool
    indented: bool             # starts well inside the left margin
    upper: float               # share of letters in upper case
    conf: float | None         # mean OCR confidence of the line's words
    repeated: bool             # the same line recurs on other pages (running head or foot)
    listed: bool = False       # one of a run of short lines: list items, even when OCR lost the bullets


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]
    page_count: int
    has_boxes: bool
    folded: str                # all lines folded (text.fold) and joined, for phrase matching
    offsets: tuple[int, ...]   # start of each line in `folded`
    pages_read: int = 0        # pages (blank ones too) the window took lines from, or could have
    complete: bool = True      # False: the document was longer than the window

    def line_at(self, pos: int) -> Line:
        """The line holding character `pos` of `folded`."""
        return self.lines[max(0, bisect_right(self.offsets, pos) - 1)]

    def page(self, page_no: int) -> list[Line]:
        return [ln for ln in self.lines if ln.page_no == page_no]

    @property
    def first_page(self) -> list[Line]:
        return self.page(self.lines[0].page_no) if self.lines else []


def build_layout(pages: Sequence[Page], use_boxes: bool = True) -> Layout:
    """The window's lines with their layout; `use_boxes=False` reads the text alone."""
    lines: list[Line] = []
    any_boxes = False
    parts, complete, read = window(pages)
    for page, is_tail in parts:
        first_index = 0
        if is_tail and lines and lines[-1].page_no == page.page_no:
            first_index = lines[-1].index + 2  # the head stopped inside the last page: leave a gap
        boxed = [_printable_word(w) for w in page.words if _sane_box(w)] if use_boxes else []
        if boxed and _boxes_match_text(boxed, page.text):
            any_boxes = True
            lines.extend(_lines_from_words(page, boxed, first_index))
        else:
            lines.extend(_lines_from_text(page, first_index))
    lines = _mark_lists(_mark_repeated(lines))
    folded_parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for i, line in enumerate(lines):
        offsets.append(pos)
        part = fold(line.text)
        joiner = "" if line.text.endswith("-") and not line.text.endswith(" -") else " "
        folded_parts.append(part + joiner)
        pos += len(part) + len(joiner)
    return Layout(tuple(lines), len(pages), any_boxes, "".join(folded_parts), tuple(offsets), read, complete)


# ---------------------------------------------------------------------- the window
def window(pages: Sequence[Page]) -> tuple[list[tuple[Page, bool]], bool, int]:
    """The pages (cut to the window, text made printable) every rule reads, each marked True if
    it is the last page's tail; whether that is the whole document; how many pages it reads."""
    out: list[tuple[Page, bool]] = []
    left = _Budget(HEAD_CHARS, HEAD_LINES, HEAD_WORDS)
    whole = 0  # pages read whole
    for page in pages[:HEAD_PAGES]:
        if left.spent:
            break
        part, is_whole = left.take(page)
        out.append((part, False))
        if not is_whole:
            break
        whole += 1
    if whole == len(pages):
        return out, True, whole
    read = len(out) + (len(out) < len(pages))  # the head may have stopped inside the last page
    out.append((_tail_of(pages[-1]), True))
    return out, False, read


@dataclass
class _Budget:
    """What is left of the head's characters, lines and word boxes."""

    chars: int
    lines: int
    words: int

    @property
    def spent(self) -> bool:
        return self.chars <= 0 or self.lines <= 0 or self.words <= 0

    def take(self, page: Page) -> tuple[Page, bool]:
        """The page cut to what is left (and that taken from the budget), and whether it is whole."""
        head = page.text[:self.chars]
        text = _LINE_BREAKS.sub("\n", head)
        end = _nth_newline(text, self.lines)
        if end is not None:
            text = text[:end]
        words = page.words[:min(PAGE_WORDS, self.words)]
        used, rows = 0, set()  # characters and (OCR) line numbers of the words kept
        for n, w in enumerate(words):
            if used + len(w.text) + 1 > self.chars or (w.line not in rows and len(rows) >= self.lines):
                words = words[:n]
                break
            used += len(w.text) + 1
            rows.add(w.line)
        self.chars -= max(len(text), used)
        self.lines -= max(text.count("\n") + 1, len(rows))
        self.words -= len(words)
        whole = len(head) == len(page.text) and end is None and len(words) == len(page.words)
        return replace(page, text=printable(text), words=words), whole


def _tail_of(page: Page) -> Page:
    """The last TAIL_LINES lines of the page (and the word boxes of its last TAIL_LINES OCR lines,
    TAIL_WORDS at most)."""
    text = _LINE_BREAKS.sub("\n", page.text[-TAIL_LINES * LINE_CHARS:].rstrip())
    lines = text.split("\n")[-TAIL_LINES:]
    words = page.words[-TAIL_WORDS:]
    rows: set[int] = set()
    start = len(words)
    while start > 0 and (words[start - 1].line in rows or len(rows) < TAIL_LINES):
        start -= 1
        rows.add(words[start].line)
    return replace(page, text=printable("\n".join(lines)), words=words[start:])


def _nth_newline(text: str, n: int) -> int | None:
    """The position of the n-th newline in `text`, None if it has fewer."""
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return None
    return pos


# Every line break `str.splitlines` knows, made "\n" so that lines can be counted before they are split.
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Control characters (but tabs and newlines) become spaces and lone surrogates "?", so that
    no tag value carries them."""
    text = _CONTROL.sub(" ", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _printable_word(w: Word) -> Word:
    if w.text.isascii() and w.text.isprintable() and len(w.text) <= LINE_CHARS:
        return w  # nearly every word: no need to look further
    text = printable(_LINE_BREAKS.sub(" ", w.text[:LINE_CHARS]).replace("\n", " "))
    return w if text == w.text else replace(w, text=text)


def _sane_box(w: Word) -> bool:
    return 0 < w.width <= MAX_PX and 0 < w.height <= MAX_PX and abs(w.left) <= MAX_PX and abs(w.top) <= MAX_PX


def pieces(text: str, limit: int = LINE_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters, at a space when there is one in
    the second half of a piece."""
    if len(text) <= limit:
        return [text]
    out = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        out.append(text[start:cut])
        start = cut + (text[cut:cut + 1] == " ")
    out.append(text[start:])
    return out


def _boxes_match_text(words: list[Word], text: str) -> bool:
    """Boxes are only used when they are the page's text (not, say, a stale word list)."""
    return len(words) >= 0.5 * len(text.split())


# ---------------------------------------------------------------------- from word boxes
def _word_em(word: Word) -> float | None:
    """The font size a word box implies: its height over the share of an em its letters span."""
    text = word.text.strip()
    if len(text) < 2 or not any(ch.isalnum() for ch in text):
        return None
    asc = any(ch.isupper() or ch in _ASCENDERS for ch in text)
    desc = any(ch in _DESCENDERS for ch in text)
    span = (0.72 if asc else 0.52) + (0.22 if desc else 0.0)
    return word.height / span


def _visual_rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into the lines a reader sees.

    Tesseract puts a column of times ("9:00 / 9:30 / ...") or item numbers in a block of
    its own, so its line numbers split "9:00   Welcome" in two; its lines that share a
    baseline are joined again here.  Tall, unreadable "words" (a column of digits read
    downwards) are dropped first.
    """
    words = [w for w in words if w.text.strip()]
    if not words:
        return []
    typical = median(w.height for w in words)
    words = [w for w in words if w.height <= 3 * typical and not (w.conf is not None and w.conf < 20
                                                                   and w.height > 1.6 * typical)]
    grouped: dict[int, list[Word]] = defaultdict(list)
    for w in words:
        grouped[w.line].append(w)
    rows: list[tuple[float, float, list[Word]]] = []  # (top, bottom, words) of the row's first unit
    for unit in sorted(grouped.values(), key=lambda ws: min(w.top for w in ws)):
        confs = [w.conf for w in unit if w.conf is not None]
        if confs and sum(confs) / len(confs) < 30:
            continue  # a vertical strip of digits or a smudge read as a line
        top, bottom = _core_span(unit)
        # Units come in order of their tops, so a unit shares a baseline with one of the last rows
        # if any: looking back further would make a page of many short lines quadratic.
        for i in range(max(0, len(rows) - _VISUAL_ROW_REACH), len(rows)):
            rt, rb, rws = rows[i]
            overlap = min(bottom, rb) - max(top, rt)
            height, row_height = bottom - top, rb - rt
            if overlap >= 0.5 * min(height, row_height) and height <= 1.6 * row_height \
                    and row_height <= 1.6 * height:
                rows[i] = (rt, rb, rws + unit)
                break
        else:
            rows.append((top, bottom, list(unit)))
    rows.sort(key=lambda r: r[0])
    return [sorted(r[2], key=lambda w: w.left) for r in rows]


def _row_pieces(row: list[Word]) -> list[list[Word]]:
    """A row's words in runs of at most LINE_CHARS characters."""
    out: list[list[Word]] = [[]]
    length = 0
    for w in row:
        if out[-1] and length + len(w.text) + 1 > LINE_CHARS:
            out.append([])
            length = 0
        out[-1].append(w)
        length += len(w.text) + 1
    return out


def _core_span(unit: list[Word]) -> tuple[float, float]:
    """The vertical extent of a line's words, by their medians (robust to one odd box)."""
    return median(w.top for w in unit), median(w.top + w.height for w in unit)


def _lines_from_words(page: Page, words: list[Word], first_index: int = 0) -> list[Line]:
    raw = []
    for ws in (piece for row in _visual_rows(words) for piece in _row_pieces(row)):
        ems = [e for e in (_word_em(w) for w in ws) if e]
        confs = [w.conf for w in ws if w.conf is not None]
        raw.append({
            "text": " ".join(" ".join(w.text for w in ws).split()),
            "n": len(ws),
            "size": median(ems) if ems else None,
            "left": min(w.left for w in ws),
            "right": max(w.left + w.width for w in ws),
            "top": min(w.top for w in ws),
            "bottom": max(w.top + w.height for w in ws),
            "conf": sum(confs) / len(confs) if confs else None,
        })
    if not raw:
        return []
    sizes = [r["size"] for r in raw if r["size"] and r["n"] >= 4] or [r["size"] for r in raw if r["size"]]
    body = median(sizes) if sizes else 1.0
    left_edge = min(r["left"] for r in raw)
    right_edge = max(r["right"] for r in raw)
    width = page.width if page.width and 0 < page.width <= MAX_PX else None
    page_w = float(width) if width else float(right_edge + left_edge)
    centre = page_w / 2 if width else (left_edge + right_edge) / 2
    # Centred: its middle on the page's middle, and (when the page has a body margin: the usual
    # left edge of non-centred lines of four words or more) starting inside that margin.
    symmetric = [abs((r["left"] + r["right"]) / 2 - centre) <= 0.04 * page_w for r in raw]
    body_lefts = [r["left"] for r, sym in zip(raw, symmetric) if not sym and r["n"] >= 4]
    margin = median(body_lefts) if len(body_lefts) >= 2 else None
    spacing = _line_spacing(raw, body)
    out = []
    prev_bottom = None
    for i, r in enumerate(raw):
        indent = r["left"] - (margin if margin is not None else left_edge)
        centred = symmetric[i] and (margin is None or indent >= 0.03 * page_w)
        right_aligned = not centred and right_edge - r["right"] <= 0.04 * page_w and indent > 0.25 * page_w
        gap = 0.0 if prev_bottom is None else max(0.0, (r["top"] - prev_bottom) / spacing - 0.5)
        prev_bottom = r["bottom"]
        out.append(Line(page.page_no, first_index + i, r["text"], r["n"], r["size"],
                        (r["size"] / body) if r["size"] else 1.0, r["left"], r["right"], r["top"],
                        round(gap, 2), centred, right_aligned, indent > 0.03 * page_w,
                        letters_upper_ratio(r["text"]), r["conf"], False))
    return out


def _line_spacing(raw: list[dict], body: float) -> float:
    """Typical distance between the tops of consecutive body lines (a line's height plus leading)."""
    steps = [b["top"] - a["top"] for a, b in zip(raw, raw[1:]) if 0 < b["top"] - a["top"] < 3 * body]
    return median(steps) if steps else 1.2 * body


# ---------------------------------------------------------------------- from plain text
def _lines_from_text(page: Page, first_index: int = 0) -> list[Line]:
    physical = [piece for raw in page.text.replace("\t", "    ").splitlines() for piece in pieces(raw)]
    widths = [len(p.rstrip()) for p in physical if p.strip()]
    if not widths:
        return []
    full = max(widths)
    # A full line's length, ignoring outliers; a page of short centred lines (a flyer, a slide)
    # is assumed to be typed on the usual 60-odd columns.
    typical = max(sorted(widths)[int(0.9 * (len(widths) - 1))], int(0.8 * full), 60)
    out = []
    blanks = 0
    leads = [len(raw) - len(raw.lstrip()) if raw.strip() else None for raw in physical]
    for k, raw in enumerate(physical):
        if not raw.strip():
            blanks += 1
            continue
        stripped = " ".join(raw.split())
        lead = len(raw) - len(raw.lstrip())
        length = len(raw.rstrip()) - lead
        mid = lead + length / 2
        # centred on the page's usual width, or set well in from a margin the body keeps (a
        # heading typed to look centred on a narrower page)
        # (a line that runs nearly the full width from a small indent, in a block of lines with the
        # same left margin, is a line of an indented paragraph or list item, not a centred one, however
        # near the middle its midpoint falls; so is one set under a full line, further in (a numbered
        # item's hanging indent); a centred block's lines start at different places)
        above = leads[k - 1] if k > 0 else None
        margin = above == lead or (k + 1 < len(physical) and leads[k + 1] == lead) or (
            above is not None and lead - above >= 3 and len(physical[k - 1].rstrip()) >= 0.75 * typical)  # a hanging indent
        centred = lead >= 3 and not (lead <= 8 and length >= 0.75 * typical and margin) and (
            abs(mid - typical / 2) <= max(3, 0.12 * typical) or
            (lead >= 8 and length <= 0.6 * typical and not raw.rstrip().endswith(".")))
        right_aligned = not centred and lead >= 0.4 * typical and len(raw.rstrip()) >= 0.8 * full
        out.append(Line(page.page_no, first_index + len(out), stripped, len(stripped.split()), None, 1.0, None, None, None,
                        float(blanks), centred, right_aligned, lead >= 3, letters_upper_ratio(stripped), None, False))
        blanks = 0
    return out


def is_prose(line: Line) -> bool:
    """A line of running text: eight words or more, mixed case, set flush with the margin."""
    words = [w for w in words_of(line.text) if any(ch.isalpha() for ch in w)]
    return len(words) >= 8 and line.upper < 0.5 and not line.centred and not line.right_aligned


# ---------------------------------------------------------------------- lists
_SHORT_WORDS = 8


def _short(line: Line) -> bool:
    words = [w for w in words_of(line.text) if len(w) > 1 and not w.isdigit()]
    return 1 <= len(words) <= _SHORT_WORDS and not line.text.rstrip().endswith((".", ",", ";")) \
        and not line.centred


def _mark_lists(lines: list[Line]) -> list[Line]:
    """Runs of three or more short lines on a page (agenda items, bullet points, form questions)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].page_no == lines[i].page_no and _short(lines[j]):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = replace(lines[k], listed=True)
        i = max(j, i + 1)
    return out


# ---------------------------------------------------------------------- running heads
_DIGITS = re.compile(r"\d+")


def _mark_repeated(lines: list[Line]) -> list[Line]:
    """Lines (digits ignored) found on more than one page are running heads or feet."""
    if len({ln.page_no for ln in lines}) < 2:
        return lines
    pages_of: dict[str, set[int]] = defaultdict(set)
    for ln in lines:
        key = _DIGITS.sub("#", fold(ln.text))
        if len(words_of(ln.text)) >= 2:
            pages_of[key].add(ln.page_no)
    repeated = {k for k, pages in pages_of.items() if len(pages) > 1}
    if not repeated:
        return lines
    return [_replace(ln, repeated=True) if _DIGITS.sub("#", fold(ln.text)) in repeated else ln for ln in lines]


def _replace(line: Line, **changes) -> Line:
    return replace(line, **changes)

