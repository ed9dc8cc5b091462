"""Run one ingest batch: discover files, hand their pages to the pipeline, store finished documents.

Reads like the stages it runs: discover → hash → skip what is known → identify
→ produce pages (in worker processes) → tag the finished document (in a worker
too) → store original, derivatives and catalog rows in one step per document →
index.  A document enters the catalog only once every page is done and tagged,
and the index only after the catalog, so a crash never leaves a partial
document visible.  Tagging that fails or runs out of time costs a warning, not
the document.
"""

from __future__ import annotations

import os
import secrets
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from metp.archive.discover import discover, printable_path
from metp.archive.indexing import IndexSync
from metp.archive.progress import Progress
from metp.archive.report import BatchReport, FileEntry, FileStatus, save_report
from metp.archive.repository import Repository
from metp.archive.store import doc_id_for, sha256_of
from metp.errors import InputFileError, MissingDependencyError
from metp.pipeline.document import TagJob, TagOutcome, run_job
from metp.pipeline.executor import make_executor
from metp.pipeline.identify import identify
from metp.pipeline.model import Identified, Page, PageJob, PageOutcome
from metp.pipeline.ocr import check_engine
from metp.settings import Settings


@dataclass
class _PendingDocument:
    seq: int
    path: str
    sha256: str
    size: int
    identified: Identified
    pages: dict[int, Page] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    duplicates: list[tuple[int, str, FileStatus]] = field(default_factory=list)  # same bytes, later in this batch

    @property
    def complete(self) -> bool:
        return len(self.pages) + len(self.errors) >= self.identified.page_count

    @property
    def ordered_pages(self) -> list[Page]:
        return [self.pages[n] for n in sorted(self.pages)]


def new_batch_id() -> str:
    return f"{datetime.now():%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


class BatchIngest:
    """One run of `metp ingest`; call only while holding the archive's writer lock."""

    def __init__(self, repository: Repository, index: IndexSync, settings: Settings, password: str | None = None,
                 progress: bool | None = None, command: str = "ingest"):
        self.repository = repository
        self.index = index
        self.settings = settings
        self.password = password
        self.command = command
        self.report = BatchReport(new_batch_id())
        self.today: date | None = None  # the batch's date, the reference date of its tagging
        self._pending: dict[str, _PendingDocument] = {}  # by path: pages still coming, then being tagged
        self._by_sha: dict[str, _PendingDocument] = {}    # until stored, so a second copy is not redone
        self._page_jobs: Iterator[PageJob] = iter(())
        self._tag_jobs: deque[TagJob] = deque()
        self._show_progress = progress
        self._progress: Progress | None = None
        self._last_index_flush = time.monotonic()
        self._unindexed = 0

    def run(self, paths: list[str]) -> BatchReport:
        check_engine(self.settings.ocr)
        executor = self._executor()  # a Dask cluster is reached and checked before a batch is opened
        try:
            catalog = self.repository.catalog
            started = catalog.start_batch(self.report.batch_id, self.command)
            self.today = date.fromisoformat(started[:10])
            self.index.sync()  # finish indexing anything a crashed run catalogued
            found = list(discover(paths))
            self._progress = Progress(len(found), self._show_progress)
        except BaseException:
            executor.close()
            raise
        self._page_jobs = self._jobs(found)
        try:
            for outcome in executor.run(run_job, self):
                if isinstance(outcome, TagOutcome):
                    self._store(outcome)
                else:
                    self._collect(outcome)
            self.report.status = "finished"
        except BaseException as exc:  # the batch stops; what was stored stays, and a re-run resumes
            self.report.status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            raise
        finally:
            executor.close()
            self._progress.close()
            self._wind_up()
        return self.report

    def _executor(self):
        settings = self.settings
        return make_executor(settings.workers, settings.executor, settings.scheduler, settings.dask_inputs,
                             settings.ocr.lang, file_info=self._file_info)

    def _file_info(self, path: str) -> tuple[str, int, int]:
        """What a Dask executor needs to ship a page's file: its SHA-256, size and page count (known here)."""
        doc = self._pending[path]
        return doc.sha256, doc.size, doc.identified.page_count

    def take(self) -> PageJob | TagJob | None:
        """The executor's feed: finished documents' tagging first (it frees their pages), then pages."""
        return self._tag_jobs.popleft() if self._tag_jobs else next(self._page_jobs, None)

    def _wind_up(self) -> None:
        """Index what was stored, close the batch, write the report.  When the batch is already failing
        (a full disk, say) these may fail too: the first error is the one to report, and the next run
        finishes the job (it indexes what is catalogued and marks this batch interrupted)."""
        for step in (self.index.sync,
                     lambda: self.repository.catalog.finish_batch(self.report.batch_id, self.report.status),
                     lambda: save_report(self.report, self.repository.root / "reports")):
            try:
                step()
            except Exception:
                if self.report.status == "finished":
                    raise

    # stage 1: decide per file, yield page jobs for new documents -------------------------
    def _jobs(self, found) -> Iterator[PageJob]:
        for seq, item in enumerate(found):
            path = printable_path(item.path)
            if item.error:
                self._fail(seq, path, f"{path}: {item.error}")
                continue
            try:
                sha256 = sha256_of(item.path)
            except OSError as exc:
                self._fail(seq, path, f"{path}: cannot read the file ({exc.strerror}); check permissions")
                continue
            if self._known(seq, path, sha256):
                continue
            try:
                identified = identify(item.path, self.password, self.settings.ocr.max_pixels)
            except InputFileError as exc:
                self._fail(seq, path, f"{path}: {exc.reason}")
                continue
            doc = _PendingDocument(seq, item.path, sha256, os.path.getsize(item.path), identified)
            self._pending[item.path] = doc
            self._by_sha[sha256] = doc
            for page_no in range(1, identified.page_count + 1):
                yield PageJob(item.path, identified.kind, page_no, self.settings.ocr, self.password,
                              make_pdf=self.settings.searchable_pdf)

    def _known(self, seq: int, path: str, sha256: str) -> bool:
        """Same bytes already in the archive or earlier in this batch: record the path, do no work."""
        row = self.repository.catalog.find_by_sha(sha256)
        if row is not None:
            status = FileStatus.skipped if self.repository.catalog.has_source(row["doc_id"], path) else FileStatus.duplicate
            self.repository.catalog.add_source(row["doc_id"], path, self.report.batch_id, seq, status.value)
            self._settle(seq, FileEntry(path, status, row["doc_id"], row["page_count"]))
            return True
        earlier = self._by_sha.get(sha256)
        if earlier is not None:
            status = FileStatus.skipped if printable_path(earlier.path) == path else FileStatus.duplicate
            earlier.duplicates.append((seq, path, status))
            return True
        return False

    # stage 2: gather pages; a finished document is stored ------------------------------
    def _collect(self, outcome: PageOutcome) -> None:
        doc = self._pending[outcome.job.path]
        if outcome.error_kind == MissingDependencyError.__name__:
            raise MissingDependencyError(outcome.error)
        if outcome.error:
            doc.errors.append(outcome.error)
        else:
            doc.pages[outcome.page.page_no] = outcome.page
        self._progress.page_done()
        if doc.complete:
            self._finish(doc)

    def _finish(self, doc: _PendingDocument) -> None:
        """All pages are back: a failed page fails the file; otherwise the document goes to tagging."""
        path = printable_path(doc.path)
        if doc.errors:
            del self._pending[doc.path], self._by_sha[doc.sha256]
            self._fail(doc.seq, path, f"{path}: {sorted(doc.errors)[0]}")
            for seq, dup_path, _ in doc.duplicates:
                self._fail(seq, dup_path, f"{dup_path}: same bytes as {path}, which failed")
            return
        self._tag_jobs.append(TagJob(doc.path, tuple(doc.ordered_pages), path, self.today,
                                     tuple(map(str, self.settings.vocabulary_files)), self.settings.tag_budget_s))

    # stage 3: a tagged document is stored ------------------------------------------------
    def _store(self, tagged: TagOutcome) -> None:
        doc = self._pending.pop(tagged.key)
        del self._by_sha[doc.sha256]
        path = printable_path(doc.path)
        doc_id = doc_id_for(doc.sha256)
        pages = doc.ordered_pages
        warnings = tuple(tagged.tags.warnings)
        try:
            self.repository.store_document(doc_id, doc.sha256, doc.size, doc.identified, pages, path,
                                        self.report.batch_id, doc.seq, tagged.tags, self.settings.ocr)
        except InputFileError as exc:
            self._fail(doc.seq, path, f"{path}: {exc.reason}")
            return
        self._settle(doc.seq, FileEntry(path, FileStatus.ingested, doc_id, len(pages), warnings=warnings))
        for warning in warnings:
            self._progress.message(f"metp: warning: {path}: {warning}")
        for seq, dup_path, status in doc.duplicates:
            self.repository.catalog.add_source(doc_id, dup_path, self.report.batch_id, seq, status.value)
            self._settle(seq, FileEntry(dup_path, status, doc_id, len(pages)))
        self._unindexed += 1
        if (self._unindexed >= self.settings.index_commit_every
                or time.monotonic() - self._last_index_flush > self.settings.index_commit_seconds):
            self.index.sync()
            self._unindexed, self._last_index_flush = 0, time.monotonic()

    # bookkeeping ------------------------------------------------------------------------
    def _fail(self, seq: int, path: str, message: str) -> None:
        self.repository.catalog.record_file(self.report.batch_id, seq, path, FileStatus.failed.value, error=message)
        self._settle(seq, FileEntry(path, FileStatus.failed, error=message))
        self._progress.message(f"metp: {message}")

    def _settle(self, seq: int, entry: FileEntry) -> None:
        self.report.add(seq, entry)
        self._progress.file_done()

