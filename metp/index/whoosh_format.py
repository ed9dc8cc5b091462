"""The only module that reads whoosh's private on-disk structures, each read beside its public twin.

Search needs every match scored, every page's columns and the whole word list; whoosh's public API hands
them over one Python call per item (seconds on 100,000 pages), while its 2.7 "W3" codec keeps them in
blocks numpy decodes at once.  The fast reads below rely on that codec's layout, so they are used only
when the installed whoosh is 2.7 and the segment was written by the W3 codec; otherwise (or with
`METP_WHOOSH_FAST=0` in the environment, which the tests use to run both ways) the public API answers,
slower but the same.  Tests check each fast read against whoosh's own answer.
"""

from __future__ import annotations

import os
import pickle
import struct

import numpy as np
import whoosh
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec
from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.filedb.filetables import OrderedHashReader
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

ENGINE_RECOGNISED = whoosh.__version__[:2] == (2, 7)
_BYTE_TO_LENGTH = np.array([byte_to_length(b) if b else 0 for b in range(256)], dtype=float)
_POSITION_TYPES = {"B": "u1", "H": ">u2", "i": ">i4", "I": ">u4", "q": ">i8"}  # whoosh writes big-endian


def enabled() -> bool:
    """Fast reads allowed at all (read at each call, so a test can switch them off for one run)."""
    return ENGINE_RECOGNISED and os.environ.get("METP_WHOOSH_FAST", "1") != "0"


def fast_for(leaf) -> bool:
    """A segment whose files the fast reads understand: whoosh 2.7's W3 codec."""
    return enabled() and isinstance(getattr(leaf, "_codec", None), W3Codec)


# ------------------------------------------------------------------------------------------ columns
def column_values(leaf, field: str, count: int) -> list:
    """A column's values for every page (translated), each distinct value translated once."""
    if not leaf.has_column(field):
        return [None] * count
    raw = _bulk(leaf.column_reader(field, translate=False), count) if fast_for(leaf) else None
    if raw is None:
        return list(leaf.column_reader(field))
    translate = leaf.schema[field].from_column_value
    values = {v: translate(v) for v in set(raw)}
    return [values[v] for v in raw]


def _bulk(reader, count: int) -> list | None:
    """Untranslated values read in one go (whoosh's readers fetch them one file read per page).  None for
    a reader of another kind."""
    if isinstance(reader, VarBytesColumn.Reader):
        lengths = np.asarray(reader._lengths, dtype=np.int64)
        ends = np.cumsum(lengths).tolist()
        blob = reader._dbfile.get(reader._basepos, ends[-1]) if ends else b""
        return [blob[end - length:end] for end, length in zip(ends, lengths.tolist())]
    if isinstance(reader, NumericColumn.Reader):
        stored = reader._dbfile.get(reader._basepos, reader._count * reader._fixedlen)
        values = np.frombuffer(stored, dtype=">" + reader._typecode).tolist()
        return values + [reader._default] * (count - len(values))
    return None


def field_lengths(leaf, field: str, count: int) -> np.ndarray:
    """Words per page in a scored field, quantised as whoosh keeps them (what its BM25F reads)."""
    if not fast_for(leaf):
        return np.array([leaf.doc_field_length(n, field, 0) for n in range(count)], dtype=float)
    raw = length_bytes(leaf._perdoc, field, count)
    return np.zeros(count) if raw is None else _BYTE_TO_LENGTH[np.array(raw, dtype=np.uint8)]


def length_bytes(perdoc, field: str, count: int) -> list[int] | None:
    """A segment's length column of a field, as its bytes (whoosh's quantised lengths; 0 for none) for
    every page, read in one go; None when the field keeps no lengths.  `perdoc`: the segment's W3
    per-document reader."""
    column = f"_{field}_len"
    if not perdoc.has_column(column):
        return None
    reader = perdoc.column_reader(column, LENGTHS_COLUMN)
    raw = _bulk(reader, count)
    return raw if raw is not None else list(reader)


# ------------------------------------------------------------------------------------------ postings
def postings(leaf, matcher, positions: bool = False) -> tuple[np.ndarray, np.ndarray, list]:
    """Segment-local doc numbers, weights (term frequency x field boost) and, if asked, encoded positions
    of a posting list.  The W3 blocks hold them delta-encoded, which numpy decodes a block at a time.
    Deleted pages are left in (the caller masks them)."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    fast = fast_for(leaf) and all(hasattr(matcher, n) for n in ("_read_data", "_next_block", "_data", "_blocklength"))
    if not fast:
        rows = []
        while matcher.is_active():
            rows.append((matcher.id(), matcher.weight(), matcher.value() if positions else None))
            matcher.next()
        return (np.array([r[0] for r in rows], dtype=np.int64), np.array([r[1] for r in rows], dtype=float),
                [r[2] for r in rows] if positions else [])
    ids, weights, values = [], [], []
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        block_ids, block_weights = matcher._data[0], matcher._data[1]
        ids.append(np.cumsum(np.asarray(block_ids, dtype=np.int64)))
        weights.append(np.full(matcher._blocklength, 1.0 if block_weights is None else block_weights)
                       if block_weights is None or isinstance(block_weights, float)
                       else np.asarray(block_weights, dtype=float))
        if positions:
            values.extend(matcher._data[2])
        matcher._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0), []
    return np.concatenate(ids), np.concatenate(weights), values


def positions(values: list[bytes], field_format) -> tuple[np.ndarray, np.ndarray]:
    """(value's index, position) for every position in encoded position lists.  W3 encodes each as a
    4-byte count and a pickled list of gaps: those are unpickled in one call, as one list of lists
    (unpickling them one by one costs more than everything else in a phrase search).  Otherwise the
    field's format decodes them."""
    gaps = _unpickled_together(values) if enabled() else None
    if gaps is None:
        lists = [list(field_format.decode_positions(v)) for v in values]
        counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
        flat = np.fromiter((p for ps in lists for p in ps), dtype=np.int64, count=int(counts.sum()))
        return np.repeat(np.arange(len(lists)), counts), flat
    counts = np.fromiter(map(len, gaps), dtype=np.int64, count=len(gaps))
    flat = np.fromiter((g for gs in gaps for g in gs), dtype=np.int64, count=int(counts.sum()))
    totals = np.cumsum(flat)
    before = np.concatenate(([0], totals))[np.cumsum(counts) - counts]  # sum of the gaps of earlier lists
    return np.repeat(np.arange(len(gaps)), counts), totals - np.repeat(before, counts)


def _unpickled_together(values: list[bytes]) -> list[list[int]] | None:
    try:
        lists = pickle.loads(b"\x80\x02(" + b"".join(_pickle_body(v[4:]) for v in values) + b"l.")
    except Exception:  # not the encoding expected
        return None
    return lists if isinstance(lists, list) and len(lists) == len(values) else None


def _pickle_body(encoded: bytes) -> bytes:
    """A pickled list without its protocol header and STOP, to be spliced into a bigger pickle."""
    if encoded[:2] == b"\x80\x02":
        encoded = encoded[2:]
    return encoded[:-1] if encoded.endswith(b".") else encoded


# ------------------------------------------------------------------------------------------ terms
def field_terms(leaf, fieldname: str) -> list[tuple[str, int]]:
    """(term, doc frequency) of one field of one segment.  whoosh's public iteration decodes a TermInfo
    object per term (about 1 s for 100,000 terms); the W3 codec keeps a field's terms as one sorted run
    of (key length, value length, key, value) records with an array of their positions, read here in one
    piece and picked apart with numpy."""
    terms = getattr(leaf, "_terms", None)
    table, fieldmap = getattr(terms, "_tindex", None), getattr(terms, "_fieldmap", None)
    position_type = _POSITION_TYPES.get(getattr(table, "extras", {}).get("indextype"))
    if not fast_for(leaf) or not isinstance(table, OrderedHashReader) or not isinstance(fieldmap, dict) \
            or position_type is None:
        return [(text.decode("utf-8") if isinstance(text, bytes) else text, info.doc_frequency())
                for text, info in leaf.iter_field(fieldname)]
    if fieldname not in fieldmap:
        return []
    number = fieldmap[fieldname]
    start = table.closest_key_pos(struct.pack("!H", number))
    if start is None:
        return []
    end = table.closest_key_pos(struct.pack("!H", number + 1)) or table.endofdata
    offsets = np.frombuffer(table.dbfile.get(table.indexbase, table.indexlen * table.indexsize),
                            dtype=position_type).astype(np.int64)
    records = offsets[(offsets >= start) & (offsets < end)] - start
    raw = np.frombuffer(table.dbfile.get(start, end - start), dtype=np.uint8)
    key_lengths = _big_endian_uint32(raw, records)
    frequencies = _big_endian_uint32(raw, records + 8 + key_lengths + 5)  # W3TermInfo: flags, weight, doc freq
    # every key's text (after its 8 length bytes and 2 field-number bytes) followed by a newline, in one gather
    sizes = key_lengths - 2 + 1
    ends = np.cumsum(sizes)
    gather = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(records + 10 - (ends - sizes), sizes)
    gather[ends - 1] = len(raw)
    text = np.append(raw, np.uint8(10))[gather].tobytes().decode("utf-8")
    return list(zip(text.split("\n"), frequencies.tolist()))


def _big_endian_uint32(raw: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    return (raw[offsets].astype(np.int64) << 24 | raw[offsets + 1].astype(np.int64) << 16
            | raw[offsets + 2].astype(np.int64) << 8 | raw[offsets + 3].astype(np.int64))
