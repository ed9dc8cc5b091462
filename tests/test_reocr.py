"""`metp reocr`: pages first read with the wrong language are read again; archivists' corrections and
metadata stay; text, derivatives, index entries and metadata follow the new reading; an event says so.

`make test` installs only tesseract's `eng` and `osd` data, so the always-run test reads a page first with
`--lang osd` (the orientation data: Latin text comes out as noise, as with a wrong language) and then with
`eng`.  The Spanish test (a page with accents read as English, then as Spanish) runs where
`tesseract-ocr-spa` is installed and is skipped, saying so, where it is not."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import pytesseract
from lxml import etree
from PIL import Image, ImageDraw, ImageFont

from conftest import cli_json, run_cli, write_tiff
from metp.archive.alto import ALTO_NS, alto_errors
from metp.errors import ExitCode

FONT = Path(__file__).resolve().parents[1] / "metp" / "archive" / "fonts" / "DejaVuSans.ttf"
FRAMES = [["TRAINING WORKSHOP AGENDA", "The turquoise bicycle seminar starts at nine."],
          ["EVALUATION FORM", "The lavender teapot session was useful."]]


@pytest.fixture(scope="module")
def misread(tmp_path_factory):
    """A two-page TIFF ingested with the wrong language, its second page corrected and its title set by an
    archivist, then read again with the right one."""
    base = tmp_path_factory.mktemp("reocr")
    root = base / "archive"
    tiff = write_tiff(base / "workshop.tif", FRAMES)
    report = cli_json(root, "ingest", "--workers", "2", "--no-progress", "--lang", "osd", tiff)
    doc_id = report["documents"][0]["doc_id"]
    before = [cli_json(root, "show", doc_id, "--page", n) for n in (1, 2)]
    fix = base / "p2.txt"
    fix.write_text("EVALUATION FORM\nThe lavender teapot session was useful (checked by hand).\n", "utf-8")
    assert run_cli(root, "correct", doc_id, "--page", "2", "--text-file", fix, "--source", "Ana").exit_code == 0
    assert run_cli(root, "tag", doc_id, "dc.title=Workshop papers, 1986", "dc.subject+=evaluation").exit_code == 0
    result = run_cli(root, "reocr", doc_id, "--lang", "eng", "--workers", "2", "--json")
    assert result.exit_code == 0, result.stderr
    return {"root": root, "doc": doc_id, "before": before, "reocr": json.loads(result.stdout),
            "stderr": result.stderr}


def test_the_wrong_language_reads_noise_and_the_right_one_reads_the_page(misread):
    assert "turquoise" not in misread["before"][0]["text"].lower()
    done = misread["reocr"]["documents"][0]
    assert done["status"] == "read again" and done["corrected_pages_kept"] == [2]
    assert done["confidence_after"] > done["confidence_before"]
    page = cli_json(misread["root"], "show", misread["doc"], "--page", "1")
    assert "turquoise bicycle seminar" in page["text"]
    hits = cli_json(misread["root"], "search", '"turquoise bicycle"')["hits"]
    assert [(h["doc_id"], h["page"]) for h in hits] == [(misread["doc"], 1)]
    assert misread["doc"] in misread["stderr"] and "corrections kept on pages 2" in misread["stderr"]


def test_corrections_and_archivist_metadata_are_kept(misread):
    root, doc = misread["root"], misread["doc"]
    page = cli_json(root, "show", doc, "--page", "2")
    assert "checked by hand" in page["text"]                  # the correction still wins
    assert "lavender teapot" in page["ocr_text"] and "checked" not in page["ocr_text"]  # beside the new OCR
    assert page["corrected"]["from"] == "Ana"
    record = cli_json(root, "show", doc)
    values = {name: [v["value"] for v in vals] for name, vals in record["metadata"].items()}
    assert values["dc.title"] == ["Workshop papers, 1986"] and "evaluation" in values["dc.subject"]
    assert record["title"] == "Workshop papers, 1986"
    assert cli_json(root, "search", '"checked by hand"')["total"] == 1
    assert cli_json(root, "verify")["ok"]


def test_derivatives_follow_the_new_reading(misread):
    page = cli_json(misread["root"], "show", misread["doc"], "--page", "1")
    words = json.loads(Path(page["derivatives"]["words"]).read_text("utf-8"))["words"]
    alto = Path(page["derivatives"]["alto"]).read_bytes()
    assert alto_errors(alto) == []
    strings = [s.get("CONTENT") for s in etree.fromstring(alto).iter(f"{{{ALTO_NS}}}String")]
    assert strings == [w[0] for w in words] and "turquoise" in strings and len(strings) == page["words"]
    assert b"lang=eng" in alto
    assert "turquoise" in Path(page["derivatives"]["hocr"]).read_text("utf-8")


def test_the_reading_is_recorded_as_an_event(misread):
    with sqlite3.connect(misread["root"] / "catalog.sqlite") as db:
        readings = db.execute("SELECT detail, outcome_detail, agents FROM events WHERE doc_id=? AND type="
                              "'transcription' ORDER BY id", (misread["doc"],)).fetchall()
    assert len(readings) == 2
    assert "lang=osd" in readings[0][0] and readings[1][0].startswith("read again (metp reocr)")
    assert "lang=eng" in readings[1][0] and "corrections kept on page 2" in readings[1][1]
    assert {a["name"] for a in json.loads(readings[1][2])} == {"metp", "tesseract"}


def test_a_missing_language_pack_is_one_line_naming_the_package(misread):
    result = run_cli(misread["root"], "reocr", misread["doc"], "--lang", "eng+kat_old")
    assert result.exit_code == ExitCode.missing_dependency
    assert result.stderr.count("\n") == 1 and "sudo apt-get install tesseract-ocr-kat-old" in result.stderr


def test_usage_mistakes_are_refused(misread):
    root = misread["root"]
    assert run_cli(root, "reocr").exit_code == ExitCode.usage
    assert run_cli(root, "reocr", misread["doc"], "--psm", "0").exit_code == ExitCode.usage
    assert run_cli(root, "reocr", "--batch", "no-such-batch").exit_code == ExitCode.not_found


def test_plain_text_is_skipped_and_a_batch_or_query_selects_documents(tmp_path):
    root = tmp_path / "archive"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.txt").write_text("Notes of the juniper kettle committee.\n", "utf-8")
    report = cli_json(root, "ingest", "--workers", "1", "--no-progress", tmp_path / "in")
    done = cli_json(root, "reocr", "--batch", report["batch_id"], "--query", "juniper")
    assert [(d["doc_id"], d["status"]) for d in done["documents"]] == [(report["documents"][0]["doc_id"], "skipped")]


@pytest.mark.skipif("spa" not in pytesseract.get_languages(config=""),
                    reason="tesseract's Spanish data is not installed (sudo apt-get install tesseract-ocr-spa); "
                           "make test installs only eng and osd")
def test_a_spanish_page_read_as_english_is_read_again_as_spanish(tmp_path):
    image = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for i, line in enumerate(["ACCIÓN URGENTE", "La reunión del año pasado tuvo lugar",
                              "en la pequeña biblioteca de Panamá."]):
        draw.text((150, 200 + 100 * i), line, fill=0, font=font)
    path = tmp_path / "accion.png"
    image.save(path, dpi=(300, 300))
    root = tmp_path / "archive"
    doc = cli_json(root, "ingest", "--workers", "1", "--no-progress", path)["documents"][0]["doc_id"]
    assert "reunión" not in cli_json(root, "show", doc, "--page", "1")["text"]
    assert run_cli(root, "reocr", doc, "--lang", "spa").exit_code == 0
    text = cli_json(root, "show", doc, "--page", "1")["text"]
    assert "reunión" in text and "año" in text and "pequeña" in text
    assert cli_json(root, "search", "reunión", "--exact")["total"] == 1
