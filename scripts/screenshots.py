#!/usr/bin/env python3
"""Screenshots of the web UI's main pages, made with headless Chromium, for the README.

By default the sample corpus (samples/, what `make demo` ingests) is ingested into a temporary archive
(OCR: about a minute on 2 cores); `--archive DIR` uses an existing archive instead.  A real `metp serve`
is started on 127.0.0.1 with a temporary staff token, and Debian's Chromium (tests/browser.py) visits:
the home page, search results, the page viewer with hits boxed, a document's record, the basket, the
subject browser and the staff review queue.  PNGs go to docs/screenshots/ (1280 px wide), so the pictures
in the README stay true to what the code renders.

    python scripts/screenshots.py [--archive DIR] [--out docs/screenshots] [--query "letter writing"]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from browser import launch_chromium  # noqa: E402


def ingest_samples(root: Path) -> None:
    files = sorted(str(p) for p in (REPO / "samples").iterdir()
                   if p.is_file() and not p.name.endswith((".gt.txt", ".md")))
    subprocess.run([sys.executable, "-m", "metp.archive.cli", "--archive", str(root), "ingest", "--no-progress",
                    *files], check=True, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL)


def start(root: Path, token_file: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "metp.archive.cli", "--archive", str(root), "serve", "--port", "0",
                             "--token-file", str(token_file)], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    for line in proc.stderr:
        found = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", line)
        if found:
            return proc, found.group(1)
    raise SystemExit("metp serve did not start")


def get_json(url: str):
    with urllib.request.urlopen(url) as response:
        return json.loads(response.read())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--query", default="letter writing")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="metp-screenshots-") as tmp:
        root = args.archive
        if root is None:
            root = Path(tmp) / "archive"
            print("ingesting samples/ ...", flush=True)
            ingest_samples(root)
        token = secrets.token_urlsafe(24)
        token_file = Path(tmp) / "token"
        token_file.write_text(token)
        proc, base = start(root, token_file)
        try:
            from playwright.sync_api import sync_playwright

            q = urllib.parse.quote_plus(args.query)
            results = get_json(f"{base}/search.json?q={q}")
            if not results["hits"]:
                raise SystemExit(f"no hits for {args.query!r}; give --query")
            hit = next((h for h in results["hits"] if h["page"]), results["hits"][0])
            scanned = next((h for h in results["hits"]
                            if get_json(f"{base}/doc/{h['doc_id']}/page/{h['page']}.json")["method"] != "plain-text"), hit)
            with sync_playwright() as pw:
                browser = launch_chromium(pw)
                page = browser.new_page(viewport={"width": 1280, "height": 900})

                def shot(name: str, url: str, full: bool = False, wait: str | None = None) -> None:
                    page.goto(base + url)
                    if wait:
                        page.wait_for_selector(wait)
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(args.out / f"{name}.png"), full_page=full)
                    print(f"  {args.out / (name + '.png')}  <- {url}")

                shot("home", "/")
                shot("search", f"/search?q={q}", full=False)
                shot("viewer", f"/doc/{scanned['doc_id']}/page/{scanned['page']}?q={q}", wait="#viewer[data-ready='1']")
                shot("document", f"/doc/{hit['doc_id']}", full=False)
                for h in results["hits"][:2]:
                    page.goto(f"{base}/doc/{h['doc_id']}/page/{h['page']}?q={q}")
                    page.get_by_role("button", name="Add this page to the basket").click()
                    page.wait_for_selector(".basket-status:has-text('Added')")
                page.goto(base + "/basket")
                page.get_by_label("Note for excerpt 1").fill("Open the session with this letter; ask who has written one.")
                page.get_by_role("button", name="Save note 1").click()
                page.wait_for_load_state("load")
                shot("basket", "/basket", full=True)
                shot("subjects", "/browse/subjects")
                page.goto(base + "/login")
                page.get_by_label("Staff token").fill(token)
                page.get_by_role("button", name="Sign in").click()
                page.wait_for_load_state("load")
                shot("review", "/review?below=95")
                browser.close()
        finally:
            proc.terminate()
            proc.wait(20)


if __name__ == "__main__":
    main()
