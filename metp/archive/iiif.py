"""IIIF: Presentation API 3 manifests and a collection, Image API 3 level-0 static tiles, and the answers
of Content Search API 1 (which Mirador speaks) and 2, as plain JSON.

One URL layout under a base URL, for `metp export --format iiif DEST --base-url URL` (DEST is what is
served at URL) and for `metp serve` (base `/iiif` on the server):

    BASE/collection.json                  every document with page images, as a Collection
    BASE/DOC/manifest.json                one Manifest per document
    BASE/DOC/canvas/pN                    canvas ids (not files)
    BASE/DOC/pN/info.json                 the page image's Image API 3 service (level 0)
    BASE/DOC/pN/full/max/0/default.jpg    the page image; tiles: BASE/DOC/pN/X,Y,W,H/W,H/0/default.jpg
    BASE/DOC/page-NNNN.alto.xml           the page's ALTO (the canvas's `seeAlso`)
    BASE/DOC/DOC.pdf                      the searchable PDF (`rendering`), when the archive has one
    BASE/DOC/search?q=, BASE/DOC/search2?q=   Content Search 1 and 2 (`metp serve` only)

The page image is the one the word boxes were measured on (see alto.py): the preprocessed page for
OCRed pages, the PDF page rendered at 144 dpi for text-layer pages.  A canvas has the size of that
image, so ALTO and search hit boxes (word units times `scale`) land on their words.

Metadata comes from the document's Dublin Core record through the field registry (metp/fields.py):
every field with a Dublin Core element, labelled as the registry labels it.  `rights` takes `dc.rights`
when it is a Creative Commons or RightsStatements.org URI (as the Presentation API requires); any other
rights text becomes the `requiredStatement`.  The original file's path on the archivist's disk
(`dc.source`) is left out: a manifest is meant to be published.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

from PIL import Image

from metp.errors import UsageError
from metp.fields import field_named
from metp.pipeline.model import PageMethod

PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json"
IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json"
SEARCH_CONTEXT = "http://iiif.io/api/search/1/context.json"
SEARCH_PROFILE = "http://iiif.io/api/search/1/search"
SEARCH2_CONTEXT = "http://iiif.io/api/search/2/context.json"
TILE = 512
JPEG_QUALITY = 85
TEXT_LAYER_SCALE = 144 / 72  # text-layer word boxes are PDF points; their page image is rendered at 144 dpi
LEFT_OUT = {"dc.source"}     # absolute paths on the archivist's machine: not for publication
_RIGHTS_URI = re.compile(r"^http://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)\S*$")


def check_base_url(url: str | None) -> str:
    if not url:
        raise UsageError("--format iiif needs --base-url URL: where the exported folder will be served "
                         "(manifests name everything by absolute URL), e.g. https://archive.example.org/iiif")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise UsageError(f"--base-url {url!r} is not an http(s) URL without query or fragment, e.g. "
                         "https://archive.example.org/iiif")
    return url.rstrip("/")


@dataclass(frozen=True)
class Urls:
    base: str                       # no trailing slash
    search: bool = False            # a Content Search service is offered (metp serve)
    homepage: Callable[[str], str] | None = None  # the document's page in the web UI

    def collection(self) -> str:
        return f"{self.base}/collection.json"

    def manifest(self, doc_id: str) -> str:
        return f"{self.base}/{doc_id}/manifest.json"

    def canvas(self, doc_id: str, n: int) -> str:
        return f"{self.base}/{doc_id}/canvas/p{n}"

    def image_service(self, doc_id: str, n: int) -> str:
        return f"{self.base}/{doc_id}/p{n}"

    def alto(self, doc_id: str, n: int) -> str:
        return f"{self.base}/{doc_id}/page-{n:04d}.alto.xml"

    def pdf(self, doc_id: str) -> str:
        return f"{self.base}/{doc_id}/{doc_id}.pdf"

    def search_service(self, doc_id: str) -> str:
        return f"{self.base}/{doc_id}/search"

    def search2_service(self, doc_id: str) -> str:
        return f"{self.base}/{doc_id}/search2"


def canvas_scale(method: str) -> float:
    """Canvas pixels per word-box unit (the page image's pixels per unit)."""
    return TEXT_LAYER_SCALE if method == PageMethod.text_layer.value else 1.0


def canvas_size(page) -> tuple[int, int]:
    """A canvas's size from the catalog (no image needed): the page image's size in pixels."""
    scale = canvas_scale(page.method)
    return max(1, round((page.width or 1) * scale)), max(1, round((page.height or 1) * scale))


def _lang(record: dict) -> str:
    languages = record.get("dc.language") or []
    code = str(languages[0]).lower() if languages else ""
    return code if re.fullmatch(r"[a-z]{2,3}", code) else "none"


def _text(values, lang: str = "none") -> dict:
    return {lang: [str(v) for v in (values if isinstance(values, list) else [values])]}


def metadata_of(record: dict) -> tuple[list[dict], dict]:
    """The manifest's `metadata` (from the registry's Dublin Core fields) and its rights properties."""
    entries, rights = [], {}
    for name, values in record.items():
        field = field_named(name)
        if field is None or field.dc_element is None or name in LEFT_OUT or values in (None, [], ""):
            continue
        values = [field.dc_prefix + str(v) for v in (values if isinstance(values, list) else [values])]
        if name == "dc.rights":
            uris = [v for v in values if _RIGHTS_URI.match(v)]
            if uris:
                rights["rights"] = uris[0]
            others = [v for v in values if v not in uris]
            if others:
                rights["requiredStatement"] = {"label": {"en": ["Rights"]}, "value": _text(others)}
        entries.append({"label": {"en": [f"{field.label} (dc:{field.dc_element})"]}, "value": _text(values)})
    return entries, rights


def _nav_date(record: dict) -> str | None:
    value = (record.get("dc.date") or [None])[0]
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or ""))
    if not match:
        return None
    try:
        day = date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None
    return f"{day.isoformat()}T00:00:00Z"


@dataclass(frozen=True)
class CanvasImage:
    """A canvas's page image: its size in pixels (exactly, when rendered; else from the catalog)."""

    page: int
    width: int
    height: int
    method: str
    has_alto: bool = True


def manifest(urls: Urls, doc_id: str, record: dict, title: str, canvases: list[CanvasImage],
             searchable_pdf: bool) -> dict:
    lang = _lang(record)
    metadata, rights = metadata_of(record)
    out: dict = {
        "@context": PRESENTATION_CONTEXT,
        "id": urls.manifest(doc_id),
        "type": "Manifest",
        "label": _text(title, lang),
        "metadata": metadata,
        **({"summary": _text(record["dc.description"], lang)} if record.get("dc.description") else {}),
        **rights,
        "items": [_canvas(urls, doc_id, c) for c in canvases],
    }
    nav = _nav_date(record)
    if nav:
        out["navDate"] = nav
    if canvases:
        first = canvases[0]
        out["thumbnail"] = [_thumbnail(urls, doc_id, first)]
    if searchable_pdf:
        out["rendering"] = [{"id": urls.pdf(doc_id), "type": "Text", "format": "application/pdf",
                             "label": {"en": ["Searchable PDF (page images with their text)"]}}]
    if urls.homepage:
        out["homepage"] = [{"id": urls.homepage(doc_id), "type": "Text", "format": "text/html",
                            "label": {"en": ["This document in the archive"]}}]
    if urls.search:
        out["service"] = [{"@context": SEARCH_CONTEXT, "@id": urls.search_service(doc_id), "@type": "SearchService1",
                           "profile": SEARCH_PROFILE, "label": "Search within this document"},
                          {"id": urls.search2_service(doc_id), "type": "SearchService2"}]
    return out


def _service(urls: Urls, doc_id: str, n: int) -> list[dict]:
    return [{"id": urls.image_service(doc_id, n), "type": "ImageService3", "profile": "level0"}]


def _thumbnail(urls: Urls, doc_id: str, c: CanvasImage) -> dict:
    w, h = thumbnail_size(c.width, c.height)
    return {"id": f"{urls.image_service(doc_id, c.page)}/full/{w},{h}/0/default.jpg", "type": "Image",
            "format": "image/jpeg", "width": w, "height": h, "service": _service(urls, doc_id, c.page)}


def _canvas(urls: Urls, doc_id: str, c: CanvasImage) -> dict:
    canvas_id = urls.canvas(doc_id, c.page)
    body = {"id": f"{urls.image_service(doc_id, c.page)}/full/max/0/default.jpg", "type": "Image",
            "format": "image/jpeg", "width": c.width, "height": c.height, "service": _service(urls, doc_id, c.page)}
    out = {
        "id": canvas_id, "type": "Canvas", "label": {"none": [f"p. {c.page}"]}, "width": c.width, "height": c.height,
        "items": [{"id": f"{canvas_id}/page", "type": "AnnotationPage", "items": [
            {"id": f"{canvas_id}/image", "type": "Annotation", "motivation": "painting", "body": body,
             "target": canvas_id}]}],
    }
    if c.has_alto:
        out["seeAlso"] = [{"id": urls.alto(doc_id, c.page), "type": "Dataset", "format": "application/xml",
                           "profile": "http://www.loc.gov/standards/alto/ns-v4#",
                           "label": {"en": ["ALTO 4.4: the page's words with their boxes and confidences"]}}]
    return out


def collection(urls: Urls, entries: list[tuple[str, str]]) -> dict:
    """`entries`: (doc_id, title) of every document with a manifest."""
    return {"@context": PRESENTATION_CONTEXT, "id": urls.collection(), "type": "Collection",
            "label": {"en": ["metp archive"]},
            "items": [{"id": urls.manifest(doc_id), "type": "Manifest", "label": {"none": [title]}}
                      for doc_id, title in entries]}


# Image API 3, level 0 -----------------------------------------------------------------------------------
def scale_factors(width: int, height: int, tile: int = TILE) -> list[int]:
    """1, 2, 4, ... until the whole image fits in one tile."""
    factors = [1]
    while math.ceil(width / factors[-1]) > tile or math.ceil(height / factors[-1]) > tile:
        factors.append(factors[-1] * 2)
    return factors


def thumbnail_size(width: int, height: int) -> tuple[int, int]:
    sf = scale_factors(width, height)[-1]
    return math.ceil(width / sf), math.ceil(height / sf)


def info_json(service_id: str, width: int, height: int) -> dict:
    factors = scale_factors(width, height)
    return {"@context": IMAGE_CONTEXT, "id": service_id, "type": "ImageService3", "protocol": "http://iiif.io/api/image",
            "profile": "level0", "width": width, "height": height,
            "sizes": [{"width": math.ceil(width / sf), "height": math.ceil(height / sf)} for sf in reversed(factors[1:])],
            "tiles": [{"width": TILE, "height": TILE, "scaleFactors": factors}]}


@dataclass(frozen=True)
class ImageRequest:
    """One image request of a level-0 service, in the canonical Image API 3 form OpenSeadragon asks for."""

    region: str                          # "full" or "x,y,w,h" in full-size pixels
    size: str                            # "max" or "w,h"
    level: tuple[int, int]               # the size of the whole image at this request's scale
    crop: tuple[int, int, int, int]      # the part of that level image returned: x, y, w, h

    @property
    def path(self) -> str:
        return f"{self.region}/{self.size}/0/default.jpg"


def tile_requests(width: int, height: int, tile: int = TILE) -> list[ImageRequest]:
    """Every image request a level-0 client makes of this service: each tile of each scale factor (a level
    that fits in one tile is one `full` image), and the listed `sizes` as whole images."""
    requests: dict[tuple[str, str], ImageRequest] = {}
    factors = scale_factors(width, height, tile)
    for sf in factors:
        lw, lh = math.ceil(width / sf), math.ceil(height / sf)
        whole = ImageRequest("full", "max" if (lw, lh) == (width, height) else f"{lw},{lh}", (lw, lh), (0, 0, lw, lh))
        requests[(whole.region, whole.size)] = whole  # the sizes listed in info.json, and the full image
        if lw < tile and lh < tile:
            continue
        span = tile * sf
        for ty in range(math.ceil(lh / tile)):
            for tx in range(math.ceil(lw / tile)):
                x, y = tx * span, ty * span
                w, h = min(span, width - x), min(span, height - y)
                sw, sh = min(tile, lw - tx * tile), min(tile, lh - ty * tile)
                region = "full" if (x, y, w, h) == (0, 0, width, height) else f"{x},{y},{w},{h}"
                size = "max" if (sw, sh) == (width, height) else f"{sw},{sh}"
                requests[(region, size)] = ImageRequest(region, size, (lw, lh), (tx * tile, ty * tile, sw, sh))
    return list(requests.values())


def jpeg(image: Image.Image) -> bytes:
    import io

    out = io.BytesIO()
    (image if image.mode in ("L", "RGB") else image.convert("RGB")).save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def write_tiles(image: Image.Image, folder: Path, service_id: str) -> dict:
    """info.json and every level-0 image file under `folder` (the service's folder); returns info.json."""
    from metp.archive.files import atomic_write

    info = info_json(service_id, image.width, image.height)
    levels: dict[tuple[int, int], Image.Image] = {(image.width, image.height): image}
    for request in tile_requests(image.width, image.height):
        level = levels.get(request.level)
        if level is None:  # one resize per level; its tiles are cut from it
            level = levels[request.level] = image.resize(request.level, Image.Resampling.LANCZOS)
        x, y, w, h = request.crop
        target = folder / request.path
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, jpeg(level.crop((x, y, x + w, y + h))), sync_folder=False)
    atomic_write(folder / "info.json", json.dumps(info, indent=1), sync_folder=False)
    return info


_REGION = re.compile(r"^(full|(\d+),(\d+),(\d+),(\d+))$")
_SIZE = re.compile(r"^(max|(\d+),(\d+))$")


def render_request(image: Image.Image, region: str, size: str) -> bytes:
    """A level-0 request answered from the full page image (metp serve: tiles made on demand).  Only the
    forms info.json promises: region `full` or `x,y,w,h` inside the image, size `max` or `w,h` no larger
    than the region; anything else is a UsageError (400)."""
    r, s = _REGION.match(region), _SIZE.match(size)
    if not r or not s:
        raise UsageError(f"this level-0 image service answers region full or x,y,w,h and size max or w,h, "
                         f"not {region}/{size}")
    if r[1] == "full":
        x, y, w, h = 0, 0, image.width, image.height
    else:
        x, y, w, h = (int(v) for v in r.groups()[1:])
        if w <= 0 or h <= 0 or x >= image.width or y >= image.height:
            raise UsageError(f"region {region} is outside the {image.width}x{image.height} image")
        w, h = min(w, image.width - x), min(h, image.height - y)
    sw, sh = (w, h) if s[1] == "max" else (int(s[2]), int(s[3]))
    if not (0 < sw <= w and 0 < sh <= h):
        raise UsageError(f"size {size} is not within the {w}x{h} region (this service does not enlarge)")
    part = image.crop((x, y, x + w, y + h))
    if (sw, sh) != (w, h):
        part = part.resize((sw, sh), Image.Resampling.LANCZOS)
    return jpeg(part)


# Content Search 1 --------------------------------------------------------------------------------------
def search_response(urls: Urls, doc_id: str, query: str, pages: list[tuple[int, str, list]]) -> dict:
    """`pages`: (page number, method, boxes) of each page with hits; boxes have left/top/width/height/word
    in word-box units.  One annotation per word matched, on its canvas region."""
    resources, hits = [], []
    for page_no, method, boxes in pages:
        scale = canvas_scale(method)
        for i, box in enumerate(boxes, 1):
            anno_id = f"{urls.search_service(doc_id)}/anno/p{page_no}-{i}?q={quote(query)}"
            xywh = ",".join(str(round(v * scale)) for v in (box.left, box.top, box.width, box.height))
            resources.append({"@id": anno_id, "@type": "oa:Annotation", "motivation": "sc:painting",
                              "resource": {"@type": "cnt:ContentAsText", "chars": box.word},
                              "on": f"{urls.canvas(doc_id, page_no)}#xywh={xywh}"})
            hits.append({"@type": "search:Hit", "annotations": [anno_id], "match": box.word})
    return {"@context": SEARCH_CONTEXT, "@id": f"{urls.search_service(doc_id)}?q={quote(query)}",
            "@type": "sc:AnnotationList", "within": {"@type": "sc:Layer", "total": len(resources)},
            "resources": resources, "hits": hits}


def search2_response(urls: Urls, doc_id: str, query: str, pages: list[tuple[int, str, list]]) -> dict:
    """The same hits as Content Search 2: an AnnotationPage of `highlighting` annotations."""
    items = []
    for page_no, method, boxes in pages:
        scale = canvas_scale(method)
        for i, box in enumerate(boxes, 1):
            xywh = ",".join(str(round(v * scale)) for v in (box.left, box.top, box.width, box.height))
            items.append({"id": f"{urls.search2_service(doc_id)}/anno/p{page_no}-{i}?q={quote(query)}",
                          "type": "Annotation", "motivation": "highlighting",
                          "body": {"type": "TextualBody", "value": box.word, "format": "text/plain"},
                          "target": f"{urls.canvas(doc_id, page_no)}#xywh={xywh}"})
    return {"@context": SEARCH2_CONTEXT, "id": f"{urls.search2_service(doc_id)}?q={quote(query)}",
            "type": "AnnotationPage", "items": items}


# validation ----------------------------------------------------------------------------------------------
def presentation_errors(document: dict) -> list[str]:
    """What makes a manifest or collection invalid against IIIF's Presentation 3 JSON schema (kept in
    metp/archive/schemas/iiif_3_0.json, from IIIF's presentation-validator)."""
    validator = _validator()
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}" for e in errors]


@functools.lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads((Path(__file__).resolve().parent / "schemas" / "iiif_3_0.json").read_text("utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


# export --------------------------------------------------------------------------------------------------
def export_iiif(repository, dest: Path, base_url: str, ocr, warnings: list[str]) -> dict:
    """The static IIIF site: manifests, tiles, ALTO, searchable PDFs where the archive has them, the
    collection, and a small viewer (`index.html`, OpenSeadragon vendored) that opens any manifest of it."""
    from metp.archive.alto import alto_errors, page_alto
    from metp.archive.files import atomic_write
    from metp.archive.standards import page_image, stored_layout
    from metp.archive.viewimage import image_bytes
    from metp.errors import MetpError

    import io

    urls = Urls(base_url)
    entries, pages_written = [], 0
    for doc in repository.catalog.documents():
        doc_id = doc["doc_id"]
        layout, provenance = stored_layout(repository, doc_id, stored=False)
        layout = [p for p in layout if p.has_layout]
        if not layout:
            warnings.append(f"{doc_id}: plain text, no page images: no manifest")
            continue
        folder = dest / doc_id
        folder.mkdir()
        canvases = []
        for page in layout:
            try:
                image = page_image(repository, doc_id, page.page_no, ocr)
            except MetpError as exc:
                warnings.append(f"{doc_id} page {page.page_no}: no page image ({exc}); left out of the manifest")
                continue
            with Image.open(io.BytesIO(image_bytes(image))) as picture:
                picture.load()
                write_tiles(picture, folder / f"p{page.page_no}", urls.image_service(doc_id, page.page_no))
                canvases.append(CanvasImage(page.page_no, picture.width, picture.height, page.method))
            data = page_alto(page, provenance(page))
            problems = alto_errors(data)
            if problems:
                raise RuntimeError(f"ALTO of {doc_id} page {page.page_no} is invalid: {problems[0]}")
            atomic_write(folder / f"page-{page.page_no:04d}.alto.xml", data, sync_folder=False)
            pages_written += 1
        if not canvases:
            continue
        pdf = _searchable_pdf(repository, doc, folder / f"{doc_id}.pdf", ocr, warnings)
        record = repository.record(doc_id)
        document = manifest(urls, doc_id, record, doc["title"], canvases, pdf)
        _write_valid(folder / "manifest.json", document)
        entries.append((doc_id, doc["title"]))
    _write_valid(dest / "collection.json", collection(urls, entries))
    _write_viewer(dest)
    return {"documents": len(entries), "pages": pages_written, "collection": urls.collection()}


def _write_valid(path: Path, document: dict) -> None:
    from metp.archive.files import atomic_write

    problems = presentation_errors(document)
    if problems:  # a metp bug: never hand out an invalid manifest
        raise RuntimeError(f"{path.name} is not valid IIIF Presentation 3: {problems[0]}")
    atomic_write(path, json.dumps(document, indent=1, ensure_ascii=False), sync_folder=False)


def has_searchable_pdf(repository, doc) -> bool:
    """The archive holds a searchable PDF of the document: every page is born digital, or every OCRed page
    kept its one-page PDF (`ingest --pdf`, or made by `metp export-pdf` before)."""
    if doc["kind"] == "text":
        return False
    pages = repository.catalog.pages(doc["doc_id"])
    return all(p["method"] == PageMethod.text_layer.value
               or (p["method"] == PageMethod.ocr.value and repository.derivatives.pdf_path(doc["doc_id"], p["page_no"]).exists())
               for p in pages)


def _searchable_pdf(repository, doc, dest: Path, ocr, warnings: list[str]) -> bool:
    from metp.archive.searchable import export_searchable_pdf
    from metp.errors import MetpError
    from metp.settings import Settings

    if not has_searchable_pdf(repository, doc):
        return False
    try:
        export_searchable_pdf(repository, Settings(archive_dir=repository.root, ocr=ocr, workers=1), doc, dest)
    except MetpError as exc:
        warnings.append(f"{doc['doc_id']}: no searchable PDF ({exc})")
        return False
    return True


VIEWER_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>metp archive: IIIF viewer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="viewer/viewer.css">
<script src="viewer/openseadragon.min.js" defer></script>
<script src="viewer/viewer.js" defer></script>
</head>
<body>
<header><h1 id="title">metp archive</h1><p id="status" role="status">Loading the collection...</p></header>
<main>
<nav aria-label="Documents"><ul id="documents"></ul></nav>
<div id="viewer" aria-label="Page images"></div>
</main>
<footer>IIIF Presentation 3 manifests with level-0 image tiles, written by metp; viewer: OpenSeadragon
(BSD-3-Clause, see viewer/openseadragon.LICENSE). Any IIIF viewer can open <a href="collection.json">collection.json</a>.</footer>
</body>
</html>
"""

VIEWER_CSS = """body { font-family: sans-serif; margin: 0; color: #1a1a1a; }
header, footer { padding: 0.5rem 1rem; background: #f2f2f2; }
main { display: flex; min-height: 80vh; }
nav { width: 18rem; overflow: auto; border-right: 1px solid #ccc; }
nav a { display: block; padding: 0.4rem 1rem; color: #0645ad; }
nav a[aria-current] { font-weight: bold; }
#viewer { flex: 1; height: 80vh; background: #333; }
"""

VIEWER_JS = """// The IIIF viewer of a metp export: the collection's manifests on the left, the chosen one's pages in
// OpenSeadragon (one tile source per canvas, from its image service's info.json).
(function () {
  "use strict";
  var status = document.getElementById("status");
  var list = document.getElementById("documents");
  var viewer = null;

  function label(value) {
    if (!value) { return ""; }
    var keys = Object.keys(value);
    return keys.length ? value[keys[0]].join(" ") : "";
  }

  function show(manifestUrl) {
    status.textContent = "Loading " + manifestUrl;
    fetch(manifestUrl).then(function (r) {
      if (!r.ok) { throw new Error(r.status + " " + manifestUrl); }
      return r.json();
    }).then(function (manifest) {
      var sources = manifest.items.map(function (canvas) {
        return canvas.items[0].items[0].body.service[0].id + "/info.json";
      });
      document.getElementById("title").textContent = label(manifest.label);
      Array.prototype.forEach.call(list.querySelectorAll("a"), function (a) {
        if (a.dataset.manifest === manifestUrl) { a.setAttribute("aria-current", "page"); }
        else { a.removeAttribute("aria-current"); }
      });
      if (viewer) { viewer.destroy(); }
      viewer = OpenSeadragon({id: "viewer", prefixUrl: "viewer/images/", tileSources: sources,
                              sequenceMode: sources.length > 1, showNavigator: false});
      viewer.addHandler("open", function () {
        status.textContent = label(manifest.label) + ": " + sources.length + " page(s)";
        document.body.dataset.opened = manifestUrl;
      });
      viewer.addHandler("open-failed", function (e) { status.textContent = "Could not open: " + e.message; });
    }).catch(function (e) { status.textContent = "Could not load: " + e.message; });
  }

  fetch("collection.json").then(function (r) { return r.json(); }).then(function (collection) {
    collection.items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "?manifest=" + encodeURIComponent(item.id);
      a.dataset.manifest = item.id;
      a.textContent = label(item.label);
      li.appendChild(a);
      list.appendChild(li);
    });
    var wanted = new URLSearchParams(window.location.search).get("manifest");
    if (wanted) { show(wanted); }
    else if (collection.items.length) { show(collection.items[0].id); }
    else { status.textContent = "The collection is empty."; }
  }).catch(function (e) { status.textContent = "Could not load the collection: " + e.message; });
}());
"""


def _write_viewer(dest: Path) -> None:
    """index.html and its files: open DEST/index.html through the web server that serves DEST."""
    import shutil

    from metp.archive.files import atomic_write

    vendor = Path(__file__).resolve().parents[1] / "web" / "static" / "vendor"
    folder = dest / "viewer"
    folder.mkdir()
    shutil.copyfile(vendor / "openseadragon.min.js", folder / "openseadragon.min.js")
    shutil.copyfile(vendor / "openseadragon.LICENSE", folder / "openseadragon.LICENSE")
    shutil.copytree(vendor / "openseadragon" / "images", folder / "images")
    atomic_write(folder / "viewer.js", VIEWER_JS, sync_folder=False)
    atomic_write(folder / "viewer.css", VIEWER_CSS, sync_folder=False)
    atomic_write(dest / "index.html", VIEWER_HTML, sync_folder=False)
