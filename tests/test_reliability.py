"""Nothing a document or a mistake contains stops a batch with a traceback: one line, a documented exit
code, and nothing already in the archive lost.  Real SQLite, real files, a real full disk (tmpfs)."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cli_json, ingest_texts, run_cli
from metp.archive.archive import Archive
from metp.archive.lock import WriterLock
from metp.errors import ArchiveBusyError, ExitCode
from metp.settings import Settings

READ_COMMANDS = [
    ("search", "anything"), ("show", "abcd1234"), ("stats",), ("verify",), ("export", "--format", "csv", "{out}"),
    ("pack", "anything"), ("similar", "abcd1234"), ("review",), ("batches",), ("batch", "show", "x"),
    ("tag", "abcd1234", "dc.title=x"), ("reindex",), ("retag",), ("export-pdf", "abcd1234"),
]


def one_line_error(result, code: int, *words: str) -> str:
    assert result.exit_code == code, f"exit {result.exit_code}; stderr: {result.stderr}"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("metp: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_commands_on_a_folder_that_is_not_an_archive_refuse_and_create_nothing(tmp_path, args):
    typo = tmp_path / "archve"
    args = [a.replace("{out}", str(tmp_path / "out.csv")) for a in args]
    one_line_error(run_cli(typo, *args), ExitCode.usage, f"no archive at {typo}", "metp ingest")
    assert not typo.exists()
    assert not (tmp_path / "out.csv").exists()


def test_an_empty_existing_folder_is_not_an_archive_either(tmp_path):
    one_line_error(run_cli(tmp_path, "stats"), ExitCode.usage, "no archive at")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def small(tmp_path):
    return ingest_texts(tmp_path, {
        "agenda.txt": "Workshop agenda\n\nLetter writing for student groups, 1987.\n",
        "formula.txt": "=HYPERLINK(\"http://evil.example\",\"click\")\n\n+1 training -2 sessions @ noon\n",
    })


def test_output_paths_that_cannot_be_written_give_one_line_and_exit_7(small, tmp_path):
    root, ids = small
    missing = tmp_path / "missing-dir"
    one_line_error(run_cli(root, "pack", "letter", "-o", missing / "p.html"), ExitCode.cannot_write,
                   str(missing / "p.html"), "does not exist")
    one_line_error(run_cli(root, "export", "--format", "jsonl", missing / "x.jsonl"), ExitCode.cannot_write)
    one_line_error(run_cli(root, "export", "--format", "bagit", missing / "bag"), ExitCode.cannot_write)
    assert not missing.exists()
    assert ExitCode.cannot_write == 7


def test_exports_replace_a_file_whole_and_leave_no_temporaries(small, tmp_path):
    root, _ = small
    out = tmp_path / "records.jsonl"
    out.write_text("old content\n")
    assert run_cli(root, "export", "--format", "jsonl", out).exit_code == 0
    assert len(out.read_text().splitlines()) == 2 and "old content" not in out.read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_csv_cells_that_a_spreadsheet_would_run_are_defused_and_round_trip(small, tmp_path):
    root, ids = small
    doc = ids["formula.txt"]
    assert run_cli(root, "tag", doc, "dc.title==SUM(A1:A9)", "dc.subject+=-2 sessions").exit_code == 0
    out = tmp_path / "records.csv"
    assert run_cli(root, "export", "--format", "csv", out).exit_code == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    assert "'=SUM(A1:A9)" in cells and "'-2 sessions" in cells
    search = run_cli(root, "search", "hyperlink", "--csv")
    assert not [c for row in csv.reader(search.stdout.splitlines()) for c in row if c[:1] in "=+-@" and c]


def test_document_id_prefixes_are_not_patterns(small):
    root, _ = small
    for prefix in ("%%%%", "____", "ab%_", "a'--"):
        one_line_error(run_cli(root, "show", prefix), ExitCode.not_found)


def test_a_damaged_catalog_is_one_line_and_exit_6(small):
    root, _ = small
    catalog = root / "catalog.sqlite"
    data = bytearray(catalog.read_bytes())
    data[4096:8192] = b"\xa5" * 4096  # garble the second page (a b-tree page of the catalog)
    catalog.write_bytes(bytes(data))
    for wal in root.glob("catalog.sqlite-*"):
        wal.unlink()
    result = run_cli(root, "verify")
    assert result.exit_code == ExitCode.archive_damaged, result.stderr + result.stdout
    assert "Traceback" not in result.stderr + result.stdout


def test_an_unexpected_error_asks_for_a_report_and_logs_the_traceback(small, monkeypatch):
    """The one place a fault is injected: the handler itself is what is under test."""
    root, _ = small

    def broken(self):
        raise ZeroDivisionError("deliberately broken for this test")

    monkeypatch.setattr(Archive, "stats", broken)
    line = one_line_error(run_cli(root, "stats"), ExitCode.internal, "please report", "ZeroDivisionError")
    log = Path(line.rsplit(" ", 1)[1])
    assert log == root / "logs" / "errors.log"
    assert "Traceback" in log.read_text() and "deliberately broken" in log.read_text()
    assert ExitCode.internal not in (ExitCode.ok, ExitCode.files_failed)


_HOLD_LOCK = """
import sys
from pathlib import Path
from metp.archive.lock import WriterLock
from metp.errors import ArchiveBusyError
try:
    with WriterLock(Path(sys.argv[1])):
        print("took it")
except ArchiveBusyError:
    print("busy")
"""


def test_a_nested_writer_lock_does_not_release_the_outer_one(tmp_path):
    lock_path = tmp_path / "writer.lock"

    def other_process() -> str:
        return subprocess.run([sys.executable, "-c", _HOLD_LOCK, str(lock_path)], capture_output=True,
                              text=True, timeout=60).stdout.strip()

    with WriterLock(lock_path):
        with WriterLock(lock_path):
            assert other_process() == "busy"
        assert other_process() == "busy"  # POSIX record locks would have been dropped here
    assert other_process() == "took it"


def test_a_writer_lock_is_exclusive_between_threads(tmp_path):
    import threading

    lock_path = tmp_path / "writer.lock"
    outcome = []
    with WriterLock(lock_path):
        def other_thread():
            try:
                with WriterLock(lock_path):
                    outcome.append("took it")
            except ArchiveBusyError:
                outcome.append("busy")
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    assert outcome == ["busy"]


def test_tagging_out_of_time_still_ingests_the_document_with_a_warning(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "memo.txt").write_text("MEMORANDUM\n\nDate: 14 March 1987\n\nThe lobby day is on Friday.\n")
    settings = Settings(archive_dir=tmp_path / "archive", workers=1, tag_budget_s=0.0)
    with Archive(settings, create=True) as archive:
        report = archive.ingest([str(inputs)], progress=False)
        [entry] = report.ordered
        assert entry.status.value == "ingested" and entry.warnings, entry
        assert all("tagging" in w for w in entry.warnings)
        assert archive.document(entry.doc_id).title  # a title even so
        queue = archive.review().items
        assert [(q.doc_id, q.page) for q in queue] == [(entry.doc_id, None)]
        assert archive.search("lobby").total == 1
    assert json.loads(next((tmp_path / "archive" / "reports").glob("*.json")).read_text())["warnings"] >= 1
    # the report in the catalog says so too
    batch = cli_json(tmp_path / "archive", "batch", "show", report.batch_id)
    assert batch["documents"][0]["warnings"] == list(entry.warnings)


def test_retag_uses_the_batch_date_so_nothing_changes_without_a_reason(small):
    root, ids = small
    before = {d: cli_json(root, "show", d)["metadata"] for d in ids.values()}
    assert run_cli(root, "retag").exit_code == 0
    after = {d: cli_json(root, "show", d)["metadata"] for d in ids.values()}
    strip = lambda meta: {f: [(v["value"], v["rule"]) for v in vs] for f, vs in meta.items()}  # noqa: E731
    assert {d: strip(m) for d, m in before.items()} == {d: strip(m) for d, m in after.items()}


# --- a full disk ------------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs (root only: CI runs as root), grown later as an archivist would free space."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.decode().strip()}); CI runs as root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_stops_the_batch_with_one_line_and_a_rerun_finishes_cleanly(small_disk, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for n in range(40):  # ~32 KB each: originals, text derivatives and the index outgrow 1 MiB
        body = "\n".join(f"training{n} session{i} letter writing workshop" for i in range(800))
        (inputs / f"doc{n:02d}.txt").write_text(f"Handout {n}\n\n{body}\n", encoding="utf-8")
    root = small_disk / "archive"
    first = run_cli(root, "ingest", "--workers", "1", "--no-progress", "--json", inputs)
    one_line_error(first, ExitCode.cannot_write, "no space left")
    with sqlite3.connect(root / "catalog.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < stored < 40  # it filled up mid-batch, after some documents were in

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    second = cli_json(root, "ingest", "--workers", "1", "--no-progress", inputs)
    assert second["ingested"] + second["skipped"] == 40 and second["failed"] == 0
    verdict = cli_json(root, "verify")
    assert verdict["ok"], verdict["problems"]
    assert cli_json(root, "stats")["documents"] == 40
    assert cli_json(root, "search", "training7")["total"] == 1


def test_relative_paths_are_resolved_once_so_a_vanished_working_folder_cannot_break_the_batch(tmp_path, monkeypatch):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "kept.txt").write_text("Workshop on letter writing for new members, 1984.\n", encoding="utf-8")
    monkeypatch.chdir(inputs)
    report = cli_json(tmp_path / "archive", "ingest", "kept.txt")
    assert [d["path"] for d in report["documents"]] == [str(inputs / "kept.txt")]

    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()  # the shell's folder removed from under it (another job's cleanup did this to a real run)
    (inputs / "second.txt").write_text("Agenda: regional training day, 12 March 1987.\n", encoding="utf-8")
    report = cli_json(tmp_path / "archive", "ingest", "relative.txt", str(inputs / "second.txt"), exit_code=1)
    assert report["ingested"] == 1 and report["failed"] == 1
    (error,) = report["errors"]
    assert error["path"] == "relative.txt" and "current folder no longer exists" in error["error"]
