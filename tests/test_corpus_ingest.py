"""Real text at scale: every CISI abstract and TIME 1963 article through `metp ingest`, nothing may break.

The issue "Nothing a document contains can stop, hang or corrupt a batch" found that ingesting the
CISI collection stopped the whole batch with a traceback from the date rules, and nothing in the
suite noticed: its fixtures are a handful of short generated pages.  This test ingests the 1,460
CISI abstracts and the 423 TIME articles of ../shared/corpus (read from there, never copied into
the repository) as one text file each, with the real CLI, and checks the batch contract: exit 0,
one report entry per file, only ingested or duplicate, no traceback, `verify` OK, and searches that
find the expected documents.

The abstracts keep their original line breaks (title, blank line, abstract as CISI.ALL wraps it):
the date rules count a year once per line, and the crash needs a year mentioned on several lines,
so the one-line-per-abstract files of scripts/eval_search.py would not show it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from metp.archive.cli import cli

SHARED = Path(os.environ.get("METP_SHARED_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus")
IR = SHARED / "ir"
CISI_ALL = IR / "cisi" / "CISI.ALL"
TIME_ALL = IR / "time_corpus_only" / "TIME.ALL"
_FIELD = re.compile(r"^\.([ITAWXB])\b\s*(.*)$")

pytestmark = pytest.mark.skipif(
    not (CISI_ALL.is_file() and TIME_ALL.is_file()),
    reason=f"the shared corpus is absent (no {CISI_ALL} or {TIME_ALL}; set METP_SHARED_CORPUS); CI has it",
)


def cisi_texts() -> dict[str, str]:
    """CISI id -> title, blank line, abstract, with CISI.ALL's own line breaks."""
    records: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    field = None
    for line in CISI_ALL.read_text(encoding="latin-1").splitlines():
        marker = _FIELD.match(line)
        if marker and marker[1] == "I":
            current, field = {}, None
            records[marker[2].strip()] = current
        elif marker and not marker[2].strip():
            field = marker[1]
            current.setdefault(field, [])
        elif field:
            current[field].append(line)
    return {rid: "\n".join(rec.get("T", [])) + "\n\n" + "\n".join(rec.get("W", [])) + "\n"
            for rid, rec in records.items()}


def time_texts() -> dict[str, str]:
    """TIME article number -> its text: TIME.ALL split at `*TEXT nnn ...` lines, blank separators dropped."""
    text = TIME_ALL.read_text(encoding="latin-1").split("\n*STOP", 1)[0]
    parts = re.split(r"^\*TEXT (\d+) .*$", text, flags=re.M)
    return {parts[i]: "\n".join(ln for ln in parts[i + 1].splitlines() if ln.strip()) + "\n"
            for i in range(1, len(parts), 2)}


def invoke(archive: Path, *args: str):
    """The CLI in-process; an exception escaping click is returned in `result.exception`, not raised."""
    return CliRunner().invoke(cli, ["--archive", str(archive), *args])


def no_crash(result) -> str:
    """Why the command broke (exception or traceback), or '' when it did not."""
    output = result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return "".join(traceback.format_exception(*result.exc_info)[-4:]) + output[-1000:]
    if "Traceback" in output:
        return output[output.index("Traceback"):][:2000]
    return ""


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """All files written and ingested once (`ingest --json --workers 2`); the seconds it took are kept."""
    root = tmp_path_factory.mktemp("corpus")
    files: dict[Path, bytes] = {}
    for folder, texts in (("cisi", cisi_texts()), ("time", time_texts())):
        (root / folder).mkdir()
        for key, text in texts.items():
            path = root / folder / f"{key}.txt"
            path.write_text(text, encoding="utf-8")
            files[path] = path.read_bytes()
    archive = tmp_path_factory.mktemp("archive") / "archive"
    start = time.perf_counter()
    result = invoke(archive, "ingest", "--json", "--workers", "2", "--no-progress", str(root))
    seconds = time.perf_counter() - start
    print(f"\ningest of {len(files)} text files: {seconds:.1f} s")
    return archive, files, result, seconds


def test_the_corpus_is_what_the_test_expects(ingested):
    _, files, _, _ = ingested
    assert sum(p.parent.name == "cisi" for p in files) == 1460
    assert sum(p.parent.name == "time" for p in files) == 423


def test_every_file_is_ingested_or_a_duplicate_without_a_traceback(ingested):
    archive, files, result, _ = ingested
    assert not no_crash(result), no_crash(result)
    assert result.exit_code == 0, f"exit {result.exit_code}\n{result.stderr[-2000:]}"
    report = json.loads(result.stdout)
    assert report["status"] == "finished"
    paths = [d["path"] for d in report["documents"]]
    assert sorted(paths) == sorted(str(p) for p in files), "one report entry per input file, no more, no fewer"
    statuses = {d["status"] for d in report["documents"]}
    assert statuses <= {"ingested", "duplicate"}, report["errors"][:5]
    assert report["errors"] == []


def test_byte_identical_files_are_one_document(ingested):
    """CISI repeats some abstracts byte for byte (234 = 1440): one document, the later path a duplicate."""
    _, files, result, _ = ingested
    report = json.loads(result.stdout)
    by_path = {d["path"]: d for d in report["documents"]}
    by_hash: dict[str, list[Path]] = {}
    for path, data in files.items():
        by_hash.setdefault(hashlib.sha256(data).hexdigest(), []).append(path)
    groups = [paths for paths in by_hash.values() if len(paths) > 1]
    assert groups, "CISI has byte-identical abstracts"
    for paths in groups:
        assert len({by_path[str(p)]["doc_id"] for p in paths}) == 1
    assert report["duplicates"] == sum(len(paths) - 1 for paths in groups)
    assert report["ingested"] == len(by_hash)


def test_verify_finds_nothing_wrong(ingested):
    archive = ingested[0]
    result = invoke(archive, "verify", "--json")
    assert not no_crash(result), no_crash(result)
    assert result.exit_code == 0, result.stdout + result.stderr
    checked = json.loads(result.stdout)
    assert checked["ok"] and checked["problems"] == []


@pytest.mark.parametrize("query, expected", [
    ('"Dewey Decimal Classification" edition', "cisi/1.txt"),         # CISI 1: the DDC's history
    ('"British Association" Exeter Ziman', "cisi/1084.txt"),         # CISI 1084 (1447 is the same abstract)
    ("SKYBOLT POLARIS NASSAU", "time/017.txt"),                       # TIME 017: the Nassau accord
])
def test_searches_find_the_expected_documents(ingested, query, expected):
    archive, files, result, _ = ingested
    report = json.loads(result.stdout)
    doc_of = {d["path"]: d["doc_id"] for d in report["documents"]}
    root = next(iter(files)).parents[1]
    searched = invoke(archive, "search", query, "--json", "--limit", "5")
    assert not no_crash(searched), no_crash(searched)
    assert searched.exit_code == 0, searched.stderr
    hits = json.loads(searched.stdout)["hits"]
    assert doc_of[str(root / expected)] in [h["doc_id"] for h in hits[:3]], [h["source"] for h in hits]
