"""Page images with the hit words boxed, from the word boxes kept at OCR time.

The image is the page as its word boxes were measured on: for OCRed pages the preprocessed page
(upright, deskewed, rebuilt deterministically from the original), for text-layer pages the PDF page
rendered at 144 dpi (boxes are in PDF points, scaled).  Which words to box is decided by the caller
(the search index's own highlighter), so the boxes agree with the hits search counted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw

from metp.archive.files import atomic_output
from metp.archive.views import Box, PageImage, PageView
from metp.pipeline.model import FileKind, PageJob, PageMethod
from metp.pipeline.pages import page_image
from metp.pipeline.pdf import render_page
from metp.settings import OcrSettings

TEXT_LAYER_DPI = 144
_BOX = (220, 30, 30)


def page_picture(original: Path, kind: str, view: PageView, ocr: OcrSettings,
                 password: str | None = None) -> tuple[Image.Image, float]:
    """The page image and the scale from its word boxes' units to its pixels."""
    if PageMethod(view.method) is PageMethod.text_layer:
        image, dpi = render_page(str(original), view.page, password, TEXT_LAYER_DPI, ocr.max_render_pixels)
        return image, dpi / 72
    rotation = (view.preprocessing or {}).get("rotation", 0)
    # a page read without preprocessing (`--no-preprocess`) has no record of it: its boxes are on the plain page
    ocr = replace(ocr, preprocess=view.preprocessing is not None)
    job = PageJob(str(original), FileKind(kind), view.page, ocr, password)
    return page_image(job, rotation), 1.0


def render_page_image(original: Path, kind: str, view: PageView, boxes: tuple[Box, ...], dest: Path,
                      ocr: OcrSettings, password: str | None = None) -> PageImage:
    image, scale = page_picture(original, kind, view, ocr, password)
    image = draw_boxes(image, boxes, scale)
    with atomic_output(dest) as fh:
        image.save(fh, format="PNG")
    return PageImage(view.doc_id, view.page, str(dest), len(boxes))


def draw_boxes(image: Image.Image, boxes: tuple[Box, ...], scale: float) -> Image.Image:
    image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    width = max(2, image.width // 600)
    for box in boxes:
        x, y = box.left * scale, box.top * scale
        draw.rectangle((x - 3, y - 3, x + box.width * scale + 3, y + box.height * scale + 3), outline=_BOX,
                       width=width)
    return image
