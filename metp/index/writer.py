"""Open, fill and rebuild the whoosh index.

Writes go through `with ix.writer()` so a failure cancels the whole batch of
changes instead of leaving half of it; a document's pages are replaced
together (delete by doc_id, then add), so re-indexing is idempotent.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.index import LockError

from metp.errors import ArchiveBusyError, ArchiveDamagedError, IndexOutdatedError, cannot_write
from metp.fields import INDEXED, IndexAs
from metp.index.engines import build_beside
from metp.index.records import PageRecord
from metp.index.schema import SCHEMA_VERSION, TEXT_FIELDS, build_schema, index_terms
from metp.index.segment_cache import SegmentCache

_INDEX_NAME = "pages"
_VERSION_FILE = "metp-schema"  # whoosh leaves files outside its own naming pattern alone
_FIRST_VERSIONED = 2           # indexes made before the version file existed
BUILD_PROCS = min(2, os.cpu_count() or 1)  # processes that build a whole index (`metp reindex`)
BUILD_LIMIT_MB = 256           # memory for postings per building process before it spills to disk
BUILD_BATCH = 256              # pages handed to a building process at a time


def open_index(path: Path, create: bool = True) -> Index:
    """The index in `path` (created there when missing and `create`).

    Segment files are read through ordinary file handles, not memory maps: whoosh hands out each part of
    a memory-mapped segment as an in-memory copy (`BufferFile` wraps it in a BytesIO), which on a
    100,000-page index copied about 400 MB and took 1-2 s every time a searcher was opened (0.04-0.2 s
    without)."""
    try:
        if whoosh_index.exists_in(str(path), indexname=_INDEX_NAME):
            _check_version(path)
            return _storage(path).open_index(_INDEX_NAME)
        if not create:
            raise ArchiveDamagedError(f"{path}: no search index here; run `metp reindex` to build it")
        path.mkdir(parents=True, exist_ok=True)
        ix = _storage(path).create_index(build_schema(), indexname=_INDEX_NAME)
        (path / _VERSION_FILE).write_text(f"{SCHEMA_VERSION}\n")
        return ix
    except (OSError, whoosh_index.IndexError) as exc:
        raise ArchiveDamagedError(f"{path}: the search index cannot be opened ({exc}); run `metp reindex`") from exc


def _storage(path: Path) -> FileStorage:
    return FileStorage(str(path), supports_mmap=False)


def _check_version(path: Path) -> None:
    stamp = path / _VERSION_FILE
    version = int(stamp.read_text().strip() or 0) if stamp.exists() else _FIRST_VERSIONED
    if version != SCHEMA_VERSION:
        raise IndexOutdatedError(f"{path}: the search index was built by another metp version (index schema "
                                 f"{version}, this metp uses {SCHEMA_VERSION}); run `metp reindex` to rebuild it "
                                 "from the catalog, which is intact")


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """whoosh's and the file system's errors while writing, as metp's (the writer has cancelled itself)."""
    try:
        yield
    except LockError as exc:
        raise ArchiveBusyError(f"{path}: the search index is locked by another process; wait for it to "
                               "finish or pass --wait") from exc
    except OSError as exc:
        raise cannot_write(path, exc) from exc


def replace_documents(ix: Index, records: Iterable[PageRecord], doc_ids: Iterable[str]) -> int:
    """Replace every page of the given documents by `records`, in one commit; returns pages written."""
    written = 0
    with _writing(Path(ix.storage.folder)), ix.writer(limitmb=128) as writer:
        for doc_id in doc_ids:
            writer.delete_by_term("doc_id", doc_id)
        for record in records:
            _add(writer, record)
            written += 1
    SegmentCache(Path(ix.storage.folder)).forget_gone()  # segments merged away by this commit
    return written


def _add(writer, record: PageRecord) -> None:
    fields = dict(page_id=record.page_id, doc_id=record.doc_id, page=record.page, title=record.title,
                  content=record.content, source=record.source, method=record.method,
                  confidence=record.confidence, decade=record.decade, year=record.year)
    for f in INDEXED:
        values = record.fields.get(f.key, ())
        fields[f.key] = ",".join(values) if f.index is IndexAs.keyword else (values[0] if values else "")
    fields = {k: v for k, v in fields.items() if v not in ("", None)}
    for name in TEXT_FIELDS:  # analysed here, in one pass, and the text stored as it is
        if name in fields:
            fields[f"_stored_{name}"] = fields[name]
            fields[name] = index_terms(fields[name])
    writer.add_document(**fields)


def indexed_doc_ids(ix: Index) -> set[str]:
    with ix.searcher() as searcher:
        return {value.decode() if isinstance(value, bytes) else value for value in searcher.lexicon("doc_id")}


def build_fresh(path: Path, records: Iterable[PageRecord], procs: int = BUILD_PROCS) -> int:
    """Build a new index beside the live one, then swap it in, so searches never see it half-built.

    With `procs` > 1 the pages are indexed by that many processes (whoosh's MpWriter, with the faster
    segment writer of build_writer.py), each writing segments of its own, which are kept as they are
    (`multisegment`: merging them would cost as much again; searches and the segment caches work per
    segment); this process reads the records and analyses their text (`index_terms`)."""
    from metp.index.build_writer import BuildWriter  # and multiprocessing: not for a search's imports

    def build(staging: Path) -> int:
        ix = open_index(staging)
        count = 0
        with _writing(staging):
            writer = BuildWriter(ix, procs=procs, multisegment=True, batchsize=BUILD_BATCH, limitmb=BUILD_LIMIT_MB) \
                if procs > 1 else ix.writer(limitmb=BUILD_LIMIT_MB)
            with writer:
                for record in records:
                    _add(writer, record)
                    count += 1
        ix.close()
        return count

    return build_beside(path, build)
