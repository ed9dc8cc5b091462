"""Identify a file by its content (magic bytes), never by its name, and count its pages."""

from __future__ import annotations

from pathlib import Path

from metp.errors import CorruptFileError, InputFileError, UnsupportedFileError
from metp.pipeline import pdf, textfile
from metp.pipeline.images import DECODE_ERRORS, open_image
from metp.pipeline.model import FileKind, Identified

_SNIFF_BYTES = textfile.HEAD_BYTES  # 8 KB: enough for every magic number and to tell text from binary

_MAGIC: tuple[tuple[bytes, FileKind], ...] = (
    (b"\x89PNG\r\n\x1a\n", FileKind.png),
    (b"\xff\xd8\xff", FileKind.jpeg),
    (b"II*\x00", FileKind.tiff),
    (b"MM\x00*", FileKind.tiff),
    (b"II+\x00", FileKind.tiff),  # BigTIFF
    (b"MM\x00+", FileKind.tiff),
    (b"GIF87a", FileKind.gif),
    (b"GIF89a", FileKind.gif),
)
_BMP_HEADER_SIZES = (12, 40, 52, 56, 64, 108, 124)  # the DIB header sizes Windows and OS/2 ever wrote


def sniff(head: bytes) -> FileKind | None:
    """The kind of file these leading bytes belong to, or None when metp cannot read it."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.webp
    # "BM" alone would take a text file starting "BMW ..." for a bitmap: check its header's size too.
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return FileKind.bmp
    # PDF readers accept a header anywhere in the first kilobyte (after junk such as a mail header).
    if b"%PDF-" in head[:1024]:
        return FileKind.pdf
    if textfile.looks_like_text(head):
        return FileKind.text
    return None


def identify(path: str, password: str | None = None, max_pixels: int = 150_000_000) -> Identified:
    """Open just enough of the file to know its kind and page count; raise InputFileError if unusable."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        raise InputFileError(path, f"cannot read the file ({exc.strerror}); check it exists and is readable") from exc
    if not head:
        raise CorruptFileError(path, "the file is empty (0 bytes); rescan or re-copy it")
    kind = sniff(head)
    if kind is None:
        suffix = Path(path).suffix or "no extension"
        raise UnsupportedFileError(
            path, f"unsupported file type ({suffix}); metp reads PDF, PNG, JPEG, TIFF, GIF, BMP, WebP and plain text"
        )
    if kind is FileKind.text:
        return Identified(path, kind, textfile.count_pages(path))  # reads the file once, in chunks
    if kind is FileKind.pdf:
        return Identified(path, kind, pdf.count_pages(path, password))
    return Identified(path, kind, _count_frames(path, max_pixels))


def _count_frames(path: str, max_pixels: int) -> int:
    try:
        with open_image(path, max_pixels) as img:
            return getattr(img, "n_frames", 1)
    except InputFileError:
        raise
    except Exception as exc:  # a multi-page TIFF whose later pages are cut off or damaged
        # Pillow raises TypeError, KeyError, ... for damaged headers; raised elsewhere it is metp's bug
        if not (isinstance(exc, DECODE_ERRORS) or pdf.raised_inside(exc, {"PIL"})):
            raise
        detail = " ".join(str(exc).split())[:200]
        raise CorruptFileError(path, f"cannot read the image's pages ({detail}); rescan or re-export it") from exc
