"""Answer queries: whoosh's query language over pages, hits grouped by document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.index import Index
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, MultifieldParser

from metp.errors import QuerySyntaxError, UsageError
from metp.fields import DECADE, FACETS, FIELDS
from metp.index import scoring
from metp.index.columns import Columns, Segment
from metp.index.fuzzy import Expansion, Lexicon, expand_ocr_variants, misreading_of, segment_words
from metp.index.matching import score_pages
from metp.index.records import SORTS, Filters, Hit, SearchResults, Snippet
from metp.index.schema import SCORED_FIELDS
from metp.index.segment_cache import SegmentCache
from metp.index.snippets import snippet, stem_matches
from metp.index.writer import open_index

PROXIMITY_SLOP = 3     # words within this many positions of the one before count as "together"
PROXIMITY_BOOST = 0.5  # share of the words' own scores added when they are
_ALIASES = {f.key: list(f.aliases) for f in (*FIELDS, DECADE) if f.searchable and f.aliases}
_DATE_RANGE = re.compile(r"\bdate:(\d{4})?\.\.(\d{4})?")
_DATE_YEAR = re.compile(r"\bdate:(\d{4})\b(?![-.])")
MAX_QUERY_CHARS = 2500  # whoosh's parser is superlinear on runs of stray operators ("~ ~ ~", "^ ^ ^": ~0.4 s here)
MAX_NESTING = 32        # brackets within brackets; whoosh recurses per level and overflows the stack near 1,000
MAX_FUZZY_DISTANCE = 2  # `word~3` and up make whoosh's Levenshtein automaton explode (seconds, then minutes)
_STRAY_MARK = re.compile(r"(?<![\w\"*)\]])[~^]|[~^](?=[~^])")  # `~` or `^` with no term before it, or doubled
_FUZZY = re.compile(r'(?<=[^\s"~])~(\d)')
_STRAY_OPERATOR = re.compile(r"(?:^|\s)(AND|OR)\s*$|^\s*(AND|OR)\s")
_NOT_TEXT = re.compile("[\ud800-\udfff]")


def _rewrite_dates(text: str) -> str:
    """`date:1985..1990`, `date:..1979`, `date:1987` become ranges over the numeric year field.
    Linear: both patterns are anchored on a literal `date:` and match a bounded number of characters."""
    text = _DATE_RANGE.sub(lambda m: f"year:[{m[1] or ''} TO {m[2] or ''}]", text)
    return _DATE_YEAR.sub(lambda m: f"year:{m[1]}", text)


def check_syntax(text: str) -> None:
    """whoosh quietly drops what it cannot parse; say where the query is broken instead.
    One pass over the text (linear), then a regex that only tries at the query's two ends."""
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is {len(text):,} characters long; metp takes at most {MAX_QUERY_CHARS:,}: "
                         "shorten it or split it into several searches")
    stray = _STRAY_MARK.search(text)
    if stray:  # never meaningful, and whoosh's parser is quadratic in them ("~ ~ ~": 4,000 characters took 2.8 s)
        raise QuerySyntaxError(f"'{stray.group()}' at position {stray.start() + 1} of the query belongs right after a "
                               "word: write word~ or word~2 (spelling variants), word^2 (weight)")
    bad = _NOT_TEXT.search(text)
    if bad:
        raise QuerySyntaxError(f"the character at position {bad.start() + 1} of the query is not valid text "
                               "(a terminal in another encoding?); retype it")
    opened: list[int] = []  # positions of the '(' still open
    quote_at = None
    for position, char in enumerate(text, start=1):
        if char == '"':
            quote_at = None if quote_at else position
        elif quote_at is None and char == "(":
            opened.append(position)
            if len(opened) > MAX_NESTING:
                raise QuerySyntaxError(f"brackets nested more than {MAX_NESTING} deep at position {position} of "
                                       "the query; simplify it")
        elif quote_at is None and char == ")":
            if not opened:
                raise QuerySyntaxError(f"unmatched ')' at position {position} of the query; remove it or add '('")
            opened.pop()
    if quote_at:
        raise QuerySyntaxError(f"unclosed quote at position {quote_at} of the query; close the phrase with '\"'")
    if opened:
        raise QuerySyntaxError(f"unclosed '(' at position {opened[-1]} of the query"
                               + (f" ({len(opened)} in all)" if len(opened) > 1 else "") + "; add ')'")
    stray = _STRAY_OPERATOR.search(text)
    if stray:
        group = 1 if stray.group(1) else 2
        raise QuerySyntaxError(f"'{stray.group(group)}' at position {stray.start(group) + 1} has nothing on "
                               "one side; remove it or add a word")
    for fuzzy in _FUZZY.finditer(text):
        if int(fuzzy[1]) > MAX_FUZZY_DISTANCE:
            raise QuerySyntaxError(f"fuzzy distance ~{fuzzy[1]} at position {fuzzy.start() + 1} of the query is too "
                                   f"large; use ~1 or ~2 (metp already matches common OCR misreadings)")


def parse_query(schema: Schema, text: str) -> wq.Query:
    """The whoosh query for `text`, or a UsageError/QuerySyntaxError saying what to fix (with the position,
    when the problem is at one).  Time is bounded: the text is at most MAX_QUERY_CHARS long."""
    if not text.strip():
        raise UsageError("the query is empty; give words to search for, e.g. metp search 'letter writing'")
    check_syntax(text)
    parser = MultifieldParser(list(SCORED_FIELDS), schema, fieldboosts=scoring.FIELD_BOOSTS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    rewritten = _rewrite_dates(text)
    try:
        query = _count_repeats(parser.parse(rewritten, normalize=False)).normalize()
    except Exception as exc:  # whoosh raises assorted errors (IndexError on `NOT NOT a`) for syntax it cannot take
        shown = text if len(text) <= 60 else text[:60] + "..."
        raise QuerySyntaxError(f"cannot parse the query {shown!r} ({type(exc).__name__}: {exc}); check its "
                               "operators, quotes and brackets") from exc
    if any(isinstance(leaf, wq.FuzzyTerm) and leaf.maxdist > MAX_FUZZY_DISTANCE for leaf in _leaves(query)):
        raise QuerySyntaxError(f"a fuzzy distance in the query is over {MAX_FUZZY_DISTANCE}; use ~1 or ~2")
    return query


def _leaves(query: wq.Query):
    return [query] if query.is_leaf() else [leaf for child in query.children() for leaf in _leaves(child)]


def _count_repeats(node: wq.Query) -> wq.Query:
    """A word (or any clause) typed k times weighs k times, as in Lucene-family engines: whoosh's
    normalisation would otherwise keep one copy, so a long description's repeated words count once."""
    if not isinstance(node, (wq.And, wq.Or)) or isinstance(node, wq.DisjunctionMax):
        return node.apply(_count_repeats) if not node.is_leaf() else node
    merged: dict[wq.Query, tuple[wq.Query, int]] = {}
    for child in (_count_repeats(c) for c in node.subqueries):
        first, count = merged.get(child, (child, 0))
        merged[child] = (first, count + 1)
    children = []
    for child, count in merged.values():
        if count > 1:
            child = child.copy()
            child.boost *= count
        children.append(child)
    copy = node.copy()
    copy.subqueries = children
    return copy


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
        self._folder_id = _identity(self._folder)
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
        if self._searcher is not None and _identity(self._folder) not in (self._folder_id, None):
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
        if limit < 1 or offset < 0:
            raise UsageError("--limit must be at least 1 and --offset at least 0")
        if sort not in SORTS:
            raise UsageError(f"--sort takes one of {', '.join(SORTS)}")
        searcher = self._current()
        parsed = parse_query(self._schema, text)
        expansion = Expansion() if exact else expand_ocr_variants(parsed, searcher.reader(), self._lexicon_for(searcher))
        query = _with_proximity(expansion.query or parsed, parsed)
        allowed = self._columns.filter_mask(filters)
        results = self._grouped(searcher, query, text, limit, offset, allowed, sort)
        printed: dict[str, str] = {}
        for shown in reversed(results.hits):
            printed.update(shown.printed)
        for better in expansion.replacements.values():  # a suggestion is shown as printed, not as a stem
            if better not in printed:
                printed.update(self._printed_somewhere(searcher, better))
        expanded, suggestion = _readable(expansion, text, printed, self._analyzer)
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
        printed = _printed_forms({t for t, _ in key_terms}, [searcher.stored_fields(d).get("content", "")
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
        if limit < 1 or offset < 0:
            raise UsageError("--limit must be at least 1 and --offset at least 0")
        if sort not in SORTS:
            raise UsageError(f"--sort takes one of {', '.join(SORTS)}")
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
        return _printed_forms({stem}, [content], self._analyzer)

    def _grouped(self, searcher, query: wq.Query, text: str, limit: int, offset: int, allowed: np.ndarray | None,
                 sort: str) -> "_Grouped":
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
        return _Grouped(query=text, total=len(doc_codes), hits=hits, facets=facets)

    def _hit(self, searcher, words: set[str], docnum: int, score: float, matched: np.ndarray) -> "_ShownHit":
        columns = self._columns
        stored = searcher.stored_fields(docnum)
        same_doc = matched[columns.doc_code[matched] == columns.doc_code[docnum]]
        content = stored.get("content", "")
        matches = stem_matches(content, words, self._analyzer)
        hit = Hit(
            doc_id=stored["doc_id"], page=stored["page"], score=round(score, 4), title=stored.get("title", ""),
            date=stored.get("date", ""), doc_type=stored.get("type", ""), source=stored.get("source", ""),
            snippet=snippet(content, matches) if matches else Snippet(" ".join(_lead(content).split())),
            other_pages=tuple(sorted(int(p) for p in columns.pages[same_doc] if p != stored["page"])),
        )
        return _ShownHit(hit, {m.stem: content[m.start:m.end].lower() for m in reversed(matches)})


def meant_key_terms(candidates: list[tuple[str, float]], lexicon: Lexicon, numterms: int) -> list[tuple[str, float]]:
    """A document's key-term candidates as words, best first: numbers, codes and short words left out,
    and an OCR misreading counted for the word it misreads."""
    meant: dict[str, float] = {}
    for term, weight in candidates:
        if term.isalpha() and len(term) >= 3:
            word = misreading_of(term, lexicon) or term
            meant[word] = max(weight, meant.get(word, 0.0))
    return list(meant.items())[:numterms]


def _content_terms(query: wq.Query, searcher) -> set[str]:
    """The page-text terms a query matches (stems, wildcards and ranges expanded)."""
    return {t.decode() if isinstance(t, bytes) else t
            for _, t in query.existing_terms(searcher.reader(), phrases=True, expand=True, fieldname="content")}


@dataclass(frozen=True)
class Highlighter:
    """Tells which printed words a query matched: a word is analysed as the index analyses page text."""

    terms: frozenset[str]
    analyzer: object

    def matches(self, word: str) -> bool:
        return bool(self.terms) and any(t.text in self.terms for t in self.analyzer(word))

    def marked(self, text: str) -> Snippet:
        """The whole of `text` with every matched word's span (the page viewer's text)."""
        return Snippet(text, tuple((m.start, m.end) for m in stem_matches(text, set(self.terms), self.analyzer)))

    def snippet(self, text: str) -> Snippet:
        """The best passages of `text` around the matched words, as search shows them."""
        return snippet(text, stem_matches(text, set(self.terms), self.analyzer))


@dataclass(frozen=True)
class _ShownHit:
    hit: Hit
    printed: dict[str, str]  # matched stem -> the word as first printed on the page (lower case)


@dataclass(frozen=True)
class _Grouped:
    query: str
    total: int
    hits: tuple[_ShownHit, ...]
    facets: dict[str, dict[str, int]]
    estimated: bool = False  # total and facets counted approximately (see tantivy_searcher)


def _with_proximity(query: wq.Query, parsed: wq.Query) -> wq.Query:
    """For plain words (ANDed, no operators), pages where they stand together as typed rank higher:
    people search for a passage they remember, and BM25 alone ignores word order."""
    words = _plain_words(parsed)
    if len(words) < 2:
        return query
    return wq.AndMaybe(query, wq.Phrase("content", words, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST))


def _plain_words(parsed: wq.Query) -> list[str]:
    """The words of a query made only of words (each searched in the title and the text), in order."""
    parts = parsed.subqueries if isinstance(parsed, wq.And) else [parsed]
    words = []
    for part in parts:
        terms = part.subqueries if isinstance(part, wq.Or) else [part]
        texts = {t.text for t in terms if isinstance(t, wq.Term) and t.fieldname in SCORED_FIELDS}
        if len(texts) != 1 or not all(isinstance(t, wq.Term) for t in terms):
            return []
        words.append(texts.pop())
    return words


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        stat = folder.stat()
    except OSError:  # mid-swap: the old index stays usable until the new one is in place
        return None
    return stat.st_dev, stat.st_ino


def _segment_key(leaf) -> str:
    """Segments are immutable except for deletions, so the key includes how many pages were deleted."""
    segment = leaf.segment()
    return f"{segment.segment_id()}:{segment.deleted_count()}"


def _readable(expansion: Expansion, text: str, printed: dict[str, str], analyzer) -> tuple[dict, str | None]:
    """The index holds stems ("conscienc"); show users the words as typed and as printed on the pages."""
    if not expansion.variants:
        return {}, None
    typed = {t.text: t.original for t in analyzer(text, keeporiginal=True)}
    expanded = {typed.get(word, word): [printed.get(v, v) for v in variants]
                for word, variants in expansion.variants.items()}
    suggestion = None
    if expansion.replacements:
        suggestion = text
        for word, better in expansion.replacements.items():
            suggestion = suggestion.replace(typed.get(word, word), printed.get(better, better))
    return expanded, suggestion


def _printed_forms(stems: set[str], contents: list[str], analyzer) -> dict[str, str]:
    """For each stem, the word as first printed in `contents` (lower case)."""
    printed: dict[str, str] = {}
    for content in contents:
        for match in stem_matches(content, stems, analyzer):
            printed.setdefault(match.stem, content[match.start:match.end].lower())
    return printed


def _lead(content: str, chars: int = 200) -> str:
    """When only the title matched there is nothing to highlight: show the page's opening words."""
    return content[:chars]
