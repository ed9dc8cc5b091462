#!/usr/bin/env python3
"""Ingest memory: peak RSS of `metp ingest` must not grow with batch size or PDF length.

Generates sparse 300-dpi letter pages (a heading and a few lines of text, so OCR is quick),
then runs `metp ingest --workers W` (a subprocess, into a fresh archive each time) of
  (a) SMALL page images,
  (b) LARGE page images,
  (c) one LARGE-page image-only PDF of the same pages (CCITT G4 bilevel, 300 dpi),
  (d) one SMALL-page PDF of the first pages, the baseline for PDF length alone,
sampling the VmRSS of metp and all its descendants (pool workers, tesseract) every ~50 ms.
Prints the peak of the tree's sum and of the largest single process for each (and the
peak per role: metp, its workers, their tesseract), and the ratios (b)/(a), (c)/(a) and
(c)/(d).  Target: every ratio <= 1.2.

    python scripts/bench_memory.py [--small 10] [--large 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _rss import mib, run_measured  # noqa: E402
from bench_ingest import WORDS, _font  # noqa: E402

METP = Path(sys.executable).parent / "metp"
PAGE_PX = (2550, 3300)  # US letter at 300 dpi
DPI = 300
TARGET = 1.2


def sparse_page(n: int, lines: int = 4) -> Image.Image:
    """A bilevel page with a heading and a few lines of words, deterministic per page number."""
    rng = random.Random(n)
    img = Image.new("L", PAGE_PX, 255)
    draw = ImageDraw.Draw(img)
    draw.text((250, 220), f"TRAINING MATERIAL PAGE {n + 1}", font=_font(52), fill=0)
    for i in range(lines):
        line = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + "."
        draw.text((250, 400 + 62 * i), line, font=_font(38), fill=0)
    return img.convert("1")


def write_pages(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"page-{n + 1:03d}.png"
        sparse_page(n).save(path, dpi=(DPI, DPI))
        paths.append(path)
    return paths


def write_pdf(pages: list[Path], path: Path) -> Path:
    """An image-only PDF, one full-resolution page image per page (Pillow stores bilevel images as CCITT G4)."""
    images = [Image.open(p) for p in pages]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=DPI)
    for img in images:
        img.close()
    return path


def measure(label: str, paths: list[Path], archive: Path, workers: int, expected_pages: int) -> dict:
    run = run_measured([str(METP), "--archive", str(archive), "ingest", *map(str, paths),
                        "--workers", str(workers), "--json", "--no-progress"])
    if run.returncode != 0:
        sys.exit(f"{label}: metp ingest failed ({run.returncode}): {run.stderr.strip()[-2000:]}")
    report = json.loads(run.stdout)
    if report["pages"] != expected_pages:
        sys.exit(f"{label}: metp ingested {report['pages']} pages, expected {expected_pages}")
    return {"label": label, "files": len(paths), "pages": report["pages"], "seconds": round(run.seconds, 1),
            "tree_mib": round(mib(run.peak.tree_kb), 1), "single_mib": round(mib(run.peak.single_kb), 1),
            "by_role_kb": run.peak.by_role}


def print_results(rows: dict[str, dict], workers: int) -> None:
    print(f"workers: {workers}; peak RSS sampled every ~50 ms over metp and all its descendants")
    print(f"{'run':28}{'files':>6}{'pages':>6}{'seconds':>9}{'tree MiB':>10}{'single MiB':>12}  peak MiB by role")
    for r in rows.values():
        roles = ", ".join(f"{role} {kb / 1024:.0f}" for role, kb in sorted(r["by_role_kb"].items()))
        print(f"{r['label']:28}{r['files']:>6}{r['pages']:>6}{r['seconds']:>9}{r['tree_mib']:>10}"
              f"{r['single_mib']:>12}  {roles}")
    for top, base in (("b", "a"), ("c", "a"), ("c", "d")):
        tree = rows[top]["tree_mib"] / rows[base]["tree_mib"]
        single = rows[top]["single_mib"] / rows[base]["single_mib"]
        verdict = "ok" if max(tree, single) <= TARGET else "OVER TARGET"
        print(f"({top})/({base}): tree {tree:.2f}x, single {single:.2f}x  (target <= {TARGET}x) {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10, help="pages in the small batch (a)")
    parser.add_argument("--large", type=int, default=200, help="pages in the large batch (b) and the PDF (c)")
    parser.add_argument("--workers", type=int, default=2, help="metp ingest --workers")
    args = parser.parse_args()
    if not 0 < args.small <= args.large:
        parser.error("need 0 < --small <= --large")

    with tempfile.TemporaryDirectory(prefix="metp-bench-memory-") as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "pages").mkdir()
        pages = write_pages(tmp_path / "pages", args.large)
        long_pdf = write_pdf(pages, tmp_path / f"scan-{args.large}-pages.pdf")
        short_pdf = write_pdf(pages[: args.small], tmp_path / f"scan-{args.small}-pages.pdf")
        runs = {"a": (f"{args.small} page images", pages[: args.small], args.small),
                "b": (f"{args.large} page images", pages, args.large),
                "c": (f"one {args.large}-page PDF", [long_pdf], args.large),
                "d": (f"one {args.small}-page PDF", [short_pdf], args.small)}
        rows = {key: measure(f"({key}) {label}", paths, tmp_path / f"archive-{key}", args.workers, expected)
                for key, (label, paths, expected) in runs.items()}
    print_results(rows, args.workers)


if __name__ == "__main__":
    main()
