"""Staff pages and writes (absent in `--public`): sign-in, the review queue, page corrections, metadata
edits (restricting a document is one of them).  Every write is recorded by the library with its
provenance: corrections with their source, metadata as archivist values from "web (NAME)".

    GET  /login?token=T  (the one-time URL)   GET /login, POST /login (the --token-file token)   POST /logout
    GET  /review         GET /review.json     = metp review --json (worst pages first)
    GET  /doc/ID/metadata                     POST /doc/ID/metadata            (form fields named dc.title, ...)
    GET  /doc/ID/page/N/correction            POST /doc/ID/page/N/correction   (field `text`)

Writes answer 401 without credentials and 403 with a bad CSRF token or from another origin; API
clients send `Authorization: Bearer TOKEN` (no CSRF token needed) and get JSON back.  Writes inside
one server run one at a time; one that meets another process writing (an ingest) answers 503.
"""

from __future__ import annotations

import threading

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from metp.archive.metadata import Edit
from metp.errors import UsageError
from metp.fields import EDITABLE, FIELDS
from metp.web.app import json_response, render, web_of
from metp.web.pages import _doc_id, _local, _page_no
from metp.web.security import SESSION_COOKIE, cookie_options, csrf_ok, same_origin
from metp.web.state import SearchState

_writes = threading.Lock()  # one write at a time in this server (the archive's writer lock is per process)
MAX_TEXT = 200_000
ACCESS = "metp.access"


def _unauthorized() -> HTTPException:
    return HTTPException(401, "Sign in as staff first: open the one-time login address `metp serve` printed, or "
                              "sign in at /login with the token file's token.",
                         headers={"WWW-Authenticate": 'Bearer realm="metp"'})


def _require_staff(request: Request) -> None:
    if not web_of(request).is_staff(request):
        raise _unauthorized()


def _bearer(request: Request) -> bool:
    auth = web_of(request).auth
    return auth is not None and auth.token_matches(auth.bearer(request))


async def _checked_form(request: Request, max_part: int = 1024 * 1024):
    """The POSTed form of a signed-in staff member (401 otherwise), with its CSRF token checked (403)."""
    _require_staff(request)
    form = await request.form(max_files=0, max_fields=200, max_part_size=max_part)
    if not _bearer(request) and (not same_origin(request) or not csrf_ok(request, form)):
        raise HTTPException(403, "The form had expired or came from another site; reload the page and try again.")
    return form


# signing in ----------------------------------------------------------------------------------------
def login_page(request: Request) -> Response:
    auth = web_of(request).auth
    offered = request.query_params.get("token")
    if offered is not None:
        if not auth.use_login_token(offered):
            raise HTTPException(403, "This login address has been used already or is wrong. Restart `metp serve` "
                                     "for a new one, or sign in with the token file's token.")
        return _signed_in(request, "/review")
    return render(request, "login.html", {"has_token": auth.token is not None, "error": None, "state": SearchState()})


async def login(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=10, max_part_size=4096)
    if not same_origin(request) or not csrf_ok(request, form):
        raise HTTPException(403, "The form had expired; reload the page and try again.")
    auth = web_of(request).auth
    if not auth.token_matches(str(form.get("token", "")).strip()):
        return await run_in_threadpool(render, request, "login.html", {
            "has_token": auth.token is not None, "error": "That is not the staff token.", "state": SearchState()}, 403)
    return _signed_in(request, _local(str(form.get("next", "")), "/review"))


def _signed_in(request: Request, target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, web_of(request).auth.new_session(), max_age=12 * 3600, **cookie_options(request))
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


async def logout(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=10, max_part_size=4096)
    if not same_origin(request) or not csrf_ok(request, form):
        raise HTTPException(403, "The form had expired; reload the page and try again.")
    web_of(request).auth.end_session(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# the review queue and corrections ------------------------------------------------------------------
def review(request: Request) -> Response:
    _require_staff(request)
    try:
        below = float(request.query_params.get("below", 70))
        share = float(request.query_params.get("unsure_share", 0.3))
    except ValueError:
        raise UsageError("below and unsure_share are numbers") from None
    view = web_of(request).archive(lambda a: a.review(below, share))
    if request.url.path.endswith(".json"):
        return json_response(view.to_json())
    return render(request, "review.html", {"view": view, "state": SearchState(), "done": request.query_params.get("done"),
                                           "json_url": "/review.json"})


def correction_form(request: Request) -> Response:
    _require_staff(request)
    doc_id, n = _doc_id(request), _page_no(request)
    web = web_of(request)

    def run(archive):
        page = archive.page(doc_id, n)
        queue = [i for i in archive.review().items if i.page is not None]
        keys = [(i.doc_id, i.page) for i in queue]
        here = keys.index((page.doc_id, n)) if (page.doc_id, n) in keys else -1
        following = queue[here + 1] if here >= 0 and here + 1 < len(queue) else (queue[0] if here < 0 and queue else None)
        return page, following

    page, following = web.archive(run)
    return render(request, "correction.html", {"page": page, "following": following, "state": SearchState(),
                                               "json_url": f"/doc/{page.doc_id}/page/{n}.json"})


async def correct(request: Request) -> Response:
    form = await _checked_form(request)
    return await run_in_threadpool(_correct, request, form)


def _correct(request: Request, form) -> Response:
    doc_id, n = _doc_id(request), _page_no(request)
    text = str(form.get("text", ""))
    if not text.strip() or len(text) > MAX_TEXT:
        raise UsageError(f"the corrected text must not be empty (and at most {MAX_TEXT:,} characters)")
    source = f"web ({str(form.get('who', '')).strip()[:80] or 'staff'})"
    with _writes:
        view = web_of(request).archive(lambda a: a.correct(doc_id, n, text, source))
    if _bearer(request):
        return json_response(view.to_json())
    return RedirectResponse(_local(str(form.get("next", "")), f"/review?done={view.doc_id}:{n}"), status_code=303)


# metadata ------------------------------------------------------------------------------------------
def _editable_fields():
    return [f for f in FIELDS if f.name in EDITABLE]


def metadata_form(request: Request) -> Response:
    _require_staff(request)
    doc_id = _doc_id(request)
    doc = web_of(request).archive(lambda a: a.document(doc_id))
    current = {name: "\n".join(v.value for v in values) for name, values in doc.metadata.items()}
    return render(request, "metadata.html", {"doc": doc, "fields": _editable_fields(), "current": current,
                                             "state": SearchState(), "json_url": f"/doc/{doc.doc_id}.json"})


async def edit_metadata(request: Request) -> Response:
    form = await _checked_form(request)
    return await run_in_threadpool(_edit_metadata, request, form)


def _edit_metadata(request: Request, form) -> Response:
    doc_id = _doc_id(request)
    web = web_of(request)
    doc = web.archive(lambda a: a.document(doc_id))
    edits = []
    for field in _editable_fields():
        if field.name not in form:
            continue  # a form that names only some fields (the restrict button) changes only those
        raw = str(form.get(field.name, ""))
        wanted = [v.strip() for v in (raw.splitlines() if field.multi else [raw]) if v.strip()]
        if field.name == ACCESS and wanted and wanted[0].lower() not in ("restricted", "open"):
            raise UsageError("access is `restricted` or `open`")
        if field.name == ACCESS and wanted and wanted[0].lower() == "open":
            wanted = []
        now = [v.value for v in doc.metadata.get(field.name, ())]
        if [w.casefold() for w in wanted] != [v.casefold() for v in now]:
            edits += [Edit(field.name, "set", v) for v in wanted] or [Edit(field.name, "set", "")]
    source = f"web ({str(form.get('who', '')).strip()[:80] or 'staff'})"
    if edits:
        with _writes:
            view = web.archive(lambda a: a.tag(doc.doc_id, edits, source))
    else:
        view = None
    if _bearer(request):
        return json_response(view.to_json() if view else {name: [v.to_json() for v in values]
                                                          for name, values in doc.metadata.items()})
    changed = ",".join(sorted({e.field for e in edits})) or "nothing"
    return RedirectResponse(_local(str(form.get("next", "")), f"/doc/{doc.doc_id}?changed={changed}"),
                            status_code=303)


def routes() -> list:
    return [
        Route("/login", login_page, methods=["GET", "HEAD"]), Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/review", review), Route("/review.json", review),
        Route("/doc/{doc_id}/metadata", metadata_form, methods=["GET", "HEAD"]),
        Route("/doc/{doc_id}/metadata", edit_metadata, methods=["POST"]),
        Route("/doc/{doc_id}/page/{n:int}/correction", correction_form, methods=["GET", "HEAD"]),
        Route("/doc/{doc_id}/page/{n:int}/correction", correct, methods=["POST"]),
    ]
