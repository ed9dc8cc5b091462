#!/usr/bin/env python3
"""Ingest throughput: `metp ingest` versus raw `tesseract` on the same pages, in the same run.

Page sets (`--sets`, default clean,standard,harsh):
  clean     N dense typewritten-looking 300-dpi letter pages (this script's own);
  standard  N degraded pages of scripts/synthetic.py (TIME 1963 prose; skew, blur, specks, faded toner,
            uneven paper, 200/300 dpi), the first two also turned 90, 180 and 270 degrees;
  harsh     the same texts degraded harder (200 dpi, more blur, toner faded further), rotated twins too;
  noisy     four pages where speckle outweighs the text, which once cost minutes a page (raw tesseract
            takes minutes on one of them: only the per-page pass reads this set, with a cap).

For each set, rounds alternate (so a busy machine weighs on both alike):
  1. raw `tesseract PAGE stdout`, W processes at a time, each with OMP_THREAD_LIMIT=1;
  2. `metp ingest --workers W` of the same pages into a fresh archive (a subprocess, so interpreter
     start-up, hashing, storing, cataloguing, tagging and indexing all count), preprocessing on,
     with `--compare-no-preprocess` also with `--no-preprocess`, with `--tesserocr` also with
     `--ocr-engine tesserocr`, and with `--before DIR` the metp of an older checkout;
and prints pages/min for each, the ratio metp / raw (target >= 1.0), and the character error rate of
both against the pages' ground truth (metp's preprocessing must keep its CER gain).

With `--per-page`, every page of the chosen sets (and the noisy set) is also read one at a time, by raw
tesseract and by metp's page job (`process_page`, in this process), and the CPU seconds of each page are
compared with the median page of its set: the target is no page over about 3x the median.

With `--executor dask` it compares the two executors instead: `metp ingest --workers W` (the
process pool) against `metp ingest --executor dask --workers W` (a local Dask cluster of W
worker processes, started and stopped by the command, so its start-up counts), alternating,
on the same (clean) pages in the same run.  Target: dask >= 0.9x the pool.

With `--coordinator N` it measures what a cluster cannot share out: the coordinator's own work per
document (hash, identify, store the original, write derivatives, catalog rows, index), in process,
on N copies of one real 300-dpi scan (each made distinct by a few trailing bytes) whose pages are
answered at once with one real OCR result (words and boxes included) and one real tagging result,
so that no OCR or tagging time is counted.  `--doc-pages K` makes each document a K-frame TIFF.
With `--scheduler tcp://HOST:PORT` it also measures the coordinator's CPU per Dask task (submit,
window, result) on trivial text pages, against a scheduler in another process.

    python scripts/bench_ingest.py [--pages 16] [--workers 2] [--rounds 1] [--sets clean,standard,harsh]
                                   [--per-page] [--compare-no-preprocess] [--tesserocr] [--before DIR]
    python scripts/bench_ingest.py --executor dask [--pages 16] [--workers 2] [--rounds 1]
    python scripts/bench_ingest.py --coordinator 500 [--doc-pages 1] [--scheduler tcp://127.0.0.1:8786]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

WORDS = ("the group will meet on tuesday to plan letters for prisoners of conscience and discuss the "
         "urgent action network training for student groups regional workshop agenda death penalty "
         "campaign lobbying media work fundraising facilitation refugees torture women rights members "
         "please bring your notes and the handout on letter writing from last month").split()


def clean_set(folder: Path, count: int) -> list[tuple[Path, str]]:
    """Dense typewritten pages (about 350 words each), deterministic per page number, with their text."""
    font = _font(38)
    pages = []
    for n in range(count):
        rng = random.Random(n)
        img = Image.new("L", (2550, 3300), 255)
        draw = ImageDraw.Draw(img)
        title = f"TRAINING MATERIAL PAGE {n + 1}"
        draw.text((250, 220), title, font=_font(52), fill=0)
        lines = [title]
        y = 400
        while y < 3000:
            line = " ".join(rng.choice(WORDS) for _ in range(9)).capitalize() + "."
            draw.text((250, y), line, font=font, fill=20)
            lines.append(line)
            y += 62
        path = folder / f"page-{n + 1:03d}.png"
        img.save(path, dpi=(300, 300))
        pages.append((path, "\n".join(lines)))
    return pages


def _font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"):
        if os.path.exists(candidate):
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def make_pages(folder: Path, count: int) -> list[Path]:
    """`clean_set`'s pages without their text (the executor and coordinator measurements)."""
    return [path for path, _ in clean_set(folder, count)]


def synthetic_pages(folder: Path, which: str, count: int) -> list[tuple[Path, str]]:
    """scripts/synthetic.py's standard, harsh or noisy pages, saved with their dpi."""
    import synthetic

    made = {"standard": lambda: synthetic.degraded_set(count, rotated=2),
            "harsh": lambda: synthetic.harsh_set(count, rotated=2),
            "noisy": synthetic.noisy_set}[which]()
    pages = []
    for name, text, degradation, image in made:
        path = folder / f"{name}.png"
        image.save(path, dpi=(degradation.dpi, degradation.dpi))
        pages.append((path, text))
    return pages


def read_raw(pages: list[Path], workers: int, timeout: float | None = None) -> tuple[float, list[str], float]:
    """Seconds for raw `tesseract PAGE stdout` over all pages, W at a time, the texts it read, and the CPU
    seconds the tesseract processes used."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run(page: Path) -> str:
        try:
            return subprocess.run(["tesseract", str(page), "stdout"], env=env, check=True, capture_output=True,
                                  text=True, timeout=timeout).stdout
        except subprocess.TimeoutExpired:
            return ""

    cpu = _cpu_children()
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        texts = list(pool.map(run, pages))
    return time.perf_counter() - start, texts, _cpu_children() - cpu


def metp_command() -> list[str]:
    """This checkout's metp (not whichever the virtualenv's `metp` script imports)."""
    return [sys.executable, "-c", "import sys; sys.argv[0] = 'metp'; from metp.archive.cli import main; main()"]


def run_metp(pages_dir: Path, archive: Path, workers: int, *extra: str, root: Path = ROOT) -> tuple[float, dict, float]:
    """Seconds for `metp ingest` of the folder as a subprocess (the metp of checkout `root`), its report, and
    the CPU seconds of the whole process tree (metp, its workers, their tesseract processes)."""
    command = [*metp_command(), "--archive", str(archive), "ingest", str(pages_dir), "--workers", str(workers),
               "--json", "--no-progress", *extra]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))}
    cpu = _cpu_children()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"metp ingest failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, json.loads(done.stdout), _cpu_children() - cpu


def metp_texts(archive: Path, report: dict) -> dict[str, str]:
    """Page text of each ingested file (one-page files), by file name."""
    db = sqlite3.connect(archive / "catalog.sqlite")
    try:
        return {Path(d["path"]).name: "\n".join(r[0] for r in db.execute(
                    "SELECT text FROM pages WHERE doc_id=? ORDER BY page_no", (d["doc_id"],)))
                for d in report["documents"] if d.get("doc_id")}
    finally:
        db.close()


def cer(texts: list[str], truths: list[str]) -> float:
    from rapidfuzz.distance import Levenshtein

    norm = lambda t: " ".join(t.split())  # noqa: E731
    return (sum(Levenshtein.distance(norm(h), norm(r)) for h, r in zip(texts, truths))
            / max(1, sum(len(norm(r)) for r in truths)))


@dataclass(frozen=True)
class Variant:
    """One way of reading the pages: raw tesseract, or `metp ingest` of a checkout with some options."""

    label: str
    extra: tuple[str, ...] = ()
    root: Path | None = None      # None: raw tesseract


@dataclass
class Timing:
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    cer: float = 0.0


@dataclass
class SetResult:
    name: str
    pages: int
    timings: dict[str, Timing]


def variants_for(compare_plain: bool, before: Path | None, tesserocr: bool = False) -> list[Variant]:
    out = [Variant("raw"), Variant("metp", (), ROOT)]
    if tesserocr:
        out.append(Variant("tesserocr", ("--ocr-engine", "tesserocr"), ROOT))
    if compare_plain:
        out.append(Variant("no-pre", ("--no-preprocess",), ROOT))
    if before is not None:
        out.append(Variant("before", (), before))
    return out


def throughput(name: str, pages: list[tuple[Path, str]], pages_dir: Path, work: Path, workers: int, rounds: int,
               variants: list[Variant]) -> SetResult:
    """Alternating rounds of raw tesseract and each metp variant on one page set (a busy machine weighs on
    all of them alike); each metp ingest goes into a fresh archive."""
    paths, truths = [p for p, _ in pages], [t for _, t in pages]
    read_raw(paths[:1], 1)  # warm the page cache with tesseract's language data
    result = SetResult(name, len(pages), {v.label: Timing() for v in variants})
    for round_no in range(rounds):
        for variant in variants:
            timing = result.timings[variant.label]
            if variant.root is None:
                seconds, texts, cpu = read_raw(paths, workers)
            else:
                archive = work / f"archive-{name}-{variant.label}-{round_no}"
                seconds, report, cpu = run_metp(pages_dir, archive, workers, *variant.extra, root=variant.root)
                if report["pages"] != len(pages):
                    sys.exit(f"{variant.label} ingested {report['pages']} pages of {name}, expected {len(pages)}")
                found = metp_texts(archive, report)
                texts = [found.get(p.name, "") for p in paths]
                shutil.rmtree(archive)
            timing.seconds.append(seconds)
            timing.cpu.append(cpu)
            timing.cer = cer(texts, truths)
    return result


def print_throughput(results: list[SetResult], workers: int, rounds: int) -> None:
    print(f"\nthroughput: {workers} workers, best of {rounds} alternating round(s); x raw = pages/min over raw "
          "tesseract's pages/min in the same run (target >= 1.0 for metp); CER against the ground truth; "
          "CPU = seconds of whole process trees (least of the rounds)")
    labels = list(results[0].timings) if results else []
    print(f"{'set':10}{'pages':>6}" + "".join(f"{l + ' s':>10}{'x raw':>7}{'CER':>8}{'CPU':>7}" for l in labels))
    for r in results:
        raw = min(r.timings["raw"].seconds)
        cells = "".join(f"{min(t.seconds):>10.2f}{raw / min(t.seconds):>7.3f}{t.cer:>8.2%}{min(t.cpu):>7.1f}"
                        for t in r.timings.values())
        print(f"{r.name:10}{r.pages:>6}{cells}")
        print(f"{'':16}all rounds: " + "; ".join(f"{label} {', '.join(f'{s:.1f}' for s in t.seconds)}"
                                                for label, t in r.timings.items()))


# per page -----------------------------------------------------------------------------------------
def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def per_page(sets: dict[str, list[tuple[Path, str]]], raw_cap_s: float) -> None:
    """CPU seconds of every page, read alone, by raw tesseract and by metp's page job, against the median
    page of its set (and of all sets together)."""
    from metp.pipeline.identify import sniff
    from metp.pipeline.model import PageJob
    from metp.pipeline.pages import process_page
    from metp.pipeline.tesseract_stream import close_all
    from metp.settings import OcrSettings

    os.environ["OMP_THREAD_LIMIT"] = "1"
    rows = []
    for name, pages in sets.items():
        for path, _ in pages:
            before = _cpu_children()
            try:
                subprocess.run(["tesseract", str(path), "stdout"], capture_output=True, timeout=raw_cap_s)
                raw = _cpu_children() - before
            except subprocess.TimeoutExpired:
                raw = float("inf")  # killed at the cap (its CPU time is not reaped into RUSAGE_CHILDREN)
            with open(path, "rb") as fh:
                kind = sniff(fh.read(8192))
            before = _cpu_children() + _cpu_self()
            outcome = process_page(PageJob(str(path), kind, 1, OcrSettings()))
            close_all()  # the running tesseract is collected, so its CPU seconds (model load included) count
            metp = _cpu_children() + _cpu_self() - before
            flags = outcome.page.flags if outcome.page else ("failed",)
            steps = outcome.page.preprocessing.steps if outcome.page and outcome.page.preprocessing else ()
            rows.append((name, path.name, raw, metp, flags, steps))
    print(f"\nper page: CPU seconds of each page read alone (raw capped at {raw_cap_s:.0f} s wall); "
          "x median = the page over the median page of its set")
    print(f"{'set':10}{'page':18}{'raw s':>8}{'x med':>7}{'metp s':>8}{'x med':>7}  flags / steps")
    for name in sets:
        mine = [r for r in rows if r[0] == name]
        raw_median = statistics.median(r[2] for r in mine)
        metp_median = statistics.median(r[3] for r in mine)
        for _, page, raw, metp, flags, steps in mine:
            shown = ">" + f"{raw_cap_s:.0f}" if raw == float("inf") else f"{raw:.2f}"
            print(f"{name:10}{page:18}{shown:>8}{raw / raw_median:>7.1f}{metp:>8.2f}{metp / metp_median:>7.1f}  "
                  f"{' '.join(flags)} {'; '.join(s for s in steps if not s.startswith('normalize'))}")
    everything = [r for r in rows]
    metp_median = statistics.median(r[3] for r in everything)
    worst = max(everything, key=lambda r: r[3])
    finite = [r[2] for r in everything if r[2] != float("inf")]
    raw_median = statistics.median(r[2] for r in everything)
    print(f"all sets: metp worst page {worst[1]} {worst[3]:.2f} s = {worst[3] / metp_median:.1f}x the median "
          f"page ({metp_median:.2f} s; target <= about 3x); raw tesseract worst "
          f"{'over the cap' if len(finite) < len(everything) else f'{max(finite):.2f} s'} = "
          f"{max(r[2] for r in everything) / raw_median:.1f}x its median ({raw_median:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=16, help="upright pages per set (degraded sets add 6 turned)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=1,
                        help="alternate raw/metp this many times; best of each (0: only the per-page pass)")
    parser.add_argument("--sets", default="clean,standard,harsh", help="comma-separated: clean, standard, harsh")
    parser.add_argument("--compare-no-preprocess", action="store_true", help="also time metp --no-preprocess")
    parser.add_argument("--tesserocr", action="store_true", help="also time `metp ingest --ocr-engine tesserocr`")
    parser.add_argument("--before", type=Path, help="also time `metp ingest` of this older checkout (e.g. a git "
                        "worktree at an earlier commit), alternating with the others")
    parser.add_argument("--per-page", action="store_true", help="also read every page alone (noisy set added)")
    parser.add_argument("--raw-cap", type=float, default=120.0, help="per-page pass: stop raw tesseract here (s)")
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
    names = [s.strip() for s in args.sets.split(",") if s.strip()]

    with tempfile.TemporaryDirectory(prefix="metp-bench-") as tmp:
        work = Path(tmp)
        sets: dict[str, list[tuple[Path, str]]] = {}
        for name in names + (["noisy"] if args.per_page and "noisy" not in names else []):
            folder = work / f"pages-{name}"
            folder.mkdir()
            sets[name] = clean_set(folder, args.pages) if name == "clean" else \
                synthetic_pages(folder, name, args.pages)
        variants = variants_for(args.compare_no_preprocess, args.before, args.tesserocr)
        if args.rounds:  # (--rounds 0: the per-page pass only)
            results = [throughput(name, sets[name], work / f"pages-{name}", work, args.workers, args.rounds,
                                  variants) for name in names if name != "noisy"]
            print_throughput(results, args.workers, args.rounds)
        if args.per_page:
            per_page(sets, args.raw_cap)


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
        read_raw(pages[:1], 1)  # warm the page cache with tesseract's language data
        for round_no in range(args.rounds):
            order = list(runs) if round_no % 2 == 0 else list(reversed(runs))  # neither always goes first
            for name in order:
                archive = tmp_path / f"archive-{name}-{round_no}"
                elapsed, report, used = run_metp(pages_dir, archive, args.workers, *runs[name])
                if report["pages"] != args.pages:
                    sys.exit(f"metp ingest ({name}) ingested {report['pages']} pages, expected {args.pages}")
                times[name].append(elapsed)
                cpu[name].append(used)
                print(f"round {round_no + 1} {name}: {elapsed:.2f} s, CPU {used:.1f} s", file=sys.stderr)
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
