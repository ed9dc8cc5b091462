"""The tantivy engine's index on disk: its schema, how a page record becomes a tantivy document, writing.

Text is analysed by metp, not by tantivy: the writer hands tantivy `index_terms(text)` joined by spaces
and tantivy's whitespace tokenizer takes them as they are, so both engines hold the very same terms
(stems, stop words dropped, positions counted over the kept words) and one query parser serves both.
What is shown (page text, title, source, date, type) is stored as one JSON value per page; what search
groups, orders and counts by is kept in fast fields (`doc_key`, a 64-bit hash of the document id;
`page`; `date_order`, the date as a number; the facet values as catalogued).

Writes follow a single-writer discipline: the archive's writer lock is held around them, the writer
is opened for one commit and closed, and files no longer used by any segment are removed after each
commit (paperless-ngx's tantivy index grew to 18 GiB of orphaned segments without it, #13679).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import tantivy

from metp.index.engines import ENGINE_FILE, build_beside, engine_of
from metp.errors import ArchiveBusyError, ArchiveDamagedError, IndexOutdatedError, cannot_write
from metp.fields import DECADE, FIELDS, INDEXED, IndexAs
from metp.index.records import PageRecord
from metp.index.schema import index_terms

ENGINE = "tantivy"
FORMAT_VERSION = 2            # of this schema; an index of another version is rebuilt (`metp reindex`)
ANALYZER = "metp"             # registered on every open: whitespace-separated, pre-analysed terms
WRITER_HEAP = 256_000_000     # bytes of indexing buffer per commit, shared by the writer's threads
TEXT_KEYS = tuple(f.key for f in FIELDS if f.index is IndexAs.text)            # title, event
KEYWORD_KEYS = tuple(f.key for f in (*INDEXED, DECADE) if f.index is IndexAs.keyword)  # facets, access
ID_KEYS = tuple(f.key for f in FIELDS if f.index is IndexAs.id)                # date
FACET_PREFIX = "as_is_"       # a keyword field's values with their case kept (facet counts show them)


def doc_key(doc_id: str) -> int:
    """The document's number in the `doc_key` fast field (grouping pages by document in numpy)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=8).digest(), "little")


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("page_id", tokenizer_name="raw")
    builder.add_text_field("doc_id", tokenizer_name="raw")
    builder.add_unsigned_field("doc_key", fast=True)
    builder.add_integer_field("page", indexed=True, fast=True)
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_integer_field("date_order", fast=True)
    builder.add_text_field("method", tokenizer_name="raw")
    builder.add_text_field("content", tokenizer_name=ANALYZER)
    for key in TEXT_KEYS:
        builder.add_text_field(key, tokenizer_name=ANALYZER)
    for key in ID_KEYS:
        builder.add_text_field(key, tokenizer_name="raw")
    for key in KEYWORD_KEYS:
        builder.add_text_field(key, tokenizer_name="raw")                   # lower-cased: queries, filters
        builder.add_text_field(FACET_PREFIX + key, fast=True, tokenizer_name="raw")  # as catalogued: facets
    builder.add_bytes_field("shown", stored=True)
    return builder.build()


def open_index(path: Path, create: bool = True) -> tantivy.Index:
    """The tantivy index in `path` (created when missing and `create`), with metp's analyzer registered."""
    try:
        if engine_of(path) == ENGINE:
            stamp = (path / ENGINE_FILE).read_text().split()
            if stamp != [ENGINE, str(FORMAT_VERSION)]:
                raise IndexOutdatedError(f"{path}: the search index was built by another metp version "
                                         f"({' '.join(stamp)}); run `metp reindex` to rebuild it from the "
                                         "catalog, which is intact")
            index = tantivy.Index.open(str(path))
        elif create:
            path.mkdir(parents=True, exist_ok=True)
            index = tantivy.Index(build_schema(), path=str(path))
            (path / ENGINE_FILE).write_text(f"{ENGINE} {FORMAT_VERSION}\n")
        else:
            raise ArchiveDamagedError(f"{path}: no search index here; run `metp reindex` to build it")
    except ValueError as exc:  # tantivy's errors opening a folder (missing or damaged meta.json, files)
        raise ArchiveDamagedError(f"{path}: the search index cannot be opened ({exc}); run `metp reindex`") from exc
    index.register_tokenizer(ANALYZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    return index


_IO_ERRORS = ("os error", "no space", "io::error", "writer was killed")  # in tantivy's messages


@contextmanager
def _writing(index: tantivy.Index, path: Path, threads: int = 1) -> Iterator["tantivy.IndexWriter"]:
    """A writer for one commit: committed when the block ends, rolled back (nothing changes) if it fails,
    merges awaited and unused files removed, so the folder never keeps orphaned segments."""
    try:
        writer = index.writer(heap_size=WRITER_HEAP, num_threads=threads)
    except ValueError as exc:  # another process holds tantivy's own writer lock
        raise ArchiveBusyError(f"{path}: the search index is locked by another process; wait for it to "
                               "finish or pass --wait") from exc
    try:
        yield writer
        writer.commit()
        writer.wait_merging_threads()
    except OSError as exc:
        _roll_back(writer)
        raise cannot_write(path, exc) from exc
    except ValueError as exc:  # tantivy reports I/O errors (a full disk) as ValueError, often as a killed writer
        _roll_back(writer)
        if any(sign in str(exc).lower() for sign in _IO_ERRORS):
            raise cannot_write(path, OSError(str(exc))) from exc
        raise
    except BaseException:
        _roll_back(writer)
        raise
    index.reload()
    try:
        collector = index.writer(heap_size=15_000_000, num_threads=1)
        collector.garbage_collect_files()
        collector.wait_merging_threads()
    except (ValueError, OSError):
        pass  # best effort: the next commit collects what this one left


UNDATED = 99_999_999  # the date_order of a page without a date: after every date


def _roll_back(writer) -> None:
    try:
        writer.rollback()
    except ValueError:
        pass  # a killed writer has nothing to roll back: its segments were never committed


def date_order(date: str) -> int:
    """An ISO date, as precise as known, as a number ordered as the strings are (1987 < 1987-03 <
    1987-03-14 < 1988); undated last."""
    digits = date.replace("-", "")
    if not (digits.isdigit() and len(digits) in (4, 6, 8)):
        return UNDATED
    return int(digits.ljust(8, "0"))


def document(record: PageRecord) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("page_id", record.page_id)
    doc.add_text("doc_id", record.doc_id)
    doc.add_unsigned("doc_key", doc_key(record.doc_id))
    doc.add_integer("page", record.page)
    if record.year:
        doc.add_integer("year", record.year)
    doc.add_integer("date_order", date_order(record.date))
    if record.method:
        doc.add_text("method", record.method)
    doc.add_text("content", " ".join(index_terms(record.content)))
    if record.title:
        doc.add_text("title", " ".join(index_terms(record.title)))
    for key in TEXT_KEYS:
        if key != "title":
            for value in record.fields.get(key, ()):
                doc.add_text(key, " ".join(index_terms(value)))
    for key in ID_KEYS:
        for value in record.fields.get(key, ())[:1]:
            doc.add_text(key, value)
    for key in KEYWORD_KEYS:
        values = [record.decade] if key == "decade" else record.fields.get(key, ())
        for value in dict.fromkeys(v.strip() for value in values for v in value.split(",") if v.strip()):
            doc.add_text(key, value.lower())
            doc.add_text(FACET_PREFIX + key, value)
    shown = {"doc_id": record.doc_id, "page": record.page, "title": record.title, "content": record.content,
             "source": record.source, "date": record.date, "type": record.first("type"), "method": record.method}
    doc.add_bytes("shown", json.dumps(shown, ensure_ascii=False).encode())
    return doc


def shown(doc: tantivy.Document) -> dict:
    """What a page shows (its stored JSON)."""
    return json.loads(bytes(doc.get_first("shown")))


def replace_documents(index: tantivy.Index, path: Path, records: Iterable[PageRecord],
                      doc_ids: Iterable[str]) -> int:
    """Every page of `doc_ids` replaced by `records`, in one commit; returns pages written."""
    written = 0
    with _writing(index, path) as writer:
        for doc_id in doc_ids:
            writer.delete_documents_by_term("doc_id", doc_id)
        for record in records:
            writer.add_document(document(record))
            written += 1
    return written


def build_fresh(path: Path, records: Iterable[PageRecord], threads: int = 2) -> int:
    """A new index beside the live one (any engine), swapped in when complete; returns pages written."""
    def build(staging: Path) -> int:
        index = open_index(staging)
        count = 0
        with _writing(index, staging, threads=threads) as writer:
            for record in records:
                writer.add_document(document(record))
                count += 1
        return count

    return build_beside(path, build)


def generation(path: Path) -> str:
    """What identifies the index's committed state (its meta.json), for caches derived from it."""
    try:
        return hashlib.blake2b((path / "meta.json").read_bytes(), digest_size=12).hexdigest()
    except OSError:
        return ""
