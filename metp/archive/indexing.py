"""Keeping the search index consistent with the catalog, which is the source of truth.

Documents are marked `indexed` in the catalog only after their pages are committed to the index, so
a crash between the two is finished by the next sync; `rebuild` makes the whole index anew from the
catalog (`metp reindex`).
"""

from __future__ import annotations

from pathlib import Path

from metp.archive.repository import Repository
from metp.errors import IndexOutdatedError, UsageError
from metp.fields import INDEXED
from metp.index.engines import engine_of
from metp.index.page_index import PageIndex, PageRecord



class IndexSync:
    def __init__(self, repository: Repository, path: Path, engine: str | None = None):
        """`engine`: the search engine of a new index (None: whoosh); an existing index keeps its own."""
        self.repository = repository
        self.path = path
        self.engine = engine
        self._index: PageIndex | None = None

    @property
    def index(self) -> PageIndex:
        if self._index is None:
            # A missing index is created only for an empty archive; otherwise it is damage to report,
            # never papered over with an empty index that silently finds nothing.
            current = engine_of(self.path)
            if self.engine and current and current != self.engine:
                raise UsageError(f"this archive's search index uses {current}; convert it first with "
                                 f"`metp reindex --engine {self.engine}`")
            self._index = PageIndex(self.path, create=self.repository.catalog.is_empty(), engine=self.engine)
        return self._index

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def records(self, doc) -> list[PageRecord]:
        """The document's pages as the index keeps them, with its effective metadata."""
        catalog = self.repository.catalog
        sources = catalog.sources(doc["doc_id"])
        values = self.repository.values(doc["doc_id"])
        fields = {f.key: tuple(values.get(f.name, ())) for f in INDEXED}
        return [PageRecord(doc_id=doc["doc_id"], page=p["page_no"], title=doc["title"], content=p["effective_text"],
                           source=sources[0]["path"] if sources else "", method=p["method"],
                           confidence=p["confidence"], fields=fields)
                for p in catalog.pages(doc["doc_id"])]

    def sync(self) -> int:
        """Index the catalogued documents the index does not have yet; returns how many.  Runs under the
        writer lock, so an index left by an older metp is rebuilt here, not refused."""
        try:
            index = self.index  # opened first: on a new archive this creates the index before any document
        except IndexOutdatedError:
            self.rebuild()
            return 0
        docs = self.repository.catalog.documents(only_unindexed=True)
        if not docs:
            return 0
        ids = [doc["doc_id"] for doc in docs]
        index.replace_documents((r for doc in docs for r in self.records(doc)), ids)
        self.repository.catalog.mark_indexed(ids)
        return len(docs)

    def rebuild(self, engine: str | None = None) -> int:
        """The whole index anew from the catalog, swapped in when complete (with `engine`, or the engine
        the index has); returns pages indexed."""
        self.close()
        docs = self.repository.catalog.documents()
        count = PageIndex.rebuild(self.path, (r for doc in docs for r in self.records(doc)), engine=engine)
        self.repository.catalog.mark_indexed([doc["doc_id"] for doc in docs])
        return count
