#!/usr/bin/env python3
"""Relevance on the CISI test collection: metp's search versus a reference BM25, in the same run.

The 1,460 CISI documents (title + abstract) are ingested as plain-text files into a fresh archive;
each of the 76 judged queries (its .W text) is stripped to its distinct words, which are joined
with OR (metp's default is AND), and run through `Archive.search` with limit 1000. The reference is
`rank_bm25.BM25Okapi` (k1=1.5, b=0.75) over the same title + abstract strings, tokenized by the very analyzer metp's
schema uses (whoosh's StemmingAnalyzer: lowercase, \\w+ tokens, whoosh's 34 English stop words,
tokens under 2 characters dropped, Porter stemming), with each query's distinct stems as the query.
Both rankings are cut at 1,000 documents.

Metrics: MAP (over the 1,000-document ranking), nDCG@10 and P@10 (binary judgments).
Target (issue 6): metp >= reference on MAP and nDCG@10.

`--experiments` also ranks with whoosh directly (same parsed queries, no grouping: one page per
document here, no fuzzy expansion) under whoosh's default BM25F and metp's own weighting
(metp.index.scoring), with other K1, B and title weights, to show what moves metp's figures.
"title xN" is the query-time weight of the title field, whose schema boost of 2 doubles its counts.

    python scripts/eval_search.py [--workers 2] [--experiments]
"""

from __future__ import annotations

import argparse
import inspect
import math
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rank_bm25 import BM25Okapi
from whoosh import scoring
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.qparser import MultifieldParser, QueryParser

from metp.archive.archive import Archive
from metp.index import scoring as metp_scoring
from metp.settings import Settings

CISI = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ir" / "cisi"
DEPTH = 1000
_FIELD = re.compile(r"^\.([ITAWXB])\b\s*(.*)$")


@dataclass(frozen=True)
class Run:
    name: str
    rankings: dict[str, list[str]]  # query id -> document ids, best first


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


# metp -----------------------------------------------------------------------------------------
def metp_query(text: str) -> str:
    """The query's distinct words joined by OR: no quotes, brackets, colons, wildcards or operators left."""
    words = dict.fromkeys(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS and len(w) > 1)
    return " OR ".join(words)


def ingest(docs: dict[str, dict[str, str]], folder: Path, workers: int) -> tuple[Archive, dict[str, list[str]], float]:
    """Write each document as `<id>.txt`, ingest them all; returns the archive and metp doc_id -> CISI ids.

    CISI has two pairs of byte-identical documents (234 = 1440, 1084 = 1447): metp keeps each pair as
    one document with two sources, so a hit on it stands for both ids, in id order, at consecutive ranks
    (the reference BM25 ties them and breaks the tie the same way)."""
    texts = folder / "texts"
    texts.mkdir()
    paths = []
    for did, record in docs.items():
        path = texts / f"{did}.txt"
        path.write_text(document_text(record), encoding="utf-8")
        paths.append(str(path))
    archive = Archive(Settings(archive_dir=folder / "archive", workers=workers))
    start = time.perf_counter()
    report = archive.ingest(paths, progress=False)
    elapsed = time.perf_counter() - start
    to_cisi: dict[str, list[str]] = {}
    for entry in report.ordered:
        if entry.doc_id:
            to_cisi.setdefault(entry.doc_id, []).append(Path(entry.path).stem)
    if sum(map(len, to_cisi.values())) != len(docs):
        raise SystemExit(f"ingest accounted for fewer files than the {len(docs)} written: {report.summary()}")
    return archive, {doc_id: sorted(ids, key=int) for doc_id, ids in to_cisi.items()}, elapsed


def exact_supported(archive: Archive) -> bool:
    return "exact" in inspect.signature(archive.search).parameters


def metp_run(archive: Archive, to_cisi: dict[str, list[str]], queries: dict[str, str], exact: bool | None) -> Run:
    """exact=None: the search as it is called without the parameter (before fuzzy expansion existed)."""
    kwargs = {} if exact is None else {"exact": exact}
    rankings = {}
    for qid, text in queries.items():
        results = archive.search(metp_query(text), limit=DEPTH, **kwargs)
        rankings[qid] = [did for h in results.hits for did in to_cisi[h.doc_id]][:DEPTH]
    label = {None: "metp", False: "metp (fuzzy, default)", True: "metp --exact"}[exact]
    return Run(label, rankings)


# reference BM25 -------------------------------------------------------------------------------
def tokens(text: str, analyzer=StemmingAnalyzer()) -> list[str]:
    return [t.text for t in analyzer(text)]


def bm25_run(docs: dict[str, dict[str, str]], queries: dict[str, str]) -> Run:
    ids = list(docs)
    bm25 = BM25Okapi([tokens(document_text(docs[d])) for d in ids])
    rankings = {}
    for qid, text in queries.items():
        scores = bm25.get_scores(list(dict.fromkeys(tokens(text))))
        order = sorted(range(len(ids)), key=lambda i: (-scores[i], int(ids[i])))
        rankings[qid] = [ids[i] for i in order[:DEPTH] if scores[i] > 0]
    return Run("reference BM25 (rank_bm25)", rankings)


# experiments: whoosh directly, other weightings and fields -------------------------------------
def whoosh_run(name: str, archive: Archive, to_cisi: dict[str, list[str]], queries: dict[str, str],
               weighting, fields: list[str], title_boost: float = 1.0) -> Run:
    ix = archive.ix
    parser = (MultifieldParser(fields, ix.schema, fieldboosts={"title": title_boost}) if len(fields) > 1
              else QueryParser(fields[0], ix.schema))
    rankings = {}
    with ix.searcher(weighting=weighting) as s:
        for qid, text in queries.items():
            results = s.search(parser.parse(metp_query(text)), limit=DEPTH)
            rankings[qid] = [did for hit in results for did in to_cisi[hit["doc_id"]]][:DEPTH]
    return Run(name, rankings)


def experiment_runs(archive: Archive, to_cisi: dict[str, list[str]], queries: dict[str, str]) -> list[Run]:
    """whoosh's default BM25F (metp's ranking before c1b812d) and metp's current ranking, each varied."""
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
    return [whoosh_run(name, archive, to_cisi, queries, w, fields, boost) for name, w, fields, boost in variants]


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
    return {
        "MAP": sum(average_precision(run.rankings[q], rel) for q, rel in judged.items()) / n,
        "nDCG@10": sum(ndcg(run.rankings[q], rel) for q, rel in judged.items()) / n,
        "P@10": sum(precision(run.rankings[q], rel) for q, rel in judged.items()) / n,
    }


def print_table(rows: list[tuple[str, dict[str, float]]]) -> None:
    print(f"{'system':46}{'MAP':>8}{'nDCG@10':>9}{'P@10':>8}")
    for name, m in rows:
        print(f"{name:46}{m['MAP']:>8.4f}{m['nDCG@10']:>9.4f}{m['P@10']:>8.4f}")


def check_targets(metp: dict[str, float], ref: dict[str, float]) -> None:
    for metric in ("MAP", "nDCG@10"):
        ok = metp[metric] >= ref[metric]
        print(f"  {'PASS' if ok else 'FAIL'}  metp {metric} {metp[metric]:.4f} >= reference {ref[metric]:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--experiments", action="store_true", help="also rank with other BM25F parameters/fields")
    args = parser.parse_args()
    docs = parse_cisi(CISI / "CISI.ALL")
    judged = parse_judgments(CISI / "CISI.REL")
    queries = {qid: rec["W"] for qid, rec in parse_cisi(CISI / "CISI.QRY").items() if qid in judged}
    with tempfile.TemporaryDirectory(prefix="metp-eval-search-") as tmp:
        archive, to_cisi, ingest_s = ingest(docs, Path(tmp), args.workers)
        print(f"{len(docs)} documents ingested in {ingest_s:.1f} s; {len(queries)} judged queries, depth {DEPTH}")
        start = time.perf_counter()
        if exact_supported(archive):
            metp_runs = [metp_run(archive, to_cisi, queries, exact) for exact in (False, True)]
        else:
            metp_runs = [metp_run(archive, to_cisi, queries, None)]
        search_s = time.perf_counter() - start
        runs = metp_runs + [bm25_run(docs, queries)]
        if args.experiments:
            runs += experiment_runs(archive, to_cisi, queries)
        archive.close()
    print(f"metp searches: {search_s / (len(queries) * len(metp_runs)) * 1000:.0f} ms per query (limit {DEPTH}); "
          f"fuzzy expansion {'available' if len(metp_runs) == 2 else 'not in this metp (no exact parameter)'}")
    rows = [(run.name, evaluate(run, judged)) for run in runs]
    print_table(rows)
    check_targets(rows[0][1], rows[len(metp_runs)][1])


if __name__ == "__main__":
    main()
