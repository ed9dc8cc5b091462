"""`metp verify`: fixity of every original, the catalog's own integrity, and agreement of catalog,
derivatives and index."""

from __future__ import annotations

from metp.archive.repository import Repository
from metp.archive.views import VerifyView
from metp.index.page_index import PageIndex


def verify(repository: Repository, index: PageIndex) -> VerifyView:
    """Everything wrong with the archive (nothing when sound), and what was checked."""
    catalog = repository.catalog
    problems = [f"catalog integrity check: {line}; restore catalog.sqlite from a backup"
                for line in catalog.integrity_problems()]
    docs = catalog.documents()
    for doc in docs:
        doc_id = doc["doc_id"]
        fixity = repository.store.verify(doc["sha256"])
        if fixity:
            problems.append(f"{doc_id}: {fixity}")
        pages = catalog.pages(doc_id)
        if len(pages) != doc["page_count"]:
            problems.append(f"{doc_id}: catalog has {len(pages)} pages, expected {doc['page_count']}")
        problems += [f"{doc_id}: derivative missing: {path}"
                     for path in repository.derivatives.missing(doc_id, doc["page_count"])]
    problems += _index_problems(docs, index.page_counts())
    return VerifyView(len(docs), sum(d["page_count"] for d in docs), tuple(problems))


def _index_problems(docs, indexed: dict[str, int]) -> list[str]:
    problems = []
    catalogued = {doc["doc_id"]: doc for doc in docs}
    for doc_id, doc in catalogued.items():
        if doc["indexed"] and indexed.get(doc_id, 0) != doc["page_count"]:
            problems.append(f"{doc_id}: index has {indexed.get(doc_id, 0)} of {doc['page_count']} pages; "
                            "run `metp reindex`")
        elif not doc["indexed"]:
            problems.append(f"{doc_id}: catalogued but not yet indexed; run `metp reindex`")
    problems += [f"{doc_id}: in the index but not in the catalog; run `metp reindex`"
                 for doc_id in sorted(indexed.keys() - catalogued.keys())]
    return problems
