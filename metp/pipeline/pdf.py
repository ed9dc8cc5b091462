"""PDF pages: count them, take the text layer when it is usable, otherwise rasterize for OCR.

pypdfium2 (a pdfplumber dependency) opens and renders; it is fast and tolerant
of damaged files.  pdfplumber extracts the text layer, with word boxes, in
reading order.
"""

from __future__ import annotations

import logging
import os
import re

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from metp.errors import CorruptFileError, EncryptedFileError, InputFileError
from metp.pipeline.model import Page, PageMethod, Word

_PDFIUM_PASSWORD_ERROR = 4
_CID_GLYPH = re.compile(r"\(cid:\d+\)")

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
    except Exception:  # pdfminer raises a zoo of exception types for damaged files
        return None


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
    """The page's own text with word boxes, or None when it has no text layer pdfminer can read."""
    try:
        page = _OpenDocument.get(path, password or "").pages[page_no - 1]
        try:
            text = page.extract_text() or ""
            if not text.strip():
                return None
            words = _words_with_lines(page.extract_words())
            return Page(page_no, PageMethod.text_layer, text, words,
                        width=round(page.width), height=round(page.height), dpi=72)
        finally:
            page.close()  # drop the parsed objects: memory stays flat however long the PDF
    except InputFileError:
        raise
    except Exception:  # pdfminer cannot parse what pdfium could: fall back to OCR of the rendered page
        return None


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
    finally:
        doc.close()
