"""Page images with the hit words boxed, from the word boxes kept at OCR time."""

from __future__ import annotations

from pathlib import Path

from PIL import ImageDraw
from rapidfuzz.distance import Levenshtein

from metp.archive.files import atomic_output
from metp.errors import UsageError
from metp.index.fuzzy import fold, max_edits
from metp.pipeline.model import FileKind, PageJob, PageMethod
from metp.pipeline.pages import page_image
from metp.pipeline.pdf import render_page

_TEXT_LAYER_SCALE = 2.0  # text-layer boxes are in PDF points; render at 144 dpi
_BOX = (220, 30, 30)


def render_page_image(archive, doc, row, dest: Path, highlight: str | None, password: str | None = None) -> dict:
    method = PageMethod(row["method"])
    if method is PageMethod.plain_text:
        raise UsageError(f"{doc['doc_id']} is plain text: it has no page image")
    original = str(archive.store.path_for(doc["sha256"]))
    if method is PageMethod.text_layer:
        image, dpi = render_page(original, row["page_no"], password, int(72 * _TEXT_LAYER_SCALE),
                                 archive.settings.ocr.max_render_pixels)
        scale = dpi / 72
    else:
        record = archive.page(doc["doc_id"], row["page_no"])["preprocessing"] or {}
        job = PageJob(original, FileKind(doc["kind"]), row["page_no"], archive.settings.ocr, password)
        image, scale = page_image(job, record.get("rotation", 0)), 1.0
    image = image.convert("RGB")
    boxed = 0
    if highlight:
        analyzer = archive.ix.schema["content"].analyzer
        wanted = {t.text for t in analyzer(highlight)}
        draw = ImageDraw.Draw(image)
        width = max(2, image.width // 600)
        for word in archive.derivatives.read_words(doc["doc_id"], row["page_no"]):
            if any(_close(t.text, wanted) for t in analyzer(word.text)):
                x, y = word.left * scale, word.top * scale
                draw.rectangle((x - 3, y - 3, x + word.width * scale + 3, y + word.height * scale + 3),
                               outline=_BOX, width=width)
                boxed += 1
    with atomic_output(dest) as fh:
        image.save(fh, format="PNG")
    return {"doc_id": doc["doc_id"], "page": row["page_no"], "image": str(dest), "boxed_words": boxed}


def _close(stem: str, wanted: set[str]) -> bool:
    """The query's words, and OCR misreadings of them, within the edits search itself allows."""
    return stem in wanted or any(
        Levenshtein.distance(fold(stem), fold(w), score_cutoff=max_edits(fold(w))) <= max_edits(fold(w))
        for w in wanted)
