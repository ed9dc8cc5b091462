"""`metp serve`'s routes through Starlette's test client: JSON twins equal to the CLI's --json, search
state in the URL, browse pages, the viewer's hit boxes, page images, the basket and its packs, staff
sign-in and writes with CSRF, --public (read-only, restricted documents absent), escaping of a hostile
document, security headers, bounded requests and a slow query's answer; and `metp serve` itself as a
subprocess (URL on stderr, SIGTERM, a folder that is not an archive)."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
import signal
import socket
import time
import warnings

import markupsafe
import pdfplumber
import pytest
from PIL import Image
with warnings.catch_warnings():  # Starlette 1.x would rather have httpx2; httpx (the test extra) works the same
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

from conftest import cli_json, run_cli
from metp.archive.archive import Archive
from metp.archive.access import PublicArchive
from metp.errors import CannotWriteError, UsageError
from metp.settings import Settings
from metp.web import basket as codec
from metp.web.app import WebConfig, create_app
from metp.web.security import CSP, OSD_STYLE_HASH
from metp.web.state import MAX_LIMIT, SearchState
from web_support import HOSTILE, HOSTILE_FILE, build_archive, get_json, private_copy, serve

TOKEN = "staff-token-for-tests-0123456789"


@pytest.fixture(scope="module")
def web_archive(tmp_path_factory, engine):
    """The web's archive, on each search engine in turn (the routes are the same over both)."""
    return build_archive(tmp_path_factory)


def client_for(root, **config) -> TestClient:
    return TestClient(create_app(Settings(archive_dir=root), WebConfig(**config)))


@pytest.fixture(scope="module")
def client(web_archive):
    with client_for(web_archive.root, token=TOKEN) as c:
        yield c


@pytest.fixture(scope="module")
def public(web_archive):
    with client_for(web_archive.root, public=True) as c:
        yield c


def csrf_of(client: TestClient) -> str:
    client.get("/")
    return client.cookies["metp_csrf"]


# JSON twins are the CLI's --json ---------------------------------------------------------------------
def test_json_twins_equal_the_cli(client, web_archive):
    root, agenda, manual = web_archive.root, web_archive.id("agenda-1985.txt"), web_archive.id("manual.pdf")
    assert get_json(client, "/search.json?q=letter+writing") == cli_json(root, "search", "letter writing")
    assert get_json(client, "/search.json?q=letter&type=agenda&limit=3&sort=date") == \
        cli_json(root, "search", "letter", "--type", "agenda", "--limit", "3", "--sort", "date")
    assert get_json(client, "/search.json?q=writing&decade=1980s&lang=en&exact=1&offset=1") == \
        cli_json(root, "search", "writing", "--decade", "1980s", "--lang", "en", "--exact", "--offset", "1")
    assert get_json(client, "/search.json?q=letter&from=1986&to=1991") == \
        cli_json(root, "search", "letter", "--from", "1986", "--to", "1991")
    assert get_json(client, f"/doc/{agenda}.json") == cli_json(root, "show", agenda)
    assert get_json(client, f"/doc/{agenda[:6]}.json") == cli_json(root, "show", agenda)  # prefixes too
    assert get_json(client, f"/doc/{manual}/page/2.json") == cli_json(root, "show", manual, "--page", "2")
    assert get_json(client, f"/similar/{agenda}.json") == cli_json(root, "similar", agenda)
    assert get_json(client, "/review.json?below=100", 401)  # staff only
    with Archive(Settings(archive_dir=root)) as archive:
        expected = archive.hits_on_page(manual, 3, "urgent action").to_json()
    page = get_json(client, f"/doc/{manual}/page/3.json?q=urgent+action")
    assert page == expected
    assert {k: v for k, v in page.items() if k not in ("query", "hits", "hit_pages")} == \
        cli_json(root, "show", manual, "--page", "3")


def test_viewer_boxes_are_the_hits_search_counted(client, web_archive):
    manual, scan = web_archive.id("manual.pdf"), web_archive.id("letter.png")
    hit = next(h for h in get_json(client, "/search.json?q=urgent+action")["hits"] if h["doc_id"] == manual)
    counted = sorted([hit["page"], *hit["other_pages"]])
    for n in (1, 2, 3):
        page = get_json(client, f"/doc/{manual}/page/{n}.json?q=urgent+action")
        assert page["hit_pages"] == counted == [1, 3]
        assert sorted({b["word"].lower() for b in page["hits"]}) == ([] if n == 2 else ["action", "urgent"])
    scanned = get_json(client, f"/doc/{scan}/page/1.json?q=quartz+lantern")
    assert [b["word"].lower() for b in scanned["hits"]] == ["quartz", "lantern"]
    body = client.get(f"/doc/{manual}/page/1?q=urgent+action").text
    boxes = json.loads(html.unescape(re.search(r"data-boxes='([^']*)'", body).group(1)))
    assert len(boxes) == 2 and 'data-units-width="612"' in body  # PDF points: the script scales by image width
    assert "Next page with hits (page 3)" in body and "<mark>urgent</mark>" in body.lower()


# pages and state in the URL ------------------------------------------------------------------------
def test_every_page_type_renders(client, web_archive):
    agenda, manual = web_archive.id("agenda-1985.txt"), web_archive.id("manual.pdf")
    batch = cli_json(web_archive.root, "batches")[0]["batch_id"]
    for url in ("/", "/search?q=letter", "/search", "/search?type=agenda", "/browse", "/browse/subjects",
                f"/browse/batches/{batch}", f"/doc/{agenda}", f"/doc/{manual}/page/1?q=action", f"/doc/{agenda}/page/1",
                f"/similar/{agenda}", "/basket", "/login", "/healthz"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-security-policy"] == CSP, url
    for url in ("/index.json", "/browse.json", "/browse/subjects.json", f"/browse/batches/{batch}.json", "/basket.json"):
        assert client.get(url).headers["content-type"].startswith("application/json"), url
    assert client.get("/favicon.ico").headers["content-type"] == "image/x-icon"
    assert client.get("/healthz").text == "ok"


def test_search_results_carry_their_state_in_links(client, web_archive):
    page = client.get("/search?q=letter&limit=1&sort=date").text
    assert "documents match “letter”" in page and 'aria-current="page">Page 1' in page
    assert 'href="/search?q=letter&amp;sort=date&amp;limit=1&amp;offset=1"' in page  # the next page keeps everything
    assert 'href="/search?q=letter&amp;type=agenda&amp;sort=date&amp;limit=1"' in page  # a facet link
    narrowed = client.get("/search?q=letter&type=agenda").text
    assert "Type: agenda" in narrowed and 'href="/search?q=letter"' in narrowed  # remove the filter
    assert get_json(client, "/search.json?q=letter&type=agenda")["total"] == 1
    assert 'name="type" value="agenda"' in narrowed and 'form="search-form"' in narrowed


def test_browse_without_a_query(client, web_archive):
    everything = get_json(client, "/search.json")
    assert everything["query"] == "" and everything["total"] == 7  # the staff server sees the restricted memo
    dates = [h["date"] for h in everything["hits"]]
    assert dates == sorted(d for d in dates if d) + [d for d in dates if not d]  # oldest first
    assert get_json(client, "/search.json?decade=1980s")["total"] == 2
    assert get_json(client, "/search.json?subject=letter+writing")["facets"]["type"] == {"agenda": 1, "handout": 1}
    overview = get_json(client, "/browse.json")
    assert overview["documents"] == 7 and overview["facets"]["decade"]["1980s"] == 2
    assert overview["batches"][0]["documents"] == 7
    subjects = {s["term"]: s for s in get_json(client, "/browse/subjects.json")}
    assert subjects["letter writing"]["documents"] == 2 and "campaigning" in subjects["letter writing"]["broader"]
    assert "letter writing" in subjects["campaigning"]["narrower"]
    assert subjects[HOSTILE.lower()]["facet"] == "other"
    batch = overview["batches"][0]["batch_id"]
    listed = get_json(client, f"/browse/batches/{batch}.json")
    assert listed["total"] == 7 and {d["doc_id"] for d in listed["documents"]} == set(web_archive.ids.values())
    page = client.get("/browse/subjects").text
    assert 'href="/search?subject=letter%20writing"' in page or 'href="/search?subject=letter+writing"' in page


def test_did_you_mean_and_ocr_variants_are_shown_as_such(client):
    page = client.get("/search?q=leter+writing").text
    view = get_json(client, "/search.json?q=leter+writing")
    if view["did_you_mean"]:
        assert "Did you mean" in page and html.escape(view["did_you_mean"]) in page
    if view["expanded"]:
        assert "look like OCR misreadings" in page and "Show exact matches only" in page
    assert view["did_you_mean"] or view["expanded"]


def test_document_page_without_javascript(client, web_archive):
    agenda = web_archive.id("agenda-1985.txt")
    page = client.get(f"/doc/{agenda}").text
    assert "Cite this document" in page and f"metp document {agenda}" in page
    assert "archivist (metp tag" in page  # where each value came from
    assert "Chile" in page and "Letter writing evening" in page  # metadata and page text
    assert 'data-copy="citation" hidden' in page  # the copy button needs JavaScript, so it starts hidden
    assert "More like this" in page
    assert f'/doc/{agenda}/original' in page


def test_page_images_are_cached_and_boxed(client, web_archive):
    scan, manual, agenda = web_archive.id("letter.png"), web_archive.id("manual.pdf"), web_archive.id("agenda-1985.txt")
    cached = web_archive.root / "derivatives" / scan / "page-0001.view.png"
    first = client.get(f"/doc/{scan}/page/1/image.png")
    assert first.status_code == 200 and first.headers["content-type"] == "image/png" and cached.is_file()
    mtime = cached.stat().st_mtime_ns
    assert client.get(f"/doc/{scan}/page/1/image.png").content == first.content and cached.stat().st_mtime_ns == mtime
    plain = Image.open(io.BytesIO(first.content))
    boxed = Image.open(io.BytesIO(client.get(f"/doc/{scan}/page/1/image.png?q=quartz").content)).convert("RGB")
    assert boxed.size == plain.size and boxed.getcolors(1 << 24) != plain.convert("RGB").getcolors(1 << 24)
    assert (220, 30, 30) in {c for _, c in boxed.getcolors(1 << 24)}  # the box colour of `show --image`
    text_layer = Image.open(io.BytesIO(client.get(f"/doc/{manual}/page/2/image.png").content))
    assert text_layer.width == 612 * 2  # 144 dpi: boxes in points x 2
    thumb = Image.open(io.BytesIO(client.get(f"/doc/{scan}/page/1/thumb.png").content))
    assert thumb.width == 240
    assert client.get(f"/doc/{agenda}/page/1/image.png").status_code == 404  # plain text has no image
    assert client.get(f"/doc/{scan}/page/9/image.png").status_code == 404


def test_original_download(client, web_archive):
    agenda = web_archive.id("agenda-1985.txt")
    response = client.get(f"/doc/{agenda}/original")
    assert response.status_code == 200 and response.content.startswith(b"Workshop agenda")
    assert response.headers["content-disposition"].startswith("attachment")
    hostile = client.get(f"/doc/{web_archive.id(HOSTILE_FILE)}/original")
    assert hostile.status_code == 200 and "<" not in hostile.headers["content-disposition"]


# the basket ----------------------------------------------------------------------------------------
def test_basket_to_pack(web_archive):
    agenda, manual, guide = (web_archive.id(n) for n in ("agenda-1985.txt", "manual.pdf", "guide-1991.txt"))
    with client_for(web_archive.root) as c:
        csrf = csrf_of(c)
        for doc, page, q in ((manual, 3, "urgent action"), (agenda, 1, "letter writing"), (guide, 1, "")):
            r = c.post("/basket", data={"csrf": csrf, "action": "add", "doc": doc, "page": page, "q": q,
                                        "next": "/search?q=x"}, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/search?q=x"
        assert "Basket (<span id=\"basket-count\">3</span>)" in c.get("/").text  # survives a reload (cookie)
        r = c.post("/basket", data={"csrf": csrf, "action": "add", "doc": agenda, "page": 1},
                   headers={"HX-Request": "true"})
        assert "Already in the basket" in r.text and 'hx-swap-oob="true">3<' in r.text
        c.post("/basket", data={"csrf": csrf, "action": "up", "index": 1})  # agenda first
        c.post("/basket", data={"csrf": csrf, "action": "note", "index": 0, "note": "Use in session 2 — Łódź"})
        pack = get_json(c, "/basket.json")
        assert [(e["doc_id"], e["page"], e["note"]) for e in pack["excerpts"]] == [
            (agenda, 1, "Use in session 2 — Łódź"), (manual, 3, ""), (guide, 1, "")]
        assert "<mark>urgent</mark>" in pack["excerpts"][1]["text"].lower()
        md = c.get("/basket/pack?format=md&title=Session+plan")
        assert md.headers["content-disposition"] == 'attachment; filename="curriculum-pack.md"'
        assert md.text.startswith("# Session plan") and "Note: Use in session 2" in md.text
        assert md.text.index(agenda) < md.text.index(manual)  # the basket's order
        assert "<mark>" in c.get("/basket/pack.html").text.lower()
        pdf = c.get("/basket/pack?format=pdf")
        assert pdf.content.startswith(b"%PDF") and pdf.headers["content-type"] == "application/pdf"
        with pdfplumber.open(io.BytesIO(pdf.content)) as doc:
            text = "\n".join(p.extract_text() for p in doc.pages)
        assert "Łódź" in text and f"metp document {manual}, page 3" in text and "Reading list" in text
        # shared as a link: the same pack for someone else, who may take it over
        share = re.search(r'id="share-link" class="share-link" readonly value="([^"]+)"', c.get("/basket").text).group(1)
        encoded = html.unescape(share).split("?b=")[1]
        with client_for(web_archive.root) as other:
            assert get_json(other, f"/basket.json?b={encoded}")["excerpts"] == pack["excerpts"]
            assert "A shared basket" in other.get(f"/basket?b={encoded}").text
            other.post("/basket", data={"csrf": csrf_of(other), "action": "load", "b": encoded})
            assert len(get_json(other, "/basket.json")["excerpts"]) == 3
        c.post("/basket", data={"csrf": csrf, "action": "remove", "index": 2})
        c.post("/basket", data={"csrf": csrf, "action": "clear"})
        assert get_json(c, "/basket.json")["excerpts"] == []
        assert c.post("/basket", data={"action": "clear"}).status_code == 403  # no CSRF token


def test_hostile_basket_links_are_refused():
    for bad in ("!!!", base64.urlsafe_b64encode(b"not zlib").decode(), "A" * 20_000,
                codec.encode([]) or "eJwDAAAAAAE",
                base64.urlsafe_b64encode(__import__("zlib").compress(b'[["../../etc", 1, "", ""]]')).decode()):
        try:
            items = codec.decode(bad)
        except UsageError:
            continue
        assert items == []
    bomb = base64.urlsafe_b64encode(__import__("zlib").compress(b"[" + b" " * 5_000_000 + b"]")).decode()
    with pytest.raises(UsageError):
        codec.decode(bomb)


# staff -----------------------------------------------------------------------------------------------
def test_staff_writes_need_a_sign_in_and_a_csrf_token(web_archive, tmp_path):
    arc = private_copy(web_archive, tmp_path / "archive")
    guide = arc.id("guide-1991.txt")
    with client_for(arc.root, token=TOKEN) as c:
        csrf = csrf_of(c)
        assert c.get("/review").status_code == 401
        r = c.post(f"/doc/{guide}/metadata", data={"csrf": csrf, "dc.title": "Hijacked"})
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
        assert c.post(f"/doc/{guide}/page/1/correction", data={"csrf": csrf, "text": "x"}).status_code == 401
        login = c.app.state.web.auth.login_token
        assert c.get(f"/login?token=wrong{login}").status_code == 403
        r = c.get(f"/login?token={login}", follow_redirects=False)
        assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
        assert "samesite=strict" in r.headers["set-cookie"].lower()
        assert c.get(f"/login?token={login}").status_code == 403  # one use only
        assert c.get("/review?below=100").status_code == 200
        # signed in, but a form without the CSRF token, or from another site, is refused
        assert c.post(f"/doc/{guide}/metadata", data={"dc.title": "Hijacked"}).status_code == 403
        assert c.post(f"/doc/{guide}/metadata", data={"csrf": csrf, "dc.title": "Hijacked"},
                      headers={"Origin": "http://evil.example"}).status_code == 403
        r = c.post(f"/doc/{guide}/metadata", data={"csrf": csrf, "dc.title": "Trainer guide, 1991 edition",
                                                   "dc.subject": "death penalty\nlobbying", "who": "Ana"},
                   follow_redirects=False)
        assert r.status_code == 303
        shown = cli_json(arc.root, "show", guide)["metadata"]
        assert shown["dc.title"][0] == {**shown["dc.title"][0], "value": "Trainer guide, 1991 edition",
                                        "provenance": "archivist", "source": "web (Ana)"}
        assert [v["value"] for v in shown["dc.subject"]] == ["death penalty", "lobbying"]
        assert shown["dc.type"][0]["value"] == "trainer guide"  # fields not changed are left alone
        # a correction, recorded with its source, searchable at once
        r = c.post(f"/doc/{guide}/page/1/correction", data={"csrf": csrf, "text": "Corrected: the wombat session",
                                                            "who": "Ana"}, follow_redirects=False)
        assert r.status_code == 303
        assert cli_json(arc.root, "show", guide, "--page", "1")["corrected"]["from"] == "web (Ana)"
        assert [h["doc_id"] for h in get_json(c, "/search.json?q=wombat")["hits"]] == [guide]
        # restricting is a metadata edit
        c.post(f"/doc/{guide}/metadata", data={"csrf": csrf, "metp.access": "restricted"})
        assert cli_json(arc.root, "show", guide)["metadata"]["metp.access"][0]["value"] == "restricted"
        assert "Restricted: hidden" in c.get(f"/doc/{guide}").text
        c.post("/logout", data={"csrf": csrf})
        assert c.get("/review").status_code == 401
    # API clients: a Bearer token, no cookies, no CSRF token
    with client_for(arc.root, token=TOKEN) as api:
        r = api.post(f"/doc/{guide}/metadata", data={"metp.access": "open"},
                     headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and "metp.access" not in r.json()
        assert api.post(f"/doc/{guide}/metadata", data={"metp.access": "open"},
                        headers={"Authorization": "Bearer wrong-token-0123456789"}).status_code == 401
        assert get_json(api, "/review.json?below=100", 401)


def test_token_file_signs_in_through_the_form(web_archive):
    with client_for(web_archive.root, token=TOKEN) as c:
        csrf = csrf_of(c)
        assert c.post("/login", data={"csrf": csrf, "token": "nope"}).status_code == 403
        r = c.post("/login", data={"csrf": csrf, "token": TOKEN}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/review"
        review = c.get("/review?below=100")
        assert "Review queue" in review.text and "/correction" in review.text
        scan = web_archive.id("letter.png")
        form = c.get(f"/doc/{scan}/page/1/correction").text
        assert "quartz" in form.lower() and f"/doc/{scan}/page/1/image.png" in form  # image beside the text
        assert 'name="csrf"' in c.get(f"/doc/{scan}/metadata").text


# --public ----------------------------------------------------------------------------------------
def test_public_mode_hides_restricted_documents_everywhere(public, client, web_archive):
    memo = web_archive.id("memo-restricted.txt")
    assert get_json(client, "/search.json?q=zephyr")["total"] == 1
    assert get_json(public, "/search.json?q=zephyr")["total"] == 0
    everything = get_json(public, "/search.json?limit=100")
    assert everything["total"] == 6 and memo not in {h["doc_id"] for h in everything["hits"]}
    assert "memo" not in everything["facets"]["type"]
    assert get_json(client, "/search.json?q=letter+writing")["facets"]["decade"]["1990s"] == 2  # guide and memo
    assert get_json(public, "/search.json?q=letter+writing")["facets"]["decade"]["1990s"] == 1
    assert get_json(public, "/browse.json")["documents"] == 6
    assert get_json(public, "/browse.json")["batches"][0]["documents"] == 6
    batch = get_json(public, "/browse.json")["batches"][0]["batch_id"]
    assert memo not in {d["doc_id"] for d in get_json(public, f"/browse/batches/{batch}.json")["documents"]}
    for url in (f"/doc/{memo}", f"/doc/{memo}.json", f"/doc/{memo[:6]}", f"/doc/{memo}/page/1",
                f"/doc/{memo}/page/1.json", f"/doc/{memo}/original", f"/doc/{memo}/page/1/image.png",
                f"/similar/{memo}", f"/similar/{memo}.json"):
        assert public.get(url).status_code == 404, url
    not_found = public.get(f"/doc/{memo}.json").json()["error"]
    assert not_found == public.get("/doc/0123456789abcdef.json").json()["error"].replace("0123456789abcdef", memo)
    for doc in web_archive.ids.values():
        assert memo not in {h["doc_id"] for h in get_json(public, f"/similar/{doc}.json")["hits"]} if doc != memo else True
    csrf = csrf_of(public)
    public.post("/basket", data={"csrf": csrf, "action": "add", "doc": memo, "page": 1})
    assert get_json(public, "/basket.json")["excerpts"] == []


def test_public_mode_cannot_write(public, web_archive):
    guide = web_archive.id("guide-1991.txt")
    catalog = web_archive.root / "catalog.sqlite"
    before = catalog.stat().st_mtime_ns
    for url, data in ((f"/doc/{guide}/metadata", {"dc.title": "x"}), (f"/doc/{guide}/page/1/correction", {"text": "x"}),
                      ("/login", {"token": TOKEN}), ("/logout", {})):
        assert public.post(url, data=data).status_code in (404, 405), url
    for url in ("/review", "/review.json", f"/doc/{guide}/metadata", f"/doc/{guide}/page/1/correction", "/login"):
        assert public.get(url).status_code == 404, url
    assert "Sign out" not in public.get("/").text and "Restrict" not in public.get(f"/doc/{guide}").text
    assert catalog.stat().st_mtime_ns == before
    with PublicArchive(Settings(archive_dir=web_archive.root)) as archive:
        with pytest.raises(CannotWriteError, match="read-only"):  # SQLite's refusal, as metp reports it
            archive._repository.catalog.db.execute("UPDATE documents SET title='x'")
        with pytest.raises(UsageError, match="read-only"):
            archive.tag(guide, [], "x")


# escaping and headers ------------------------------------------------------------------------------
def test_a_hostile_document_is_escaped_everywhere(client, web_archive):
    hostile = web_archive.id(HOSTILE_FILE)
    csrf = csrf_of(client)
    client.post("/basket", data={"csrf": csrf, "action": "add", "doc": hostile, "page": 1, "q": "quokka"})
    pages = ["/search?q=quokka", "/search?q=%3Cscript%3E", f"/search?subject={HOSTILE}", "/search",
             f"/doc/{hostile}", f"/doc/{hostile}/page/1?q=quokka", f"/similar/{web_archive.id('agenda-1985.txt')}",
             "/browse", "/browse/subjects", "/basket", f"/search?q={HOSTILE}"]
    for url in pages:
        body = client.get(url).text
        assert "<script>alert" not in body and "<img src=x" not in body, url
        assert "onerror=alert" not in body or "&lt;img src=x onerror=alert" in body or \
            "&#34;&gt;&lt;img" in body or "&gt;&lt;img src=x onerror" in body, url
    doc = client.get(f"/doc/{hostile}").text
    assert str(markupsafe.escape(HOSTILE)) in doc
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in doc
    md = client.get("/basket/pack?format=md").text
    assert "<script>" not in md
    packed = client.get("/basket/pack?format=html").text
    assert "<script>alert" not in packed and "&lt;script&gt;" in packed
    client.post("/basket", data={"csrf": csrf, "action": "clear"})


def test_security_headers_and_csp(client):
    r = client.get("/")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    csp = r.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp and "script-src 'self';" in csp
    for url in ("/static/app.js", "/doc/0000000000000000", "/nope", "/search.json?q=%22"):
        assert client.get(url).headers["x-content-type-options"] == "nosniff", url
    assert "<script>" not in r.text.replace('<script src="', "")  # no inline script anywhere
    assert ' style="' not in r.text


def test_openseadragon_style_hash_matches_the_vendored_file():
    from web_support import REPO_ROOT

    js = (REPO_ROOT / "metp/web/static/vendor/openseadragon.min.js").read_text(encoding="utf-8")
    style = re.search(r'data-openseadragon-mobile-css[^;]*;[^;]*?textContent="([^"]*)"', js).group(1)
    assert OSD_STYLE_HASH == "'sha256-%s'" % base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()


def test_requests_are_bounded(client):
    assert SearchState.from_params({"limit": "100000"}).limit == MAX_LIMIT
    assert get_json(client, "/search.json?limit=100000")["total"] == 7
    long = "a" * 1001
    assert client.get(f"/search.json?q={long}").status_code == 400
    page = client.get(f"/search?q={long}")
    assert page.status_code == 400 and "at most 1000" in page.text and 'id="q"' in page.text
    bad = client.get('/search?q="unclosed')
    assert bad.status_code == 400 and "unclosed quote" in bad.text
    assert client.get("/search.json?q=x&limit=abc").status_code == 400
    assert client.get("/search.json?q=x&sort=random").status_code == 400
    assert client.get("/doc/" + "f" * 65).status_code == 404
    assert client.get("/doc/../catalog.sqlite").status_code == 404


def test_a_slow_query_answers_with_a_clear_page(web_archive, monkeypatch):
    real = Archive.search

    def slow(self, *args, **kwargs):
        time.sleep(0.6)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Archive, "search", slow)
    with client_for(web_archive.root, timeout=0.2) as c:
        page = c.get("/search?q=letter")
        assert page.status_code == 503 and "took longer than 0.2 s" in page.text
        assert page.headers["retry-after"] == "5"
        assert c.get("/search.json?q=letter").json()["error"].startswith("the archive took longer")
        assert c.get("/healthz").status_code == 200


# no URL reaches the file system ---------------------------------------------------------------------
def _raw_get(base: str, path: str) -> tuple[int, bytes]:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


def test_no_url_reaches_the_file_system(web_archive, tmp_path):
    arc = private_copy(web_archive, tmp_path / "archive")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    scan = arc.id("letter.png")
    static = __import__("metp.web.app", fromlist=["STATIC_DIR"]).STATIC_DIR
    link = static / "secret-link.txt"
    link.symlink_to(secret)
    cached = arc.root / "derivatives" / scan / "page-0001.view.png"
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.unlink(missing_ok=True)
    cached.symlink_to(secret)  # a cached image that points elsewhere is not followed
    served = serve(arc.root, "--public")
    try:
        probes = ["/static/../../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                  "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%2fetc%2fpasswd", "/static//etc/passwd",
                  "/static/vendor/../../../../catalog.sqlite", f"/static/{secret}", "/static/secret-link.txt",
                  "/doc/..%2f..%2fcatalog.sqlite", f"/doc/{scan}/page/1/..%2f..%2f..%2fcatalog.sqlite",
                  "/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd", f"/doc/{scan}/%2e%2e/%2e%2e/catalog.sqlite",
                  "/basket/pack.%2e%2e%2fcatalog", "/favicon.ico/..%2f..%2fapp.py", "//etc/passwd",
                  "/static/app.js%00.png", "/static/%5c..%5c..%5capp.py"]
        for path in probes:
            status, body = _raw_get(served.url, path)
            assert status in (400, 404, 405), (path, status)
            assert b"TOP-SECRET" not in body and b"root:" not in body and b"SQLite format" not in body, path
        status, body = _raw_get(served.url, f"/doc/{scan}/page/1/image.png")
        assert status == 200 and b"TOP-SECRET" not in body and body.split(b"\r\n\r\n", 1)[1].startswith(b"\x89PNG")
        assert _raw_get(served.url, "/static/app.css")[0] == 200
    finally:
        link.unlink()
        assert served.stop() == 0


# `metp serve` itself -----------------------------------------------------------------------------
def test_serve_prints_its_url_and_stops_cleanly(web_archive, tmp_path):
    served = serve(web_archive.root)
    try:
        import httpx

        assert httpx.get(served.url + "/healthz").text == "ok"
        assert served.login_url and served.login_url.startswith(served.url + "/login?token=")
        # a Host header that is not the loopback address is refused (DNS rebinding)
        assert httpx.get(served.url + "/", headers={"Host": "evil.example"}).status_code == 400
    finally:
        assert served.stop(signal.SIGTERM) == 0
    assert served.stderr_lines[-1] == "metp: stopped"
    again = serve(web_archive.root, "--public")
    assert again.stop(signal.SIGINT) == 0
    empty = tmp_path / "not-an-archive"
    empty.mkdir()
    result = run_cli(empty, "serve", "--port", "0")
    assert result.exit_code == 2 and "no archive at" in result.stderr and list(empty.iterdir()) == []
    token_file = tmp_path / "token"
    token_file.write_text("short")
    assert run_cli(web_archive.root, "serve", "--token-file", token_file).exit_code == 2


def test_an_empty_archive_is_served(tmp_path):
    (tmp_path / "nothing").mkdir()
    assert run_cli(tmp_path / "archive", "ingest", "--no-progress", tmp_path / "nothing").exit_code == 0
    for public in (False, True):
        with client_for(tmp_path / "archive", public=public) as c:
            for url in ("/", "/search", "/search?q=x", "/search?q=x", "/browse", "/browse/subjects", "/basket"):
                assert c.get(url).status_code == 200, (public, url)
            assert get_json(c, "/index.json")["documents"] == 0
