"""Batch ingest an archivist can trust (issue 3): bad input fails alone with a clear reason,
odd file names, crashes and kills cost nothing but a re-run, verify finds damage."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image

from conftest import LETTER, cli_json, doc_ids_for, run_cli, write_page, write_text_pdf
from metp.errors import ExitCode

METP = Path(sys.executable).parent / "metp"
ANIMALS = ("walrus", "badger", "heron", "otter", "falcon", "beaver")


def _ingest(archive: Path, *paths, extra=()) -> tuple[dict, object]:
    result = run_cli(archive, "ingest", "--workers", "2", "--json", *extra, *map(str, paths))
    return json.loads(result.stdout), result


def _entry(report: dict, path: Path) -> dict:
    [entry] = [e for e in report["documents"] if e["path"] == str(path)]
    return entry


def _error(report: dict, path: Path) -> str:
    [error] = [e["error"] for e in report["errors"] if e["path"] == str(path)]
    assert "\n" not in error and error.startswith(str(path))
    return error


def _empty_pdf(tmp_path: Path) -> bytes:
    """A well-formed PDF whose page tree is empty."""
    path = tmp_path / "scratch-empty.pdf"
    pdfium.PdfDocument.new().save(str(path))
    return path.read_bytes()


def _minimal_pdf(body: bytes) -> bytes:
    return b"%PDF-1.4\n" + body + b"\n%%EOF\n"


def test_each_kind_of_bad_file_fails_alone_with_a_reason_that_says_what_to_do(tmp_path):
    good = write_page(tmp_path / "good.png", LETTER)
    bad = {
        "empty.pdf": (b"", "empty"),
        "garbage.pdf": (_minimal_pdf(b"this is not a pdf body at all " * 20), "re-export"),
        "no_pages.pdf": (_empty_pdf(tmp_path), "no pages"),
        "report.docx": (b"PK\x03\x04" + bytes(range(256)) * 8, "unsupported file type"),
        "binary.dat": (bytes(range(256)) * 8, "unsupported file type"),
    }
    for name, (data, _) in bad.items():
        (tmp_path / name).write_bytes(data)
    report, result = _ingest(tmp_path / "archive", good, *(tmp_path / n for n in bad))
    assert result.exit_code == ExitCode.files_failed
    assert _entry(report, good)["status"] == "ingested"
    for name, (_, hint) in bad.items():
        assert _entry(report, tmp_path / name)["status"] == "failed"
        assert hint in _error(report, tmp_path / name)
        assert f"metp: {tmp_path / name}:" in result.stderr  # one line each on stderr as it happens
    assert "Traceback" not in result.stderr
    assert doc_ids_for(tmp_path / "archive", '"quartz lantern"') == {_entry(report, good)["doc_id"]}


def test_an_enormous_image_is_refused_without_running_out_of_memory(tmp_path):
    huge = tmp_path / "huge.png"
    Image.new("1", (20000, 20000), 1).save(huge)  # 400 million pixels in a few kilobytes
    report, result = _ingest(tmp_path / "archive", huge)
    assert result.exit_code == ExitCode.files_failed
    assert "too large" in _error(report, huge) and "downsample" in _error(report, huge)


def test_encrypted_pdf_needs_the_password_and_then_ingests(tmp_path):
    locked = tmp_path / "locked.pdf"
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, "The tangerine observatory budget for the campaign.")
    pdf.output(str(locked))
    report, result = _ingest(tmp_path / "archive", locked)
    assert result.exit_code == ExitCode.files_failed
    assert "--password" in _error(report, locked)
    report, result = _ingest(tmp_path / "archive", locked, extra=("--password", "secret"))
    assert result.exit_code == 0, result.stderr
    doc = _entry(report, locked)["doc_id"]
    assert doc_ids_for(tmp_path / "archive", "tangerine observatory") == {doc}
    # reading the stored original again needs the password too: one line without it, the file with it
    image, copy = tmp_path / "p1.png", tmp_path / "copy.pdf"
    for args in (("show", doc, "--page", "1", "--image", image), ("export-pdf", doc, "-o", copy)):
        refused = run_cli(tmp_path / "archive", *args)
        assert refused.exit_code == ExitCode.usage and "--password" in refused.stderr, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
        assert run_cli(tmp_path / "archive", *args, "--password", "secret").exit_code == 0
    assert image.read_bytes().startswith(b"\x89PNG") and copy.read_bytes().startswith(b"%PDF")


def test_a_blank_page_is_ingested_flagged_and_adds_no_noise_to_the_index(tmp_path):
    blank = tmp_path / "blank.png"
    speckled = Image.effect_noise((1700, 2200), 8).point(lambda v: 255 if v < 150 else 60)
    speckled.save(blank, dpi=(300, 300))
    report, result = _ingest(tmp_path / "archive", blank)
    assert result.exit_code == 0, result.stderr
    page = cli_json(tmp_path / "archive", "show", _entry(report, blank)["doc_id"], "--page", "1")
    assert page["flags"] == ["blank"] and page["text"] == ""
    assert cli_json(tmp_path / "archive", "stats")["blank_pages"] == 1


def test_odd_file_names_are_ingested_and_reported(tmp_path):
    folder = tmp_path / "box 12"
    folder.mkdir()
    names = ["with spaces.png", "Ünïcødé résumé.png"]
    for i, name in enumerate(names):
        write_page(folder / name, [f"Document {i}", f"The {['saffron', 'indigo'][i]} harbour minutes."])
    raw_name = os.fsencode(folder) + b"/latin1-\xe9t\xe9.txt"  # not valid UTF-8
    with open(raw_name, "wb") as fh:
        fh.write(b"The violet abacus summary.\n")
    report, result = _ingest(tmp_path / "archive", folder)
    assert result.exit_code == 0, result.stderr
    assert report["ingested"] == 3
    paths = {e["path"] for e in report["documents"]}
    assert {str(folder / n) for n in names} <= paths
    assert any(p.endswith("latin1-\\xe9t\\xe9.txt") for p in paths)  # escaped, not dropped
    assert len(doc_ids_for(tmp_path / "archive", "violet abacus")) == 1


def test_special_files_and_a_symlink_loop_do_not_stop_the_walk(tmp_path):
    folder = tmp_path / "scans"
    (folder / "sub").mkdir(parents=True)
    write_page(folder / "sub" / "page.png", LETTER)
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.png").symlink_to(tmp_path / "nowhere.png")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    os.mkfifo(folder / "pipe")
    report, result = _ingest(tmp_path / "archive", folder)
    assert result.exit_code == ExitCode.files_failed
    assert report["ingested"] == 1 and report["failed"] == 3
    for name in ("dangling.png", "pipe"):
        assert "not a regular file" in _error(report, folder / name)
    assert "leads back to itself" in _error(report, folder / "self.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its permissions")
def test_an_unreadable_file_fails_with_a_permissions_hint(tmp_path):
    page = write_page(tmp_path / "secret.png", LETTER)
    page.chmod(0)
    report, _ = _ingest(tmp_path / "archive", page)
    assert "permission" in _error(report, page).lower()


def test_missing_tesseract_is_one_clear_error_before_any_work(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    env = {**os.environ, "PATH": str(METP.parent)}  # python and metp, but no tesseract
    done = subprocess.run([str(METP), "--archive", str(tmp_path / "archive"), "ingest", str(notes)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == ExitCode.missing_dependency
    assert done.stderr.count("\n") == 1 and "apt-get install tesseract-ocr" in done.stderr


def _catalogued(archive: Path) -> int:
    try:
        with sqlite3.connect(archive / "catalog.sqlite", timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_mid_batch_then_rerun_finishes_the_rest(tmp_path):
    folder = tmp_path / "box"
    folder.mkdir()
    for n, animal in enumerate(ANIMALS):
        write_page(folder / f"p{n}.png", [f"PAGE {n}", f"The marker word is {animal} today."])
    archive = tmp_path / "archive"
    command = [str(METP), "--archive", str(archive), "ingest", str(folder), "--workers", "1", "--no-progress"]
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _catalogued(archive) < 2 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.1)
    # while it runs, search works and sees what is committed (whole documents only)
    during = subprocess.run([str(METP), "--archive", str(archive), "search", "--json", "walrus OR badger"],
                            capture_output=True, text=True, timeout=60)
    assert during.returncode == 0, during.stderr
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    done_before = _catalogued(archive)
    assert 2 <= done_before < 6, "the kill should land mid-batch"

    report, result = _ingest(archive, folder)
    assert result.exit_code == 0, result.stderr
    assert report["ingested"] == 6 - done_before and report["skipped"] == done_before
    for animal in ANIMALS:
        assert len(doc_ids_for(archive, animal)) == 1, animal
    verdict = cli_json(archive, "verify")
    assert verdict["ok"] and verdict["documents"] == 6, verdict["problems"]
    leftovers = [p for p in archive.rglob("*") if p.name.startswith((".tmp-", "put-"))]
    assert leftovers == []
    statuses = [b["status"] for b in cli_json(archive, "batches")]
    assert statuses == ["interrupted", "finished"]


def test_verify_finds_a_damaged_original_and_an_index_out_of_step(tmp_path):
    archive = tmp_path / "archive"
    pdf = write_text_pdf(tmp_path / "memo.pdf", [["MEMO", "The pumpkin telescope agenda for the group."]])
    report, _ = _ingest(archive, pdf)
    assert cli_json(archive, "verify")["ok"]
    doc_id = report["documents"][0]["doc_id"]
    show = cli_json(archive, "show", doc_id)
    original = Path(show["original"])
    original.chmod(0o644)
    original.write_bytes(original.read_bytes() + b"x")
    verdict = cli_json(archive, "verify", exit_code=ExitCode.archive_damaged)
    assert any("fixity" in p for p in verdict["problems"])


def test_batch_report_is_kept_in_the_catalog_and_as_json(tmp_path):
    good = write_page(tmp_path / "good.png", LETTER)
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04junk")
    report, _ = _ingest(tmp_path / "archive", good, tmp_path / "bad.docx")
    shown = cli_json(tmp_path / "archive", "batch", "show", report["batch_id"])
    assert [(d["path"], d["status"]) for d in shown["documents"]] == [
        (str(good), "ingested"), (str(tmp_path / "bad.docx"), "failed")]
    assert (shown["files"], shown["ingested"], shown["failed"]) == (2, 1, 1)
    saved = json.loads((tmp_path / "archive" / "reports" / f"{report['batch_id']}.json").read_text())
    assert saved == report
