"""The batch report: what became of every input file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from metp.archive.files import atomic_write
from metp.errors import cannot_write


class FileStatus(str, Enum):
    ingested = "ingested"
    duplicate = "duplicate"  # same bytes as another file: one document, both paths recorded
    skipped = "skipped"      # this very path was ingested before
    failed = "failed"


@dataclass(frozen=True)
class FileEntry:
    path: str
    status: FileStatus
    doc_id: str | None = None
    pages: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()  # what a document-level stage could not do (the file is still ingested)


@dataclass
class BatchReport:
    batch_id: str
    entries: dict[int, FileEntry] = field(default_factory=dict)  # by input order
    status: str = "running"
    metadata: dict | None = None  # what an accession CSV given with the batch matched

    def add(self, seq: int, entry: FileEntry) -> None:
        self.entries[seq] = entry

    def count(self, status: FileStatus) -> int:
        return sum(e.status is status for e in self.entries.values())

    @property
    def ordered(self) -> list[FileEntry]:
        return [self.entries[k] for k in sorted(self.entries)]

    @property
    def pages(self) -> int:
        return sum(e.pages for e in self.entries.values() if e.status is FileStatus.ingested)

    @property
    def exit_failed(self) -> bool:
        return self.count(FileStatus.failed) > 0

    def summary(self) -> dict:
        return {
            "files": len(self.entries),
            "ingested": self.count(FileStatus.ingested),
            "duplicates": self.count(FileStatus.duplicate),
            "skipped": self.count(FileStatus.skipped),
            "failed": self.count(FileStatus.failed),
            "pages": self.pages,
            "warnings": sum(len(e.warnings) for e in self.entries.values()),
        }

    def to_json(self) -> dict:
        ordered = self.ordered
        return {
            "batch_id": self.batch_id,
            "status": self.status,
            **self.summary(),
            "documents": [
                {"path": e.path, "status": e.status.value, "doc_id": e.doc_id, "pages": e.pages,
                 "warnings": list(e.warnings)} for e in ordered
            ],
            "errors": [{"path": e.path, "error": e.error} for e in ordered if e.status is FileStatus.failed],
            **({"metadata": self.metadata} if self.metadata is not None else {}),
        }


def save_report(report: BatchReport, folder: Path) -> Path:
    """The batch report as JSON in the archive's `reports/`, for tools that do not read SQLite."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise cannot_write(folder, exc) from exc
    path = folder / f"{report.batch_id}.json"
    atomic_write(path, json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    return path
