"""Degraded typewritten pages with known text, for evaluations and benchmarks (not part of the package).

Text comes from the TIME 1963 articles in ../shared/corpus (real English prose,
read at run time, never copied into the repo), re-cased into sentences; pages
are drawn in typewriter and book fonts and then degraded the way old photocopies
are: faded toner, uneven background, blur, speckles, skew, low resolution, and
sometimes fed into the scanner sideways or upside down.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
TIME_ALL = CORPUS / "ir" / "time_corpus_only" / "TIME.ALL"
FONTS = (
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",  # Courier metrics: typewriter
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)
LETTER_300 = (2550, 3300)


@dataclass(frozen=True)
class Degradation:
    dpi: int = 300
    skew: float = 0.0      # degrees, counter-clockwise
    blur: float = 0.0      # Gaussian radius in 300-dpi pixels
    speckles: int = 0      # dark specks per page
    ink: int = 0           # 0 = black toner, up to ~150 = badly faded
    background: int = 255  # paper brightness at its darkest corner
    rotation: int = 0      # 0, 90, 180, 270: how the page went into the scanner

    def label(self) -> str:
        return (f"dpi{self.dpi} skew{self.skew:+.1f} blur{self.blur:.1f} ink{self.ink} "
                f"bg{self.background} rot{self.rotation}")


def time_paragraphs() -> list[str]:
    """TIME 1963 articles as sentence-cased paragraphs."""
    raw = TIME_ALL.read_text(encoding="latin-1")
    articles = [a for a in re.split(r"^\*TEXT.*$", raw, flags=re.M) if a.strip()]
    out = []
    for article in articles:
        text = " ".join(article.split()).lower()
        text = re.sub(r" ([.,;:?!)\"'])", r"\1", text)
        text = re.sub(r"(^|[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
        out.append(text)
    return out


def page_text(paragraph: str, width_chars: int = 62, lines: int = 34) -> str:
    wrapped = textwrap.wrap(paragraph, width_chars)[:lines]
    return "\n".join(wrapped)


def render(text: str, font_path: str, size_px: int = 42, line_px: int = 75) -> Image.Image:
    """Clean 300-dpi letter page with the text at a typewriter's pitch."""
    font = ImageFont.truetype(font_path, size_px) if Path(font_path).exists() else ImageFont.load_default(size=size_px)
    img = Image.new("L", LETTER_300, 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(text.splitlines()):
        draw.text((250, 300 + i * line_px), line, font=font, fill=0)
    return img


def degrade(img: Image.Image, d: Degradation, rng: random.Random) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32) / 255.0  # 1 = paper, 0 = ink
    ink = d.ink / 255.0
    arr = ink + (1.0 - ink) * arr                      # faded toner
    h, w = arr.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = 1.0 - (1.0 - d.background / 255.0) * (0.5 * xx / w + 0.5 * yy / h)  # uneven lighting
    arr = arr * shade
    out = Image.fromarray(np.clip(arr * 255.0, 0, 255).astype(np.uint8))
    if d.blur:
        out = out.filter(ImageFilter.GaussianBlur(d.blur))
    if d.speckles:
        draw = ImageDraw.Draw(out)
        for _ in range(d.speckles):
            x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 2, 2, 3, 4))
            draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(40, 120))
    if d.skew:
        out = out.rotate(d.skew, resample=Image.BICUBIC, expand=False, fillcolor=int(d.background))
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 9, (h, w))
    out = Image.fromarray(np.clip(np.asarray(out, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
    if d.dpi != 300:
        out = out.resize((round(w * d.dpi / 300), round(h * d.dpi / 300)), Image.LANCZOS)
    if d.rotation:
        out = out.rotate(-d.rotation, expand=True)  # clockwise, as a page fed in turned
    return out


def degraded_set(count: int, rotated: int = 2, seed: int = 7) -> list[tuple[str, str, Degradation, Image.Image]]:
    """`count` degraded upright pages as (name, text, degradation, image); the first `rotated`
    of them also turned 90, 180 and 270 degrees, so rotated and upright twins can be compared."""
    rng = random.Random(seed)
    paragraphs = [p for p in time_paragraphs() if len(p) > 1800]
    rng.shuffle(paragraphs)
    fonts = [f for f in FONTS if Path(f).exists()] or [FONTS[0]]
    pages = []
    for n in range(count):
        text = page_text(paragraphs[n])
        upright = Degradation(
            dpi=rng.choice((200, 300)),
            skew=round(rng.uniform(-4.0, 4.0), 1),
            blur=round(rng.uniform(0.3, 1.8), 1),
            speckles=rng.randrange(100, 1200),
            ink=rng.randrange(60, 170),
            background=rng.randrange(170, 245),
        )
        clean = render(text, fonts[n % len(fonts)])
        for rotation in (0, 90, 180, 270) if n < rotated else (0,):
            d = Degradation(**{**upright.__dict__, "rotation": rotation})
            name = f"p{n:02d}" + (f"-rot{rotation}" if rotation else "")
            pages.append((name, text, d, degrade(clean, d, random.Random(seed * 1000 + n))))
    return pages


def harsher(base: Degradation) -> Degradation:
    """The `--level harsh` pages of eval_known_item.py: 200 dpi, more blur, toner faded further."""
    return Degradation(dpi=200, skew=base.skew, blur=min(round(base.blur + 0.4, 1), 2.0),
                       speckles=base.speckles, ink=min(base.ink + 15, 175), background=base.background)


def harsh_set(count: int, rotated: int = 2, seed: int = 7, noise_seed: int = 11) -> list[tuple[str, str, Degradation, Image.Image]]:
    """`degraded_set`'s pages (same texts and fonts) degraded as `harsher` says, rotated twins included."""
    fonts = [f for f in FONTS if Path(f).exists()] or [FONTS[0]]
    pages = []
    for n, (name, text, degradation, _) in enumerate(degraded_set(count, rotated=0, seed=seed)):
        upright = harsher(degradation)
        clean = render(text, fonts[n % len(fonts)])
        for rotation in (0, 90, 180, 270) if n < rotated else (0,):
            d = Degradation(**{**upright.__dict__, "rotation": rotation})
            suffix = f"-rot{rotation}" if rotation else ""
            pages.append((f"h{n:02d}{suffix}", text, d, degrade(clean, d, random.Random(noise_seed * 1000 + n))))
    return pages


def noisy_set(seed: int = 7) -> list[tuple[str, str, Degradation, Image.Image]]:
    """Pages where speckle outweighs the text, which once cost minutes a page (issue 16): a blank page
    with 3,000 specks (its "text lines 4 px high" were upscaled 3x, 272 s of tesseract), 8 and 4 faded lines
    among specks (upscaled 3x, deskewed by 3.5 degrees that were not there), and a whole page of toner so
    faded that it is not normalised, with specks darker than the text (326 s for raw tesseract)."""
    paragraphs = [p for p in time_paragraphs() if len(p) > 1800]
    random.Random(seed).shuffle(paragraphs)
    cases = (("n-blank", 0, 0, 3000, 230, 200), ("n-8lines", 8, 175, 3000, 240, 200),
             ("n-4lines", 4, 150, 2000, 230, 200), ("n-faded", 34, 215, 3000, 240, 300))
    pages = []
    for i, (name, lines, ink, speckles, background, dpi) in enumerate(cases):
        text = "\n".join(page_text(paragraphs[i]).splitlines()[:lines])
        d = Degradation(dpi=dpi, skew=1.0, blur=1.5, speckles=speckles, ink=ink, background=background)
        pages.append((name, text, d, degrade(render(text, FONTS[i % len(FONTS)]), d, random.Random(seed * 1000 + i))))
    return pages
