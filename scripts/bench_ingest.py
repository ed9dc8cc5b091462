#!/usr/bin/env python3
"""Ingest throughput: `metp ingest` versus raw `tesseract` on the same pages, in the same run.

Generates N typewritten-looking 300-dpi letter pages, then times
  1. raw `tesseract PAGE stdout`, W processes at a time, each with OMP_THREAD_LIMIT=1;
  2. `metp ingest --workers W` of the same pages into a fresh archive (a subprocess,
     so interpreter start-up, hashing, storing, cataloguing and indexing all count),
and prints pages/min for each and the ratio.  Target: metp >= 0.95x raw tesseract.

With `--executor dask` it compares the two executors instead: `metp ingest --workers W` (the
process pool) against `metp ingest --executor dask --workers W` (a local Dask cluster of W
worker processes, started and stopped by the command, so its start-up counts), alternating,
on the same pages in the same run.  Target: dask >= 0.9x the pool.

With `--coordinator N` it measures what a cluster cannot share out: the coordinator's own work per
document (hash, identify, store the original, write derivatives, catalog rows, index), in process,
on N copies of one real 300-dpi scan (each made distinct by a few trailing bytes) whose pages are
answered at once with one real OCR result (words and boxes included) and one real tagging result,
so that no OCR or tagging time is counted.  `--doc-pages K` makes each document a K-frame TIFF.
With `--scheduler tcp://HOST:PORT` it also measures the coordinator's CPU per Dask task (submit,
window, result) on trivial text pages, against a scheduler in another process.

    python scripts/bench_ingest.py [--pages 16] [--workers 2] [--rounds 1] [--executor local|dask]
    python scripts/bench_ingest.py --coordinator 500 [--doc-pages 1] [--scheduler tcp://127.0.0.1:8786]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
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


LAST_CPU = [0.0]  # CPU seconds of the last time_metp's process tree


def time_raw_tesseract(pages: list[Path], workers: int) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run(page: Path) -> None:
        subprocess.run(["tesseract", str(page), "stdout"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, pages))
    return time.perf_counter() - start


def time_metp(pages_dir: Path, archive: Path, workers: int, *options: str) -> tuple[float, dict]:
    # `python -m metp.archive.cli` runs the metp this script sits beside (the venv's `metp` may be another checkout)
    command = [sys.executable, "-m", "metp.archive.cli", "--archive", str(archive), "ingest", str(pages_dir),
               "--workers", str(workers), "--json", "--no-progress", *options]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")])}
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # metp, its workers and their tesseract runs, all reaped
    LAST_CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"metp ingest failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=1, help="alternate raw/metp this many times; best of each")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="dask: compare the process pool with a local Dask cluster instead of raw tesseract")
    parser.add_argument("--coordinator", type=int, metavar="N",
                        help="measure the coordinator's cost per document on N documents instead")
    parser.add_argument("--doc-pages", type=int, default=1, help="--coordinator: pages per document")
    parser.add_argument("--scheduler", help="--coordinator: also measure the CPU per Dask task against this scheduler")
    args = parser.parse_args()
    if args.coordinator:
        return measure_coordinator(args)
    if args.executor == "dask":
        return compare_executors(args)

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


def compare_executors(args) -> None:
    """The process pool against a local Dask cluster of as many workers, alternating, on the same pages."""
    runs = {"pool": (), "dask": ("--executor", "dask")}
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    with tempfile.TemporaryDirectory(prefix="metp-bench-") as tmp:
        tmp_path = Path(tmp)
        pages_dir = tmp_path / "pages"
        pages_dir.mkdir()
        pages = make_pages(pages_dir, args.pages)
        time_raw_tesseract(pages[:1], 1)  # warm the page cache with tesseract's language data
        for round_no in range(args.rounds):
            order = list(runs) if round_no % 2 == 0 else list(reversed(runs))  # neither always goes first
            for name in order:
                archive = tmp_path / f"archive-{name}-{round_no}"
                elapsed, report = time_metp(pages_dir, archive, args.workers, *runs[name])
                if report["pages"] != args.pages:
                    sys.exit(f"metp ingest ({name}) ingested {report['pages']} pages, expected {args.pages}")
                times[name].append(elapsed)
                cpu[name].append(LAST_CPU[0])
                print(f"round {round_no + 1} {name}: {elapsed:.2f} s, CPU {LAST_CPU[0]:.1f} s", file=sys.stderr)
                shutil.rmtree(archive)
    rates = {name: args.pages / min(t) * 60 for name, t in times.items()}
    print(f"pages: {args.pages}, workers: {args.workers}, rounds: {args.rounds} (best of each)")
    print(f"{'':36}{'seconds':>10}{'pages/min':>12}{'CPU s/page':>12}")
    for name, label in (("pool", "metp ingest (process pool)"), ("dask", "metp ingest --executor dask (local)")):
        print(f"{label:36}{min(times[name]):>10.2f}{rates[name]:>12.1f}{min(cpu[name]) / args.pages:>12.2f}")
    print(f"ratio dask / pool: {rates['dask'] / rates['pool']:.3f}  (target >= 0.9); median of the rounds: "
          f"{statistics.median(times['pool']) / statistics.median(times['dask']):.3f}; CPU a page dask / pool: "
          f"{min(cpu['dask']) / min(cpu['pool']):.3f} (the least CPU of each: less sensitive to other load)")


def measure_coordinator(args) -> None:
    """The coordinator's wall time per document and per page when pages cost nothing to make."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from dataclasses import replace

    from metp.archive import indexing, ingest
    from metp.archive.archive import Archive
    from metp.pipeline.document import TagOutcome, run_job
    from metp.pipeline.model import FileKind, PageJob, PageOutcome
    from metp.settings import OcrSettings, Settings

    with tempfile.TemporaryDirectory(prefix="metp-bench-") as tmp:
        tmp_path = Path(tmp)
        (page_png,) = make_pages(tmp_path, 1)
        template = run_job(PageJob(str(page_png), FileKind.png, 1, OcrSettings())).page
        print(f"template page: {len(template.words)} words, {page_png.stat().st_size / 1e6:.2f} MB PNG",
              file=sys.stderr)
        original = page_png.read_bytes()
        if args.doc_pages > 1:
            frames = [Image.open(page_png).convert("L")] * args.doc_pages
            frames[0].save(tmp_path / "doc.tif", "TIFF", save_all=True, append_images=frames[1:],
                           compression="tiff_lzw", dpi=(300, 300))
            original = (tmp_path / "doc.tif").read_bytes()
        docs = tmp_path / "docs"
        docs.mkdir()
        for n in range(args.coordinator):  # distinct bytes, so every file is a new document
            (docs / f"doc-{n:05d}{'.tif' if args.doc_pages > 1 else '.png'}").write_bytes(original + b"%08d" % n)
        tags = None

        class Instant:
            """Answers every page with the template page and every document with one tagging result."""

            def run(self, fn, feed):
                nonlocal tags
                while (job := feed.take()) is not None:
                    if isinstance(job, PageJob):
                        yield PageOutcome(job, page=replace(template, page_no=job.page_no))
                    else:
                        if tags is None:
                            tags = run_job(job).tags
                        yield TagOutcome(job.key, tags)

            def close(self):
                pass

        spent = {"store": 0.0, "index": 0.0, "feed (hash, identify)": 0.0}

        def timed(name, fn):
            def wrapper(*a, **k):
                start = time.perf_counter()
                try:
                    return fn(*a, **k)
                finally:
                    spent[name] += time.perf_counter() - start
            return wrapper

        ingest.make_executor = lambda *a, **k: Instant()
        ingest.BatchIngest._store = timed("store", ingest.BatchIngest._store)
        ingest.BatchIngest.take = timed("feed (hash, identify)", ingest.BatchIngest.take)
        indexing.IndexSync.sync = timed("index", indexing.IndexSync.sync)
        with Archive(Settings(archive_dir=tmp_path / "archive", workers=1), create=True) as archive:
            start = time.perf_counter()
            report = archive.ingest([str(docs)], progress=False)
            wall = time.perf_counter() - start
        pages = report.to_json()["pages"]
        assert report.to_json()["ingested"] == args.coordinator, report.to_json()
    print(f"documents: {args.coordinator}, pages: {pages} ({args.doc_pages} a document), "
          f"{len(template.words)} words a page")
    print(f"wall {wall:.2f} s: {wall / args.coordinator * 1000:.1f} ms a document, {wall / pages * 1000:.1f} ms a page; "
          f"{args.coordinator / wall:.1f} documents/s, {pages / wall:.1f} pages/s")
    for name, seconds in spent.items():
        print(f"  {name:24}{seconds:8.2f} s  {seconds / args.coordinator * 1000:7.1f} ms a document")
    if args.scheduler:
        measure_task_overhead(args.scheduler, tmp_count=500)


def measure_task_overhead(scheduler: str, tmp_count: int) -> None:
    """The coordinator's CPU per Dask task: trivial text pages through DaskExecutor."""
    from metp.pipeline.dask_executor import DaskExecutor, file_sha256
    from metp.pipeline.document import run_job
    from metp.pipeline.executor import IterFeed
    from metp.pipeline.model import FileKind, PageJob
    from metp.settings import OcrSettings

    with tempfile.TemporaryDirectory(prefix="metp-bench-") as tmp:
        paths = []
        for n in range(tmp_count):
            path = Path(tmp) / f"t{n}.txt"
            path.write_text(f"page {n}", encoding="utf-8")
            paths.append(str(path))
        jobs = [PageJob(p, FileKind.text, 1, OcrSettings()) for p in paths]
        info = {p: (file_sha256(p), os.path.getsize(p), 1) for p in paths}
        for inputs in ("shared", "ship"):
            executor = DaskExecutor(scheduler=scheduler, inputs=inputs, file_info=info.__getitem__)
            try:
                cpu, start = time.process_time(), time.perf_counter()
                count = sum(1 for _ in executor.run(run_job, IterFeed(jobs)))
                cpu, wall = time.process_time() - cpu, time.perf_counter() - start
            finally:
                executor.close()
            print(f"dask tasks ({inputs}): {count} in {wall:.2f} s, coordinator CPU {cpu / count * 1000:.2f} ms a task, "
                  f"wall {wall / count * 1000:.2f} ms a task")


if __name__ == "__main__":
    main()
