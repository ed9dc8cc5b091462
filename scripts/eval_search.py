#!/usr/bin/env python3
"""Relevance on the CISI test collection: metp's search, through its CLI, versus reference BM25s, in one run.

The 1,460 CISI documents (title, blank line, abstract joined into one line, as the README's figures were
measured) are written as plain-text files and ingested with `metp ingest --json` (a subprocess; `--metp`
names the command, default the `metp` installed beside this Python).  Each of the 76 judged queries
(its .W text) becomes an OR query of its words (metp's default is AND) in two forms:
  distinct words   each word once (what the README's figures used);
  repeated words   every occurrence kept ("library ... library" stays twice), so that when metp weighs a
                   repeated clause more, this form measures it;
each run with `metp search --json --limit 1000`, with and without `--exact`, one subprocess per query
(`--jobs` at a time).  Hits map back to CISI ids through their `source` path; a document that is two
byte-identical files (234 = 1440, 1084 = 1447) stands for both ids at consecutive ranks.  A query metp
refuses as a usage error (exit 2: e.g. longer than its query-length cap) counts as an empty ranking, as
a user would get nothing; the table says how many, and a second table covers the queries every run took.

Two references, `rank_bm25.BM25Okapi` (k1=1.5, b=0.75) over the same title + abstract strings tokenized by
the analyzer metp's schema uses (whoosh's StemmingAnalyzer: lowercase, \\w+ tokens, whoosh's 34 English
stop words, tokens under 2 characters dropped, Porter stemming):
  distinct stems          each query stem once;
  repeated words counted  every query token as typed, so a word typed three times weighs three times, as
                          Lucene-family engines and tantivy sum repeated clauses.
All rankings are cut at 1,000 documents.  Metrics: MAP (over the 1,000-document ranking), nDCG@10 and
P@10 (binary judgments), one table.  Target (issue 6): metp >= reference on MAP and nDCG@10, checked for
metp's primary run (distinct words; `--repeat-words`: repeated words) against the reference of the same
query form.  Exits 1 when the target is missed.

`--experiments` also ranks with whoosh directly (in-process, on the archive the CLI built; same distinct-word
queries, no grouping: one page per document here, no fuzzy expansion) under whoosh's default BM25F and
metp's own weighting (metp.index.scoring), with other K1, B and title weights, to show what moves metp's
figures.  "title xN" is the query-time weight of the title field, whose schema boost of 2 doubles its counts.

--engine whoosh|tantivy ingests with `metp ingest --engine ENGINE`; `--engine whoosh,tantivy` ingests the
collection once per engine and runs every metp run on each, in one run beside the same references, and
reports tantivy's MAP and nDCG@10 relative to whoosh's (target, issue 17: within 2%).  Without --engine
no engine is asked for (a metp without the option works as before).

    python scripts/eval_search.py [--workers 2] [--jobs 2] [--repeat-words] [--experiments]
                                  [--engine whoosh,tantivy]
    python scripts/eval_search.py --metp "python -c 'from metp.archive.cli import main; main()'"
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shlex
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from rank_bm25 import BM25Okapi
from whoosh import scoring
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.qparser import MultifieldParser, QueryParser

from metp.errors import UsageError
from metp.index.engines import engine_list

DEFAULT_METP = str(Path(sys.executable).parent / "metp")
CISI = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ir" / "cisi"
DEPTH = 1000
USAGE_ERROR = 2  # metp's exit code for a query it refuses (bad syntax, too long)
ENGINE_TOLERANCE = 0.02  # issue 17: tantivy's MAP and nDCG@10 within 2% of whoosh's
_FIELD = re.compile(r"^\.([ITAWXB])\b\s*(.*)$")


@dataclass(frozen=True)
class Run:
    name: str
    rankings: dict[str, list[str]]  # query id -> document ids, best first
    refused: frozenset[str] = frozenset()  # query ids metp refused as a usage error (e.g. too long)


@dataclass(frozen=True)
class Corpus:
    archive: Path
    ids_of: dict[str, list[str]]  # metp doc_id -> CISI ids, in id order
    ingest_seconds: float


# CISI parsing ---------------------------------------------------------------------------------
def parse_cisi(path: Path) -> dict[str, dict[str, str]]:
    """Records of the classic SMART format: `.I id`, then `.T/.A/.W/.X/.B` fields until the next `.I`."""
    records: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    field = None
    for line in path.read_text(encoding="latin-1").splitlines():
        marker = _FIELD.match(line)
        if marker and marker[1] == "I":
            current, field = {}, None
            records[marker[2].strip()] = current
        elif marker and not marker[2].strip():
            field = marker[1]
            current.setdefault(field, [])
        elif field:
            current[field].append(line)
    return {rid: {f: " ".join(" ".join(lines).split()) for f, lines in rec.items()} for rid, rec in records.items()}


def parse_judgments(path: Path) -> dict[str, set[str]]:
    judged: dict[str, set[str]] = {}
    for line in path.read_text().splitlines():
        qid, did = line.split()[:2]
        judged.setdefault(qid, set()).add(did)
    return judged


def document_text(record: dict[str, str]) -> str:
    return f"{record.get('T', '')}\n\n{record.get('W', '')}\n"


# metp, through its CLI -------------------------------------------------------------------------
def query_words(text: str) -> list[str]:
    """The query's words in order, repeats kept: no quotes, brackets, colons, wildcards or operators left."""
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS and len(w) > 1]


def metp_query(text: str, repeat: bool = False) -> str:
    """The query's words joined by OR: distinct words (each once), or with `repeat` every occurrence,
    so that an engine weighting a repeated clause more ranks as a query typed that way asks."""
    words = query_words(text)
    return " OR ".join(words if repeat else dict.fromkeys(words))


def run_metp(command: list[str], archive: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([*command, "--archive", str(archive), *args], capture_output=True, text=True,
                          timeout=timeout)


def ingest(command: list[str], docs: dict[str, dict[str, str]], folder: Path, workers: int,
           engine: str | None = None) -> Corpus:
    """Write each document as `<id>.txt` and ingest them all with `metp ingest --json`.

    CISI has two pairs of byte-identical documents (234 = 1440, 1084 = 1447): metp keeps each pair as
    one document with two sources, so a hit on it stands for both ids, in id order, at consecutive ranks
    (the reference BM25 ties them and breaks the tie the same way)."""
    texts = folder / "texts"
    texts.mkdir()
    for did, record in docs.items():
        (texts / f"{did}.txt").write_text(document_text(record), encoding="utf-8")
    archive = folder / "archive"
    start = time.perf_counter()
    run = run_metp(command, archive, "ingest", str(texts), "--workers", str(workers), "--json", "--no-progress",
                   *(("--engine", engine) if engine else ()), timeout=3600)
    elapsed = time.perf_counter() - start
    if run.returncode != 0 or "Traceback" in run.stderr:
        raise SystemExit(f"metp ingest exited {run.returncode}:\n{run.stderr[-3000:]}")
    report = json.loads(run.stdout)
    ids_of: dict[str, list[str]] = {}
    for entry in report["documents"]:
        if entry["doc_id"]:
            ids_of.setdefault(entry["doc_id"], []).append(Path(entry["path"]).stem)
    if sum(map(len, ids_of.values())) != len(docs):
        raise SystemExit(f"ingest accounted for fewer files than the {len(docs)} written: {report['files']} files, "
                         f"{report['failed']} failed")
    return Corpus(archive, {d: sorted(ids, key=int) for d, ids in ids_of.items()}, elapsed)


def hit_ids(hit: dict, corpus: Corpus) -> list[str]:
    """The CISI ids a hit stands for: its `source` file's stem and the document's other (identical) files,
    in id order as the reference breaks its ties."""
    source = Path(hit["source"]).stem
    ids = corpus.ids_of[hit["doc_id"]]
    if source not in ids:
        raise SystemExit(f"hit {hit['doc_id']} has source {hit['source']!r}, not one of its files {ids}")
    return ids


def search_one(command: list[str], corpus: Corpus, query: str, exact: bool) -> list[str] | None:
    """The CISI ids metp ranks for the query; None when metp refuses it as a usage error (exit 2), which
    is what a user gets too (an empty ranking in the figures); anything else unexpected stops the run."""
    args = ["search", "--json", "--limit", str(DEPTH), *(["--exact"] if exact else []), "--", query]
    run = run_metp(command, corpus.archive, *args)
    if run.returncode == USAGE_ERROR and run.stderr.startswith("metp: error:") and "Traceback" not in run.stderr:
        return None
    if run.returncode != 0 or "Traceback" in run.stderr:
        raise SystemExit(f"metp search {query!r} exited {run.returncode}:\n{run.stderr[-3000:]}")
    hits = json.loads(run.stdout)["hits"]
    return [did for h in hits for did in hit_ids(h, corpus)][:DEPTH]


def exact_supported(command: list[str]) -> bool:
    return "--exact" in subprocess.run([*command, "search", "--help"], capture_output=True, text=True).stdout


def metp_run(command: list[str], corpus: Corpus, queries: dict[str, str], exact: bool | None, repeat: bool,
             jobs: int) -> Run:
    """One `metp search` subprocess per query (`jobs` at a time); exact=None: a metp without --exact."""
    with ThreadPoolExecutor(jobs) as pool:
        futures = {qid: pool.submit(search_one, command, corpus, metp_query(text, repeat), bool(exact))
                   for qid, text in queries.items()}
        results = {qid: f.result() for qid, f in futures.items()}
    mode = {None: "metp", False: "metp (fuzzy, default)", True: "metp --exact"}[exact]
    return Run(f"{mode}, {'repeated' if repeat else 'distinct'} words",
               {qid: ranking or [] for qid, ranking in results.items()},
               frozenset(qid for qid, ranking in results.items() if ranking is None))


# reference BM25 -------------------------------------------------------------------------------
def tokens(text: str, analyzer=StemmingAnalyzer()) -> list[str]:
    return [t.text for t in analyzer(text)]


def bm25_run(docs: dict[str, dict[str, str]], queries: dict[str, str], repeat: bool) -> Run:
    """rank_bm25 over the same stems; `repeat` scores every query token as typed (a word written three
    times weighs three times, as Lucene-family engines and tantivy sum repeated clauses), otherwise
    each distinct stem once."""
    ids = list(docs)
    bm25 = BM25Okapi([tokens(document_text(docs[d])) for d in ids])
    rankings = {}
    for qid, text in queries.items():
        query = tokens(text) if repeat else list(dict.fromkeys(tokens(text)))
        scores = bm25.get_scores(query)
        order = sorted(range(len(ids)), key=lambda i: (-scores[i], int(ids[i])))
        rankings[qid] = [ids[i] for i in order[:DEPTH] if scores[i] > 0]
    return Run(f"reference BM25, {'repeated words counted' if repeat else 'distinct stems'}", rankings)


# experiments: whoosh directly, other weightings and fields -------------------------------------
def whoosh_run(name: str, ix, to_cisi: dict[str, list[str]], queries: dict[str, str],
               weighting, fields: list[str], title_boost: float = 1.0) -> Run:
    parser = (MultifieldParser(fields, ix.schema, fieldboosts={"title": title_boost}) if len(fields) > 1
              else QueryParser(fields[0], ix.schema))
    rankings = {}
    with ix.searcher(weighting=weighting) as s:
        for qid, text in queries.items():
            results = s.search(parser.parse(metp_query(text)), limit=DEPTH)
            rankings[qid] = [did for hit in results for did in to_cisi[hit["doc_id"]]][:DEPTH]
    return Run(name, rankings)


def experiment_runs(corpus: Corpus, queries: dict[str, str]) -> list[Run]:
    """whoosh's default BM25F (metp's ranking before c1b812d) and metp's current ranking, each varied.

    These open the archive's index in this process (metp's library, not its CLI): they vary what the
    CLI cannot."""
    from metp.index import scoring as metp_scoring
    from metp.index import writer

    both, title = ["title", "content"], metp_scoring.FIELD_BOOSTS["title"]
    okapi = metp_scoring.OkapiBM25F
    variants = [
        ("whoosh BM25F() B=0.75 K1=1.2, title x1", scoring.BM25F(), both, 1.0),
        ("  K1=2.0 B=0.9", scoring.BM25F(K1=2.0, B=0.9), both, 1.0),
        ("  title query boost 0.5", scoring.BM25F(), both, 0.5),
        ("  content only (no title field)", scoring.BM25F(), ["content"], 1.0),
        (f"metp scoring.weighting(), title x{title}", metp_scoring.weighting(), both, title),
        ("  K1=1.2", okapi(B=metp_scoring.B, K1=1.2), both, title),
        ("  K1=2.0", okapi(B=metp_scoring.B, K1=2.0), both, title),
        ("  B=0.9", okapi(B=0.9, K1=metp_scoring.K1), both, title),
        ("  title x1", metp_scoring.weighting(), both, 1.0),
        ("  content only (no title field)", metp_scoring.weighting(), ["content"], 1.0),
    ]
    ix = writer.open_index(corpus.archive / "index", create=False)  # the archive's whoosh index, read only
    try:
        return [whoosh_run(name, ix, corpus.ids_of, queries, w, fields, boost)
                for name, w, fields, boost in variants]
    finally:
        ix.close()


# metrics --------------------------------------------------------------------------------------
def average_precision(ranking: list[str], relevant: set[str]) -> float:
    found, total = 0, 0.0
    for rank, did in enumerate(ranking, 1):
        if did in relevant:
            found += 1
            total += found / rank
    return total / len(relevant)


def ndcg(ranking: list[str], relevant: set[str], k: int = 10) -> float:
    dcg = sum(1 / math.log2(rank + 1) for rank, did in enumerate(ranking[:k], 1) if did in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(k, len(relevant)) + 1))
    return dcg / ideal


def precision(ranking: list[str], relevant: set[str], k: int = 10) -> float:
    return sum(did in relevant for did in ranking[:k]) / k


def evaluate(run: Run, judged: dict[str, set[str]]) -> dict[str, float]:
    n = len(judged)
    if not n:
        return {"MAP": 0.0, "nDCG@10": 0.0, "P@10": 0.0}
    return {
        "MAP": sum(average_precision(run.rankings[q], rel) for q, rel in judged.items()) / n,
        "nDCG@10": sum(ndcg(run.rankings[q], rel) for q, rel in judged.items()) / n,
        "P@10": sum(precision(run.rankings[q], rel) for q, rel in judged.items()) / n,
    }


def print_table(rows: list[tuple[Run, dict[str, float]]]) -> None:
    print(f"{'system':52}{'MAP':>8}{'nDCG@10':>9}{'P@10':>8}{'refused':>9}")
    for run, m in rows:
        print(f"{run.name:52}{m['MAP']:>8.4f}{m['nDCG@10']:>9.4f}{m['P@10']:>8.4f}{len(run.refused) or '':>9}")


def check_targets(name: str, metp: dict[str, float], ref_name: str, ref: dict[str, float]) -> bool:
    ok = True
    for metric in ("MAP", "nDCG@10"):
        passed = metp[metric] >= ref[metric]
        ok &= passed
        print(f"  {'PASS' if passed else 'FAIL'}  {name} {metric} {metp[metric]:.4f} >= {ref_name} {ref[metric]:.4f}")
    return ok


def metp_runs(command: list[str], corpus: Corpus, queries: dict[str, str], jobs: int) -> list[Run]:
    """Distinct and repeated words, each with and without --exact (or once, for a metp without --exact)."""
    modes = (False, True) if exact_supported(command) else (None,)
    return [metp_run(command, corpus, queries, exact, repeat, jobs) for repeat in (False, True) for exact in modes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[2:]))
    parser.add_argument("--metp", default=DEFAULT_METP, help="the metp command, split like a shell (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2, help="metp ingest --workers")
    parser.add_argument("--jobs", type=int, default=2, help="metp search subprocesses at a time")
    parser.add_argument("--repeat-words", action="store_true",
                        help="metp's primary run (checked against the target) keeps repeated query words in the OR "
                             "query and is compared with the reference that counts them; both forms are always "
                             "reported")
    parser.add_argument("--experiments", action="store_true",
                        help="also rank with whoosh directly under other BM25F parameters/fields (in-process)")
    parser.add_argument("--engine", help="metp ingest --engine: whoosh or tantivy, or whoosh,tantivy for both in one "
                                         "run (default: none asked for, metp's default)")
    args = parser.parse_args()
    command = shlex.split(args.metp)
    try:
        engines: list[str | None] = engine_list(args.engine) if args.engine else [None]
    except UsageError as exc:
        parser.error(str(exc))
    docs = parse_cisi(CISI / "CISI.ALL")
    judged = parse_judgments(CISI / "CISI.REL")
    queries = {qid: rec["W"] for qid, rec in parse_cisi(CISI / "CISI.QRY").items() if qid in judged}
    repeated = sum(len(query_words(t)) != len(set(query_words(t))) for t in queries.values())
    runs_of: dict[str | None, list[Run]] = {}
    with tempfile.TemporaryDirectory(prefix="metp-eval-search-") as tmp:
        for engine in engines:
            folder = Path(tmp) / (engine or "archive")
            folder.mkdir()
            corpus = ingest(command, docs, folder, args.workers, engine)
            print(f"{len(docs)} documents ingested in {corpus.ingest_seconds:.1f} s ({' '.join(command)}"
                  f"{f' --engine {engine}' if engine else ''}); {len(queries)} judged queries ({repeated} repeat a "
                  f"word), depth {DEPTH}", flush=True)
            start = time.perf_counter()
            runs = metp_runs(command, corpus, queries, args.jobs)
            search_s = time.perf_counter() - start
            print(f"metp searches{f' ({engine})' if engine else ''}: {len(runs) * len(queries)} one-shot `metp search` "
                  f"subprocesses, {args.jobs} at a time, {search_s:.0f} s "
                  f"({search_s * args.jobs / (len(runs) * len(queries)):.2f} s each, start-up included)", flush=True)
            runs_of[engine] = [replace(run, name=f"{engine}: {run.name}") if engine else run for run in runs]
            if args.experiments and engine in (None, "whoosh"):
                experiments = experiment_runs(corpus, queries)
        references = [bm25_run(docs, queries, repeat) for repeat in (False, True)]
        if not args.experiments or not any(e in (None, "whoosh") for e in engines):
            experiments = []
    runs = [run for engine_runs in runs_of.values() for run in engine_runs]
    every = runs + references + experiments  # experiment names repeat ("  K1=2.0"): keep rows by position
    figures = [evaluate(run, judged) for run in every]
    print_table(list(zip(every, figures)))
    refused = set().union(*(run.refused for run in runs))
    if refused:
        print(f"\nmetp refused {len(refused)} queries in some run (a refused query counts as an empty ranking above: "
              f"{', '.join(sorted(refused, key=int))}). Over the {len(judged) - len(refused)} queries every run took:")
        subset = {q: rel for q, rel in judged.items() if q not in refused}
        print_table([(Run(run.name, run.rankings), evaluate(run, subset)) for run in every])
    same, other = (references[1], references[0]) if args.repeat_words else references
    ok = True
    figures_of = {id(run): f for run, f in zip(every, figures)}
    for engine, engine_runs in runs_of.items():
        primary = engine_runs[len(engine_runs) // 2] if args.repeat_words else engine_runs[0]
        m, same_m, other_m = (figures_of[id(r)] for r in (primary, same, other))
        ok &= check_targets(primary.name, m, same.name, same_m)
        print(f"  (against the other reference: MAP {m['MAP']:.4f} vs {other_m['MAP']:.4f}, "
              f"nDCG@10 {m['nDCG@10']:.4f} vs {other_m['nDCG@10']:.4f})")
    if "whoosh" in runs_of and "tantivy" in runs_of:
        print(f"\ntantivy relative to whoosh (target, issue 17: within {ENGINE_TOLERANCE:.0%} on MAP and nDCG@10)")
        for base, other_run in zip(runs_of["whoosh"], runs_of["tantivy"]):
            a, b = figures_of[id(base)], figures_of[id(other_run)]
            cells = []
            for metric in ("MAP", "nDCG@10"):
                change = (b[metric] - a[metric]) / a[metric] if a[metric] else 0.0
                cells.append(f"{metric} {b[metric]:.4f} vs {a[metric]:.4f} ({change:+.1%}, "
                             f"{'PASS' if change >= -ENGINE_TOLERANCE else 'FAIL'})")
            print(f"  {base.name.split(': ', 1)[1]:40}" + "   ".join(cells))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
