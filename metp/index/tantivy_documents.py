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

from metp.fields import FACETS
from metp.index import tantivy_store as store
from metp.index.columns import RESTRICTED, Columns, Facet
from metp.index.segment_cache import Strings, packed

UNDATED = 99_999_999  # tantivy_store.date_order of a page without a date


def fast_values(searcher: tantivy.Searcher, field: str, addresses: list, dtype) -> np.ndarray:
    """A numeric fast field of these pages, as an array."""
    if not addresses:
        return np.zeros(0, dtype=dtype)
    return np.array(searcher.fast_field_values(field, addresses), dtype=dtype)


def every_page(searcher: tantivy.Searcher, query: tantivy.Query) -> tuple[np.ndarray, list]:
    """(scores, addresses) of every page `query` matches, best first."""
    hits = searcher.search(query, limit=max(1, searcher.num_docs), count=False).hits
    scored, addresses = zip(*hits) if hits else ((), ())
    return np.array(scored, dtype=np.float64), list(addresses)


@dataclass(frozen=True)
class DocTable:
    keys: np.ndarray         # uint64, sorted: the documents' `doc_key`s
    columns: Columns         # metp's columns with documents for rows (names, years, date rank, facets, ...)
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
        dates = np.full(len(keys), UNDATED, dtype=np.int64)
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
        years = np.where(dates == UNDATED, 0, dates // 10_000)
        columns = Columns(doc_code=np.arange(len(keys)), doc_names=tuple(names), pages=np.zeros(0), years=years,
                          date_rank=date_rank.astype(np.int64), facets=facets, lengths={},
                          live=np.bincount(rows, minlength=len(keys)) > 0, restricted=restricted)
        return cls(keys, columns, np.bincount(rows, minlength=len(keys)), first)

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The rows of these `doc_key`s (all known: the table is made from the searcher that found them)."""
        return np.searchsorted(self.keys, keys)

    def row_of(self, doc_id: str) -> int | None:
        at = int(np.searchsorted(self.keys, np.uint64(store.doc_key(doc_id))))
        return at if at < len(self.keys) and self.columns.doc_names[at] == doc_id else None

    def first_page(self, row: int) -> tantivy.DocAddress:
        segment, doc = self.first[row].tolist()
        return tantivy.DocAddress(segment, doc)

    def pack(self) -> dict[str, np.ndarray]:
        c = self.columns
        arrays = {"keys": self.keys, **packed("names.", list(c.doc_names)), "years": c.years, "pages": self.pages,
                  "date_rank": c.date_rank, "restricted": c.restricted, "first": self.first}
        for key, facet in c.facets.items():
            arrays.update(facet.pack(f"facet.{key}"))
        return arrays

    @classmethod
    def unpack(cls, arrays: dict[str, np.ndarray]) -> "DocTable":
        keys, pages = arrays["keys"].astype(np.uint64), arrays["pages"].astype(np.int64)
        columns = Columns(doc_code=np.arange(len(keys)), doc_names=tuple(Strings.unpack(arrays, "names.").to_list()),
                          pages=np.zeros(0), years=arrays["years"].astype(np.int64),
                          date_rank=arrays["date_rank"].astype(np.int64),
                          facets={f.key: Facet.unpack(arrays, f"facet.{f.key}") for f in FACETS},
                          lengths={}, live=pages > 0, restricted=arrays["restricted"].astype(bool))
        if not all(len(a) == len(keys) for a in (columns.doc_names, columns.years, columns.date_rank, pages)):
            raise ValueError("cached document table of another length")
        return cls(keys, columns, pages, arrays["first"].astype(np.int64).reshape(len(keys), 2))


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
