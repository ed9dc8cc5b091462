"""Searchable PDF access copies: page images with an invisible, correctly placed text layer.

Born-digital pages are copied from the original PDF as they are.  OCRed pages use
the one-page PDFs tesseract wrote during ingest (`ingest --pdf`); pages without
one are rendered now, from the stored original, through the same pipeline
(preprocessing included), and kept as derivatives for next time.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from metp.archive.derivatives import Derivatives
from metp.archive.files import atomic_output
from metp.archive.repository import Repository
from metp.errors import InputFileError, UsageError
from metp.pipeline.executor import make_executor
from metp.pipeline.model import FileKind, PageJob, PageMethod
from metp.pipeline.pages import process_page
from metp.pipeline.pdf import open_pdf
from metp.settings import Settings


def export_searchable_pdf(repository: Repository, settings: Settings, doc, dest: Path,
                          password: str | None = None) -> Path:
    if doc["kind"] == FileKind.text.value:
        raise UsageError(f"{doc['doc_id']} is plain text: there are no page images to make a PDF from")
    original = str(repository.original(doc))
    derivatives = repository.derivatives
    pages = repository.catalog.pages(doc["doc_id"])
    missing = [p["page_no"] for p in pages if p["method"] == PageMethod.ocr.value
               and not derivatives.pdf_path(doc["doc_id"], p["page_no"]).exists()]
    _render_missing(derivatives, settings, doc, original, missing, password)
    out = pdfium.PdfDocument.new()
    for page in pages:
        if page["method"] == PageMethod.text_layer.value:
            out.import_pages(open_pdf(original, password), [page["page_no"] - 1])
        else:
            out.import_pages(open_pdf(str(derivatives.pdf_path(doc["doc_id"], page["page_no"])), None))
    with atomic_output(dest) as fh:
        out.save(fh)
    return dest


def _render_missing(derivatives: Derivatives, settings: Settings, doc, original: str, page_numbers: list[int],
                    password: str | None) -> None:
    jobs = [PageJob(original, FileKind(doc["kind"]), n, settings.ocr, password, make_pdf=True) for n in page_numbers]
    executor = make_executor(min(settings.workers, len(jobs)))
    try:
        for outcome in executor.imap_unordered(process_page, jobs):
            if outcome.error or outcome.page is None or not outcome.page.pdf:
                raise InputFileError(doc["doc_id"], f"page {outcome.job.page_no} could not be rendered "
                                                    f"({outcome.error}); check the original with `metp verify`")
            derivatives.write_pdf(doc["doc_id"], outcome.job.page_no, outcome.page.pdf)
    finally:
        executor.close()
