"""Ingest: scans end to end, multi-page TIFFs, duplicates, bad files, type by content, the object store."""

from __future__ import annotations

import json
import os
import random
import stat
from pathlib import Path

import pytest

from conftest import (LETTER, NOTES_TXT, PNG_AS_PDF, PNG_AS_TXT, TEXT_AS_PNG, TIFF_FRAMES, TIFF_PHRASES, cli_json,
                      doc_ids_for, run_cli, search_hits, sha256_file, write_page)
from metp.archive.archive import Archive
from metp.settings import Settings


def test_end_to_end_scan_found_by_phrase_search(tmp_path):
    """Library API: a generated scan goes in, and a phrase from it finds that page."""
    page = write_page(tmp_path / "appeal.png", ["URGENT ACTION NOTICE", "Please write to the harbour master today."])
    with Archive(Settings(archive_dir=tmp_path / "archive", workers=1), create=True) as archive:
        report = archive.ingest([str(page)])
        assert report.summary()["ingested"] == 1 and not report.exit_failed
        doc_id = report.ordered[0].doc_id

        results = archive.search('"write to the harbour master"')
        assert [(hit.doc_id, hit.page) for hit in results.hits] == [(doc_id, 1)]
        assert results.total == 1
        assert archive.search('"harbour write"').total == 0  # a phrase is not a bag of words

        view = archive.page(doc_id, 1)
        assert view.method == "ocr"
        assert "harbour master" in view.text
        assert archive.document(doc_id).title == "URGENT ACTION NOTICE"


def test_ingest_report_has_one_entry_per_input_file(archive, corpus):
    assert archive.exit_code == 0, archive.stderr
    assert [d["path"] for d in archive.report["documents"]] == [str(p) for p in corpus.values()]
    assert {d["status"] for d in archive.report["documents"]} == {"ingested"}
    assert archive.report["files"] == archive.report["ingested"] == len(corpus)
    # letter 1 + born-digital 1 + scanned PDF 1 + mixed 2 + TIFF 3 + misnamed PNGs 2 + text files 2
    assert archive.report["pages"] == 12
    assert archive.report["errors"] == [] and archive.report["failed"] == 0


def test_multipage_tiff_is_one_document_with_each_frame_ocred(archive):
    doc = archive.doc("stack.tif")
    assert doc["media_type"] == "image/tiff"
    assert doc["page_count"] == len(TIFF_FRAMES)
    assert [(p["page"], p["method"]) for p in doc["pages"]] == [(n, "ocr") for n in range(1, len(TIFF_FRAMES) + 1)]
    assert all(p["confidence"] is not None and p["confidence"] > 50 for p in doc["pages"])
    for page_no, phrase in enumerate(TIFF_PHRASES, start=1):
        assert phrase in archive.page("stack.tif", page_no)["text"]
        hits = search_hits(archive.root, f'"{phrase}"')
        assert [(h["doc_id"], h["page"], h["other_pages"]) for h in hits] == [(doc["doc_id"], page_no, [])]


# --- duplicates ------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_same_bytes_under_two_names_is_one_document(tmp_path, workers):
    first = tmp_path / "in" / "minutes.txt"
    first.parent.mkdir()
    first.write_text(NOTES_TXT, encoding="utf-8")
    second = tmp_path / "in" / "minutes-copy.txt"
    second.write_bytes(first.read_bytes())
    arc = tmp_path / "archive"

    report = cli_json(arc, "ingest", "--workers", workers, first, second)
    assert [(d["path"], d["status"]) for d in report["documents"]] == [(str(first), "ingested"),
                                                                       (str(second), "duplicate")]
    assert report["documents"][0]["doc_id"] == report["documents"][1]["doc_id"]
    assert (report["ingested"], report["duplicates"]) == (1, 1)
    doc_id = report["documents"][0]["doc_id"]
    assert {s["path"] for s in cli_json(arc, "show", doc_id)["sources"]} == {str(first), str(second)}

    again = cli_json(arc, "ingest", "--workers", workers, first)
    assert [(d["path"], d["status"], d["doc_id"]) for d in again["documents"]] == [(str(first), "skipped", doc_id)]
    assert (again["ingested"], again["skipped"], again["pages"]) == (0, 1, 0)

    stats = cli_json(arc, "stats")
    assert (stats["documents"], stats["pages"], stats["index_pages"]) == (1, 1, 1)
    assert [h["doc_id"] for h in search_hits(arc, "juniper")] == [doc_id]


def test_same_bytes_in_a_later_batch_is_a_duplicate(tmp_path):
    first, later = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(NOTES_TXT, encoding="utf-8")
    later.write_text(NOTES_TXT, encoding="utf-8")
    arc = tmp_path / "archive"
    doc_id = cli_json(arc, "ingest", "--workers", "1", first)["documents"][0]["doc_id"]
    report = cli_json(arc, "ingest", "--workers", "1", later)
    assert [(d["status"], d["doc_id"]) for d in report["documents"]] == [("duplicate", doc_id)]
    assert {s["path"] for s in cli_json(arc, "show", doc_id)["sources"]} == {str(first), str(later)}
    assert cli_json(arc, "stats")["documents"] == 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_same_path_twice_in_one_batch_is_skipped_whatever_the_worker_count(tmp_path, workers):
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_TXT, encoding="utf-8")
    report = cli_json(tmp_path / "archive", "ingest", "--workers", workers, notes, notes)
    assert [d["status"] for d in report["documents"]] == ["ingested", "skipped"]


def test_folders_are_walked_recursively_without_os_clutter(tmp_path):
    box = tmp_path / "box"
    texts = {box / "top.txt": "Top level minutes.\n", box / "a" / "inner.txt": "Inner folder minutes.\n",
             box / "b" / "deep" / "deepest.txt": "Deepest folder minutes.\n"}
    clutter = [box / "Thumbs.db", box / "desktop.ini", box / ".DS_Store", box / "a" / "._inner.txt"]
    for path, text in [*texts.items(), *((p, "clutter\n") for p in clutter)]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    report = cli_json(tmp_path / "archive", "ingest", "--workers", "1", box)

    assert sorted(d["path"] for d in report["documents"]) == sorted(map(str, texts))
    assert {d["status"] for d in report["documents"]} == {"ingested"}


# --- bad input next to good input -------------------------------------------------------------


def test_bad_files_fail_alone_and_good_files_are_ingested(tmp_path, corpus):
    folder = tmp_path / "box"
    folder.mkdir()
    good_scan = folder / "good-scan.png"
    good_scan.write_bytes(corpus["letter.png"].read_bytes())
    good_text = folder / "good-notes.txt"
    good_text.write_text(NOTES_TXT, encoding="utf-8")
    fake_docx = folder / "report.docx"
    fake_docx.write_bytes(b"PK\x03\x04" + random.Random(7).randbytes(4096))
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    truncated = folder / "truncated.png"
    data = corpus["letter.png"].read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    missing = tmp_path / "no-such-scan.png"
    bad = [fake_docx, empty, truncated, missing]
    arc = tmp_path / "archive"

    result = run_cli(arc, "ingest", "--workers", "2", "--json", folder, missing)

    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    assert (report["files"], report["ingested"], report["failed"]) == (6, 2, 4)
    status = {d["path"]: d["status"] for d in report["documents"]}
    assert status == {**{str(p): "failed" for p in bad}, str(good_scan): "ingested", str(good_text): "ingested"}
    errors = {e["path"]: e["error"] for e in report["errors"]}
    assert set(errors) == {str(p) for p in bad}
    stderr_lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    for path in bad:
        message = errors[str(path)]
        assert "\n" not in message and message.startswith(str(path)), message
        assert [line for line in stderr_lines if str(path) in line] == [f"metp: {message}"]
    assert "empty" in errors[str(empty)]
    assert "unsupported" in errors[str(fake_docx)]

    doc_id = {d["path"]: d["doc_id"] for d in report["documents"]}
    assert doc_ids_for(arc, '"quartz lantern harbour"') == {doc_id[str(good_scan)]}
    assert doc_ids_for(arc, '"juniper kettle"') == {doc_id[str(good_text)]}
    stats = cli_json(arc, "stats")
    assert (stats["documents"], stats["pages"], stats["index_pages"]) == (2, 2, 2)


# --- file type by content, not by name --------------------------------------------------------


@pytest.mark.parametrize("name, words", [("png_named.pdf", PNG_AS_PDF[0]), ("png_named.txt", PNG_AS_TXT[0])])
def test_png_with_a_misleading_extension_is_ocred(archive, name, words):
    doc = archive.doc(name)
    assert doc["media_type"] == "image/png"
    assert [p["method"] for p in doc["pages"]] == ["ocr"]
    assert words in archive.page(name, 1)["text"]
    phrase = " ".join(words.split()[1:])  # drop the leading "The"
    assert doc_ids_for(archive.root, f'"{phrase}"') == {doc["doc_id"]}


def test_text_file_named_png_is_read_as_text(archive):
    doc = archive.doc("text_named.png")
    assert doc["media_type"] == "text/plain"
    page = archive.page("text_named.png", 1)
    assert (page["method"], page["confidence"]) == ("plain-text", None)
    assert page["text"] == TEXT_AS_PNG
    assert doc_ids_for(archive.root, '"orchid typewriter ledger"') == {doc["doc_id"]}


# --- the object store ------------------------------------------------------------------------


def test_originals_are_stored_byte_identical_and_read_only(archive, corpus):
    for name, source in corpus.items():
        doc = archive.doc(name)
        sha = sha256_file(source)
        stored = archive.root / "objects" / sha[:2] / sha
        assert doc["sha256"] == sha
        assert doc["doc_id"] == sha[:16]
        assert Path(doc["original"]).resolve() == stored.resolve()
        assert sha256_file(stored) == sha
        assert stored.read_bytes() == source.read_bytes()
        mode = stat.S_IMODE(os.stat(stored).st_mode)
        assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0, f"{stored} is writable ({oct(mode)})"


def test_first_letter_line_is_the_title(archive):
    assert archive.doc("letter.png")["title"] == LETTER[0]
