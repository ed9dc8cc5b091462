"""`PageIndex`: everything the archive asks of the search engine, and the only door to it.

The archive hands over plain `PageRecord`s and gets back plain results (`SearchResults`, key terms,
a `Highlighter`, page counts); nothing outside `metp/index/` imports a search engine or holds one of its
objects.  Two engines sit behind it: whoosh (the default: pure Python) and tantivy (for large archives:
the Rust engine's official bindings).  An index folder says which engine made it; `rebuild` can build
it with the other one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from metp.index.engines import DEFAULT_ENGINE, ENGINES, checked, engine_of, folder_bytes
from metp.index.records import SORTS, Filters, PageRecord, SearchResults
from metp.index.results import Highlighter

if TYPE_CHECKING:
    from metp.index.searcher import PageSearcher
    from metp.index.tantivy_searcher import TantivySearcher

__all__ = ["PageIndex", "PageRecord", "Filters", "SearchResults", "Highlighter", "SORTS", "ENGINES"]


class PageIndex:
    """One archive's index folder.  Opening is lazy; a searcher is kept for the object's lifetime and
    follows the index as other processes change it.  Writes must happen under the archive's writer lock."""

    def __init__(self, path: Path, create: bool, engine: str | None = None):
        """The index in `path`; a new one (`create`) is made with `engine` (default whoosh)."""
        self.path = path
        self.engine = engine_of(path) or checked(engine or DEFAULT_ENGINE)
        if self.engine == "tantivy":  # each engine's modules are imported by the archives that use it only
            from metp.index import tantivy_store
            self._ix = tantivy_store.open_index(path, create=create)
        else:
            from metp.index import writer
            self._ix = writer.open_index(path, create=create)
        self._searcher: PageSearcher | TantivySearcher | None = None

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self.engine == "whoosh":
            self._ix.close()

    @property
    def _pages(self) -> "PageSearcher | TantivySearcher":
        if self._searcher is None:
            if self.engine == "tantivy":
                from metp.index.tantivy_searcher import TantivySearcher
                self._searcher = TantivySearcher(self.path, self._ix)
            else:
                from metp.index.searcher import PageSearcher
                self._searcher = PageSearcher(self._ix)
        return self._searcher

    # writing ------------------------------------------------------------------------------------
    def replace_documents(self, records: Iterable[PageRecord], doc_ids: Iterable[str]) -> int:
        """Every page of `doc_ids` replaced by `records`, in one commit; returns pages written."""
        if self.engine == "tantivy":
            from metp.index import tantivy_store
            return tantivy_store.replace_documents(self._ix, self.path, records, doc_ids)
        from metp.index import writer
        return writer.replace_documents(self._ix, records, doc_ids)

    @staticmethod
    def rebuild(path: Path, records: Iterable[PageRecord], engine: str | None = None) -> int:
        """A new index beside the live one from `records`, then swapped in; returns pages written.  It is
        made with `engine`, or with the engine of the index it replaces."""
        if checked(engine or engine_of(path) or DEFAULT_ENGINE) == "tantivy":
            from metp.index import tantivy_store
            return tantivy_store.build_fresh(path, records)
        from metp.index import writer
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
        return self._pages.page_count() if self.engine == "tantivy" else self._ix.doc_count()

    def size_bytes(self) -> int:
        return folder_bytes(self.path)
