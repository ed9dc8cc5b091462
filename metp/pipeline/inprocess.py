"""The optional in-process OCR engine (`--ocr-engine tesserocr`): tesseract's library through tesserocr.

The default engine runs the tesseract program per page (pytesseract's way), which loads the language
model each time and reads the page from a file.  Here one tesseract API per worker process keeps the
model loaded and is handed the image in memory; the same TSV comes back and is read by the same code
(`ocr.page_from_tsv`), so pages, words and boxes have one shape whatever the engine.  tesserocr's wheels
carry their own tesseract library (5.5 where the system's program may be 5.3), which reads the system's
language data.  Searchable PDFs and tesseract's orientation detection stay with the program.

A page's CPU budget cannot be set as a process limit here (the process is the worker): tesseract is
given a deadline of the budget times WALL_PER_CPU_SECOND of the clock, and a reading that used more
than the budget's CPU seconds (measured on this thread) counts as over budget too.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import time

from PIL import Image

from metp.errors import MissingDependencyError
from metp.pipeline import ocr
from metp.pipeline.model import Page
from metp.settings import OcrSettings

ENGINE = "tesserocr"
WALL_PER_CPU_SECOND = 3.0  # a busy machine slows the clock, not the work: some room before a deadline
INSTALL_HINT = "install it with: pip install tesserocr (or use the default engine)"
_TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def check(lang: str) -> str:
    """Fail up front when tesserocr or a language is missing; returns the library's version."""
    try:
        import tesserocr
    except ImportError as exc:
        raise MissingDependencyError(f"the tesserocr OCR engine is not installed; {INSTALL_HINT}") from exc
    path, installed = tesserocr.get_languages(_tessdata())
    missing = [code for code in lang.split("+") if code not in installed]
    if missing:
        raise MissingDependencyError(f"tesseract language data missing for {'+'.join(missing)} in {path}; "
                                     "install it with: sudo apt-get install tesseract-ocr-"
                                     f"{missing[0].lower().replace('_', '-')}")
    return tesserocr.tesseract_version().split()[1]


@functools.cache
def _tessdata() -> str:
    """The language data the tesseract program uses (TESSDATA_PREFIX, or where `tesseract --list-langs`
    says it looks), so both engines read the same models."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=60)
    found = re.search(r'"([^"]+)"', listing.stdout + listing.stderr)
    return found.group(1) if found else ""


@functools.cache
def _api(lang: str):
    """One API per worker process and language: the model is loaded once (about 0.1 s a page saved)."""
    import tesserocr

    return tesserocr.PyTessBaseAPI(path=_tessdata(), lang=lang)


def read(image: Image.Image, page_no: int, settings: OcrSettings, dpi: int | None,
         cpu_budget: float | None = None, psm: int | None = None) -> Page:
    """Recognise one page image, as `ocr.ocr_image_file` does with the program; OverBudget when tesseract
    needs more than `cpu_budget` CPU seconds."""
    api = _api(settings.lang)
    api.SetPageSegMode(psm or settings.psm)
    api.SetImage(image)
    if dpi:
        api.SetSourceResolution(dpi)
    started = time.thread_time()
    deadline_ms = int(cpu_budget * WALL_PER_CPU_SECOND * 1000) if cpu_budget else 0
    finished = api.Recognize(deadline_ms)
    if not finished or (cpu_budget and time.thread_time() - started > cpu_budget):
        api.Clear()
        raise ocr.OverBudget(f"tesseract stopped after {cpu_budget} CPU seconds")
    tsv = api.GetTSVText(0)
    api.Clear()
    return ocr.page_from_tsv(_TSV_HEADER + tsv, page_no, dpi)
