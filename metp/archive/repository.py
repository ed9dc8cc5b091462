"""The archive's stored material: catalog, originals and derivatives, kept consistent as one unit.

`store_document` is the unit of work of an ingest (original, then derivatives, then the catalog rows,
which are what make the document exist).  The read side turns catalog rows into the views users see.
Nothing here touches the search index (see indexing.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from metp.archive.catalog import Catalog
from metp.archive.derivatives import Derivatives
from metp.archive.metadata import effective
from metp.archive.store import ObjectStore
from metp.deferred import Deferred

if TYPE_CHECKING:
    from metp.archive.views import BatchSummary, BatchView, DocumentView, Metadata, PageSummary, PageView, ReviewItem
    from metp.pipeline.model import Identified, Page
    from metp.pipeline.tagging import Tags
    from metp.settings import OcrSettings

CATALOG_NAME = "catalog.sqlite"
views = Deferred("metp.archive.views")  # not needed by a search, which reads no catalog rows as views
model = Deferred("metp.pipeline.model")


class Repository:
    def __init__(self, root: Path):
        self.root = root
        self.catalog = Catalog(root / CATALOG_NAME)
        self.store = ObjectStore(root / "objects")
        self.derivatives = Derivatives(root / "derivatives")

    def close(self) -> None:
        self.catalog.close()

    # writing ------------------------------------------------------------------------------------
    def store_document(self, doc_id: str, sha256: str, size: int, identified: Identified, pages: list[Page],
                       path: str, batch_id: str, seq: int, tags: "Tags", ocr: "OcrSettings | None" = None) -> None:
        """Original, then derivatives, then the catalog rows: the last step is what makes it exist.
        The rows include the document's first events (ingestion, message digest, identification, reading),
        for PREMIS; `ocr` is the reading's settings, named in those events and in the ALTO files."""
        from metp.archive.standards import ingest_events, layout_pages, provenance_of

        auto = [(v.field, v.value, v.rule, v.confidence) for v in tags.values]
        title = tags.first("dc.title") or PurePath(path).stem
        self.store.put(identified.path, sha256)
        self.derivatives.write(doc_id, pages)
        events = ingest_events(doc_id, sha256, identified.media_type, pages, path, batch_id, ocr)
        reading = next(e for e in events if e["type"] == "transcription")
        self.derivatives.write_layout(doc_id, layout_pages(doc_id, pages),
                                      provenance_of(sha256, PurePath(path).name, reading, ocr))
        doc = {"doc_id": doc_id, "sha256": sha256, "size": size, "kind": identified.kind.value,
               "media_type": identified.media_type, "title": title, "page_count": len(pages)}
        rows = [page_row(p) for p in pages]
        self.catalog.add_document(doc, rows, path, batch_id, seq, auto, tuple(tags.warnings), events)

    # reading ------------------------------------------------------------------------------------
    def metadata(self, doc_id: str) -> Metadata:
        return {name: tuple(views.MetadataValue(**v) for v in values)
                for name, values in effective(self.catalog.metadata_rows(doc_id)).items()}

    def values(self, doc_id: str) -> dict[str, list[str]]:
        """The effective values of each field, without provenance."""
        return {name: [v.value for v in values] for name, values in self.metadata(doc_id).items()}

    def original(self, doc) -> Path:
        return self.store.path_for(doc["sha256"])

    def document(self, doc_id: str) -> DocumentView:
        doc = self.catalog.resolve(doc_id)
        doc_id = doc["doc_id"]
        return views.DocumentView(
            doc_id=doc_id, title=doc["title"], sha256=doc["sha256"], size=doc["size"],
            media_type=doc["media_type"], page_count=doc["page_count"], batch_id=doc["batch_id"],
            ingested_at=doc["ingested_at"], original=str(self.original(doc)),
            sources=tuple(views.SourceView(s["path"], s["batch_id"], s["recorded_at"])
                          for s in self.catalog.sources(doc_id)),
            pages=tuple(_summary(doc_id, row) for row in self.catalog.pages(doc_id)),
            metadata=self.metadata(doc_id),
            warnings=tuple(w["message"] for w in self.catalog.warnings(doc_id)))

    def page(self, doc_id: str, page_no: int) -> PageView:
        doc = self.catalog.resolve(doc_id)
        row = self.catalog.page(doc["doc_id"], page_no)
        summary = _summary(doc["doc_id"], row)
        return views.PageView(**vars(summary), text=row["effective_text"],
                              ocr_text=row["text"] if row["corrected_at"] else None,
                              derivatives=self._derivative_paths(doc["doc_id"], page_no),
                              title=doc["title"], page_count=doc["page_count"])

    def _derivative_paths(self, doc_id: str, page_no: int) -> dict[str, str]:
        """The page's derivative files: text and words always; ALTO and hOCR once written (pages ingested
        before metp wrote them get them from `metp reocr` or in `metp export --format alto`)."""
        d = self.derivatives
        paths = {"text": d.text_path(doc_id, page_no), "words": d.words_path(doc_id, page_no)}
        for name, path in (("alto", d.alto_path(doc_id, page_no)), ("hocr", d.hocr_path(doc_id, page_no))):
            if path.exists():
                paths[name] = path
        return {name: str(path) for name, path in paths.items()}

    def record(self, doc_id: str) -> dict:
        """The document's Dublin Core record: descriptive values that count, plus technical fields."""
        doc = self.catalog.resolve(doc_id)
        pages = self.catalog.pages(doc["doc_id"])
        confs = [p["confidence"] for p in pages if p["confidence"] is not None]
        return {
            **self.values(doc["doc_id"]),
            "dc.identifier": [doc["doc_id"]],
            "dc.format": [doc["media_type"]],
            "dc.source": [s["path"] for s in self.catalog.sources(doc["doc_id"])],
            "metp.pages": doc["page_count"],
            "metp.ocr_confidence": round(sum(confs) / len(confs), 2) if confs else None,
            "metp.sha256": doc["sha256"],
            "metp.batch": doc["batch_id"],
        }

    def pages_for_tagging(self, doc_id: str) -> list[Page]:
        """Pages as the tagging stage saw them at ingest: the catalog's text, the derivatives' word boxes."""
        return [model.Page(row["page_no"], model.PageMethod(row["method"]), row["effective_text"],
                     self.derivatives.read_words(doc_id, row["page_no"]), row["confidence"], row["width"],
                     row["height"], row["dpi"])
                for row in self.catalog.pages(doc_id)]

    def review(self, below: float, low_share: float) -> tuple[ReviewItem, ...]:
        """Pages to check, rescan or correct (worst first), then documents whose metadata is incomplete."""
        items = []
        for row in self.catalog.review_queue(below, low_share):
            reasons = []
            if "over-budget" in row["flags"]:
                reasons.append("too slow to OCR in full (speckle or noise?): read as one block of text; "
                               "check it, rescan or transcribe")
            if "blank" in row["flags"]:
                reasons.append("blank page: check nothing is missing")
            if row["confidence"] is not None and row["confidence"] < below:
                reasons.append(f"mean confidence {row['confidence']:.0f} < {below:.0f}")
            if row["low_confidence_share"] is not None and row["low_confidence_share"] > low_share:
                reasons.append(f"{row['low_confidence_share']:.0%} of words unsure")
            items.append(views.ReviewItem(row["doc_id"], row["page_no"], row["title"], row["confidence"],
                                    row["low_confidence_share"], "; ".join(reasons)))
        for row in self.catalog.warnings():
            items.append(views.ReviewItem(row["doc_id"], None, row["title"], None, None,
                                    f"{row['stage']}: {row['message']}"))
        return tuple(items)

    def batches(self) -> tuple[BatchSummary, ...]:
        return tuple(views.BatchSummary(**dict(row)) for row in self.catalog.batches())

    def batch(self, batch_id: str) -> BatchView:
        files = tuple(views.BatchFile(f["path"], f["status"], f["doc_id"], f["pages"], f["error"],
                                tuple(f["warnings"].split("\n")) if f["warnings"] else ())
                      for f in self.catalog.batch_files(batch_id))
        return views.BatchView(**dict(self.catalog.batch(batch_id)), documents=files)


def page_row(p: Page) -> dict:
    """A page's row in the catalog's `pages` table."""
    return {"page_no": p.page_no, "method": p.method.value, "text": p.text, "confidence": p.confidence,
            "word_count": len(p.words), "width": p.width, "height": p.height, "dpi": p.dpi,
            "flags": ",".join(p.flags), "low_confidence_share": p.low_confidence_share,
            "preprocessing": json.dumps(asdict(p.preprocessing)) if p.preprocessing else None}


def _summary(doc_id: str, row) -> PageSummary:
    return views.PageSummary(
        doc_id=doc_id, page=row["page_no"], method=row["method"], confidence=row["confidence"],
        low_confidence_share=row["low_confidence_share"], words=row["word_count"], width=row["width"],
        height=row["height"], dpi=row["dpi"], flags=tuple(f for f in row["flags"].split(",") if f),
        preprocessing=json.loads(row["preprocessing"]) if row["preprocessing"] else None,
        corrected=views.Correction(row["corrected_from"], row["corrected_at"]) if row["corrected_at"] else None)
