"""`metp reocr`: read documents again with other settings (languages, preprocessing, page segmentation),
keeping what archivists did.

For each document, in this order:
1. every page goes through the page stage again (the same `process_page` as ingest, in the same
   executor), from the stored original; a document with a page that fails is left exactly as it was;
2. the automatic metadata is made again from the new text (pages an archivist corrected count with
   their correction, as in `metp retag`), with the document's batch date as the reference date;
3. the page derivatives are replaced (text, words, ALTO, hOCR; when the document kept searchable page
   PDFs (`ingest --pdf`), new ones come from the same tesseract run, and any left with the old text
   layer are removed, to be made again on request);
4. one catalog transaction replaces the pages' automatic text and reading details and the automatic
   metadata, and records a `transcription` event (re-OCR, with the settings, the confidence before and
   after, and the corrected pages kept);
5. the document's index entries are replaced.

Kept as they were: corrections (the `corrections` table: a corrected page still shows its
correction everywhere, and the OCR text beside it is the new one), archivists' metadata values, source
paths, batches, the original.  A crash between steps 3 and 4 leaves the new derivative files beside the
old catalog text: run the same command again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING

from metp.archive.views import View
from metp.errors import MissingDependencyError, UsageError
from metp.pipeline.model import FileKind, Page, PageJob, PageMethod
from metp.settings import OcrSettings

if TYPE_CHECKING:
    from metp.archive.indexing import IndexSync
    from metp.archive.repository import Repository
    from metp.settings import Settings

VALID_PSM = (1, *range(3, 14))  # 0 is orientation only, 2 is not implemented by tesseract


@dataclass(frozen=True)
class ReocrDocument(View):
    doc_id: str
    status: str                        # "read again", "skipped" (plain text) or "failed"
    pages: int
    confidence_before: float | None
    confidence_after: float | None
    corrected_pages_kept: tuple[int, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class ReocrView(View):
    lang: str
    psm: int
    preprocess: bool
    documents: tuple[ReocrDocument, ...]

    @property
    def failed(self) -> int:
        return sum(d.status == "failed" for d in self.documents)

    def to_json(self):
        return {"lang": self.lang, "psm": self.psm, "preprocess": self.preprocess,
                "documents": [d.to_json() for d in self.documents], "failed": self.failed}


def check_settings(ocr: OcrSettings) -> None:
    """Refuse what tesseract cannot do before any work: a missing language is one line naming the
    Debian package to install (exit 5)."""
    from metp.pipeline.ocr import check_tesseract

    if ocr.psm not in VALID_PSM:
        raise UsageError(f"--psm {ocr.psm} is not a page segmentation mode that reads text; use 1 or 3-13 "
                         "(3, fully automatic, is the default)")
    check_tesseract(ocr.lang)


def reocr(repository: "Repository", index: "IndexSync", settings: "Settings", doc_ids: list[str],
          password: str | None = None, report=None) -> ReocrView:
    """Read `doc_ids` again with `settings.ocr`; `report(ReocrDocument)` is told as each one is done."""
    from metp.pipeline.executor import make_executor
    from metp.pipeline.pages import process_page

    ocr = settings.ocr
    check_settings(ocr)
    done = []
    executor = make_executor(min(settings.workers, 64))
    try:
        for doc_id in doc_ids:
            result = _one(repository, index, settings, doc_id, password, executor, process_page)
            done.append(result)
            if report is not None:
                report(result)
    finally:
        executor.close()
    return ReocrView(ocr.lang, ocr.psm, ocr.preprocess, tuple(done))


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 2) if values else None


def _one(repository, index, settings, doc_id, password, executor, process_page) -> ReocrDocument:
    from metp.archive.repository import page_row
    from metp.archive.standards import layout_pages, pages_named, provenance_of, reading_event
    from metp.pipeline.document import TagJob, tag

    catalog = repository.catalog
    doc = catalog.resolve(doc_id)
    doc_id = doc["doc_id"]
    rows = catalog.pages(doc_id)
    before = _mean(r["confidence"] for r in rows if r["method"] == PageMethod.ocr.value)
    if FileKind(doc["kind"]) is FileKind.text:
        return ReocrDocument(doc_id, "skipped", len(rows), before, before,
                             error="plain text: there is nothing to read again")
    original = repository.original(doc)
    if not original.is_file():
        return ReocrDocument(doc_id, "failed", len(rows), before, None,
                             error=f"the original is missing from the store ({original}); run `metp verify`")
    derivatives = repository.derivatives
    # pages that kept a searchable PDF (`ingest --pdf`) get a new one from the same tesseract run
    make_pdf = any(derivatives.pdf_path(doc_id, r["page_no"]).exists() for r in rows)
    jobs = [PageJob(str(original), FileKind(doc["kind"]), n, settings.ocr, password, make_pdf=make_pdf)
            for n in range(1, doc["page_count"] + 1)]
    pages: dict[int, Page] = {}
    errors = []
    for outcome in executor.imap_unordered(process_page, jobs):
        if outcome.error_kind == MissingDependencyError.__name__:
            raise MissingDependencyError(outcome.error)
        if outcome.error:
            errors.append(f"page {outcome.job.page_no}: {outcome.error}")
        else:
            pages[outcome.page.page_no] = outcome.page
    if errors:
        return ReocrDocument(doc_id, "failed", len(rows), before, None, error=sorted(errors)[0])
    new_pages = [pages[n] for n in sorted(pages)]
    corrected = {r["page_no"]: r["effective_text"] for r in rows if r["corrected_at"]}
    sources = catalog.sources(doc_id)
    source = sources[0]["path"] if sources else doc_id
    today = date.fromisoformat(catalog.batch_started(doc["batch_id"])[:10])
    for_tagging = tuple(replace(p, text=corrected[p.page_no]) if p.page_no in corrected else p for p in new_pages)
    tags = tag(TagJob(doc_id, for_tagging, source, today, tuple(map(str, settings.vocabulary_files)),
                      settings.tag_budget_s)).tags
    after = _mean(p.confidence for p in new_pages if p.method is PageMethod.ocr)
    kept = tuple(sorted(corrected))
    extra = [f"mean word confidence before: {before:.1f}" if before is not None else None,
             f"corrections kept on {pages_named(kept)}" if kept else None]
    event = reading_event(doc_id, new_pages, settings.ocr, what="read again (metp reocr)",
                          outcome_extra="; ".join(e for e in extra if e))
    derivatives.write(doc_id, new_pages)
    for page in new_pages:
        if page.pdf is None:
            derivatives.pdf_path(doc_id, page.page_no).unlink(missing_ok=True)  # its text layer is the old reading
    derivatives.write_layout(doc_id, layout_pages(doc_id, new_pages),
                             provenance_of(doc["sha256"], PurePath(source).name, event, settings.ocr))
    auto = [(v.field, v.value, v.rule, v.confidence) for v in tags.values]
    catalog.replace_reading(doc_id, [page_row(p) for p in new_pages], auto, tuple(tags.warnings), [event])
    index.sync()
    return ReocrDocument(doc_id, "read again", len(new_pages), before, after, kept)


def select_documents(repository: "Repository", search, doc_ids: tuple[str, ...], query: str | None,
                     batch_id: str | None) -> list[str]:
    """The documents `metp reocr` names: ids (or prefixes), every match of a query (`search(query, limit)`
    is the archive's search), the documents a batch ingested; each once, in that order."""
    if not (doc_ids or query or batch_id):
        raise UsageError("name documents to read again: DOC_ID..., --query QUERY or --batch BATCH_ID")
    catalog = repository.catalog
    chosen: list[str] = [catalog.resolve(d)["doc_id"] for d in doc_ids]
    if query:
        total = search(query, 1).total
        if total:
            chosen += [hit.doc_id for hit in search(query, total).hits]
    if batch_id:
        catalog.batch(batch_id)  # NotFoundError for an unknown batch
        chosen += [f["doc_id"] for f in catalog.batch_files(batch_id) if f["status"] == "ingested" and f["doc_id"]]
    return list(dict.fromkeys(chosen))
