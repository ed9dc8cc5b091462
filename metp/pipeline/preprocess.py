"""Make an old scan easier for tesseract: resolution, background and contrast, skew, and sideways pages.

Each step is cheap (PIL and numpy on the page, or on a reduced copy for the
measurements) and is recorded, so the catalog can say what was done to every
page.  Orientation by 180 degrees cannot be seen from the layout; the OCR stage
asks tesseract's OSD when a page reads badly (see `pipeline.pages`).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from metp.pipeline.model import Preprocessing

TARGET_DPI = 300
MIN_LINE_PX = 15          # text lines shorter than this (under 6 pt at 200 dpi) are upscaled ...
TARGET_LINE_PX = 30       # ... to about this height; 18-px lines already read as well as 27-px ones (measured)
MAX_UPSCALE = 3.0
_MEASURE_WIDTH = 700      # skew and layout are measured on a copy about this wide
_MIN_SKEW = 0.3           # degrees; smaller tilts do tesseract no harm
_MAX_SKEW = 15.0


def prepare(image: Image.Image, dpi: int | None, max_pixels: int = 40_000_000) -> tuple[Image.Image, Preprocessing, bool]:
    """The page ready for OCR, what was done, and whether it lay sideways (OSD should confirm the turn).

    Resolution is judged from the measured height of the text lines, not from the dpi in the
    file's header: scanners write 72, 96 or 150 there for 300-dpi scans often enough that
    trusting it makes pages worse (measured on the UW-III and SROIE scans).
    """
    img = image.convert("L") if image.mode != "L" else image
    record = Preprocessing(source_dpi=dpi, working_dpi=dpi or TARGET_DPI)
    if img.width < 400 or img.height < 400:
        return img, record, False  # a line or a snippet: too little to measure layout from
    img, normalized = normalize_background(img)
    if normalized:
        record = record.with_step("normalize background and contrast")
    points, factor = _ink_points(img)
    if points is None:
        return img, record, False
    angle, sideways = _layout(points)
    if sideways:
        img = img.transpose(Image.Transpose.ROTATE_270)  # 90 clockwise; OSD decides which way is up
        record = record.with_step("turn sideways page 90", rotation=90)
        points = _turn_points(points, img.width // factor)
        angle = _best_angle(points)
    line_px = (_line_height(points, angle) or 0) * factor  # 0: too few lines to tell
    if 0 < line_px < MIN_LINE_PX and img.width * img.height < max_pixels:
        scale = min(MAX_UPSCALE, TARGET_LINE_PX / line_px, (max_pixels / (img.width * img.height)) ** 0.5)
        img = img.resize((round(img.width * scale), round(img.height * scale)), Image.BILINEAR)
        record = record.with_step(f"upscale x{scale:.2f} (text lines {line_px:.0f} px high)", scale=scale,
                                  working_dpi=round(record.working_dpi * scale))
    if _MIN_SKEW <= abs(angle) < _MAX_SKEW:
        # the angle that straightens the ink points is the page's clockwise tilt: turn it back
        img = img.rotate(-angle, resample=Image.BILINEAR, expand=True, fillcolor=255)
        record = record.with_step(f"deskew {-angle:+.2f} deg", skew=round(-angle, 2))
    return img, record, sideways


def normalize_background(img: Image.Image) -> tuple[Image.Image, bool]:
    """Subtract an estimate of the paper (uneven lighting, yellowing), then stretch faded toner to black.

    Skipped on pages that are already black on even white, where it would only cost time.
    All full-size work is done by PIL's C code (subtract, lookup table), about 30 ms a page.
    """
    small = img.reduce(16)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    paper_levels = np.percentile(np.asarray(paper), [5, 95])
    ink_level = float(np.percentile(np.asarray(img.reduce(4)), 0.5))
    if paper_levels[1] - paper_levels[0] < 20 and paper_levels[0] > 200 and ink_level < 60:
        return img, False
    darkness = ImageChops.subtract(paper.resize(img.size, Image.BILINEAR), img)  # 0 on paper, high on ink
    body, darkest = np.percentile(np.asarray(darkness.reduce(4)), [97, 99.5])
    ink = 255 - int(darkest)
    # No real ink (blank or nearly): leave the page alone.  Badly faded toner can be as faint at its darkest
    # as specks and page edges, but a page of text darkens far more than 3% of its pixels above the noise of
    # the paper (97th percentile of darkness: under 10 on degraded blank pages, over 35 on the faintest text).
    if ink > 200 and body < 20:
        return img, False
    # map darkness [20, 255 - ink] to grey [255, 0]: faded strokes go black, paper noise goes white
    span = max(235 - ink, 1)
    lut = [int(np.clip(255 - (d - 20) * 255 / span, 0, 255)) for d in range(256)]
    return darkness.point(lut), True


def _ink_points(img: Image.Image, limit: int = 30000) -> tuple[np.ndarray | None, int]:
    """(y, x) of dark pixels on a copy reduced by the returned factor, at most `limit` of them."""
    factor = max(1, img.width // _MEASURE_WIDTH)
    small = np.asarray(img.reduce(factor) if factor > 1 else img)
    dark = small < min(128, int(small.mean()) - 30)
    ys, xs = np.nonzero(dark)
    if len(ys) < 300:
        return None, factor
    step = max(1, len(ys) // limit)
    return np.stack([ys[::step], xs[::step]]).astype(np.float32), factor


def _turn_points(points: np.ndarray, new_width: int) -> np.ndarray:
    """The same ink points after the image turned 90 degrees clockwise."""
    ys, xs = points
    return np.stack([xs, new_width - 1 - ys])


def _line_height(points: np.ndarray, angle: float) -> float | None:
    """Median height of the runs of inked rows (text lines), in reduced pixels."""
    counts = _profile(points, angle)
    inked = counts > max(1.0, 0.15 * float(np.percentile(counts[counts > 0], 90)))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    runs = edges[1::2] - edges[::2]
    runs = runs[runs >= 2]
    return float(np.median(runs)) if len(runs) >= 3 else None


def _profile(points: np.ndarray, angle: float) -> np.ndarray:
    """Ink per row after turning the points by `angle` degrees."""
    t = np.deg2rad(angle)
    ys, xs = points
    projected = ys * np.cos(t) + xs * np.sin(t)
    return np.bincount((projected - projected.min()).astype(np.int64))


def _sharpness(counts: np.ndarray) -> float:
    return float(np.dot(counts, counts))


def _best_angle(points: np.ndarray) -> float:
    coarse = np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5)
    best = max(coarse, key=lambda a: _sharpness(_profile(points, a)))
    fine = np.arange(best - 0.5, best + 0.51, 0.05)
    return float(max(fine, key=lambda a: _sharpness(_profile(points, a))))


def _gap_share(counts: np.ndarray) -> float:
    """Share of near-empty rows inside the text block: high across lines of text, low along them."""
    cumulative = np.cumsum(counts) / counts.sum()
    lo, hi = np.searchsorted(cumulative, [0.02, 0.98])
    inner = counts[lo:hi + 1]
    return float((inner <= max(1.0, 0.05 * inner.max())).mean())


def _layout(points: np.ndarray) -> tuple[float, bool]:
    """The skew angle, and whether text lines run vertically (the page lies sideways)."""
    angle = _best_angle(points)
    across = points[::-1]
    sideways = _gap_share(_profile(across, _best_angle(across))) > _gap_share(_profile(points, angle)) + 0.1
    return angle, sideways


def rotate_upright(img: Image.Image, record: Preprocessing, clockwise: int) -> tuple[Image.Image, Preprocessing]:
    """Turn the working image by a further multiple of 90 degrees (as tesseract's OSD advised)."""
    turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    total = (record.rotation + clockwise) % 360
    return img.transpose(turns[clockwise]), record.with_step(f"turn {clockwise} (OSD)", rotation=total)
