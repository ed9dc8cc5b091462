"""The writer of a whole-index build (`metp reindex`): whoosh's multi-process writer, whose worker processes
index with a segment writer that cuts per-posting costs of whoosh's and writes the same bytes.

- **Positions of pre-analysed text.**  The writer hands whoosh each text field as its list of terms
  (`schema.index_terms`); whoosh's `Positions` format then makes a Token object a word and pickles every
  term's positions.  Here positions are grouped in one pass and a word met once on a page (most are) has its
  encoded position looked up, not pickled again.
- **Postings kept by term** (`_Pool`): no sort of every posting, and no runs spilled to disk and merged
  back below the memory limit (10 million postings in 256 MB, where whoosh spilled every 1.5 million).
- **Field lengths in the final flush.**  Writing each posting, whoosh asks the page's field length of the
  segment's length column, one seek and read a posting; here each field's column is read once.

Only the worker processes use it: they never write the index's table of contents, which records the schema
(here a copy whose text fields carry the faster format), so the index is exactly what whoosh writes.
"""

from __future__ import annotations

import copy
from array import array

from whoosh import formats, multiproc
from whoosh.compat import dumps
from whoosh.fields import Schema
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool, SegmentWriter

from metp.index import whoosh_format

_LENGTH = [byte_to_length(b) if b else None for b in range(256)]  # as whoosh's W3 reader decodes a length byte
_ONE_PLACE_CACHED = 4096  # single positions whose pickle is kept (pages' words are at positions below this, mostly)
# `Positions.encode` of one position is the count 1 and the pickled list.  Each posting gets a bytes object of
# its own: whoosh pickles a block's values together, and shared objects would be pickled as references to the
# first (readable, but not the bytes whoosh writes).
_ONE_COUNT = pack_uint(1)


class _Positions(formats.Positions):
    """whoosh's `Positions`, faster for a list of terms; the same values for anything."""

    _one_place: dict[int, bytes] = {}  # position -> pickle of [position]

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(value, list):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        places: dict[str, list[int]] = {}
        for position, term in enumerate(value):
            places.setdefault(term, []).append(position)
        boost, one = self.field_boost, self._one_place
        for term, at in places.items():
            if len(at) == 1 and at[0] < _ONE_PLACE_CACHED:  # `encode([p])`, a new object (see _ONE_COUNT)
                encoded = _ONE_COUNT + (one.get(at[0]) or one.setdefault(at[0], dumps(at, 2)))
            else:
                encoded = self.encode(at)
            yield term, len(at), float(len(at)) * boost, encoded


class _Lengths:
    """Pages' field lengths for the flush, each field's column read once."""

    def __init__(self, perdoc, count: int):
        self._perdoc, self._count, self._fields = perdoc, count, {}

    def doc_field_length(self, docnum: int, fieldname: str, default=0):
        if fieldname not in self._fields:
            raw = whoosh_format.length_bytes(self._perdoc, fieldname, self._count)
            self._fields[fieldname] = None if raw is None else [_LENGTH[b] for b in raw]
        table = self._fields[fieldname]
        return default if table is None else table[docnum]


class _Pool(PostingPool):
    """A segment's postings kept by term, in arrays (about 25 bytes a posting, where whoosh keeps a tuple of
    objects, ~200): pages are added in order, so each term's postings arrive sorted and only the terms are
    sorted at the flush.  Past `limitmb` they are written out as a sorted run of whoosh's kind (so memory
    stays bounded), and runs are merged as whoosh merges them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._terms: dict[tuple[str, bytes], tuple[array, array, array, bytearray]] = {}

    def add(self, item):
        fieldname, text, docnum, weight, value = item  # weight: always a float (whoosh multiplies by boosts)
        postings = self._terms.get((fieldname, text))
        if postings is None:
            postings = self._terms[fieldname, text] = (array("i"), array("d"), array("I"), bytearray())
            self.fieldnames.add(fieldname)
            self.currentsize += 400 + len(text)
        docnums, weights, ends, values = postings
        docnums.append(docnum)
        weights.append(weight)
        if value:
            values += value
        ends.append(len(values))
        self.currentsize += 16 + len(value or b"")
        if self.currentsize > self.limit:
            self.save()

    def _sorted(self):
        for key in sorted(self._terms):
            fieldname, text = key
            docnums, weights, ends, values = self._terms[key]
            values, start = memoryview(values), 0
            for docnum, weight, end in zip(docnums, weights, ends):
                yield fieldname, text, docnum, weight, bytes(values[start:end])
                start = end

    def save(self):
        if self._terms:
            path, f = self._new_run()
            self._write_run(f, self._sorted())
            self._add_run(path)
            self._terms = {}
        self.currentsize = 0

    def items(self, maxfiles=128):
        return self._sorted() if not self.runs else super().items(maxfiles)


class _WorkerSegmentWriter(SegmentWriter):
    def __init__(self, ix, limitmb=128, **kwargs):
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.schema = _fast_positions(self.schema)
        self.pool = _Pool(self._tempstorage, self.newsegment, limitmb=limitmb)

    def _flush_segment(self):
        if not self.codec.length_stats:  # no lengths to look up (not whoosh 2.7's W3 codec)
            return super()._flush_segment()
        self.perdocwriter.close()
        perdoc = self.per_document_reader()
        try:
            self.fieldwriter.add_postings(self.schema, _Lengths(perdoc, self.docnum), self.pool.iter_postings())
            self.fieldwriter.close()
        finally:
            perdoc.close()


def _fast_positions(schema: Schema) -> Schema:
    fields = {}
    for name, field in schema.items():
        if type(field.format) is formats.Positions:
            field = copy.copy(field)
            field.format = _Positions(field.format.field_boost, **field.format.options)
        fields[name] = field
    return Schema(**fields)


class _Task(SubWriterTask):
    def run(self):
        multiproc.SegmentWriter = _WorkerSegmentWriter  # run() runs in the worker process: only there
        super().run()


class BuildWriter(MpWriter):
    """`MpWriter` whose worker processes write with `_WorkerSegmentWriter`."""

    def _new_task(self):
        task = _Task(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task
