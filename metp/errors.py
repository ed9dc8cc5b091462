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
    cannot_write = 7        # an output file or the archive could not be written (folder, permissions, disk full)
    cluster = 8             # the Dask cluster cannot be reached, differs from this machine, or went away
    internal = 70           # a metp bug: the traceback is logged, please report it (EX_SOFTWARE)
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


class NoArchiveError(UsageError):
    """A read command named a folder that holds no archive; nothing is created there."""

    def __init__(self, path):
        super().__init__(f"no archive at {path}; create one with `metp ingest`, or name the archive "
                         "with --archive DIR or METP_ARCHIVE")


class CannotWriteError(MetpError):
    """An output file or the archive itself could not be written: say which path and why."""

    exit_code = ExitCode.cannot_write

    def __init__(self, path, reason: str):
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path


def cannot_write(path, exc: OSError) -> CannotWriteError:
    """An OSError while writing `path`, as one line that says what to do."""
    import errno

    hints = {errno.ENOSPC: "no space left on the device; free some space and run the command again",
             errno.EDQUOT: "disk quota exceeded; free some space and run the command again",
             errno.EFBIG: "the file is too large for this file system or limit; free space or raise the limit",
             errno.ENOENT: "the folder does not exist; create it or choose another path",
             errno.EACCES: "permission denied; choose a folder you can write to",
             errno.EPERM: "permission denied; choose a folder you can write to",
             errno.EROFS: "the file system is read-only; choose another place",
             errno.EISDIR: "it is a folder; name a file",
             errno.ENOTDIR: "a part of the path is not a folder; check the path"}
    return CannotWriteError(path, hints.get(exc.errno, f"{exc.strerror or exc}; check the path and free space"))


class ClusterError(MetpError):
    """The Dask cluster (`ingest --executor dask`) is unreachable, differs from this machine, or went away;
    what was stored stays, and the same command run again resumes."""

    exit_code = ExitCode.cluster


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
