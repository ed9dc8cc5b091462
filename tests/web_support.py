"""The archive the web tests read, built once per test session, and helpers to serve it.

Eight documents: five plain-text ones with archivist metadata (types, dates, subjects, audiences), one
of them hostile (its title, text and file name are markup meant to run) and one restricted; one scanned
page (real OCR, so word boxes in pixels); one born-digital PDF of three pages (word boxes in PDF
points) with "urgent action" on pages 1 and 3, for hits across pages.  OCR costs about two seconds.
Tests that change an archive work on a copy (`private_copy`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from conftest import REPO_ROOT, cli_json, run_cli, write_page, write_text_pdf

HOSTILE = '<script>alert("t")</script>"><img src=x onerror=alert(2)>'
HOSTILE_FILE = '"><img src=x onerror=alert(3)>.txt'

TEXTS = {
    "agenda-1985.txt": ("Workshop agenda\n\nLetter writing evening for student groups, March 1985.\n"
                        "We write letters for prisoners of conscience and practise the urgent action format.\n"),
    "handout-1987.txt": ("Handout: writing an appeal\n\nA good appeal letter is short and polite. Letter writing "
                         "groups meet monthly.\nThe conscience of the reader is the target.\n"),
    "guide-1991.txt": ("Trainer guide\n\nSessions on the death penalty for community groups. Facilitators "
                       "explain lobbying and letter writing.\n"),
    "memo-restricted.txt": "Internal memo\n\nThe zephyr budget letter writing figures are confidential.\n",
    HOSTILE_FILE: f"{HOSTILE}\n\nThe quokka letter writing test {HOSTILE} ends here.\n",
}
META = {
    "agenda-1985.txt": ["dc.type=agenda", "dc.date=1985-03", "dc.subject=letter writing",
                        "dc.subject+=prisoners of conscience", "metp.audience=student groups", "dc.coverage=Chile"],
    "handout-1987.txt": ["dc.type=handout", "dc.date=1987", "dc.subject=letter writing"],
    "guide-1991.txt": ["dc.type=trainer guide", "dc.date=1991-06", "dc.subject=death penalty",
                       "metp.audience=community groups"],
    "memo-restricted.txt": ["dc.type=memo", "dc.date=1992", "metp.access=restricted"],
    HOSTILE_FILE: [f"dc.title={HOSTILE}", "dc.type=letter", f"dc.subject={HOSTILE}"],
    "letter.png": ["dc.type=letter", "dc.date=1979"],
    "manual.pdf": ["dc.type=manual", "dc.date=1995", "dc.subject=urgent actions"],
}
SCAN_LINES = ["URGENT ACTION APPEAL", "The quartz lantern harbour meeting", "was held on Tuesday in the library."]
PDF_PAGES = [["TRAINING MANUAL", "How to answer an urgent action quickly."],
             ["Chapter two", "Writing to officials and keeping copies."],
             ["Chapter three", "Every urgent action has a deadline."]]


@dataclass(frozen=True)
class WebArchive:
    root: Path
    ids: dict[str, str]  # input file name -> doc id

    def id(self, name: str) -> str:
        return self.ids[name]


_built: dict[str, WebArchive] = {}


def build_archive(tmp_path_factory) -> WebArchive:
    """The session's web archive (built on first use)."""
    if "archive" not in _built:
        folder = tmp_path_factory.mktemp("web-inputs")
        for name, text in TEXTS.items():
            (folder / name).write_text(text, encoding="utf-8")
        write_page(folder / "letter.png", SCAN_LINES)
        write_text_pdf(folder / "manual.pdf", PDF_PAGES)
        root = tmp_path_factory.mktemp("web") / "archive"
        report = cli_json(root, "ingest", "--workers", "2", "--no-progress", str(folder))
        ids = {Path(d["path"]).name: d["doc_id"] for d in report["documents"]}
        assert len(ids) == 7, report
        for name, assignments in META.items():
            result = run_cli(root, "tag", ids[name], *assignments)
            assert result.exit_code == 0, result.stderr
        _built["archive"] = WebArchive(root, ids)
    return _built["archive"]


def private_copy(archive: WebArchive, dest: Path) -> WebArchive:
    shutil.copytree(archive.root, dest, symlinks=True)
    return WebArchive(dest, archive.ids)


# a real `metp serve` -------------------------------------------------------------------------------
@dataclass
class Served:
    proc: subprocess.Popen
    url: str            # http://127.0.0.1:PORT (no trailing slash)
    login_url: str | None
    stderr_lines: list[str]

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(20)
        self.stderr_lines += self.proc.stderr.read().splitlines()
        return code


def serve(root: Path, *args: str, timeout: float = 30) -> Served:
    """`metp --archive ROOT serve --port 0 ARGS...` as a subprocess; returns once it printed its URL."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "metp.archive.cli", "--archive", str(root), "serve", "--port", "0",
                             *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    lines: list[str] = []
    url = login = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        found = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", line)
        if found:
            url = found.group(1)
        found = re.search(r"(http://127\.0\.0\.1:\d+/login\?token=\S+)", line)
        if found:
            login = found.group(1)
        if url and (login or "--public" in args):
            return Served(proc, url, login, lines)
    proc.kill()
    raise AssertionError(f"metp serve did not print its URL: {lines}")


def get_json(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:300])
    return json.loads(response.text)
