#!/usr/bin/env python3
"""Search latency at scale: typical queries over a generated index of 100,000 pages.

Pages are ~300 words drawn with a Zipf distribution (weight 1/rank) over the vocabulary of the
TIME 1963 articles (ranked by their frequency there), with a share of words misread the way OCR
misreads them (one letter swapped for a look-alike), so the index has the long tail of garbage
terms that fuzzy expansion walks through. Pages are grouped into documents of 1-5 pages, each
with a type, date (hence decade), 1-3 subjects and a language, and are written straight into a
whoosh index with metp's schema and record-to-fields mapping (metp.index.writer). The index is
kept in --index DIR, so reruns with the same parameters skip the build.

Each query goes through `metp.index.searcher.PageSearcher.search` (limit 10: every matching page
scored, grouped by document, facets over all matches, highlighted snippets for the hits shown) on
one searcher kept open, as `Archive` keeps it, with a warm OS cache. Opening that searcher (whoosh
searcher, column arrays, word list for fuzzy expansion) is timed apart: it is what a one-shot
`metp search` pays on top of the query. Query types: single words of high / medium / low
frequency (vocabulary ranks under 300, 500-2,000, 8,000-20,000; TIME's stop words left out),
two-word AND, two-word phrases taken from real pages, two-word OR, a common word with a type
filter, a misspelled word; each in the default (fuzzy) mode and, when metp has it, exact=True.
Reported: p50 and p95 per query type and overall, in ms; index build time and size on disk. When
the overall p95 is over target, the slowest query is profiled (cProfile, top functions).
Target (issue 6), on this 2-core machine: p95 <= 150 ms.

--engine whoosh|tantivy (default whoosh; `whoosh,tantivy` runs both, one after the other, in one run):
the tantivy index is built by `PageIndex.rebuild(..., engine="tantivy")` (tantivy_store.build_fresh) in
DIR-tantivy beside --index DIR, queried through `PageIndex(path, create=False).search` (a kept searcher)
and through one-shot `metp search --json` processes like whoosh's. Per engine the one-shot part also
reports the peak resident memory of one `metp search` process (scripts/_rss.py), and the in-process part
the memory the kept searcher added to this process.

    python scripts/bench_search.py [--pages 100000] [--index DIR] [--queries 20] [--noise 0.02]
                                   [--engine whoosh,tantivy]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from whoosh.analysis import STOP_WORDS

from metp.index import writer
from metp.index.engines import ENGINES, engine_list, folder_bytes
from metp.index.page_index import PageIndex
from metp.index.records import PageRecord
from metp.index.schema import SCHEMA_VERSION
from metp.index.records import Filters
from metp.index.searcher import PageSearcher
from metp.pipeline.tagging.vocabulary import load_vocabulary

TIME_ALL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ir" / "time_corpus_only" / "TIME.ALL"
TARGET_MS = 150.0
WORDS_PER_PAGE = (250, 350)
DOC_TYPES = ("agenda", "handout", "trainer guide", "manual", "worksheet", "evaluation form", "sign-in sheet",
             "letter", "memo", "flyer", "newsletter", "report", "slides")
LANGUAGES = ("en",) * 17 + ("es", "fr", "de")
LOOKALIKES = {"m": "rn", "e": "c", "c": "e", "l": "i", "i": "l", "o": "a", "a": "o", "h": "b", "u": "n",
              "n": "u", "t": "f", "r": "n", "s": "e", "d": "cl"}
SEED = 20240601
QUERY_STOP_WORDS = frozenset(TIME_ALL.with_name("TIME.STP").read_text(encoding="latin-1").lower().split()) | STOP_WORDS


@dataclass(frozen=True)
class Corpus:
    """The generator: a ranked vocabulary with Zipf weights; page texts are a function of the page number."""

    vocabulary: tuple[str, ...]
    cum_weights: tuple[float, ...]
    noise: float

    @classmethod
    def from_time(cls, noise: float) -> "Corpus":
        counts = Counter(re.findall(r"[a-z]+", TIME_ALL.read_text(encoding="latin-1").lower()))
        vocabulary = tuple(w for w, _ in counts.most_common() if len(w) > 1)
        return cls(vocabulary, tuple(accumulate(1.0 / rank for rank in range(1, len(vocabulary) + 1))), noise)

    def page_words(self, page_no: int) -> list[str]:
        rng = random.Random(SEED * 1_000_003 + page_no)
        words = rng.choices(self.vocabulary, cum_weights=self.cum_weights, k=rng.randint(*WORDS_PER_PAGE))
        return [misread(w, rng) if rng.random() < self.noise else w for w in words]

    def query_words(self, first: int, last: int) -> list[str]:
        """Words of 3+ letters, not on TIME's stop list, whose frequency rank is in [first, last)."""
        return [w for w in self.vocabulary[first:last] if w not in QUERY_STOP_WORDS and len(w) >= 3]


def misread(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    return word[:i] + LOOKALIKES.get(word[i], rng.choice("aeilnorstu")) + word[i + 1:]


def records(corpus: Corpus, pages: int):
    """PageRecords of documents of 1-5 pages with their metadata, `pages` pages in all."""
    rng = random.Random(SEED)
    subjects = [t.preferred for t in load_vocabulary().terms]
    page_no = doc_no = 0
    while page_no < pages:
        doc_no += 1
        doc_id = f"{doc_no:016x}"
        count = min(rng.randint(1, 5), pages - page_no)
        year = rng.randint(1960, 1999)
        meta = {"type": (rng.choice(DOC_TYPES),), "date": (f"{year}-{rng.randint(1, 12):02d}",),
                "subject": tuple(rng.sample(subjects, rng.randint(1, 3))), "language": (rng.choice(LANGUAGES),)}
        title = ""
        for n in range(1, count + 1):
            text = " ".join(corpus.page_words(page_no))
            title = title or " ".join(text.split()[:6]).capitalize()
            yield PageRecord(doc_id=doc_id, page=n, title=title, content=text, source=f"/archive/box/{doc_id}.tif",
                             method="ocr", confidence=80.0, fields=meta)
            page_no += 1


# index ----------------------------------------------------------------------------------------
def build_or_reuse(folder: Path, corpus: Corpus, pages: int, engine: str = "whoosh") -> dict:
    """Build the index in `folder` unless it holds one made with the same parameters; returns its stats."""
    params = {"pages": pages, "noise": corpus.noise, "seed": SEED, "schema": SCHEMA_VERSION}
    if engine != "whoosh":
        from metp.index import tantivy_store
        params |= {"engine": engine, "format": tantivy_store.FORMAT_VERSION}
    stamp = folder / "bench.json"
    if stamp.exists() and json.loads(stamp.read_text())["params"] == params:
        return json.loads(stamp.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()

    def progress():
        for n, record in enumerate(records(corpus, pages), 1):
            if n % 20_000 == 0:
                print(f"  {n} pages queued, {time.perf_counter() - start:.0f} s", flush=True)
            yield record

    if engine == "tantivy":  # what `metp reindex --engine tantivy` runs (generation counted too)
        PageIndex.rebuild(folder, progress(), engine="tantivy")
        build_s = time.perf_counter() - start
        from metp.index import tantivy_store
        stats = {"params": params, "build_s": round(build_s, 1), "bytes": folder_bytes(folder),
                 "segments": tantivy_store.open_index(folder, create=False).searcher().num_segments,
                 "build_peak_mb": round(_peak_mb(), 1)}
        stamp.write_text(json.dumps(stats))
        return stats
    writer.build_fresh(folder, progress())  # what `metp reindex` runs (generating the pages is counted too)
    ix = writer.open_index(folder, create=False)
    with ix.reader() as reader:
        segments = len(reader.leaf_readers())
    stats = {"params": params, "build_s": round(time.perf_counter() - start, 1),
             "bytes": folder_bytes(folder), "segments": segments}
    ix.close()
    stamp.write_text(json.dumps(stats))
    return stats


# queries --------------------------------------------------------------------------------------
def query_set(corpus: Corpus, pages: int, per_type: int) -> dict[str, list[tuple[str, Filters]]]:
    rng = random.Random(SEED + 1)
    frequent, medium, rare = (corpus.query_words(0, 300), corpus.query_words(500, 2000),
                              corpus.query_words(8000, 20000))
    none = Filters()

    def phrase() -> str:
        """Two words next to each other in the index (whoosh drops its stop words and renumbers)."""
        words = [w for w in corpus.page_words(rng.randrange(pages)) if w not in STOP_WORDS]
        pairs = [(a, b) for a, b in zip(words, words[1:]) if a not in QUERY_STOP_WORDS and b not in QUERY_STOP_WORDS]
        return '"{} {}"'.format(*rng.choice(pairs))

    return {
        "word, frequent": [(rng.choice(frequent), none) for _ in range(per_type)],
        "word, medium": [(rng.choice(medium), none) for _ in range(per_type)],
        "word, rare": [(rng.choice(rare), none) for _ in range(per_type)],
        "two words AND": [(f"{rng.choice(frequent)} {rng.choice(medium)}", none) for _ in range(per_type)],
        "phrase": [(phrase(), none) for _ in range(per_type)],
        "two words OR": [(f"{rng.choice(medium)} OR {rng.choice(medium)}", none) for _ in range(per_type)],
        "word + type filter": [(rng.choice(frequent), Filters.of(type=rng.choice(DOC_TYPES)))
                               for _ in range(per_type)],
        "misspelled word": [(misread(rng.choice(medium), rng), none) for _ in range(per_type)],
    }


def modes() -> dict[str, dict]:
    return {"default": {"exact": False}, "exact": {"exact": True}}


def timed(pages: PageSearcher | PageIndex, text: str, filters: Filters, kwargs: dict,
          profile: cProfile.Profile | None = None) -> tuple[float, int]:
    start = time.perf_counter()
    with profile or nullcontext():
        results = pages.search(text, limit=10, filters=filters, **kwargs)
    return (time.perf_counter() - start) * 1000, results.total


def _peak_mb(field: str = "VmHWM") -> float:
    """This process's peak (VmHWM) or current (VmRSS) resident memory, MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def cold_start(folder: Path, text: str, engine: str = "whoosh") -> tuple[float, float]:
    """ms to open a searcher and answer a first fuzzy query, and ms for that query alone once open."""
    if engine != "whoosh":
        start = time.perf_counter()
        index = PageIndex(folder, create=False)
        index.search(text)
        first = (time.perf_counter() - start) * 1000
        again, _ = timed(index, text, Filters(), {})
        index.close()
        return first, again
    ix = writer.open_index(folder, create=False)
    start = time.perf_counter()
    pages = PageSearcher(ix)
    pages.search(text)
    first = (time.perf_counter() - start) * 1000
    again, _ = timed(pages, text, Filters(), {})
    pages.close()
    ix.close()
    return first, again


# one-shot command line ---------------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[1]
ONE_SHOT_TARGETS = {"search": 1.5, "help": 2.0}  # x the floor, issue 16
ONE_SHOT_100K_S = 0.3
ENGINE_FLOOR = "import numpy, whoosh.index, whoosh.qparser, whoosh.searching"
ENGINE_FLOORS = {"whoosh": ENGINE_FLOOR, "tantivy": "import numpy, tantivy, whoosh.query, whoosh.qparser"}


PYCACHE = Path(tempfile.gettempdir()) / "metp-bench-pycache"


def _env() -> dict:
    """This checkout's metp, with its compiled bytecode kept (outside the checkout) as an installed metp
    has it: with PYTHONDONTWRITEBYTECODE set, every run would compile metp's modules again (~45 ms)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
            "PYTHONPYCACHEPREFIX": str(PYCACHE)}


def _metp(*args: str) -> list[str]:
    return [sys.executable, "-m", "metp.archive.cli", *args]


def _seconds(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=_env(), cwd=cwd)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def small_archive(folder: Path, corpus: Corpus, documents: int, engine: str = "whoosh") -> Path:
    """An archive made by `metp ingest` of `documents` text files of 1-3 pages of the generated text (form
    feeds between pages), one of them mentioning 'skybolt missile'."""
    inputs = folder / "texts"
    inputs.mkdir(parents=True)
    rng = random.Random(SEED + 2)
    page_no = 0
    for d in range(documents):
        pages = []
        for _ in range(rng.randint(1, 3)):
            pages.append(" ".join(corpus.page_words(page_no)))
            page_no += 1
        if d == documents // 2:
            pages[0] = "The Skybolt missile programme was cancelled. " + pages[0]
        (inputs / f"doc-{d:04d}.txt").write_text("\f".join(pages), encoding="utf-8")
    archive = folder / "archive"
    done = subprocess.run(_metp("--archive", str(archive), "ingest", str(inputs), "--no-progress", "--json",
                                "--engine", engine),
                          capture_output=True, env=_env(), cwd=folder)
    if done.returncode != 0:
        sys.exit(f"metp ingest failed: {done.stderr.decode(errors='replace')[-500:]}")
    return archive


def alternate(commands: dict[str, list[str]], rounds: int, cwd: Path) -> dict[str, float]:
    """Median wall seconds of each command, run in turn `rounds` times (after one warm-up each), so a busy
    machine weighs on all of them alike."""
    for command in commands.values():
        _seconds(command, cwd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            times[name].append(_seconds(command, cwd))
    return {name: statistics.median(ts) for name, ts in times.items()}


def one_shot_small(work: Path, corpus: Corpus, documents: int, rounds: int, engine: str = "whoosh") -> None:
    archive = small_archive(work, corpus, documents, engine)
    medians = alternate({
        "python -c pass": [sys.executable, "-c", "pass"],
        "engine import floor": [sys.executable, "-c", ENGINE_FLOORS[engine]],
        "metp search --json": _metp("--archive", str(archive), "search", "skybolt missile", "--json"),
        "import click": [sys.executable, "-c", "import click"],
        "metp --help": _metp("--help"),
    }, rounds, work)
    print(f"\none-shot command line, {engine}, archive of {documents} text documents; median of {rounds} "
          "alternating runs (wall ms)")
    for name, seconds in medians.items():
        print(f"  {name:24}{seconds * 1000:>8.0f}")
    search = medians["metp search --json"] / medians["engine import floor"]
    helps = medians["metp --help"] / medians["import click"]
    for label, ratio, target in (("metp search / engine import floor", search, ONE_SHOT_TARGETS["search"]),
                                 ("metp --help / import click", helps, ONE_SHOT_TARGETS["help"])):
        print(f"  {'PASS' if ratio <= target else 'FAIL'}  {label}: {ratio:.2f}x (target <= {target}x)")


def one_shot_large(work: Path, index: Path, queries: list[str], pages: int, engine: str = "whoosh") -> None:
    """`metp search` as a fresh process on an archive whose index is the generated one (its catalog is
    empty: search reads only the index).  The first run after a build also writes the segment caches."""
    from metp.archive.archive import Archive
    from metp.settings import Settings

    root = work / "archive-large"
    with Archive(Settings(archive_dir=root), create=True):
        pass
    shutil.rmtree(root / "index", ignore_errors=True)
    (root / "index").symlink_to(index.resolve(), target_is_directory=True)
    shutil.rmtree(index / "metp-cache", ignore_errors=True)
    first = _seconds(_metp("--archive", str(root), "search", queries[0], "--json"), work)
    floor_and_runs = {"engine import floor": [], "metp search": []}
    for text in queries:
        floor_and_runs["engine import floor"].append(_seconds([sys.executable, "-c", ENGINE_FLOORS[engine]], work))
        floor_and_runs["metp search"].append(_seconds(_metp("--archive", str(root), "search", text, "--json"), work))
    runs = floor_and_runs["metp search"]
    floor = statistics.median(floor_and_runs["engine import floor"])
    median = statistics.median(runs)
    print(f"\none-shot `metp search --json` at {pages} pages, a fresh process per query, {len(queries)} queries: "
          f"median {median * 1000:.0f} ms, slowest {max(runs) * 1000:.0f} ms (engine import floor "
          f"{floor * 1000:.0f} ms in the same runs; {median / floor:.2f}x); the first run after the build, which "
          f"also writes the segment caches: {first * 1000:.0f} ms")
    print(f"  {'PASS' if median <= ONE_SHOT_100K_S else 'FAIL'}  median {median:.2f} s <= {ONE_SHOT_100K_S} s")
    one_shot_memory(work, root, queries)


def one_shot_memory(work: Path, root: Path, queries: list[str]) -> None:
    """Peak resident memory of one `metp search --json` process per query (sampled every 20 ms)."""
    from _rss import TreeSampler, mib
    peaks = []
    for text in queries:
        proc = subprocess.Popen(_metp("--archive", str(root), "search", text, "--json"), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=_env(), cwd=work)
        sampler = TreeSampler(proc.pid, interval=0.02)
        sampler.start()
        proc.wait()
        peaks.append(mib(sampler.stop().tree_kb))
    print(f"  peak resident memory of one `metp search --json` process: median {statistics.median(peaks):.0f} MB, "
          f"largest {max(peaks):.0f} MB ({len(queries)} queries)", flush=True)


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def measure(pages: PageSearcher, queries: dict[str, list[tuple[str, Filters]]], mode_kwargs: dict) -> dict[str, list[tuple]]:
    """(ms, total, query, filters) per query, by query type."""
    return {kind: [(*timed(pages, text, filters, mode_kwargs), text, filters) for text, filters in qs]
            for kind, qs in queries.items()}


def print_table(by_mode: dict[str, dict[str, list[tuple]]]) -> float:
    """One row per query type with p50/p95 per mode; returns the overall p95 of the default mode."""
    kinds = list(by_mode["default"])
    print(f"{'query type':22}{'median docs':>12}" + "".join(f"{m + ' p50':>14}{m + ' p95':>14}" for m in by_mode))
    for kind in kinds:
        docs = statistics.median(r[1] for r in by_mode["default"][kind])
        print(f"{kind:22}{docs:>12.0f}" + _cells([[r[0] for r in rows[kind]] for rows in by_mode.values()]))
    overall = [[r[0] for kind in kinds for r in rows[kind]] for rows in by_mode.values()]
    print(f"{'overall':22}{'':>12}" + _cells(overall))
    return percentile(overall[0], 95)


def _cells(ms_per_mode: list[list[float]]) -> str:
    return "".join(f"{percentile(ms, 50):>14.0f}{percentile(ms, 95):>14.0f}" for ms in ms_per_mode)


def profile_slowest(pages: PageSearcher, by_kind: dict[str, list[tuple]], mode_kwargs: dict, lines: int) -> None:
    ms, total, text, filters = max((r for rows in by_kind.values() for r in rows), key=lambda r: r[0])
    profile = cProfile.Profile()
    again, _ = timed(pages, text, filters, mode_kwargs, profile)
    print(f"\nprofile of the slowest query {text!r} {filters} ({total} documents; {ms:.0f} ms, "
          f"{again:.0f} ms profiled):")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(lines)
    print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--index", type=Path, help="keep the index here and reuse it when rerun (default: a temp dir)")
    parser.add_argument("--queries", type=int, default=20, help="queries per query type")
    parser.add_argument("--noise", type=float, default=0.02, help="share of words misread as by OCR")
    parser.add_argument("--profile-lines", type=int, default=25)
    parser.add_argument("--one-shot-documents", type=int, default=400,
                        help="documents in the small archive of the one-shot command-line figures (0: skip)")
    parser.add_argument("--one-shot-rounds", type=int, default=15)
    parser.add_argument("--engine", default="whoosh",
                        help=f"{' or '.join(ENGINES)}, or a comma list of both, run one after the other "
                             "(default: %(default)s); tantivy's index is kept in DIR-tantivy beside --index DIR")
    args = parser.parse_args()
    engines = engine_list(args.engine)
    by_engine = {engine: bench(args, engine) for engine in engines}
    if len(by_engine) > 1:
        compare_totals(by_engine)


def compare_totals(by_engine: dict[str, dict[str, dict[str, list[tuple]]]]) -> None:
    """The engines' document totals for the same queries (they should agree: both count every match)."""
    (name_a, a), (name_b, b) = list(by_engine.items())[:2]
    for mode in a:
        pairs = [(ra, rb) for kind in a[mode] for ra, rb in zip(a[mode][kind], b[mode][kind])]
        differ = [(ra[2], ra[3], ra[1], rb[1]) for ra, rb in pairs if ra[1] != rb[1]]
        print(f"\ntotals, {mode} mode: {len(pairs) - len(differ)} of {len(pairs)} queries agree between "
              f"{name_a} and {name_b}")
        for text, filters, ta, tb in differ[:10]:
            print(f"  {text!r} {filters}: {name_a} {ta}, {name_b} {tb}")


def bench(args: argparse.Namespace, engine: str) -> dict[str, dict[str, list[tuple]]]:
    """The whole benchmark on one engine; returns the in-process measurements by mode."""
    print(f"\n=== engine {engine} === load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    corpus = Corpus.from_time(args.noise)
    if args.one_shot_documents:
        with tempfile.TemporaryDirectory(prefix="metp-bench-oneshot-") as tmp:
            one_shot_small(Path(tmp), corpus, args.one_shot_documents, args.one_shot_rounds, engine)
    with tempfile.TemporaryDirectory(prefix="metp-bench-search-") if args.index is None else nullcontext() as tmp:
        folder = args.index or Path(tmp) / "index"
        if engine != "whoosh":
            folder = folder.with_name(f"{folder.name}-{engine}")
        print(f"index {folder}: {args.pages} pages, vocabulary {len(corpus.vocabulary)} words, noise {args.noise}",
              flush=True)
        stats = build_or_reuse(folder, corpus, args.pages, engine)
        how = (f"metp's build_fresh, {writer.BUILD_PROCS} processes" if engine == "whoosh" else
               "tantivy_store.build_fresh, one Python process feeding 2 writer threads, peak resident memory "
               f"of this process {stats.get('build_peak_mb', 0):.0f} MB")
        print(f"build {stats['build_s']:.0f} s ({args.pages / stats['build_s']:.0f} pages/s, target >= 500; "
              f"{how}, generation included; {stats['segments']} "
              f"segments); size {stats['bytes'] / 1e6:.0f} MB ({stats['bytes'] / args.pages:.0f} bytes/page)",
              flush=True)
        queries = query_set(corpus, args.pages, args.queries)
        with tempfile.TemporaryDirectory(prefix="metp-bench-oneshot-") as tmp:
            one_shot_large(Path(tmp), folder, [q for q, _ in queries["word, medium"][:10]], args.pages, engine)
        first, again = cold_start(folder, queries["word, medium"][0][0], engine)
        print(f"in-process: open a searcher and answer a first query {first:.0f} ms (the same query once open: "
              f"{again:.0f} ms)", flush=True)
        rss_before = _peak_mb("VmRSS")
        if engine == "whoosh":
            ix = writer.open_index(folder, create=False)
            pages = PageSearcher(ix)
        else:
            ix, pages = None, PageIndex(folder, create=False)
        measure(pages, {k: qs[:2] for k, qs in queries.items()}, {})  # warm the OS cache and whoosh's caches
        by_mode = {mode: measure(pages, queries, kwargs) for mode, kwargs in modes().items()}
        print(f"{args.queries} queries per type, limit 10, times in ms ({engine}; load average "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; the kept searcher and its caches added "
              f"{_peak_mb('VmRSS') - rss_before:.0f} MB to this process)")
        p95 = print_table(by_mode)
        verdict = "PASS" if p95 <= TARGET_MS else "FAIL"
        print(f"  {verdict}  default mode overall p95 {p95:.0f} ms <= {TARGET_MS:.0f} ms")
        if p95 > TARGET_MS:
            profile_slowest(pages, by_mode["default"], modes()["default"], args.profile_lines)
        pages.close()
        if ix is not None:
            ix.close()
        return by_mode


if __name__ == "__main__":
    main()
