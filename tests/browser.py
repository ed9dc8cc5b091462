"""Helpers for tests that drive a real headless Chromium with Playwright.

The browser is Debian's `chromium` package (`/usr/bin/chromium`, installed by `make test`),
not one of Playwright's own builds: `playwright install` cannot download here. Set
`METP_CHROMIUM` to use another Chromium binary.

    from browser import axe_summary, launch_chromium, run_axe, serve_app, watch_page

    with serve_app(app) as base, sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page()
        log = watch_page(page)
        page.goto(base + "/")
        assert run_axe(page) == [], axe_summary(run_axe(page))
        assert log.problems() == [] and log.offsite_requests(base) == []

(A suite with many browser tests launches one Chromium per module or session in a fixture,
as tests/test_browser_harness.py does, and opens a new page, with a fresh context, per test.)

Accessibility checks use the vendored `metp/web/static/vendor/axe.min.js`, injected by
content through the DevTools protocol (`page.evaluate`), which a page's Content-Security-
Policy does not govern: pages are checked under the same strict CSP they are served with.
`page.add_script_tag(content=...)` would add an inline `<script>` that `script-src 'self'`
refuses, so it is not used, and neither is `bypass_csp=True` (it would also hide the
CSP errors a test should see).

Playwright reports no `request` event for the favicon Chromium asks for; a missing one shows
only as a console error (a 404), which `watch_page` records.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator
from urllib.parse import urlsplit

if TYPE_CHECKING:  # playwright and uvicorn are imported where they are used, so this module imports without them
    from playwright.sync_api import Browser, Page, Playwright

REPO_ROOT = Path(__file__).resolve().parents[1]
VENDOR_DIR = REPO_ROOT / "metp" / "web" / "static" / "vendor"
AXE_JS = VENDOR_DIR / "axe.min.js"

CHROMIUM = Path(os.environ.get("METP_CHROMIUM", "/usr/bin/chromium"))

# What this machine needs. As root Chromium refuses to start without --no-sandbox. The network
# is closed: without the background-networking flags Chromium keeps trying (and failing) to reach
# Google's services. --disable-gpu: there is no GPU. Playwright gives every launch a fresh
# temporary profile (--user-data-dir in `args` is refused: that is `launch_persistent_context`).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

# axe-core tags for WCAG 2.0 and 2.1, levels A and AA.
WCAG21_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")

_shared: Playwright | None = None


def launch_chromium(playwright: Playwright | None = None, *, headless: bool = True,
                    args: tuple[str, ...] = (), **launch_options: Any) -> Browser:
    """Debian's Chromium, headless, with the flags this machine needs (plus `args`).

    Pass the `Playwright` object of a `with sync_playwright() as pw:` block; without one, a
    Playwright driver shared by the whole test process is started (and stopped at exit).
    Close the browser when done.
    """
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} not found: install Debian's chromium (`apt-get install chromium`; "
                           "`make test` does) or set METP_CHROMIUM to a Chromium binary")
    if playwright is None:
        playwright = _shared_playwright()
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=headless,
                                      args=[*CHROMIUM_ARGS, *args], **launch_options)


def _shared_playwright() -> Playwright:
    global _shared
    if _shared is None:
        import atexit

        from playwright.sync_api import sync_playwright

        _shared = sync_playwright().start()
        atexit.register(_shared.stop)
    return _shared


def run_axe(page: Page, tags: tuple[str, ...] = WCAG21_AA, *, context: str | dict | None = None) -> list[dict]:
    """axe-core's violations on the page as it is now, for the given tags (WCAG 2.1 A and AA).

    Each violation is axe's own dict: `id` (the rule, e.g. "image-alt"), `impact`, `help`,
    `helpUrl`, `tags` and `nodes` (each with its `target` selector and `html`). `context`
    narrows the check (an axe context: a selector, or {"include": ..., "exclude": ...}).
    Only the top document is checked: axe would need injecting into each iframe too.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))  # a script, not a function: defines window.axe
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    return page.evaluate(
        "async ([context, options]) => (await axe.run(context ?? document, options)).violations",
        [context, options])


def axe_summary(violations: list[dict]) -> list[str]:
    """One readable line per violation, for assertion messages: `rule (impact): targets`."""
    return [f"{v['id']} ({v.get('impact')}): {', '.join(str(n['target']) for n in v['nodes'])}" for v in violations]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago, for a server started in another process.

    Another process may take it before yours binds it; in-process servers should bind
    port 0 instead (as `serve_app` does).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_app(app: Any, host: str = "127.0.0.1", timeout: float = 10.0) -> Iterator[str]:
    """Serve an ASGI app with uvicorn in a background thread; yields its base URL.

    The listening socket is bound before the thread starts (port 0: no race for the port).
    The server is shut down and the thread joined on exit.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="auto"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn:{port}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("uvicorn stopped before it started serving (see the log above)")
            if time.monotonic() > deadline:
                raise TimeoutError(f"uvicorn did not start within {timeout} s")
            time.sleep(0.01)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()


@dataclass
class PageLog:
    """What a page did, as recorded by `watch_page`."""
    requests: list[str] = field(default_factory=list)  # every URL the page asked for, in order
    console_errors: list[str] = field(default_factory=list)  # console errors (CSP refusals, 404s...) "TEXT [URL:LINE]"
    page_errors: list[str] = field(default_factory=list)  # uncaught exceptions
    failed: list[str] = field(default_factory=list)  # requests that got no response: "URL: reason"
    bad_status: list[str] = field(default_factory=list)  # responses 400 and above: "STATUS URL"

    def offsite_requests(self, base_url: str) -> list[str]:
        """Requests to any origin but `base_url`'s (data: and blob: URLs are not requests out)."""
        own = urlsplit(base_url)
        return [u for u in self.requests
                if urlsplit(u).scheme not in ("data", "blob")
                and (urlsplit(u).scheme, urlsplit(u).netloc) != (own.scheme, own.netloc)]

    def problems(self) -> list[str]:
        """Everything that should not happen on a page of ours, for `assert log.problems() == []`."""
        return ([f"console: {m}" for m in self.console_errors] + [f"exception: {m}" for m in self.page_errors]
                + [f"failed: {m}" for m in self.failed] + [f"status: {m}" for m in self.bad_status])


def watch_page(page: Page) -> PageLog:
    """Start recording the page's requests, console errors, exceptions and failed or 4xx/5xx responses."""
    log = PageLog()
    page.on("request", lambda r: log.requests.append(r.url))
    page.on("console", lambda m: m.type == "error" and log.console_errors.append(
        f"{m.text} [{m.location.get('url')}:{m.location.get('lineNumber')}]"))
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: log.failed.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and log.bad_status.append(f"{r.status} {r.url}"))
    return log
