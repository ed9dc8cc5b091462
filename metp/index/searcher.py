"""Answer queries: whoosh's query language over pages, hits grouped by document."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from whoosh import highlight, query as wq
from whoosh.index import Index
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser

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


def parse_query(ix: Index, text: str) -> wq.Query:
    if not text.strip():
        raise UsageError("the query is empty; give words to search for, e.g. metp search 'letter writing'")
    parser = MultifieldParser(_SEARCH_FIELDS, ix.schema)
    parser.add_plugin(FuzzyTermPlugin())
    try:
        return parser.parse(text)
    except Exception as exc:  # whoosh raises assorted errors for malformed syntax
        raise QuerySyntaxError(f"cannot parse the query {text!r} ({exc}); check quotes and brackets") from exc


def search(
    ix: Index,
    text: str,
    limit: int = 10,
    offset: int = 0,
    doc_type: str | None = None,
    marks: Marks = Marks(),
) -> SearchResults:
    """Score every matching page, keep each document's best page, and page through documents."""
    if limit < 1 or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    parsed = parse_query(ix, text)
    filter_query = wq.Term("doc_type", doc_type.lower()) if doc_type else None
    with ix.searcher() as searcher:
        results = searcher.search(parsed, limit=None, filter=filter_query, terms=True)
        results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
        results.formatter = _MarkFormatter(marks)
        best: dict[str, object] = {}
        pages_by_doc: dict[str, list[int]] = {}
        for hit in results:  # in score order, so the first page seen of a document is its best
            doc_id = hit["doc_id"]
            pages_by_doc.setdefault(doc_id, []).append(hit["page"])
            best.setdefault(doc_id, hit)
        facets = {"doc_type": dict(Counter(h.get("doc_type") or "unknown" for h in best.values()))}
        window = list(best.items())[offset: offset + limit]
        hits = tuple(_to_hit(doc_id, hit, pages_by_doc[doc_id]) for doc_id, hit in window)
    return SearchResults(query=text, total=len(best), hits=hits, facets=facets)


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
