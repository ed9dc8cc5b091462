"""The library API: an archive on disk and what users do with it.  The CLI and the web are thin layers
over this; every user operation returns a frozen view (views.py) whose `to_json()` is the contract."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from metp.archive.files import remove_stale_temporaries
from metp.archive.indexing import IndexSync
from metp.archive.metadata import Edit, matches, read_accession_csv
from metp.archive.repository import CATALOG_NAME, Repository
from metp.archive.viewcore import SearchView
from metp.deferred import Deferred
from metp.errors import EncryptedFileError, NoArchiveError, NotFoundError, UsageError, cannot_write
from metp.index.page_index import Filters, Highlighter
from metp.settings import Settings

if TYPE_CHECKING:
    from metp.archive.lock import WriterLock
    from metp.archive.report import BatchReport
    from metp.archive.views import (BatchDocumentsView, BatchesView, BatchView, BrowseOverview, DocumentView,
                                    HitsOnPage, MetadataView, PageImage, PageView, ReviewView, SimilarView,
                                    StatsView, SubjectsView, TagOutcome, VerifyView, ViewImage)

views = Deferred("metp.archive.views")  # the views a search does not return, created when first used
model = Deferred("metp.pipeline.model")


class Archive:
    def __init__(self, settings: Settings, create: bool = False):
        """Open the archive at `settings.archive_dir`; only `create=True` (ingest) makes a new one there,
        so a read command given a mistyped folder says so instead of creating an empty archive."""
        self.settings = settings
        self.root = Path(settings.archive_dir)
        if not (self.root / CATALOG_NAME).is_file():
            if not create:
                raise NoArchiveError(self.root)
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise cannot_write(self.root, exc) from exc
        self._repository = Repository(self.root)
        self._index = IndexSync(self._repository, self.root / "index", settings.index_engine)

    def close(self) -> None:
        self._index.close()
        self._repository.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _lock(self, wait: bool = False) -> WriterLock:
        from metp.archive.lock import WriterLock  # only commands that write take it

        return WriterLock(self.root / "writer.lock", wait=wait)

    # writing ---------------------------------------------------------------------------------------
    def ingest(self, paths: list[str], password: str | None = None, progress: bool | None = None,
               wait: bool = False, metadata_csv: Path | None = None) -> BatchReport:
        """Ingest a batch; an accession CSV, when given, is read first (a bad one stops nothing
        being ingested) and applied to the batch's documents at the end."""
        from metp.archive.ingest import BatchIngest  # the ingest machinery is only needed here
        from metp.archive.report import save_report
        from metp.pipeline.document import vocabulary

        if metadata_csv is not None:
            read_accession_csv(metadata_csv)
        vocabulary(self._vocabulary_files())  # a broken vocabulary file stops the batch before any work
        with self._lock(wait):
            self._repository.store.clean_tmp()
            remove_stale_temporaries(self.root)
            self._repository.catalog.close_stale_batches()
            report = BatchIngest(self._repository, self._index, self.settings, password, progress).run(paths)
            if metadata_csv is not None:
                batch_docs = {e.doc_id for e in report.entries.values() if e.doc_id}
                report.metadata = self.tag_from_csv(metadata_csv, batch_docs).to_json()
                save_report(report, self.root / "reports")
            return report

    def _vocabulary_files(self) -> tuple[str, ...]:
        return tuple(map(str, self.settings.vocabulary_files))

    def tag(self, doc_id: str, edits: list[Edit], source: str, wait: bool = False) -> MetadataView:
        """Archivists' edits to one document; they win over automatic values and survive retag."""
        catalog = self._repository.catalog
        doc_id = catalog.resolve(doc_id)["doc_id"]
        with self._lock(wait):
            catalog.apply_edits(doc_id, edits, source)
            self._index.sync()
        return views.MetadataView(doc_id, self._repository.metadata(doc_id))

    def tag_from_csv(self, csv_path: Path, doc_ids: set[str] | None = None, wait: bool = False) -> TagOutcome:
        """Apply an accession CSV to the documents whose source paths its `filename`s name."""
        rows = read_accession_csv(csv_path)
        catalog = self._repository.catalog
        sources = catalog.all_sources()
        applied, unmatched = [], []
        with self._lock(wait):
            for filename, edits in rows:
                hits = sorted({s["doc_id"] for s in sources if matches(filename, s["path"])
                               and (doc_ids is None or s["doc_id"] in doc_ids)})
                for doc_id in hits:
                    catalog.apply_edits(doc_id, edits, f"csv {csv_path.name}")
                (applied if hits else unmatched).append(filename)
            self._index.sync()
        return views.TagOutcome(str(csv_path), tuple(applied), tuple(unmatched))

    def retag(self, wait: bool = False) -> int:
        """Run the tagging stage again on every document (e.g. after a vocabulary change), with each
        document's batch date as the reference date, so a retag without changes changes nothing."""
        from metp.pipeline.document import TagJob, tag, vocabulary  # the tagging stack is only needed here

        files = self._vocabulary_files()
        vocabulary(files)
        repository = self._repository
        with self._lock(wait):
            docs = repository.catalog.documents()
            for doc in docs:
                sources = repository.catalog.sources(doc["doc_id"])
                today = date.fromisoformat(repository.catalog.batch_started(doc["batch_id"])[:10])
                job = TagJob(doc["doc_id"], tuple(repository.pages_for_tagging(doc["doc_id"])),
                             sources[0]["path"] if sources else doc["doc_id"], today, files,
                             self.settings.tag_budget_s)
                tags = tag(job).tags
                auto = [(v.field, v.value, v.rule, v.confidence) for v in tags.values]
                repository.catalog.replace_auto_metadata(doc["doc_id"], auto, tuple(tags.warnings))
            self._index.sync()
            return len(docs)

    def correct(self, doc_id: str, page_no: int, text: str, source: str, wait: bool = False) -> PageView:
        """Replace a page's text by an archivist's transcription; kept with its provenance, re-indexed now."""
        doc_id = self._repository.catalog.resolve(doc_id)["doc_id"]
        with self._lock(wait):
            self._repository.catalog.correct(doc_id, page_no, text, source)
            self._index.sync()
        return self._repository.page(doc_id, page_no)

    def reindex(self, wait: bool = False, engine: str | None = None) -> int:
        """Rebuild the whole index from the catalog (the source of truth), with `engine` (converting the
        archive to it) or the engine it has; returns pages indexed."""
        with self._lock(wait):
            return self._index.rebuild(engine)

    # reading ---------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               exact: bool = False, sort: str = "relevance") -> SearchView:
        results = self._index.index.search(query, limit=limit, offset=offset, filters=filters, exact=exact,
                                           sort=sort)
        return SearchView(results.query, results.total, results.hits, results.facets, results.expanded,
                          results.did_you_mean, results.estimated, offset=offset, limit=limit)

    def similar(self, doc_id: str, limit: int = 10) -> SimilarView:
        doc_id = self._repository.catalog.resolve(doc_id)["doc_id"]
        terms, results = self._index.index.similar(doc_id, limit)
        return views.SimilarView(doc_id, tuple(terms), results.total, results.hits)

    def document(self, doc_id: str) -> DocumentView:
        return self._repository.document(doc_id)

    def page(self, doc_id: str, page_no: int) -> PageView:
        return self._repository.page(doc_id, page_no)

    def hits_on_page(self, doc_id: str, page_no: int, query: str, exact: bool = False) -> HitsOnPage:
        """A page with the words `query` matched on it boxed, and the document's pages with hits: the very
        words and pages search counted (OCR variants included unless `exact`)."""
        view = self._repository.page(doc_id, page_no)
        highlighter = self._index.index.highlighter(query, exact)
        words = self._repository.derivatives.read_words(view.doc_id, page_no)
        boxes = _boxes(words, highlighter)
        found = self._index.index.search(query, limit=1, filters=Filters(doc_id=view.doc_id), exact=exact).hits
        pages = tuple(sorted({found[0].page, *found[0].other_pages})) if found else ()
        return views.HitsOnPage(view, query, boxes, pages)

    def highlighter(self, query: str, exact: bool = False) -> Highlighter:
        """Which words of a text `query` matches, as search matched them (for excerpts and page text)."""
        return self._index.index.highlighter(query, exact)

    def page_image(self, doc_id: str, page_no: int, dest: Path, highlight: str | None = None,
                   password: str | None = None) -> PageImage:
        """The page as OCR saw it (text-layer pages: rendered from the PDF), with `highlight`'s hits boxed."""
        from metp.archive.pageimage import render_page_image  # drawing is only needed here

        view = self._repository.page(doc_id, page_no)
        if model.PageMethod(view.method) is model.PageMethod.plain_text:
            raise UsageError(f"{view.doc_id} is plain text: it has no page image")
        boxes = self.hits_on_page(view.doc_id, page_no, highlight).boxes if highlight else ()
        doc = self._repository.catalog.resolve(view.doc_id)
        with _original_password(doc):
            return render_page_image(self._repository.original(doc), doc["kind"], view, boxes, dest,
                                     self.settings.ocr, password)

    def stats(self) -> StatsView:
        counts = self._repository.catalog.counts()
        if counts["mean_confidence"] is not None:
            counts["mean_confidence"] = round(counts["mean_confidence"], 2)
        index = self._index.index
        return views.StatsView(**counts, index_pages=index.page_count(), index_bytes=index.size_bytes(),
                         archive=str(self.root))

    def review(self, below: float = 70.0, low_share: float = 0.3) -> ReviewView:
        return views.ReviewView(self._repository.review(below, low_share))

    def batches(self) -> BatchesView:
        return views.BatchesView(self._repository.batches())

    def batch(self, batch_id: str) -> BatchView:
        return self._repository.batch(batch_id)

    def verify(self) -> VerifyView:
        from metp.archive.verify import verify

        return verify(self._repository, self._index.index)

    def export(self, fmt: str, dest: Path, base_url: str | None = None) -> dict:
        from metp.archive.export import export  # bagit and XML are only needed here

        return export(self._repository, fmt, dest, base_url, self.settings.ocr)

    def export_pdf(self, doc_id: str, dest: Path | None = None, password: str | None = None) -> Path:
        """A searchable PDF of the document (default: DOC_ID.pdf in the current folder)."""
        from metp.archive.searchable import export_searchable_pdf  # pdf assembly only needed here

        doc = self._repository.catalog.resolve(doc_id)
        with _original_password(doc):
            return export_searchable_pdf(self._repository, self.settings, doc, dest or Path(f"{doc['doc_id']}.pdf"),
                                         password)

    def pack(self, query: str | None, refs: list[tuple[str, int | None]], limit: int = 10,
             title: str | None = None):
        """A curriculum pack: excerpts around the hits (or of chosen pages) with citations."""
        from metp.archive.pack import collect

        return collect(self, query, refs, limit, title)

    # browsing and the web UI (metp serve) -----------------------------------------------------------
    def _filters(self, filters: Filters) -> Filters:
        """The filters every search and browse of this archive applies (PublicArchive adds its own)."""
        return filters

    def _hidden(self) -> set[str]:
        """Documents this archive object does not show (PublicArchive: the restricted ones)."""
        return set()

    def browse(self, filters: Filters = Filters(), limit: int = 10, offset: int = 0, sort: str = "date") -> SearchView:
        """Documents matching `filters` alone, without a query (oldest first by default): a SearchView whose
        query is empty, hits are the documents' first pages and facets count every matching document."""
        results = self._index.index.browse(limit=limit, offset=offset, filters=self._filters(filters), sort=sort)
        return SearchView(results.query, results.total, results.hits, results.facets, {}, None, offset=offset,
                          limit=limit)

    def overview(self) -> BrowseOverview:
        """Ways into the archive: how many documents, every facet value with its count, the ingest batches."""
        from metp.archive.browse import overview

        return overview(self._repository, self._index.index, self._filters(Filters()), self._hidden())

    def subjects(self) -> SubjectsView:
        """The vocabulary's subjects with their broader and narrower terms and how many documents have each."""
        from metp.archive.browse import subjects
        from metp.pipeline.document import vocabulary

        return subjects(self._index.index, vocabulary(self._vocabulary_files()), self._filters(Filters()))

    def batch_documents(self, batch_id: str, limit: int = 50, offset: int = 0) -> BatchDocumentsView:
        """The documents one ingest batch brought into the archive."""
        from metp.archive.browse import batch_documents

        return batch_documents(self._repository, batch_id, self._hidden(), limit, offset)

    def access(self, doc_id: str) -> str:
        """`restricted` (hidden from `metp serve --public`; set with `metp tag DOC metp.access=restricted`) or `open`."""
        from metp.archive.browse import access_of

        return access_of(self._repository, self._repository.catalog.resolve(doc_id)["doc_id"])

    def view_image(self, doc_id: str, page_no: int, password: str | None = None) -> ViewImage:
        """The page image as its word boxes were measured, cached under derivatives/<doc>/ (see viewimage.py)."""
        from metp.archive.viewimage import view_image

        view = self.page(doc_id, page_no)
        repository = self._repository
        doc = repository.catalog.resolve(view.doc_id)
        return view_image(repository.derivatives.dir_for(view.doc_id),
                          repository.derivatives.words_path(view.doc_id, page_no), repository.original(doc),
                          doc["kind"], view, self.settings.ocr, password)

    def thumbnail(self, doc_id: str, page_no: int) -> bytes:
        """A small PNG of the page image (cached beside it)."""
        from metp.archive.viewimage import thumbnail

        image = self.view_image(doc_id, page_no)
        return thumbnail(self._repository.derivatives.dir_for(image.doc_id), image)

    def boxed_view_png(self, doc_id: str, page_no: int, query: str, exact: bool = False) -> bytes:
        """The page image with the query's hits boxed, as PNG bytes (from the cached image: no re-rendering)."""
        from metp.archive.viewimage import boxed_png

        image = self.view_image(doc_id, page_no)
        return boxed_png(image, self.hits_on_page(image.doc_id, page_no, query, exact).boxes)

    def basket_pack(self, items, title: str | None = None):
        """A curriculum pack of basket items (`basket.BasketItem`: page, query, note) in their order."""
        from metp.archive.basket import collect

        return collect(self, list(items), title)

    # the archival standards: re-OCR, events, ALTO/hOCR, IIIF (see alto.py, iiif.py, mets.py, reocr.py) --------
    def reocr(self, doc_ids: tuple[str, ...] = (), query: str | None = None, batch_id: str | None = None,
              password: str | None = None, wait: bool = False, report=None):
        """Read documents again with `settings.ocr` (languages, preprocessing, page segmentation), keeping
        corrections and archivists' metadata; returns a `reocr.ReocrView`."""
        from metp.archive.reocr import check_settings, reocr, select_documents

        check_settings(self.settings.ocr)  # a missing language pack stops it before any work
        with self._lock(wait):
            chosen = select_documents(self._repository, lambda q, n: self.search(q, limit=n), doc_ids, query,
                                      batch_id)
            return reocr(self._repository, self._index, self.settings, chosen, password, report)

    def events(self, doc_id: str) -> list[dict]:
        """The document's PREMIS events (ingestion, digests, readings, fixity checks, corrections, edits)."""
        return self._repository.catalog.events(self._repository.catalog.resolve(doc_id)["doc_id"])

    def alto(self, doc_id: str, page_no: int) -> bytes:
        """The page's ALTO 4.4 (made from the stored words; the same as its derivative file)."""
        from metp.archive.alto import page_alto
        from metp.archive.standards import stored_layout

        view = self.page(doc_id, page_no)
        if model.PageMethod(view.method) is model.PageMethod.plain_text:
            raise NotFoundError(f"{view.doc_id} page {page_no} is plain text: it has no layout, so no ALTO")
        pages, provenance = stored_layout(self._repository, view.doc_id)
        page = next(p for p in pages if p.page_no == page_no)
        return page_alto(page, provenance(page))

    def iiif_manifest(self, doc_id: str, urls) -> dict:
        """The document's IIIF Presentation 3 manifest (canvas sizes from the catalog, no rendering)."""
        from metp.archive.iiif import CanvasImage, canvas_size, has_searchable_pdf, manifest

        document = self.document(doc_id)
        canvases = [CanvasImage(p.page, *canvas_size(p), p.method) for p in document.pages
                    if model.PageMethod(p.method) is not model.PageMethod.plain_text]
        if not canvases:
            raise NotFoundError(f"{document.doc_id} is plain text: it has no page images, so no IIIF manifest")
        doc = self._repository.catalog.resolve(document.doc_id)
        return manifest(urls, document.doc_id, self._repository.record(document.doc_id), document.title, canvases,
                        has_searchable_pdf(self._repository, doc))

    def iiif_documents(self) -> list[tuple[str, str]]:
        """(doc_id, title) of the documents that have page images (and so a manifest), this archive's view."""
        hidden = self._hidden()
        return [(d["doc_id"], d["title"]) for d in self._repository.catalog.documents()
                if d["kind"] != "text" and d["doc_id"] not in hidden]

    def harvestable(self) -> list[tuple[str, str]]:
        """(doc_id, when its record last changed) of every document this archive shows, oldest change
        first (OAI-PMH)."""
        hidden = self._hidden()
        stamps = self._repository.catalog.record_datestamps()
        return sorted(((d, at) for d, at in stamps.items() if d not in hidden), key=lambda item: (item[1], item[0]))

    def dc_record(self, doc_id: str) -> dict:
        """The document's Dublin Core record (as the exports write it), if this archive shows it."""
        return self._repository.record(self.document(doc_id).doc_id)

    def searchable_pdf_kept(self, doc_id: str) -> bool:
        """The archive holds a searchable PDF of the document (see iiif.has_searchable_pdf)."""
        from metp.archive.iiif import has_searchable_pdf

        doc = self._repository.catalog.resolve(self.document(doc_id).doc_id)
        return has_searchable_pdf(self._repository, doc)

    def search_within(self, doc_id: str, query: str, exact: bool = False) -> list[tuple[int, str, tuple]]:
        """(page, method, boxes) of every page of the document the query matches, with the words it matched
        boxed: the very words and pages search counted (IIIF Content Search)."""
        view = self.document(doc_id)
        found = self._index.index.search(query, limit=1, filters=Filters(doc_id=view.doc_id), exact=exact).hits
        if not found:
            return []
        highlighter = self._index.index.highlighter(query, exact)
        out = []
        for page_no in sorted({found[0].page, *found[0].other_pages}):
            page = self.page(view.doc_id, page_no)
            words = self._repository.derivatives.read_words(view.doc_id, page_no)
            boxes = _boxes(words, highlighter)
            out.append((page_no, page.method, boxes))
        return out


@contextmanager
def _original_password(doc) -> Iterator[None]:
    """An encrypted original read without (or with a wrong) password: a usage error about the document."""
    try:
        yield
    except EncryptedFileError as exc:
        raise UsageError(f"document {doc['doc_id']}: {exc.reason}") from exc


def _boxes(words, highlighter: Highlighter) -> tuple:
    """The boxes of the words on a page that the highlighter matches."""
    return tuple(views.Box(w.left, w.top, w.width, w.height, w.text) for w in words if highlighter.matches(w.text))
