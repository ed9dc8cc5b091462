"""PDFs: text-layer pages are extracted without OCR, image-only pages are rasterized and OCRed."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import doc_ids_for, search_hits


def test_born_digital_pdf_page_uses_the_text_layer_without_ocr(archive):
    doc = archive.doc("born_digital.pdf")
    assert doc["media_type"] == "application/pdf"
    page = archive.page("born_digital.pdf", 1)
    assert page["method"] == "text-layer"
    assert page["confidence"] is None
    assert "The meadow violin chapter explains how to write letters." in page["text"]
    # The word boxes come from the PDF, not from tesseract: none of them has an OCR confidence.
    words = json.loads(Path(page["derivatives"]["words"]).read_text(encoding="utf-8"))
    assert words["method"] == "text-layer"
    assert "violin" in [w[0] for w in words["words"]]
    conf = words["columns"].index("conf")
    assert [w[conf] for w in words["words"] if w[conf] is not None] == []
    assert doc_ids_for(archive.root, '"meadow violin chapter"') == {doc["doc_id"]}


def test_image_only_pdf_page_is_rasterized_and_ocred(archive):
    page = archive.page("scanned.pdf", 1)
    assert page["method"] == "ocr"
    assert page["confidence"] is not None and page["confidence"] > 50
    assert page["dpi"] == 300
    assert "copper falcon bridge" in page["text"]
    hits = search_hits(archive.root, '"copper falcon bridge"')
    assert [(h["doc_id"], h["page"]) for h in hits] == [(archive.doc_ids["scanned.pdf"], 1)]


def test_mixed_pdf_has_a_text_layer_page_and_an_ocr_page(archive):
    doc = archive.doc("mixed.pdf")
    assert [(p["page"], p["method"]) for p in doc["pages"]] == [(1, "text-layer"), (2, "ocr")]
    assert doc["pages"][0]["confidence"] is None
    assert doc["pages"][1]["confidence"] is not None

    doc_id = doc["doc_id"]
    for phrase, page_no in [('"walnut glacier orchestra"', 1), ('"velvet tractor museum"', 2)]:
        hits = search_hits(archive.root, phrase)
        assert [(h["doc_id"], h["page"], h["other_pages"]) for h in hits] == [(doc_id, page_no, [])]


def test_query_matching_both_mixed_pages_gives_one_hit_with_the_other_page(archive):
    """'archipelago' is on both pages: one hit for the document, its best page, and the other in other_pages."""
    results = search_hits(archive.root, "archipelago")
    assert len(results) == 1
    hit = results[0]
    assert hit["doc_id"] == archive.doc_ids["mixed.pdf"]
    assert hit["page"] in (1, 2)
    assert hit["other_pages"] == [3 - hit["page"]]
    assert "<mark>archipelago</mark>" in hit["snippet"]


def test_a_short_text_layer_is_kept_rather_than_lost_to_ocr(tmp_path):
    """A caption-only born-digital page has too little text to skip OCR, but OCR must not throw it away."""
    from fpdf import FPDF

    from conftest import cli_json

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.cell(0, 10, "Xu et al. [23]")
    path = tmp_path / "caption.pdf"
    pdf.output(str(path))
    [entry] = cli_json(tmp_path / "archive", "ingest", "--workers", "1", str(path))["documents"]
    page = cli_json(tmp_path / "archive", "show", entry["doc_id"], "--page", "1")
    assert page["method"] == "text-layer"
    assert "Xu et al" in page["text"]
