"""Answer queries on a whoosh index: metp's query language (query_language.py) over pages, hits grouped by
document."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from whoosh import query as wq
from whoosh.index import Index

from metp.fields import FACETS
from metp.index import scoring
from metp.index.columns import Columns, Segment
from metp.index.engines import folder_identity
from metp.index.fuzzy import Expansion, Lexicon, expand_ocr_variants, meant_key_terms, segment_words
from metp.index.matching import score_pages
from metp.index.query_language import check_paging, parse_query, with_proximity
from metp.index.records import Filters, Hit, SearchResults, Snippet
from metp.index.results import Grouped, Highlighter, ShownHit, lead, printed_forms, readable
from metp.index.segment_cache import SegmentCache
from metp.index.snippets import snippet, stem_matches
from metp.index.writer import open_index


class PageSearcher:
    """One open view of the index, kept across queries: opening a searcher, reading the columns and the
    word list cost far more than answering a query, so they are done once and redone only for what
    changed when the index has moved on (a refreshed whoosh searcher keeps unchanged segments)."""

    def __init__(self, ix: Index):
        self._use(ix)

    def _use(self, ix: Index) -> None:
        self._ix = ix
        self._schema = ix.schema  # whoosh re-reads its table of contents on every `ix.schema`
        self._analyzer = self._schema["content"].analyzer
        self._folder = Path(ix.storage.folder)
        self._folder_id = folder_identity(self._folder)
        self._cache = SegmentCache(self._folder)
        self._searcher = None
        self._segments: dict[str, Segment] = {}
        self._words: dict[str, object] = {}  # segment id -> its part of the Lexicon
        self._segment_readers: list = []
        self._columns: Columns | None = None
        self._lexicon: Lexicon | None = None

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def _current(self):
        if self._searcher is not None and folder_identity(self._folder) not in (self._folder_id, None):
            # `metp reindex` (here or in another process) swapped in a new index folder, whose generation
            # numbers start again and may equal the old one's: open the new index afresh.
            self.close()
            self._use(open_index(self._folder, create=False))
        if self._searcher is None:
            self._searcher = self._ix.searcher(weighting=scoring.weighting())
        elif not self._searcher.up_to_date():
            if self._searcher.reader().doc_count_all() == 0:  # whoosh cannot refresh a reader of no segments
                self._searcher.close()
                self._searcher = self._ix.searcher(weighting=scoring.weighting())
            else:
                self._searcher = self._searcher.refresh()
        else:
            return self._searcher
        leaves = [(leaf, offset) for leaf, offset in self._searcher.reader().leaf_readers()
                  if leaf.segment() is not None]  # an index with no pages yet has a segment-less reader
        keys = [_segment_key(leaf) for leaf, _ in leaves]
        self._cache.refresh()
        readers = [leaf for leaf, _ in leaves]
        self._columns = Columns.cached(readers, self._cache)  # all segments' columns, joined, from one file
        self._segments = {key: self._segments[key] for key in keys if key in self._segments}
        if self._columns is None:
            self._segments = {key: self._segments.get(key) or Segment.read(leaf, self._cache)
                              for key, leaf in zip(keys, readers)}
            self._columns = Columns.join([self._segments[key] for key in keys])
            self._columns.save(readers, self._cache)
        self._segment_readers = readers
        self._lexicon = None  # made again from the segments' parts on the first fuzzy query
        return self._searcher

    def _lexicon_for(self, searcher) -> Lexicon:
        if self._lexicon is None:
            ids = [leaf.segment().segment_id() for leaf in self._segment_readers]
            self._words = {i: self._words.get(i) or segment_words(leaf, self._cache)
                           for i, leaf in zip(ids, self._segment_readers)}
            self._lexicon = Lexicon([self._words[i] for i in ids])
        return self._lexicon

    def search(self, text: str, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               exact: bool = False, sort: str = "relevance") -> SearchResults:
        """Matching documents, each with its best page; totals and facets count every match."""
        check_paging(limit, offset, sort)
        searcher = self._current()
        parsed = parse_query(self._schema, text)
        expansion = Expansion() if exact else expand_ocr_variants(parsed, searcher.reader(), self._lexicon_for(searcher))
        query = with_proximity(expansion.query or parsed, parsed)
        allowed = self._columns.filter_mask(filters)
        results = self._grouped(searcher, query, text, limit, offset, allowed, sort)
        printed: dict[str, str] = {}
        for shown in reversed(results.hits):
            printed.update(shown.printed)
        for better in expansion.replacements.values():  # a suggestion is shown as printed, not as a stem
            if better not in printed:
                printed.update(self._printed_somewhere(searcher, better))
        expanded, suggestion = readable(expansion, text, printed, self._analyzer)
        return SearchResults(query=text, total=results.total, hits=tuple(h.hit for h in results.hits),
                             facets=results.facets, expanded=expanded, did_you_mean=suggestion)

    def highlighter(self, text: str, exact: bool = False) -> "Highlighter":
        """What to mark on a page for this query: the very words search matched, OCR variants included."""
        searcher = self._current()
        parsed = parse_query(self._schema, text)
        expansion = Expansion() if exact else expand_ocr_variants(parsed, searcher.reader(), self._lexicon_for(searcher))
        return Highlighter(frozenset(_content_terms(expansion.query or parsed, searcher)), self._analyzer)

    def page_counts(self) -> dict[str, int]:
        """Pages in the index per document (verify compares them with the catalog)."""
        self._current()
        columns = self._columns
        counts = np.bincount(columns.doc_code[columns.live], minlength=len(columns.doc_names))
        return {name: int(n) for name, n in zip(columns.doc_names, counts.tolist()) if n}

    def similar(self, doc_id: str, limit: int = 10, numterms: int = 25,
                filters: Filters = Filters()) -> tuple[list[str], SearchResults]:
        """Documents like this one: its key terms (whoosh's "more like this" term selection over all its
        pages; words, not OCR misreadings) as a weighted OR query, the document itself left out (and the
        documents `filters` leave out)."""
        searcher = self._current()
        docnums = list(searcher.document_numbers(doc_id=doc_id))
        candidates = searcher.key_terms(docnums, "content", numterms=numterms * 2) if docnums else []
        key_terms = meant_key_terms(candidates, self._lexicon_for(searcher), numterms)
        if not key_terms:
            return [], SearchResults(query="", total=0, hits=())
        top = key_terms[0][1]
        query = wq.Or([wq.Term("content", t, boost=max(0.1, w / top)) for t, w in key_terms])
        query = wq.AndNot(query, wq.Term("doc_id", doc_id))
        results = self._grouped(searcher, query, f"like:{doc_id}", limit, 0, self._columns.filter_mask(filters),
                                "relevance")
        printed = printed_forms({t for t, _ in key_terms}, [searcher.stored_fields(d).get("content", "")
                                                             for d in docnums], self._analyzer)
        for shown in results.hits:  # a word the document only has misread is shown as the others print it
            printed = {**shown.printed, **printed}
        return ([printed.get(t, t) for t, _ in key_terms],
                SearchResults(query=results.query, total=results.total, hits=tuple(h.hit for h in results.hits)))

    def browse(self, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               sort: str = "date") -> SearchResults:
        """Documents matching `filters` alone (no query words): every live page allowed by the filters,
        grouped by document with its first page as the hit, facets over all of them, oldest first
        (`sort="date"`, undated last) or in index order (`"relevance"`, which has nothing to rank here).
        The hits' snippets are their pages' opening words; `query` is empty."""
        check_paging(limit, offset, sort)
        searcher = self._current()
        columns = self._columns
        allowed = columns.live.copy()
        mask = columns.filter_mask(filters)
        if mask is not None:
            allowed &= mask
        ids = np.flatnonzero(allowed)
        order = np.lexsort((columns.pages[ids], columns.doc_code[ids]))  # by document, then page number
        doc_codes, first = np.unique(columns.doc_code[ids[order]], return_index=True)
        best = ids[order[first]]  # each document's first page, as a docnum
        facets = {f.key: columns.facets[f.key].counts(best, columns.page_count) for f in FACETS}
        ranking = np.lexsort((doc_codes, columns.date_rank[best])) if sort == "date" else np.argsort(best)
        hits = tuple(self._hit(searcher, set(), int(d), 0.0, np.array([d])).hit
                     for d in best[ranking[offset: offset + limit]])
        return SearchResults(query="", total=len(doc_codes), hits=hits, facets=facets)

    def _printed_somewhere(self, searcher, stem: str) -> dict[str, str]:
        """The word of `stem` as printed on the first page that has it."""
        postings = searcher.reader().postings("content", stem)
        if not postings.is_active():
            return {}
        content = searcher.stored_fields(postings.id()).get("content", "")
        return printed_forms({stem}, [content], self._analyzer)

    def _grouped(self, searcher, query: wq.Query, text: str, limit: int, offset: int, allowed: np.ndarray | None,
                 sort: str) -> "Grouped":
        """Score every matching page (in numpy, see matching.py), keep each document's best page, count
        facets over all matching documents, and load stored text only for the documents shown."""
        columns = self._columns
        scored = score_pages(query, searcher, columns.lengths, columns.live)
        if allowed is not None:
            scored = scored.where(allowed[scored.ids])
        order = np.lexsort((scored.ids, -scored.scores))  # best page first, ties by position in the index
        doc_codes, first = np.unique(columns.doc_code[scored.ids[order]], return_index=True)
        best = order[first]  # each document's best page, as a position in `scored`
        facets = {f.key: columns.facets[f.key].counts(scored.ids[best], columns.page_count) for f in FACETS}
        if sort == "date":
            ranking = np.lexsort((doc_codes, columns.date_rank[scored.ids[best]]))
        else:
            ranking = np.lexsort((scored.ids[best], -scored.scores[best]))
        shown = best[ranking[offset: offset + limit]]
        words = _content_terms(query, searcher)
        hits = tuple(self._hit(searcher, words, int(scored.ids[i]), float(scored.scores[i]), scored.ids)
                     for i in shown)
        return Grouped(query=text, total=len(doc_codes), hits=hits, facets=facets)

    def _hit(self, searcher, words: set[str], docnum: int, score: float, matched: np.ndarray) -> "ShownHit":
        columns = self._columns
        stored = searcher.stored_fields(docnum)
        same_doc = matched[columns.doc_code[matched] == columns.doc_code[docnum]]
        content = stored.get("content", "")
        matches = stem_matches(content, words, self._analyzer)
        hit = Hit(
            doc_id=stored["doc_id"], page=stored["page"], score=round(score, 4), title=stored.get("title", ""),
            date=stored.get("date", ""), doc_type=stored.get("type", ""), source=stored.get("source", ""),
            snippet=snippet(content, matches) if matches else Snippet(" ".join(lead(content).split())),
            other_pages=tuple(sorted(int(p) for p in columns.pages[same_doc] if p != stored["page"])),
        )
        return ShownHit(hit, {m.stem: content[m.start:m.end].lower() for m in reversed(matches)})


def _content_terms(query: wq.Query, searcher) -> set[str]:
    """The page-text terms a query matches (stems, wildcards and ranges expanded)."""
    return {t.decode() if isinstance(t, bytes) else t
            for _, t in query.existing_terms(searcher.reader(), phrases=True, expand=True, fieldname="content")}


def _segment_key(leaf) -> str:
    """Segments are immutable except for deletions, so the key includes how many pages were deleted."""
    segment = leaf.segment()
    return f"{segment.segment_id()}:{segment.deleted_count()}"
