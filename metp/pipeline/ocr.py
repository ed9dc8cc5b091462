"""OCR one page image with tesseract (through pytesseract), keeping words, boxes and confidences.

Tesseract is handed a file path, never a PIL image: pytesseract would re-encode
the image as PNG first, which costs about 0.8 s a page.  One tesseract run
produces TSV, from which both the words and the page text are rebuilt, so no
page is recognised twice.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytesseract

from metp.errors import CorruptFileError, InputFileError, MissingDependencyError
from metp.pipeline.model import Page, PageMethod, Word
from metp.settings import OcrSettings

LOW_CONFIDENCE = 60  # a word tesseract is less sure of than this is probably misread
_MIN_OSD_CONFIDENCE = 1.5  # tesseract's own scale; below it the guess is no better than chance
INSTALL_HINT = "install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"


def check_tesseract(lang: str) -> str:
    """Fail once, up front, when tesseract or a language is missing; returns tesseract's version."""
    try:
        version = str(pytesseract.get_tesseract_version())
        installed = set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError as exc:
        raise MissingDependencyError(f"tesseract is not installed or not on PATH; {INSTALL_HINT}") from exc
    missing = [code for code in lang.split("+") if code not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
        raise MissingDependencyError(
            f"tesseract language data missing for {'+'.join(missing)}; install it with: sudo apt-get install {packages}"
        )
    return version


@contextmanager
def _tesseract_errors(source: str, page_no: int, settings: OcrSettings) -> Iterator[None]:
    """pytesseract's exceptions, converted into metp's at this one boundary."""
    try:
        yield
    except pytesseract.TesseractNotFoundError as exc:
        raise MissingDependencyError(f"tesseract is not installed or not on PATH; {INSTALL_HINT}") from exc
    except pytesseract.TesseractError as exc:
        reason = " ".join(str(exc.message).split())[:120]
        raise CorruptFileError(source, f"tesseract could not read page {page_no}, the image may be damaged "
                                       f"or truncated ({reason}); rescan or re-export it") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise InputFileError(source, f"OCR of page {page_no} took over {settings.timeout_s} s; "
                                     "split or downsample it") from exc


def ocr_image_file(image_path: str, source: str, page_no: int, settings: OcrSettings, dpi: int | None,
                   make_pdf: bool = False) -> Page:
    """Recognise one page image stored at image_path; `source` names the original file in errors.

    One tesseract run writes the TSV (words, boxes, confidences) and, when asked, a one-page
    searchable PDF (the image with an invisible text layer) beside it.
    """
    config = f"--psm {settings.psm} -c tessedit_create_tsv=1"
    if dpi:
        config += f" --dpi {dpi}"
    with tempfile.TemporaryDirectory(prefix="metp-ocr-") as tmp:
        base = os.path.join(tmp, "out")
        with _tesseract_errors(source, page_no, settings):
            pytesseract.pytesseract.run_tesseract(image_path, base, "tsv pdf" if make_pdf else "tsv",
                                                  settings.lang, config, timeout=settings.timeout_s)
        with open(base + ".tsv", encoding="utf-8", errors="replace") as fh:
            data = pytesseract.pytesseract.file_to_dict(fh.read(), "\t", -1)
        pdf = Path(base + ".pdf").read_bytes() if make_pdf else None
    return replace(_page_from_tsv(data, page_no, dpi), pdf=pdf)


def detect_rotation(image_path: str, settings: OcrSettings) -> int:
    """Clockwise degrees (0, 90, 180, 270) tesseract's OSD says the page must turn; 0 when it is unsure."""
    try:
        osd = pytesseract.image_to_osd(image_path, config="--psm 0", timeout=settings.timeout_s,
                                       output_type=pytesseract.Output.DICT)
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too little text to judge ("Too few characters"): leave the page as it is
    return int(osd["rotate"]) if float(osd["orientation_conf"]) >= _MIN_OSD_CONFIDENCE else 0


def _page_from_tsv(data: dict[str, list], page_no: int, dpi: int | None) -> Page:
    words: list[Word] = []
    lines: list[list[str]] = []
    paragraph_breaks: set[int] = set()  # indexes into `lines` that start a new block or paragraph
    width = height = None
    current_line = current_par = None
    for i, level in enumerate(data["level"]):
        if level == 1:
            width, height = int(data["width"][i]), int(data["height"][i])
            continue
        if level != 5:
            continue
        text = str(data["text"][i]).strip()
        if not text:
            continue
        par_key = (data["block_num"][i], data["par_num"][i])
        line_key = (*par_key, data["line_num"][i])
        if line_key != current_line:
            if current_par is not None and par_key != current_par:
                paragraph_breaks.add(len(lines))
            lines.append([])
            current_line, current_par = line_key, par_key
        lines[-1].append(text)
        conf = float(data["conf"][i])
        words.append(Word(text, conf if conf >= 0 else None, int(data["left"][i]), int(data["top"][i]),
                          int(data["width"][i]), int(data["height"][i]), len(lines) - 1,
                          int(data["block_num"][i]), int(data["par_num"][i])))
    text = "".join(
        ("\n" if i in paragraph_breaks else "") + " ".join(line) + "\n" for i, line in enumerate(lines)
    )
    if is_blank(words):
        # Speckles and fold marks read as stray punctuation; keep them out of the text and the index.
        return Page(page_no, PageMethod.ocr, "", (), None, width, height, dpi, flags=("blank",))
    confs = [w.conf for w in words if w.conf is not None]
    confidence = round(sum(confs) / len(confs), 2) if confs else None
    low_share = round(sum(c < LOW_CONFIDENCE for c in confs) / len(confs), 3) if confs else None
    return Page(page_no, PageMethod.ocr, text, tuple(words), confidence, width, height, dpi,
                low_confidence_share=low_share)


def is_blank(words: list[Word], min_conf: float = 30, min_letters: int = 3) -> bool:
    """A page is blank when tesseract found no confidently read word of a few letters or digits."""
    return not any(
        (w.conf or 0) >= min_conf and sum(ch.isalnum() for ch in w.text) >= min_letters for w in words
    )
