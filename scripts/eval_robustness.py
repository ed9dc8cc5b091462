#!/usr/bin/env python3
"""Robustness: `metp ingest` of a corpus of hostile and odd PDFs (and whatever else lies beside them).

Ingests every file under ../shared/corpus/pdfs (the test PDFs of OCRmyPDF and pdfplumber:
scans, rotated pages, JBIG2, a 35000x35000 decompression bomb, an encrypted PDF, malformed
and empty files) into a fresh temporary archive, running the installed `metp` as a
subprocess, and measures
  - files, ingested, duplicates, and failures grouped by (normalised) reason;
  - crashes: metp exiting with a code other than 0/1, a traceback on stderr, a timeout, or
    an input file missing from the batch report.  Target: 0;
  - wall time and peak RSS of metp's whole process tree (sum, and largest single process);
  - `metp verify --json` of the archive.  Target: ok;
then ingests the encrypted PDF again with `--password test` (target: ingested) and shows
per-file outcomes (status, pages, page methods, mean OCR confidence) for notable files.
Exits 1 when there was a crash, verify found problems or the encrypted PDF was not ingested.

    python scripts/eval_robustness.py [--corpus DIR] [--workers 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _rss import Measured, mib, run_measured  # noqa: E402

METP = Path(sys.executable).parent / "metp"
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pdfs"
ENCRYPTED = ("password-example.pdf", "test")
INTERESTING = ("hugemono.pdf", "enormous.pdf", "cardinal.pdf", "rotated_skew.pdf", "jbig2.pdf",
               "malformed-from-issue-932.pdf", "invalid.pdf", "empty.pdf", "blank.pdf", "livecycle.pdf",
               "vector.pdf")
CLUTTER = {"Thumbs.db", "desktop.ini", ".DS_Store"}  # metp ignores these, so they are not expected
OK_EXIT_CODES = (0, 1)


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*")
                  if p.is_file() and p.name not in CLUTTER and not p.name.startswith("._"))


def metp(archive: Path, *args: str, timeout: float | None = None) -> Measured:
    return run_measured([str(METP), "--archive", str(archive), *args], timeout=timeout)


def ingest(archive: Path, paths: list[str], workers: int, timeout: float, *extra: str) -> tuple[Measured, dict]:
    run = metp(archive, "ingest", *paths, "--workers", str(workers), "--json", "--no-progress", *extra,
               timeout=timeout)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        report = {}
    return run, report


def crashes(run: Measured, report: dict, expected: list[Path]) -> list[str]:
    """Everything that shows metp broke rather than reported a bad file."""
    found = []
    if run.returncode is None:
        found.append(f"timed out after {run.seconds:.0f} s and was killed")
    elif run.returncode not in OK_EXIT_CODES:
        found.append(f"exit code {run.returncode}: {last_line(run.stderr)}")
    if "Traceback (most recent call last)" in run.stderr:
        found.append(f"traceback on stderr: {last_line(run.stderr)}")
    if not report:
        found.append("no JSON report on stdout")
    elif report.get("status") != "finished":
        found.append(f"batch status {report.get('status')!r}")
    reported = {Path(d["path"]).resolve() for d in report.get("documents", [])}
    missing = [p.name for p in expected if p.resolve() not in reported]
    if missing:
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        found.append(f"{len(missing)} files missing from the report: {', '.join(missing[:5])}{more}")
    return found


def last_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else "(nothing on stderr)"


def normalise(path: str, error: str) -> str:
    """The reason without the file's path, and with page numbers and sizes replaced by N."""
    reason = error.replace(path, "").lstrip(": ").strip()
    return re.sub(r"\d[\d,.]*", "N", reason)


def failure_groups(report: dict) -> list[tuple[str, list[str]]]:
    """(normalised reason, file names), most frequent first."""
    groups: dict[str, list[str]] = {}
    for err in report.get("errors", []):
        groups.setdefault(normalise(err["path"], err["error"]), []).append(Path(err["path"]).name)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


def verify(archive: Path) -> dict:
    run = metp(archive, "verify", "--json")
    try:
        result = json.loads(run.stdout)
    except json.JSONDecodeError:
        result = {"ok": False, "problems": [f"no JSON from metp verify: {last_line(run.stderr)}"]}
    result["exit_code"] = run.returncode
    return result


def describe(archive: Path, entry: dict, errors: dict[str, str]) -> dict:
    """A file's outcome; for a document, its page methods and mean OCR confidence from `metp show`."""
    outcome = {"file": Path(entry["path"]).name, "status": entry["status"], "pages": entry["pages"]}
    if entry["status"] == "failed":
        outcome["error"] = normalise(entry["path"], errors.get(entry["path"], ""))
        return outcome
    shown = metp(archive, "show", entry["doc_id"], "--json")
    if shown.returncode != 0:
        outcome["error"] = f"metp show failed ({shown.returncode}): {last_line(shown.stderr)}"
        return outcome
    pages = json.loads(shown.stdout)["pages"]
    outcome["methods"] = dict(Counter(p["method"] for p in pages))
    confidences = [p["confidence"] for p in pages if p["confidence"] is not None]
    outcome["mean_confidence"] = round(sum(confidences) / len(confidences), 1) if confidences else None
    outcome["flags"] = sorted({f for p in pages for f in p["flags"]})
    return outcome


def notable_outcomes(archive: Path, report: dict) -> list[dict]:
    errors = {e["path"]: e["error"] for e in report.get("errors", [])}
    by_name = {Path(d["path"]).name: d for d in report.get("documents", [])}
    return [describe(archive, by_name[name], errors) for name in INTERESTING if name in by_name]


def summarise(run: Measured, report: dict, expected: list[Path]) -> dict:
    return {
        "files": len(expected),
        "reported": len(report.get("documents", [])),
        "ingested": report.get("ingested"),
        "duplicates": report.get("duplicates"),
        "skipped": report.get("skipped"),
        "failed": report.get("failed"),
        "pages": report.get("pages"),
        "exit_code": run.returncode,
        "crashes": crashes(run, report, expected),
        "failures": [{"reason": reason, "files": files} for reason, files in failure_groups(report)],
        "wall_seconds": round(run.seconds, 1),
        "peak_rss_tree_mib": round(mib(run.peak.tree_kb), 1),
        "peak_rss_single_mib": round(mib(run.peak.single_kb), 1),
        "peak_rss_single_process": run.peak.single_name,
        "peak_rss_by_role_mib": {role: round(mib(kb), 1) for role, kb in sorted(run.peak.by_role.items())},
        "peak_processes": run.peak.processes,
        "rss_samples": run.peak.samples,
    }


def evaluate(corpus: Path, workers: int, timeout: float) -> dict:
    files = corpus_files(corpus)
    encrypted = [p for p in files if p.name == ENCRYPTED[0]]
    if not encrypted:
        sys.exit(f"{ENCRYPTED[0]} is not in {corpus}")
    with tempfile.TemporaryDirectory(prefix="metp-robustness-") as tmp:
        archive = Path(tmp) / "archive"
        run, report = ingest(archive, [str(corpus)], workers, timeout)
        result = {"corpus": str(corpus), "workers": workers, "ingest": summarise(run, report, files),
                  "notable": notable_outcomes(archive, report), "verify": verify(archive)}
        run, report = ingest(archive, [str(p) for p in encrypted], workers, timeout, "--password", ENCRYPTED[1])
        result["password_ingest"] = {**summarise(run, report, encrypted), "documents": report.get("documents", [])}
        result["verify_after_password"] = verify(archive)
    result["passed"] = passed(result)
    return result


def passed(result: dict) -> bool:
    ingests = (result["ingest"], result["password_ingest"])
    encrypted_in = any(d["status"] == "ingested" for d in result["password_ingest"]["documents"])
    return (not any(i["crashes"] for i in ingests) and encrypted_in
            and result["verify"]["ok"] and result["verify_after_password"]["ok"])


def print_table(result: dict) -> None:
    ing = result["ingest"]
    print(f"corpus: {result['corpus']}  (workers: {result['workers']})")
    print(f"  files {ing['files']}  reported {ing['reported']}  ingested {ing['ingested']}  "
          f"duplicates {ing['duplicates']}  failed {ing['failed']}  pages {ing['pages']}  exit {ing['exit_code']}")
    print(f"  wall {ing['wall_seconds']} s   peak RSS tree {ing['peak_rss_tree_mib']} MiB "
          f"(max {ing['peak_processes']} processes)   largest single {ing['peak_rss_single_mib']} MiB "
          f"({ing['peak_rss_single_process']})")
    print(f"  peak MiB by role: {', '.join(f'{k} {v:.0f}' for k, v in ing['peak_rss_by_role_mib'].items())}")
    print(f"  crashes: {len(ing['crashes'])}")
    for crash in ing["crashes"]:
        print(f"    {crash}")
    print("failures by reason:")
    for group in ing["failures"]:
        print(f"  {len(group['files']):>3}  {group['reason']}")
        print(f"       {', '.join(group['files'])}")
    print("notable files:")
    print(f"  {'file':30}{'status':10}{'pages':>6}  {'methods':22}{'conf':>6}  flags / error")
    for o in result["notable"]:
        methods = " ".join(f"{k}:{v}" for k, v in o.get("methods", {}).items())
        conf = "" if o.get("mean_confidence") is None else f"{o['mean_confidence']:.1f}"
        extra = o.get("error") or ",".join(o.get("flags", []))
        print(f"  {o['file']:30}{o['status']:10}{o['pages']:>6}  {methods:22}{conf:>6}  {extra}")
    pw = result["password_ingest"]
    statuses = ", ".join(f"{Path(d['path']).name}: {d['status']} ({d['pages']} pages)" for d in pw["documents"])
    print(f"--password {ENCRYPTED[1]}: {statuses or 'nothing reported'}; exit {pw['exit_code']}; "
          f"crashes {len(pw['crashes'])}")
    for crash in pw["crashes"]:
        print(f"    {crash}")
    for label in ("verify", "verify_after_password"):
        v = result[label]
        verdict = "OK" if v["ok"] else f"{len(v['problems'])} problems: {'; '.join(v['problems'][:5])}"
        print(f"{label}: {v.get('documents')} documents, {v.get('pages')} pages: {verdict}")
    print("PASS" if result["passed"] else "FAIL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of files to ingest")
    parser.add_argument("--workers", type=int, default=2, help="metp ingest --workers")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before an ingest counts as hung")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of a table")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no such corpus folder: {args.corpus}")
    result = evaluate(args.corpus.resolve(), args.workers, args.timeout)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    sys.exit(0 if result["passed"] else 1)


if __name__ == "__main__":
    main()
