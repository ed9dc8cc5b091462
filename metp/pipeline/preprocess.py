"""Make an old scan easier for tesseract: background and contrast, sideways and upside-down pages,
resolution, and skew.

Everything is decided on a reduced copy of the page (about 700 pixels wide) and then applied to the
full page at once: the background is subtracted and the contrast stretched by PIL's C code, quarter
turns are exact transposes, and enlarging and straightening are one resampling.  What was done is
recorded, so the catalog can say it for every page.

The measurements read text lines from the ink, and speckle is not text: before anything is measured,
ink that does not form runs along a row (specks, dust, fold marks) is dropped (`text_mask`).  A line
height is trusted only when it agrees with the period of the page's line profile, and a tilt only when
one angle lines the ink up clearly better than the others; otherwise nothing is scaled or turned.  So a
blank, speckled page is read at its own size (its "text lines 4 px high" once enlarged it 3x and cost
tesseract minutes), and the working image is never larger than MAX_UPSCALE in each direction, within
the pixel limit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from metp.pipeline.model import Preprocessing

TARGET_DPI = 300
NORMALIZE_STEP = "normalize background and contrast"
MIN_LINE_PX = 14          # text lines shorter than this (about 6 pt at 200 dpi) are upscaled ...
TARGET_LINE_PX = 20       # ... to about this height (receipts: 76.3% words read at 20 px, 76.0% at 30, 75.2% unscaled)
MAX_UPSCALE = 3.0
# A large page (over READ_FROM_PIXELS) whose text lines are taller than READ_FROM_LINE_PX is read from a
# copy reduced to READ_LINE_PX lines (never below MIN_READ_SCALE): tesseract's recognizer scales each line
# to its own height anyway, and everything else it does costs by the pixel.  Measured on
# scripts/bench_ingest.py's pages against reading at full size: clean 300-dpi pages 17% fewer CPU seconds,
# CER 0.13% -> 0.00%; degraded 300-dpi pages cheaper and no worse.  Small images are left alone: SROIE's
# receipts (under 2 MP, 18-26 px lines) lost 1.3 points of word recall when reduced, for little time.
# The working image (what viewers show, where word boxes point) keeps its size: boxes are scaled back.
READ_FROM_LINE_PX = 15.5
READ_FROM_PIXELS = 3_000_000
READ_LINE_PX = 14
MIN_READ_SCALE = 0.5
_MEASURE_WIDTH = 700      # skew and layout are measured on a copy about this wide
_MIN_SKEW = 0.3           # degrees; smaller tilts do tesseract no harm
_MAX_SKEW = 15.0
_DENSITY_RADIUS = 4       # reduced pixels: ink counts as text when the 9x9 window around it ...
_MIN_DENSITY = 0.12       # ... is at least this share inked (a speck alone fills under 5% of it)
_JOIN_GAP = 2             # reduced pixels: letters this close along a row are one run of ink ...
_MIN_RUN = 4              # ... and the runs at least this long are the cores of the lines
_MIN_INK_POINTS = 300
_MIN_SKEW_CONTRAST = 1.15  # the best angle's profile must be this much sharper than a typical angle's
_MIN_PERIODICITY = 0.2     # autocorrelation of the line profile at the line pitch
_NEAR_HIGHEST = 0.85       # the pitch is the first autocorrelation peak at least this share of the highest
_MIN_HEIGHT_OF_PITCH = 0.2  # a line under a fifth of the line pitch is fragments, not a line
_ORIENTATION_RATIO = 1.5   # a line votes upright when it has this much more ink above its core than below
_ORIENTATION_MAJORITY = 0.75  # share of the votes that decides
_MIN_LINES_FOR_ORIENTATION = 5


@dataclass(frozen=True)
class Layout:
    """What the reduced copy says about the page (lengths in reduced pixels, after any quarter turns)."""

    turn: int = 0                 # clockwise degrees that make the page upright (0, 90, 180, 270)
    turn_certain: bool = True     # False: the page lies sideways but which way up is unclear (ask OSD)
    angle: float = 0.0            # tilt of the text lines; 0 when no angle stands out
    line_height: float | None = None  # trusted median line height, or None
    pitch: float | None = None    # line pitch (period of the line profile), or None


def prepare(image: Image.Image, dpi: int | None, max_pixels: int = 40_000_000,
            reduce: bool = True) -> tuple[Image.Image, Preprocessing, bool]:
    """The page ready for OCR, what was done, and whether it lay sideways with its direction unclear
    (OSD should decide which quarter turn before anything is read).

    The image returned is the working image (word boxes are its pixels; `replay` rebuilds it), or, when
    its lines are taller than reading needs and `reduce`, a copy of it reduced by `record.read_scale`,
    made in the same one resampling: tesseract reads that, and its boxes are scaled back.

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
        record = record.with_step(NORMALIZE_STEP)
    factor = max(1, img.width // _MEASURE_WIDTH)
    layout = measure_layout(np.asarray(img.reduce(factor) if factor > 1 else img))
    if layout is None:
        return img, record, False  # no text to measure: read the page as it is
    if layout.turn:
        img = img.transpose(_TURNS[layout.turn])
        if layout.turn == 180:
            record = record.with_step("turn 180 (layout)", rotation=180)
        else:
            how = "" if not layout.turn_certain else " (layout)"
            record = record.with_step(f"turn sideways page {layout.turn}{how}", rotation=layout.turn)
    scale = 1.0
    line_px = (layout.line_height or 0) * factor
    if 0 < line_px < MIN_LINE_PX and img.width * img.height < max_pixels:
        scale = min(MAX_UPSCALE, TARGET_LINE_PX / line_px, (max_pixels / (img.width * img.height)) ** 0.5)
        record = record.with_step(f"upscale x{scale:.2f} (text lines {line_px:.0f} px high)", scale=scale,
                                  working_dpi=round(record.working_dpi * scale))
    elif line_px >= READ_FROM_LINE_PX and img.width * img.height > READ_FROM_PIXELS and reduce:
        read = max(MIN_READ_SCALE, READ_LINE_PX / line_px)
        record = record.with_step(f"read at x{read:.2f} (text lines {line_px:.0f} px high)", read_scale=read)
    angle = layout.angle if _MIN_SKEW <= abs(layout.angle) < _MAX_SKEW else 0.0
    if angle:
        # the angle that straightens the ink is the page's clockwise tilt: turn it back
        record = record.with_step(f"deskew {-angle:+.2f} deg", skew=round(-angle, 2))
    # resampled by the recorded (rounded) figures, so that `replay` of the record rebuilds this very image
    return resample(img, record.scale * record.read_scale, record.skew), record, not layout.turn_certain


def working_size(size: tuple[int, int], record: Preprocessing) -> tuple[int, int]:
    """The size of the working image `record` makes of a page of `size` (what `replay` rebuilds), without
    making it."""
    after = _osd_turn(record)
    w, h = size if (record.rotation - after) % 180 == 0 else size[::-1]
    w, h = resampled_size((w, h), record.scale, record.skew)
    return (w, h) if after % 180 == 0 else (h, w)


def _osd_turn(record: Preprocessing) -> int:
    """Degrees the working image was turned after resampling, as tesseract's OSD advised."""
    return sum(int(m.group(1)) for m in map(_OSD_STEP.fullmatch, record.steps) if m) % 360


def replay(image: Image.Image, record: Preprocessing, size: tuple[int, int] | None = None) -> Image.Image:
    """The working image `record` describes, rebuilt from the page by doing what the record says was done
    rather than deciding again: word boxes (ALTO, hOCR, IIIF, search hits) are pixels of that image, and
    they must stay on their words when the measurements that decide change in a later metp.  `size`, the
    working image's size as recorded, settles a pixel of rounding for records made before scaling and
    deskewing were one resampling."""
    img = image.convert("L") if image.mode != "L" else image
    if NORMALIZE_STEP in record.steps:
        img = normalize_background(img, always=True)[0]
    after = _osd_turn(record)
    before = (record.rotation - after) % 360
    if before:
        img = img.transpose(_TURNS[before])
    if size and after in (90, 270):
        size = (size[1], size[0])
    img = resample(img, record.scale, record.skew, size)
    return img.transpose(_TURNS[after]) if after else img


def normalize_background(img: Image.Image, always: bool = False) -> tuple[Image.Image, bool]:
    """Subtract an estimate of the paper (uneven lighting, yellowing), then stretch faded toner to black.

    Skipped on pages that are already black on even white, where it would only cost time, and on blank
    pages (unless `always`: a replay of a record that says it was done).
    All full-size work is done by PIL's C code (subtract, lookup table), about 30 ms a page.
    """
    small = img.reduce(16)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    paper_levels = np.percentile(np.asarray(paper), [5, 95])
    ink_level = float(np.percentile(np.asarray(img.reduce(4)), 0.5))
    if not always and paper_levels[1] - paper_levels[0] < 20 and paper_levels[0] > 200 and ink_level < 60:
        return img, False
    darkness = ImageChops.subtract(paper.resize(img.size, Image.BILINEAR), img)  # 0 on paper, high on ink
    body, darkest = np.percentile(np.asarray(darkness.reduce(4)), [97, 99.5])
    ink = 255 - int(darkest)
    # No real ink (blank or nearly): leave the page alone.  Badly faded toner can be as faint at its darkest
    # as specks and page edges, but a page of text darkens far more than 3% of its pixels above the noise of
    # the paper (97th percentile of darkness: under 10 on degraded blank pages, over 35 on the faintest text).
    if not always and ink > 200 and body < 20:
        return img, False
    # map darkness [20, 255 - ink] to grey [255, 0]: faded strokes go black, paper noise goes white
    span = max(235 - ink, 1)
    lut = [int(np.clip(255 - (d - 20) * 255 / span, 0, 255)) for d in range(256)]
    return darkness.point(lut), True


# ------------------------------------------------------------------------------------ the ink of text
def text_mask(small: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ink of a reduced page that belongs to text, and the cores of its lines.

    Ink is the dark pixels with enough other dark pixels around them (a 9x9 window at least 12% inked):
    letters sit among letters, while specks, dust and sensor noise are small and scattered.  The cores
    are the ink joined along each row across gaps of a couple of pixels (the letters of a word) into runs
    of at least a few pixels: the dense x-height bands of the lines, without the thin strokes that rise
    above them or drop below (which tell which way up the page is, see `_upright`)."""
    dark = small < min(128, int(small.mean()) - 30)
    if dark.sum() < _MIN_INK_POINTS:
        return np.zeros_like(dark), np.zeros_like(dark)
    density = Image.fromarray(dark.astype(np.uint8) * 255).filter(ImageFilter.BoxBlur(_DENSITY_RADIUS))
    ink = dark & (np.asarray(density) >= _MIN_DENSITY * 255)
    cores = _drop_short_row_runs(_fill_row_gaps(ink, _JOIN_GAP), _MIN_RUN) & ink
    return ink, cores


def _row_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Starts and ends of the runs of True along the rows of `mask`, as positions in the row-major
    flattening of `mask` with one False column appended (so no run crosses from a row to the next)."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 1), dtype=np.int8)
    padded[:, :-1] = mask
    edges = np.diff(padded.ravel(), prepend=0, append=0)
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), mask.shape[1] + 1


def _paint(shape: tuple[int, int], width: int, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A mask (in the padded flattening of `_row_runs`) with [start, end) spans set."""
    size = shape[0] * width
    delta = np.bincount(starts, minlength=size + 1) - np.bincount(ends, minlength=size + 1)
    return (np.cumsum(delta[:-1]) > 0).reshape(shape[0], width)[:, :-1]


def _fill_row_gaps(mask: np.ndarray, gap: int) -> np.ndarray:
    starts, ends, width = _row_runs(mask)
    gap_starts, gap_ends = ends[:-1], starts[1:]
    fill = (gap_ends - gap_starts <= gap) & (gap_starts // width == gap_ends // width)
    return mask | _paint(mask.shape, width, gap_starts[fill], gap_ends[fill])


def _drop_short_row_runs(mask: np.ndarray, shortest: int) -> np.ndarray:
    starts, ends, width = _row_runs(mask)
    keep = ends - starts >= shortest
    return _paint(mask.shape, width, starts[keep], ends[keep])


# ------------------------------------------------------------------------------------ layout
def measure_layout(small: np.ndarray) -> Layout | None:
    """Orientation, tilt and line height from a reduced page (greyscale array); None when it holds too
    little text to tell anything (then the page is read as it is)."""
    ink, cores = text_mask(small)
    points = _points(ink)
    if points is None:
        return None
    angle, contrast = _best_angle(points)
    across = points[::-1]
    sideways = _gap_share(_profile(across, _best_angle(across)[0])) > _gap_share(_profile(points, angle)) + 0.1
    if sideways:  # measure the page as it will be: turned 90 clockwise
        ink, cores = text_mask(np.rot90(small, -1))
        points = _points(ink)
        if points is None:
            return Layout(turn=90, turn_certain=False)
        angle, contrast = _best_angle(points)
    if contrast < _MIN_SKEW_CONTRAST:
        return Layout(turn=90 if sideways else 0, turn_certain=not sideways)  # no lines stand out: not text
    upright = _upright(ink, cores, angle)
    turn = (90 if sideways else 0) + (180 if upright is False else 0)
    height, pitch = _line_height(points, angle)
    return Layout(turn=turn, turn_certain=not (sideways and upright is None), angle=angle, line_height=height,
                  pitch=pitch)


def _points(mask: np.ndarray, limit: int = 30000) -> np.ndarray | None:
    """(y, x) of the set pixels of `mask`, at most about `limit` of them; None when there are too few."""
    ys, xs = np.nonzero(mask)
    if len(ys) < _MIN_INK_POINTS:
        return None
    step = max(1, len(ys) // limit)
    return np.stack([ys[::step], xs[::step]]).astype(np.float32)


_TURNS = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def _profile(points: np.ndarray, angle: float) -> np.ndarray:
    """Ink per row after turning the points by `angle` degrees."""
    t = np.deg2rad(angle)
    ys, xs = points
    projected = ys * np.cos(t) + xs * np.sin(t)
    return np.bincount((projected - projected.min()).astype(np.int64))


def _sharpness(counts: np.ndarray) -> float:
    return float(np.dot(counts.astype(np.float64), counts))


def _best_angle(points: np.ndarray) -> tuple[float, float]:
    """The tilt that lines the ink up best, and how much sharper its profile is than the median angle's
    (about 1 for ink without lines: specks, pictures).  Coarse to fine: every half degree on a third of
    the points, then every 0.05 degree around the best on all of them."""
    coarse = np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5)
    few = points[:, ::3] if points.shape[1] >= 3 * _MIN_INK_POINTS else points
    sharpness = np.array([_sharpness(_profile(few, a)) for a in coarse])
    best = coarse[int(np.argmax(sharpness))]
    fine = np.arange(best - 0.5, best + 0.51, 0.05)
    angle = float(max(fine, key=lambda a: _sharpness(_profile(points, a))))
    return angle, float(sharpness.max() / max(np.median(sharpness), 1.0))


def _gap_share(counts: np.ndarray) -> float:
    """Share of near-empty rows inside the text block: high across lines of text, low along them."""
    cumulative = np.cumsum(counts) / counts.sum()
    lo, hi = np.searchsorted(cumulative, [0.02, 0.98])
    inner = counts[lo:hi + 1]
    return float((inner <= max(1.0, 0.05 * inner.max())).mean())


def _line_runs(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the runs of inked rows (text lines) of a profile."""
    inked = counts > max(1.0, 0.15 * float(np.percentile(counts[counts > 0], 90)))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    return edges[::2], edges[1::2]


def _line_height(points: np.ndarray, angle: float) -> tuple[float | None, float | None]:
    """Median height of the text lines and the line pitch, in reduced pixels (None: cannot tell).  When the
    profile repeats with a clear period (lines of a page of prose), the height must be a plausible share of
    it: lines measured on fragments of ink (faded strokes, specks) are a few pixels high in a pitch of tens.
    Lines spaced irregularly (receipts, forms) have no period to check against."""
    counts = _profile(points, angle)
    starts, ends = _line_runs(counts)
    runs = ends - starts
    runs = runs[runs >= 2]
    pitch = _period(counts)
    if len(runs) < 3:
        return None, pitch
    height = float(np.median(runs))
    return (None if pitch is not None and height < _MIN_HEIGHT_OF_PITCH * pitch else height), pitch


def _period(counts: np.ndarray) -> float | None:
    """The line pitch: the lag of the autocorrelation's first peak after its first dip below zero that is
    nearly as high as its highest.  (Evenly spaced lines peak again at two and three pitches, and on a
    reduced page whose pitch is not a whole number of pixels a multiple can come out highest: a 20.7-px
    pitch once measured as 62.)"""
    centred = counts - counts.mean()
    n = len(centred)
    if n < 8 or not centred.any():
        return None
    spectrum = np.fft.rfft(centred, 2 * n)
    correlation = np.fft.irfft(spectrum * np.conj(spectrum))[:n]
    correlation /= correlation[0]
    below = np.flatnonzero(correlation < 0)
    if not len(below) or below[0] >= n // 3:
        return None
    window = correlation[below[0]:n // 3 + 1]
    highest = float(window.max())
    if highest < _MIN_PERIODICITY:
        return None
    inner = window[1:-1]
    peaks = np.flatnonzero((inner >= window[:-2]) & (inner >= window[2:]) & (inner >= _NEAR_HIGHEST * highest)) + 1
    return float(below[0] + (peaks[0] if len(peaks) else int(np.argmax(window))))


def _upright(ink: np.ndarray, cores: np.ndarray, angle: float) -> bool | None:
    """Whether the lines read upright (True), upside down (False) or cannot tell (None).  In Latin script
    far more letters rise above the x-height (b d f h k l t, capitals, digits) than drop below the line
    (g j p q y).  Each line whose core (its x-height band) has ink rising above it or dropping below
    votes; a clear majority of the lines decides."""
    core_counts, ink_counts = _profiles_together(cores, ink, angle)
    starts, ends = _line_runs(core_counts)
    keep = ends - starts >= 2
    starts, ends = starts[keep], ends[keep]
    if len(starts) < _MIN_LINES_FOR_ORIENTATION:
        return None
    reach = max(2, int(np.median(ends - starts)))  # ascenders and descenders: under an x-height long
    extra = np.concatenate(([0], np.cumsum(np.maximum(ink_counts - core_counts, 0))))
    size = len(core_counts)
    above = extra[starts] - extra[np.maximum(starts - reach, 0)]
    below = extra[np.minimum(ends + reach, size)] - extra[ends]
    votes_up = int((above >= _ORIENTATION_RATIO * below).sum())
    votes_down = int((below >= _ORIENTATION_RATIO * above).sum())
    if votes_up >= _ORIENTATION_MAJORITY * (votes_up + votes_down) and votes_up >= _MIN_LINES_FOR_ORIENTATION:
        return True
    if votes_down >= _ORIENTATION_MAJORITY * (votes_up + votes_down) and votes_down >= _MIN_LINES_FOR_ORIENTATION:
        return False
    return None


def _profiles_together(first: np.ndarray, second: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """Ink per row of two masks of the same page after turning them by `angle` degrees, on one row scale."""
    t = np.deg2rad(angle)
    rows = [ys * np.cos(t) + xs * np.sin(t) for ys, xs in (np.nonzero(first), np.nonzero(second))]
    low = min(r.min() for r in rows if len(r))
    size = int(max(r.max() for r in rows if len(r)) - low) + 1
    first_counts, second_counts = (np.bincount((r - low).astype(np.int64), minlength=size) for r in rows)
    return first_counts, second_counts


# ------------------------------------------------------------------------------------ geometry
def resampled_size(size: tuple[int, int], scale: float, angle: float) -> tuple[int, int]:
    """The size `resample` gives an image of `size`."""
    w, h = size
    if not angle or scale < 1.0:
        w, h = (w, h) if scale == 1.0 else (round(w * scale), round(h * scale))
        if not angle:
            return w, h
        scale = 1.0
    t = math.radians(angle)
    cos, sin = abs(math.cos(t)), abs(math.sin(t))
    return math.ceil(scale * (w * cos + h * sin) - 1e-6), math.ceil(scale * (w * sin + h * cos) - 1e-6)


def resample(img: Image.Image, scale: float, angle: float, size: tuple[int, int] | None = None) -> Image.Image:
    """`img` resized by `scale` and turned `angle` degrees counter-clockwise (white corners), the canvas
    grown to hold the whole page (or `size`, when within a few pixels of that): in one resampling, or two
    when reducing and turning."""
    if scale == 1.0 and not angle:
        return img
    if not angle or scale < 1.0:  # reduced first: an affine transform does not average what it drops
        img = img.resize(resampled_size(img.size, scale, 0.0), Image.BILINEAR)
        if not angle:
            return img
        scale = 1.0
    t = math.radians(angle)
    cos, sin = math.cos(t), math.sin(t)
    w, h = img.size
    out_w, out_h = resampled_size(img.size, scale, angle)
    if size is not None and abs(size[0] - out_w) <= 3 and abs(size[1] - out_h) <= 3:
        out_w, out_h = size  # (a record of an older metp, which enlarged and then turned: two resamplings)
    # output pixel -> input pixel: undo the rotation about the centres, then the scale
    a, b, d, e = cos / scale, -sin / scale, sin / scale, cos / scale
    c = w / 2 - (a * out_w / 2 + b * out_h / 2)
    f = h / 2 - (d * out_w / 2 + e * out_h / 2)
    return img.transform((out_w, out_h), Image.Transform.AFFINE, (a, b, c, d, e, f), resample=Image.BILINEAR,
                         fillcolor=255)


def rotate_upright(img: Image.Image, record: Preprocessing, clockwise: int) -> tuple[Image.Image, Preprocessing]:
    """Turn the working image by a further multiple of 90 degrees (as tesseract's OSD advised)."""
    total = (record.rotation + clockwise) % 360
    return img.transpose(_TURNS[clockwise]), record.with_step(f"turn {clockwise} (OSD)", rotation=total)


_OSD_STEP = re.compile(r"turn (90|180|270) \(OSD\)")  # a turn of the working image, after resampling
