"""`metp verify`: fixity of every original, and agreement of catalog, derivatives and index."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    doc_id: str | None
    what: str

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.what}" if self.doc_id else self.what


def verify(archive) -> tuple[list[Problem], dict]:
    """Everything wrong with the archive (empty when sound), and what was checked."""
    problems = [Problem(None, f"catalog integrity check: {line}; restore catalog.sqlite from a backup")
                for line in archive.catalog.integrity_problems()]
    docs = archive.catalog.documents()
    for doc in docs:
        fixity = archive.store.verify(doc["sha256"])
        if fixity:
            problems.append(Problem(doc["doc_id"], fixity))
        pages = archive.catalog.pages(doc["doc_id"])
        if len(pages) != doc["page_count"]:
            problems.append(Problem(doc["doc_id"], f"catalog has {len(pages)} pages, expected {doc['page_count']}"))
        for path in archive.derivatives.missing(doc["doc_id"], doc["page_count"]):
            problems.append(Problem(doc["doc_id"], f"derivative missing: {path}"))
    problems += _index_problems(archive, docs)
    checked = {"documents": len(docs), "pages": sum(d["page_count"] for d in docs)}
    return problems, checked


def _index_problems(archive, docs) -> list[Problem]:
    with archive.ix.searcher() as searcher:
        indexed = Counter(stored["doc_id"] for stored in searcher.all_stored_fields())
    problems = []
    catalogued = {doc["doc_id"]: doc for doc in docs}
    for doc_id, doc in catalogued.items():
        if doc["indexed"] and indexed.get(doc_id, 0) != doc["page_count"]:
            problems.append(Problem(doc_id, f"index has {indexed.get(doc_id, 0)} of {doc['page_count']} pages; "
                                            "run `metp reindex`"))
        elif not doc["indexed"]:
            problems.append(Problem(doc_id, "catalogued but not yet indexed; run `metp reindex`"))
    for doc_id in indexed.keys() - catalogued.keys():
        problems.append(Problem(doc_id, "in the index but not in the catalog; run `metp reindex`"))
    return problems


