"""Page images for viewers: the page as its word boxes were measured, cached as PNG derivatives.

Rendering a scanned page as OCR saw it (upright, deskewed, from the stored original) takes about a
second, so the image is kept in `derivatives/<doc>/page-NNNN.view.png` (written atomically) with the
scale from word-box units to its pixels in a PNG text chunk (`metp-scale`: 1 for OCRed pages, dpi/72
for text-layer pages, whose boxes are PDF points).  A thumbnail is kept beside it
(`page-NNNN.thumb.png`).  A cached file older than the page's word boxes (the page was read again) is
made anew.  Cached files are read without following symbolic links.  When the archive cannot be
written (a read-only copy), the image is returned in memory instead of being cached.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from PIL import Image, PngImagePlugin

from metp.archive.files import atomic_write
from metp.archive.pageimage import draw_boxes, page_picture
from metp.archive.views import Box, PageView, ViewImage
from metp.errors import CannotWriteError, NotFoundError, UsageError
from metp.pipeline.model import PageMethod
from metp.settings import OcrSettings

SCALE_KEY = "metp-scale"
THUMB_WIDTH = 240
BOX_PAD = 3  # pixels around a word's box, as draw_boxes draws it


def view_path(folder: Path, page_no: int) -> Path:
    return folder / f"page-{page_no:04d}.view.png"


def thumb_path(folder: Path, page_no: int) -> Path:
    return folder / f"page-{page_no:04d}.thumb.png"


def read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file, never through a symbolic link (None: absent, a link, or not a file)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def _fresh(path: Path, source: Path) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    try:
        return st.st_mtime_ns >= os.stat(source).st_mtime_ns
    except OSError:
        return True  # no word boxes to compare with (plain text has no image anyway)


def _png(image: Image.Image, scale: float) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text(SCALE_KEY, f"{scale:.6f}")
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info, compress_level=6)
    return out.getvalue()


def _described(doc_id: str, page_no: int, data: bytes, path: Path | None) -> ViewImage:
    with Image.open(io.BytesIO(data)) as image:
        scale = float(image.info.get(SCALE_KEY, "1"))  # a text chunk before the image data: no decoding
        return ViewImage(doc_id, page_no, image.width, image.height, scale, str(path) if path else None,
                         None if path else data)


def _keep(path: Path, data: bytes) -> bool:
    """Cache `data` at `path`; False when the archive cannot be written here."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
        return True
    except (OSError, CannotWriteError):
        return False


def view_image(folder: Path, words: Path, original: Path, kind: str, view: PageView, ocr: OcrSettings,
               password: str | None = None) -> ViewImage:
    """The page's view image, from the cache in `folder` (the document's derivatives) or rendered now."""
    if PageMethod(view.method) is PageMethod.plain_text:
        raise UsageError(f"{view.doc_id} page {view.page} is plain text: it has no page image")
    path = view_path(folder, view.page)
    if _fresh(path, words):
        data = read_regular(path)
        if data is not None:
            return _described(view.doc_id, view.page, data, path)
    if not original.is_file():
        raise NotFoundError(f"the original of {view.doc_id} is missing from the store; run `metp verify`")
    image, scale = page_picture(original, kind, view, ocr, password)
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    data = _png(image, scale)
    return _described(view.doc_id, view.page, data, path if _keep(path, data) else None)


def image_bytes(image: ViewImage) -> bytes:
    if image.data is not None:
        return image.data
    data = read_regular(Path(image.path))
    if data is None:
        raise NotFoundError(f"the page image of {image.doc_id} page {image.page} is gone; ask again")
    return data


def thumbnail(folder: Path, image: ViewImage) -> bytes:
    """A small copy of the view image (THUMB_WIDTH pixels wide), cached beside it."""
    path = thumb_path(folder, image.page)
    if image.path and _fresh(path, Path(image.path)):
        data = read_regular(path)
        if data is not None:
            return data
    with Image.open(io.BytesIO(image_bytes(image))) as full:
        full.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 4), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        full.save(out, format="PNG", optimize=True)
    data = out.getvalue()
    if image.path:
        _keep(path, data)
    return data


def boxed_png(image: ViewImage, boxes: tuple[Box, ...]) -> bytes:
    """The view image with `boxes` drawn (the page viewer without JavaScript)."""
    with Image.open(io.BytesIO(image_bytes(image))) as full:
        drawn = draw_boxes(full, boxes, image.scale)
    out = io.BytesIO()
    drawn.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def pixel_boxes(image: ViewImage, boxes: tuple[Box, ...]) -> list[list[int]]:
    """Boxes in the view image's pixels, padded as on the boxed PNG: [left, top, width, height]."""
    s = image.scale
    return [[round(b.left * s) - BOX_PAD, round(b.top * s) - BOX_PAD, round(b.width * s) + 2 * BOX_PAD,
             round(b.height * s) + 2 * BOX_PAD] for b in boxes]
