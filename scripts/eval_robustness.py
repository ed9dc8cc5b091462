#!/usr/bin/env python3
"""Robustness: nothing a file contains may stop, hang or corrupt a `metp ingest` batch.

Runs metp as a subprocess (`--metp`, default: the `metp` installed beside this Python) on three sets,
each into a fresh temporary archive:
  pdfs         every file under ../shared/corpus/pdfs (the test PDFs of OCRmyPDF and pdfplumber: scans,
               rotated pages, JBIG2, a 35000x35000 decompression bomb, an encrypted PDF, malformed and
               empty files); then the encrypted PDF again with `--password test` (target: ingested),
               and per-file outcomes (pages, methods, mean OCR confidence) of notable files;
  adversarial  the set scripts/adversarial.py generates at run time (dates of every form, scripts,
               encodings, control characters, NUL bytes, a 3 MB line, 50,000 lines, damaged images
               and PDFs, a non-UTF-8 file name, symlink loops); each file also has an expected outcome
               and, for text, a probe string its stored text must contain (decoded right);
  texts        the 1,460 CISI abstracts (title, blank line, abstract with its original line breaks)
               and the 423 TIME 1963 articles of ../shared/corpus/ir, one text file each.
For each set: files, ingested, duplicates, failures grouped by (normalised) reason, crashes, wall time,
peak RSS of metp's process tree, the slowest file, and `metp verify --json` of the archive.

A crash is metp breaking rather than reporting a bad file: an exit code other than 0/1, a traceback,
a timeout (killed), no JSON report, or an input file missing from (or listed twice in) the report.
Target: 0.  The slowest file comes from per-file ingests (one subprocess and fresh archive per file,
so its time includes metp's start-up, measured once as `startup`): every file of the adversarial and
pdfs sets (`--no-pdf-timing` skips the latter), the `--text-sample` largest files of the texts set.
Per-file runs are crash-checked too.  Exits 1 on any crash, a failed verify, the encrypted PDF not
ingested, or (with `--strict`) an adversarial file whose outcome differs from its expectation.

    python scripts/eval_robustness.py [--sets pdfs,adversarial,texts] [--workers 2] [--json]
    python scripts/eval_robustness.py --metp "python -c 'from metp.archive.cli import main; main()'"
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import adversarial  # noqa: E402
from _rss import Measured, mib, run_measured  # noqa: E402

DEFAULT_METP = str(Path(sys.executable).parent / "metp")
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEFAULT_CORPUS = SHARED / "pdfs"
DEFAULT_IR = SHARED / "ir"
SETS = ("pdfs", "adversarial", "texts")
ENCRYPTED = ("password-example.pdf", "test")
INTERESTING = ("hugemono.pdf", "enormous.pdf", "cardinal.pdf", "rotated_skew.pdf", "jbig2.pdf",
               "malformed-from-issue-932.pdf", "invalid.pdf", "empty.pdf", "blank.pdf", "livecycle.pdf",
               "vector.pdf")
CLUTTER = {"Thumbs.db", "desktop.ini", ".DS_Store"}  # metp ignores these, so they are not expected
OK_EXIT_CODES = (0, 1)
TRACEBACK = "Traceback (most recent call last)"
_FIELD = re.compile(r"^\.([ITAWXB])\b\s*(.*)$")


@dataclass
class Options:
    metp: list[str]
    workers: int
    timeout: float          # a batch ingest of the pdfs or texts set
    adversarial_timeout: float
    file_timeout: float     # one per-file ingest
    text_sample: int
    pdf_timing: bool
    strict: bool


@dataclass
class Target:
    """One thing to ingest (a file, or a folder) and the input files its report must list."""
    label: str
    path: str
    expected: list[str]
    case: adversarial.Case | None = None
    outcome: dict = field(default_factory=dict)


# running metp ---------------------------------------------------------------------------------
def metp(opts: Options, archive: Path, *args: str, timeout: float | None = None) -> Measured:
    return run_measured([*opts.metp, "--archive", str(archive), *args], timeout=timeout)


def ingest(opts: Options, archive: Path, paths: list[str], timeout: float, *extra: str) -> tuple[Measured, dict]:
    run = metp(opts, archive, "ingest", *paths, "--workers", str(opts.workers), "--json", "--no-progress", *extra,
               timeout=timeout)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        report = {}
    return run, report


def printable(path: str) -> str:
    """A path as metp's report writes it: absolute, bytes that are not UTF-8 as backslash escapes."""
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")


def crashes(run: Measured, report: dict, expected: list[str]) -> list[str]:
    """Everything that shows metp broke rather than reported a bad file."""
    found = []
    if run.returncode is None:
        found.append(f"timed out after {run.seconds:.0f} s and was killed")
    elif run.returncode not in OK_EXIT_CODES:
        found.append(f"exit code {run.returncode}: {last_line(run.stderr)}")
    if TRACEBACK in run.stderr or TRACEBACK in run.stdout:
        found.append(f"traceback: {traceback_summary(run.stderr + run.stdout)}")
    if not report:
        found.append("no JSON report on stdout")
    elif report.get("status") != "finished":
        found.append(f"batch status {report.get('status')!r}")
    reported = Counter(d["path"] for d in report.get("documents", []))
    want = {printable(p) for p in expected}
    missing = sorted(p for p in want if p not in reported)
    if report and missing:
        found.append(f"{len(missing)} files missing from the report: {names(missing)}")
    twice = sorted(p for p, n in reported.items() if n > 1)
    if twice:
        found.append(f"{len(twice)} files listed more than once: {names(twice)}")
    extra = sorted(p for p in reported if p not in want)
    if extra:
        found.append(f"{len(extra)} unexpected paths in the report: {names(extra)}")
    return found


def names(paths: list[str], show: int = 5) -> str:
    more = f" and {len(paths) - show} more" if len(paths) > show else ""
    return ", ".join(repr(Path(p).name) for p in paths[:show]) + more


def last_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else "(nothing on stderr)"


def traceback_summary(text: str) -> str:
    """The exception line and the innermost metp frame of the first traceback: where to look."""
    tail = text[text.index(TRACEBACK):].splitlines()
    frames = [ln.strip() for ln in tail if ln.strip().startswith('File "') and "/metp/" in ln]
    exception = next((ln for ln in tail[1:] if ln and not ln.startswith(" ") and not ln.startswith("Traceback")),
                     "?")
    where = frames[-1] if frames else "(no metp frame)"
    return f"{exception}  at {where}"


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


def verify(opts: Options, archive: Path) -> dict:
    run = metp(opts, archive, "verify", "--json", timeout=opts.timeout)
    try:
        result = json.loads(run.stdout)
    except json.JSONDecodeError:
        result = {"ok": False, "problems": [f"no JSON from metp verify (exit {run.returncode}): {last_line(run.stderr)}"]}
    if TRACEBACK in run.stderr:
        result["ok"] = False
        result.setdefault("problems", []).append(f"traceback: {traceback_summary(run.stderr)}")
    result["exit_code"] = run.returncode
    return result


def show(opts: Options, archive: Path, doc_id: str, *args: str) -> dict | str:
    """`metp show --json` parsed, or the reason it failed."""
    run = metp(opts, archive, "show", doc_id, *args, "--json", timeout=opts.file_timeout)
    if run.returncode != 0:
        return f"metp show failed ({run.returncode}): {last_line(run.stderr)}"
    return json.loads(run.stdout)


# one batch ------------------------------------------------------------------------------------
def summarise(run: Measured, report: dict, expected: list[str]) -> dict:
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
        "peak_processes": run.peak.processes,
    }


def batch(opts: Options, archive: Path, paths: list[str], expected: list[str], timeout: float) -> tuple[dict, dict]:
    run, report = ingest(opts, archive, paths, timeout)
    result = summarise(run, report, expected)
    result["verify"] = verify(opts, archive)
    return result, report


# per-file runs --------------------------------------------------------------------------------
def per_file(opts: Options, targets: list[Target], scratch: Path, probe: bool = False) -> list[dict]:
    """Ingest each target alone into a fresh archive: its time, peak memory, outcome and crashes."""
    rows = []
    for n, target in enumerate(targets):
        archive = scratch / f"one-{n}"
        run, report = ingest(opts, archive, [target.path], opts.file_timeout)
        entries = report.get("documents", [])
        row = {"file": target.label, "seconds": round(run.seconds, 2), "exit_code": run.returncode,
               "peak_rss_tree_mib": round(mib(run.peak.tree_kb), 1),
               "status": ",".join(sorted({e["status"] for e in entries})) or ("crashed" if not report else "-"),
               "error": "; ".join(normalise(e["path"], e["error"]) for e in report.get("errors", [])),
               "crashes": crashes(run, report, target.expected)}
        if target.case is not None:
            row["expect"] = target.case.expect
            if probe and target.case.probe and entries and entries[0]["doc_id"]:
                row["probe"] = probe_text(opts, archive, entries[0]["doc_id"], target.case.probe)
        target.outcome = row
        rows.append(row)
        shutil.rmtree(archive, ignore_errors=True)
    return rows


def probe_text(opts: Options, archive: Path, doc_id: str, probe: str) -> str:
    """'ok' when page 1's stored text contains the probe, else what it holds instead."""
    page = show(opts, archive, doc_id, "--page", "1")
    if isinstance(page, str):
        return page
    text = page.get("text", "")
    return "ok" if probe in text else f"probe {probe!r} not in the stored text: {text[:80]!r}"


def startup_seconds(opts: Options, scratch: Path) -> float:
    """What a per-file ingest costs with nothing to do: one line of text into a fresh archive (best of 2)."""
    tiny = scratch / "startup.txt"
    tiny.write_text("Start-up probe.\n")
    times = []
    for n in range(2):
        run, _ = ingest(opts, scratch / f"startup-{n}", [str(tiny)], opts.file_timeout)
        times.append(run.seconds)
        shutil.rmtree(scratch / f"startup-{n}", ignore_errors=True)
    return round(min(times), 2)


def slowest(rows: list[dict]) -> dict | None:
    return max(rows, key=lambda r: r["seconds"], default=None)


def timing(rows: list[dict], label: str) -> dict:
    return {"per_file_runs": len(rows), "per_file_of": label, "slowest": slowest(rows),
            "per_file_crashes": [{"file": r["file"], "crashes": r["crashes"]} for r in rows if r["crashes"]],
            "per_file_failures": per_file_failures(rows), "per_file": rows}


def per_file_failures(rows: list[dict]) -> list[dict]:
    """Failures by reason as the per-file runs saw them (all there is when a batch crashed)."""
    groups: dict[str, list[str]] = {}
    for row in rows:
        if "failed" in row["status"].split(","):
            groups.setdefault(row["error"], []).append(row["file"])
    return [{"reason": r, "files": f} for r, f in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


# the pdfs set ---------------------------------------------------------------------------------
def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*")
                  if p.is_file() and p.name not in CLUTTER and not p.name.startswith("._"))


def describe(opts: Options, archive: Path, entry: dict, errors: dict[str, str]) -> dict:
    """A file's outcome; for a document, its page methods and mean OCR confidence from `metp show`."""
    outcome = {"file": Path(entry["path"]).name, "status": entry["status"], "pages": entry["pages"]}
    if entry["status"] == "failed":
        outcome["error"] = normalise(entry["path"], errors.get(entry["path"], ""))
        return outcome
    shown = show(opts, archive, entry["doc_id"])
    if isinstance(shown, str):
        outcome["error"] = shown
        return outcome
    pages = shown["pages"]
    outcome["methods"] = dict(Counter(p["method"] for p in pages))
    confidences = [p["confidence"] for p in pages if p["confidence"] is not None]
    outcome["mean_confidence"] = round(sum(confidences) / len(confidences), 1) if confidences else None
    outcome["flags"] = sorted({f for p in pages for f in p["flags"]})
    return outcome


def pdfs_set(opts: Options, corpus: Path, tmp: Path) -> dict:
    files = corpus_files(corpus)
    encrypted = [str(p) for p in files if p.name == ENCRYPTED[0]]
    archive = tmp / "pdfs-archive"
    result, report = batch(opts, archive, [str(corpus)], [str(p) for p in files], opts.timeout)
    errors = {e["path"]: e["error"] for e in report.get("errors", [])}
    by_name = {Path(d["path"]).name: d for d in report.get("documents", [])}
    result["notable"] = [describe(opts, archive, by_name[n], errors) for n in INTERESTING if n in by_name]
    if encrypted:
        run, pw_report = ingest(opts, archive, encrypted, opts.timeout, "--password", ENCRYPTED[1])
        result["password_ingest"] = {**summarise(run, pw_report, encrypted),
                                     "documents": pw_report.get("documents", [])}
        result["verify_after_password"] = verify(opts, archive)
    if opts.pdf_timing:
        targets = [Target(p.name, str(p), [str(p)]) for p in files]
        result.update(timing(per_file(opts, targets, tmp), "every file"))
    return result


# the adversarial set --------------------------------------------------------------------------
def adversarial_targets(root: Path, cases: list[adversarial.Case]) -> list[Target]:
    """One target per file; a link the walk must not follow is tried as its folder."""
    rootb = os.fsencode(root)
    targets = []
    for case in cases:
        path = os.fsdecode(os.path.join(rootb, case.rel))
        label = case.rel.decode("utf-8", "backslashreplace")
        if case.reported:
            targets.append(Target(label, path, [path], case))
        else:
            folder = os.path.dirname(path)
            inside = [os.fsdecode(os.path.join(rootb, c.rel)) for c in cases
                      if c.reported and os.fsdecode(os.path.join(rootb, c.rel)).startswith(folder + os.sep)]
            targets.append(Target(f"{label} (its folder)", folder, inside, case))
    return targets


def expectation_misses(targets: list[Target], report: dict, root: Path) -> list[dict]:
    """Adversarial files whose outcome differs from what a robust ingest makes of them, or whose
    stored text fails its probe (per-file runs), or whose batch status differs from the per-file one."""
    batch_status = {d["path"]: d["status"] for d in report.get("documents", [])}
    misses = []
    for t in targets:
        case, row = t.case, t.outcome
        status = row.get("status", "-")
        problem = None
        if case.expect == "ingested" and status not in ("ingested", "duplicate"):
            problem = f"refused: {row.get('error') or status}"
        elif case.expect == "failed" and status == "ingested":
            problem = "ingested, expected a failure"
        elif row.get("probe", "ok") != "ok":
            problem = row["probe"]
        elif case.reported and report and batch_status.get(printable(t.path), status) != status:
            problem = f"batch status {batch_status.get(printable(t.path))!r} but alone {status!r}"
        if problem:
            misses.append({"file": t.label, "expect": case.expect, "note": case.note, "problem": problem})
    return misses


def adversarial_set(opts: Options, tmp: Path) -> dict:
    root = tmp / "adversarial"
    cases = adversarial.generate(root)
    targets = adversarial_targets(root, cases)
    expected = sorted({p for t in targets if t.case.reported for p in t.expected})
    rows = per_file(opts, targets, tmp, probe=True)
    result, report = batch(opts, tmp / "adversarial-archive", [str(root)], expected, opts.adversarial_timeout)
    result.update(timing(rows, "every file"))
    result["expectation_misses"] = expectation_misses(targets, report, root)
    return result


# the texts set --------------------------------------------------------------------------------
def cisi_records(path: Path) -> dict[str, dict[str, list[str]]]:
    """CISI.ALL's records (`.I id`, then `.T/.A/.W/.X/.B` fields), each field's lines kept as they are."""
    records: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    field_ = None
    for line in path.read_text(encoding="latin-1").splitlines():
        marker = _FIELD.match(line)
        if marker and marker[1] == "I":
            current, field_ = {}, None
            records[marker[2].strip()] = current
        elif marker and not marker[2].strip():
            field_ = marker[1]
            current.setdefault(field_, [])
        elif field_:
            current[field_].append(line)
    return records


def time_articles(path: Path) -> dict[str, str]:
    """TIME.ALL split at its `*TEXT nnn mm/dd/yy PAGE nnn` lines (blank separator lines dropped), up to `*STOP`."""
    text = path.read_text(encoding="latin-1").split("\n*STOP", 1)[0]
    parts = re.split(r"^\*TEXT (\d+) .*$", text, flags=re.M)
    return {parts[i]: "\n".join(ln for ln in parts[i + 1].splitlines() if ln.strip()) + "\n"
            for i in range(1, len(parts), 2)}


def write_texts(ir: Path, dest: Path) -> list[Path]:
    """One file per CISI abstract (title, blank line, abstract; original line breaks) and per TIME article.

    The original line breaks matter: metp's date rules count a year once per line, so the abstracts
    joined into one line each (as scripts/eval_search.py writes them) do not show the crash that
    the same abstracts with their line breaks do."""
    paths = []
    for folder in ("cisi", "time"):
        (dest / folder).mkdir(parents=True)
    for did, rec in cisi_records(ir / "cisi" / "CISI.ALL").items():
        path = dest / "cisi" / f"{did}.txt"
        path.write_text("\n".join(rec.get("T", [])) + "\n\n" + "\n".join(rec.get("W", [])) + "\n", encoding="utf-8")
        paths.append(path)
    for tid, article in time_articles(ir / "time_corpus_only" / "TIME.ALL").items():
        path = dest / "time" / f"{tid}.txt"
        path.write_text(article, encoding="utf-8")
        paths.append(path)
    return paths


def texts_set(opts: Options, ir: Path, tmp: Path) -> dict:
    paths = write_texts(ir, tmp / "texts")
    result, report = batch(opts, tmp / "texts-archive", [str(tmp / "texts")], [str(p) for p in paths], opts.timeout)
    largest = sorted(paths, key=lambda p: (-p.stat().st_size, str(p)))[:opts.text_sample]
    targets = [Target(f"{p.parent.name}/{p.name}", str(p), [str(p)]) for p in largest]
    result.update(timing(per_file(opts, targets, tmp), f"the {len(targets)} largest files"))
    statuses = Counter(d["status"] for d in report.get("documents", []))
    result["statuses"] = dict(statuses)
    return result


# verdict and output ---------------------------------------------------------------------------
def set_crashes(result: dict) -> list[str]:
    found = list(result.get("crashes", []))
    found += [f"{c['file']} alone: {x}" for c in result.get("per_file_crashes", []) for x in c["crashes"]]
    if "password_ingest" in result:
        found += [f"--password run: {x}" for x in result["password_ingest"]["crashes"]]
    return found


def problems(results: dict, strict: bool) -> list[str]:
    found = []
    for name, result in results["sets"].items():
        found += [f"{name}: crash: {c}" for c in set_crashes(result)]
        for label in ("verify", "verify_after_password"):
            if label in result and not result[label].get("ok"):
                found.append(f"{name}: {label} found problems")
        if "password_ingest" in result and not any(d["status"] == "ingested"
                                                    for d in result["password_ingest"]["documents"]):
            found.append(f"{name}: the encrypted PDF was not ingested with --password")
        if strict and result.get("expectation_misses"):
            found.append(f"{name}: {len(result['expectation_misses'])} expectation misses (--strict)")
    return found


def print_summary(results: dict) -> None:
    print(f"metp: {' '.join(results['metp'])}   workers {results['workers']}   "
          f"per-file start-up {results['startup_seconds']} s")
    print(f"{'set':12}{'files':>6}{'reported':>9}{'ingested':>9}{'dup':>5}{'failed':>7}{'crashes':>8}"
          f"{'wall s':>8}{'tree MiB':>9}  {'verify':7}slowest file (per-file run)")
    for name, r in results["sets"].items():
        s = r.get("slowest") or {}
        slow = f"{s.get('file', '-')} {s.get('seconds', 0):.1f} s ({s.get('status', '-')})" if s else "-"
        print(f"{name:12}{r['files']:>6}{r['reported']:>9}{str(r['ingested']):>9}{str(r['duplicates']):>5}"
              f"{str(r['failed']):>7}{len(set_crashes(r)):>8}{r['wall_seconds']:>8}{r['peak_rss_tree_mib']:>9.0f}  "
              f"{'OK' if r['verify'].get('ok') else 'FAIL':7}{slow}")


def print_details(name: str, r: dict) -> None:
    print(f"\n== {name}")
    crashes_ = set_crashes(r)
    print(f"crashes: {len(crashes_)}")
    for crash in crashes_:
        print(f"    {crash}")
    print("failures by reason:" if r["reported"] else "failures by reason: (no batch report)")
    for group in r["failures"]:
        print(f"  {len(group['files']):>3}  {group['reason']}")
        print(f"       {', '.join(map(repr, group['files']))}")
    counts = lambda groups: sorted((g["reason"], len(g["files"])) for g in groups)  # noqa: E731
    if r.get("per_file_failures") and counts(r["per_file_failures"]) != counts(r["failures"]):
        print(f"failures by reason in the per-file runs ({r['per_file_of']}):")
        for group in r["per_file_failures"]:
            print(f"  {len(group['files']):>3}  {group['reason']}")
            print(f"       {', '.join(map(repr, group['files']))}")
    if not r["verify"].get("ok"):
        print(f"verify: {'; '.join(r['verify'].get('problems', [])[:5])}")
    rows = sorted(r.get("per_file", []), key=lambda row: -row["seconds"])
    if rows:
        print(f"per-file runs ({r['per_file_of']}), slowest first (top 8 of {len(rows)}):")
        for row in rows[:8]:
            print(f"  {row['seconds']:>7.1f} s {row['peak_rss_tree_mib']:>6.0f} MiB  {row['status']:10} {row['file']}")
    if "expectation_misses" in r:
        print(f"expectation misses: {len(r['expectation_misses'])}")
        for miss in r["expectation_misses"]:
            print(f"  {miss['file']!r} (expect {miss['expect']}; {miss['note']}): {miss['problem']}")
    if "notable" in r:
        print_notable(r)


def print_notable(r: dict) -> None:
    print("notable files:")
    print(f"  {'file':30}{'status':10}{'pages':>6}  {'methods':22}{'conf':>6}  flags / error")
    for o in r["notable"]:
        methods = " ".join(f"{k}:{v}" for k, v in o.get("methods", {}).items())
        conf = "" if o.get("mean_confidence") is None else f"{o['mean_confidence']:.1f}"
        extra = o.get("error") or ",".join(o.get("flags", []))
        print(f"  {o['file']:30}{o['status']:10}{o['pages']:>6}  {methods:22}{conf:>6}  {extra}")
    if "password_ingest" in r:
        pw = r["password_ingest"]
        statuses = ", ".join(f"{Path(d['path']).name}: {d['status']} ({d['pages']} pages)" for d in pw["documents"])
        print(f"--password {ENCRYPTED[1]}: {statuses or 'nothing reported'}; exit {pw['exit_code']}; "
              f"verify {'OK' if r['verify_after_password'].get('ok') else 'FAIL'}")


def evaluate(opts: Options, sets: list[str], corpus: Path, ir: Path, keep: Path | None) -> dict:
    tmp_ctx = tempfile.TemporaryDirectory(prefix="metp-robustness-") if keep is None else None
    tmp = Path(tmp_ctx.name) if tmp_ctx else keep
    try:
        results = {"metp": opts.metp, "workers": opts.workers, "startup_seconds": startup_seconds(opts, tmp), "sets": {}}
        for name in sets:
            runner = {"pdfs": lambda: pdfs_set(opts, corpus, tmp), "adversarial": lambda: adversarial_set(opts, tmp),
                      "texts": lambda: texts_set(opts, ir, tmp)}[name]
            results["sets"][name] = runner()
    finally:
        if tmp_ctx:
            tmp_ctx.cleanup()
    results["problems"] = problems(results, opts.strict)
    results["passed"] = not results["problems"]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[2:]))
    parser.add_argument("--metp", default=DEFAULT_METP, help="the metp command, split like a shell (default: %(default)s)")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sets to run (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of the pdfs set")
    parser.add_argument("--ir", type=Path, default=DEFAULT_IR, help="folder holding cisi/ and time_corpus_only/")
    parser.add_argument("--workers", type=int, default=2, help="metp ingest --workers")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a pdfs/texts batch counts as hung")
    parser.add_argument("--adversarial-timeout", type=float, default=600,
                        help="seconds before the adversarial batch counts as hung")
    parser.add_argument("--file-timeout", type=float, default=300, help="seconds before a per-file ingest counts as hung")
    parser.add_argument("--text-sample", type=int, default=5, help="per-file runs of this many largest text files")
    parser.add_argument("--no-pdf-timing", dest="pdf_timing", action="store_false",
                        help="skip the per-file runs of the pdfs set (no slowest file, ~6 minutes saved)")
    parser.add_argument("--strict", action="store_true", help="also fail on adversarial expectation misses")
    parser.add_argument("--keep", type=Path, help="work in this new folder and keep it (sets and archives)")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    parser.add_argument("--json-out", type=Path, help="also write the JSON document to this file")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    if unknown := set(sets) - set(SETS):
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    if "pdfs" in sets and not args.corpus.is_dir():
        parser.error(f"no such corpus folder: {args.corpus}")
    if "texts" in sets and not (args.ir / "cisi" / "CISI.ALL").is_file():
        parser.error(f"no CISI.ALL under {args.ir}")
    if args.keep:
        args.keep.mkdir(parents=True)
    opts = Options(shlex.split(args.metp), args.workers, args.timeout, args.adversarial_timeout, args.file_timeout,
                   args.text_sample, args.pdf_timing, args.strict)
    results = evaluate(opts, sets, args.corpus.resolve(), args.ir.resolve(), args.keep)
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print_summary(results)
        for name, r in results["sets"].items():
            print_details(name, r)
        print()
        for problem in results["problems"]:
            print(f"PROBLEM {problem}")
        print("PASS" if results["passed"] else "FAIL")
    sys.exit(0 if results["passed"] else 1)


if __name__ == "__main__":
    main()
