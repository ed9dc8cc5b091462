"""What the archive's user operations return: frozen views that the CLI and the web render alike.

`to_json()` is the JSON contract (`metp ... --json` prints it; the web's `.json` twins serve it).
Renderers never get strings with markup in them: snippets are text plus match spans (`Snippet`), and
each output marks and escapes them its own way.  In JSON a snippet is HTML: the text escaped, the
matches in `<mark>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from metp.archive.viewcore import View, internal, json_fields, json_value
from metp.index.records import Hit


# metadata -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MetadataValue(View):
    value: str
    provenance: str           # "auto" or "archivist"
    rule: str | None          # auto: the rule or model that produced it
    confidence: float | None  # auto: 0..1
    source: str | None        # archivist: the CSV file or command it came from
    at: str                   # when it was recorded (UTC, ISO)


Metadata = Mapping[str, tuple[MetadataValue, ...]]  # field -> the values that count, best first


@dataclass(frozen=True)
class MetadataView(View):
    doc_id: str = internal()
    fields: Metadata = field(default_factory=dict)

    def to_json(self):
        return json_value(self.fields)


# documents and pages --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceView(View):
    path: str
    batch_id: str
    recorded_at: str


@dataclass(frozen=True)
class Correction(View):
    source: str  # who or what made the transcription ("from" in JSON)
    at: str

    def to_json(self):
        return {"from": self.source, "at": self.at}


@dataclass(frozen=True)
class PageSummary(View):
    doc_id: str
    page: int
    method: str
    confidence: float | None
    low_confidence_share: float | None
    words: int
    width: int | None
    height: int | None
    dpi: int | None
    flags: tuple[str, ...]
    preprocessing: Mapping | None
    corrected: Correction | None


@dataclass(frozen=True)
class Box(View):
    """A word's box on the page image, in the page's pixels (text-layer pages: PDF points)."""

    left: int
    top: int
    width: int
    height: int
    word: str


@dataclass(frozen=True)
class PageView(PageSummary):
    text: str = ""
    ocr_text: str | None = None     # the OCR text a correction replaced
    derivatives: Mapping[str, str] = field(default_factory=dict)
    title: str = internal(default="")
    page_count: int = internal(default=0)

    def to_json(self):
        out = json_fields(self)
        if self.ocr_text is None:
            del out["ocr_text"]
        return out


@dataclass(frozen=True)
class HitsOnPage(View):
    """A page with the words a query matched boxed: the page viewer's data."""

    page: PageView
    query: str
    boxes: tuple[Box, ...]
    hit_pages: tuple[int, ...]  # the document's pages with hits, for next/previous

    def to_json(self):
        return {**self.page.to_json(), "query": self.query, "hits": json_value(self.boxes),
                "hit_pages": list(self.hit_pages)}


@dataclass(frozen=True)
class DocumentView(View):
    doc_id: str
    title: str
    sha256: str
    size: int
    media_type: str
    page_count: int
    batch_id: str
    ingested_at: str
    original: str
    sources: tuple[SourceView, ...]
    pages: tuple[PageSummary, ...]
    metadata: Metadata
    restricted: bool = internal(default=False)
    warnings: tuple[str, ...] = internal(default=())

    def first(self, name: str) -> str:
        values = self.metadata.get(name, ())
        return values[0].value if values else ""


@dataclass(frozen=True)
class PageImage(View):
    doc_id: str
    page: int
    image: str
    boxed_words: int


# search (SearchView is in viewcore.py) ---------------------------------------------------------------
@dataclass(frozen=True)
class SimilarView(View):
    doc_id: str
    key_terms: tuple[str, ...]
    total: int
    hits: tuple[Hit, ...]


# the archive -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatsView(View):
    documents: int
    pages: int
    ocr_pages: int
    text_layer_pages: int
    plain_text_pages: int
    mean_confidence: float | None
    blank_pages: int
    unindexed_documents: int
    corrected_pages: int
    batches: int
    original_bytes: int
    index_pages: int
    index_bytes: int
    archive: str


@dataclass(frozen=True)
class ReviewItem(View):
    doc_id: str
    page: int | None  # None: the document as a whole (its metadata is incomplete)
    title: str
    confidence: float | None
    low_confidence_share: float | None
    why: str


@dataclass(frozen=True)
class ReviewView(View):
    items: tuple[ReviewItem, ...]

    def to_json(self):
        return json_value(self.items)


@dataclass(frozen=True)
class BatchSummary(View):
    batch_id: str
    started_at: str
    finished_at: str | None
    status: str
    command: str
    files: int
    ingested: int
    duplicates: int
    skipped: int
    failed: int
    pages: int


@dataclass(frozen=True)
class BatchesView(View):
    batches: tuple[BatchSummary, ...]

    def to_json(self):
        return json_value(self.batches)


@dataclass(frozen=True)
class BatchFile(View):
    path: str
    status: str
    doc_id: str | None
    pages: int
    error: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class BatchView(BatchSummary):
    documents: tuple[BatchFile, ...] = ()


@dataclass(frozen=True)
class VerifyView(View):
    documents: int
    pages: int
    problems: tuple[str, ...]
    fixity_recorded: bool = True  # each fixity check was recorded as a PREMIS event (False: catalog read-only)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self):
        return {"documents": self.documents, "pages": self.pages, "ok": self.ok, "problems": list(self.problems),
                "fixity_recorded": self.fixity_recorded}


@dataclass(frozen=True)
class TagOutcome(View):
    csv: str
    applied: tuple[str, ...]
    unmatched: tuple[str, ...]


# browsing and the web UI -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SubjectTerm(View):
    """A subject of the vocabulary (or one only archivists used) with the documents tagged with it."""

    term: str
    facet: str                 # the vocabulary's facet: "theme", "skill"; "other" for terms not in it
    documents: int             # documents tagged with this very term
    broader: tuple[str, ...]   # nearest first
    narrower: tuple[str, ...]  # direct narrower terms


@dataclass(frozen=True)
class SubjectsView(View):
    subjects: tuple[SubjectTerm, ...]

    def to_json(self):
        return json_value(self.subjects)


@dataclass(frozen=True)
class BatchListing(View):
    """An ingest batch as a way into the archive: when it ran and how many documents it brought."""

    batch_id: str
    started_at: str
    documents: int


@dataclass(frozen=True)
class BrowseOverview(View):
    """Ways into the archive without a query: documents, facet values with counts, ingest batches."""

    documents: int
    facets: Mapping[str, Mapping[str, int]]
    batches: tuple[BatchListing, ...]


@dataclass(frozen=True)
class DocumentSummary(View):
    doc_id: str
    title: str
    date: str
    doc_type: str
    pages: int


@dataclass(frozen=True)
class BatchDocumentsView(View):
    batch_id: str
    started_at: str
    total: int
    documents: tuple[DocumentSummary, ...]
    offset: int = internal(default=0)
    limit: int = internal(default=50)


@dataclass(frozen=True)
class ViewImage(View):
    """A page image as its word boxes were measured (cached PNG); a box's units times `scale` are pixels."""

    doc_id: str
    page: int
    width: int
    height: int
    scale: float
    path: str | None = internal(default=None)   # the cached file (None: it could not be written)
    data: bytes | None = internal(default=None)  # the PNG itself when it could not be cached
