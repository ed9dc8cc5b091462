"""ALTO 4.4, one file per page, written from metp's own word boxes (never from tesseract's ALTO output).

Why metp writes it itself: tesseract 5.3 writes ALTO v3 only, has nothing for born-digital text-layer
pages, and its ALTO is invalid for multi-page TIFFs.  metp keeps every word's box, confidence and
tesseract's block, paragraph and line numbers (`Word.block`, `Word.par`, `Word.line`), which is all
ALTO needs:

    Layout/Page/PrintSpace
      ComposedBlock   one per tesseract block (text-layer pages: runs of lines split at wide gaps)
        TextBlock     one per paragraph
          TextLine    one per line
            String    one per word, in the order `metp show --page N --json` counts them (`words`),
                      CONTENT, HPOS/VPOS/WIDTH/HEIGHT, WC = tesseract's confidence / 100
            SP        between words

Coordinates and the image they belong to (`sourceImageInformation/fileName`):
- OCRed pages: pixels of the page *as tesseract read it*: the preprocessed image (turned upright,
  deskewed, maybe enlarged; see `Processing ID="preprocessing"` for the steps), not the original scan.
  metp rebuilds that image deterministically from the original; it is the archive's
  `derivatives/<doc>/page-NNNN.view.png` (made on first view) and the `page-NNNN.png` written beside
  each ALTO file by `metp export --format alto`.  The boxes are not mapped back to the scan: after a
  deskew they would no longer be rectangles.
- Text-layer pages: 1/1200 inch (`inch1200`) on the PDF page itself (pdfplumber measures in points);
  `fileName` names the original PDF.  The export writes a page image too (rendered at 144 dpi), for
  tools that want pixels: scale by 144/1200.

`WC` is absent for words without a confidence (text-layer words are exact, not recognised).
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from lxml import etree

from metp.archive import agents
from metp.archive.escaping import xml_safe
from metp.pipeline.model import Page, PageMethod, Word

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
ALTO_SCHEMA_URL = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
INCH1200_PER_POINT = 1200 / 72


@dataclass(frozen=True)
class LayoutPage:
    """What ALTO and hOCR need of one page (from a pipeline `Page` at ingest, or from the catalog)."""

    doc_id: str
    page_no: int
    method: str
    width: int | None
    height: int | None
    dpi: int | None
    confidence: float | None
    preprocessing: Mapping | None
    words: tuple[Word, ...]

    @classmethod
    def of(cls, doc_id: str, page: Page) -> "LayoutPage":
        return cls(doc_id, page.page_no, page.method.value, page.width, page.height, page.dpi, page.confidence,
                   asdict(page.preprocessing) if page.preprocessing else None, page.words)

    @property
    def has_layout(self) -> bool:
        """Plain-text pages have no image and no boxes: no ALTO, no hOCR."""
        return self.method != PageMethod.plain_text.value

    @property
    def in_points(self) -> bool:
        return self.method == PageMethod.text_layer.value


@dataclass(frozen=True)
class Provenance:
    """Where a page's words came from: named in ALTO's Description and hOCR's head."""

    sha256: str | None = None          # of the original
    original_name: str | None = None   # the original's file name (text-layer pages: the image of the boxes)
    image_name: str | None = None      # the preprocessed page image the boxes of an OCRed page belong to
    processed_at: str | None = None    # when the words were made (ISO 8601)
    lang: str | None = None            # tesseract's languages for this reading
    psm: int | None = None
    software: tuple[dict, ...] = ()    # agents (see agents.py) that made the words


def image_name(page_no: int, stored: bool = True) -> str:
    """The page image the boxes belong to: its name in the archive's derivatives, or in an export."""
    return f"page-{page_no:04d}.view.png" if stored else f"page-{page_no:04d}.png"


# structure ---------------------------------------------------------------------------------------------
Line = list[Word]
Paragraph = list[Line]
Block = list[Paragraph]


def structure(words: Iterable[Word]) -> list[Block]:
    """Blocks of paragraphs of lines of words, in reading order.  OCRed pages keep tesseract's own block
    and paragraph numbers; pages without them (text layer, or words stored before metp kept them) get
    paragraphs from the gaps between lines, each paragraph its own block."""
    words = list(words)
    if not words:
        return []
    if any(w.block for w in words):
        blocks: list[Block] = []
        last_block = last_par = last_line = None
        for w in words:
            if w.block != last_block:
                blocks.append([])
                last_par = None
            if w.par != last_par or w.block != last_block:
                blocks[-1].append([])
                last_line = None
            if w.line != last_line or not blocks[-1][-1]:
                blocks[-1][-1].append([])
            blocks[-1][-1][-1].append(w)
            last_block, last_par, last_line = w.block, w.par, w.line
        return blocks
    return [[paragraph] for paragraph in _paragraphs(_lines(words))]


def _lines(words: list[Word]) -> list[Line]:
    lines: list[Line] = []
    last = None
    for w in words:
        if w.line != last or not lines:
            lines.append([])
        lines[-1].append(w)
        last = w.line
    return lines


def _paragraphs(lines: list[Line]) -> list[Paragraph]:
    """A gap between two lines wider than 3/4 of the usual line height starts a new paragraph."""
    heights = [max(w.top + w.height for w in line) - min(w.top for w in line) for line in lines]
    usual = statistics.median(heights) if heights else 0
    paragraphs: list[Paragraph] = []
    previous_bottom = None
    for line in lines:
        top = min(w.top for w in line)
        if previous_bottom is None or top - previous_bottom > 0.75 * usual:
            paragraphs.append([])
        paragraphs[-1].append(line)
        previous_bottom = max(w.top + w.height for w in line)
    return paragraphs


def bbox(words: Iterable[Word]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) around the words."""
    words = list(words)
    return (min(w.left for w in words), min(w.top for w in words),
            max(w.left + w.width for w in words), max(w.top + w.height for w in words))


def _flatten(group) -> list[Word]:
    if isinstance(group, Word):
        return [group]
    return [w for item in group for w in _flatten(item)]


# ALTO --------------------------------------------------------------------------------------------------
def _e(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ALTO_NS}}}{tag}", {k: str(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = xml_safe(text)
    return el


def _software(parent, agent: dict) -> None:
    sw = _e(parent, "processingSoftware")
    _e(sw, "softwareName", agent["name"])
    _e(sw, "softwareVersion", agent.get("version") or "unknown")


def page_alto(page: LayoutPage, source: Provenance) -> bytes:
    """The page as an ALTO 4.4 document (UTF-8 bytes with an XML declaration)."""
    scale = INCH1200_PER_POINT if page.in_points else 1.0

    def xywh(words) -> dict:
        left, top, right, bottom = bbox(words)
        return {"HPOS": round(left * scale), "VPOS": round(top * scale), "WIDTH": round((right - left) * scale),
                "HEIGHT": round((bottom - top) * scale)}

    root = etree.Element(f"{{{ALTO_NS}}}alto", nsmap={None: ALTO_NS, "xlink": XLINK_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{ALTO_NS} {ALTO_SCHEMA_URL}")
    root.set("SCHEMAVERSION", "4.4")
    description = _e(root, "Description")
    _e(description, "MeasurementUnit", "inch1200" if page.in_points else "pixel")
    info = _e(description, "sourceImageInformation")
    if page.in_points:
        _e(info, "fileName", source.original_name or page.doc_id)
    else:
        _e(info, "fileName", source.image_name or image_name(page.page_no))
    if source.sha256:
        _e(info, "fileIdentifier", f"sha256:{source.sha256}",
           fileIdentifierLocation="the original file these coordinates were derived from")
    _e(info, "documentIdentifier", page.doc_id, documentIdentifierLocation="metp document id")
    refs = _processing(description, page, source)
    layout = _e(root, "Layout")
    attrs = {"ID": f"page_{page.page_no}", "PHYSICAL_IMG_NR": page.page_no, "PROCESSINGREFS": " ".join(refs)}
    if page.width and page.height:
        attrs.update(WIDTH=round(page.width * scale), HEIGHT=round(page.height * scale))
    if page.confidence is not None:
        attrs["PC"] = f"{max(0.0, min(100.0, page.confidence)) / 100:.4f}"
    page_el = _e(layout, "Page", **attrs)
    blocks = structure(page.words)
    space_attrs = {"ID": "printspace"}
    if page.width and page.height:
        space_attrs.update(HPOS=0, VPOS=0, WIDTH=round(page.width * scale), HEIGHT=round(page.height * scale))
    space = _e(page_el, "PrintSpace", **space_attrs)
    n_line = n_word = 0
    for b, block in enumerate(blocks, 1):
        composed = _e(space, "ComposedBlock", ID=f"block_{b}", **xywh(_flatten(block)))
        for p, paragraph in enumerate(block, 1):
            text_block = _e(composed, "TextBlock", ID=f"par_{b}_{p}", **xywh(_flatten(paragraph)))
            for line in paragraph:
                n_line += 1
                line_el = _e(text_block, "TextLine", ID=f"line_{n_line}", **xywh(line))
                for i, word in enumerate(line):
                    if i:
                        gap_left = line[i - 1].left + line[i - 1].width
                        _e(line_el, "SP", HPOS=round(gap_left * scale), VPOS=round(word.top * scale),
                           WIDTH=max(0, round((word.left - gap_left) * scale)))
                    n_word += 1
                    string_attrs = {"ID": f"string_{n_word}", "CONTENT": xml_safe(word.text), **xywh([word])}
                    if word.conf is not None:
                        string_attrs["WC"] = f"{max(0.0, min(100.0, word.conf)) / 100:.4f}"
                    _e(line_el, "String", **string_attrs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _processing(description, page: LayoutPage, source: Provenance) -> list[str]:
    """Processing steps: preprocessing (OCR pages), the reading itself, and metp writing the ALTO."""
    refs = []
    software = {a["name"]: a for a in source.software}
    steps = tuple((page.preprocessing or {}).get("steps") or ())
    if page.method == PageMethod.ocr.value and page.preprocessing is not None:
        pre = _e(description, "Processing", ID="preprocessing")
        _e(pre, "processingCategory", "preOperation")
        done = "; ".join(steps) if steps else "nothing needed changing"
        rotation = page.preprocessing.get("rotation", 0)
        _e(pre, "processingStepDescription",
           f"page image prepared for OCR by metp: {done} (turned {rotation} degrees clockwise in all; source "
           f"dpi {page.preprocessing.get('source_dpi') or 'unknown'}, working dpi "
           f"{page.preprocessing.get('working_dpi')}). The coordinates in this file are pixels of that "
           "prepared image, not of the original scan.")
        _software(pre, agents.metp())
        refs.append("preprocessing")
    read = _e(description, "Processing", ID="reading")
    _e(read, "processingCategory", "contentGeneration")
    if source.processed_at:
        _e(read, "processingDateTime", source.processed_at)
    if page.method == PageMethod.ocr.value:
        _e(read, "processingStepDescription",
           "OCR with tesseract: words, boxes and confidences (WC) from one TSV run; blocks, paragraphs and "
           "lines as tesseract numbered them")
        settings = [f"lang={source.lang}" if source.lang else None, f"psm={source.psm}" if source.psm else None,
                    f"dpi={page.dpi}" if page.dpi else None]
        if any(settings):
            _e(read, "processingStepSettings", " ".join(s for s in settings if s))
        _software(read, software.get("tesseract") or agents.tesseract())
    else:
        _e(read, "processingStepDescription",
           "born-digital text layer read with pdfplumber: words and boxes in PDF points (1/72 inch), written "
           "here in 1/1200 inch; blocks and paragraphs from the gaps between lines")
        _software(read, software.get("pdfplumber") or agents.pdfplumber())
    refs.append("reading")
    write = _e(description, "Processing", ID="alto")
    _e(write, "processingCategory", "other")
    _e(write, "processingStepDescription", "ALTO written by metp from the words, boxes and confidences it "
                                          "keeps for the page (one String per word)")
    _software(write, agents.metp())
    refs.append("alto")
    return refs


# validation --------------------------------------------------------------------------------------------
class _LocalSchemas(etree.Resolver):
    """The schemas' imports (xlink) answered from the copies kept in the package: nothing is fetched."""

    LOCAL = {
        "http://www.loc.gov/standards/xlink/xlink.xsd": "xlink.xsd",
        "http://www.loc.gov/standards/mets/version1121/mets.xsd": "mets.xsd",
        "http://www.loc.gov/standards/mets/mets.xsd": "mets.xsd",
        "http://www.loc.gov/standards/premis/v3/premis.xsd": "premis.xsd",
        ALTO_SCHEMA_URL: "alto-4-4.xsd",
    }

    def resolve(self, url, pubid, context):
        name = self.LOCAL.get(url) or (Path(url).name if Path(url).name in self.LOCAL.values() else None)
        if name is None:
            raise OSError(f"schema {url} is not kept in {SCHEMA_DIR}; metp validates offline only")
        return self.resolve_filename(str(SCHEMA_DIR / name), context)


def schema_parser() -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_LocalSchemas())
    return parser


@functools.lru_cache(maxsize=None)
def load_schema(name: str) -> etree.XMLSchema:
    """A schema kept in metp/archive/schemas/, with its imports resolved there."""
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / name), schema_parser()))


def validation_errors(document: bytes | etree._ElementTree, schema: etree.XMLSchema) -> list[str]:
    tree = document if isinstance(document, etree._ElementTree) else etree.ElementTree(
        etree.fromstring(document, etree.XMLParser(no_network=True, resolve_entities=False)))
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def alto_errors(document: bytes) -> list[str]:
    """What makes an ALTO document invalid against ALTO 4.4 (nothing when it is valid)."""
    return validation_errors(document, load_schema("alto-4-4.xsd"))


# export ------------------------------------------------------------------------------------------------
def export_alto(repository, dest: Path, ocr, warnings: list[str]) -> dict:
    """`metp export --format alto DEST`: for every page with a layout, `DEST/<doc_id>/page-NNNN.alto.xml`
    (validated against ALTO 4.4 before it is written) and `page-NNNN.png`, the image its coordinates
    belong to.  `dest` is an empty staging folder; a page image that cannot be made (an encrypted PDF, a
    missing original) is a warning, the ALTO is written all the same."""
    from metp.archive.files import atomic_write
    from metp.archive.standards import page_image, stored_layout
    from metp.archive.viewimage import image_bytes
    from metp.errors import MetpError

    documents = pages_written = 0
    for doc in repository.catalog.documents():
        layout, provenance = stored_layout(repository, doc["doc_id"], stored=False)
        layout = [p for p in layout if p.has_layout]
        if not layout:
            continue
        folder = dest / doc["doc_id"]
        folder.mkdir()
        for page in layout:
            data = page_alto(page, provenance(page))
            problems = alto_errors(data)
            if problems:  # a metp bug: never hand out an invalid file
                raise RuntimeError(f"ALTO of {page.doc_id} page {page.page_no} is invalid: {problems[0]}")
            atomic_write(folder / f"page-{page.page_no:04d}.alto.xml", data, sync_folder=False)
            try:
                image = page_image(repository, page.doc_id, page.page_no, ocr)
                atomic_write(folder / image_name(page.page_no, stored=False), image_bytes(image), sync_folder=False)
            except MetpError as exc:
                warnings.append(f"{page.doc_id} page {page.page_no}: no page image ({exc})")
            pages_written += 1
        documents += 1
    return {"documents": documents, "pages": pages_written}
