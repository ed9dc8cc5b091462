"""Which search engine an index folder belongs to (light: a one-shot search imports only its engine).

whoosh is the default (pure Python, the project's first engine); tantivy (the Rust engine's official
bindings) is for large archives.  A tantivy folder carries `metp-engine`; whoosh's carry its `.toc`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from metp.errors import UsageError

ENGINES = ("whoosh", "tantivy")
DEFAULT_ENGINE = "whoosh"
ENGINE_FILE = "metp-engine"  # "tantivy <format version>"; whoosh leaves files outside its own pattern alone


def engine_of(path: Path) -> str | None:
    """The engine of the index in `path`, or None when there is none yet."""
    if (path / ENGINE_FILE).is_file():
        return "tantivy"
    return "whoosh" if path.is_dir() and any(path.glob("*.toc")) else None


def checked(engine: str) -> str:
    if engine not in ENGINES:
        raise UsageError(f"--engine takes one of {', '.join(ENGINES)}, not {engine!r}")
    return engine


def engine_list(text: str) -> list[str]:
    """`whoosh`, `tantivy` or `whoosh,tantivy` (the measurement scripts' --engine) as checked names."""
    return [checked(name.strip()) for name in text.split(",")]


def build_beside(path: Path, build: Callable[[Path], int]) -> int:
    """`build(folder)` makes a whole new index in a folder beside `path`, which is then swapped in, so
    searches never see it half-built; returns what `build` returns (pages written)."""
    staging = path.with_name(path.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    count = build(staging)
    retired = path.with_name(path.name + ".old")
    shutil.rmtree(retired, ignore_errors=True)
    if path.exists():
        path.rename(retired)
    staging.rename(path)
    shutil.rmtree(retired, ignore_errors=True)
    return count


def folder_identity(folder: Path) -> tuple[int, int] | None:
    try:
        stat = folder.stat()
    except OSError:  # mid-swap: the old index stays usable until the new one is in place
        return None
    return stat.st_dev, stat.st_ino


def folder_bytes(path: Path) -> int:
    """The size of an index folder's files (either engine's)."""
    return sum(f.stat().st_size for f in path.glob("*") if f.is_file()) if path.exists() else 0
