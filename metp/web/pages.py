"""The reading side of the web UI: home, search and browse, documents, the page viewer, page images,
originals, "more like this", and the basket.  Each HTML page's JSON twin is the same path plus `.json`.

    GET /                      GET /index.json              home: search form and ways in (BrowseOverview)
    GET /search                GET /search.json             = metp search --json (no q: browse by filters)
    GET /browse                GET /browse.json             every facet value and batch (BrowseOverview)
    GET /browse/subjects       GET /browse/subjects.json    the vocabulary with broader/narrower terms
    GET /browse/batches/ID     GET /browse/batches/ID.json  the documents an ingest batch brought
    GET /doc/ID                GET /doc/ID.json             = metp show ID --json
    GET /doc/ID/page/N?q=      GET /doc/ID/page/N.json?q=   = metp show ID --page N --json, plus hit boxes
    GET /doc/ID/page/N/image.png[?q=]   the page image (boxed hits with q: the viewer without JavaScript)
    GET /doc/ID/page/N/thumb.png        GET /doc/ID/original (download)
    GET /similar/ID            GET /similar/ID.json         = metp similar ID --json
    GET /basket[?b=]           GET /basket.json[?b=]        the basket as a pack;  POST /basket (change it)
    GET /basket/pack?format=md|html|pdf  the pack to download
    GET /healthz, /favicon.ico, /static/...
"""

from __future__ import annotations

import html
import os
import re
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from metp.archive.basket import BASKET_FORMATS, MAX_NOTE, BasketItem, render_html, render_markdown
from metp.archive.pack import Pack
from metp.archive.viewimage import boxed_png, image_bytes
from metp.errors import MetpError, NotFoundError, UsageError
from metp.index.records import Snippet
from metp.web import basket as codec
from metp.web.app import STATIC_DIR, json_response, render, web_of
from metp.web.security import csrf_ok, same_origin
from metp.web.state import MAX_QUERY, SearchState

DOC_ID = re.compile(r"^[0-9a-f]{4,64}$")
BATCH_ID = re.compile(r"^[0-9A-Za-z._-]{1,80}$")
MAX_TEXT_PAGES = 30   # pages whose text the document page shows in full
SIMILAR_ON_PAGE = 5


# helpers -------------------------------------------------------------------------------------------
def _doc_id(request: Request) -> str:
    doc_id = request.path_params["doc_id"].lower()
    if not DOC_ID.match(doc_id):
        raise NotFoundError(f"no document {doc_id[:80]!r} in the archive")
    return doc_id


def _page_no(request: Request) -> int:
    n = request.path_params["n"]
    if not 1 <= n <= 1_000_000:
        raise NotFoundError(f"no page {n}")
    return n


def _query(request: Request) -> tuple[str, bool]:
    q = (request.query_params.get("q") or "").strip()
    if len(q) > MAX_QUERY:
        raise UsageError(f"the query is {len(q)} characters long; the archive takes at most {MAX_QUERY}")
    return q, (request.query_params.get("exact") or "").lower() in ("1", "true", "on", "yes")


def _is_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def _local(target: str | None, default: str) -> str:
    """A redirect target that stays on this site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target \
            and not any(ord(c) < 32 for c in target):
        return target
    return default


def _pages_of(total: int, offset: int, limit: int) -> list[tuple[int, int]]:
    """(page number, offset) of the result pages around the current one."""
    count = (total + limit - 1) // limit
    current = offset // limit
    first, last = max(0, current - 3), min(count, current + 4)
    return [(n + 1, n * limit) for n in range(first, last)]


# home, search, browse ------------------------------------------------------------------------------
def home(request: Request) -> Response:
    overview = web_of(request).archive(lambda a: a.overview())
    if _is_json(request):
        return json_response(overview.to_json())
    return render(request, "home.html", {"overview": overview, "state": SearchState(), "json_url": "/index.json"})


def search(request: Request) -> Response:
    web = web_of(request)
    as_json = _is_json(request)
    try:
        state = SearchState.from_params(request.query_params)
        filters = state.to_filters()

        def run(archive):
            if state.q:
                return archive.search(state.q, limit=state.limit, offset=state.offset, filters=filters,
                                      exact=state.exact, sort=state.effective_sort)
            return archive.browse(filters, limit=state.limit, offset=state.offset, sort=state.effective_sort)

        view = web.archive(run)
    except UsageError as exc:
        if as_json:
            return json_response({"error": str(exc)}, 400)
        q = (request.query_params.get("q") or "")[:MAX_QUERY]
        return render(request, "search.html", {"state": SearchState(q=q), "view": None, "error": str(exc),
                                               "json_url": None}, status=400)
    if as_json:
        return json_response(view.to_json())
    return render(request, "search.html", {
        "state": state, "view": view, "error": None, "pages": _pages_of(view.total, state.offset, state.limit),
        "json_url": state.url("/search.json")})


def browse(request: Request) -> Response:
    overview = web_of(request).archive(lambda a: a.overview())
    if _is_json(request):
        return json_response(overview.to_json())
    return render(request, "browse.html", {"overview": overview, "state": SearchState(), "json_url": "/browse.json"})


def subjects(request: Request) -> Response:
    view = web_of(request).archive(lambda a: a.subjects())
    if _is_json(request):
        return json_response(view.to_json())
    by_term = {s.term.casefold(): s for s in view.subjects}
    roots = [s for s in view.subjects if s.facet != "other" and not s.broader]
    others = [s for s in view.subjects if s.facet == "other"]
    return render(request, "subjects.html", {"roots": roots, "others": others, "by_term": by_term,
                                             "state": SearchState(), "json_url": "/browse/subjects.json"})


def batch(request: Request) -> Response:
    batch_id = request.path_params["batch_id"]
    if not BATCH_ID.match(batch_id):
        raise NotFoundError("no such batch")
    state = SearchState.from_params(request.query_params)
    limit = 50
    view = web_of(request).archive(lambda a: a.batch_documents(batch_id, limit=limit, offset=state.offset))
    if _is_json(request):
        return json_response(view.to_json())
    return render(request, "batch.html", {"view": view, "state": SearchState(),
                                          "pages": _pages_of(view.total, state.offset, limit),
                                          "json_url": f"/browse/batches/{batch_id}.json"})


# documents and pages -------------------------------------------------------------------------------
def document(request: Request) -> Response:
    doc_id = _doc_id(request)
    web = web_of(request)
    if _is_json(request):
        return json_response(web.archive(lambda a: a.document(doc_id)).to_json())

    def run(archive):
        view = archive.document(doc_id)
        texts = [archive.page(view.doc_id, p.page) for p in view.pages[:MAX_TEXT_PAGES]]
        try:
            similar = archive.similar(view.doc_id, SIMILAR_ON_PAGE)
        except MetpError:
            similar = None
        return view, texts, similar, archive.access(view.doc_id)

    view, texts, similar, access = web.archive(run)
    name = PurePath(view.sources[0].path).name if view.sources else view.doc_id
    base = str(request.base_url).rstrip("/")
    citation = (f"{view.title} ({view.first('dc.date') or 'undated'}). metp document {view.doc_id}; original file "
                f"{name}. {base}/doc/{view.doc_id}")
    return render(request, "document.html", {
        "doc": view, "texts": texts, "similar": similar, "restricted": access == "restricted",
        "citation": citation, "original_name": name, "state": SearchState(),
        "json_url": f"/doc/{view.doc_id}.json"})


def viewer(request: Request) -> Response:
    doc_id, n = _doc_id(request), _page_no(request)
    q, exact = _query(request)

    def run(archive):
        page = archive.page(doc_id, n)
        hits = archive.hits_on_page(page.doc_id, n, q, exact) if q else None
        text = archive.highlighter(q, exact).marked(page.text) if q else Snippet(page.text)
        return page, hits, text

    page, hits, text = web_of(request).archive(run)
    if _is_json(request):
        return json_response(hits.to_json() if hits else page.to_json())
    hit_pages = list(hits.hit_pages) if hits else []
    before = [p for p in hit_pages if p < n]
    after = [p for p in hit_pages if p > n]
    suffix = f"?q={_quote(q)}" + ("&exact=1" if exact else "") if q else ""
    return render(request, "viewer.html", {
        "page": page, "hits": hits, "text": text, "q": q, "exact": exact, "suffix": suffix,
        "previous_hit_page": before[-1] if before else None, "next_hit_page": after[0] if after else None,
        "boxes": [[b.left, b.top, b.width, b.height] for b in hits.boxes] if hits else [],
        "has_image": page.method != "plain-text", "state": SearchState(q=q, exact=exact),
        "json_url": f"/doc/{page.doc_id}/page/{n}.json{suffix}"})


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _image_response(data: bytes) -> Response:
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})


def page_image(request: Request) -> Response:
    doc_id, n = _doc_id(request), _page_no(request)
    q, exact = _query(request)
    web = web_of(request)
    try:
        # the boxes come from the search workers (their searchers are open); the image threads only draw,
        # so they never open a searcher of their own
        boxes = web.archive(lambda a: a.hits_on_page(doc_id, n, q, exact).boxes) if q else ()
        image = web.images.call(lambda a: a.view_image(doc_id, n))
        return _image_response(boxed_png(image, boxes) if q else image_bytes(image))
    except UsageError as exc:
        if "plain text" in str(exc):
            raise NotFoundError(str(exc)) from exc
        raise


def thumbnail(request: Request) -> Response:
    doc_id, n = _doc_id(request), _page_no(request)
    try:
        return _image_response(web_of(request).images.call(lambda a: a.thumbnail(doc_id, n)))
    except UsageError as exc:
        raise NotFoundError(str(exc)) from exc


def original(request: Request) -> Response:
    doc_id = _doc_id(request)
    web = web_of(request)
    view = web.archive(lambda a: a.document(doc_id))
    path = Path(view.original)
    objects = (Path(web.settings.archive_dir) / "objects").resolve()
    try:
        st = os.lstat(path)
    except OSError:
        raise NotFoundError(f"the original of {view.doc_id} is missing from the store; run `metp verify`") from None
    if not stat.S_ISREG(st.st_mode) or objects not in path.resolve().parents:
        raise NotFoundError(f"the original of {view.doc_id} is not where the store keeps it; run `metp verify`")
    name = PurePath(view.sources[0].path).name if view.sources else view.doc_id
    name = re.sub(r"[^\w.\- ]", "_", name)[:150] or view.doc_id
    return FileResponse(path, media_type=view.media_type or "application/octet-stream", filename=name,
                        content_disposition_type="attachment", headers={"Cache-Control": "private, max-age=600"})


def similar(request: Request) -> Response:
    doc_id = _doc_id(request)
    state = SearchState.from_params({"limit": request.query_params.get("limit", "")})
    web = web_of(request)
    view, doc = web.archive(lambda a: (a.similar(doc_id, state.limit), a.document(doc_id)))
    if _is_json(request):
        return json_response(view.to_json())
    return render(request, "similar.html", {"view": view, "doc": doc, "state": SearchState(),
                                            "json_url": f"/similar/{view.doc_id}.json"})


# the basket ----------------------------------------------------------------------------------------
def _basket_items(request: Request) -> tuple[list[BasketItem], bool]:
    """The basket shown: a shared one from `?b=`, else the visitor's own (cookie)."""
    shared = request.query_params.get("b")
    if shared is not None:
        return codec.decode(shared), True
    return codec.from_cookie(request), False


def _collect(archive, items: list[BasketItem], title: str | None) -> tuple[Pack, list[tuple[int, BasketItem, object]]]:
    """The pack of the items that can still be shown, and (index, item, excerpt or None) for every item."""
    entries = []
    for n, item in enumerate(items):
        try:
            entries.append((n, item, archive.basket_pack([item]).excerpts[0]))
        except (NotFoundError, UsageError):
            entries.append((n, item, None))
    excerpts = tuple(e for _, _, e in entries if e is not None)
    return Pack(title or "Curriculum pack", date.today().isoformat(), excerpts), entries


def basket(request: Request) -> Response:
    items, shared = _basket_items(request)
    title = (request.query_params.get("title") or "").strip()[:200] or None
    pack, entries = web_of(request).archive(lambda a: _collect(a, items, title))
    if _is_json(request):
        return json_response(pack.to_json())
    encoded = codec.encode(items)
    base = str(request.base_url).rstrip("/")
    return render(request, "basket.html", {
        "items": items, "pack": pack, "entries": entries, "shared": shared, "title": title or "", "encoded": encoded,
        "share_url": f"{base}/basket?b={encoded}" if encoded else "", "formats": BASKET_FORMATS,
        "max_note": MAX_NOTE, "state": SearchState(),
        "json_url": f"/basket.json?b={encoded}" if encoded else "/basket.json"})


async def change_basket(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=20, max_part_size=64 * 1024)
    if not same_origin(request) or not csrf_ok(request, form):
        raise HTTPException(403, "The form had expired or came from another site; reload the page and try again.")
    return await _run_sync(_change_basket, request, form)


async def _run_sync(fn, *args):
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def _change_basket(request: Request, form) -> Response:
    items = codec.from_cookie(request)
    action = str(form.get("action", ""))
    message = ""
    try:
        index = int(form.get("index", -1))
    except ValueError:
        index = -1
    if action == "add":
        doc_id = str(form.get("doc", "")).lower()
        try:
            page = int(form.get("page", 0))
        except ValueError:
            page = 0
        q = str(form.get("q", ""))[:MAX_QUERY]
        if not DOC_ID.match(doc_id) or page < 1:
            raise UsageError("name a document and a page to add")
        view = web_of(request).archive(lambda a: a.page(doc_id, page))  # exists (and may be seen)
        if any(i.doc_id == view.doc_id and i.page == page for i in items):
            message = f"Already in the basket: {view.title}, page {page}."
        else:
            items.append(BasketItem(view.doc_id, page, q))
            message = f"Added {view.title}, page {page}."
    elif action in ("remove", "up", "down", "note") and 0 <= index < len(items):
        if action == "remove":
            gone = items.pop(index)
            message = f"Removed excerpt {index + 1} ({gone.doc_id}, page {gone.page})."
        elif action == "up" and index > 0:
            items[index - 1], items[index] = items[index], items[index - 1]
            message = f"Moved excerpt {index + 1} up."
        elif action == "down" and index < len(items) - 1:
            items[index + 1], items[index] = items[index], items[index + 1]
            message = f"Moved excerpt {index + 1} down."
        elif action == "note":
            items[index] = replace(items[index], note=str(form.get("note", ""))[:MAX_NOTE])
            message = f"Saved the note of excerpt {index + 1}."
    elif action == "clear":
        items = []
        message = "Emptied the basket."
    elif action == "load":
        items = codec.decode(str(form.get("b", "")))
        message = "This basket is now yours."
    else:
        raise UsageError("that change to the basket is not possible (reload the basket page)")
    encoded = codec.encode(items)
    if len(encoded) > codec.MAX_COOKIE:
        raise UsageError("the basket is full (notes take room too): download the pack, or remove excerpts or "
                         "shorten notes")
    if request.headers.get("hx-request") and action == "add":
        response = HTMLResponse(
            f'<span>{_escape(message)} The basket has {len(items)} item{"s" if len(items) != 1 else ""}.</span>'
            f'<span id="basket-count" hx-swap-oob="true">{len(items)}</span>')
    else:
        target = _local(str(form.get("next", "")), "/basket")
        response = RedirectResponse(target, status_code=303)
    if encoded:
        response.set_cookie(codec.COOKIE, encoded, max_age=365 * 24 * 3600, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")
    else:
        response.delete_cookie(codec.COOKIE, path="/")
    return response


def _escape(text: str) -> str:
    return html.escape(text)


def pack_download(request: Request) -> Response:
    fmt = request.query_params.get("format") or request.path_params.get("fmt") or "html"
    if fmt not in BASKET_FORMATS:
        raise UsageError(f"format takes one of {', '.join(BASKET_FORMATS)}")
    items, _ = _basket_items(request)
    title = (request.query_params.get("title") or "").strip()[:200] or None
    pack, _missing = web_of(request).archive(lambda a: _collect(a, items, title))
    if not pack.excerpts:
        raise UsageError("the basket is empty; add passages or pages to it first")
    name = "curriculum-pack"
    if fmt == "pdf":
        from metp.archive.packpdf import render_pdf

        body, media = render_pdf(pack), "application/pdf"
    elif fmt == "md":
        body, media = render_markdown(pack).encode("utf-8"), "text/markdown; charset=utf-8"
    else:
        body, media = render_html(pack).encode("utf-8"), "text/html; charset=utf-8"
    return Response(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{name}.{fmt}"', "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"})


# small things --------------------------------------------------------------------------------------
def healthz(request: Request) -> Response:
    return PlainTextResponse("ok", headers={"Cache-Control": "no-store"})


def favicon(request: Request) -> Response:
    return FileResponse(STATIC_DIR / "favicon.ico", media_type="image/x-icon",
                        headers={"Cache-Control": "public, max-age=86400"})


def routes() -> list:
    return [
        Route("/", home), Route("/index.json", home),
        Route("/search", search), Route("/search.json", search),
        Route("/browse", browse), Route("/browse.json", browse),
        Route("/browse/subjects", subjects), Route("/browse/subjects.json", subjects),
        Route("/browse/batches/{batch_id}.json", batch), Route("/browse/batches/{batch_id}", batch),
        Route("/doc/{doc_id}.json", document), Route("/doc/{doc_id}", document),
        Route("/doc/{doc_id}/original", original),
        Route("/doc/{doc_id}/page/{n:int}.json", viewer), Route("/doc/{doc_id}/page/{n:int}", viewer),
        Route("/doc/{doc_id}/page/{n:int}/image.png", page_image),
        Route("/doc/{doc_id}/page/{n:int}/thumb.png", thumbnail),
        Route("/similar/{doc_id}.json", similar), Route("/similar/{doc_id}", similar),
        Route("/basket.json", basket), Route("/basket", basket, methods=["GET", "HEAD"]),
        Route("/basket", change_basket, methods=["POST"]),
        Route("/basket/pack", pack_download), Route("/basket/pack.{fmt}", pack_download),
        Route("/healthz", healthz), Route("/favicon.ico", favicon),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR, follow_symlink=False), name="static"),
    ]
