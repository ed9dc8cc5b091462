"""The index's per-page columns as numpy arrays: grouping, facets, filters and date order for a whole
result set in a few array operations instead of a Python loop over every matching page.

Whoosh segments never change once written (except for deletions), so each segment's arrays are read
once, kept for as long as the segment lives, and kept on disk too (`segment_cache`), so that a process
that opens the index for one search reads them in milliseconds; a refreshed searcher re-reads only the
segments that are new.  Strings (document ids, dates, facet values) are kept once per distinct value,
with a code per page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from metp.errors import UsageError
from metp.fields import FACETS, FIELDS, IndexAs
from metp.index import whoosh_format
from metp.index.records import Filters
from metp.index.segment_cache import SegmentCache, Strings, packed

RESTRICTED = "restricted"  # the `access` value that hides a document from public search
FACET_KEYS = tuple(f.key for f in FACETS)  # keyword columns: comma-separated values, lower-cased
LENGTH_FIELDS = tuple(f.key for f in FIELDS if f.index is IndexAs.text) + ("content",)  # text fields' lengths
_CACHE_KIND = "columns"
_JOINED_KIND = "joined-columns"  # all segments' columns together, in the order of the index


@dataclass(frozen=True)
class Coded:
    """A string column: its distinct values (in order of first appearance) and each page's value's code."""

    values: list[str]
    codes: np.ndarray

    @classmethod
    def of(cls, strings: list[str]) -> "Coded":
        numbers: dict[str, int] = {}
        codes = np.fromiter((numbers.setdefault(s, len(numbers)) for s in strings), dtype=np.int64,
                            count=len(strings))
        return cls(list(numbers), codes)

    def pack(self, name: str) -> dict[str, np.ndarray]:
        return {**packed(f"{name}.", self.values), f"{name}.codes": _small(self.codes)}

    @classmethod
    def unpack(cls, arrays: dict[str, np.ndarray], name: str) -> "Coded":
        return cls(Strings.unpack(arrays, f"{name}.").to_list(), arrays[f"{name}.codes"].astype(np.int64))


@dataclass(frozen=True)
class Segment:
    """One segment's columns, read straight from whoosh (strings as whoosh stores them)."""

    doc_ids: Coded
    pages: np.ndarray
    years: np.ndarray
    dates: Coded
    facets: dict[str, "Facet"]
    lengths: dict[str, np.ndarray]  # words per scored field, as whoosh quantises them
    live: np.ndarray  # False for deleted pages
    restricted: np.ndarray  # True for pages of documents whose access is `restricted`

    @classmethod
    def read(cls, leaf, cache: SegmentCache | None = None) -> "Segment":
        """The segment's columns: from the cache when it holds them for this very segment, otherwise read
        from the index (and cached)."""
        count = leaf.doc_count_all()
        live = _live(leaf)
        segment_id = leaf.segment().segment_id() if cache is not None else ""
        fingerprint = cache.fingerprint(segment_id, count) if cache is not None else ""
        stored = cache.load(segment_id, _CACHE_KIND, fingerprint) if cache is not None else None
        if stored is not None:
            try:
                return cls._unpack(stored, live)
            except (KeyError, ValueError):
                pass  # written by another layout: read the index instead
        segment = cls(doc_ids=Coded.of(_strings(leaf, "doc_id", count)), pages=_ints(leaf, "page", count),
                      years=_ints(leaf, "year", count), dates=Coded.of(_strings(leaf, "date", count)),
                      facets={key: Facet.build(_strings(leaf, key, count)) for key in FACET_KEYS},
                      lengths={field: whoosh_format.field_lengths(leaf, field, count) for field in LENGTH_FIELDS},
                      live=live,
                      restricted=np.array([v.strip().lower() == RESTRICTED for v in _strings(leaf, "access", count)],
                                          dtype=bool).reshape(count))
        if cache is not None:
            cache.save(segment_id, _CACHE_KIND, fingerprint, segment._pack())
        return segment

    def _pack(self) -> dict[str, np.ndarray]:
        arrays = {**self.doc_ids.pack("doc_id"), **self.dates.pack("date"), "pages": _small(self.pages),
                  "years": _small(self.years), "restricted": self.restricted}
        for key, facet in self.facets.items():
            arrays.update(facet.pack(f"facet.{key}"))
        for field, lengths in self.lengths.items():  # whole numbers (quantised word counts): exact in float32
            arrays[f"length.{field}"] = lengths.astype(np.float32) if (lengths < 2 ** 24).all() else lengths
        return arrays

    @classmethod
    def _unpack(cls, arrays: dict[str, np.ndarray], live: np.ndarray) -> "Segment":
        segment = cls(doc_ids=Coded.unpack(arrays, "doc_id"), pages=arrays["pages"].astype(np.int64),
                      years=arrays["years"].astype(np.int64), dates=Coded.unpack(arrays, "date"),
                      facets={key: Facet.unpack(arrays, f"facet.{key}") for key in FACET_KEYS},
                      lengths={field: arrays[f"length.{field}"].astype(float) for field in LENGTH_FIELDS}, live=live,
                      restricted=arrays["restricted"].astype(bool))
        if not all(len(a) == len(live) for a in (segment.doc_ids.codes, segment.pages, segment.years,
                                                   segment.dates.codes, segment.restricted,
                                                   *segment.lengths.values())) \
                or any(len(f.rows) and f.rows.max() >= len(live) for f in segment.facets.values()):
            raise ValueError("cached columns of another length")
        return segment


def _live(leaf) -> np.ndarray:
    """False for the segment's deleted pages."""
    live = np.ones(leaf.doc_count_all(), dtype=bool)
    live[list(leaf.deleted_docs_set) if leaf.has_deletions() else []] = False
    return live


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
                 for s in set(strings)}  # a few hundred to some thousand distinct strings among 100,000 pages
        values = tuple(sorted({v for vs in split.values() for v in vs}))
        code = {v: i for i, v in enumerate(values)}
        coded = {s: [code[v] for v in vs] for s, vs in split.items()}
        per_page = [coded[s] for s in strings]
        rows = np.repeat(np.arange(len(strings)), [len(c) for c in per_page])
        return cls(values, np.fromiter((c for cs in per_page for c in cs), dtype=np.int64, count=len(rows)), rows)

    @classmethod
    def join(cls, facets: list["Facet"], sizes: list[int]) -> "Facet":
        """One facet over segments' facets, in order (`sizes`: each segment's number of pages)."""
        values = tuple(sorted({v for f in facets for v in f.values}))
        code = {v: i for i, v in enumerate(values)}
        codes = [np.array([code[v] for v in f.values], dtype=np.int64)[f.codes] if len(f.values) else f.codes
                 for f in facets]
        offsets = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64) if sizes else []
        return cls(values, _concat(codes), _concat([f.rows + offset for f, offset in zip(facets, offsets)]))

    def pack(self, name: str) -> dict[str, np.ndarray]:
        return {**packed(f"{name}.", list(self.values)), f"{name}.codes": _small(self.codes),
                f"{name}.rows": _small(self.rows)}

    @classmethod
    def unpack(cls, arrays: dict[str, np.ndarray], name: str) -> "Facet":
        # (codes and rows as stored, int32 when they fit: numpy indexes with them as they are, without a copy)
        return cls(tuple(Strings.unpack(arrays, f"{name}.").to_list()), arrays[f"{name}.codes"], arrays[f"{name}.rows"])

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
    doc_names: Sequence[str]    # document number -> doc_id (a tuple, or `Strings` when read from the cache)
    pages: np.ndarray
    years: np.ndarray
    date_rank: np.ndarray       # page -> rank of its date string; undated last
    facets: dict[str, Facet]
    lengths: dict[str, np.ndarray]
    live: np.ndarray
    restricted: np.ndarray

    @classmethod
    def join(cls, segments: list[Segment]) -> "Columns":
        # doc_id -> document number, in order of first appearance (as whoosh numbers the pages)
        names = np.array([d for s in segments for d in s.doc_ids.values], dtype=str)
        unique, first, inverse = np.unique(names, return_index=True, return_inverse=True)
        by_appearance = np.argsort(first, kind="stable")
        number = np.empty(len(unique), dtype=np.int64)
        number[by_appearance] = np.arange(len(unique))
        local_to_global = number[inverse]
        bounds = np.cumsum([0] + [len(s.doc_ids.values) for s in segments])
        doc_code = [local_to_global[bounds[i]:bounds[i + 1]][s.doc_ids.codes] for i, s in enumerate(segments)]
        dates = sorted({d or "\uffff" for s in segments for d in s.dates.values})  # undated last
        rank = {d: i for i, d in enumerate(dates)}
        date_rank = [np.array([rank[d or "\uffff"] for d in s.dates.values], dtype=np.int64)[s.dates.codes]
                     for s in segments]
        return cls(
            doc_code=_concat(doc_code), doc_names=tuple(unique[by_appearance].tolist()),
            pages=_concat([s.pages for s in segments]), years=_concat([s.years for s in segments]),
            date_rank=_concat(date_rank),
            facets={key: Facet.join([s.facets[key] for s in segments], [len(s.live) for s in segments])
                    for key in FACET_KEYS},
            lengths={f: _concat([s.lengths[f] for s in segments]) for f in LENGTH_FIELDS},
            live=np.concatenate([s.live for s in segments]) if segments else np.zeros(0, dtype=bool),
            restricted=np.concatenate([s.restricted for s in segments]) if segments else np.zeros(0, dtype=bool))

    @classmethod
    def cached(cls, leaves: list, cache: SegmentCache) -> "Columns | None":
        """The columns of these segments (in this order) as `save` kept them, or None.  A one-shot search
        then reads one file instead of each segment's and joining them (strings, dates, facets), which
        cost ~50 ms at 100,000 pages.  Deletions are not cached: `live` is read from the segments."""
        stored = cache.load(*_joined_key(leaves, cache))
        if stored is None:
            return None
        try:
            return cls._unpack(stored, [_live(leaf) for leaf in leaves])
        except (KeyError, ValueError):
            return None  # written by another layout

    def save(self, leaves: list, cache: SegmentCache) -> None:
        cache.save(*_joined_key(leaves, cache), self._pack())

    def _pack(self) -> dict[str, np.ndarray]:
        arrays = {**packed("doc_names.", list(self.doc_names)), "doc_code": self.doc_code, "pages": self.pages,
                  "years": self.years, "date_rank": self.date_rank, "restricted": self.restricted}
        for key, facet in self.facets.items():
            arrays.update(facet.pack(f"facet.{key}"))
        arrays.update({f"length.{field}": lengths for field, lengths in self.lengths.items()})
        return arrays

    @classmethod
    def _unpack(cls, arrays: dict[str, np.ndarray], lives: list[np.ndarray]) -> "Columns":
        live = np.concatenate(lives) if lives else np.zeros(0, dtype=bool)
        columns = cls(doc_code=arrays["doc_code"], doc_names=Strings.unpack(arrays, "doc_names."),
                      pages=arrays["pages"], years=arrays["years"], date_rank=arrays["date_rank"],
                      facets={key: Facet.unpack(arrays, f"facet.{key}") for key in FACET_KEYS},
                      lengths={field: arrays[f"length.{field}"] for field in LENGTH_FIELDS}, live=live,
                      restricted=arrays["restricted"])
        if not all(len(a) == len(live) for a in (columns.doc_code, columns.pages, columns.years, columns.date_rank,
                                                   columns.restricted, *columns.lengths.values())):
            raise ValueError("cached columns of another length")
        return columns

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
            code = _position(self.doc_names, filters.doc_id)
            masks.append(self.doc_code == code)
        if filters.hide_restricted:
            masks.append(~self.restricted)
        return np.logical_and.reduce(masks) if masks else None


def _position(names: Sequence[str], name: str) -> int:
    try:
        return names.index(name)
    except ValueError:
        return -1


def _joined_key(leaves: list, cache: SegmentCache) -> tuple[str, str, str]:
    """(name, kind, fingerprint) of the joined columns of these segments.  The name is not a segment's, so
    `SegmentCache.forget_gone` removes the entry at the next change of the index, when it is stale anyway."""
    fingerprint = "+".join(cache.fingerprint(leaf.segment().segment_id(), leaf.doc_count_all()) for leaf in leaves)
    return f"joined-{hashlib.sha256(fingerprint.encode()).hexdigest()[:16]}", _JOINED_KIND, fingerprint


def decade_label(value: str) -> str:
    digits = value.rstrip("s")
    if not (digits.isdigit() and len(digits) == 4):
        raise UsageError(f"--decade takes a decade such as 1980s, not {value!r}")
    return f"{int(digits) // 10 * 10}s"


def _small(values: np.ndarray) -> np.ndarray:
    """Whole numbers as int32 when they fit (half the bytes to read back)."""
    fits = not len(values) or (values.min() >= -2 ** 31 and values.max() < 2 ** 31)
    return values.astype(np.int32) if fits else values


def _concat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
