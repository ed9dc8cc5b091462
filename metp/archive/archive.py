"""The library API: an archive on disk and what users do with it.  The CLI is a thin layer over this."""

from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import asdict
from datetime import date
from functools import cached_property
from pathlib import Path

from metp.archive.catalog import Catalog
from metp.archive.derivatives import Derivatives
from metp.archive.files import atomic_write, remove_stale_temporaries
from metp.archive.lock import WriterLock
from metp.archive.metadata import Edit, effective, matches, read_accession_csv
from metp.archive.report import BatchReport
from metp.archive.store import ObjectStore
from metp.errors import ArchiveDamagedError, IndexOutdatedError
from metp.index import searcher, writer
from metp.index.records import PageRecord, SearchResults
from metp.index.searcher import Filters, Marks
from metp.pipeline.model import Identified, Page, PageMethod
from metp.pipeline.tagging import Vocabulary, load_vocabulary, tag_document
from metp.settings import Settings


class Archive:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.archive_dir)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveDamagedError(f"{self.root}: cannot create the archive folder ({exc.strerror})") from exc
        self.catalog = Catalog(self.root / "catalog.sqlite")
        self.store = ObjectStore(self.root / "objects")
        self.derivatives = Derivatives(self.root / "derivatives")
        self.index_dir = self.root / "index"
        self._ix = None
        self._searcher: searcher.PageSearcher | None = None

    def close(self) -> None:
        self._close_index()
        self.catalog.close()

    def _close_index(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def ix(self):
        if self._ix is None:
            # A missing index is created only for an empty archive; otherwise it is damage to report,
            # never papered over with an empty index that silently finds nothing.
            empty = self.catalog.db.execute("SELECT NOT EXISTS (SELECT 1 FROM documents)").fetchone()[0]
            self._ix = writer.open_index(self.index_dir, create=bool(empty))
        return self._ix

    def writer_lock(self, wait: bool = False) -> WriterLock:
        return WriterLock(self.root / "writer.lock", wait=wait)

    # ingest -------------------------------------------------------------------------------
    def ingest(self, paths: list[str], password: str | None = None, progress: bool | None = None,
               wait: bool = False, metadata_csv: Path | None = None) -> BatchReport:
        """Ingest a batch; an accession CSV, when given, is read first (a bad one stops nothing
        being ingested) and applied to the batch's documents at the end."""
        from metp.archive.ingest import BatchIngest  # the ingest machinery is only needed here

        if metadata_csv is not None:
            read_accession_csv(metadata_csv)
        with self.writer_lock(wait):
            self.store.clean_tmp()
            remove_stale_temporaries(self.root)
            self.catalog.close_stale_batches()
            report = BatchIngest(self, password, progress).run(paths)
            if metadata_csv is not None:
                batch_docs = {e.doc_id for e in report.entries.values() if e.doc_id}
                report.metadata = self.tag_from_csv(metadata_csv, batch_docs, lock=False)
            return report

    def store_document(self, doc_id: str, sha256: str, size: int, identified: Identified, pages: list[Page],
                       path: str, batch_id: str, seq: int) -> None:
        """Original, then derivatives, then the catalog rows: the last step is what makes it exist."""
        auto, title = self.auto_metadata(pages, path)
        self.store.put(identified.path, sha256)
        self.derivatives.write(doc_id, pages)
        doc = {"doc_id": doc_id, "sha256": sha256, "size": size, "kind": identified.kind.value,
               "media_type": identified.media_type, "title": title, "page_count": len(pages)}
        rows = [{"page_no": p.page_no, "method": p.method.value, "text": p.text, "confidence": p.confidence,
                 "word_count": len(p.words), "width": p.width, "height": p.height, "dpi": p.dpi,
                 "flags": ",".join(p.flags), "low_confidence_share": p.low_confidence_share,
                 "preprocessing": json.dumps(asdict(p.preprocessing)) if p.preprocessing else None}
                for p in pages]
        self.catalog.add_document(doc, rows, path, batch_id, seq, auto)

    def write_report(self, report: BatchReport) -> Path:
        """The batch report as JSON beside the catalog, for tools that do not read SQLite."""
        folder = self.root / "reports"
        folder.mkdir(exist_ok=True)
        path = folder / f"{report.batch_id}.json"
        atomic_write(path, json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return path

    # metadata -----------------------------------------------------------------------------
    @cached_property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.settings.vocabulary_files)

    def auto_metadata(self, pages: list[Page], source_path: str) -> tuple[list[tuple], str]:
        """The tagging stage's values as catalog rows, and the title they give (never empty)."""
        tags = tag_document(pages, source_path, self.vocabulary, today=date.today())
        rows = [(v.field, v.value, v.rule, v.confidence) for v in tags.values]
        return rows, next(value for field, value, _, _ in rows if field == "dc.title")

    def metadata(self, doc_id: str) -> dict[str, list[dict]]:
        return effective(self.catalog.metadata_rows(doc_id))

    def tag(self, doc_id: str, edits: list[Edit], source: str, wait: bool = False) -> dict:
        """Archivists' edits to one document; they win over automatic values and survive retag."""
        doc = self.catalog.resolve(doc_id)
        with self.writer_lock(wait):
            self.catalog.apply_edits(doc["doc_id"], edits, source, _title_of)
            self.sync_index()
        return self.metadata(doc["doc_id"])

    def tag_from_csv(self, csv_path: Path, doc_ids: set[str] | None = None, lock: bool = True) -> dict:
        """Apply an accession CSV to the documents whose source paths its `filename`s name."""
        rows = read_accession_csv(csv_path)
        sources = self.catalog.all_sources()
        applied, unmatched = [], []
        with self.writer_lock() if lock else nullcontext():
            for filename, edits in rows:
                hits = sorted({s["doc_id"] for s in sources if matches(filename, s["path"])
                               and (doc_ids is None or s["doc_id"] in doc_ids)})
                for doc_id in hits:
                    self.catalog.apply_edits(doc_id, edits, f"csv {csv_path.name}", _title_of)
                (applied if hits else unmatched).append(filename)
            self.sync_index()
        return {"csv": str(csv_path), "applied": applied, "unmatched": unmatched}

    def retag(self, wait: bool = False) -> int:
        """Run the tagging stage again on every document (e.g. after a vocabulary change)."""
        with self.writer_lock(wait):
            docs = self.catalog.documents()
            for doc in docs:
                pages = self._pages_for_tagging(doc["doc_id"])
                sources = self.catalog.sources(doc["doc_id"])
                auto, _ = self.auto_metadata(pages, sources[0]["path"] if sources else doc["doc_id"])
                self.catalog.replace_auto_metadata(doc["doc_id"], auto, _title_of)
            self.sync_index()
            return len(docs)

    def _pages_for_tagging(self, doc_id: str) -> list[Page]:
        """Pages as the tagging stage saw them at ingest: the catalog's text, the derivatives' word boxes."""
        pages = []
        for row in self.catalog.pages(doc_id):
            words = self.derivatives.read_words(doc_id, row["page_no"])
            pages.append(Page(row["page_no"], PageMethod(row["method"]), row["effective_text"], words,
                              row["confidence"], row["width"], row["height"], row["dpi"]))
        return pages

    # index --------------------------------------------------------------------------------
    def _records(self, doc) -> list[PageRecord]:
        sources = self.catalog.sources(doc["doc_id"])
        source = sources[0]["path"] if sources else ""
        meta = {field: [v["value"] for v in values] for field, values in self.metadata(doc["doc_id"]).items()}
        first = lambda field: (meta.get(field) or [""])[0]  # noqa: E731
        return [
            PageRecord(doc_id=doc["doc_id"], page=p["page_no"], title=doc["title"], content=p["effective_text"],
                       source=source, doc_type=first("dc.type"), date=first("dc.date"), method=p["method"],
                       confidence=p["confidence"], subjects=tuple(meta.get("dc.subject", ())),
                       audience=tuple(meta.get("metp.audience", ())), places=tuple(meta.get("dc.coverage", ())),
                       language=first("dc.language"), event=first("metp.event"))
            for p in self.catalog.pages(doc["doc_id"])
        ]

    def sync_index(self) -> int:
        """Index the catalogued documents the index does not have yet; returns how many.

        Runs under the writer lock, so an index left by an older metp is rebuilt here, not refused."""
        try:
            ix = self.ix  # opened first: on a new archive this creates the index before any document exists
        except IndexOutdatedError:
            self._rebuild_index()
            return 0
        docs = self.catalog.documents(only_unindexed=True)
        if not docs:
            return 0
        records = [r for doc in docs for r in self._records(doc)]
        ids = [doc["doc_id"] for doc in docs]
        writer.replace_documents(ix, records, ids)
        self.catalog.mark_indexed(ids)
        return len(docs)

    def reindex(self, wait: bool = False) -> int:
        """Rebuild the whole index from the catalog (the source of truth); returns pages indexed."""
        with self.writer_lock(wait):
            return self._rebuild_index()

    def _rebuild_index(self) -> int:
        self._close_index()
        docs = self.catalog.documents()
        count = writer.build_fresh(self.index_dir, (r for doc in docs for r in self._records(doc)))
        self.catalog.mark_indexed([doc["doc_id"] for doc in docs])
        return count

    # read ---------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               marks: Marks = Marks(), exact: bool = False, sort: str = "relevance") -> SearchResults:
        return self.searcher.search(query, limit=limit, offset=offset, filters=filters, marks=marks,
                                    exact=exact, sort=sort)

    def similar(self, doc_id: str, limit: int = 10) -> tuple[list[str], SearchResults]:
        return self.searcher.similar(self.catalog.resolve(doc_id)["doc_id"], limit)

    @property
    def searcher(self) -> searcher.PageSearcher:
        """One searcher for the archive's lifetime (it follows the index as it changes)."""
        if self._searcher is None:
            self._searcher = searcher.PageSearcher(self.ix)
        return self._searcher

    def document(self, doc_id: str) -> dict:
        doc = self.catalog.resolve(doc_id)
        return {
            "doc_id": doc["doc_id"],
            "title": doc["title"],
            "sha256": doc["sha256"],
            "size": doc["size"],
            "media_type": doc["media_type"],
            "page_count": doc["page_count"],
            "batch_id": doc["batch_id"],
            "ingested_at": doc["ingested_at"],
            "original": str(self.store.path_for(doc["sha256"])),
            "sources": [{"path": s["path"], "batch_id": s["batch_id"], "recorded_at": s["recorded_at"]}
                        for s in self.catalog.sources(doc["doc_id"])],
            "pages": [self._page_view(doc["doc_id"], p, with_text=False) for p in self.catalog.pages(doc["doc_id"])],
            "metadata": self.metadata(doc["doc_id"]),
        }

    def record(self, doc_id: str) -> dict:
        """The document's Dublin Core record: descriptive values that count, plus technical fields."""
        doc = self.catalog.resolve(doc_id)
        meta = {field: [v["value"] for v in values] for field, values in self.metadata(doc["doc_id"]).items()}
        pages = self.catalog.pages(doc["doc_id"])
        confs = [p["confidence"] for p in pages if p["confidence"] is not None]
        return {
            **meta,
            "dc.identifier": [doc["doc_id"]],
            "dc.format": [doc["media_type"]],
            "dc.source": [s["path"] for s in self.catalog.sources(doc["doc_id"])],
            "metp.pages": doc["page_count"],
            "metp.ocr_confidence": round(sum(confs) / len(confs), 2) if confs else None,
            "metp.sha256": doc["sha256"],
            "metp.batch": doc["batch_id"],
        }

    def page(self, doc_id: str, page_no: int) -> dict:
        doc = self.catalog.resolve(doc_id)
        return self._page_view(doc["doc_id"], self.catalog.page(doc["doc_id"], page_no), with_text=True)

    def page_image(self, doc_id: str, page_no: int, dest: Path, highlight: str | None = None) -> dict:
        from metp.archive.pageimage import render_page_image  # drawing is only needed here

        doc = self.catalog.resolve(doc_id)
        return render_page_image(self, doc, self.catalog.page(doc["doc_id"], page_no), dest, highlight)

    def _page_view(self, doc_id: str, row, with_text: bool) -> dict:
        view = {"doc_id": doc_id, "page": row["page_no"], "method": row["method"],
                "confidence": row["confidence"], "low_confidence_share": row["low_confidence_share"],
                "words": row["word_count"], "width": row["width"], "height": row["height"], "dpi": row["dpi"],
                "flags": [f for f in row["flags"].split(",") if f],
                "preprocessing": json.loads(row["preprocessing"]) if row["preprocessing"] else None,
                "corrected": {"from": row["corrected_from"], "at": row["corrected_at"]} if row["corrected_at"] else None}
        if with_text:
            view["text"] = row["effective_text"]
            if row["corrected_at"]:
                view["ocr_text"] = row["text"]
            view["derivatives"] = {"text": str(self.derivatives.text_path(doc_id, row["page_no"])),
                                   "words": str(self.derivatives.words_path(doc_id, row["page_no"]))}
        return view

    def stats(self) -> dict:
        counts = self.catalog.counts()
        if counts["mean_confidence"] is not None:
            counts["mean_confidence"] = round(counts["mean_confidence"], 2)
        counts["index_pages"] = writer.page_count(self.ix)
        counts["index_bytes"] = writer.size_bytes(self.index_dir)
        counts["archive"] = str(self.root)
        return counts

    def correct(self, doc_id: str, page_no: int, text: str, source: str, wait: bool = False) -> dict:
        """Replace a page's text by an archivist's transcription; kept with its provenance, re-indexed now."""
        doc = self.catalog.resolve(doc_id)
        with self.writer_lock(wait):
            self.catalog.correct(doc["doc_id"], page_no, text, source)
            self.sync_index()
        return self.page(doc["doc_id"], page_no)

    def review_queue(self, below: float = 70.0, low_share: float = 0.3) -> list[dict]:
        queue = []
        for row in self.catalog.review_queue(below, low_share):
            reasons = []
            if "blank" in row["flags"]:
                reasons.append("blank page: check nothing is missing")
            if row["confidence"] is not None and row["confidence"] < below:
                reasons.append(f"mean confidence {row['confidence']:.0f} < {below:.0f}")
            if row["low_confidence_share"] is not None and row["low_confidence_share"] > low_share:
                reasons.append(f"{row['low_confidence_share']:.0%} of words unsure")
            queue.append({"doc_id": row["doc_id"], "page": row["page_no"], "title": row["title"],
                          "confidence": row["confidence"], "low_confidence_share": row["low_confidence_share"],
                          "why": "; ".join(reasons)})
        return queue

    def export_pdf(self, doc_id: str, dest: Path, password: str | None = None) -> Path:
        from metp.archive.searchable import export_searchable_pdf  # pdf assembly only needed here

        return export_searchable_pdf(self, self.catalog.resolve(doc_id), dest, password)

    def export(self, fmt: str, dest: Path) -> dict:
        from metp.archive.export import export  # bagit and XML are only needed here

        return export(self, fmt, dest)

    def verify(self) -> tuple[list, dict]:
        from metp.archive.verify import verify

        return verify(self)

    def batches(self) -> list[dict]:
        return [dict(row) for row in self.catalog.batches()]

    def batch(self, batch_id: str) -> dict:
        view = dict(self.catalog.batch(batch_id))
        view["documents"] = [{k: f[k] for k in ("path", "status", "doc_id", "pages", "error")}
                             for f in self.catalog.batch_files(batch_id)]
        return view


def _title_of(rows) -> str:
    """The document's title as its metadata rows give it (archivists' first), for listings and the index."""
    titles = effective(rows).get("dc.title")
    return titles[0]["value"] if titles else "Untitled"
