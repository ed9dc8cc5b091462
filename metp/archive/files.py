"""Writing files so that a crash leaves the old version or the new one, never a torn one.

Every file metp writes (derivatives, reports, exports, packs, page images) goes
through `atomic_output`: a temporary file beside the target, fsynced, renamed
over it, and the folder fsynced so the rename itself survives a power cut.  An
OSError (missing folder, permissions, disk full) becomes one `CannotWriteError`
line naming the path.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from metp.errors import cannot_write

TMP_PREFIX = ".tmp-"


@contextmanager
def atomic_output(path: Path, mode: str = "wb", *, sync_folder: bool = True, **open_kwargs) -> Iterator[IO]:
    """An open file whose content replaces `path` only if the block finishes.  `sync_folder=False` leaves
    the folder's fsync to the caller, who writes several files there and syncs it once."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TMP_PREFIX)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        if sync_folder:
            fsync_folder(path.parent)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise cannot_write(path, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: str | bytes, *, sync_folder: bool = True) -> None:
    with atomic_output(path, sync_folder=sync_folder) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A folder built under a temporary name and renamed to `path` once complete (which must not exist)."""
    path = Path(path)
    try:
        staging = Path(tempfile.mkdtemp(dir=path.parent, prefix=TMP_PREFIX))
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    try:
        yield staging
        os.rename(staging, path)
        fsync_folder(path.parent)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise cannot_write(path, exc) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporaries a killed process left under `folder` (call only while holding the writer lock)."""
    removed = 0
    for tmp in list(folder.rglob(f"{TMP_PREFIX}*")) if folder.exists() else ():
        if tmp.is_dir() and not tmp.is_symlink():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
        removed += 1
    return removed
