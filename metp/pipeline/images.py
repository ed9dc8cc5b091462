"""Open images safely: decode errors and oversized images become one clear InputFileError."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image

from metp.errors import CorruptFileError
from metp.pipeline.damage import raised_inside

DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError)


def decode_damage(exc: BaseException) -> bool:
    """An error of a damaged image: Pillow's usual ones, or anything Pillow raised from inside itself
    (TypeError, KeyError, ... for broken headers).  Raised from metp's own code, it is a bug to report."""
    return isinstance(exc, DECODE_ERRORS) or raised_inside(exc, {"PIL"})


@contextmanager
def open_image(path: str, max_pixels: int) -> Iterator[Image.Image]:
    """Image.open, with the pixel limit checked from the header before any pixel is decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(path)
    except Image.DecompressionBombError as exc:
        raise _too_big(path, "over Pillow's decompression-bomb limit", max_pixels) from exc
    except DECODE_ERRORS as exc:
        raise CorruptFileError(path, f"cannot decode the image ({exc}); rescan or re-export it") from exc
    with img:
        if img.width * img.height > max_pixels:
            raise _too_big(path, f"{img.width}x{img.height} pixels", max_pixels)
        yield img


def _too_big(path: str, size: str, max_pixels: int) -> CorruptFileError:
    return CorruptFileError(path, f"image is too large ({size}; the limit is {max_pixels:,} pixels); "
                                  "downsample it before ingest")
