"""Answer queries on a tantivy index the way `searcher.PageSearcher` does on whoosh's.

The same parser, OCR-tolerant expansion, proximity boost, grouping by document, facets, filters,
snippets and results: tantivy finds and scores the pages (BM25, its own k1 = 1.2, b = 0.75; metp's
whoosh ranking uses k1 = 1.5) and metp does the rest, with the table of documents
(`tantivy_documents.DocTable`).

Totals and facet counts are exact document counts, as on whoosh, for queries matching up to
EXACT_MATCHES pages: every match is grouped in numpy.  A query matching more (a common word in an
archive of millions of pages) would spend most of its time handing hundreds of thousands of pages to
Python, so its documents are counted inside tantivy (the cardinality aggregation, HyperLogLog: a few
per cent off) and the results say so (`estimated`); its ranked documents are still exact: the best pages
are read until enough documents are found, and each shown document's own matching pages are asked for.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from math import log2
from pathlib import Path

import numpy as np
import tantivy
from rapidfuzz.distance import Levenshtein
from whoosh import query as wq

from metp.fields import FACETS
from metp.index import tantivy_store as store
from metp.index.fuzzy import FIELDS as WORD_FIELDS
from metp.index.engines import folder_identity
from metp.index.fuzzy import Expansion, Lexicon, expand_ocr_variants, meant_key_terms, word_arrays
from metp.index.records import Filters, Hit, SearchResults, Snippet
from metp.index.schema import analyzer, build_schema, index_terms
from metp.index.query_language import check_paging, parse_query, with_proximity
from metp.index.results import Grouped, Highlighter, ShownHit, lead, printed_forms, readable
from metp.index.segment_cache import SegmentCache
from metp.index.snippets import snippet, stem_matches
from metp.index.tantivy_documents import DocTable, every_page, fast_values
from metp.index.tantivy_query import Translator, wildcard_regex

EXACT_MATCHES = 50_000  # pages; a query matching more has its documents counted by tantivy (estimates)
MAX_SPELLINGS = 4096    # words a prefix, wildcard or `word~N` stands for, the most frequent
_TABLE_KIND = "tantivy-documents"
_WORDS_KIND = "tantivy-words"
_KEY = "index"  # the cache's one entry per kind: derived from the whole committed index
_SCHEMA = store.build_schema()


@lru_cache(maxsize=1)
def _whoosh_schema():
    return build_schema()  # the parser's schema: field kinds and analyzers, no index


class TantivySearcher:
    """One open view of a tantivy index, kept across queries; it follows commits of other processes and a
    reindex that swaps the folder."""

    def __init__(self, path: Path, index: tantivy.Index | None = None):
        self._path = path
        self._open(index)

    def _open(self, index: tantivy.Index | None = None) -> None:
        self._folder_id = folder_identity(self._path)
        self._index = index or store.open_index(self._path, create=False)
        self._generation = None
        self._translator = Translator(_SCHEMA, _whoosh_schema())
        self._analyzer = analyzer()
        self._cache = SegmentCache(self._path)

    def close(self) -> None:
        self._generation = None

    def _current(self) -> tantivy.Searcher:
        if folder_identity(self._path) not in (self._folder_id, None):
            self._open()  # `metp reindex` swapped in a new folder
        generation = store.generation(self._path)
        while generation != self._generation:
            # what is derived and cached is keyed by the committed state the searcher sees: read it again
            # after reloading, and reload again if a commit came in between
            self._index.reload()
            self._searcher = self._index.searcher()
            self._generation, generation = generation, store.generation(self._path)
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
                table = DocTable.derive(self._searcher, _SCHEMA)
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
        check_paging(limit, offset, sort)
        searcher = self._current()
        parsed = parse_query(_whoosh_schema(), text)
        expansion = self._expansion(parsed, exact)
        query = with_proximity(expansion.query or parsed, parsed)
        results = self._grouped(searcher, query, text, limit, offset, filters, sort)
        printed: dict[str, str] = {}
        for shown in reversed(results.hits):
            printed.update(shown.printed)
        for better in expansion.replacements.values():
            if better not in printed:
                printed.update(self._printed_somewhere(searcher, better))
        expanded, suggestion = readable(expansion, text, printed, self._analyzer)
        return SearchResults(query=text, total=results.total, hits=tuple(h.hit for h in results.hits),
                             facets=results.facets, expanded=expanded, did_you_mean=suggestion,
                             estimated=results.estimated)

    def highlighter(self, text: str, exact: bool = False) -> Highlighter:
        self._current()
        parsed = parse_query(_whoosh_schema(), text)
        return Highlighter(frozenset(self._content_terms(self._expansion(parsed, exact).query or parsed)),
                           self._analyzer)

    def page_counts(self) -> dict[str, int]:
        self._current()
        table = self._documents()
        return {name: int(n) for name, n in zip(table.names.to_list(), table.pages.tolist()) if n}

    def page_count(self) -> int:
        return self._current().num_docs

    def similar(self, doc_id: str, limit: int = 10, numterms: int = 25,
                filters: Filters = Filters()) -> tuple[list[str], SearchResults]:
        """Documents like this one (see `PageSearcher.similar`): its key terms by the Bo1 model whoosh's
        `key_terms` uses, with document frequencies standing in for collection frequencies (tantivy's
        term dictionary has the former only)."""
        searcher = self._current()
        table = self._documents()
        row = table.row_of(doc_id)
        _, own = every_page(searcher, tantivy.Query.term_query(_SCHEMA, "doc_id", doc_id),
                            int(table.pages[row]) if row is not None else 0)
        contents = [store.shown(searcher.doc(a))["content"] for a in own]
        lexicon = self._lexicon_for()
        key_terms = meant_key_terms(_key_terms(contents, lexicon, searcher.num_docs, numterms * 2), lexicon, numterms)
        if not key_terms:
            return [], SearchResults(query="", total=0, hits=())
        top = key_terms[0][1]
        query = wq.AndNot(wq.Or([wq.Term("content", t, boost=max(0.1, w / top)) for t, w in key_terms]),
                          wq.Term("doc_id", doc_id))
        results = self._grouped(searcher, query, f"like:{doc_id}", limit, 0, filters, "relevance")
        printed = printed_forms({t for t, _ in key_terms}, contents, self._analyzer)
        for shown in results.hits:
            printed = {**shown.printed, **printed}
        return ([printed.get(t, t) for t, _ in key_terms],
                SearchResults(query=results.query, total=results.total, hits=tuple(h.hit for h in results.hits)))

    def browse(self, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               sort: str = "date") -> SearchResults:
        """Documents matching `filters` alone, each with its first page (see `PageSearcher.browse`): all
        from the table of documents, exact at any size."""
        check_paging(limit, offset, sort)
        searcher = self._current()
        table = self._documents()
        allowed = table.columns.live.copy()
        if filters.doc_id is not None:  # one document's first page (the table's columns hold no ids)
            row = table.row_of(filters.doc_id)
            allowed &= np.arange(len(table.keys)) == (row if row is not None else -1)
            filters = dataclasses.replace(filters, doc_id=None)
        mask = table.columns.filter_mask(filters)
        if mask is not None:
            allowed &= mask
        rows = np.flatnonzero(allowed)
        facets = {f.key: table.columns.facets[f.key].counts(rows, len(table.keys)) for f in FACETS}
        if sort == "date":
            rows = rows[np.argsort(table.columns.date_rank[rows], kind="stable")]
        else:  # index order, as whoosh's
            rows = rows[np.lexsort((table.first[rows, 1], table.first[rows, 0]))]
        hits = tuple(self._shown(searcher, set(), table.first_page(int(r)), 0.0, ()).hit
                     for r in rows[offset: offset + limit])
        return SearchResults(query="", total=len(rows), hits=hits, facets=facets)

    # internals ---------------------------------------------------------------------------------------
    def _expansion(self, parsed: wq.Query, exact: bool) -> Expansion:
        if exact:
            return Expansion()
        return expand_ocr_variants(parsed, _Documents(self._searcher.num_docs), self._lexicon_for())

    def _grouped(self, searcher, query: wq.Query, text: str, limit: int, offset: int, filters: Filters,
                 sort: str) -> Grouped:
        """Documents matching `query` within `filters`, each with its best page (see the module's note)."""
        spelled = self._spelled_out(query)  # (the term dictionary is walked once for both uses)
        found = self._translator.filtered(self._translator.query(spelled), filters)
        words = self._content_terms(spelled)
        probe = searcher.search(found, limit=(offset + limit) * 4, count=True)
        if probe.count <= EXACT_MATCHES:
            return self._all_grouped(searcher, found, probe.count, words, text, limit, offset, sort)
        return self._estimated(searcher, found, probe, words, text, limit, offset, sort)

    def _all_grouped(self, searcher, found: tantivy.Query, count: int, words: set[str], text: str, limit: int,
                     offset: int, sort: str) -> Grouped:
        """Every matching page (`count` of them) grouped in numpy: exact totals and facets."""
        table = self._documents()
        scores, addresses = every_page(searcher, found, count)
        rows = table.rows(fast_values(searcher, "doc_key", addresses, np.uint64))
        pages = fast_values(searcher, "page", addresses, np.int64)
        order = np.lexsort((pages, -scores))  # best page first; of equals, the first page
        docs, first = np.unique(rows[order], return_index=True)
        best = order[first]
        facets = {f.key: table.columns.facets[f.key].counts(docs, len(table.keys)) for f in FACETS}
        if sort == "date":
            ranking = np.lexsort((docs, table.columns.date_rank[docs]))
        else:
            ranking = np.lexsort((best, -scores[best]))
        hits = tuple(self._shown(searcher, words, addresses[i], float(scores[i]), pages[rows == rows[i]])
                     for i in best[ranking[offset: offset + limit]].tolist())
        return Grouped(query=text, total=len(docs), hits=hits, facets=facets)

    def _estimated(self, searcher, found: tantivy.Query, probe, words: set[str], text: str, limit: int,
                   offset: int, sort: str) -> Grouped:
        """Documents counted inside tantivy; the shown ones found by reading best (or oldest) pages until
        there are enough documents, then each asked for its own matching pages."""
        table = self._documents()
        wanted, read = offset + limit, len(probe.hits)
        while True:
            if sort == "date":
                hits = searcher.search(found, limit=read, count=False, order_by_field="date_order",
                                       order=tantivy.Order.Asc).hits
            else:
                hits = probe.hits if read == len(probe.hits) else searcher.search(found, limit=read, count=False).hits
            rows = table.rows(fast_values(searcher, "doc_key", [a for _, a in hits], np.uint64))
            _, first = np.unique(rows, return_index=True)
            ranked = rows[np.sort(first)]  # documents in the order of their best (or oldest) page
            if len(ranked) >= wanted or len(hits) >= probe.count:
                break
            read *= 4
        shown = []
        for row in ranked[offset: offset + limit].tolist():
            own = tantivy.Query.boolean_query([
                (tantivy.Occur.Must, found),
                (tantivy.Occur.Must, tantivy.Query.const_score_query(
                    tantivy.Query.term_query(_SCHEMA, "doc_id", table.names[row]), 0.0))])
            scores, addresses = every_page(searcher, own, int(table.pages[row]))
            pages = fast_values(searcher, "page", addresses, np.int64)
            best = int(np.lexsort((pages, -scores))[0])
            shown.append(self._shown(searcher, words, addresses[best], float(scores[best]), pages))
        counted = searcher.aggregate(found, {
            "total": {"cardinality": {"field": "doc_key"}},
            **{f.key: {"terms": {"field": store.FACET_PREFIX + f.key, "size": 65_000},
                       "aggs": {"documents": {"cardinality": {"field": "doc_key"}}}} for f in FACETS}})
        facets = {}
        for f in FACETS:
            tally = {b["key"]: int(round(b["documents"]["value"])) for b in counted[f.key]["buckets"]}
            facets[f.key] = dict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))
        total = max(int(round(counted["total"]["value"])), len(ranked))
        return Grouped(query=text, total=total, hits=tuple(shown), facets=facets, estimated=True)

    def _shown(self, searcher, words: set[str], address, score: float, pages) -> ShownHit:
        """A hit as shown: its page's stored text, snippet and the document's other matching pages."""
        stored = store.shown(searcher.doc(address))
        content = stored["content"]
        page = int(stored["page"])
        found = stem_matches(content, words, self._analyzer)
        hit = Hit(doc_id=stored["doc_id"], page=page, score=round(score, 4), title=stored["title"],
                  date=stored["date"], doc_type=stored["type"], source=stored["source"],
                  snippet=snippet(content, found) if found else Snippet(" ".join(lead(content).split())),
                  other_pages=tuple(sorted({int(p) for p in pages} - {page})))
        return ShownHit(hit, {m.stem: content[m.start:m.end].lower() for m in reversed(found)})

    def _printed_somewhere(self, searcher, stem: str) -> dict[str, str]:
        hits = searcher.search(tantivy.Query.term_query(_SCHEMA, "content", stem), limit=1, count=False).hits
        return printed_forms({stem}, [store.shown(searcher.doc(hits[0][1]))["content"]], self._analyzer) \
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
        if isinstance(node, (wq.Prefix, wq.Wildcard, wq.FuzzyTerm)):
            return {t for t, _ in self._spelled(node)}
        if isinstance(node, wq.Term) and isinstance(node.text, str):
            return {node.text}
        return set()

    def _spelled(self, node: wq.Query) -> list[tuple[str, int]]:
        """The index's words (with their document frequencies) a prefix, wildcard or `word~N` matches, most
        frequent first, at most MAX_SPELLINGS (as whoosh finds them: a fuzzy term within its distance and
        sharing its first `prefixlength` letters)."""
        if isinstance(node, wq.FuzzyTerm):
            start = node.text[:node.prefixlength]
            wanted = lambda t: Levenshtein.distance(node.text, t, score_cutoff=node.maxdist) <= node.maxdist  # noqa: E731
        else:
            start = re.split(r"[*?]", node.text)[0]
            pattern = re.compile(wildcard_regex(node.text)) if isinstance(node, wq.Wildcard) else None
            wanted = pattern.fullmatch if pattern else (lambda t: True)  # noqa: E731
        found = [(t, n) for t, n in self._searcher.terms_with_prefix(node.fieldname, start) if wanted(t)]
        return sorted(found, key=lambda tn: (-tn[1], tn[0]))[:MAX_SPELLINGS]

    def _spelled_out(self, query: wq.Query) -> wq.Query:
        """Prefixes, wildcards and `word~N` in the page text and title as the words they match, each scored
        (tantivy's own automaton queries score every match alike; whoosh scores each word)."""
        if isinstance(query, (wq.Prefix, wq.Wildcard, wq.FuzzyTerm)) and query.fieldname in WORD_FIELDS:
            words = self._spelled(query)
            return wq.Or([wq.Term(query.fieldname, t) for t, _ in words], boost=query.boost) if words \
                else wq.NullQuery
        return query if query.is_leaf() else query.apply(self._spelled_out)


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
