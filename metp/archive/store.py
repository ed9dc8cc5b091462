"""Content-addressed store of originals: objects/ab/<sha256>, byte-identical and read-only."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from metp.errors import ArchiveDamagedError, InputFileError, cannot_write

_CHUNK = 1 << 20


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def doc_id_for(sha256: str) -> str:
    """Document ids are the first 16 hex digits of the SHA-256: stable, citable, and short to type."""
    return sha256[:16]


class ObjectStore:
    def __init__(self, root: Path):
        self.root = root
        self.tmp = root / "tmp"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def put(self, source: str, sha256: str) -> Path:
        """Copy `source` in, checking while copying that its bytes still hash to `sha256`.

        The copy goes to a temporary file that is fsynced and renamed into place,
        so a crash leaves either no object or a complete one, never a torn one.
        """
        target = self.path_for(sha256)
        if target.exists():
            return target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.tmp.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="put-")
        except OSError as exc:
            raise cannot_write(target.parent, exc) from exc
        digest = hashlib.sha256()
        try:
            with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            if digest.hexdigest() != sha256:
                raise InputFileError(source, "the file changed while it was being ingested; ingest it again")
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, target)
        except BaseException as exc:
            Path(tmp_name).unlink(missing_ok=True)
            if isinstance(exc, OSError):  # reading the source is checked before; this is the store's side
                raise cannot_write(target, exc) from exc
            raise
        return target

    def verify(self, sha256: str) -> str | None:
        """None when the object is intact, else what is wrong with it."""
        path = self.path_for(sha256)
        if not path.exists():
            return "original missing from the object store"
        actual = sha256_of(path)
        return None if actual == sha256 else f"fixity failure: stored bytes hash to {actual}"

    def clean_tmp(self) -> None:
        """Remove temporary files left by a crashed ingest (call only while holding the ingest lock)."""
        shutil.rmtree(self.tmp, ignore_errors=True)

    def check_writable(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveDamagedError(f"{self.root}: cannot create the object store ({exc.strerror})") from exc
