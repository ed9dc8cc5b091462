#!/usr/bin/env python3
"""Ingest throughput: `metp ingest` versus raw `tesseract` on the same pages, in the same run.

Generates N typewritten-looking 300-dpi letter pages, then times
  1. raw `tesseract PAGE stdout`, W processes at a time, each with OMP_THREAD_LIMIT=1;
  2. `metp ingest --workers W` of the same pages into a fresh archive (a subprocess,
     so interpreter start-up, hashing, storing, cataloguing and indexing all count),
and prints pages/min for each and the ratio.  Target: metp >= 0.95x raw tesseract.

    python scripts/bench_ingest.py [--pages 16] [--workers 2] [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WORDS = ("the group will meet on tuesday to plan letters for prisoners of conscience and discuss the "
         "urgent action network training for student groups regional workshop agenda death penalty "
         "campaign lobbying media work fundraising facilitation refugees torture women rights members "
         "please bring your notes and the handout on letter writing from last month").split()


def make_pages(folder: Path, count: int) -> list[Path]:
    """Dense typewritten pages (about 350 words each), deterministic per page number."""
    font = _font(38)
    pages = []
    for n in range(count):
        rng = random.Random(n)
        img = Image.new("L", (2550, 3300), 255)
        draw = ImageDraw.Draw(img)
        draw.text((250, 220), f"TRAINING MATERIAL PAGE {n + 1}", font=_font(52), fill=0)
        y = 400
        while y < 3000:
            line = " ".join(rng.choice(WORDS) for _ in range(9)).capitalize() + "."
            draw.text((250, y), line, font=font, fill=20)
            y += 62
        path = folder / f"page-{n + 1:03d}.png"
        img.save(path, dpi=(300, 300))
        pages.append(path)
    return pages


def _font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"):
        if os.path.exists(candidate):
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def time_raw_tesseract(pages: list[Path], workers: int) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run(page: Path) -> None:
        subprocess.run(["tesseract", str(page), "stdout"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, pages))
    return time.perf_counter() - start


def time_metp(pages_dir: Path, archive: Path, workers: int) -> tuple[float, dict]:
    metp = Path(sys.executable).parent / "metp"
    command = [str(metp), "--archive", str(archive), "ingest", str(pages_dir), "--workers", str(workers),
               "--json", "--no-progress"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"metp ingest failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=1, help="alternate raw/metp this many times; best of each")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="metp-bench-") as tmp:
        tmp_path = Path(tmp)
        pages_dir = tmp_path / "pages"
        pages_dir.mkdir()
        pages = make_pages(pages_dir, args.pages)
        time_raw_tesseract(pages[:1], 1)  # warm the page cache with tesseract's language data
        raw_times, metp_times = [], []
        for round_no in range(args.rounds):
            raw_times.append(time_raw_tesseract(pages, args.workers))
            archive = tmp_path / f"archive-{round_no}"
            elapsed, report = time_metp(pages_dir, archive, args.workers)
            if report["pages"] != args.pages:
                sys.exit(f"metp ingested {report['pages']} pages, expected {args.pages}")
            metp_times.append(elapsed)
            shutil.rmtree(archive)
    raw_rate = args.pages / min(raw_times) * 60
    metp_rate = args.pages / min(metp_times) * 60
    print(f"pages: {args.pages}, workers: {args.workers}, rounds: {args.rounds} (best of each)")
    print(f"{'':24}{'seconds':>10}{'pages/min':>12}")
    print(f"{'raw tesseract':24}{min(raw_times):>10.2f}{raw_rate:>12.1f}")
    print(f"{'metp ingest':24}{min(metp_times):>10.2f}{metp_rate:>12.1f}")
    print(f"ratio metp / raw tesseract: {metp_rate / raw_rate:.3f}  (target >= 0.95)")


if __name__ == "__main__":
    main()
