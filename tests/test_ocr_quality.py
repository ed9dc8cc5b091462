"""Preprocessing and review (issue 4): sideways and skewed pages, low-confidence review, corrections,
searchable PDFs.  Real tesseract on pages drawn by the tests."""

from __future__ import annotations

import json

import pypdfium2 as pdfium
import pytest
from PIL import Image

from conftest import cli_json, page_image, run_cli, search_hits
from metp.pipeline.model import FileKind, PageJob
from metp.pipeline.pages import process_page
from metp.settings import OcrSettings

LINES = ["WORKSHOP ON LOBBYING", "The amber lighthouse delegation", "visited the senator on Friday",
         "to present our petition on refugees."]
WORDS = {"amber", "lighthouse", "delegation", "senator", "petition", "refugees"}


def _words(text: str) -> set[str]:
    return {w.strip(".,").lower() for w in text.split()}


def _read(path, **settings) -> object:
    outcome = process_page(PageJob(str(path), FileKind.png, 1, OcrSettings(**settings)))
    assert outcome.error is None, outcome.error
    return outcome.page


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The same page upright, turned 90/180/270 degrees (as fed into a scanner), and skewed 4 degrees."""
    folder = tmp_path_factory.mktemp("turned")
    upright = page_image(LINES)
    variants = {"upright": upright,
                "turned90": upright.transpose(Image.Transpose.ROTATE_270),   # 90 clockwise
                "turned180": upright.transpose(Image.Transpose.ROTATE_180),
                "turned270": upright.transpose(Image.Transpose.ROTATE_90),
                "skewed": upright.rotate(4, resample=Image.BICUBIC, expand=True, fillcolor=255)}
    paths = {}
    for name, image in variants.items():
        paths[name] = folder / f"{name}.png"
        image.save(paths[name], dpi=(300, 300))
    return paths


@pytest.mark.parametrize("name, rotation", [("turned90", 270), ("turned180", 180), ("turned270", 90)])
def test_a_turned_page_reads_like_its_upright_twin(pages, name, rotation):
    upright = _read(pages["upright"])
    turned = _read(pages[name])
    assert WORDS <= _words(upright.text)
    assert WORDS <= _words(turned.text), turned.text
    assert turned.preprocessing.rotation == rotation  # clockwise turn that made it upright
    assert turned.confidence > 80


def test_raw_tesseract_cannot_read_the_upside_down_page(pages):
    """The check above is not vacuous: without preprocessing the same page is lost."""
    raw = _read(pages["turned180"], preprocess=False)
    assert not WORDS <= _words(raw.text)


def test_a_skewed_page_is_straightened_and_recorded(pages):
    page = _read(pages["skewed"])
    assert WORDS <= _words(page.text)
    assert page.preprocessing.skew == pytest.approx(-4.0, abs=0.3)
    assert any(step.startswith("deskew") for step in page.preprocessing.steps)


def test_a_small_print_page_is_upscaled_by_its_measured_line_height(tmp_path):
    small = page_image(LINES).resize((850, 1100), Image.LANCZOS)  # text lines ~15 px high
    path = tmp_path / "small.png"
    small.save(path, dpi=(300, 300))  # the header claims 300 dpi, wrongly: the text decides
    page = _read(path)
    assert page.preprocessing.scale > 1.5
    assert WORDS <= _words(page.text)


@pytest.fixture(scope="module")
def review_archive(tmp_path_factory, pages):
    root = tmp_path_factory.mktemp("review") / "archive"
    faint = tmp_path_factory.mktemp("faint") / "faint.png"
    # a page so faint and noisy that tesseract is unsure of much of it
    img = page_image(["Almost illegible carbon copy", "of the regional minutes"]).point(lambda v: 215 if v < 128 else 235)
    img.save(faint, dpi=(300, 300))
    result = run_cli(root, "ingest", "--pdf", "--json", "--workers", "2", str(pages["turned180"]), str(faint))
    assert result.exit_code == 0, result.stderr
    return root, json.loads(result.stdout)


def test_show_records_what_preprocessing_did(review_archive):
    root, report = review_archive
    doc_id = report["documents"][0]["doc_id"]
    page = cli_json(root, "show", doc_id, "--page", "1")
    assert page["preprocessing"]["rotation"] == 180
    assert "turn 180 (OSD)" in page["preprocessing"]["steps"]
    assert page["low_confidence_share"] is not None and 0 <= page["low_confidence_share"] <= 1


def test_review_lists_unsure_pages_and_a_correction_takes_them_off(review_archive, tmp_path):
    root, report = review_archive
    queue = cli_json(root, "review", "--below", "101")  # every OCR page is below 101
    assert {item["doc_id"] for item in queue} == {d["doc_id"] for d in report["documents"]}
    assert all(item["why"] for item in queue)

    doc_id = report["documents"][1]["doc_id"]
    fixed = tmp_path / "fixed.txt"
    fixed.write_text("Almost illegible carbon copy of the regional minutes, transcribed: zeppelin", encoding="utf-8")
    result = run_cli(root, "correct", doc_id, "--page", "1", "--text-file", str(fixed))
    assert result.exit_code == 0, result.stderr

    page = cli_json(root, "show", doc_id, "--page", "1")
    assert "zeppelin" in page["text"] and "zeppelin" not in page["ocr_text"]
    assert page["corrected"]["from"].endswith("fixed.txt")
    assert [h["doc_id"] for h in search_hits(root, "zeppelin")] == [doc_id]
    assert doc_id not in {item["doc_id"] for item in cli_json(root, "review", "--below", "101")}
    # the correction survives a rebuild of the index from the catalog
    assert run_cli(root, "reindex").exit_code == 0
    assert [h["doc_id"] for h in search_hits(root, "zeppelin")] == [doc_id]


def test_export_pdf_is_searchable_and_upright(review_archive, tmp_path):
    root, report = review_archive
    doc_id = report["documents"][0]["doc_id"]
    out = tmp_path / "copy.pdf"
    result = run_cli(root, "export-pdf", doc_id, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 1
    text = pdf[0].get_textpage().get_text_range()
    assert WORDS <= _words(text)


def test_export_pdf_renders_pages_not_kept_at_ingest(archive, archive_copy, tmp_path):
    """The session archive was ingested without --pdf: the access copy is made on request."""
    out = tmp_path / "scan.pdf"
    result = run_cli(archive_copy, "export-pdf", archive.doc_ids["scanned.pdf"], "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = pdfium.PdfDocument(str(out))[0].get_textpage().get_text_range()
    assert "copper" in text.lower() and "falcon" in text.lower()


def test_export_pdf_of_plain_text_is_refused(archive):
    result = run_cli(archive.root, "export-pdf", archive.doc_ids["notes.txt"])
    assert result.exit_code == 2
    assert "plain text" in result.stderr
