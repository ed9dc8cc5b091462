#!/usr/bin/env python3
"""`metp serve` under load: search page and JSON latency with 8 concurrent clients on a 100,000-page
archive, then a bounded load test on loopback in which every request must be answered.

The archive is synthetic and written straight through the library's storage layers, not ingested:
ingesting 100,000 pages of text would take hours.  Pages come from the generator of
scripts/bench_search.py (TIME 1963 vocabulary, Zipf-distributed, 2% OCR misreadings, documents of 1-5
pages with type, date, 1-3 subjects and a language); the same stream fills the catalog (`Catalog`:
documents, pages, sources, one batch, automatic metadata rows) and the index (metp's own
record-to-fields mapping, `metp.index.writer`, 2 writer processes).  No originals, word boxes or page
images are written (the archive would fail `metp verify`): the benchmark measures search, facets,
snippets and page rendering, not image serving.  The archive is kept in --archive DIR and reused when
rerun with the same parameters.

The server is `metp serve` itself, started as a subprocess on 127.0.0.1 with a free port (its own
worker threads and archive objects, as a user gets it).  Clients are threads with keep-alive httpx
connections, each sending its own sequence of queries drawn like bench_search's (frequent, medium, rare
words, two-word AND and OR, phrases, a word with a type filter, misspellings), limit 10: the HTML page
`/search?q=...` and its twin `/search.json?q=...`, each with facets and highlighted snippets.  A
warm-up pass runs first (the server's searchers open lazily).  Reported: p50/p95/max per route, in ms,
and requests per second.  Target (issue 12): p95 <= 150 ms.

The load test then sends --load-requests requests from --load-clients clients at once (search pages
and JSON, documents, pages, browse pages, the home page), each with a 30 s client timeout, and counts
answers by status: every request must get an answer (200, or 503 with the "took too long" page when
the server sheds load); none may fail to connect, reset or time out.

    python scripts/bench_serve.py [--archive DIR] [--pages 100000] [--clients 8] [--queries 40]
                                  [--load-clients 64] [--load-requests 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_search  # noqa: E402  (the page generator and query set)

from metp.archive.catalog import Catalog, now  # noqa: E402
from metp.index import writer  # noqa: E402
from metp.index.engines import folder_bytes  # noqa: E402
from metp.index.schema import SCHEMA_VERSION  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TARGET_MS = 150.0
BATCH_ID = "20260101T000000-bench0"


# the archive ----------------------------------------------------------------------------------------
def build_or_reuse(root: Path, pages: int, noise: float) -> dict:
    params = {"pages": pages, "noise": noise, "seed": bench_search.SEED, "schema": SCHEMA_VERSION}
    stamp = root / "bench-serve.json"
    if stamp.exists() and json.loads(stamp.read_text())["params"] == params:
        return json.loads(stamp.read_text())
    if root.exists():
        import shutil

        shutil.rmtree(root)
    root.mkdir(parents=True)
    corpus = bench_search.Corpus.from_time(noise)
    catalog = Catalog(root / "catalog.sqlite")
    with catalog.transaction() as db:
        db.execute("INSERT INTO batches VALUES (?,?,?,?,?)", (BATCH_ID, now(), now(), "finished",
                                                               "bench_serve.py (synthetic)"))
    ix = writer.open_index(root / "index")
    start = time.perf_counter()
    docs, page_rows, meta, sources, files = [], [], [], [], []
    current: str | None = None

    def flush() -> None:
        with catalog.transaction() as db:
            db.executemany("INSERT INTO documents(doc_id, sha256, size, kind, media_type, title, page_count,"
                           " batch_id, ingested_at, indexed) VALUES (?,?,?,?,?,?,?,?,?,1)", docs)
            db.executemany("INSERT INTO pages(doc_id, page_no, method, text, confidence, word_count, width,"
                           " height, dpi, flags) VALUES (?,?,?,?,?,?,?,?,?,?)", page_rows)
            db.executemany("INSERT INTO sources VALUES (?,?,?,?)", sources)
            db.executemany("INSERT INTO batch_files(batch_id, seq, path, status, doc_id, pages) VALUES "
                           "(?,?,?,?,?,?)", files)
            db.executemany("INSERT INTO metadata(doc_id, field, value, op, provenance, rule, confidence,"
                           " recorded_at) VALUES (?,?,?,'auto','auto','bench',1.0,?)", meta)
        for rows in (docs, page_rows, meta, sources, files):
            rows.clear()

    at = now()
    counts: Counter = Counter()
    with ix.writer(procs=2, multisegment=True, limitmb=256) as w:
        for n, record in enumerate(bench_search.records(corpus, pages), 1):
            writer._add(w, record)
            if record.doc_id != current:
                if len(docs) >= 5000:  # only between documents: the last one's page count is still growing
                    flush()
                current = record.doc_id
                counts["documents"] += 1
                sha = record.doc_id * 4
                docs.append([record.doc_id, sha, 0, "image", "image/tiff", record.title, 0, BATCH_ID, at])
                sources.append((record.doc_id, record.source, BATCH_ID, at))
                files.append([BATCH_ID, counts["documents"], record.source, "ingested", record.doc_id, 0])
                meta.append((record.doc_id, "dc.title", record.title, at))
                for key, name in (("type", "dc.type"), ("date", "dc.date"), ("subject", "dc.subject"),
                                  ("language", "dc.language")):
                    meta.extend((record.doc_id, name, value, at) for value in record.fields.get(key, ()))
            docs[-1][6] += 1
            files[-1][5] += 1
            page_rows.append((record.doc_id, record.page, "ocr", record.content, record.confidence,
                              len(record.content.split()), 2550, 3300, 300, ""))
            if n % 20_000 == 0:
                print(f"  {n} pages queued, {time.perf_counter() - start:.0f} s", flush=True)
        flush()
    catalog.close()
    stats = {"params": params, "build_s": round(time.perf_counter() - start, 1), "documents": counts["documents"],
             "index_bytes": folder_bytes(root / "index")}
    stamp.write_text(json.dumps(stats))
    return stats


# the server -----------------------------------------------------------------------------------------
def start_server(root: Path) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "metp.archive.cli", "--archive", str(root), "serve", "--port", "0",
                             "--public"], stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 120
    for line in proc.stderr:
        match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
        if match:
            threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()  # keep draining
            return proc, match.group(1)
        if time.monotonic() > deadline:
            break
    proc.kill()
    raise SystemExit("metp serve did not print its URL")


def stop_server(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(30)


# measuring ------------------------------------------------------------------------------------------
def queries(pages: int, per_type: int, noise: float) -> list[dict]:
    corpus = bench_search.Corpus.from_time(noise)
    out = []
    for kind, pairs in bench_search.query_set(corpus, pages, per_type).items():
        for text, filters in pairs:
            out.append({"q": text, **dict(filters.values), "_kind": kind})
    return out


def timed_get(client: httpx.Client, url: str, params: dict) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get(url, params={k: v for k, v in params.items() if not k.startswith("_")})
    return (time.perf_counter() - start) * 1000, response.status_code


def cpu_seconds(pid: int) -> dict:
    """The server process's CPU time so far (user + system) and resident memory."""
    with open(f"/proc/{pid}/stat") as fh:
        parts = fh.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    pss = 0.0
    try:  # proportional set size: the index files every worker maps are counted once, not per worker
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            pss = next(int(line.split()[1]) for line in fh if line.startswith("Pss:")) / 1e3
    except (OSError, StopIteration):
        pass
    return {"cpu": (int(parts[11]) + int(parts[12])) / ticks,
            "rss_mb": int(parts[21]) * os.sysconf("SC_PAGE_SIZE") / 1e6, "pss_mb": pss}


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def run_clients(base: str, work: list[list[tuple[str, dict]]], timeout: float = 60) -> list[tuple[str, float, int | str]]:
    """Each client thread sends its own list of (path, params); returns (path, ms, status or error)."""
    results: list[tuple[str, float, int | str]] = []
    lock = threading.Lock()

    def client(jobs):
        with httpx.Client(base_url=base, timeout=timeout) as c:
            for path, params in jobs:
                try:
                    ms, status = timed_get(c, path, params)
                except httpx.HTTPError as exc:
                    ms, status = float("nan"), type(exc).__name__
                with lock:
                    results.append((path, ms, status))

    threads = [threading.Thread(target=client, args=(jobs,)) for jobs in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def report(results: list[tuple[str, float, int | str]], seconds: float) -> dict[str, float]:
    by_route: dict[str, list[float]] = {}
    for path, ms, status in results:
        if status == 200:
            by_route.setdefault(path, []).append(ms)
    print(f"{'route':16}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    p95s = {}
    for path, ms in sorted(by_route.items()):
        p95s[path] = percentile(ms, 95)
        print(f"{path:16}{len(ms):>10}{percentile(ms, 50):>10.0f}{p95s[path]:>10.0f}{max(ms):>10.0f}")
    other = Counter(status for _, _, status in results if status != 200)
    print(f"{len(results)} requests in {seconds:.1f} s ({len(results) / seconds:.1f}/s); not 200: {dict(other) or 'none'}")
    return p95s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, default=Path("/tmp/metp-bench-serve"))
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--noise", type=float, default=0.02)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=40, help="queries per query type (8 types), each sent as "
                                                                "HTML and JSON")
    parser.add_argument("--load-clients", type=int, default=64)
    parser.add_argument("--load-requests", type=int, default=2000)
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()

    print(f"archive {args.archive}: {args.pages} pages", flush=True)
    stats = build_or_reuse(args.archive, args.pages, args.noise)
    print(f"built in {stats['build_s']:.0f} s: {stats['documents']} documents, index {stats['index_bytes'] / 1e6:.0f} MB",
          flush=True)
    if args.build_only:
        return

    proc, base = start_server(args.archive)
    try:
        qs = queries(args.pages, args.queries, args.noise)
        rng = random.Random(7)
        t = time.perf_counter()
        run_clients(base, [[("/search.json", q) for q in qs[i::args.clients][:3]] for i in range(args.clients)])
        print(f"warm-up (searchers opened by each server worker): {time.perf_counter() - t:.1f} s", flush=True)

        jobs = [(route, q) for q in qs for route in ("/search", "/search.json")]
        rng.shuffle(jobs)
        t = time.perf_counter()
        results = run_clients(base, [jobs[i::args.clients] for i in range(args.clients)])
        seconds = time.perf_counter() - t
        print(f"\n{args.clients} concurrent clients, {len(qs)} queries x (HTML, JSON), limit 10, facets and snippets:")
        p95s = report(results, seconds)
        worst = max(p95s.values())
        print(f"  {'PASS' if worst <= TARGET_MS else 'FAIL'}  worst route p95 {worst:.0f} ms <= {TARGET_MS:.0f} ms")

        server_cpu = cpu_seconds(proc.pid)
        print(f"  server memory: RSS {server_cpu['rss_mb']:.0f} MB, PSS {server_cpu['pss_mb']:.0f} MB "
              "(each archive worker keeps its own searcher)")

        # the same queries at 1, 2, 4 and 8 clients: what one request costs, and where queueing starts
        print("\nconcurrency sweep (JSON, 160 queries each): clients, requests/s, p50, p95, server CPU per request")
        for clients in (1, 2, 4, 8):
            before, t = cpu_seconds(proc.pid)["cpu"], time.perf_counter()
            swept = run_clients(base, [[("/search.json", q) for q in qs[:160]][i::clients] for i in range(clients)])
            wall, used = time.perf_counter() - t, cpu_seconds(proc.pid)["cpu"] - before
            ms = [r[1] for r in swept if r[2] == 200]
            print(f"  {clients}: {len(swept) / wall:5.1f}/s  p50 {percentile(ms, 50):4.0f} ms  p95 {percentile(ms, 95):4.0f} ms"
                  f"  server {used / wall * 100:3.0f}% of a core, {used / len(swept) * 1000:.1f} ms CPU a request")

        docs = [f"/doc/{n:016x}" for n in rng.sample(range(1, stats["documents"] + 1), 50)]
        mix = ([("/search", q) for q in qs] + [("/search.json", q) for q in qs]
               + [(d, {}) for d in docs] + [(d + "/page/1", {"q": rng.choice(qs)["q"]}) for d in docs]
               + [("/browse", {}), ("/", {}), ("/search", {"type": "memo"}), ("/browse/subjects", {})] * 10)
        load = [rng.choice(mix) for _ in range(args.load_requests)]
        t = time.perf_counter()
        results = run_clients(base, [load[i::args.load_clients] for i in range(args.load_clients)], timeout=30)
        seconds = time.perf_counter() - t
        statuses = Counter(status for _, _, status in results)
        print(f"\nload test: {args.load_requests} requests from {args.load_clients} clients at once, 30 s timeout")
        print(f"  answered {sum(n for s, n in statuses.items() if isinstance(s, int))} of {len(results)} in "
              f"{seconds:.1f} s ({len(results) / seconds:.1f}/s); by status: {dict(statuses)}")
        answered = all(isinstance(s, int) and s in (200, 503) for s in statuses)
        print(f"  {'PASS' if answered else 'FAIL'}  every request answered (200, or 503 when shedding load)")
    finally:
        code = stop_server(proc)
        print(f"\nserver stopped with SIGTERM: exit {code}")


if __name__ == "__main__":
    main()
