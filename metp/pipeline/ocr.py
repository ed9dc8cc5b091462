"""OCR one page image with tesseract (through pytesseract), keeping words, boxes and confidences.

Tesseract is handed a file path, never a PIL image: pytesseract would re-encode
the image as PNG first, which costs about 0.8 s a page.  One tesseract run
produces TSV, from which both the words and the page text are rebuilt, so no
page is recognised twice.

A run may be given a budget of CPU seconds (`cpu_budget`): the tesseract process
gets that as its CPU-time limit and is stopped by the kernel when it has used it
up, and `OverBudget` is raised.  CPU time, not the clock, so a busy machine does
not make pages "slow".  The command is the one pytesseract builds (its
`tesseract_cmd`, language and config conventions, its TSV reader and error
classes); metp starts the process itself only to set that limit on it.
"""

from __future__ import annotations

import math
import os
import shlex
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytesseract

try:
    import resource
except ImportError:  # not POSIX: pages are limited by the clock only
    resource = None

from metp.errors import CorruptFileError, InputFileError, MissingDependencyError, UsageError
from metp.pipeline import tesseract_stream
from metp.pipeline.model import Page, PageMethod, Word
from metp.pipeline.tesseract_stream import OverBudget  # both ways of running tesseract raise it
from metp.settings import OcrSettings

LOW_CONFIDENCE = 60  # a word tesseract is less sure of than this is probably misread
_MIN_OSD_CONFIDENCE = 1.5  # tesseract's own scale; below it the guess is no better than chance
INSTALL_HINT = "install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"


def check_engine(settings: OcrSettings) -> str:
    """Fail once, up front, when the OCR engine or a language is missing; returns its version."""
    if settings.engine == "tesserocr":
        from metp.pipeline import inprocess

        return inprocess.check(settings.lang)
    if settings.engine != "tesseract":
        raise UsageError(f"unknown OCR engine {settings.engine!r}; use tesseract or tesserocr")
    return check_tesseract(settings.lang)


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


def run_tesseract(image_path: str, base: str, extensions: str, lang: str | None, config: str, timeout_s: float,
                  cpu_budget: float | None = None) -> None:
    """pytesseract's `run_tesseract`, with a CPU-time limit on the tesseract process when `cpu_budget` is
    given (OverBudget when it is used up).  Without a budget, pytesseract runs it."""
    if not cpu_budget:
        pytesseract.pytesseract.run_tesseract(image_path, base, extensions, lang, config, timeout=timeout_s)
        return
    args = [pytesseract.pytesseract.tesseract_cmd, image_path, base, *(("-l", lang) if lang else ()),
            *shlex.split(config), *(e for e in extensions.split() if e not in {"box", "osd", "tsv", "xml"})]
    try:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except FileNotFoundError as exc:
        raise pytesseract.TesseractNotFoundError() from exc
    seconds = max(1, math.ceil(cpu_budget))
    try:
        resource.prlimit(proc.pid, resource.RLIMIT_CPU, (seconds, seconds + 1))  # SIGXCPU, then SIGKILL
        resource.prlimit(proc.pid, resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise dump core
    except (OSError, AttributeError, ValueError):  # the process is already gone, or not Linux: the clock only
        pass
    try:
        _, errors = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RuntimeError("Tesseract process timeout")  # what pytesseract raises
    if proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise OverBudget(f"tesseract stopped after {seconds} CPU seconds")
    if proc.returncode:
        raise pytesseract.TesseractError(proc.returncode, pytesseract.pytesseract.get_errors(errors))


def ocr_image_file(image_path: str, source: str, page_no: int, settings: OcrSettings, dpi: int | None,
                   make_pdf: bool = False, cpu_budget: float | None = None, psm: int | None = None) -> Page:
    """Recognise one page image stored at image_path; `source` names the original file in errors.

    One tesseract run writes the TSV (words, boxes, confidences) and, when asked, a one-page
    searchable PDF (the image with an invisible text layer) beside it.  With `cpu_budget`, raises
    OverBudget when tesseract needs more CPU seconds than that.  `psm` overrides the settings' mode.
    """
    config = f"--psm {psm or settings.psm} -c tessedit_create_tsv=1"
    if dpi:
        config += f" --dpi {dpi}"
    with tempfile.TemporaryDirectory(prefix="metp-ocr-") as tmp:
        base = os.path.join(tmp, "out")
        with _tesseract_errors(source, page_no, settings):
            run_tesseract(image_path, base, "tsv pdf" if make_pdf else "tsv", settings.lang, config,
                          settings.timeout_s, cpu_budget)
        with open(base + ".tsv", encoding="utf-8", errors="replace") as fh:
            tsv = fh.read()
        pdf = Path(base + ".pdf").read_bytes() if make_pdf else None
    return replace(page_from_tsv(tsv, page_no, dpi), pdf=pdf)


def ocr_streamed(image_path: str, source: str, page_no: int, settings: OcrSettings, dpi: int | None,
                 cpu_budget: float | None = None) -> Page:
    """Recognise one page image by this worker's running tesseract (`tesseract_stream`: the model stays
    loaded); the image must carry its own dpi.  OverBudget past `cpu_budget` CPU seconds.  A path the
    program's list of images cannot name is read by a run of its own."""
    if not tesseract_stream.listable(image_path):
        return ocr_image_file(image_path, source, page_no, settings, dpi, cpu_budget=cpu_budget)
    with _tesseract_errors(source, page_no, settings):
        tsv = tesseract_stream.read_tsv(image_path, settings.lang, settings.psm, settings.timeout_s, cpu_budget)
    return page_from_tsv(tsv, page_no, dpi)


def page_from_tsv(tsv: str, page_no: int, dpi: int | None) -> Page:
    """A page from tesseract's TSV (header line included), whichever engine wrote it."""
    return _page_from_tsv(pytesseract.pytesseract.file_to_dict(tsv, "\t", -1), page_no, dpi)


def detect_rotation(image_path: str, settings: OcrSettings, cpu_budget: float | None = None) -> int:
    """Clockwise degrees (0, 90, 180, 270) tesseract's OSD says the page must turn; 0 when it is unsure
    (or could not tell within `cpu_budget` CPU seconds)."""
    with tempfile.TemporaryDirectory(prefix="metp-osd-") as tmp:
        base = os.path.join(tmp, "out")
        try:
            run_tesseract(image_path, base, "osd", "osd", "--psm 0", settings.timeout_s, cpu_budget)
            with open(base + ".osd", encoding="utf-8", errors="replace") as fh:
                osd = pytesseract.pytesseract.osd_to_dict(fh.read())
        except (pytesseract.TesseractError, RuntimeError, OverBudget, OSError, KeyError, ValueError):
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
