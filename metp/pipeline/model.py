"""The frozen values that flow between pipeline stages and across process boundaries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from metp.settings import OcrSettings


class FileKind(str, Enum):
    pdf = "pdf"
    png = "png"
    jpeg = "jpeg"
    tiff = "tiff"
    gif = "gif"
    bmp = "bmp"
    webp = "webp"
    text = "text"

    @property
    def is_image(self) -> bool:
        return self not in (FileKind.pdf, FileKind.text)


MEDIA_TYPES = {
    FileKind.pdf: "application/pdf",
    FileKind.png: "image/png",
    FileKind.jpeg: "image/jpeg",
    FileKind.tiff: "image/tiff",
    FileKind.gif: "image/gif",
    FileKind.bmp: "image/bmp",
    FileKind.webp: "image/webp",
    FileKind.text: "text/plain",
}


class PageMethod(str, Enum):
    text_layer = "text-layer"  # born-digital PDF page, text extracted with pdfplumber
    ocr = "ocr"                # scanned page, read by tesseract
    plain_text = "plain-text"  # a .txt file


@dataclass(frozen=True)
class Word:
    """One recognised word with its box in page pixels (at the working dpi) and confidence 0-100."""

    text: str
    conf: float | None
    left: int
    top: int
    width: int
    height: int
    line: int  # running line number on the page, for rebuilding lines and layout
    block: int = 0  # tesseract's block number on the page (0: not known, e.g. a text-layer page)
    par: int = 0    # tesseract's paragraph number within the block (0: not known)


@dataclass(frozen=True)
class Identified:
    """What a file is, judged by its content, and how many pages it has."""

    path: str
    kind: FileKind
    page_count: int

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]


@dataclass(frozen=True)
class PageJob:
    """Everything a worker needs to produce one page; no open handles, so it pickles."""

    path: str
    kind: FileKind
    page_no: int  # 1-based
    ocr: OcrSettings
    password: str | None = None
    make_pdf: bool = False  # also render a searchable one-page PDF (same tesseract run)


@dataclass(frozen=True)
class Preprocessing:
    """What was done to one page image before OCR."""

    source_dpi: int | None
    working_dpi: int
    rotation: int = 0       # degrees clockwise the page was turned to be upright
    skew: float = 0.0       # degrees of tilt that were corrected (counter-clockwise positive)
    steps: tuple[str, ...] = ()
    scale: float = 1.0      # working pixels per source pixel (word boxes are in working pixels)

    def with_step(self, step: str, **changes) -> "Preprocessing":
        return replace(self, steps=(*self.steps, step), **changes)


@dataclass(frozen=True)
class Page:
    page_no: int
    method: PageMethod
    text: str
    words: tuple[Word, ...] = ()
    confidence: float | None = None  # mean word confidence, OCR pages only
    width: int | None = None
    height: int | None = None
    dpi: int | None = None
    flags: tuple[str, ...] = ()  # e.g. "blank": nothing legible on the page
    preprocessing: Preprocessing | None = None  # OCR pages: what was done to the image first
    pdf: bytes | None = None  # a one-page searchable PDF, when the job asked for one
    low_confidence_share: float | None = None  # share of words read with confidence under 60


@dataclass(frozen=True)
class PageOutcome:
    """A worker's answer: a page, or the one-line reason it could not be made (without the path)."""

    job: PageJob
    page: Page | None = None
    error: str | None = None
    error_kind: str | None = None  # the MetpError class name, to rebuild it in the parent
