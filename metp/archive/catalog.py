"""The SQLite catalog: the archive's source of truth (documents, sources, pages, batches, events).

WAL mode lets searches and `show` read while an ingest writes.  Every document
is written in one transaction together with its pages, source path and batch
entry, so a crash leaves it either fully catalogued or absent.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from metp.archive import agents
from metp.archive.metadata import effective
from metp.errors import ArchiveBusyError, ArchiveDamagedError, CannotWriteError, MetpError, NotFoundError

SCHEMA_VERSION = 3

_EVENTS_TABLE = """
-- what happened to each document, for PREMIS (METS export): ingestion, message digest calculation,
-- transcription (OCR or text layer, re-OCR), fixity checks (`metp verify`), corrections, metadata edits
CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,      -- a UUID: PREMIS eventIdentifierValue
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id),
    page_no     INTEGER,                   -- the page concerned, or NULL for the whole document
    type        TEXT NOT NULL,             -- PREMIS event type (id.loc.gov vocabulary), e.g. 'fixity check'
    at          TEXT NOT NULL,             -- UTC, ISO 8601
    detail      TEXT NOT NULL DEFAULT '',  -- what was done, with which settings
    outcome     TEXT NOT NULL,             -- 'success', 'failure'; fixity checks 'pass' or 'fail'
    outcome_detail TEXT,
    agents      TEXT NOT NULL              -- JSON list of agents (metp/archive/agents.py), with their roles
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id, at);
"""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id      TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    size        INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    title       TEXT NOT NULL,
    page_count  INTEGER NOT NULL,
    batch_id    TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    indexed     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sources (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id),
    path        TEXT NOT NULL,
    batch_id    TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, path)
);
CREATE TABLE IF NOT EXISTS pages (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id),
    page_no     INTEGER NOT NULL,
    method      TEXT NOT NULL,
    text        TEXT NOT NULL,
    confidence  REAL,
    word_count  INTEGER NOT NULL,
    width       INTEGER,
    height      INTEGER,
    dpi         INTEGER,
    flags       TEXT NOT NULL DEFAULT '',
    low_confidence_share REAL,
    preprocessing TEXT,            -- JSON: rotation, skew, dpi, steps applied before OCR
    PRIMARY KEY (doc_id, page_no)
);
CREATE TABLE IF NOT EXISTS corrections (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id),
    page_no     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    source      TEXT NOT NULL,     -- where the transcription came from (file, person)
    corrected_at TEXT NOT NULL
);
-- a page as users see it: the latest archivist correction, when there is one, wins over OCR
CREATE VIEW IF NOT EXISTS effective_pages AS
SELECT p.*, COALESCE(c.text, p.text) AS effective_text, c.source AS corrected_from, c.corrected_at
FROM pages p LEFT JOIN corrections c ON c.id =
    (SELECT MAX(id) FROM corrections WHERE doc_id = p.doc_id AND page_no = p.page_no);
CREATE TABLE IF NOT EXISTS batches (
    batch_id    TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,
    command     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS batch_files (
    batch_id    TEXT NOT NULL REFERENCES batches(batch_id),
    seq         INTEGER NOT NULL,
    path        TEXT NOT NULL,
    status      TEXT NOT NULL,
    doc_id      TEXT,
    pages       INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    warnings    TEXT,              -- newline-separated: what went wrong without stopping the file
    PRIMARY KEY (batch_id, seq)
);
-- what a document-level stage could not do (tagging failed or ran out of time); shown by `metp review`
CREATE TABLE IF NOT EXISTS document_warnings (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id),
    stage       TEXT NOT NULL,
    message     TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS metadata (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id),
    field       TEXT NOT NULL,     -- dc.title, dc.subject, metp.audience, ...
    value       TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('auto', 'set', 'add', 'remove')),
    provenance  TEXT NOT NULL CHECK (provenance IN ('auto', 'archivist')),
    rule        TEXT,              -- auto: the rule or model that produced the value
    confidence  REAL,              -- auto: 0..1
    source      TEXT,              -- archivist: the CSV file or command the value came from
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS metadata_doc ON metadata(doc_id);
CREATE INDEX IF NOT EXISTS documents_unindexed ON documents(indexed) WHERE indexed = 0;
""" + _EVENTS_TABLE


# A UUID (version 4) made by SQLite, for events recorded by the upgrade below.
_SQL_UUID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' "
             "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' "
             "|| hex(randomblob(6)))")
_BEFORE_EVENTS = json.dumps([{"type": "software", "name": "metp", "version": "unknown (before metp kept events)",
                              "role": agents.EXECUTING_PROGRAM}])
# Version 2 -> 3: the events table, filled with what the catalog already knew happened and when.
_EVENTS_UPGRADE = _EVENTS_TABLE + f"""
INSERT INTO events(event_id, doc_id, type, at, detail, outcome, outcome_detail, agents)
    SELECT {_SQL_UUID}, doc_id, 'ingestion', ingested_at, 'ingested in batch ' || batch_id, 'success', NULL,
           '{_BEFORE_EVENTS}' FROM documents;
INSERT INTO events(event_id, doc_id, type, at, detail, outcome, outcome_detail, agents)
    SELECT {_SQL_UUID}, doc_id, 'message digest calculation', ingested_at, 'SHA-256 of the original at ingest',
           'success', sha256, '{_BEFORE_EVENTS}' FROM documents;
INSERT INTO events(event_id, doc_id, page_no, type, at, detail, outcome, outcome_detail, agents)
    SELECT {_SQL_UUID}, doc_id, page_no, 'modification', corrected_at,
           'page ' || page_no || ' text replaced by a transcription (the OCR text is kept)', 'success',
           'from ' || source, json_array(json_object('type', 'person', 'name', source, 'role', 'implementer'))
    FROM corrections;
INSERT INTO events(event_id, doc_id, type, at, detail, outcome, outcome_detail, agents)
    SELECT {_SQL_UUID}, doc_id, 'metadata modification', recorded_at,
           'archivist metadata: ' || group_concat(field || ' ' || op || ' ' || value, '; '), 'success', NULL,
           json_array(json_object('type', 'person', 'name', COALESCE(source, 'unknown'), 'role', 'implementer'))
    FROM metadata WHERE provenance = 'archivist' GROUP BY doc_id, recorded_at, source;
"""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def event(doc_id: str, type: str, detail: str = "", *, outcome: str = "success", outcome_detail: str | None = None,
          agents: list[dict], page_no: int | None = None, at: str | None = None) -> dict:
    """One event row for the `events` table (see record_events)."""
    return {"event_id": str(uuid.uuid4()), "doc_id": doc_id, "page_no": page_no, "type": type, "at": at or now(),
            "detail": detail, "outcome": outcome, "outcome_detail": outcome_detail, "agents": agents}


def _converted(path: Path, exc: sqlite3.Error) -> MetpError | None:
    """SQLite's errors about the database file, as metp errors that say what to do (None: a metp bug)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ArchiveBusyError(f"{path}: the catalog is locked by another process; wait for it to finish "
                                "or pass --wait")
    if "disk is full" in text:
        return CannotWriteError(path, "no space left on the device; free some space and run the command again "
                                      "(what was committed is kept)")
    if "readonly" in text or "read-only" in text:
        return CannotWriteError(path, "the catalog is read-only here; check permissions or use a writable copy")
    if "disk i/o error" in text or "unable to open" in text:
        return CannotWriteError(path, "disk I/O error; check the disk and free space, then run the command again")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return ArchiveDamagedError(f"{path}: the catalog is damaged ({exc}); restore it from a backup")
    return None


class _GuardedCursor(sqlite3.Cursor):
    """Converts errors raised while stepping through rows (reads of a damaged or locked file)."""

    path: Path

    def _guard(self, method, *args):
        try:
            return method(self, *args)
        except sqlite3.Error as exc:
            raise _converted(self.path, exc) or exc from exc

    def execute(self, *args):
        return self._guard(sqlite3.Cursor.execute, *args)

    def executemany(self, *args):
        return self._guard(sqlite3.Cursor.executemany, *args)

    def fetchone(self):
        return self._guard(sqlite3.Cursor.fetchone)

    def fetchall(self):
        return self._guard(sqlite3.Cursor.fetchall)


class _GuardedConnection(sqlite3.Connection):
    """Every statement of the catalog goes through here, so SQLite's file errors reach users as metp errors."""

    path: Path

    def _cursor(self) -> _GuardedCursor:
        cursor = self.cursor(_GuardedCursor)
        cursor.path = self.path
        return cursor

    def execute(self, *args):
        return self._cursor().execute(*args)

    def executemany(self, *args):
        return self._cursor().executemany(*args)

    def executescript(self, script):
        try:
            return super().executescript(script)
        except sqlite3.Error as exc:
            raise _converted(self.path, exc) or exc from exc


class Catalog:
    def __init__(self, path: Path):
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None, timeout=30, factory=_GuardedConnection)
            self.db.path = path
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:  # raised by connect() itself, before the guard applies
            raise _converted(path, exc) or ArchiveDamagedError(
                f"{path}: the catalog cannot be opened ({exc}); restore it from a backup") from exc

    _UPGRADES = {1: "ALTER TABLE batch_files ADD COLUMN warnings TEXT;",  # from version N to N + 1
                 2: _EVENTS_UPGRADE}

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ArchiveDamagedError(f"{self.path}: made by a newer metp (schema {version}); upgrade metp")
        if version < SCHEMA_VERSION:
            upgrades = "".join(self._UPGRADES[v] for v in range(version, SCHEMA_VERSION)) if version else ""
            # executescript manages its own transaction; the whole script commits or none of it does
            self.db.executescript(f"BEGIN IMMEDIATE;{upgrades}{_SCHEMA}PRAGMA user_version={SCHEMA_VERSION};COMMIT;")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # batches -------------------------------------------------------------
    def start_batch(self, batch_id: str, command: str) -> str:
        """Returns when the batch started (UTC, ISO): its date is the reference date of its tagging."""
        started = now()
        with self.transaction() as db:
            db.execute("INSERT INTO batches(batch_id, started_at, status, command) VALUES (?,?,?,?)",
                       (batch_id, started, "running", command))
        return started

    def record_file(self, batch_id: str, seq: int, path: str, status: str,
                    doc_id: str | None = None, pages: int = 0, error: str | None = None) -> None:
        with self.transaction() as db:
            self._record_file(db, batch_id, seq, path, status, doc_id, pages, error)

    @staticmethod
    def _record_file(db, batch_id, seq, path, status, doc_id, pages, error, warnings=()) -> None:
        db.execute("INSERT OR REPLACE INTO batch_files(batch_id, seq, path, status, doc_id, pages, error, warnings)"
                   " VALUES (?,?,?,?,?,?,?,?)",
                   (batch_id, seq, path, status, doc_id, pages, error, "\n".join(warnings) or None))

    def finish_batch(self, batch_id: str, status: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE batches SET finished_at=?, status=? WHERE batch_id=?", (now(), status, batch_id))

    def close_stale_batches(self) -> int:
        """Batches still 'running' when the writer lock is free were cut short by a crash or a kill."""
        with self.transaction() as db:
            return db.execute("UPDATE batches SET status='interrupted' WHERE status='running'").rowcount

    _BATCH_COUNTS = (
        "SELECT b.batch_id, b.started_at, b.finished_at, b.status, b.command,"
        " COUNT(f.seq) AS files,"
        " COALESCE(SUM(f.status='ingested'), 0) AS ingested,"
        " COALESCE(SUM(f.status='duplicate'), 0) AS duplicates,"
        " COALESCE(SUM(f.status='skipped'), 0) AS skipped,"
        " COALESCE(SUM(f.status='failed'), 0) AS failed,"
        " COALESCE(SUM(CASE WHEN f.status='ingested' THEN f.pages END), 0) AS pages"
        " FROM batches b LEFT JOIN batch_files f ON f.batch_id = b.batch_id"
    )

    def batches(self) -> list[sqlite3.Row]:
        """Every batch with its counts, taken from the per-file rows (so a killed batch has them too)."""
        return self.db.execute(f"{self._BATCH_COUNTS} GROUP BY b.batch_id ORDER BY b.started_at, b.batch_id").fetchall()

    def batch(self, batch_id: str) -> sqlite3.Row:
        row = self.db.execute(f"{self._BATCH_COUNTS} WHERE b.batch_id=? GROUP BY b.batch_id", (batch_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no batch {batch_id!r} in the archive; list them with `metp batches`")
        return row

    def batch_files(self, batch_id: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM batch_files WHERE batch_id=? ORDER BY seq", (batch_id,)).fetchall()

    # documents -----------------------------------------------------------
    def find_by_sha(self, sha256: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM documents WHERE sha256=?", (sha256,)).fetchone()

    def has_source(self, doc_id: str, path: str) -> bool:
        return self.db.execute("SELECT 1 FROM sources WHERE doc_id=? AND path=?", (doc_id, path)).fetchone() is not None

    def add_source(self, doc_id: str, path: str, batch_id: str, seq: int, status: str) -> None:
        """Record another path for a known document, with its batch entry, atomically."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO sources VALUES (?,?,?,?)", (doc_id, path, batch_id, now()))
            pages = db.execute("SELECT page_count FROM documents WHERE doc_id=?", (doc_id,)).fetchone()[0]
            self._record_file(db, batch_id, seq, path, status, doc_id, pages, None)

    def add_document(self, doc: dict, pages: list[dict], path: str, batch_id: str, seq: int,
                     auto_metadata: list[tuple[str, str, str, float]] = (), warnings: tuple[str, ...] = (),
                     events: Iterable[dict] = ()) -> None:
        """The moment a document becomes part of the archive: all its rows, or none."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO documents(doc_id, sha256, size, kind, media_type, title, page_count, batch_id,"
                " ingested_at) VALUES (:doc_id,:sha256,:size,:kind,:media_type,:title,:page_count,:batch_id,:at)",
                {**doc, "batch_id": batch_id, "at": now()},
            )
            db.executemany(
                "INSERT INTO pages VALUES (:doc_id,:page_no,:method,:text,:confidence,:word_count,:width,:height,:dpi,"
                ":flags,:low_confidence_share,:preprocessing)",
                [{**p, "doc_id": doc["doc_id"]} for p in pages],
            )
            db.execute("INSERT INTO sources VALUES (?,?,?,?)", (doc["doc_id"], path, batch_id, now()))
            self._insert_auto(db, doc["doc_id"], auto_metadata)
            self._replace_warnings(db, doc["doc_id"], "tagging", warnings)
            self._record_file(db, batch_id, seq, path, "ingested", doc["doc_id"], len(pages), None, warnings)
            self._insert_events(db, events)

    @staticmethod
    def _insert_auto(db, doc_id: str, values) -> None:
        at = now()
        db.executemany(
            "INSERT INTO metadata(doc_id, field, value, op, provenance, rule, confidence, recorded_at)"
            " VALUES (?,?,?,'auto','auto',?,?,?)",
            [(doc_id, field, value, rule, confidence, at) for field, value, rule, confidence in values],
        )

    def metadata_rows(self, doc_id: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM metadata WHERE doc_id=? ORDER BY id", (doc_id,)).fetchall()

    def replace_auto_metadata(self, doc_id: str, values, warnings: tuple[str, ...] = ()) -> None:
        """New automatic values (retag); archivists' rows are left exactly as they are."""
        with self.transaction() as db:
            db.execute("DELETE FROM metadata WHERE doc_id=? AND op='auto'", (doc_id,))
            self._insert_auto(db, doc_id, values)
            self._replace_warnings(db, doc_id, "tagging", warnings)
            self._update_title(db, doc_id)
            self._insert_events(db, [event(doc_id, "metadata modification", "automatic metadata made again "
                                           "(archivists' values kept)", agents=[agents.metp()])])

    @staticmethod
    def _replace_warnings(db, doc_id: str, stage: str, warnings: tuple[str, ...]) -> None:
        db.execute("DELETE FROM document_warnings WHERE doc_id=? AND stage=?", (doc_id, stage))
        db.executemany("INSERT INTO document_warnings VALUES (?,?,?,?)",
                       [(doc_id, stage, message, now()) for message in warnings])

    def warnings(self, doc_id: str | None = None) -> list[sqlite3.Row]:
        """What a stage could not fully do for a document (or for every document), with its title."""
        where, args = (" WHERE w.doc_id=?", (doc_id,)) if doc_id else ("", ())
        return self.db.execute("SELECT w.*, d.title FROM document_warnings w JOIN documents d USING (doc_id)"
                               f"{where} ORDER BY w.recorded_at, w.doc_id", args).fetchall()

    def batch_started(self, batch_id: str) -> str:
        row = self.db.execute("SELECT started_at FROM batches WHERE batch_id=?", (batch_id,)).fetchone()
        return row[0] if row else now()

    @staticmethod
    def _update_title(db, doc_id: str) -> None:
        """The title that counts (archivists' first), kept in `documents` for listings and the index."""
        rows = db.execute("SELECT * FROM metadata WHERE doc_id=? ORDER BY id", (doc_id,)).fetchall()
        titles = effective(rows).get("dc.title")
        db.execute("UPDATE documents SET title=?, indexed=0 WHERE doc_id=?",
                   (titles[0]["value"] if titles else "Untitled", doc_id))

    def apply_edits(self, doc_id: str, edits, source: str) -> None:
        """Archivists' edits; a `set` replaces the field's earlier archivist rows."""
        with self.transaction() as db:
            at = now()
            for field in {e.field for e in edits if e.op == "set"}:
                db.execute("DELETE FROM metadata WHERE doc_id=? AND field=? AND op!='auto'", (doc_id, field))
            db.executemany(
                "INSERT INTO metadata(doc_id, field, value, op, provenance, source, recorded_at)"
                " VALUES (?,?,?,?,'archivist',?,?)",
                [(doc_id, e.field, e.value, e.op, source, at) for e in edits],
            )
            self._update_title(db, doc_id)
            detail = "archivist metadata: " + "; ".join(f"{e.field} {e.op} {e.value}" for e in edits)
            self._insert_events(db, [event(doc_id, "metadata modification", detail, at=at,
                                           agents=[agents.metp(), agents.person(source)])])

    def all_sources(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT doc_id, path FROM sources ORDER BY doc_id, path").fetchall()

    def resolve(self, doc_id: str) -> sqlite3.Row:
        """A document by its id or an unambiguous prefix of it (at least 4 characters)."""
        row = self.db.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        if row:
            return row
        prefix = doc_id.lower()
        if len(prefix) >= 4 and all(c in "0123456789abcdef" for c in prefix):
            rows = self.db.execute("SELECT * FROM documents WHERE substr(doc_id, 1, ?) = ? LIMIT 2",
                                   (len(prefix), prefix)).fetchall()
            if len(rows) == 1:
                return rows[0]
            if len(rows) > 1:
                raise NotFoundError(f"document id prefix {doc_id!r} is ambiguous; give more characters")
        raise NotFoundError(f"no document {doc_id!r} in the archive; find ids with `metp search`")

    def sources(self, doc_id: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM sources WHERE doc_id=? ORDER BY recorded_at, path", (doc_id,)).fetchall()

    def pages(self, doc_id: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM effective_pages WHERE doc_id=? ORDER BY page_no", (doc_id,)).fetchall()

    def page(self, doc_id: str, page_no: int) -> sqlite3.Row:
        row = self.db.execute("SELECT * FROM effective_pages WHERE doc_id=? AND page_no=?",
                              (doc_id, page_no)).fetchone()
        if row is None:
            raise NotFoundError(f"document {doc_id} has no page {page_no}")
        return row

    def correct(self, doc_id: str, page_no: int, text: str, source: str) -> None:
        """Record an archivist's transcription; the document is queued for re-indexing in the same step."""
        self.page(doc_id, page_no)
        with self.transaction() as db:
            at = now()
            db.execute("INSERT INTO corrections(doc_id, page_no, text, source, corrected_at) VALUES (?,?,?,?,?)",
                       (doc_id, page_no, text, source, at))
            db.execute("UPDATE documents SET indexed=0 WHERE doc_id=?", (doc_id,))
            self._insert_events(db, [event(doc_id, "modification", f"page {page_no} text replaced by a "
                                           "transcription (the OCR text is kept)", page_no=page_no, at=at,
                                           outcome_detail=f"from {source}",
                                           agents=[agents.metp(), agents.person(source)])])

    def replace_reading(self, doc_id: str, pages: list[dict], auto_metadata, warnings: tuple[str, ...],
                        events: Iterable[dict]) -> None:
        """A document read again (`metp reocr`): its pages' automatic text and reading details, its automatic
        metadata and its event, in one transaction.  Corrections and archivists' values are other rows and
        stay as they are; the document is queued for re-indexing in the same step."""
        with self.transaction() as db:
            db.executemany(
                "UPDATE pages SET method=:method, text=:text, confidence=:confidence, word_count=:word_count,"
                " width=:width, height=:height, dpi=:dpi, flags=:flags, low_confidence_share=:low_confidence_share,"
                " preprocessing=:preprocessing WHERE doc_id=:doc_id AND page_no=:page_no",
                [{**p, "doc_id": doc_id} for p in pages])
            db.execute("DELETE FROM metadata WHERE doc_id=? AND op='auto'", (doc_id,))
            self._insert_auto(db, doc_id, auto_metadata)
            self._replace_warnings(db, doc_id, "tagging", warnings)
            self._update_title(db, doc_id)  # also marks the document for re-indexing
            self._insert_events(db, events)

    # events (PREMIS) ---------------------------------------------------------
    @staticmethod
    def _insert_events(db, events: Iterable[dict]) -> None:
        db.executemany(
            "INSERT INTO events(event_id, doc_id, page_no, type, at, detail, outcome, outcome_detail, agents)"
            " VALUES (:event_id,:doc_id,:page_no,:type,:at,:detail,:outcome,:outcome_detail,:agents)",
            [{**e, "agents": json.dumps(e["agents"], ensure_ascii=False)} for e in events])

    def record_events(self, events: Iterable[dict]) -> None:
        with self.transaction() as db:
            self._insert_events(db, events)

    def events(self, doc_id: str | None = None) -> list[dict]:
        """A document's events (or every event), oldest first, with their agents decoded."""
        where, args = (" WHERE doc_id=?", (doc_id,)) if doc_id else ("", ())
        rows = self.db.execute(f"SELECT * FROM events{where} ORDER BY at, id", args).fetchall()
        return [{**dict(row), "agents": json.loads(row["agents"])} for row in rows]

    # the events that change what a document's record says (for OAI-PMH datestamps)
    RECORD_CHANGES = ("ingestion", "transcription", "modification", "metadata modification")

    def record_datestamps(self) -> dict[str, str]:
        """When each document's record last changed: its latest ingestion, reading, correction or edit."""
        marks = ",".join("?" * len(self.RECORD_CHANGES))
        rows = self.db.execute(
            "SELECT d.doc_id, MAX(COALESCE(e.at, d.ingested_at), d.ingested_at) AS at FROM documents d"
            f" LEFT JOIN (SELECT doc_id, MAX(at) AS at FROM events WHERE type IN ({marks}) GROUP BY doc_id) e"
            " USING (doc_id)", self.RECORD_CHANGES).fetchall()
        return {row["doc_id"]: row["at"] for row in rows}

    def review_queue(self, below: float, low_share: float) -> list[sqlite3.Row]:
        """OCR pages an archivist should look at: unsure, or blank, and not corrected yet."""
        return self.db.execute(
            "SELECT e.*, d.title FROM effective_pages e JOIN documents d USING (doc_id)"
            " WHERE e.method='ocr' AND e.corrected_at IS NULL"
            " AND (e.confidence < ? OR e.low_confidence_share > ? OR e.flags LIKE '%blank%')"
            " ORDER BY COALESCE(e.confidence, 0), e.doc_id, e.page_no",
            (below, low_share),
        ).fetchall()

    def is_empty(self) -> bool:
        return self.db.execute("SELECT NOT EXISTS (SELECT 1 FROM documents)").fetchone()[0] == 1

    def documents(self, only_unindexed: bool = False) -> list[sqlite3.Row]:
        where = " WHERE indexed=0" if only_unindexed else ""
        return self.db.execute(f"SELECT * FROM documents{where} ORDER BY doc_id").fetchall()

    def mark_indexed(self, doc_ids: list[str]) -> None:
        with self.transaction() as db:
            db.executemany("UPDATE documents SET indexed=1 WHERE doc_id=?", [(d,) for d in doc_ids])

    def integrity_problems(self) -> list[str]:
        """SQLite's own check of every page of the file and index ("ok" when sound)."""
        rows = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def counts(self) -> dict:
        row = self.db.execute(
            "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
            " (SELECT COUNT(*) FROM pages) AS pages,"
            " (SELECT COUNT(*) FROM pages WHERE method='ocr') AS ocr_pages,"
            " (SELECT COUNT(*) FROM pages WHERE method='text-layer') AS text_layer_pages,"
            " (SELECT COUNT(*) FROM pages WHERE method='plain-text') AS plain_text_pages,"
            " (SELECT AVG(confidence) FROM pages WHERE method='ocr' AND confidence IS NOT NULL) AS mean_confidence,"
            " (SELECT COUNT(*) FROM pages WHERE flags LIKE '%blank%') AS blank_pages,"
            " (SELECT COUNT(*) FROM documents WHERE indexed=0) AS unindexed_documents,"
            " (SELECT COUNT(DISTINCT doc_id || ':' || page_no) FROM corrections) AS corrected_pages,"
            " (SELECT COUNT(*) FROM batches) AS batches,"
            " (SELECT COALESCE(SUM(size), 0) FROM documents) AS original_bytes"
        ).fetchone()
        return dict(row)

    @classmethod
    def open_read_only(cls, path: Path) -> "Catalog":
        """The catalog opened with SQLite's `mode=ro` (`metp serve --public`): every write fails in SQLite
        itself, and nothing is migrated (a catalog of another schema version is refused, not upgraded)."""
        catalog = cls.__new__(cls)
        catalog.path = path
        try:
            catalog.db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                         timeout=30, factory=_GuardedConnection)
            catalog.db.path = path
            catalog.db.row_factory = sqlite3.Row
            version = catalog.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _converted(path, exc) or ArchiveDamagedError(
                f"{path}: the catalog cannot be opened ({exc}); restore it from a backup") from exc
        if version != SCHEMA_VERSION:
            catalog.close()
            raise ArchiveDamagedError(f"{path}: the catalog has schema {version}, this metp reads {SCHEMA_VERSION}; "
                                      "run any metp command on it without --public once (e.g. `metp stats`) to "
                                      "upgrade it")
        return catalog
