"""What the standards exports share: the events an ingest or a re-OCR records, and each page's layout and
provenance, whether it comes from a pipeline `Page` (ingest, re-OCR) or from the catalog (exports, web).

A reading's settings are kept in its `transcription` event's detail as `settings: lang=eng psm=3
preprocess=on`, so an ALTO file written later (an export) names the settings the words were made with,
not today's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import PurePath

from metp.archive import agents
from metp.archive.alto import LayoutPage, Provenance, image_name
from metp.archive.catalog import event
from metp.pipeline.model import Page, PageMethod
from metp.settings import OcrSettings

_SETTINGS = re.compile(r"settings: lang=(?P<lang>\S+) psm=(?P<psm>\d+)")


def page_ranges(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    numbers = sorted(set(numbers))
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(f"{start}-{n}" if n != start else str(n))
            start = None
    return ", ".join(parts)


def pages_named(numbers: Iterable[int]) -> str:
    """'page 4' or 'pages 1-3, 5'."""
    numbers = sorted(set(numbers))
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {page_ranges(numbers)}"


def reading_event(doc_id: str, pages: list[Page], ocr: OcrSettings | None, what: str = "read",
                  outcome_extra: str = "") -> dict:
    """The `transcription` event of a document's pages being read (at ingest, or again by `metp reocr`)."""
    by_method: dict[str, list[int]] = {}
    for page in pages:
        by_method.setdefault(page.method.value, []).append(page.page_no)
    parts, who = [], [agents.metp()]
    if PageMethod.ocr.value in by_method:
        parts.append(f"{pages_named(by_method['ocr'])} OCRed with tesseract")
        who.append(agents.tesseract())
    if PageMethod.text_layer.value in by_method:
        parts.append(f"{pages_named(by_method['text-layer'])} read from the PDF text layer with pdfplumber")
        who.append(agents.pdfplumber())
    if PageMethod.plain_text.value in by_method:
        parts.append(f"{pages_named(by_method['plain-text'])} read as plain text")
    detail = f"{what}: " + "; ".join(parts)
    if ocr is not None and PageMethod.ocr.value in by_method:
        detail += f"; settings: lang={ocr.lang} psm={ocr.psm} preprocess={'on' if ocr.preprocess else 'off'}"
    confs = [p.confidence for p in pages if p.confidence is not None]
    blank = [p.page_no for p in pages if "blank" in p.flags]
    outcome = [f"mean word confidence {sum(confs) / len(confs):.1f}" if confs else None,
               f"blank pages: {page_ranges(blank)}" if blank else None, outcome_extra or None]
    return event(doc_id, "transcription", detail, outcome_detail="; ".join(o for o in outcome if o) or None,
                 agents=who)


def ingest_events(doc_id: str, sha256: str, media_type: str, pages: list[Page], path: str, batch_id: str,
                  ocr: OcrSettings | None) -> list[dict]:
    """A new document's first events, recorded with its catalog rows in one transaction."""
    name = PurePath(path).name
    return [
        event(doc_id, "ingestion", f"{name} ingested in batch {batch_id}; original kept byte for byte",
              outcome_detail=path, agents=[agents.metp()]),
        event(doc_id, "message digest calculation", "SHA-256 of the original", outcome_detail=sha256,
              agents=[agents.software("Python hashlib", None), agents.metp()]),
        event(doc_id, "format identification", "identified by its content (magic bytes), not its name",
              outcome_detail=media_type, agents=[agents.metp()]),
        reading_event(doc_id, pages, ocr),
    ]


def layout_pages(doc_id: str, pages: list[Page]) -> list[LayoutPage]:
    return [LayoutPage.of(doc_id, page) for page in pages]


def provenance_of(sha256: str | None, original_name: str | None, reading: dict | None,
                  ocr: OcrSettings | None = None, stored: bool = True) -> Callable[[LayoutPage], Provenance]:
    """Each page's provenance from its document's reading event (`stored=False`: image names as exports
    write them, `page-NNNN.png` beside the ALTO file)."""
    lang = ocr.lang if ocr else None
    psm = ocr.psm if ocr else None
    if reading is not None and ocr is None:
        found = _SETTINGS.search(reading.get("detail") or "")
        if found:
            lang, psm = found["lang"], int(found["psm"])

    def provenance(page: LayoutPage) -> Provenance:
        return Provenance(sha256=sha256, original_name=original_name, image_name=image_name(page.page_no, stored),
                          processed_at=reading["at"] if reading else None, lang=lang, psm=psm,
                          software=tuple(reading["agents"]) if reading else ())

    return provenance


def last_reading(events: list[dict]) -> dict | None:
    """The latest `transcription` event (ingest or re-OCR) among a document's events."""
    readings = [e for e in events if e["type"] == "transcription"]
    return readings[-1] if readings else None


def stored_layout(repository, doc_id: str, stored: bool = False) -> tuple[list[LayoutPage], Callable[[LayoutPage], Provenance]]:
    """A catalogued document's pages as ALTO/hOCR see them (the catalog's reading details, the stored word
    boxes), with each page's provenance from the document's latest reading event."""
    doc = repository.catalog.resolve(doc_id)
    doc_id = doc["doc_id"]
    pages = [LayoutPage(doc_id, row["page_no"], row["method"], row["width"], row["height"], row["dpi"],
                        row["confidence"], json.loads(row["preprocessing"]) if row["preprocessing"] else None,
                        repository.derivatives.read_words(doc_id, row["page_no"]))
             for row in repository.catalog.pages(doc_id)]
    sources = repository.catalog.sources(doc_id)
    name = PurePath(sources[0]["path"]).name if sources else doc_id
    return pages, provenance_of(doc["sha256"], name, last_reading(repository.catalog.events(doc_id)), stored=stored)


def page_image(repository, doc_id: str, page_no: int, ocr: OcrSettings, password: str | None = None):
    """The page image its word boxes belong to (a `ViewImage`; cached in the derivatives, see viewimage.py)."""
    from metp.archive.viewimage import view_image

    doc = repository.catalog.resolve(doc_id)
    view = repository.page(doc["doc_id"], page_no)
    derivatives = repository.derivatives
    return view_image(derivatives.dir_for(doc["doc_id"]), derivatives.words_path(doc["doc_id"], page_no),
                      repository.original(doc), doc["kind"], view, ocr, password)
