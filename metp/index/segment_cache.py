"""Per-segment caches on disk of what search derives from the index's segments (columns, word lists).

A one-shot `metp search` used to spend most of its time deriving, from whoosh's files, arrays that can
only change when a segment does: the per-page columns and the word list for OCR-tolerant matching.
Whoosh segments are immutable once written (only their deletions change, and deletions are never
cached), so what is derived from a segment is kept beside the index, in `index/metp-cache/`, as one
file per segment and kind, and mapped back in milliseconds; the columns of all segments together have
an entry of their own, named and fingerprinted by the segments' (`Columns.cached`).

- **Keyed so nothing is read stale.**  A cache file's name holds the segment's id, and the file records
  a fingerprint: the segment's page count and the names and sizes of its files, the index schema version
  and this cache format.  Any difference and the cache is ignored (and rewritten).  A reindex builds a
  new index folder, and its cache folder with it.
- **Written atomically**, to a temporary name and renamed into place, so a reader never sees half a
  file, and two processes that build the same entry at once each write a whole file and one wins.
- **Optional.**  A cache that cannot be written (a read-only archive, `metp serve --public` on a
  read-only mount, a full disk) or read (damaged) costs the time it saves and nothing else.
"""

from __future__ import annotations

import json
import mmap
import os
import tempfile
from pathlib import Path

import numpy as np

from metp.index.schema import SCHEMA_VERSION

CACHE_FOLDER = "metp-cache"  # inside the index folder; whoosh leaves names outside its own pattern alone
FORMAT = 1


class SegmentCache:
    """The cache folder of one index folder."""

    def __init__(self, index_folder: Path, index_name: str = "pages"):
        self.folder = Path(index_folder) / CACHE_FOLDER
        self._index_folder = Path(index_folder)
        self._index_name = index_name
        self._files: dict[str, list[tuple[str, int]]] | None = None

    def fingerprint(self, segment_id: str, pages: int) -> str:
        """What identifies the segment's content: its files' names and sizes, its page count, the schema."""
        if self._files is None:
            self._files = {}
            try:
                with os.scandir(self._index_folder) as entries:
                    for entry in entries:
                        if entry.is_file() and entry.name.startswith(self._index_name + "_"):
                            segment = entry.name.split(".", 1)[0]  # whoosh's segment id: "pages_<random>"
                            self._files.setdefault(segment, []).append((entry.name, entry.stat().st_size))
            except OSError:
                pass
        files = sorted(self._files.get(segment_id, ()))
        return f"v{FORMAT}/schema{SCHEMA_VERSION}/pages{pages}/" + ",".join(f"{n}:{s}" for n, s in files)

    def refresh(self) -> None:
        """Forget the listing of the index folder (new segments may have been written since)."""
        self._files = None

    def _path(self, segment_id: str, kind: str) -> Path:
        return self.folder / f"{segment_id}.{kind}.arrays"

    def load(self, segment_id: str, kind: str, fingerprint: str) -> dict[str, np.ndarray] | None:
        """The arrays stored for this segment and kind, or None (missing, stale, unreadable)."""
        try:
            with open(self._path(segment_id, kind), "rb") as fh:  # mapped: arrays a search never reads cost nothing
                data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)  # (files are replaced, never rewritten)
            return _decode(data, fingerprint)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, segment_id: str, kind: str, fingerprint: str, arrays: dict[str, np.ndarray]) -> None:
        """Store the arrays (best effort: any failure to write leaves no file and raises nothing)."""
        try:
            self.folder.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{segment_id}.{kind}.", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as fh:
                    for chunk in _encode(arrays, fingerprint):
                        fh.write(chunk)
                os.chmod(temporary, 0o644)  # readable like the index's own files (mkstemp makes it private)
                os.replace(temporary, self._path(segment_id, kind))
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            pass

    def forget_gone(self) -> None:
        """Remove the entries of segments whose files are gone from the index (merged away), best effort."""
        self.refresh()
        self.fingerprint("", 0)  # lists the index folder
        present = set(self._files or ())
        if not present:
            return
        try:
            with os.scandir(self.folder) as entries:
                stale = [e.path for e in entries if e.name.split(".", 1)[0] not in present
                         and not e.name.startswith(".")]
            for path in stale:
                os.unlink(path)
        except OSError:
            pass


# the file: a magic line, a JSON header (fingerprint; each array's name, dtype, shape, offset), the arrays' bytes.
# Read as numpy views into the mapped file: no zip members, no pickle, no copy.
_MAGIC = b"metp-segment-cache 1\n"


def _encode(arrays: dict[str, np.ndarray], fingerprint: str) -> list[bytes]:
    entries, chunks, offset = [], [], 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        if array.dtype.hasobject:
            raise TypeError(f"{name}: only plain arrays are cached")
        data = array.tobytes()
        entries.append([name, array.dtype.str, list(array.shape), offset, len(data)])
        padding = -len(data) % 8
        chunks.append(data + b"\0" * padding)
        offset += len(data) + padding
    header = json.dumps({"fingerprint": fingerprint, "arrays": entries}).encode("utf-8")
    header += b" " * (-(len(_MAGIC) + 8 + len(header)) % 8)
    return [_MAGIC, len(header).to_bytes(8, "little"), header, *chunks]


def _decode(data: mmap.mmap, fingerprint: str) -> dict[str, np.ndarray] | None:
    if data[:len(_MAGIC)] != _MAGIC:
        return None
    start = len(_MAGIC) + 8
    size = int.from_bytes(data[len(_MAGIC):start], "little")
    header = json.loads(data[start:start + size])
    if header.get("fingerprint") != fingerprint:
        return None
    base = start + size
    arrays = {}
    for name, dtype, shape, offset, length in header["arrays"]:
        if base + offset + length > len(data):
            return None  # truncated
        dtype = np.dtype(dtype)
        arrays[name] = np.frombuffer(data, dtype=dtype, count=length // max(dtype.itemsize, 1),
                                     offset=base + offset).reshape(shape)
    return arrays


# strings in arrays -----------------------------------------------------------------------------------------
def pack_strings(strings: list[str]) -> dict[str, np.ndarray]:
    """A list of strings as one UTF-8 blob and the strings' end offsets in characters (see `Strings`)."""
    text = "".join(strings)
    return {"blob": np.frombuffer(text.encode("utf-8"), dtype=np.uint8),
            "ends": np.cumsum(np.fromiter(map(len, strings), dtype=np.int64, count=len(strings)))
                    .astype(np.int64 if len(text) >= 2 ** 31 else np.int32)}


class Strings:
    """A read-only sequence of strings kept as one string and end offsets: made from a cache without a
    Python object per string; an item is sliced out when asked for."""

    __slots__ = ("_text", "_ends")

    def __init__(self, text: str, ends: np.ndarray):
        self._text = text
        self._ends = ends

    @classmethod
    def unpack(cls, arrays: dict[str, np.ndarray], prefix: str) -> "Strings":
        return cls(arrays[f"{prefix}blob"].tobytes().decode("utf-8"), arrays[f"{prefix}ends"])

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> str:
        return self._text[int(self._ends[i - 1]) if i else 0:int(self._ends[i])]

    def __iter__(self):
        return iter(self.to_list())

    def index(self, value: str) -> int:
        """The position of the first string equal to `value` (ValueError if none), found in the joined text."""
        ends = self._ends
        starts = np.concatenate(([0], ends[:-1]))
        at = self._text.find(value)
        while at >= 0:  # `value` occurs at `at`: is it one of the strings starting there?
            lo, hi = int(np.searchsorted(starts, at, "left")), int(np.searchsorted(starts, at, "right"))
            equal = np.flatnonzero(ends[lo:hi] == at + len(value))
            if len(equal):
                return lo + int(equal[0])
            at = self._text.find(value, at + 1)
        raise ValueError(f"{value!r} is not among the strings")

    def take(self, indexes: list[int]) -> list[str]:
        """The strings at `indexes` (a list of ints)."""
        if not indexes:
            return []
        chosen = np.asarray(indexes, dtype=np.int64)
        ends = self._ends[chosen].tolist()
        starts = np.where(chosen > 0, self._ends[np.maximum(chosen - 1, 0)], 0).tolist()
        text = self._text
        return [text[a:b] for a, b in zip(starts, ends)]

    def to_list(self) -> list[str]:
        ends = self._ends.tolist()
        text = self._text
        return [text[a:b] for a, b in zip([0] + ends[:-1], ends)]


def packed(prefix: str, strings: list[str]) -> dict[str, np.ndarray]:
    return {f"{prefix}{name}": array for name, array in pack_strings(strings).items()}
