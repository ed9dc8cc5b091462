"""The `metp` command: JSON contracts, exit codes, every command once, help, and the installed script."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import LETTER, REPO_ROOT, cli_json, doc_ids_for, run_cli, write_page
from metp.archive.cli import cli
from metp.errors import ExitCode

INGEST_KEYS = {"warnings", "batch_id", "files", "ingested", "duplicates", "skipped", "failed", "pages", "documents", "errors"}


# --- JSON contracts --------------------------------------------------------------------------


def test_ingest_json_contract(archive, corpus):
    assert set(archive.report) - {"status"} == INGEST_KEYS
    assert archive.report.get("status", "finished") == "finished"
    assert len(archive.report["documents"]) == len(corpus)
    for entry, path in zip(archive.report["documents"], corpus.values()):
        assert set(entry) == {"path", "status", "doc_id", "pages", "warnings"}
        assert entry["warnings"] == []
        assert entry["path"] == str(path)
        assert re.fullmatch(r"[0-9a-f]{16}", entry["doc_id"])
        assert entry["pages"] >= 1
    assert len({e["doc_id"] for e in archive.report["documents"]}) == len(corpus)


def test_show_document_json(archive, corpus):
    doc = archive.doc("mixed.pdf")
    assert {"doc_id", "title", "sha256", "page_count", "media_type", "sources", "pages", "original"} <= set(doc)
    assert doc["doc_id"] == archive.doc_ids["mixed.pdf"]
    assert doc["page_count"] == len(doc["pages"]) == 2
    assert [s["path"] for s in doc["sources"]] == [str(corpus["mixed.pdf"])]
    for page in doc["pages"]:
        assert {"page", "method", "confidence"} <= set(page)


def test_show_page_json(archive):
    page = archive.page("letter.png", 1)
    assert {"doc_id", "page", "text", "method", "confidence", "words", "width", "height", "dpi",
            "derivatives"} <= set(page)
    assert (page["doc_id"], page["page"], page["method"]) == (archive.doc_ids["letter.png"], 1, "ocr")
    assert 50 < page["confidence"] <= 100
    assert "quartz lantern harbour" in page["text"]
    assert Path(page["derivatives"]["text"]).read_text(encoding="utf-8") == page["text"]


def test_show_accepts_an_unambiguous_id_prefix(archive):
    doc_id = archive.doc_ids["notes.txt"]
    assert cli_json(archive.root, "show", doc_id[:8])["doc_id"] == doc_id


def test_stats_json(archive):
    stats = cli_json(archive.root, "stats")
    assert {"documents", "pages", "ocr_pages", "text_layer_pages", "plain_text_pages", "mean_confidence",
            "unindexed_documents", "batches", "original_bytes", "index_pages", "index_bytes", "archive"} <= set(stats)
    assert (stats["documents"], stats["pages"]) == (9, 12)
    assert (stats["ocr_pages"], stats["text_layer_pages"], stats["plain_text_pages"]) == (8, 2, 2)
    assert stats["index_pages"] == stats["pages"]
    confidences = [p["confidence"] for name in archive.doc_ids for p in archive.doc(name)["pages"]
                   if p["method"] == "ocr"]
    assert len(confidences) == 8
    assert stats["mean_confidence"] == pytest.approx(sum(confidences) / len(confidences), abs=0.01)


# --- exit codes ------------------------------------------------------------------------------


def _assert_one_line_error(result, code: ExitCode, *words: str) -> None:
    assert result.exit_code == code, f"exit {result.exit_code}; stderr: {result.stderr}"
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("metp: error: "), result.stderr
    for word in words:
        assert word in lines[0]


def test_unknown_document_id_exits_3(archive):
    _assert_one_line_error(run_cli(archive.root, "show", "nosuchdoc"), ExitCode.not_found, "nosuchdoc")
    assert ExitCode.not_found == 3


def test_missing_page_exits_3(archive):
    doc_id = archive.doc_ids["letter.png"]
    _assert_one_line_error(run_cli(archive.root, "show", doc_id, "--page", "2"), ExitCode.not_found, "page 2")
    assert run_cli(archive.root, "show", doc_id, "--page", "2", "--json").exit_code == 3


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_exits_2(archive, query):
    _assert_one_line_error(run_cli(archive.root, "search", query), ExitCode.usage, "empty")
    assert ExitCode.usage == 2


def test_missing_ocr_language_exits_5_before_any_work(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("The juniper kettle committee met.\n", encoding="utf-8")
    arc = tmp_path / "archive"
    _assert_one_line_error(run_cli(arc, "ingest", "--lang", "eng+qqq", notes), ExitCode.missing_dependency,
                           "tesseract-ocr-qqq")
    assert cli_json(arc, "stats")["documents"] == 0


def test_damaged_catalog_exits_6(tmp_path):
    arc = tmp_path / "archive"
    arc.mkdir()
    (arc / "catalog.sqlite").write_bytes(b"this is not a database" * 100)
    for args in (["stats"], ["search", "juniper"], ["show", "abcd"]):
        _assert_one_line_error(run_cli(arc, *args), ExitCode.archive_damaged, "catalog.sqlite")


def test_page_zero_is_a_usage_error(archive):
    assert run_cli(archive.root, "show", archive.doc_ids["letter.png"], "--page", "0").exit_code == 2


def test_ingest_of_a_missing_path_exits_1(tmp_path):
    result = run_cli(tmp_path / "archive", "ingest", "--workers", "1", tmp_path / "nothing.png")
    assert result.exit_code == ExitCode.files_failed == 1
    assert "nothing.png" in result.stderr


_HOLD_LOCK = """
import sys
from pathlib import Path
from metp.archive.lock import WriterLock
with WriterLock(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_ingest_while_another_process_writes_exits_4(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("The juniper kettle committee met.\n", encoding="utf-8")
    arc = tmp_path / "archive"
    arc.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(arc / "writer.lock")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run_cli(arc, "ingest", "--workers", "1", notes)
    finally:
        holder.communicate("", timeout=30)  # closing its stdin releases the lock
    _assert_one_line_error(result, ExitCode.archive_busy, "--wait")
    assert run_cli(arc, "ingest", "--workers", "1", notes).exit_code == 0  # the lock went with its holder


# --- every command through CliRunner -----------------------------------------------------------


def test_ingest_command_prints_a_summary(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("The juniper kettle committee met.\n", encoding="utf-8")
    result = run_cli(tmp_path / "archive", "ingest", "--workers", "1", notes)
    assert result.exit_code == 0, result.stderr
    assert re.match(r"batch \S+: 1 files, 1 ingested \(1 pages\), 0 duplicates, 0 already in the archive, 0 failed",
                    result.stdout)


def test_search_command(archive):
    result = run_cli(archive.root, "search", '"saffron tunnel"')
    assert result.exit_code == 0, result.stderr
    assert "1 documents match" in result.stdout
    assert f"{archive.doc_ids['stack.tif']}  page 2" in result.stdout
    assert "[saffron] [tunnel]" in result.stdout


def test_show_command(archive):
    doc_id = archive.doc_ids["mixed.pdf"]
    result = run_cli(archive.root, "show", doc_id)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("MIXED DOSSIER\n")
    assert f"--- {doc_id} page 1 (text-layer) ---" in result.stdout
    assert re.search(rf"--- {doc_id} page 2 \(ocr, confidence \d+\.\d\) ---", result.stdout)
    assert "walnut glacier orchestra" in result.stdout and "velvet tractor museum" in result.stdout

    one = run_cli(archive.root, "show", doc_id, "--page", "2")
    assert one.exit_code == 0 and "velvet tractor museum" in one.stdout and "walnut" not in one.stdout


def test_stats_command(archive):
    result = run_cli(archive.root, "stats")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"^documents\s+9$", result.stdout, re.M)
    assert re.search(r"^pages\s+12$", result.stdout, re.M)
    assert re.search(r"^index\s+12 pages", result.stdout, re.M)


def test_reindex_command(archive_copy):
    result = run_cli(archive_copy, "reindex")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "reindexed 12 pages\n"


def test_demo_command_ingests_samples_but_not_ground_truth(tmp_path):
    samples = tmp_path / "samples"
    samples.mkdir()
    write_page(samples / "appeal.png", LETTER)
    (samples / "x.gt.txt").write_text("\n".join(LETTER) + "\nThe zeppelin tapestry.\n", encoding="utf-8")
    arc = tmp_path / "archive"

    result = run_cli(arc, "demo", "--samples", samples)

    assert result.exit_code == 0, result.stderr
    assert "Ingesting 1 sample files" in result.stdout
    assert "1 ingested (1 pages)" in result.stdout
    assert "$ metp search '\"urgent action\"'" in result.stdout
    assert "URGENT ACTION APPEAL" in result.stdout  # the sample is found by the demo's first query
    stats = cli_json(arc, "stats")
    assert (stats["documents"], stats["ocr_pages"], stats["plain_text_pages"]) == (1, 1, 0)
    assert doc_ids_for(arc, "zeppelin") == set()


# --- help and README -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name):
    command = cli.commands[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert re.match(rf"Usage: \S+ {name} ", result.stdout), result.stdout
    assert " ".join(command.help.split()) in " ".join(result.stdout.split())  # click re-wraps long lines


def test_every_command_is_in_the_readme():
    readme = REPO_ROOT / "README.md"
    assert readme.is_file(), f"{readme} is missing"
    text = readme.read_text(encoding="utf-8")
    missing = [name for name in sorted(cli.commands) if f"metp {name}" not in text]
    assert missing == [], f"README.md never shows: {', '.join(f'metp {n}' for n in missing)}"


def test_command_list_is_what_the_docs_promise():
    assert set(cli.commands) >= {"ingest", "search", "show", "stats", "reindex", "demo"}


# --- the installed console script ------------------------------------------------------------


def test_installed_metp_script(tmp_path):
    metp = Path(sys.executable).parent / "metp"
    assert metp.is_file(), f"no console script at {metp}"
    page = write_page(tmp_path / "appeal.png", LETTER)
    arc = tmp_path / "archive"
    env = {k: v for k, v in os.environ.items() if k != "METP_ARCHIVE"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(metp), "--archive", str(arc), *args], capture_output=True, text=True,
                              env=env, timeout=120)

    ingest = run("ingest", "--workers", "1", "--json", str(page))
    assert ingest.returncode == 0, ingest.stderr
    report = json.loads(ingest.stdout)
    assert (report["files"], report["ingested"], report["pages"]) == (1, 1, 1)
    [entry] = report["documents"]

    search = run("search", "--json", '"quartz lantern"')
    assert search.returncode == 0, search.stderr
    assert [h["doc_id"] for h in json.loads(search.stdout)["hits"]] == [entry["doc_id"]]

    missing = run("show", "nosuchdoc")
    assert missing.returncode == 3
    assert missing.stderr.startswith("metp: error: ") and "Traceback" not in missing.stderr
