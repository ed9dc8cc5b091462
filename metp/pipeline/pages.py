"""Produce one page of one file: the unit of work a pool worker runs."""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PIL import Image

from metp.errors import CorruptFileError, InputFileError, MetpError
from metp.pipeline import inprocess, ocr, pdf, preprocess, textfile
from metp.pipeline.images import decode_damage, open_image
from metp.pipeline.model import FileKind, Page, PageJob, PageMethod, PageOutcome, Preprocessing
from metp.settings import OcrSettings

# Formats tesseract (leptonica) reads straight from disk, in the pixel modes it handles.
_TESSERACT_NATIVE = {FileKind.png, FileKind.jpeg, FileKind.tiff}
_NATIVE_MODES = {"1", "L", "RGB", "RGBA", "LA", "P"}
OVER_BUDGET = "over-budget"  # a page flag: tesseract ran out of its CPU budget; read the cheap way


def process_page(job: PageJob) -> PageOutcome:
    """Never raises: a failure comes back as data, so one bad page cannot take down a worker."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # libraries' warnings about damaged files; our errors say it better
            return PageOutcome(job, page=_produce(job))
    except InputFileError as exc:
        return PageOutcome(job, error=exc.reason, error_kind=type(exc).__name__)
    except MetpError as exc:
        return PageOutcome(job, error=str(exc), error_kind=type(exc).__name__)
    except Exception as exc:  # a library bug or an input nobody anticipated: report it, keep going
        reason = f"unexpected {type(exc).__name__} on page {job.page_no} ({exc}); please report it"
        return PageOutcome(job, error=reason, error_kind="InputFileError")


def _produce(job: PageJob) -> Page:
    if job.kind is FileKind.text:
        return _plain_text(job.path, job.page_no)
    if job.kind is FileKind.pdf:
        return _pdf_page(job)
    return _image_page(job)


def _plain_text(path: str, page_no: int) -> Page:
    """Page N of a text file (form feeds separate pages); see textfile for encodings and what is dropped."""
    text = textfile.read_page(path, page_no)
    return Page(page_no, PageMethod.plain_text, text, flags=() if text.strip() else ("blank",))


def _pdf_page(job: PageJob) -> Page:
    """The text layer when it carries real text; otherwise OCR of the rendered page, unless OCR finds
    less than the few words of text layer there were (a caption, a page number).  A text layer that
    cannot be parsed is OCRed too, and the page says so with the flag `text-layer-unreadable`."""
    try:
        layer, flags = pdf.extract_text_layer(job.path, job.page_no, job.password), ()
    except pdf.TextLayerUnreadable:
        layer, flags = None, (pdf.UNREADABLE,)
    if pdf.letters(layer) >= job.ocr.min_text_chars:
        return layer
    image, dpi = pdf.render_page(job.path, job.page_no, job.password, job.ocr.dpi, job.ocr.max_render_pixels)
    scanned = _ocr_pil_image(image, job, dpi)
    page = layer if layer is not None and pdf.letters(layer) >= pdf.letters(scanned) else scanned
    return replace(page, flags=(*page.flags, *flags))


def _image_page(job: PageJob) -> Page:
    if not job.ocr.preprocess:
        with _decoding(job), open_image(job.path, job.ocr.max_pixels) as img:
            native = job.kind in _TESSERACT_NATIVE and getattr(img, "n_frames", 1) == 1 and img.mode in _NATIVE_MODES
            if native:
                try:
                    return ocr.ocr_image_file(job.path, job.path, job.page_no, job.ocr, _dpi_of(img), job.make_pdf,
                                              cpu_budget=cpu_budget(img.width * img.height, job.ocr))
                except ocr.OverBudget:
                    pass
        if native:  # over its budget: read the cheap way
            frame, dpi = _frame(job)
            with tempfile.TemporaryDirectory(prefix="metp-page-") as tmp:
                return _read_cheaply(frame, None, dpi, job, tmp)
    frame, dpi = _frame(job)
    return _ocr_pil_image(frame, job, dpi)


@contextmanager
def _decoding(job: PageJob) -> Iterator[None]:
    try:
        yield
    except InputFileError:
        raise
    except Exception as exc:
        if not decode_damage(exc):  # metp's own bug: reported as such by process_page
            raise
        raise CorruptFileError(job.path, f"cannot decode page {job.page_no} of the image ({exc}); "
                               "rescan or re-export it") from exc


def _frame(job: PageJob) -> tuple[Image.Image, int | None]:
    """One page of an image file (a frame of a multi-page TIFF) in greyscale, with its dpi."""
    with _decoding(job), open_image(job.path, job.ocr.max_pixels) as img:
        img.seek(job.page_no - 1)
        return img.convert("L"), _dpi_of(img)


def page_image(job: PageJob, record: Preprocessing | None, size: tuple[int, int] | None = None) -> Image.Image:
    """The page as OCR saw it, so stored word boxes fall on their words: the original with what `record`
    says preprocessing did to it (None: read as it was), rebuilt on request (see `preprocess.replay`)."""
    if job.kind is FileKind.pdf:
        image, _ = pdf.render_page(job.path, job.page_no, job.password, job.ocr.dpi, job.ocr.max_render_pixels)
    else:
        image, _ = _frame(job)
    return image if record is None else preprocess.replay(image, record, size)


def cpu_budget(pixels: int, settings: OcrSettings) -> float:
    """CPU seconds tesseract may spend on one reading of a page of `pixels` pixels (see OcrSettings)."""
    return max(settings.page_budget_min_s, settings.page_budget_s_per_megapixel * pixels / 1e6)


def _ocr_pil_image(image: Image.Image, job: PageJob, dpi: int | None) -> Page:
    """Preprocess, OCR, and when the page reads badly ask tesseract's OSD whether it is upside down or turned.
    A page that tesseract cannot read within its budget is read the cheap way and flagged, once."""
    with tempfile.TemporaryDirectory(prefix="metp-page-") as tmp:
        if not job.ocr.preprocess:
            return _ocr_working(image, None, dpi, job, tmp)
        size = image.size
        # a searchable PDF holds the image tesseract read: the working image, never a reduced copy
        working, record, sideways = preprocess.prepare(image, dpi, job.ocr.max_render_pixels, reduce=not job.make_pdf)
        if working is not image:
            image.close()  # free the original's pixels while tesseract runs
        if sideways:  # lies on its side, and the layout cannot tell which way up: ask OSD before reading
            working, record = _turn_as_osd_says(working, record, job, tmp)
        page = _ocr_working(working, record, record.working_dpi, job, tmp, size)
        if sideways or OVER_BUDGET in page.flags or not _reads_badly(page):
            return page
        turned, turned_record = _turn_as_osd_says(working, record, job, tmp)
        if turned_record is record:
            return page
        second = _ocr_working(turned, turned_record, record.working_dpi, job, tmp, size)
        return second if _quality(second) > _quality(page) else page


def _turn_as_osd_says(image: Image.Image, record: Preprocessing, job: PageJob, tmp: str):
    path = _write_working(image, tmp)
    turn = ocr.detect_rotation(path, job.ocr, cpu_budget(image.width * image.height, job.ocr))
    return preprocess.rotate_upright(image, record, turn) if turn else (image, record)


def _write_working(image: Image.Image, tmp: str, dpi: int | None = None) -> str:
    """The image as a file tesseract reads: an uncompressed TIFF (PNG costs ~0.5 s a page here), with `dpi`
    in its tags when given (a running tesseract has no command line per page)."""
    path = os.path.join(tmp, "page.tif")
    # compression named: Pillow would otherwise reuse the scan's own (Group 4 cannot hold grey)
    image.save(path, format="TIFF", compression="raw", **({"dpi": (dpi, dpi)} if dpi else {}))
    return path


def _ocr_working(image: Image.Image, record: Preprocessing | None, dpi: int | None, job: PageJob, tmp: str,
                 size: tuple[int, int] | None = None) -> Page:
    """Read the image `preprocess.prepare` made of a page of `size` (None: the page itself, unprepared)."""
    factor = record.read_scale if record is not None else 1.0
    try:
        page = _read(image, job, _scaled_dpi(dpi, factor), tmp)
    except ocr.OverBudget:
        return _read_cheaply(image, record, dpi, job, tmp, size)
    return replace(_in_working_pixels(page, record, size, dpi), preprocessing=record)


def _read_cheaply(image: Image.Image, record: Preprocessing | None, dpi: int | None, job: PageJob, tmp: str,
                  size: tuple[int, int] | None = None) -> Page:
    """The page tesseract could not read within its budget (thousands of specks it takes for letters, as a
    rule), read as one block of text (`--psm 6`: no page layout analysis, where noise costs most) with the
    same budget; if even that runs out, the page is kept without text.  Either way it is flagged
    `over-budget`, so `metp review` lists it for an archivist to rescan or transcribe."""
    factor = record.read_scale if record is not None else 1.0
    try:
        page = _read(image, job, _scaled_dpi(dpi, factor), tmp, psm=6)
    except ocr.OverBudget:
        page = Page(job.page_no, PageMethod.ocr, "", width=image.width, height=image.height, dpi=dpi)
    page = _in_working_pixels(page, record, size, dpi)
    flags = tuple(f for f in page.flags if f != "blank") + (OVER_BUDGET,)
    return replace(page, preprocessing=record.with_step("read as one block (over budget)") if record else None,
                   flags=flags)


def _read(image: Image.Image, job: PageJob, dpi: int | None, tmp: str, psm: int | None = None) -> Page:
    """One reading of a prepared image by the chosen engine, within the page's CPU budget (OverBudget)."""
    budget = cpu_budget(image.width * image.height, job.ocr)
    if job.ocr.engine == inprocess.ENGINE and not job.make_pdf:
        return inprocess.read(image, job.page_no, job.ocr, dpi, budget, psm)
    if job.make_pdf or psm is not None:  # a searchable PDF, or the cheap reading: one tesseract run of its own
        return ocr.ocr_image_file(_write_working(image, tmp), job.path, job.page_no, job.ocr, dpi, job.make_pdf,
                                  cpu_budget=budget, psm=psm)
    return ocr.ocr_streamed(_write_working(image, tmp, dpi), job.path, job.page_no, job.ocr, dpi, budget)


def _scaled_dpi(dpi: int | None, factor: float) -> int | None:
    return round(dpi * factor) if dpi and factor != 1.0 else dpi


def _in_working_pixels(page: Page, record: Preprocessing | None, size: tuple[int, int] | None,
                       dpi: int | None) -> Page:
    """A page read from a reduced copy of the working image (`read_scale`), its word boxes and size in the
    working image's pixels, as stored and shown."""
    if record is None or record.read_scale == 1.0 or size is None:
        return page
    up = 1.0 / record.read_scale
    words = tuple(replace(w, left=round(w.left * up), top=round(w.top * up), width=round(w.width * up),
                          height=round(w.height * up)) for w in page.words)
    width, height = preprocess.working_size(size, record)
    return replace(page, words=words, width=width, height=height, dpi=dpi)


def _reads_badly(page: Page) -> bool:
    """Upside-down or sideways text comes back as few words tesseract is unsure of."""
    return "blank" not in page.flags and (page.confidence or 0) < 65


def _quality(page: Page) -> int:
    return sum(1 for w in page.words if (w.conf or 0) >= 70 and len(w.text) >= 2)


def _dpi_of(img: Image.Image) -> int | None:
    dpi = img.info.get("dpi")
    if not dpi:
        return None
    value = round(float(dpi[0]))
    return value if 70 <= value <= 2400 else None  # (1, 1) and similar placeholders mean "unknown"

