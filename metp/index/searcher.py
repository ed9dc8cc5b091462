"""Answer queries: whoosh's query language over pages, hits grouped by document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from whoosh import highlight, query as wq
from whoosh.index import Index
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, MultifieldParser

from metp.errors import QuerySyntaxError, UsageError
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


def parse_query(ix: Index, text: str) -> wq.Query:
    if not text.strip():
        raise UsageError("the query is empty; give words to search for, e.g. metp search 'letter writing'")
    parser = MultifieldParser(_SEARCH_FIELDS, ix.schema)
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
) -> SearchResults:
    """Score every matching page, keep each document's best page, and page through documents."""
    if limit < 1 or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    parsed = parse_query(ix, text)
    with ix.searcher() as searcher:
        results = searcher.search(parsed, limit=None, filter=filters.to_query(), terms=True)
        results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
        results.formatter = _MarkFormatter(marks)
        best: dict[str, object] = {}
        pages_by_doc: dict[str, list[int]] = {}
        for hit in results:  # in score order, so the first page seen of a document is its best
            doc_id = hit["doc_id"]
            pages_by_doc.setdefault(doc_id, []).append(hit["page"])
            best.setdefault(doc_id, hit)
        facets = {name: _count(best.values(), field) for field, name in _FACETS.items()}
        window = list(best.items())[offset: offset + limit]
        hits = tuple(_to_hit(doc_id, hit, pages_by_doc[doc_id]) for doc_id, hit in window)
    return SearchResults(query=text, total=len(best), hits=hits, facets=facets)


def _count(hits, field: str) -> dict[str, int]:
    """Documents per value of a stored (comma-separated for repeatable fields) field, most first."""
    counts = Counter(value for hit in hits for value in (hit.get(field) or "").split(",") if value)
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
