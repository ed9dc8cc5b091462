"""What the index stores and what it answers, as plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageRecord:
    """One page as the index sees it, carrying its document's fields for filtering and display."""

    doc_id: str
    page: int
    title: str
    content: str
    source: str
    doc_type: str = ""
    date: str = ""               # ISO, as precise as known: 1987, 1987-03, 1987-03-14
    method: str = ""
    confidence: float | None = None
    subjects: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    language: str = ""
    event: str = ""

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
class Hit:
    """A document's best-matching page, with the document's other matching pages."""

    doc_id: str
    page: int
    score: float
    title: str
    date: str
    doc_type: str
    source: str
    snippet: str
    other_pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int  # matching documents
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    expanded: dict[str, list[str]] = field(default_factory=dict)  # query term -> close spellings also matched
    did_you_mean: str | None = None  # the query with absent terms replaced by the likeliest spelling
