"""One running tesseract per worker (metp/pipeline/tesseract_stream.py): pages read one after another by the
same program come back exactly as a tesseract run of their own reads them, whatever their dpi; a page it
cannot read, or one over its budget, ends that program and never the next page; a forked worker starts its
own program, and a worker's program ends with the worker.  Real tesseract on pages drawn here."""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor

import pytest
from PIL import Image, ImageDraw, ImageFont

from metp.errors import CorruptFileError
from metp.pipeline import ocr, tesseract_stream
from metp.pipeline.model import FileKind, PageJob
from metp.pipeline.pages import OVER_BUDGET, process_page
from metp.settings import OcrSettings

LINES = ("Regional workshop on letter writing", "for prisoners of conscience, 12 May 1984",
         "Bring the urgent action files and your notes.")


def _page(path, dpi: int, lines=LINES) -> str:
    scale = dpi / 300
    page = Image.new("L", (round(1700 * scale), round(900 * scale)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=round(44 * scale))
    for i, line in enumerate(lines):
        draw.text((round(120 * scale), round((120 + i * 90) * scale)), line, font=font, fill=0)
    page.save(path, format="TIFF", dpi=(dpi, dpi))
    return str(path)


def _program() -> int:
    """The pid of this thread's running tesseract (the only one these tests start)."""
    (stream,) = tesseract_stream._local.streams.values()
    return stream._proc.pid


@pytest.fixture(autouse=True)
def _fresh():
    tesseract_stream.close_all()
    yield
    tesseract_stream.close_all()


def test_pages_of_any_dpi_read_by_one_program_are_read_as_by_a_run_of_their_own(tmp_path):
    settings = OcrSettings()
    pages = [_page(tmp_path / f"p{dpi}.tif", dpi) for dpi in (300, 200, 150, 300)]
    streamed, programs = [], set()
    for n, path in enumerate(pages, 1):
        streamed.append(ocr.ocr_streamed(path, path, n, settings, None))
        programs.add(_program())
    assert len(programs) == 1  # the model was loaded once
    for n, path in enumerate(pages, 1):
        alone = ocr.ocr_image_file(path, path, n, settings, None)
        assert streamed[n - 1] == alone
    assert "prisoners of conscience" in streamed[1].text


def test_an_unreadable_image_fails_its_page_only_and_the_next_page_starts_a_new_program(tmp_path):
    settings = OcrSettings()
    good = _page(tmp_path / "good.tif", 300)
    ocr.ocr_streamed(good, good, 1, settings, None)
    first = _program()
    broken = tmp_path / "broken.tif"
    broken.write_bytes(open(good, "rb").read()[:300])
    with pytest.raises(CorruptFileError, match="box/broken.tif: tesseract could not read page 2"):
        ocr.ocr_streamed(str(broken), "box/broken.tif", 2, settings, None)
    page = ocr.ocr_streamed(good, good, 3, settings, None)
    assert "letter writing" in page.text and _program() != first
    assert len(tesseract_stream._all) == 1  # the ended program is forgotten, not kept till the worker exits


def test_a_page_over_its_budget_stops_the_program_and_the_next_page_is_read(tmp_path):
    """A budget no reading of a page fits in: the program is stopped (not left reading) and the page is
    over budget; the next page, with room, is read by a new program.  Through process_page, the page is
    read the cheap way and flagged."""
    path = _page(tmp_path / "p.tif", 300, LINES * 6)
    ocr.ocr_streamed(path, path, 1, OcrSettings(), None)  # a program is running, model loaded
    first = _program()
    with pytest.raises(ocr.OverBudget):
        ocr.ocr_streamed(path, path, 2, OcrSettings(), None, cpu_budget=0.01)
    assert not _alive(first)
    assert "urgent action" in ocr.ocr_streamed(path, path, 3, OcrSettings(), None).text
    assert len(tesseract_stream._all) == 1
    tight = OcrSettings(page_budget_s_per_megapixel=0.0, page_budget_min_s=0.01)
    outcome = process_page(PageJob(path, FileKind.tiff, 1, tight))
    assert outcome.error is None and OVER_BUDGET in outcome.page.flags


def _read_in_worker(path: str) -> tuple[int, int, str]:
    page = ocr.ocr_streamed(path, path, 1, OcrSettings(), None)
    (stream,) = tesseract_stream._local.streams.values()
    return os.getpid(), stream._proc.pid, page.text


def test_a_forked_worker_starts_its_own_program_and_it_ends_with_the_worker(tmp_path):
    path = _page(tmp_path / "p.tif", 300)
    ocr.ocr_streamed(path, path, 1, OcrSettings(), None)
    mine = _program()
    pool = ProcessPoolExecutor(1)  # forked from this process, which has a program running
    try:
        worker, theirs, text = pool.submit(_read_in_worker, path).result(timeout=120)
        again = pool.submit(_read_in_worker, path).result(timeout=120)
    finally:
        pool.shutdown(wait=True)
    assert worker != os.getpid() and theirs != mine and "letter writing" in text
    assert again[:2] == (worker, theirs)  # the worker kept its program for its next page
    deadline = time.monotonic() + 30
    while _alive(theirs) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(theirs)  # its standard input closed with the worker
    assert _alive(mine) and "letter writing" in ocr.ocr_streamed(path, path, 2, OcrSettings(), None).text


def test_a_path_the_list_cannot_name_is_read_by_a_run_of_its_own(tmp_path):
    folder = tmp_path / "scans\nbox 3 "
    folder.mkdir()
    path = _page(folder / "p.tif", 300)
    assert not tesseract_stream.listable(path)
    page = ocr.ocr_streamed(path, path, 1, OcrSettings(), None)
    assert "letter writing" in page.text and not tesseract_stream._all


@pytest.mark.parametrize("compression", ["group4", "tiff_lzw", "jpeg"])
def test_a_scan_s_own_compression_does_not_follow_its_page_to_tesseract(tmp_path, compression):
    """The working image is written uncompressed whatever the scan was: Pillow reuses an image's
    compression when saving it, and a Group 4 fax scan's cannot hold the grey working image."""
    grey = Image.open(_page(tmp_path / "grey.tif", 300))
    page = grey.convert("1") if compression == "group4" else grey.convert("L")
    path = tmp_path / f"scan-{compression}.tif"
    page.save(path, format="TIFF", compression=compression, dpi=(300, 300))
    outcome = process_page(PageJob(str(path), FileKind.tiff, 1, OcrSettings()))
    assert outcome.error is None, outcome.error
    assert "letter writing" in outcome.page.text


def test_closing_ends_the_program(tmp_path):
    path = _page(tmp_path / "p.tif", 300)
    ocr.ocr_streamed(path, path, 1, OcrSettings(), None)
    pid = _program()
    tesseract_stream.close_all()
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    """Running (a zombie, ended but not yet collected by its parent, counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
