"""Ways into the archive without a query: subjects with the vocabulary's broader and narrower terms,
facet values with counts, ingest batches and their documents, and who may see a document.

Counts come from the search index (a browse over every document the caller may see, see
`PageIndex.browse`); batches and access from the catalog, which is the source of truth.
"""

from __future__ import annotations

from metp.archive.metadata import effective
from metp.archive.repository import Repository
from metp.archive.views import (BatchDocumentsView, BatchListing, BrowseOverview, DocumentSummary, SubjectsView,
                                SubjectTerm)
from metp.errors import NotFoundError
from metp.index.columns import RESTRICTED
from metp.index.page_index import Filters, PageIndex
from metp.pipeline.tagging.vocabulary import Vocabulary

ACCESS_FIELD = "metp.access"
SUBJECT_FACETS = ("theme", "skill")  # the vocabulary's facets that are tagged as dc.subject


def restricted_ids(repository: Repository) -> set[str]:
    """Documents whose effective access is `restricted` (only documents with an access row are read)."""
    db = repository.catalog.db
    ids = [row[0] for row in db.execute("SELECT DISTINCT doc_id FROM metadata WHERE field=?", (ACCESS_FIELD,))]
    return {doc_id for doc_id in ids if access_of(repository, doc_id) == RESTRICTED}


def access_of(repository: Repository, doc_id: str) -> str:
    """`restricted` or `open` (no value, or any other value)."""
    rows = repository.catalog.db.execute("SELECT * FROM metadata WHERE doc_id=? ORDER BY id", (doc_id,)).fetchall()
    values = effective(rows).get(ACCESS_FIELD, [])
    return RESTRICTED if values and values[0]["value"].strip().lower() == RESTRICTED else "open"


def subjects(index: PageIndex, vocabulary: Vocabulary, filters: Filters) -> SubjectsView:
    """Every subject term of the vocabulary (themes and skills, broader-only nodes too) with the documents
    tagged with it, then the subjects archivists used that the vocabulary lacks."""
    counts = {k.casefold(): n for k, n in index.browse(limit=1, filters=filters).facets.get("subject", {}).items()}
    terms = [t for t in vocabulary.terms if t.facet in SUBJECT_FACETS]
    narrower: dict[str, list[str]] = {}
    for t in terms:
        for parent in t.broader:
            narrower.setdefault(parent.casefold(), []).append(t.preferred)
    out = [SubjectTerm(t.preferred, t.facet, counts.pop(t.preferred.casefold(), 0), vocabulary.broader(t.preferred),
                       tuple(sorted(narrower.get(t.preferred.casefold(), ()), key=str.casefold)))
           for t in terms]
    out += [SubjectTerm(value, "other", n, (), ()) for value, n in sorted(counts.items())]
    return SubjectsView(tuple(out))


def overview(repository: Repository, index: PageIndex, filters: Filters, hidden: set[str]) -> BrowseOverview:
    everything = index.browse(limit=1, filters=filters)
    return BrowseOverview(everything.total, everything.facets, batches(repository, hidden))


def batches(repository: Repository, hidden: set[str]) -> tuple[BatchListing, ...]:
    """Batches that brought documents, with how many (documents are counted in their first batch)."""
    db = repository.catalog.db
    per_batch = dict(db.execute("SELECT batch_id, COUNT(*) FROM documents GROUP BY batch_id").fetchall())
    for doc_id in hidden:
        row = db.execute("SELECT batch_id FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        if row:
            per_batch[row[0]] -= 1
    rows = db.execute("SELECT batch_id, started_at FROM batches ORDER BY started_at, batch_id").fetchall()
    return tuple(BatchListing(r["batch_id"], r["started_at"], per_batch[r["batch_id"]])
                 for r in rows if per_batch.get(r["batch_id"]))


def batch_documents(repository: Repository, batch_id: str, hidden: set[str], limit: int = 50,
                    offset: int = 0) -> BatchDocumentsView:
    """The documents a batch brought into the archive, in the order it ingested them."""
    db = repository.catalog.db
    batch = db.execute("SELECT batch_id, started_at FROM batches WHERE batch_id=?", (batch_id,)).fetchone()
    if batch is None:
        raise NotFoundError(f"no batch {batch_id!r} in the archive")
    rows = db.execute("SELECT DISTINCT d.doc_id, d.title, d.page_count FROM documents d"
                      " LEFT JOIN batch_files f ON f.batch_id = d.batch_id AND f.doc_id = d.doc_id"
                      " WHERE d.batch_id=? GROUP BY d.doc_id ORDER BY MIN(COALESCE(f.seq, 0)), d.doc_id",
                      (batch_id,)).fetchall()
    visible = [r for r in rows if r["doc_id"] not in hidden]
    shown = []
    for r in visible[offset: offset + limit]:
        values = repository.values(r["doc_id"])
        shown.append(DocumentSummary(r["doc_id"], r["title"], (values.get("dc.date") or [""])[0],
                                     (values.get("dc.type") or [""])[0], r["page_count"]))
    return BatchDocumentsView(batch["batch_id"], batch["started_at"], len(visible), tuple(shown), offset, limit)
