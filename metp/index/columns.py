"""The index's per-page columns as numpy arrays: grouping, facets, filters and date order for a whole
result set in a few array operations instead of a Python loop over every matching page.

Whoosh segments never change once written, so each segment's arrays are read once and kept for as long
as the segment lives; a refreshed searcher re-reads only the segments that are new.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.util.numeric import byte_to_length

from metp.errors import UsageError

FACETS = {"doc_type": "type", "decade": "decade", "subject": "subject", "audience": "audience",
          "language": "language"}
_MULTI = {"doc_type", "subject", "audience"}  # comma-separated KEYWORD fields
LENGTH_FIELDS = ("title", "content", "event")  # the scored text fields, whose lengths BM25F needs
_BYTE_TO_LENGTH = np.array([byte_to_length(b) if b else 0 for b in range(256)], dtype=float)


@dataclass(frozen=True)
class Segment:
    """One segment's columns, read straight from whoosh (strings as whoosh stores them)."""

    doc_ids: list[str]
    pages: np.ndarray
    years: np.ndarray
    dates: list[str]
    facets: dict[str, list[str]]
    lengths: dict[str, np.ndarray]  # words per scored field, as whoosh quantises them
    live: np.ndarray  # False for deleted pages

    @classmethod
    def read(cls, leaf) -> "Segment":
        count = leaf.doc_count_all()
        live = np.ones(count, dtype=bool)
        deleted = list(leaf.deleted_docs_set) if leaf.has_deletions() else []
        live[deleted] = False
        return cls(doc_ids=_strings(leaf, "doc_id", count), pages=_ints(leaf, "page", count),
                   years=_ints(leaf, "year", count), dates=_strings(leaf, "date", count),
                   facets={field: _strings(leaf, field, count) for field in FACETS},
                   lengths={field: _lengths(leaf, field, count) for field in LENGTH_FIELDS}, live=live)


def _raw(leaf, field: str, count: int) -> list:
    return list(leaf.column_reader(field)) if leaf.has_column(field) else [None] * count


def _strings(leaf, field: str, count: int) -> list[str]:
    return [v.decode() if isinstance(v, bytes) else (v or "") for v in _raw(leaf, field, count)]


def _lengths(leaf, field: str, count: int) -> np.ndarray:
    """whoosh keeps field lengths as one byte per page in a hidden column (what its scorer reads)."""
    perdoc, column = leaf._perdoc, f"_{field}_len"
    if not perdoc.has_column(column):
        return np.zeros(count)
    return _BYTE_TO_LENGTH[np.array(list(perdoc.column_reader(column, LENGTHS_COLUMN)), dtype=np.uint8)]


def _ints(leaf, field: str, count: int) -> np.ndarray:
    return np.array([v or 0 for v in _raw(leaf, field, count)], dtype=np.int64)


@dataclass(frozen=True)
class Facet:
    """A (possibly multi-valued) field as a sparse page x value table: values[codes[k]] belongs to page rows[k]."""

    values: tuple[str, ...]
    codes: np.ndarray
    rows: np.ndarray

    @classmethod
    def build(cls, strings: list[str], multi: bool) -> "Facet":
        split = [[v.strip() for v in s.split(",") if v.strip()] if multi else ([s] if s else []) for s in strings]
        values = tuple(sorted({v for vs in split for v in vs}))
        code = {v: i for i, v in enumerate(values)}
        rows = np.repeat(np.arange(len(split)), [len(vs) for vs in split])
        codes = np.array([code[v] for vs in split for v in vs], dtype=np.int64)
        return cls(values, codes, rows)

    def pages_with(self, value: str, page_count: int) -> np.ndarray:
        """Boolean mask of the pages holding `value` (case-insensitive, as whoosh's KEYWORD lowercases)."""
        wanted = [i for i, v in enumerate(self.values) if v.lower() == value.lower()]
        mask = np.zeros(page_count, dtype=bool)
        mask[self.rows[np.isin(self.codes, wanted)]] = True
        return mask

    def counts(self, selected: np.ndarray, page_count: int) -> dict[str, int]:
        """Values among the `selected` pages (one per document), most frequent first."""
        chosen = np.zeros(page_count, dtype=bool)
        chosen[selected] = True
        tally = np.bincount(self.codes[chosen[self.rows]], minlength=len(self.values))
        order = sorted(np.flatnonzero(tally), key=lambda i: (-tally[i], self.values[i]))
        return {self.values[i]: int(tally[i]) for i in order}


@dataclass(frozen=True)
class Columns:
    """All segments' columns concatenated in global docnum order."""

    doc_names: tuple[str, ...]  # doc_code -> doc id
    doc_code: np.ndarray        # page -> index into doc_names
    pages: np.ndarray
    years: np.ndarray
    date_rank: np.ndarray       # page -> rank of its date string; undated last
    facets: dict[str, Facet]
    lengths: dict[str, np.ndarray]
    live: np.ndarray

    @classmethod
    def join(cls, segments: list[Segment]) -> "Columns":
        doc_ids = [d for s in segments for d in s.doc_ids]
        names, doc_code = np.unique(np.array(doc_ids, dtype=object), return_inverse=True) if doc_ids else ([], [])
        dates = np.array([d or "\uffff" for s in segments for d in s.dates], dtype=object)
        _, date_rank = np.unique(dates, return_inverse=True) if len(dates) else ([], [])
        return cls(
            doc_names=tuple(names), doc_code=np.asarray(doc_code, dtype=np.int64),
            pages=_concat([s.pages for s in segments]), years=_concat([s.years for s in segments]),
            date_rank=np.asarray(date_rank, dtype=np.int64),
            facets={f: Facet.build([v for s in segments for v in s.facets[f]], f in _MULTI) for f in FACETS},
            lengths={f: _concat([s.lengths[f] for s in segments]) for f in LENGTH_FIELDS},
            live=np.concatenate([s.live for s in segments]) if segments else np.zeros(0, dtype=bool))

    @property
    def page_count(self) -> int:
        return len(self.live)

    def filter_mask(self, filters) -> np.ndarray | None:
        """Pages allowed by the search command's filters (None: no filter)."""
        masks = [self.facets[field].pages_with(value, self.page_count)
                 for field, value in (("doc_type", filters.doc_type), ("subject", filters.subject),
                                      ("audience", filters.audience), ("language", filters.language),
                                      ("decade", filters.decade and decade_label(filters.decade))) if value]
        if filters.year_from is not None:
            masks.append(self.years >= filters.year_from)
        if filters.year_to is not None:
            masks.append((self.years <= filters.year_to) & (self.years > 0))
        return np.logical_and.reduce(masks) if masks else None

    def first_page_per_document(self, pages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(doc codes, one page of each) for a sorted array of pages."""
        codes, first = np.unique(self.doc_code[pages], return_index=True)
        return codes, pages[first]


def decade_label(value: str) -> str:
    digits = value.rstrip("s")
    if not (digits.isdigit() and len(digits) == 4):
        raise UsageError(f"--decade takes a decade such as 1980s, not {value!r}")
    return f"{int(digits) // 10 * 10}s"


def _concat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
