"""Expand the paths given to `ingest` into the files to process, in a stable order."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from dataclasses import dataclass

# Operating-system clutter that is never archival material.
_CLUTTER = {"Thumbs.db", "desktop.ini", ".DS_Store"}


@dataclass(frozen=True)
class Found:
    path: str
    error: str | None = None  # why this path cannot be read at all


def printable_path(path: str) -> str:
    """File names with bytes that are not UTF-8 are shown (and catalogued) with escapes, not dropped."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(paths: list[str]) -> Iterator[Found]:
    """Files named directly are always taken; folders are walked recursively, symlink loops cut.
    Paths are made absolute here, once: the batch must not depend on the working folder later
    (a folder removed from under a running batch made every relative path unresolvable)."""
    try:
        cwd = os.getcwd()
    except FileNotFoundError:
        cwd = None
    for given in paths:
        if not os.path.isabs(given):
            if cwd is None:
                yield Found(given, "the current folder no longer exists; cd to an existing folder "
                                   "or give an absolute path")
                continue
            given = os.path.join(cwd, given)
        given = os.path.normpath(given)
        if os.path.isdir(given):
            yield from _walk(given)
        elif os.path.isfile(given):
            yield Found(given)
        elif os.path.lexists(given):
            yield Found(given, "not a regular file (broken link or device); point ingest at the real file")
        else:
            yield Found(given, "no such file or folder; check the path")


def _unreadable(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link that leads back to itself (a loop); fix or remove the link"
    return f"cannot inspect ({exc.strerror}); check permissions"


def _walk(top: str) -> Iterator[Found]:
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
        except OSError as exc:
            yield Found(folder, f"cannot open folder ({exc.strerror}); check permissions")
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue  # a symlink loop, or two links to one folder: walk it once
        seen.add((info.st_dev, info.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Found(folder, f"cannot list folder ({exc.strerror}); check permissions")
            continue
        subfolders = []
        for entry in entries:
            if entry.name in _CLUTTER or entry.name.startswith("._"):
                continue
            try:
                if entry.is_dir():
                    subfolders.append(entry.path)
                elif entry.is_file():
                    yield Found(entry.path)
                else:
                    yield Found(entry.path, "not a regular file (broken link or device); skipped")
            except OSError as exc:
                yield Found(entry.path, _unreadable(exc))
        stack.extend(reversed(subfolders))
