"""PDF pages: count them, take the text layer when it is usable, otherwise rasterize for OCR.

pypdfium2 (a pdfplumber dependency) opens and renders; it is fast and tolerant
of damaged files.  pdfplumber extracts the text layer, with word boxes, in
reading order.

Damage is told from bugs by where an exception comes from: raised inside pdfminer or pdfplumber
while they parse the file, it is the file's damage (pdfminer raises a zoo of types for that,
TypeError and AttributeError included) and becomes an honest `TextLayerUnreadable`; raised anywhere
else, metp's own code included, it is a bug and propagates, never passed off as "no text layer".
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from metp.errors import CorruptFileError, EncryptedFileError, InputFileError
from metp.pipeline.model import Page, PageMethod, Word

_PDFIUM_PASSWORD_ERROR = 4
_CID_GLYPH = re.compile(r"\(cid:\d+\)")
_PARSERS = {"pdfminer", "pdfplumber"}  # packages whose exceptions, raised while parsing a file, mean damage
UNREADABLE = "text-layer-unreadable"  # the flag of a page whose text layer could not be parsed (it was OCRed)


class TextLayerUnreadable(CorruptFileError):
    """The page has a text layer pdfminer cannot parse (a damaged font or content stream)."""

# pdfminer reports every oddity of a damaged file as a warning; the outcome is what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _open(path: str, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            hint = "the password given is wrong" if password else "pass --password to ingest it"
            raise EncryptedFileError(path, f"the PDF is encrypted; {hint}") from exc
        raise CorruptFileError(path, "not a readable PDF (damaged or truncated); re-export or re-download it") from exc


def count_pages(path: str, password: str | None = None) -> int:
    try:
        doc = _open(path, password)
        try:
            count = len(doc)
        finally:
            doc.close()
    except EncryptedFileError:
        raise
    except CorruptFileError:
        # pdfium refuses some files pdfminer can still parse (and reports an empty page tree as a
        # load failure): ask pdfminer, which also repairs a broken cross-reference table.
        count = _count_with_pdfminer(path, password)
        if count is None:
            raise
    if count == 0:
        raise CorruptFileError(path, "the PDF has no pages; check the source file")
    return count


def _count_with_pdfminer(path: str, password: str | None) -> int | None:
    try:
        with pdfplumber.open(path, password=password or "") as doc:
            return len(doc.pages)
    except Exception as exc:  # pdfminer raises a zoo of exception types for damaged files
        if _raised_by_parser(exc) or isinstance(exc, OSError):
            return None
        raise  # a bug, not a damaged file


def raised_inside(exc: BaseException, packages: set[str]) -> bool:
    """Was `exc` raised inside one of these packages (a frame of theirs is on its traceback), rather than
    in metp's own code?  How damage in a file (the parser fails) is told from a bug (metp fails)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals.get("__name__", "").partition(".")[0] in packages:
            return True
        tb = tb.tb_next
    return False


def _raised_by_parser(exc: BaseException) -> bool:
    return raised_inside(exc, _PARSERS)


@contextmanager
def _parsing(path: str, page_no: int) -> Iterator[None]:
    """Turn the parser's exceptions on a damaged file into TextLayerUnreadable; let everything else through."""
    try:
        yield
    except InputFileError:
        raise
    except OSError as exc:
        raise InputFileError(path, f"cannot read the file ({exc.strerror or exc}); check it exists and is "
                                   "readable") from exc
    except Exception as exc:
        if not _raised_by_parser(exc):
            raise  # metp's own bug: never hidden as a quiet fallback
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        raise TextLayerUnreadable(path, f"the text layer of page {page_no} cannot be read ({detail}); "
                                        "the page is OCRed instead") from exc


class _OpenDocument:
    """The PDF this worker process read last, kept open: the pages of one PDF arrive one after another,
    and reopening it for every page made a 200-page PDF cost 0.15 s a page (pdfminer walks the page tree)."""

    key: tuple | None = None
    doc: pdfplumber.PDF | None = None

    @classmethod
    def get(cls, path: str, password: str) -> pdfplumber.PDF:
        info = os.stat(path)
        key = (path, password, info.st_mtime_ns, info.st_size)  # a file replaced in place is read afresh
        if cls.key != key:
            if cls.doc is not None:
                cls.doc.close()
            cls.key, cls.doc = None, None
            cls.doc = pdfplumber.open(path, password=password)
            cls.key = key
        return cls.doc


def extract_text_layer(path: str, page_no: int, password: str | None) -> Page | None:
    """The page's own text with word boxes, or None when it has no text layer; TextLayerUnreadable when
    it has one that cannot be parsed (the caller OCRs the page and flags it)."""
    with _parsing(path, page_no):
        pages = _OpenDocument.get(path, password or "").pages
    if page_no > len(pages):  # pdfium counted more pages than pdfminer finds: a damaged page tree
        raise TextLayerUnreadable(path, f"the text layer of page {page_no} cannot be read (pdfminer finds "
                                        f"only {len(pages)} pages); the page is OCRed instead")
    page = pages[page_no - 1]
    try:
        with _parsing(path, page_no):
            text = page.extract_text() or ""
            raw = page.extract_words() if text.strip() else []
            width, height = page.width, page.height
    finally:
        page.close()  # drop the parsed objects: memory stays flat however long the PDF
    if not text.strip():
        return None
    return Page(page_no, PageMethod.text_layer, text, _words_with_lines(raw),
                width=round(width), height=round(height), dpi=72)


def letters(page: Page | None) -> int:
    """Letters and digits in a page's text, not counting pdfminer's (cid:NN) placeholders for unmapped glyphs."""
    return sum(ch.isalnum() for ch in _CID_GLYPH.sub("", page.text)) if page else 0


def _words_with_lines(raw: list[dict]) -> tuple[Word, ...]:
    """pdfplumber gives words in reading order; a jump in `top` starts a new line."""
    words, line, last_top = [], 0, None
    for w in raw:
        if last_top is not None and abs(w["top"] - last_top) > 3:
            line += 1
        last_top = w["top"]
        words.append(Word(w["text"], None, round(w["x0"]), round(w["top"]),
                          round(w["x1"] - w["x0"]), round(w["bottom"] - w["top"]), line))
    return tuple(words)


def render_page(path: str, page_no: int, password: str | None, dpi: int, max_pixels: int) -> tuple[Image.Image, int]:
    """Rasterize one page in grayscale; huge pages are rendered at a lower dpi to stay under max_pixels."""
    doc = _open(path, password)
    try:
        page = doc[page_no - 1]
        width_pt, height_pt = page.get_size()
        if width_pt <= 0 or height_pt <= 0:
            raise CorruptFileError(path, f"page {page_no} has an empty page box; check the source file")
        area_px = width_pt * height_pt * (dpi / 72) ** 2
        if area_px > max_pixels:
            dpi = max(1, int(dpi * (max_pixels / area_px) ** 0.5))
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil(), dpi
    except pdfium.PdfiumError as exc:
        raise CorruptFileError(path, f"page {page_no} cannot be rendered ({exc}); re-export or re-download "
                                     "the PDF") from exc
    finally:
        doc.close()
