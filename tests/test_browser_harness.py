"""The browser-test harness itself (tests/browser.py), end to end in Debian's headless Chromium.

A tiny Starlette app on 127.0.0.1 serves the vendored assets from a static route and a few
pages under the strict Content-Security-Policy the web UI is to use. The test checks that
axe-core, injected by content, works under that CSP and finds what it should; that the
vendored htmx and OpenSeadragon load, run and stay on 127.0.0.1 without one console error;
and it prints what a browser test costs here (chromium launch, a page load, an axe run).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import time

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect, sync_playwright
from starlette.applications import Starlette
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from browser import AXE_JS, VENDOR_DIR, axe_summary, free_port, launch_chromium, run_axe, serve_app, watch_page

STATIC_DIR = VENDOR_DIR.parent
OSD_JS = VENDOR_DIR / "openseadragon.min.js"
OSD_PREFIX = "/static/vendor/openseadragon/images/"
STRICT_CSP = "default-src 'self'; script-src 'self'"


def _osd_style_hash() -> str:
    """CSP hash of the one <style> OpenSeadragon's Viewer adds itself (it has no option to skip it)."""
    m = re.search(r'data-openseadragon-mobile-css[^;]*;[^;]*?textContent="([^"]*)"', OSD_JS.read_text(encoding="utf-8"))
    assert m, "openseadragon.min.js no longer adds its mobile-css <style>: drop the hash from the CSP"
    return "'sha256-%s'" % base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode()


# The CSP the web UI is to send: the strict one, plus OpenSeadragon's own <style> by its hash.
CSP = f"{STRICT_CSP}; style-src 'self' {_osd_style_hash()}"

# htmx 2 adds an inline <style> for its indicators unless told not to; the CSP refuses it.
HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles": false}'>
<title>{title} - metp harness</title>
<link rel="stylesheet" href="/test.css">
<script src="/static/vendor/htmx.min.js"></script>
<script src="/static/vendor/openseadragon.min.js"></script>
<script src="/test.js"></script>
</head>
"""

GOOD = HEAD.replace("{title}", "Search") + """<body>
<header><p>metp archive</p></header>
<main>
<h1>Search the archive</h1>
<form action="/search" method="get" role="search">
  <label for="q">Words to find</label>
  <input id="q" name="q" type="search">
  <button type="submit">Search</button>
</form>
<img src="/page.png" alt="First page of a 1987 workshop agenda" width="170" height="220">
<button type="button" hx-get="/fragment" hx-target="#out">Load more</button>
<div id="out" aria-live="polite"></div>
<div id="viewer" class="viewer" role="region" aria-label="Page image"
     data-image="/page.png" data-prefix-url="%s"></div>
</main>
</body>
</html>
""" % OSD_PREFIX

BAD = HEAD.replace("{title}", "Broken") + """<body>
<main>
<h1>A page with a deliberate fault</h1>
<img src="/page.png" width="170" height="220">
</main>
</body>
</html>
"""

# The page script: a file under script-src 'self' (inline scripts are refused).
TEST_JS = """
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("viewer");
  if (!el) return;
  const viewer = OpenSeadragon({
    element: el,
    prefixUrl: el.dataset.prefixUrl,
    tileSources: {type: "image", url: el.dataset.image},
  });
  viewer.addHandler("open", () => { document.body.dataset.osd = "open"; });
  viewer.addHandler("open-failed", (e) => { document.body.dataset.osd = "failed: " + e.message; });
});
"""
TEST_CSS = ".viewer { width: 400px; height: 300px; } .htmx-indicator { opacity: 0; }"


def _page_png() -> bytes:
    img = Image.new("L", (340, 440), 255)
    ImageDraw.Draw(img).text((20, 20), "Workshop agenda, 1987", fill=0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _app() -> Starlette:
    png = _page_png()
    headers = {"Content-Security-Policy": CSP}

    def html(body: str):
        return lambda request: HTMLResponse(body, headers=headers)

    def asset(content: str | bytes, media_type: str):
        return lambda request: Response(content, media_type=media_type, headers=headers)

    return Starlette(routes=[
        Route("/", html(GOOD)),
        Route("/broken", html(BAD)),
        Route("/fragment", lambda request: HTMLResponse("<p>Three more workshops</p>", headers=headers)),
        Route("/page.png", asset(png, "image/png")),
        Route("/test.js", asset(TEST_JS, "text/javascript")),
        Route("/test.css", asset(TEST_CSS, "text/css")),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ])


TIMINGS: dict[str, float] = {}


@pytest.fixture(scope="module")
def browser():
    """One Chromium for the module; each test opens its own pages (a fresh context each)."""
    with sync_playwright() as pw:
        t = time.perf_counter()
        browser = launch_chromium(pw)
        TIMINGS["chromium launch"] = time.perf_counter() - t
        yield browser
        browser.close()


def test_vendored_assets_are_in_place():
    names = {p.relative_to(VENDOR_DIR).as_posix() for p in VENDOR_DIR.rglob("*") if p.is_file()}
    for name in ("htmx.min.js", "htmx.LICENSE", "openseadragon.min.js", "openseadragon.LICENSE",
                 "axe.min.js", "axe-core.LICENSE", "VENDORED.md", "openseadragon/images/zoomin_rest.png"):
        assert name in names
    assert AXE_JS.read_text(encoding="utf-8").startswith("/*! axe v4.14.")


def test_free_port_can_be_bound():
    import socket

    port = free_port()
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))


def test_harness_in_headless_chromium(browser):
    with serve_app(_app()) as base:
        page = browser.new_page()
        log = watch_page(page)

        # The accessible page: no violations; htmx and OpenSeadragon load and work under the CSP.
        t = time.perf_counter()
        page.goto(base + "/", wait_until="load")
        TIMINGS["first page load"] = time.perf_counter() - t
        assert page.evaluate("typeof window.htmx") == "object"
        assert page.evaluate("htmx.version").startswith("2.0.")
        assert page.evaluate("typeof window.OpenSeadragon") == "function"
        assert page.evaluate("OpenSeadragon.version.versionStr").startswith("6.1.")
        expect(page.locator("body")).to_have_attribute("data-osd", "open")
        page.get_by_role("button", name="Load more").click()
        expect(page.locator("#out")).to_have_text("Three more workshops")
        # OpenSeadragon's buttons: their images come from prefixUrl, on our own static route.
        page.wait_for_function(
            "() => [...document.images].some(i => i.src.includes('/openseadragon/images/') && i.complete)")

        t = time.perf_counter()
        violations = run_axe(page)
        TIMINGS["axe run (injection included)"] = time.perf_counter() - t
        assert violations == [], axe_summary(violations)
        t = time.perf_counter()
        run_axe(page)
        TIMINGS["axe run (already injected)"] = time.perf_counter() - t

        # The faulty page: axe finds the image without a text alternative, and nothing else.
        t = time.perf_counter()
        page.goto(base + "/broken", wait_until="load")
        TIMINGS["second page load"] = time.perf_counter() - t
        violations = run_axe(page)
        assert [v["id"] for v in violations] == ["image-alt"], axe_summary(violations)
        assert violations[0]["nodes"][0]["target"] == ["img"]
        page.close()

    assert log.problems() == []
    assert log.offsite_requests(base) == []
    own = [u.removeprefix(base) for u in log.requests]
    assert "/static/vendor/htmx.min.js" in own and "/static/vendor/openseadragon.min.js" in own
    assert any(u.startswith(OSD_PREFIX) for u in own)
    assert not any("axe" in u for u in own)  # injected by content, never requested
    print("\n" + "\n".join(f"{name}: {seconds * 1000:.0f} ms" for name, seconds in TIMINGS.items()))


def test_what_a_strict_csp_refuses_is_seen(browser):
    """Under the bare strict CSP, the <style> elements htmx (indicator styles left on) and
    OpenSeadragon add are refused, and the page log shows each: the reason for the htmx
    config and the style-src hash above."""
    page_html = GOOD.replace("""<meta name="htmx-config" content='{"includeIndicatorStyles": false}'>\n""", "")
    assert page_html != GOOD
    app = Starlette(routes=[
        Route("/", lambda request: HTMLResponse(page_html, headers={"Content-Security-Policy": STRICT_CSP})),
        *_app().routes[1:],  # the rest of the harness app ("/" is its first route)
    ])
    with serve_app(app) as base:
        page = browser.new_page()
        log = watch_page(page)
        page.goto(base + "/", wait_until="load")
        expect(page.locator("body")).to_have_attribute("data-osd", "open")
        page.close()
    refused = sorted(m.rsplit("/", 1)[-1].split(":")[0] for m in log.console_errors if "Applying inline style violates" in m)
    assert refused == ["htmx.min.js", "openseadragon.min.js"], log.console_errors
    assert len(log.problems()) == 2, log.problems()
