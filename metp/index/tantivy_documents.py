"""The tantivy engine's table of documents: what search groups, filters, counts and orders by, per document.

Every page carries its document's fields, so one row per document holds them all: its id and `doc_key`,
date (as its rank among the index's dates and its year), facet values, access, page count and the
address of its first page.  It is derived from the index in one scan (fast fields of every live page,
and one term query per facet value), kept in memory for the searcher's lifetime and on disk in
`index/metp-cache/` per committed state of the index (its `meta.json`), so a one-shot search reads it in
milliseconds and only the first search after a write derives it again.  Rows are in `doc_key` order,
so a page's row is a binary search of its key.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import tantivy

from metp.errors import ArchiveDamagedError
from metp.fields import FACETS
from metp.index import tantivy_store as store
from metp.index.columns import RESTRICTED, Columns, Facet
from metp.index.segment_cache import Strings, packed


def fast_values(searcher: tantivy.Searcher, field: str, addresses: list, dtype) -> np.ndarray:
    """A numeric fast field of these pages, as an array."""
    if not addresses:
        return np.zeros(0, dtype=dtype)
    return np.array(searcher.fast_field_values(field, addresses), dtype=dtype)


def every_page(searcher: tantivy.Searcher, query: tantivy.Query, at_most: int | None = None) -> tuple[np.ndarray, list]:
    """(scores, addresses) of every page `query` matches, best first.  `at_most`: how many it can match,
    when known (tantivy's collector costs in proportion to the limit it is given, not to the matches)."""
    hits = searcher.search(query, limit=max(1, searcher.num_docs if at_most is None else at_most), count=False).hits
    scored, addresses = zip(*hits) if hits else ((), ())
    return np.array(scored, dtype=np.float64), list(addresses)


@dataclass(frozen=True)
class DocTable:
    keys: np.ndarray         # uint64, sorted: the documents' `doc_key`s
    names: Strings           # the documents' ids (one string, sliced when asked: no object per document)
    columns: Columns         # metp's columns with documents for rows (years, date rank, facets, live, access)
    pages: np.ndarray        # live pages per document (0: the document is gone from the index)
    first: np.ndarray        # (segment, doc) address of each document's first page; (-1, -1) when gone

    @classmethod
    def derive(cls, searcher: tantivy.Searcher, schema: tantivy.Schema) -> "DocTable":
        names = [name for name, _ in searcher.terms_with_prefix("doc_id", "")]  # (deleted ones too, until merged)
        keys = np.array([store.doc_key(n) for n in names], dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        keys, names = keys[order], [names[i] for i in order.tolist()]
        _, addresses = every_page(searcher, tantivy.Query.all_query())
        rows = np.searchsorted(keys, fast_values(searcher, "doc_key", addresses, np.uint64))
        page_numbers = fast_values(searcher, "page", addresses, np.int64)
        dates = np.full(len(keys), store.UNDATED, dtype=np.int64)
        dates[rows] = fast_values(searcher, "date_order", addresses, np.int64)
        by_page = np.lexsort((page_numbers, rows))
        held, first_at = np.unique(rows[by_page], return_index=True)
        first = np.full((len(keys), 2), -1, dtype=np.int64)
        if len(held):
            first[held] = [(a.segment_ord, a.doc) for a in (addresses[i] for i in by_page[first_at].tolist())]
        facets = {f.key: _facet(searcher, schema, keys, store.FACET_PREFIX + f.key) for f in FACETS}
        restricted = np.zeros(len(keys), dtype=bool)
        restricted[_holders(searcher, schema, keys, "access", RESTRICTED)] = True
        _, date_rank = np.unique(dates, return_inverse=True)  # undated last
        years = np.where(dates == store.UNDATED, 0, dates // 10_000)
        columns = Columns(doc_code=np.arange(len(keys)), doc_names=(), pages=np.zeros(0), years=years,
                          date_rank=date_rank.astype(np.int64), facets=facets, lengths={},
                          live=np.bincount(rows, minlength=len(keys)) > 0, restricted=restricted)
        return cls(keys, Strings.unpack(packed("", names), ""), columns, np.bincount(rows, minlength=len(keys)), first)

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The rows of these `doc_key`s (all known: the table is made from the searcher that found them;
        checked all the same, a wrong row would give a page another document's facets)."""
        rows = np.minimum(np.searchsorted(self.keys, keys), max(len(self.keys) - 1, 0))
        if len(keys) and not (self.keys[rows] == keys).all():
            raise ArchiveDamagedError("the search index and its cached table of documents disagree; run "
                                      "`metp reindex`")
        return rows

    def row_of(self, doc_id: str) -> int | None:
        at = int(np.searchsorted(self.keys, np.uint64(store.doc_key(doc_id))))
        return at if at < len(self.keys) and self.names[at] == doc_id else None

    def first_page(self, row: int) -> tantivy.DocAddress:
        segment, doc = self.first[row].tolist()
        return tantivy.DocAddress(segment, doc)

    def pack(self) -> dict[str, np.ndarray]:
        c = self.columns
        arrays = {"keys": self.keys, **packed("names.", self.names.to_list()), "years": c.years.astype(np.int16),
                  "pages": self.pages.astype(np.int32), "date_rank": c.date_rank.astype(np.int32),
                  "restricted": c.restricted, "first": self.first.astype(np.int32)}
        for key, facet in c.facets.items():
            arrays.update(facet.pack(f"facet.{key}"))
        return arrays

    @classmethod
    def unpack(cls, arrays: dict[str, np.ndarray]) -> "DocTable":
        """From the cache: views into the file's bytes where numpy can use them as they are."""
        keys, pages = arrays["keys"], arrays["pages"]
        names = Strings.unpack(arrays, "names.")
        columns = Columns(doc_code=np.arange(len(keys)), doc_names=(), pages=np.zeros(0), years=arrays["years"],
                          date_rank=arrays["date_rank"],
                          facets={f.key: Facet.unpack(arrays, f"facet.{f.key}") for f in FACETS},
                          lengths={}, live=pages > 0, restricted=arrays["restricted"])
        if keys.dtype != np.uint64 or not all(len(a) == len(keys) for a in (names, columns.years, columns.date_rank,
                                                                          pages, arrays["first"])):
            raise ValueError("cached document table of another layout")
        return cls(keys, names, columns, pages, arrays["first"].reshape(len(keys), 2))


def _holders(searcher: tantivy.Searcher, schema: tantivy.Schema, keys: np.ndarray, field: str,
             value: str) -> np.ndarray:
    """The rows of the documents with `value` in `field`."""
    _, addresses = every_page(searcher, tantivy.Query.term_query(schema, field, value))
    return np.unique(np.searchsorted(keys, fast_values(searcher, "doc_key", addresses, np.uint64)))


def _facet(searcher: tantivy.Searcher, schema: tantivy.Schema, keys: np.ndarray, field: str) -> Facet:
    values = sorted(v for v, _ in searcher.terms_with_prefix(field, ""))
    held = [_holders(searcher, schema, keys, field, v) for v in values]
    return Facet(tuple(values), np.repeat(np.arange(len(values)), [len(h) for h in held]).astype(np.int64),
                 np.concatenate(held).astype(np.int64) if held else np.zeros(0, dtype=np.int64))
