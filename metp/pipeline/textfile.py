"""Plain-text files as people have them: bytes in, page texts out.

What is accepted, and why:

- **Encodings.** A byte-order mark decides: UTF-8, UTF-16 LE/BE (Windows Notepad's "Unicode"),
  UTF-32 LE/BE.  Without one, a file whose first 8 KB has NUL bytes in every other position and
  almost none in the others is BOM-less UTF-16 (Western text written by some exporters); everything
  else is read as UTF-8, and bytes that are not valid UTF-8 as Windows-1252.  cp1252 rather than
  Latin-1: the two agree on every printable character, and differ only at 0x80-0x9F, where Latin-1
  has invisible C1 controls nobody types and cp1252 has the curly quotes, dashes and € that old
  word processors wrote.  The choice is made per page: a page mostly in UTF-8 with a few stray
  bytes (a Latin-1 line pasted in) keeps its UTF-8 and reads the stray bytes as cp1252; a page with
  more stray bytes than UTF-8 sequences is read as cp1252 throughout.
- **Pages.** A form feed (`\\f`) starts a new page, as in `pdftotext` output and `samples/*.gt.txt`:
  k form feeds make k+1 pages, except that a blank last page after a final form feed is not a page
  (the form feed ended the page before it, as `pdftotext` writes it).  Blank pages elsewhere are
  kept, so page numbers match the original's.  A file always has at least one page.
- **Line ends and controls.** CRLF and lone CR become LF.  Control characters (C0 except tab and
  newline, DEL, C1) are dropped, not a reason to refuse the file; so are NUL bytes in a file that
  is text (zero padding left by a crash, stray NULs past the first 8 KB).
- **Binary files are refused** (see `looks_like_text`): a NUL byte inside the first 8 KB of a file
  that is not UTF-16/32 marks it as binary, as git and grep judge, and so does a sample where more
  than a tenth of the characters are controls, or the signature of an archive or office file.

Bounds: `detect` and `looks_like_text` read at most the first 8 KB.  `scan` reads the file once,
in 1 MB chunks, in time linear in its size (form feeds are found with numpy, not a Python loop),
keeping only the page boundaries; identify's `count_pages` stops it as soon as the file passes
MAX_PAGES pages or a page passes MAX_PAGE_BYTES, and refuses the file.  `decode_page` is linear
in the page's bytes.  Page jobs carry only a path and a page number; each worker scans a file once
and keeps its layout for the file's next pages (`read_page`), so a k-page file costs each worker
one scan plus its pages, not k scans.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

from metp.errors import CorruptFileError, InputFileError, UnsupportedFileError

HEAD_BYTES = 8192          # the sample that decides the encoding and whether a file is text at all
MAX_PAGES = 100_000        # more form feeds than this is not a document but noise (or an attack)
MAX_PAGE_BYTES = 16 << 20  # one page's text: a whole book is ~3 MB; ingest costs ~5 s a MB of one page downstream
_CHUNK = 1 << 20           # a multiple of every code unit size
_FORM_FEED = 0x0C


@dataclass(frozen=True)
class Encoding:
    """How a file's bytes become text."""

    codec: str  # "utf-8" (bytes that are not UTF-8 are read as cp1252), "utf-16-le", ..., "utf-32-be"
    bom: int    # bytes of byte-order mark before the text
    unit: int   # bytes per code unit: a form feed starts only at a multiple of it

    @property
    def dtype(self) -> np.dtype:
        if self.unit == 1:
            return np.dtype(np.uint8)
        return np.dtype(f"{'<' if self.codec.endswith('le') else '>'}u{self.unit}")


UTF8 = Encoding("utf-8", 0, 1)
_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, Encoding("utf-32-le", 4, 4)),
    (codecs.BOM_UTF32_BE, Encoding("utf-32-be", 4, 4)),
    (codecs.BOM_UTF8, Encoding("utf-8", 3, 1)),
    (codecs.BOM_UTF16_LE, Encoding("utf-16-le", 2, 2)),
    (codecs.BOM_UTF16_BE, Encoding("utf-16-be", 2, 2)),
)


@dataclass(frozen=True)
class Layout:
    """Where a text file's pages lie: the byte range of each page's text, form feeds left out."""

    encoding: Encoding
    pages: tuple[tuple[int, int], ...]


# --- encoding and "is this text?" -------------------------------------------------------------


def detect(head: bytes) -> Encoding:
    """The encoding of a file, judged from its first bytes (only the first HEAD_BYTES are looked at)."""
    head = head[:HEAD_BYTES]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return _bomless_utf16(head.rstrip(b"\0")) or UTF8


def _bomless_utf16(sample: bytes) -> Encoding | None:
    """Western text in UTF-16 has a NUL as the high byte of nearly every character, and no other NULs."""
    units = len(sample) // 2
    if units == 0:
        return None
    even, odd = sample[0:units * 2:2].count(0) / units, sample[1:units * 2:2].count(0) / units
    if odd >= 0.3 and even <= 0.05:
        return Encoding("utf-16-le", 0, 2)
    if even >= 0.3 and odd <= 0.05:
        return Encoding("utf-16-be", 0, 2)
    return None


def looks_like_text(head: bytes) -> bool:
    """Would metp read this file (given its first bytes) as plain text rather than refuse it as binary?"""
    head = head[:HEAD_BYTES]
    encoding = detect(head)
    if head.startswith(_BINARY_MAGIC):
        return False
    sample = head[encoding.bom:]
    if encoding.unit == 1:
        sample = sample.rstrip(b"\0")  # zero padding at the end is damage, not content
        if b"\0" in sample:
            return False
    sample = sample[:len(sample) - len(sample) % encoding.unit]  # a code unit cut off by the sample's end
    if not sample:
        return encoding.bom > 0  # a byte-order mark alone is an empty text file (Notepad saves one so)
    text = _decode(sample, encoding).rstrip("\x1a")  # ^Z: the end-of-file mark of DOS and CP/M editors
    return len(_JUNK.findall(text)) * 10 <= len(text)  # a few controls (printer codes, ESC sequences) are fine


# --- decoding ------------------------------------------------------------------------------------

# Windows-1252, with its five undefined bytes kept as the C1 controls Latin-1 has there (dropped later).
_CP1252 = "".join(chr(b) if b < 0x80 else bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                  for b in range(256))
# A valid UTF-8 sequence of two or more bytes (no overlong forms, no surrogates).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")   # controls but tab and newline (CR is gone by then)
# Archives and office files, refused even when cut so short that no NUL byte is left to give them away.
_BINARY_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!\x1a",
                 b"\x7fELF", b"SQLite format 3")
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")  # what binary data decodes to


def _cp1252_for_stray_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    return "".join(_CP1252[b] for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("metp-cp1252", _cp1252_for_stray_bytes)


def _decode(data: bytes, encoding: Encoding) -> str:
    if encoding.unit > 1:
        return data.decode(encoding.codec, errors="replace")  # a cut-off or lone surrogate becomes U+FFFD
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = high - (len(data) - len(_UTF8_MULTIBYTE.sub(b"", data)))  # high bytes outside UTF-8 sequences
    if stray * 2 < high:  # mostly UTF-8: keep it, read the few stray bytes as cp1252
        return data.decode("utf-8", errors="metp-cp1252")
    return codecs.charmap_decode(data, "strict", _CP1252)[0]


def clean(text: str) -> str:
    """LF line ends, no control characters but tab and newline."""
    return _DROP.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode_page(data: bytes, encoding: Encoding) -> str:
    """One page's bytes (as `scan` delimits them) as clean text; linear in len(data), never raises."""
    return clean(_decode(data, encoding))


def decode_text(data: bytes) -> str:
    """A whole file's bytes as clean text, form feeds dropped (for files that are not paged, e.g. CSV)."""
    encoding = detect(data)
    return decode_page(data[encoding.bom:], encoding)


# --- pages ---------------------------------------------------------------------------------------


class TooLarge(ValueError):
    """A text file past a limit given to `scan`: too many pages, or too long a page."""


def scan(fh: BinaryIO, max_pages: int | None = None, max_page_bytes: int | None = None) -> Layout:
    """Read a text file once, in chunks, and find its pages.  Past a limit it stops there (TooLarge),
    so a multi-GB log without form feeds costs one chunk past the limit, not a read of all of it."""
    fh.seek(0)
    encoding = detect(fh.read(HEAD_BYTES))
    unit = encoding.unit
    fh.seek(encoding.bom)
    breaks: list[int] = []
    position, rest = encoding.bom, b""
    while chunk := fh.read(_CHUNK):
        data = rest + chunk
        whole = len(data) - len(data) % unit
        found = np.flatnonzero(np.frombuffer(data, dtype=encoding.dtype, count=whole // unit) == _FORM_FEED)
        found = found * unit + position
        page_start = breaks[-1] + unit if breaks else encoding.bom
        breaks.extend(found.tolist())
        position, rest = position + whole, data[whole:]
        if max_pages is not None and len(breaks) >= max_pages:
            raise TooLarge(f"over {max_pages:,} form feeds (page breaks), too many for a text document")
        if max_page_bytes is not None:  # the pages that end in this chunk, and the one still open
            lengths = np.append(found, position) - np.concatenate(([page_start], found + unit))
            if lengths.max() > max_page_bytes:
                raise TooLarge(f"a page of over {max_page_bytes >> 20} MB of text, the limit")
    starts = [encoding.bom, *(b + unit for b in breaks)]
    pages = list(zip(starts, [*breaks, position + len(rest)]))
    if len(pages) > 1 and _blank(fh, pages[-1], encoding):
        pages.pop()
    return Layout(encoding, tuple(pages))


def _blank(fh: BinaryIO, page: tuple[int, int], encoding: Encoding) -> bool:
    start, end = page
    fh.seek(start)
    while start < end:  # in chunks, stopping at the first visible character
        chunk = fh.read(min(_CHUNK, end - start))
        if not chunk:
            break
        start += len(chunk)
        if decode_page(chunk, encoding).strip():
            return False
    return True


def page_texts(data: bytes) -> list[str]:
    """Every page of a text file given as bytes; never raises, always at least one page."""
    fh = io.BytesIO(data)
    layout = scan(fh)
    return [decode_page(data[start:end], layout.encoding) for start, end in layout.pages]


def count_pages(path: str) -> int:
    """The number of pages of a text file, reading it once (identify's page count); refuse absurd files."""
    try:
        with open(path, "rb") as fh:
            return len(scan(fh, MAX_PAGES, MAX_PAGE_BYTES).pages)
    except TooLarge as exc:
        raise UnsupportedFileError(path, f"the text file has {exc}; split it, or put form feeds between its "
                                         "pages (one every few thousand characters)") from exc
    except OSError as exc:
        raise InputFileError(path, f"cannot read the file ({exc.strerror}); check it exists and is readable") from exc


class _Layouts:
    """The layout of the text file this worker process read last: a file's pages arrive one after another."""

    key: tuple | None = None
    layout: Layout | None = None

    @classmethod
    def get(cls, path: str, fh: BinaryIO) -> Layout:
        info = os.fstat(fh.fileno())
        key = (path, info.st_mtime_ns, info.st_size)  # a file replaced in place is scanned afresh
        if cls.key != key:
            cls.key, cls.layout = None, None
            cls.layout = scan(fh)
            cls.key = key
        return cls.layout


def read_page(path: str, page_no: int) -> str:
    """Page `page_no` (1-based) of a text file, as clean text."""
    try:
        with open(path, "rb") as fh:
            layout = _Layouts.get(path, fh)
            if not 1 <= page_no <= len(layout.pages):
                raise CorruptFileError(path, f"has no page {page_no} (it has {len(layout.pages)}); it changed "
                                             "during ingest: ingest it again")
            start, end = layout.pages[page_no - 1]
            fh.seek(start)
            data = fh.read(end - start)
    except OSError as exc:
        raise InputFileError(path, f"cannot read the file ({exc.strerror}); check it exists and is readable") from exc
    return decode_page(data, layout.encoding)
