"""Answer queries: whoosh's query language over pages, hits grouped by document."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from whoosh import highlight, query as wq
from whoosh.index import Index
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, MultifieldParser

from metp.errors import QuerySyntaxError, UsageError
from metp.index import scoring
from metp.index.fuzzy import Expansion, Lexicon, expand_ocr_variants
from metp.index.records import Hit, SearchResults

_SEARCH_FIELDS = ["title", "content"]


@dataclass(frozen=True)
class Marks:
    """How matched terms are marked in snippets: ANSI on a terminal, tags in JSON, brackets in plain text."""

    before: str = "["
    after: str = "]"


class _MarkFormatter(highlight.Formatter):
    between = " … "

    def __init__(self, marks: Marks):
        self.marks = marks

    def format_token(self, text, token, replace=False):
        return f"{self.marks.before}{highlight.get_text(text, token, replace)}{self.marks.after}"


@dataclass(frozen=True)
class Filters:
    """Restrictions on documents, applied on top of the query (the search command's options)."""

    doc_type: str | None = None
    subject: str | None = None
    audience: str | None = None
    decade: str | None = None    # "1980s"
    language: str | None = None  # ISO 639-1
    year_from: int | None = None
    year_to: int | None = None

    def to_query(self) -> wq.Query | None:
        terms = [wq.Term(field, value.lower() if field != "decade" else _decade(value))
                 for field, value in (("doc_type", self.doc_type), ("subject", self.subject),
                                      ("audience", self.audience), ("decade", self.decade),
                                      ("language", self.language)) if value]
        if self.year_from is not None or self.year_to is not None:
            terms.append(wq.NumericRange("year", self.year_from, self.year_to))
        return wq.And(terms) if terms else None


SORTS = ("relevance", "date")
_FACETS = {"doc_type": "type", "decade": "decade", "subject": "subject", "audience": "audience",
           "language": "language"}
_ALIASES = {"doc_type": ["type"], "place": ["coverage", "country"], "language": ["lang"], "subject": ["topic"]}
_DATE_RANGE = re.compile(r"\bdate:(\d{4})?\.\.(\d{4})?")
_DATE_YEAR = re.compile(r"\bdate:(\d{4})\b(?![-.])")


def _decade(value: str) -> str:
    digits = value.rstrip("s")
    if not (digits.isdigit() and len(digits) == 4):
        raise UsageError(f"--decade takes a decade such as 1980s, not {value!r}")
    return f"{int(digits) // 10 * 10}s"


def _rewrite_dates(text: str) -> str:
    """`date:1985..1990`, `date:..1979`, `date:1987` become ranges over the numeric year field."""
    text = _DATE_RANGE.sub(lambda m: f"year:[{m[1] or ''} TO {m[2] or ''}]", text)
    return _DATE_YEAR.sub(lambda m: f"year:{m[1]}", text)


def check_syntax(text: str) -> None:
    """whoosh quietly drops what it cannot parse; say where the query is broken instead."""
    depth, quote_at = 0, None
    for position, char in enumerate(text, start=1):
        if char == '"':
            quote_at = None if quote_at else position
        elif quote_at is None and char == "(":
            depth += 1
        elif quote_at is None and char == ")":
            depth -= 1
            if depth < 0:
                raise QuerySyntaxError(f"unmatched ')' at position {position} of the query; remove it or add '('")
    if quote_at:
        raise QuerySyntaxError(f"unclosed quote at position {quote_at} of the query; close the phrase with '\"'")
    if depth:
        raise QuerySyntaxError(f"{depth} unclosed '(' in the query; add ')'")
    stray = re.search(r"(?:^|\s)(AND|OR)\s*$|^\s*(AND|OR)\s", text)
    if stray:
        group = 1 if stray.group(1) else 2
        raise QuerySyntaxError(f"'{stray.group(group)}' at position {stray.start(group) + 1} has nothing on "
                               "one side; remove it or add a word")


def parse_query(ix: Index, text: str) -> wq.Query:
    if not text.strip():
        raise UsageError("the query is empty; give words to search for, e.g. metp search 'letter writing'")
    check_syntax(text)
    parser = MultifieldParser(_SEARCH_FIELDS, ix.schema, fieldboosts=scoring.FIELD_BOOSTS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    try:
        return parser.parse(_rewrite_dates(text))
    except Exception as exc:  # whoosh raises assorted errors for malformed syntax
        raise QuerySyntaxError(f"cannot parse the query {text!r} ({exc}); check quotes and brackets") from exc


def search(
    ix: Index,
    text: str,
    limit: int = 10,
    offset: int = 0,
    filters: Filters = Filters(),
    marks: Marks = Marks(),
    exact: bool = False,
    sort: str = "relevance",
) -> SearchResults:
    """Score every matching page, keep each document's best page, and page through documents.

    Grouping and facets read whoosh's columns (doc id, type, decade, ...), so only the
    pages shown load their stored text for snippets.
    """
    if limit < 1 or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    if sort not in SORTS:
        raise UsageError(f"--sort takes one of {', '.join(SORTS)}")
    return _grouped(ix, parse_query(ix, text), text, limit, offset, filters, marks, exact, sort)


def _grouped(ix: Index, parsed: wq.Query, text: str, limit: int, offset: int, filters: Filters, marks: Marks,
             exact: bool, sort: str) -> SearchResults:
    with ix.searcher(weighting=scoring.weighting()) as searcher:
        reader = searcher.reader()  # the new searcher keeps one Lexicon per opened index instead
        expansion = Expansion() if exact else expand_ocr_variants(parsed, reader, Lexicon.from_reader(reader))
        results = searcher.search(expansion.query or parsed, limit=None, filter=filters.to_query())
        results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
        results.formatter = _MarkFormatter(marks)
        reader = searcher.reader()
        doc_ids = _column(reader, "doc_id")
        best: dict[str, int] = {}  # doc id -> rank of its best page in `results`
        pages_by_doc: dict[str, list[int]] = {}
        for rank, (_, docnum) in enumerate(results.top_n):
            doc_id = doc_ids[docnum]
            pages_by_doc.setdefault(doc_id, []).append(docnum)
            best.setdefault(doc_id, rank)
        facets = {name: _count(reader, field, [results.top_n[r][1] for r in best.values()])
                  for field, name in _FACETS.items()}
        order = list(best.items())
        if sort == "date":
            dates = _column(reader, "date")
            order.sort(key=lambda item: (dates[results.top_n[item[1]][1]] or "9999"))
        pages = _column(reader, "page")
        shown = [(doc_id, results[rank]) for doc_id, rank in order[offset: offset + limit]]
        hits = tuple(_to_hit(doc_id, hit, [pages[d] for d in pages_by_doc[doc_id]]) for doc_id, hit in shown)
        expanded, suggestion = _readable(expansion, text, [hit.get("content", "") for _, hit in shown],
                                         ix.schema["content"].analyzer)
    return SearchResults(query=text, total=len(best), hits=hits, facets=facets, expanded=expanded,
                         did_you_mean=suggestion)


def _readable(expansion: Expansion, text: str, contents: list[str], analyzer) -> tuple[dict, str | None]:
    """The index holds stems ("conscienc"); show users the words as typed and as printed on the pages."""
    if not expansion.variants:
        return {}, None
    typed = {t.text: t.original for t in analyzer(text, keeporiginal=True)}
    wanted = {v for vs in expansion.variants.values() for v in vs}
    printed: dict[str, str] = {}
    for content in contents:
        for token in analyzer(content, keeporiginal=True):
            if token.text in wanted:
                printed.setdefault(token.text, token.original.lower())
    expanded = {typed.get(word, word): [printed.get(v, v) for v in variants]
                for word, variants in expansion.variants.items()}
    suggestion = None
    if expansion.replacements:
        suggestion = text
        for word, better in expansion.replacements.items():
            suggestion = suggestion.replace(typed.get(word, word), printed.get(better, better))
    return expanded, suggestion


class _column:
    """Per-segment column lookup by global docnum.  whoosh's own multi-segment column reader
    miscounts when a segment has no value at all for the field (IndexError)."""

    def __init__(self, reader, field: str):
        self._starts, self._columns = [], []
        for leaf, offset in reader.leaf_readers():
            self._starts.append(offset)
            self._columns.append(leaf.column_reader(field) if leaf.has_column(field) else None)

    def __getitem__(self, docnum: int):
        i = bisect_right(self._starts, docnum) - 1
        column = self._columns[i]
        return column[docnum - self._starts[i]] if column is not None else None


def _count(reader, field: str, docnums: list[int]) -> dict[str, int]:
    """Documents per value of a column (comma-separated for repeatable fields), most first."""
    column = _column(reader, field)
    counts = Counter(value for d in docnums for value in (column[d] or "").split(",") if value)
    return dict(counts.most_common())


def _to_hit(doc_id: str, hit, pages: list[int]) -> Hit:
    snippet = hit.highlights("content", top=2) or _lead(hit.get("content", ""))
    return Hit(
        doc_id=doc_id,
        page=hit["page"],
        score=round(float(hit.score), 4),
        title=hit.get("title", ""),
        date=hit.get("date", ""),
        doc_type=hit.get("doc_type", ""),
        source=hit.get("source", ""),
        snippet=" ".join(snippet.split()),
        other_pages=tuple(sorted(p for p in pages if p != hit["page"])),
    )


def _lead(content: str, chars: int = 200) -> str:
    """When only the title matched there is nothing to highlight: show the page's opening words."""
    return content[:chars]


def similar(ix: Index, doc_id: str, limit: int = 10, numterms: int = 25) -> tuple[list[str], SearchResults]:
    """Documents like this one: its key terms (whoosh's "more like this" term selection over all its
    pages, words only) as a weighted OR query, the document itself left out."""
    with ix.searcher(weighting=scoring.weighting()) as searcher:
        docnums = list(searcher.document_numbers(doc_id=doc_id))
        candidates = searcher.key_terms(docnums, "content", numterms=numterms * 2) if docnums else []
    key_terms = [(t, w) for t, w in candidates if t.isalpha() and len(t) >= 3][:numterms]
    if not key_terms:
        return [], SearchResults(query="", total=0, hits=())
    top = key_terms[0][1]
    query = wq.Or([wq.Term("content", t, boost=max(0.1, w / top)) for t, w in key_terms])
    query = wq.AndNot(query, wq.Term("doc_id", doc_id))
    results = _grouped(ix, query, f"like:{doc_id}", limit, 0, Filters(), Marks(), True, "relevance")
    return [t for t, _ in key_terms], results
