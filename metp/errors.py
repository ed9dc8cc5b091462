"""One error hierarchy for the whole program.

Every error carries the exit code the CLI returns for it and a message that
names the file (when there is one) and says what to do.  Third-party
exceptions are converted into these at the boundary where they happen, so the
CLI needs a single handler and users never see a traceback for a bad file or
a typo.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    files_failed = 1        # some input files failed; the rest were ingested
    usage = 2               # bad arguments, bad query syntax
    not_found = 3           # unknown document id or page
    archive_busy = 4        # another ingest holds the archive lock
    missing_dependency = 5  # tesseract or language data not installed
    archive_damaged = 6     # the catalog, store or index is inconsistent
    interrupted = 130       # Ctrl-C


class MetpError(Exception):
    exit_code: ExitCode = ExitCode.usage

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(MetpError):
    exit_code = ExitCode.usage


class QuerySyntaxError(UsageError):
    pass


class NotFoundError(MetpError):
    exit_code = ExitCode.not_found


class ArchiveBusyError(MetpError):
    exit_code = ExitCode.archive_busy


class MissingDependencyError(MetpError):
    exit_code = ExitCode.missing_dependency


class ArchiveDamagedError(MetpError):
    exit_code = ExitCode.archive_damaged


class IndexOutdatedError(ArchiveDamagedError):
    """The search index was built by an older metp; the catalog is intact and `metp reindex` rebuilds it."""


class InputFileError(MetpError):
    """A single input file could not be ingested; the batch goes on."""

    exit_code = ExitCode.files_failed

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFileError(InputFileError):
    pass


class CorruptFileError(InputFileError):
    pass


class EncryptedFileError(InputFileError):
    pass
