"""Document-level work: tagging a finished document, run in the workers like page jobs.

A document's metadata needs all its pages, so its tagging job is made once the
last page is back.  It runs in a worker for the same reasons pages do: the
coordinator stays small (it never loads the language model) and a document that
makes tagging fail or run long costs a warning, never the batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from metp.pipeline.model import Page, PageJob, PageOutcome
from metp.pipeline.pages import process_page

if TYPE_CHECKING:
    from metp.pipeline.tagging import Tags, Vocabulary


@dataclass(frozen=True)
class TagJob:
    """One finished document's pages, with what tagging needs to give the same answer anywhere."""

    key: str                                # the coordinator's handle on the pending document
    pages: tuple[Page, ...]
    source_name: str                        # the original's path: dates and titles in file names count
    today: date                             # the batch's date, recorded: the same file tags the same later
    vocabulary_files: tuple[str, ...] = ()  # archivists' extensions, loaded once per worker
    budget_s: float = 20.0


@dataclass(frozen=True)
class TagOutcome:
    key: str
    tags: "Tags"


def tag(job: TagJob) -> TagOutcome:
    """Never raises: tagging contains its own failures and reports them as warnings on the tags; this
    guard only catches what escapes it (a metp bug), so the document is still ingested."""
    from metp.pipeline.tagging import Tags, tag_document  # the language model loads in workers only

    try:
        tags = tag_document(job.pages, job.source_name, vocabulary(job.vocabulary_files), today=job.today,
                            budget_s=job.budget_s)
    except Exception as exc:
        tags = Tags((), (f"tagging failed ({type(exc).__name__}: {exc}); the document was ingested without "
                         "automatic metadata; please report it",))
    return TagOutcome(job.key, tags)


@lru_cache(maxsize=4)
def vocabulary(files: tuple[str, ...]) -> "Vocabulary":
    """The shipped vocabulary extended by `files`, compiled once per process."""
    from metp.pipeline.tagging import load_vocabulary

    return load_vocabulary(tuple(Path(f) for f in files))


def run_job(job: PageJob | TagJob) -> PageOutcome | TagOutcome:
    """What an executor runs: a page of a file, or the tagging of a finished document."""
    return tag(job) if isinstance(job, TagJob) else process_page(job)
