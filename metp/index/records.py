"""What the index stores and what it answers, as plain frozen values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from metp.fields import FILTERS

SORTS = ("relevance", "date")  # orders of search results: best match first, or oldest first


@dataclass(frozen=True)
class PageRecord:
    """One page as the index sees it, carrying its document's searchable fields (by their registry key,
    see metp/fields.py) for filtering, facets and display."""

    doc_id: str
    page: int
    title: str
    content: str
    source: str
    method: str = ""
    confidence: float | None = None
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "subject" -> ("torture", ...)

    def first(self, key: str) -> str:
        return next(iter(self.fields.get(key, ())), "")

    @property
    def date(self) -> str:
        return self.first("date")  # ISO, as precise as known: 1987, 1987-03, 1987-03-14

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    @property
    def decade(self) -> str:
        return f"{self.year // 10 * 10}s" if self.year else ""

    @property
    def page_id(self) -> str:
        return f"{self.doc_id}:{self.page}"


@dataclass(frozen=True)
class Filters:
    """Restrictions on documents on top of the query (the search command's options): facet key -> value."""

    values: Mapping[str, str] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    doc_id: str | None = None  # one document's pages only (the page viewer's hits)
    hide_restricted: bool = False  # leave out documents whose access is `restricted` (`metp serve --public`)

    @classmethod
    def of(cls, year_from: int | None = None, year_to: int | None = None, **values: str | None) -> "Filters":
        unknown = set(values) - {f.key for f in FILTERS}
        if unknown:
            raise ValueError(f"no filter named {', '.join(sorted(unknown))}")
        return cls(MappingProxyType({k: v for k, v in values.items() if v}), year_from, year_to)


@dataclass(frozen=True)
class Snippet:
    """A passage of a page and where the matched words are in it: renderers mark and escape it their way."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) offsets into `text`, in order, not overlapping

    def parts(self) -> list[tuple[str, bool]]:
        """(piece, matched) in order, for renderers."""
        out, at = [], 0
        for start, end in self.spans:
            if start > at:
                out.append((self.text[at:start], False))
            out.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out


@dataclass(frozen=True)
class Hit:
    """A document's best-matching page, with the document's other matching pages."""

    doc_id: str
    page: int
    score: float
    title: str
    date: str
    doc_type: str
    source: str
    snippet: Snippet
    other_pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int  # matching documents
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # facet key -> value -> documents
    expanded: dict[str, list[str]] = field(default_factory=dict)  # query term -> close spellings also matched
    did_you_mean: str | None = None  # the query with absent terms replaced by the likeliest spelling
    estimated: bool = False  # total and facet counts are estimates (tantivy, queries matching very many pages)

