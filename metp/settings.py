"""The one settings object, built by the CLI (or by library callers) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class OcrSettings:
    """What a pipeline worker needs; small and picklable so it travels with each page job."""

    lang: str = "eng"
    dpi: int = 300                # rasterization resolution for PDF pages without a text layer
    psm: int = 3                  # tesseract page segmentation: fully automatic
    min_text_chars: int = 20      # a PDF page with fewer extractable characters is treated as a scan
    max_pixels: int = 150_000_000        # larger images are refused instead of exhausting memory
    max_render_pixels: int = 40_000_000  # huge PDF pages are rendered at a lower dpi to stay under this
    timeout_s: int = 600          # a single page taking longer than this is reported as failed
    preprocess: bool = True       # normalise, deskew and turn pages upright before OCR
    engine: str = "tesseract"     # "tesseract": the program, per page (pytesseract); "tesserocr": in process
    # A reading of a page may take tesseract this many CPU seconds per megapixel of the image it reads, and
    # at least page_budget_min_s (a 300-dpi letter page, 8.4 MP: 6.3 s, about 3x a dense page's time
    # here); past that, the page is read the cheap way and flagged `over-budget` (pipeline/pages.py).
    page_budget_s_per_megapixel: float = 0.75
    page_budget_min_s: float = 4.0


@dataclass(frozen=True)
class Settings:
    archive_dir: Path = Path("metp-archive")
    workers: int = field(default_factory=default_workers)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    vocabulary_files: tuple[Path, ...] = ()  # archivists' extensions of the shipped vocabulary
    searchable_pdf: bool = False       # keep a one-page searchable PDF of every OCRed page (ingest --pdf)
    index_commit_every: int = 200      # documents per whoosh commit during ingest ...
    index_commit_seconds: float = 30.0  # ... or sooner, so searches see a long batch's progress
    tag_budget_s: float = 20.0         # a document's tagging stops here; what it has is kept, with a warning
    executor: str = "local"            # where pages are made: "local" (this machine) or "dask" (a Dask cluster)
    scheduler: str | None = None       # dask: the scheduler's address (tcp://HOST:PORT); None starts a local cluster
    index_engine: str | None = None    # search engine of a new archive or a rebuilt index; None: keep the archive's
    dask_inputs: str = "auto"          # dask: "shared" file system, "ship" the bytes, or "auto" (check, then ship)
