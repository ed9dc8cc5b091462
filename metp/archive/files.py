"""Writing files so that a crash leaves the old version or the new one, never a torn one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TMP_PREFIX = ".tmp-"


def atomic_write(path: Path, data: str | bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TMP_PREFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporaries a killed process left under `folder` (call only while holding the writer lock)."""
    removed = 0
    for tmp in folder.rglob(f"{TMP_PREFIX}*") if folder.exists() else ():
        tmp.unlink(missing_ok=True)
        removed += 1
    return removed
