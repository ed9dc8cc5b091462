"""The index's per-page columns as numpy arrays: grouping, facets, filters and date order for a whole
result set in a few array operations instead of a Python loop over every matching page.

Whoosh segments never change once written, so each segment's arrays are read once and kept for as long
as the segment lives; a refreshed searcher re-reads only the segments that are new.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from metp.errors import UsageError
from metp.fields import FACETS, FIELDS, IndexAs
from metp.index import whoosh_format
from metp.index.records import Filters

RESTRICTED = "restricted"  # the `access` value that hides a document from public search
FACET_KEYS = tuple(f.key for f in FACETS)  # keyword columns: comma-separated values, lower-cased
LENGTH_FIELDS = tuple(f.key for f in FIELDS if f.index is IndexAs.text) + ("content",)  # text fields' lengths


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
    restricted: np.ndarray  # True for pages of documents whose access is `restricted`

    @classmethod
    def read(cls, leaf) -> "Segment":
        count = leaf.doc_count_all()
        live = np.ones(count, dtype=bool)
        deleted = list(leaf.deleted_docs_set) if leaf.has_deletions() else []
        live[deleted] = False
        return cls(doc_ids=_strings(leaf, "doc_id", count), pages=_ints(leaf, "page", count),
                   years=_ints(leaf, "year", count), dates=_strings(leaf, "date", count),
                   facets={key: _strings(leaf, key, count) for key in FACET_KEYS},
                   lengths={field: whoosh_format.field_lengths(leaf, field, count) for field in LENGTH_FIELDS}, live=live,
                   restricted=np.array([v.strip().lower() == RESTRICTED for v in _strings(leaf, "access", count)],
                                       dtype=bool).reshape(count))


def _strings(leaf, field: str, count: int) -> list[str]:
    return [v or "" for v in whoosh_format.column_values(leaf, field, count)]


def _ints(leaf, field: str, count: int) -> np.ndarray:
    return np.array([v or 0 for v in whoosh_format.column_values(leaf, field, count)], dtype=np.int64)


@dataclass(frozen=True)
class Facet:
    """A (possibly multi-valued) field as a sparse page x value table: values[codes[k]] belongs to page rows[k]."""

    values: tuple[str, ...]
    codes: np.ndarray
    rows: np.ndarray

    @classmethod
    def build(cls, strings: list[str]) -> "Facet":
        split = {s: [v.strip() for v in s.split(",") if v.strip()]
                 for s in set(strings)}  # a few hundred distinct strings among 100,000 pages
        values = tuple(sorted({v for vs in split.values() for v in vs}))
        code = {v: i for i, v in enumerate(values)}
        coded = {s: [code[v] for v in vs] for s, vs in split.items()}
        per_page = [coded[s] for s in strings]
        rows = np.repeat(np.arange(len(strings)), [len(c) for c in per_page])
        return cls(values, np.fromiter((c for cs in per_page for c in cs), dtype=np.int64, count=len(rows)), rows)

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

    doc_code: np.ndarray        # page -> its document's number (grouping)
    doc_names: tuple[str, ...]  # document number -> doc_id
    pages: np.ndarray
    years: np.ndarray
    date_rank: np.ndarray       # page -> rank of its date string; undated last
    facets: dict[str, Facet]
    lengths: dict[str, np.ndarray]
    live: np.ndarray
    restricted: np.ndarray

    @classmethod
    def join(cls, segments: list[Segment]) -> "Columns":
        codes: dict[str, int] = {}
        doc_code = [codes.setdefault(d, len(codes)) for s in segments for d in s.doc_ids]
        dates = [d or "\uffff" for s in segments for d in s.dates]  # undated last
        rank = {d: i for i, d in enumerate(sorted(set(dates)))}
        return cls(
            doc_code=np.array(doc_code, dtype=np.int64), doc_names=tuple(codes),
            pages=_concat([s.pages for s in segments]), years=_concat([s.years for s in segments]),
            date_rank=np.array([rank[d] for d in dates], dtype=np.int64),
            facets={key: Facet.build([v for s in segments for v in s.facets[key]]) for key in FACET_KEYS},
            lengths={f: _concat([s.lengths[f] for s in segments]) for f in LENGTH_FIELDS},
            live=np.concatenate([s.live for s in segments]) if segments else np.zeros(0, dtype=bool),
            restricted=np.concatenate([s.restricted for s in segments]) if segments else np.zeros(0, dtype=bool))

    @property
    def page_count(self) -> int:
        return len(self.live)

    def filter_mask(self, filters: Filters) -> np.ndarray | None:
        """Pages allowed by the search command's filters (None: no filter)."""
        masks = [self.facets[key].pages_with(decade_label(value) if key == "decade" else value, self.page_count)
                 for key, value in filters.values.items()]
        if filters.year_from is not None:
            masks.append((self.years >= filters.year_from) & (self.years <= 9999))  # undated: whoosh's max int
        if filters.year_to is not None:
            masks.append((self.years <= filters.year_to) & (self.years > 0))
        if filters.doc_id is not None:
            code = self.doc_names.index(filters.doc_id) if filters.doc_id in self.doc_names else -1
            masks.append(self.doc_code == code)
        if filters.hide_restricted:
            masks.append(~self.restricted)
        return np.logical_and.reduce(masks) if masks else None


def decade_label(value: str) -> str:
    digits = value.rstrip("s")
    if not (digits.isdigit() and len(digits) == 4):
        raise UsageError(f"--decade takes a decade such as 1980s, not {value!r}")
    return f"{int(digits) // 10 * 10}s"


def _concat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
