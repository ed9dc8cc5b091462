"""IIIF in `metp serve`: the same manifests and collection as `metp export --format iiif`, page images as a
level-0 Image API 3 service (tiles cut on request from the cached page image), each page's ALTO, and
IIIF Content Search 1 (the version Mirador speaks) and 2, with the hit boxes of search itself.

    GET /iiif/collection.json                 GET /iiif/DOC/manifest.json
    GET /iiif/DOC/pN/info.json                GET /iiif/DOC/pN/REGION/SIZE/0/default.jpg
    GET /iiif/DOC/page-NNNN.alto.xml          GET /iiif/DOC/DOC.pdf (when the archive has a searchable PDF)
    GET /iiif/DOC/search?q=                   (Content Search 1: an sc:AnnotationList)
    GET /iiif/DOC/search2?q=                  (Content Search 2: an AnnotationPage)

With `--public` these answer any origin (`Access-Control-Allow-Origin: *`), so a viewer on another site
can open them, and restricted documents are absent as everywhere else.  Without `--public` (staff, on
this machine) they are same-origin only, like every other page, so a website visited meanwhile cannot
read the archive through the browser.
"""

from __future__ import annotations

import functools
import io
import json
import tempfile
from pathlib import Path

from PIL import Image
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from metp.archive.iiif import Urls, collection, info_json, render_request, search2_response, search_response
from metp.archive.viewimage import image_bytes
from metp.errors import NotFoundError, UsageError
from metp.web.app import web_of
from metp.web.pages import DOC_ID, MAX_QUERY

JSON_LD = 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"'


def _urls(request: Request) -> Urls:
    root = str(request.base_url).rstrip("/")
    return Urls(f"{root}/iiif", search=True, homepage=lambda doc_id: f"{root}/doc/{doc_id}")


def _headers(request: Request, cache: str = "no-store") -> dict:
    headers = {"Cache-Control": cache}
    if web_of(request).public:
        headers.update({"Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin"})
    return headers


def _json(request: Request, data: dict, media_type: str = "application/json") -> Response:
    wants_ld = "application/ld+json" in request.headers.get("accept", "")
    return Response(json.dumps(data, ensure_ascii=False), media_type=JSON_LD if wants_ld else media_type,
                    headers=_headers(request))


def _doc(request: Request) -> str:
    doc_id = request.path_params["doc_id"].lower()
    if not DOC_ID.match(doc_id):
        raise NotFoundError(f"no document {doc_id[:80]!r} in the archive")
    return doc_id


def _page(request: Request) -> int:
    n = request.path_params["n"]
    if not 1 <= n <= 1_000_000:
        raise NotFoundError(f"no page {n}")
    return n


def _not_found_for_text(fn):
    """A plain-text page has no image: 404 rather than 400."""
    @functools.wraps(fn)
    def wrapper(request: Request) -> Response:
        try:
            return fn(request)
        except UsageError as exc:
            if "plain text" in str(exc):
                raise NotFoundError(str(exc)) from exc
            raise
    return wrapper


def collection_json(request: Request) -> Response:
    entries = web_of(request).archive(lambda a: a.iiif_documents())
    return _json(request, collection(_urls(request), entries))


def manifest_json(request: Request) -> Response:
    doc_id, urls = _doc(request), _urls(request)
    return _json(request, web_of(request).archive(lambda a: a.iiif_manifest(doc_id, urls)))


@_not_found_for_text
def info(request: Request) -> Response:
    doc_id, n = _doc(request), _page(request)
    image = web_of(request).images.call(lambda a: a.view_image(doc_id, n))
    return _json(request, info_json(_urls(request).image_service(image.doc_id, n), image.width, image.height))


@functools.lru_cache(maxsize=8)
def _decoded(path: str, size: int, mtime: int) -> Image.Image:
    """A page image decoded once for all its tiles (a few pages kept; keyed by file, size and time)."""
    with Image.open(path) as picture:
        picture.load()
        return picture.copy()


@_not_found_for_text
def image(request: Request) -> Response:
    doc_id, n = _doc(request), _page(request)
    region, size = request.path_params["region"], request.path_params["size"]
    if request.path_params["rotation"] != "0" or request.path_params["quality"] != "default.jpg":
        raise UsageError("this level-0 image service answers rotation 0 and default.jpg only")

    def draw(archive) -> bytes:
        view = archive.view_image(doc_id, n)
        if view.path:
            stat = Path(view.path).stat()
            picture = _decoded(view.path, stat.st_size, stat.st_mtime_ns)
        else:
            picture = Image.open(io.BytesIO(image_bytes(view)))
        return render_request(picture, region, size)

    data = web_of(request).images.call(draw)
    return Response(data, media_type="image/jpeg", headers=_headers(request, "private, max-age=600"))


def alto(request: Request) -> Response:
    doc_id, n = _doc(request), _page(request)
    data = web_of(request).archive(lambda a: a.alto(doc_id, n))
    return Response(data, media_type="application/xml", headers=_headers(request))


def pdf(request: Request) -> Response:
    doc_id = _doc(request)
    if request.path_params["name"].lower() != doc_id:
        raise NotFoundError("no such file")

    def make(archive) -> bytes:
        if not archive.searchable_pdf_kept(doc_id):
            raise NotFoundError(f"{doc_id} has no searchable PDF kept (make one with `metp export-pdf`)")
        with tempfile.TemporaryDirectory(prefix="metp-iiif-") as tmp:
            return archive.export_pdf(doc_id, Path(tmp) / "out.pdf").read_bytes()

    data = web_of(request).images.call(make)
    return Response(data, media_type="application/pdf", headers=_headers(request, "private, max-age=600"))


def search(request: Request) -> Response:
    doc_id = _doc(request)
    query = (request.query_params.get("q") or "").strip()
    if len(query) > MAX_QUERY:
        raise UsageError(f"the query is {len(query)} characters long; the archive takes at most {MAX_QUERY}")
    urls = _urls(request)
    pages = web_of(request).archive(lambda a: a.search_within(doc_id, query)) if query else []
    answer = search2_response if request.url.path.endswith("/search2") else search_response
    return _json(request, answer(urls, doc_id, query, pages), "application/json")


def routes() -> list:
    return [
        Route("/iiif/collection.json", collection_json),
        Route("/iiif/{doc_id}/manifest.json", manifest_json),
        Route("/iiif/{doc_id}/p{n:int}/info.json", info),
        Route("/iiif/{doc_id}/p{n:int}/{region}/{size}/{rotation}/{quality}", image),
        Route("/iiif/{doc_id}/page-{n:int}.alto.xml", alto),
        Route("/iiif/{doc_id}/search", search), Route("/iiif/{doc_id}/search2", search),
        Route("/iiif/{doc_id}/{name}.pdf", pdf),
    ]
