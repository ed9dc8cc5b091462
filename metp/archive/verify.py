"""`metp verify`: fixity of every original, the catalog's own integrity, and agreement of catalog,
derivatives and index.  Every fixity check is recorded in the catalog as a PREMIS `fixity check` event
(outcome `pass` or `fail`), so the METS export can show when each original was last found intact."""

from __future__ import annotations

from metp.archive import agents
from metp.archive.catalog import event
from metp.archive.repository import Repository
from metp.archive.views import VerifyView
from metp.errors import CannotWriteError
from metp.index.page_index import PageIndex


def verify(repository: Repository, index: PageIndex) -> VerifyView:
    """Everything wrong with the archive (nothing when sound), and what was checked."""
    catalog = repository.catalog
    problems = [f"catalog integrity check: {line}; restore catalog.sqlite from a backup"
                for line in catalog.integrity_problems()]
    docs = catalog.documents()
    checks = []
    for doc in docs:
        doc_id = doc["doc_id"]
        fixity = repository.store.verify(doc["sha256"])
        if fixity:
            problems.append(f"{doc_id}: {fixity}")
        checks.append(event(doc_id, "fixity check", "SHA-256 of the stored original recomputed and compared "
                            "with the one recorded at ingest", outcome="fail" if fixity else "pass",
                            outcome_detail=fixity or doc["sha256"], agents=[agents.metp()]))
        pages = catalog.pages(doc_id)
        if len(pages) != doc["page_count"]:
            problems.append(f"{doc_id}: catalog has {len(pages)} pages, expected {doc['page_count']}")
        problems += [f"{doc_id}: derivative missing: {path}"
                     for path in repository.derivatives.missing(doc_id, doc["page_count"])]
    problems += _index_problems(docs, index.page_counts())
    try:
        catalog.record_events(checks)
        recorded = True
    except CannotWriteError:  # a read-only copy of an archive can still be verified
        recorded = False
    return VerifyView(len(docs), sum(d["page_count"] for d in docs), tuple(problems), recorded)


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
