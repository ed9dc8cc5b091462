"""Answer queries on a tantivy index the way `searcher.PageSearcher` does on whoosh's.

The same parser, OCR-tolerant expansion, proximity boost, grouping by document, facets, filters,
snippets and results: tantivy scores the pages (BM25, its own k1 = 1.2, b = 0.75; metp's whoosh
ranking uses k1 = 1.5), metp does the rest in numpy over every matching page, so totals and facet
counts are exact document counts, as on whoosh.

What search groups by lives in a `DocTable`: one row per document (its id, date, facet values,
access), derived from tantivy's term dictionaries and cached on disk per committed state of the
index (`meta.json`), so a one-shot search reads it in milliseconds and the first search after a
write rebuilds it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from math import log2
from pathlib import Path

import numpy as np
import tantivy
from whoosh import query as wq

from metp.errors import UsageError
from metp.fields import FACETS
from metp.index import tantivy_store as store
from metp.index.columns import RESTRICTED, Coded, Columns, Facet
from metp.index.fuzzy import FIELDS as WORD_FIELDS
from metp.index.fuzzy import Expansion, Lexicon, expand_ocr_variants, word_arrays
from metp.index.records import SORTS, Filters, Hit, SearchResults, Snippet
from metp.index.schema import analyzer, build_schema, index_terms
from metp.index.searcher import (Highlighter, _Grouped, _identity, _lead, _printed_forms, _readable, _ShownHit,
                                 _with_proximity, meant_key_terms, parse_query)
from metp.index.segment_cache import SegmentCache, Strings, packed
from metp.index.snippets import snippet, stem_matches
from metp.index.tantivy_query import Translator, wildcard_regex

_TABLE_KIND = "tantivy-documents"
_WORDS_KIND = "tantivy-words"
_KEY = "index"  # the cache's one entry per kind: derived from the whole committed index


@lru_cache(maxsize=1)
def _whoosh_schema():
    return build_schema()  # the parser's schema: field kinds and analyzers, no index


@dataclass(frozen=True)
class DocTable:
    """One row per document, in `doc_key` order: the document-level columns search groups, filters,
    counts facets and orders by (`columns`: metp's columns with documents for rows)."""

    keys: np.ndarray  # uint64, sorted
    columns: Columns

    @classmethod
    def derive(cls, searcher: tantivy.Searcher) -> "DocTable":
        names = [name for name, _ in searcher.terms_with_prefix("doc_id", "")]
        keys = np.array([store.doc_key(n) for n in names], dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        keys, names = keys[order], [names[i] for i in order.tolist()]
        table = cls(keys, Columns(doc_code=np.arange(len(keys)), doc_names=tuple(names), pages=np.zeros(0),
                                  years=np.zeros(0), date_rank=np.zeros(0), facets={}, lengths={},
                                  live=np.ones(len(keys), dtype=bool), restricted=np.zeros(0)))
        dates = [""] * len(keys)
        for value, rows in table._holders(searcher, "date"):
            for row in rows.tolist():
                dates[row] = value
        facets = {}
        for f in FACETS:
            held = list(table._holders(searcher, store.FACET_PREFIX + f.key))
            facets[f.key] = Facet(tuple(v for v, _ in held),
                                  np.repeat(np.arange(len(held)), [len(r) for _, r in held]).astype(np.int64),
                                  np.concatenate([r for _, r in held]) if held else np.zeros(0, dtype=np.int64))
        restricted = np.zeros(len(keys), dtype=bool)
        for _, rows in table._holders(searcher, "access", only=RESTRICTED):
            restricted[rows] = True
        return table._with(Coded.of(dates), facets, restricted)

    def _holders(self, searcher: tantivy.Searcher, field: str, only: str | None = None):
        """(value, rows of the documents holding it) for each value of a field (or just `only`)."""
        values = [only] if only is not None else sorted(v for v, _ in searcher.terms_with_prefix(field, ""))
        for value in values:
            query = tantivy.Query.term_query(_SCHEMA, field, value)
            keys = _fast(searcher, "doc_key", [a for _, a in searcher.search(query, limit=_all(searcher),
                                                                            count=False).hits], np.uint64)
            yield value, np.unique(self.rows(keys)[1])

    def _with(self, dates: Coded, facets: dict[str, Facet], restricted: np.ndarray) -> "DocTable":
        ordered = sorted({d or "\uffff" for d in dates.values})  # undated last, as whoosh's columns
        rank = {d: i for i, d in enumerate(ordered)}
        date_rank = np.array([rank[d or "\uffff"] for d in dates.values], dtype=np.int64)[dates.codes] \
            if len(dates.codes) else np.zeros(0, dtype=np.int64)
        years = np.array([int(d[:4]) if d[:4].isdigit() else 0 for d in dates.values], dtype=np.int64)[dates.codes] \
            if len(dates.codes) else np.zeros(0, dtype=np.int64)
        columns = self.columns
        return DocTable(self.keys, Columns(doc_code=columns.doc_code, doc_names=columns.doc_names, pages=np.zeros(0),
                                           years=years, date_rank=date_rank, facets=facets, lengths={},
                                           live=columns.live, restricted=restricted))

    def rows(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(which of `keys` are known, their rows)."""
        at = np.minimum(np.searchsorted(self.keys, keys), max(len(self.keys) - 1, 0))
        known = self.keys[at] == keys if len(self.keys) else np.zeros(len(keys), dtype=bool)
        return known, at[known]

    def pack(self) -> dict[str, np.ndarray]:
        c = self.columns
        arrays = {"keys": self.keys, **packed("names.", list(c.doc_names)), "years": c.years,
                  "date_rank": c.date_rank, "restricted": c.restricted}
        for key, facet in c.facets.items():
            arrays.update(facet.pack(f"facet.{key}"))
        return arrays

    @classmethod
    def unpack(cls, arrays: dict[str, np.ndarray]) -> "DocTable":
        keys = arrays["keys"].astype(np.uint64)
        return cls(keys, Columns(doc_code=np.arange(len(keys)), doc_names=tuple(Strings.unpack(arrays, "names.").to_list()),
                                 pages=np.zeros(0), years=arrays["years"].astype(np.int64),
                                 date_rank=arrays["date_rank"].astype(np.int64),
                                 facets={f.key: Facet.unpack(arrays, f"facet.{f.key}") for f in FACETS},
                                 lengths={}, live=np.ones(len(keys), dtype=bool),
                                 restricted=arrays["restricted"].astype(bool)))


_SCHEMA = store.build_schema()


def _all(searcher: tantivy.Searcher) -> int:
    return max(1, searcher.num_docs)


def _fast(searcher: tantivy.Searcher, field: str, addresses: list, dtype) -> np.ndarray:
    if not addresses:
        return np.zeros(0, dtype=dtype)
    return np.array(searcher.fast_field_values(field, addresses), dtype=dtype)


@dataclass(frozen=True)
class _Matches:
    """Every matching page: its score, tantivy address, document row and page number."""

    scores: np.ndarray
    addresses: list
    rows: np.ndarray
    pages: np.ndarray

    def where(self, keep: np.ndarray) -> "_Matches":
        kept = np.flatnonzero(keep)
        return _Matches(self.scores[kept], [self.addresses[i] for i in kept.tolist()], self.rows[kept],
                        self.pages[kept])


class TantivySearcher:
    """One open view of a tantivy index, kept across queries; it follows commits of other processes and a
    reindex that swaps the folder."""

    def __init__(self, path: Path):
        self._path = path
        self._open()

    def _open(self) -> None:
        self._index = store.open_index(self._path, create=False)
        self._folder_id = _identity(self._path)
        self._generation = None
        self._translator = Translator(_SCHEMA, _whoosh_schema())
        self._analyzer = analyzer()
        self._cache = SegmentCache(self._path)

    def close(self) -> None:
        self._generation = None

    def _current(self) -> tantivy.Searcher:
        if _identity(self._path) not in (self._folder_id, None):
            self._open()  # `metp reindex` swapped in a new folder
        generation = store.generation(self._path)
        if generation != self._generation:
            self._index.reload()
            self._searcher = self._index.searcher()
            self._generation = generation
            self._table = None
            self._lexicon = None
        return self._searcher

    def _documents(self) -> DocTable:
        if self._table is None:
            stored = self._cache.load(_KEY, _TABLE_KIND, self._generation)
            table = None
            if stored is not None:
                try:
                    table = DocTable.unpack(stored)
                except (KeyError, ValueError):
                    table = None
            if table is None:
                table = DocTable.derive(self._searcher)
                self._cache.save(_KEY, _TABLE_KIND, self._generation, table.pack())
            self._table = table
        return self._table

    def _lexicon_for(self) -> Lexicon:
        if self._lexicon is None:
            arrays = self._cache.load(_KEY, _WORDS_KIND, self._generation)
            if arrays is None:
                arrays = word_arrays({f: self._searcher.terms_with_prefix(f, "") for f in WORD_FIELDS})
                self._cache.save(_KEY, _WORDS_KIND, self._generation, arrays)
            self._lexicon = Lexicon.of_arrays(arrays, WORD_FIELDS)
        return self._lexicon

    # the interface of PageSearcher ------------------------------------------------------------------
    def search(self, text: str, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               exact: bool = False, sort: str = "relevance") -> SearchResults:
        _check_paging(limit, offset, sort)
        searcher = self._current()
        parsed = parse_query(_whoosh_schema(), text)
        expansion = self._expansion(parsed, exact)
        query = _with_proximity(expansion.query or parsed, parsed)
        results = self._grouped(searcher, query, text, limit, offset, filters, sort)
        printed: dict[str, str] = {}
        for shown in reversed(results.hits):
            printed.update(shown.printed)
        for better in expansion.replacements.values():
            if better not in printed:
                printed.update(self._printed_somewhere(searcher, better))
        expanded, suggestion = _readable(expansion, text, printed, self._analyzer)
        return SearchResults(query=text, total=results.total, hits=tuple(h.hit for h in results.hits),
                             facets=results.facets, expanded=expanded, did_you_mean=suggestion)

    def highlighter(self, text: str, exact: bool = False) -> Highlighter:
        self._current()
        parsed = parse_query(_whoosh_schema(), text)
        return Highlighter(frozenset(self._content_terms(self._expansion(parsed, exact).query or parsed)),
                           self._analyzer)

    def page_counts(self) -> dict[str, int]:
        searcher = self._current()
        matches = self._matches(searcher, tantivy.Query.all_query())
        table = self._documents()
        counts = np.bincount(matches.rows, minlength=len(table.keys))
        return {name: int(n) for name, n in zip(table.columns.doc_names, counts.tolist()) if n}

    def page_count(self) -> int:
        return self._current().num_docs

    def similar(self, doc_id: str, limit: int = 10, numterms: int = 25,
                filters: Filters = Filters()) -> tuple[list[str], SearchResults]:
        """Documents like this one (see `PageSearcher.similar`): its key terms by the Bo1 model whoosh's
        `key_terms` uses, with document frequencies standing in for collection frequencies (tantivy's
        term dictionary has the former only)."""
        searcher = self._current()
        own = searcher.search(tantivy.Query.term_query(_SCHEMA, "doc_id", doc_id), limit=_all(searcher), count=False)
        contents = [store.shown(searcher.doc(a))["content"] for _, a in own.hits]
        lexicon = self._lexicon_for()
        key_terms = meant_key_terms(_key_terms(contents, lexicon, searcher.num_docs, numterms * 2), lexicon, numterms)
        if not key_terms:
            return [], SearchResults(query="", total=0, hits=())
        top = key_terms[0][1]
        query = wq.AndNot(wq.Or([wq.Term("content", t, boost=max(0.1, w / top)) for t, w in key_terms]),
                          wq.Term("doc_id", doc_id))
        results = self._grouped(searcher, query, f"like:{doc_id}", limit, 0, filters, "relevance")
        printed = _printed_forms({t for t, _ in key_terms}, contents, self._analyzer)
        for shown in results.hits:
            printed = {**shown.printed, **printed}
        return ([printed.get(t, t) for t, _ in key_terms],
                SearchResults(query=results.query, total=results.total, hits=tuple(h.hit for h in results.hits)))

    def browse(self, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               sort: str = "date") -> SearchResults:
        """Documents matching `filters` alone, each with its first page (see `PageSearcher.browse`)."""
        _check_paging(limit, offset, sort)
        searcher = self._current()
        table = self._documents()
        matches = self._matches(searcher, self._translator.filtered(tantivy.Query.all_query(), filters))
        order = np.lexsort((matches.pages, matches.rows))  # by document, then page number
        rows, first = np.unique(matches.rows[order], return_index=True)
        best = order[first]
        facets = {f.key: table.columns.facets[f.key].counts(rows, len(table.keys)) for f in FACETS}
        ranking = np.lexsort((rows, table.columns.date_rank[rows])) if sort == "date" else np.argsort(best)
        hits = tuple(self._hit(searcher, set(), matches, int(i), 0.0).hit for i in best[ranking[offset: offset + limit]])
        return SearchResults(query="", total=len(rows), hits=hits, facets=facets)

    # internals ---------------------------------------------------------------------------------------
    def _expansion(self, parsed: wq.Query, exact: bool) -> Expansion:
        if exact:
            return Expansion()
        return expand_ocr_variants(parsed, _Documents(self._searcher.num_docs), self._lexicon_for())

    def _matches(self, searcher: tantivy.Searcher, query: tantivy.Query) -> _Matches:
        """Every page `query` matches, with its document's row."""
        hits = searcher.search(query, limit=_all(searcher), count=False).hits
        scored, addresses = zip(*hits) if hits else ((), ())
        scores, addresses = np.array(scored, dtype=np.float64), list(addresses)
        known, rows = self._documents().rows(_fast(searcher, "doc_key", addresses, np.uint64))
        matches = _Matches(scores, addresses, np.zeros(len(addresses), dtype=np.int64),
                           _fast(searcher, "page", addresses, np.int64))
        matches = matches.where(known) if not known.all() else matches
        return _Matches(matches.scores, matches.addresses, rows, matches.pages)

    def _grouped(self, searcher, query: wq.Query, text: str, limit: int, offset: int, filters: Filters,
                 sort: str) -> _Grouped:
        table = self._documents()
        matches = self._matches(searcher, self._translator.filtered(self._translator.query(query), filters))
        order = np.lexsort((matches.pages, -matches.scores))  # best page first; of equals, the first page
        rows, first = np.unique(matches.rows[order], return_index=True)
        best = order[first]
        facets = {f.key: table.columns.facets[f.key].counts(rows, len(table.keys)) for f in FACETS}
        if sort == "date":
            ranking = np.lexsort((rows, table.columns.date_rank[rows]))
        else:
            ranking = np.lexsort((best, -matches.scores[best]))
        words = self._content_terms(query)
        hits = tuple(self._hit(searcher, words, matches, int(i), float(matches.scores[i]))
                     for i in best[ranking[offset: offset + limit]])
        return _Grouped(query=text, total=len(rows), hits=hits, facets=facets)

    def _hit(self, searcher, words: set[str], matches: _Matches, i: int, score: float) -> _ShownHit:
        stored = store.shown(searcher.doc(matches.addresses[i]))
        content = stored["content"]
        page = int(matches.pages[i])
        same_doc = matches.pages[matches.rows == matches.rows[i]]
        found = stem_matches(content, words, self._analyzer)
        hit = Hit(doc_id=stored["doc_id"], page=page, score=round(score, 4), title=stored["title"],
                  date=stored["date"], doc_type=stored["type"], source=stored["source"],
                  snippet=snippet(content, found) if found else Snippet(" ".join(_lead(content).split())),
                  other_pages=tuple(sorted(int(p) for p in set(same_doc.tolist()) if p != page)))
        return _ShownHit(hit, {m.stem: content[m.start:m.end].lower() for m in reversed(found)})

    def _printed_somewhere(self, searcher, stem: str) -> dict[str, str]:
        hits = searcher.search(tantivy.Query.term_query(_SCHEMA, "content", stem), limit=1, count=False).hits
        return _printed_forms({stem}, [store.shown(searcher.doc(hits[0][1]))["content"]], self._analyzer) \
            if hits else {}

    def _content_terms(self, query: wq.Query) -> set[str]:
        """The page-text terms a query matches (wildcards and fuzzy terms expanded over the index's words),
        leaving out what it excludes."""
        words: set[str] = set()

        def walk(node: wq.Query) -> None:
            if isinstance(node, wq.Not):
                return
            if isinstance(node, wq.AndNot):
                walk(node.a)
                return
            if node.is_leaf():
                if getattr(node, "fieldname", None) == "content":
                    words.update(self._leaf_terms(node))
                return
            for child in node.children():
                walk(child)

        walk(query)
        return words

    def _leaf_terms(self, node: wq.Query) -> set[str]:
        if isinstance(node, wq.Phrase):
            return set(node.words)
        if isinstance(node, wq.FuzzyTerm):
            return {node.text, *(t for t, _ in self._lexicon_for().near(node.text, node.maxdist))}
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            prefix = re.split(r"[*?]", node.text)[0]
            pattern = re.compile(wildcard_regex(node.text) if isinstance(node, wq.Wildcard) else ".*")
            return {t for t, _ in self._searcher.terms_with_prefix("content", prefix) if pattern.fullmatch(t)}
        if isinstance(node, wq.Term) and isinstance(node.text, str):
            return {node.text}
        return set()


@dataclass(frozen=True)
class _Documents:
    """What OCR-tolerant expansion asks of an index reader: how many pages there are."""

    count: int

    def doc_count_all(self) -> int:
        return self.count


def _key_terms(contents: list[str], lexicon: Lexicon, documents: int, count: int) -> list[tuple[str, float]]:
    """The document's most telling words by the Bo1 divergence model (as whoosh's `key_terms`)."""
    tally: dict[str, int] = {}
    for content in contents:
        for term in index_terms(content):
            tally[term] = tally.get(term, 0) + 1
    weights = []
    for term, within in tally.items():
        f = max(lexicon.frequency("content", term), 1) / max(documents, 1)
        weights.append((term, within * log2((1 + f) / f) + log2(1 + f)))
    weights.sort(key=lambda tw: (-tw[1], tw[0]))
    return weights[:count]


def _check_paging(limit: int, offset: int, sort: str) -> None:
    if limit < 1 or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    if sort not in SORTS:
        raise UsageError(f"--sort takes one of {', '.join(SORTS)}")
