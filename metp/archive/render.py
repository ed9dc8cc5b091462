"""Human-readable output for the terminal; JSON output is the library's dicts as they are."""

from __future__ import annotations

import csv
import io

import click

from metp.archive.escaping import spreadsheet_safe
from metp.archive.report import BatchReport, FileStatus
from metp.index.records import SearchResults


def ingest_summary(report: BatchReport) -> str:
    s = report.summary()
    line = (f"batch {report.batch_id}: {s['files']} files, {s['ingested']} ingested ({s['pages']} pages), "
            f"{s['duplicates']} duplicates, {s['skipped']} already in the archive, {s['failed']} failed")
    if s["warnings"]:
        line += f"; {s['warnings']} warnings (see `metp review`)"
    failures = [f"  FAILED {e.error}" for e in report.ordered if e.status is FileStatus.failed]
    warnings = [f"  WARNING {e.path}: {w}" for e in report.ordered for w in e.warnings]
    return "\n".join([line, *failures, *warnings])


def search_results(results: SearchResults, offset: int) -> str:
    notes = []
    if results.expanded:
        notes.append("also matched likely OCR misreadings: " + "; ".join(
            f"{word} ~ {', '.join(variants)}" for word, variants in results.expanded.items()) + " (--exact to turn off)")
    if results.did_you_mean:
        notes.append(f"did you mean: {results.did_you_mean}")
    if not results.hits:
        return "\n".join([f"No documents match {results.query!r}.", *notes])
    out = [click.style(f"{results.total} documents match {results.query!r}", bold=True), *notes]
    for rank, hit in enumerate(results.hits, start=offset + 1):
        head = click.style(f"{rank}. {hit.title}", bold=True)
        where = f"   {hit.doc_id}  page {hit.page}  score {hit.score:.2f}"
        if hit.other_pages:
            where += f"  (also pages {', '.join(map(str, hit.other_pages))})"
        out += [head, where, f"   {hit.source}", f"   {hit.snippet}", ""]
    for name, counts in results.facets.items():
        if counts:
            out.append(f"{name}: " + ", ".join(f"{value} ({n})" for value, n in list(counts.items())[:8]))
    return "\n".join(out).rstrip()


def document(view: dict) -> str:
    out = [click.style(view["title"], bold=True),
           f"doc id     {view['doc_id']}",
           f"sha256     {view['sha256']}",
           f"type       {view['media_type']}, {view['size']:,} bytes, {view['page_count']} pages",
           f"ingested   {view['ingested_at']} (batch {view['batch_id']})",
           f"original   {view['original']}"]
    out += [f"source     {s['path']}" for s in view["sources"]]
    if view.get("metadata"):
        out += ["metadata:", *("  " + line for line in metadata(view["metadata"]).splitlines())]
    out.append("pages:")
    for p in view["pages"]:
        conf = f"confidence {p['confidence']:.1f}" if p["confidence"] is not None else ""
        flags = "  " + ", ".join(p["flags"] + (["corrected"] if p["corrected"] else [])) if (p["flags"] or p["corrected"]) else ""
        out.append(f"  {p['page']:>4}  {p['method']:<11} {p['words']:>5} words  {conf}{flags}")
    return "\n".join(out)


def page(view: dict) -> str:
    conf = f", confidence {view['confidence']:.1f}" if view["confidence"] is not None else ""
    return f"--- {view['doc_id']} page {view['page']} ({view['method']}{conf}) ---\n{view['text'].rstrip()}"


def stats(counts: dict) -> str:
    rows = [("archive", counts["archive"]), ("documents", counts["documents"]), ("pages", counts["pages"]),
            ("  OCRed", counts["ocr_pages"]), ("  text layer", counts["text_layer_pages"]),
            ("  plain text", counts["plain_text_pages"]), ("  blank", counts["blank_pages"]),
            ("mean OCR confidence", counts["mean_confidence"] if counts["mean_confidence"] is not None else "-"),
            ("batches", counts["batches"]), ("originals", f"{counts['original_bytes']:,} bytes"),
            ("index", f"{counts['index_pages']} pages, {counts['index_bytes']:,} bytes"),
            ("not yet indexed", counts["unindexed_documents"])]
    return "\n".join(f"{name:<20} {value}" for name, value in rows)


def batch(view: dict) -> str:
    out = [f"batch {view['batch_id']} ({view['status']}), started {view['started_at']}, "
           f"finished {view['finished_at'] or '-'}"]
    for f in view["documents"]:
        detail = f.get("error") or (f"{f['doc_id']}, {f['pages']} pages" if f["doc_id"] else "")
        out.append(f"  {f['status']:<9} {f['path']}  {detail}")
    return "\n".join(out)


def batches(rows: list[dict]) -> str:
    if not rows:
        return "No batches yet; add material with `metp ingest PATH`."
    return "\n".join(
        f"{b['batch_id']}  {b['started_at']}  {b['status']:<11} {b['files']} files: {b['ingested']} ingested, "
        f"{b['duplicates']} duplicates, {b['skipped']} skipped, {b['failed']} failed, {b['pages']} pages"
        for b in rows
    )


def review(queue: list[dict]) -> str:
    if not queue:
        return "No pages need review."
    lines = [f"{len(queue)} pages to review (worst first):"]
    for item in queue:
        conf = f"{item['confidence']:.0f}" if item["confidence"] is not None else "-"
        where = f"page {item['page']:<4} confidence {conf:>3}" if item["page"] else "document          "
        lines.append(f"  {item['doc_id']}  {where}  {item['why']}  ({item['title']})")
    return "\n".join(lines)


def metadata(meta: dict[str, list[dict]]) -> str:
    lines = []
    for field, values in meta.items():
        for v in values:
            origin = v["source"] if v["provenance"] == "archivist" else f"{v['rule']}, {v['confidence']:.2f}"
            lines.append(f"{field:<20} {v['value']}  [{v['provenance']}: {origin}]")
    return "\n".join(lines)


def search_csv(results: SearchResults) -> str:
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow(["doc_id", "page", "score", "title", "date", "doc_type", "source", "other_pages", "snippet"])
    for h in results.hits:
        out.writerow([spreadsheet_safe(str(cell)) for cell in (h.doc_id, h.page, h.score, h.title, h.date, h.doc_type,
                                                                h.source, " ".join(map(str, h.other_pages)), h.snippet)])
    return buffer.getvalue()
