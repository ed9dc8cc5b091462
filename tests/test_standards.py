"""The archival standards, checked against the standards' own schemas, offline: ALTO 4.4 per page (stored
derivative and export), hOCR, IIIF Presentation 3 manifests and collection with level-0 tiles (IIIF's JSON
schema; every tile a viewer asks for exists; one manifest opened in headless Chromium with the vendored
OpenSeadragon), the BagIt bag as an Archivematica transfer (metadata.csv naming objects/ paths, METS + PREMIS
3 valid against both schemas, PRONOM ids, events with agents), and the catalog's upgrade to the events table.

Everything runs on a copy of the session archive (real tesseract, real PDFs), exported once per module."""

from __future__ import annotations

import copy
import csv
import functools
import hashlib
import http.server
import json
import shutil
import sqlite3
import threading
from pathlib import Path

import bagit
import pytest
from lxml import etree
from PIL import Image

from conftest import cli_json, run_cli
from metp.archive.alto import ALTO_NS, LayoutPage, Provenance, alto_errors, page_alto
from metp.archive.derivatives import Derivatives
from metp.archive.iiif import presentation_errors, tile_requests
from metp.archive.mets import METS_NS, PREMIS_NS, mets_errors
from metp.pipeline.model import Word

A = f"{{{ALTO_NS}}}"
M = f"{{{METS_NS}}}"
P = f"{{{PREMIS_NS}}}"
XLINK = "{http://www.w3.org/1999/xlink}"
SCHEMAS = Path(__file__).resolve().parents[1] / "metp" / "archive" / "schemas"


def _pages(root: Path, doc_id: str) -> list[dict]:
    return [cli_json(root, "show", doc_id, "--page", p["page"]) for p in cli_json(root, "show", doc_id)["pages"]]


def _words(page: dict) -> list[list]:
    return json.loads(Path(page["derivatives"]["words"]).read_text(encoding="utf-8"))["words"]


@pytest.fixture(scope="module")
def worked(archive, tmp_path_factory, request) -> dict:
    """A copy of the session archive with an archivist's correction and edit and a `metp verify` run,
    then exported as ALTO, IIIF (for a static server on a port chosen now) and a BagIt bag."""
    from browser import free_port

    base = tmp_path_factory.mktemp("standards")
    root = base / "archive"
    shutil.copytree(archive.root, root, symlinks=True)
    letter = archive.doc_ids["letter.png"]
    fix = base / "fix.txt"
    fix.write_text("URGENT ACTION APPEAL\nThe quartz lantern harbour meeting was held on Tuesday.\n", "utf-8")
    assert run_cli(root, "correct", letter, "--page", "1", "--text-file", fix, "--source", "Ana Lopez").exit_code == 0
    assert run_cli(root, "tag", letter, "dc.rights=http://creativecommons.org/licenses/by/4.0/",
                   "--source", "Ana Lopez").exit_code == 0
    assert cli_json(root, "verify")["fixity_recorded"]
    port = free_port()
    site = base / "site"
    site.mkdir()
    outputs = {"alto": base / "alto", "bag": base / "bag", "iiif": site / "iiif"}
    for fmt, dest in (("alto", outputs["alto"]), ("bagit", outputs["bag"])):
        result = run_cli(root, "export", "--format", fmt, dest)
        assert result.exit_code == 0, result.stderr
    result = run_cli(root, "export", "--format", "iiif", outputs["iiif"], "--base-url", f"http://127.0.0.1:{port}/iiif")
    assert result.exit_code == 0, result.stderr
    return {"root": root, "ids": archive.doc_ids, "port": port, "site": site, **outputs, "stderr": result.stderr}


# ALTO -----------------------------------------------------------------------------------------------------
def test_every_page_with_a_layout_has_a_valid_alto_with_one_string_per_word(archive):
    checked = 0
    for name, doc_id in archive.doc_ids.items():
        for page in _pages(archive.root, doc_id):
            if page["method"] == "plain-text":
                assert "alto" not in page["derivatives"], name
                continue
            data = Path(page["derivatives"]["alto"]).read_bytes()
            assert alto_errors(data) == [], (name, page["page"])
            tree = etree.fromstring(data)
            strings = tree.findall(f".//{A}String")
            words = _words(page)
            assert len(strings) == page["words"] == len(words), (name, page["page"])
            assert [s.get("CONTENT") for s in strings] == [w[0] for w in words]
            unit = tree.findtext(f"{A}Description/{A}MeasurementUnit")
            image = tree.findtext(f"{A}Description/{A}sourceImageInformation/{A}fileName")
            if page["method"] == "ocr":
                assert unit == "pixel" and image == f"page-{page['page']:04d}.view.png"
                assert [float(s.get("WC")) for s in strings] == [round(w[1] / 100, 4) for w in words]
                first = strings[0]
                assert [int(first.get(k)) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT")] == words[0][2:6]
                assert tree.find(f".//{A}Page").get("WIDTH") == str(page["width"])
                assert "preprocessing" in tree.find(f".//{A}Page").get("PROCESSINGREFS")
            else:
                assert unit == "inch1200" and image == Path(cli_json(archive.root, "show", doc_id)["sources"][0]["path"]).name
                assert all(s.get("WC") is None for s in strings)
            checked += 1
    assert checked == 10  # 8 OCRed pages (3 of them TIFF frames), 2 text-layer pages


def test_alto_keeps_tesseracts_blocks_paragraphs_and_lines(archive):
    page = cli_json(archive.root, "show", archive.doc_ids["letter.png"], "--page", "1")
    words = _words(page)
    columns = json.loads(Path(page["derivatives"]["words"]).read_text("utf-8"))["columns"]
    assert columns[-2:] == ["block", "par"] and all(w[7] >= 1 and w[8] >= 1 for w in words)
    tree = etree.parse(page["derivatives"]["alto"])
    assert len(tree.findall(f".//{A}ComposedBlock")) == len({w[7] for w in words})
    assert len(tree.findall(f".//{A}TextBlock")) == len({(w[7], w[8]) for w in words})
    assert len(tree.findall(f".//{A}TextLine")) == len({w[6] for w in words}) == 3
    assert [s.get("CONTENT") for s in tree.find(f".//{A}TextLine").findall(f"{A}String")] == ["URGENT", "ACTION", "APPEAL"]


def test_word_files_written_before_block_numbers_still_read(tmp_path):
    derivatives = Derivatives(tmp_path)
    derivatives.dir_for("abcd").mkdir()
    old = {"page": 1, "method": "ocr", "width": 800, "height": 600, "dpi": 300,
           "columns": ["text", "conf", "left", "top", "width", "height", "line"],
           "words": [["Hello", 91.0, 10, 10, 50, 20, 0], ["again", 88.0, 10, 60, 50, 20, 1]]}
    derivatives.words_path("abcd", 1).write_text(json.dumps(old), "utf-8")
    words = derivatives.read_words("abcd", 1)
    assert words == (Word("Hello", 91.0, 10, 10, 50, 20, 0), Word("again", 88.0, 10, 60, 50, 20, 1))
    assert words[0].block == 0 and words[0].par == 0
    data = page_alto(LayoutPage("abcd", 1, "ocr", 800, 600, 300, 89.5, None, words), Provenance())
    assert alto_errors(data) == []
    assert len(etree.fromstring(data).findall(f".//{A}TextBlock")) == 2  # paragraphs from the gap between lines


def test_the_alto_schema_is_really_checked():
    words = (Word("Hello", 91.0, 10, 10, 50, 20, 0, 1, 1),)
    data = page_alto(LayoutPage("abcd", 1, "ocr", 800, 600, 300, 91.0, None, words), Provenance())
    assert alto_errors(data) == []
    assert alto_errors(data.replace(b'WC="0.9100"', b'WC="1.5"'))  # confidence out of 0..1
    assert alto_errors(data.replace(b"<MeasurementUnit>pixel", b"<MeasurementUnit>furlong"))


def test_hocr_is_written_for_ocr_pages_from_the_same_words(archive):
    ocr = cli_json(archive.root, "show", archive.doc_ids["scanned.pdf"], "--page", "1")
    tree = etree.parse(ocr["derivatives"]["hocr"])  # well-formed XHTML
    words = tree.xpath("//*[@class='ocrx_word']")
    assert [w.text for w in words] == [w[0] for w in _words(ocr)]
    assert words[0].get("title").endswith(f"x_wconf {round(_words(ocr)[0][1])}")
    assert 'image "page-0001.view.png"' in tree.xpath("//*[@class='ocr_page']")[0].get("title")
    text_layer = cli_json(archive.root, "show", archive.doc_ids["born_digital.pdf"], "--page", "1")
    assert "hocr" not in text_layer["derivatives"]


def test_alto_export_writes_valid_files_beside_the_image_they_describe(worked):
    ids = worked["ids"]
    exported = sorted(worked["alto"].rglob("*.alto.xml"))
    assert len(exported) == 10
    assert all(alto_errors(path.read_bytes()) == [] for path in exported)
    assert not (worked["alto"] / ids["notes.txt"]).exists()  # plain text has no layout
    page = worked["alto"] / ids["stack.tif"] / "page-0002.alto.xml"
    tree = etree.parse(str(page))
    assert tree.findtext(f".//{A}fileName") == "page-0002.png"
    with Image.open(page.with_name("page-0002.png")) as image:
        assert (str(image.width), str(image.height)) == (tree.find(f".//{A}Page").get("WIDTH"),
                                                         tree.find(f".//{A}Page").get("HEIGHT"))
    assert "saffron" in " ".join(s.get("CONTENT") for s in tree.iter(f"{A}String"))


# IIIF -----------------------------------------------------------------------------------------------------
def test_iiif_manifests_and_collection_are_valid_presentation_3(worked):
    site = worked["iiif"]
    ids = worked["ids"]
    collection = json.loads((site / "collection.json").read_text("utf-8"))
    assert presentation_errors(collection) == []
    assert len(collection["items"]) == 7  # every document but the two plain-text ones
    assert "plain text" in worked["stderr"]
    for item in collection["items"]:
        local = site / item["id"].split("/iiif/", 1)[1]
        manifest = json.loads(local.read_text("utf-8"))
        assert presentation_errors(manifest) == [], item["id"]
    stack = json.loads((site / ids["stack.tif"] / "manifest.json").read_text("utf-8"))
    assert len(stack["items"]) == 3
    labels = {m["label"]["en"][0].split(" (")[0] for m in stack["metadata"]}
    assert {"Title", "Identifier", "Format"} <= labels and "Source" not in labels
    letter_labels = {m["label"]["en"][0].split(" (")[0] for m in
                     json.loads((site / ids["letter.png"] / "manifest.json").read_text("utf-8"))["metadata"]}
    assert {"Title", "Subject", "Language", "Rights"} <= letter_labels  # the tagged and archivist fields with a DC element
    letter = json.loads((site / ids["letter.png"] / "manifest.json").read_text("utf-8"))
    assert letter["rights"] == "http://creativecommons.org/licenses/by/4.0/"
    born = json.loads((site / ids["born_digital.pdf"] / "manifest.json").read_text("utf-8"))
    assert born["rendering"][0]["format"] == "application/pdf"
    assert (site / ids["born_digital.pdf"] / f"{ids['born_digital.pdf']}.pdf").is_file()
    assert "rendering" not in letter  # no searchable PDF kept for it (ingested without --pdf)


def test_a_broken_manifest_is_refused_by_the_schema(worked):
    manifest = json.loads((worked["iiif"] / worked["ids"]["letter.png"] / "manifest.json").read_text("utf-8"))
    for breaking in (lambda m: m.pop("items"), lambda m: m.update(label="a bare string"),
                     lambda m: m.update(rights="https://example.org/my-licence")):
        broken = copy.deepcopy(manifest)
        breaking(broken)
        assert presentation_errors(broken), breaking


def test_every_image_a_level0_client_asks_for_exists(worked):
    site = worked["iiif"]
    for manifest_path in site.glob("*/manifest.json"):
        manifest = json.loads(manifest_path.read_text("utf-8"))
        for canvas in manifest["items"]:
            body = canvas["items"][0]["items"][0]["body"]
            service = site / body["service"][0]["id"].split("/iiif/", 1)[1]
            info = json.loads((service / "info.json").read_text("utf-8"))
            assert info["profile"] == "level0" and info["type"] == "ImageService3"
            assert (info["width"], info["height"]) == (canvas["width"], canvas["height"]) == (body["width"], body["height"])
            for req in tile_requests(info["width"], info["height"]):
                with Image.open(service / req.path) as tile:
                    assert tile.size == (req.crop[2], req.crop[3]), req
            alto = site / canvas["seeAlso"][0]["id"].split("/iiif/", 1)[1]
            assert alto_errors(alto.read_bytes()) == []


@pytest.fixture(scope="module")
def static_server(worked):
    """The exported site served by a plain static web server at the base URL the export was given."""
    handler = functools.partial(_QuietHandler, directory=str(worked["site"]))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", worked["port"]), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{worked['port']}"
    server.shutdown()
    thread.join(5)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_a_manifest_opens_in_openseadragon_in_headless_chromium(worked, static_server):
    from playwright.sync_api import sync_playwright

    from browser import launch_chromium, watch_page

    manifest = f"{static_server}/iiif/{worked['ids']['stack.tif']}/manifest.json"
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            log = watch_page(page)
            page.goto(f"{static_server}/iiif/index.html?manifest={manifest}")
            page.wait_for_selector("body[data-opened]", timeout=15000)
            page.wait_for_function("() => document.querySelector('#viewer canvas') !== null", timeout=15000)
            page.wait_for_timeout(800)  # let the first tiles arrive
            assert page.inner_text("#status").endswith("3 page(s)")
            tiles = [u for u in log.requests if u.endswith("/default.jpg")]
            assert tiles and all("/p1/" in u for u in tiles)  # sequence mode: the first page's tiles
            page.locator("[title='Next page']").first.click()
            page.wait_for_function("() => performance.getEntriesByType('resource')"
                                   ".some(e => e.name.includes('/p2/') && e.name.endsWith('.jpg'))", timeout=10000)
            assert log.problems() == [] and log.offsite_requests(static_server) == []
        finally:
            browser.close()


# the bag: an Archivematica transfer with METS + PREMIS ------------------------------------------------------
def test_the_bag_is_an_archivematica_transfer(worked):
    bag = bagit.Bag(str(worked["bag"]))
    assert bag.is_valid()
    data = worked["bag"] / "data"
    with open(data / "metadata" / "metadata.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "filename" and len(rows) == 10
    for row in rows[1:]:
        assert row[0].startswith("objects/") and (data / row[0]).is_file(), row[0]
    assert f"objects/{worked['ids']['letter.png']}/letter.png" in {r[0] for r in rows}
    assert (data / "objects" / "derivatives" / worked["ids"]["letter.png"] / "page-0001.alto.xml").is_file()


def test_the_mets_is_valid_with_premis_objects_events_and_agents(worked):
    data = worked["bag"] / "data"
    mets = (data / "metadata" / "mets.xml").read_bytes()
    assert mets_errors(mets) == []
    tree = etree.fromstring(mets)
    files = tree.findall(f".//{M}fileGrp[@USE='original']/{M}file")
    assert len(files) == 9
    for f in files:
        href = f.find(f"{M}FLocat").get(f"{XLINK}href")
        assert hashlib.sha256((data / href).read_bytes()).hexdigest() == f.get("CHECKSUM")
    objects = {o.findtext(f"{P}objectIdentifier/{P}objectIdentifierValue"): o for o in tree.iter(f"{P}object")}
    ids = worked["ids"]
    assert objects[ids["letter.png"]].findtext(f".//{P}formatRegistryKey") == "fmt/11"      # PNG
    assert objects[ids["born_digital.pdf"]].findtext(f".//{P}formatRegistryName") == "PRONOM"
    assert objects[ids["born_digital.pdf"]].findtext(f".//{P}formatRegistryKey").startswith("fmt/")
    assert objects[ids["stack.tif"]].findtext(f".//{P}messageDigestAlgorithm") == "SHA-256"

    letter = next(f for f in files if f.find(f"{M}FLocat").get(f"{XLINK}href") == f"objects/{ids['letter.png']}/letter.png")
    amd = tree.find(f".//{M}amdSec[@ID='{letter.get('ADMID')}']")
    events = {e.findtext(f"{P}eventType"): e for e in amd.iter(f"{P}event")}
    assert {"ingestion", "message digest calculation", "format identification", "transcription", "fixity check",
            "modification", "metadata modification"} <= set(events)
    assert events["fixity check"].findtext(f".//{P}eventOutcome") == "pass"
    assert "tesseract" in [a.findtext(f"{P}linkingAgentIdentifierValue").split()[0]
                           for a in events["transcription"].findall(f"{P}linkingAgentIdentifier")]
    agents = {a.findtext(f"{P}agentIdentifier/{P}agentIdentifierValue"): a for a in amd.iter(f"{P}agent")}
    for event in amd.iter(f"{P}event"):  # every agent an event names is described
        for link in event.findall(f"{P}linkingAgentIdentifier"):
            assert link.findtext(f"{P}linkingAgentIdentifierValue") in agents
    people = [a for a in agents.values() if a.findtext(f"{P}agentType") == "person"]
    assert [p.findtext(f"{P}agentName") for p in people] == ["Ana Lopez"]
    linked = {link.findtext(f"{P}linkingEventIdentifierValue") for link in
              objects[ids["letter.png"]].findall(f"{P}linkingEventIdentifier")}
    assert linked == {e.findtext(f"{P}eventIdentifier/{P}eventIdentifierValue") for e in amd.iter(f"{P}event")}


def test_premis_inside_mets_is_checked_too(worked):
    mets = (worked["bag"] / "data" / "metadata" / "mets.xml").read_bytes()
    tree = etree.fromstring(mets)
    event = next(tree.iter(f"{P}event"))
    event.remove(event.find(f"{P}eventType"))  # METS alone would accept this: its xmlData is lax
    assert mets_errors(etree.tostring(tree))
    tree = etree.fromstring(mets)
    next(tree.iter(f"{P}object")).set("version", "2.2")
    assert mets_errors(etree.tostring(tree))


def test_verify_records_a_fixity_check_per_document(worked):
    root = worked["root"]
    before = _events(root, "fixity check")
    assert cli_json(root, "verify")["ok"]
    after = _events(root, "fixity check")
    assert len(after) == len(before) + 9 and {e[1] for e in after} == {"pass"}


def _events(root: Path, kind: str) -> list[tuple]:
    with sqlite3.connect(root / "catalog.sqlite") as db:
        return db.execute("SELECT doc_id, outcome FROM events WHERE type=?", (kind,)).fetchall()


def test_an_older_catalog_gets_its_history_as_events(archive, tmp_path):
    root = tmp_path / "old"
    shutil.copytree(archive.root, root, symlinks=True)
    letter = archive.doc_ids["letter.png"]
    fix = tmp_path / "fix.txt"
    fix.write_text("corrected", "utf-8")
    assert run_cli(root, "correct", letter, "--page", "1", "--text-file", fix).exit_code == 0
    assert run_cli(root, "tag", letter, "dc.subject+=letter writing", "--source", "Ana").exit_code == 0
    with sqlite3.connect(root / "catalog.sqlite") as db:  # as metp left catalogs before the events table
        db.executescript("DROP TABLE events; PRAGMA user_version=2;")
    assert run_cli(root, "stats").exit_code == 0  # any command upgrades it
    with sqlite3.connect(root / "catalog.sqlite") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 3
        kinds = db.execute("SELECT type, COUNT(*) FROM events GROUP BY type").fetchall()
        uuids = [r[0] for r in db.execute("SELECT event_id FROM events")]
    assert dict(kinds) == {"ingestion": 9, "message digest calculation": 9, "modification": 1,
                           "metadata modification": 1}
    assert len(set(uuids)) == len(uuids) and all(len(u) == 36 and u[14] == "4" for u in uuids)
    assert run_cli(root, "export", "--format", "bagit", tmp_path / "bag").exit_code == 0
    assert mets_errors((tmp_path / "bag" / "data" / "metadata" / "mets.xml").read_bytes()) == []
