"""The web UI as a Starlette application: `create_app(settings, WebConfig(...))`.

Every page renders the same typed views as the CLI (metp/archive/views.py) and has a JSON twin at the
same path plus `.json` that serves the view's `to_json()`, which is what `metp ... --json` prints.
Endpoints are plain `def` functions: Starlette runs them in its thread pool, and they hand the library
calls to archive worker threads (pool.py), each with an `Archive` of its own, so that no SQLite
connection or searcher is shared between threads.  Page images are rendered by a separate small pool,
so that a scanned page being drawn (about a second) never holds up a search.

Every page works without JavaScript; htmx (vendored) only makes result updates, basket additions and
the viewer smoother.  See security.py for headers, staff sign-in and CSRF, and access.py for
`--public`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from metp import __version__
from metp.archive.archive import Archive
from metp.errors import (ArchiveBusyError, ArchiveDamagedError, CannotWriteError, MetpError, NotFoundError,
                         UsageError)
from metp.fields import BY_NAME, FACETS
from metp.settings import Settings
from metp.web import basket as basket_codec
from metp.web.pool import ArchivePool, TooSlow
from metp.web.security import (CSRF_COOKIE, SecurityHeaders, StaffAuth, cookie_options, new_csrf_token)
from metp.web.state import PARAM

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"
log = logging.getLogger("metp.web")


@dataclass(frozen=True)
class WebConfig:
    public: bool = False            # read-only catalog, restricted documents absent, no staff routes
    token: str | None = None        # the --token-file's token (staff sign-in form and Bearer)
    workers: int = 0                # archive worker threads (0: cores + 1, at most 4)
    image_workers: int = 2          # threads that draw page images
    timeout: float = 10.0           # seconds a page may take before "took too long" (503)
    image_timeout: float = 60.0
    allowed_hosts: tuple[str, ...] | None = None  # Host headers accepted (None: any)


def _warm(archive) -> None:
    """Open the searcher (columns, word list) before the first visitor needs it."""
    try:
        archive.browse(limit=1)
        archive.search("archive", limit=1)
    except MetpError:
        pass


class Web:
    """What every endpoint needs: the archive pools, staff sign-in, templates."""

    def __init__(self, settings: Settings, config: WebConfig):
        self.settings = settings
        self.config = config
        self.public = config.public
        if config.public:
            from metp.archive.access import PublicArchive

            opener = lambda: PublicArchive(settings)  # noqa: E731
        else:
            opener = lambda: Archive(settings)  # noqa: E731
        workers = config.workers or min(4, (os.cpu_count() or 1) + 1)
        self.pool = ArchivePool(opener, workers, config.timeout, "archive", warm=_warm)
        self.images = ArchivePool(opener, config.image_workers, config.image_timeout, "images")
        self.auth = None if config.public else StaffAuth(config.token)
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True,
                                 undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        env.globals.update(FACETS=FACETS, PARAM=PARAM, label_of=_label_of, version=__version__)
        env.filters["provenance"] = _provenance
        env.filters["count"] = lambda n: f"{n:,}"
        env.filters["slug"] = _slug
        self.templates = Jinja2Templates(env=env)

    def archive(self, fn, timeout: float | None = None):
        return self.pool.call(fn, timeout)

    def is_staff(self, request: Request) -> bool:
        return self.auth is not None and self.auth.is_staff(request)

    def close(self) -> None:
        self.pool.close()
        self.images.close()


def _slug(value: str) -> str:
    """A stable, unique id fragment for a facet value (its links keep focus across result updates)."""
    text = re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")[:40]
    return f"{text}-{hashlib.sha1(str(value).encode('utf-8')).hexdigest()[:6]}"


def _label_of(field_name: str) -> str:
    field = BY_NAME.get(field_name)
    return field.label if field else field_name


def _provenance(value) -> str:
    """Where a metadata value came from, for people."""
    if value.provenance == "archivist":
        return f"archivist ({value.source or 'unknown source'}, {value.at[:10]})"
    confidence = f", confidence {value.confidence:.0%}" if value.confidence is not None else ""
    return f"automatic ({value.rule or 'rule'}{confidence})"


def web_of(request: Request) -> Web:
    return request.app.state.web


def render(request: Request, template: str, context: dict, status: int = 200, headers: dict | None = None) -> Response:
    """An HTML page: the common context (staff, CSRF token, basket size, JSON twin) and no caching."""
    web = web_of(request)
    csrf = request.cookies.get(CSRF_COOKIE)
    fresh = not csrf
    if fresh:
        csrf = new_csrf_token()
    items = basket_codec.from_cookie(request)
    ctx = {"public": web.public, "staff": web.is_staff(request), "csrf": csrf, "basket_count": len(items),
           "basket_keys": {(i.doc_id, i.page) for i in items}, "json_url": None, "here": _here(request),
           **context}
    response = web.templates.TemplateResponse(request, template, ctx, status_code=status,
                                              headers={"Cache-Control": "no-store", **(headers or {})})
    if fresh:
        response.set_cookie(CSRF_COOKIE, csrf, **cookie_options(request))
    return response


def _here(request: Request) -> str:
    """This page's path and query, for "come back here" after a form."""
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def json_response(data, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str), status_code=status,
                    media_type="application/json", headers={"Cache-Control": "no-store"})


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or (
        "application/json" in request.headers.get("accept", "") and "text/html" not in request.headers.get("accept", ""))


_STATUS = ((NotFoundError, 404), (TooSlow, 503), (ArchiveBusyError, 503), (UsageError, 400),
           (ArchiveDamagedError, 500), (CannotWriteError, 500))
_TITLES = {400: "Check the request", 401: "Sign in first", 403: "Not allowed", 404: "Not found",
           405: "Not allowed here", 500: "Something went wrong", 503: "The archive took too long"}


def status_of(exc: MetpError) -> int:
    return next((code for cls, code in _STATUS if isinstance(exc, cls)), 500)


def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    if wants_json(request):
        response = json_response({"error": message}, status)
        response.headers.update(headers or {})
        return response
    return render(request, "error.html", {"status": status, "title": _TITLES.get(status, "Error"),
                                          "message": message}, status, headers)


async def _metp_error(request: Request, exc: MetpError) -> Response:
    status = status_of(exc)
    if isinstance(exc, TooSlow):
        message = (f"{exc}. Try fewer or more specific words, a filter, or try again in a moment: the "
                   "server may be busy.")
    else:
        message = str(exc)
    if status == 500:
        log.error("metp: %s: %s", request.url.path, exc)
    return error_page(request, status, message, {"Retry-After": "5"} if status == 503 else None)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    messages = {404: "There is no such page in the archive.", 405: "This address does not take that kind of request.",
                401: "Sign in as staff first.", 403: "This request was refused."}
    return error_page(request, exc.status_code, exc.detail if exc.detail and exc.detail not in (
        "Not Found", "Method Not Allowed", "Unauthorized", "Forbidden") else messages.get(exc.status_code, str(exc.detail)),
        dict(exc.headers or {}))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("metp: internal error on %s", request.url.path)
    return error_page(request, 500, f"internal error ({type(exc).__name__}); the server log has the details")


def create_app(settings: Settings, config: WebConfig = WebConfig()) -> Starlette:
    """The application for the archive at `settings.archive_dir` (which must exist: NoArchiveError)."""
    from metp.web import iiif, oai, pages, staff

    if config.public:
        from metp.archive.access import PublicArchive as probe
    else:
        probe = Archive
    with probe(settings) as archive:  # refuses a folder that is not an archive before anything listens,
        archive.stats()               # and an index an older metp built (`metp reindex`)
    web = Web(settings, config)

    @asynccontextmanager
    async def lifespan(app):
        web.pool.warm_up()
        yield
        web.close()

    routes = pages.routes() + iiif.routes() + oai.routes() + (staff.routes() if not config.public else [])
    middleware = [Middleware(SecurityHeaders)]
    if config.allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(config.allowed_hosts)))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={MetpError: _metp_error, HTTPException: _http_error,
                                        Exception: _internal_error})
    app.state.web = web
    return app
