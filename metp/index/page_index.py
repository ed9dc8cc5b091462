"""`PageIndex`: everything the archive asks of the search engine, and the only door to it.

The archive hands over plain `PageRecord`s and gets back plain results (`SearchResults`, key terms,
a `Highlighter`, page counts); nothing outside `metp/index/` imports whoosh or holds one of its objects.
That boundary is what lets another engine sit behind the same interface.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from metp.index import writer
from metp.index.records import Filters, PageRecord, SearchResults
from metp.index.searcher import SORTS, Highlighter, PageSearcher

__all__ = ["PageIndex", "PageRecord", "Filters", "SearchResults", "Highlighter", "SORTS"]


class PageIndex:
    """One archive's index folder.  Opening is lazy; a searcher is kept for the object's lifetime and
    follows the index as other processes change it.  Writes must happen under the archive's writer lock."""

    def __init__(self, path: Path, create: bool):
        self.path = path
        self._ix = writer.open_index(path, create=create)
        self._searcher: PageSearcher | None = None

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix.close()

    @property
    def _pages(self) -> PageSearcher:
        if self._searcher is None:
            self._searcher = PageSearcher(self._ix)
        return self._searcher

    # writing ------------------------------------------------------------------------------------
    def replace_documents(self, records: Iterable[PageRecord], doc_ids: Iterable[str]) -> int:
        """Every page of `doc_ids` replaced by `records`, in one commit; returns pages written."""
        return writer.replace_documents(self._ix, records, doc_ids)

    @staticmethod
    def rebuild(path: Path, records: Iterable[PageRecord]) -> int:
        """A new index built beside the live one from `records`, then swapped in; returns pages written."""
        return writer.build_fresh(path, records)

    # reading ------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               exact: bool = False, sort: str = "relevance") -> SearchResults:
        return self._pages.search(query, limit=limit, offset=offset, filters=filters, exact=exact, sort=sort)

    def similar(self, doc_id: str, limit: int = 10, filters: Filters = Filters()) -> tuple[list[str], SearchResults]:
        return self._pages.similar(doc_id, limit, filters=filters)

    def browse(self, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               sort: str = "date") -> SearchResults:
        """Documents matching `filters` without a query (see `PageSearcher.browse`)."""
        return self._pages.browse(limit=limit, offset=offset, filters=filters, sort=sort)

    def highlighter(self, query: str, exact: bool = False) -> Highlighter:
        return self._pages.highlighter(query, exact)

    def page_counts(self) -> dict[str, int]:
        return self._pages.page_counts()

    def page_count(self) -> int:
        return writer.page_count(self._ix)

    def size_bytes(self) -> int:
        return writer.size_bytes(self.path)
