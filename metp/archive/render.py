"""The views as text for a terminal (or a pipe), and search hits as CSV.  JSON is each view's `to_json()`.

Text from documents (titles, page text, snippets, file names, metadata) is passed through
`terminal_safe`, so a scanned page cannot move the cursor or recolour the screen; matches are shown
bold on a terminal and in [brackets] in a pipe.
"""

from __future__ import annotations

import csv
import io

import click

from metp.archive.escaping import spreadsheet_safe, terminal_safe as t
from metp.archive.report import BatchReport, FileStatus
from metp.archive.viewcore import SearchView
from metp.archive.views import (BatchesView, BatchView, DocumentView, Metadata, PageView, ReviewView, SimilarView,
                                StatsView)
from metp.index.records import Snippet


def marked(snippet: Snippet, color: bool) -> str:
    return "".join((click.style(t(piece), fg="yellow", bold=True) if color else f"[{t(piece)}]") if matched
                   else t(piece) for piece, matched in snippet.parts())


def ingest_summary(report: BatchReport) -> str:
    s = report.summary()
    line = (f"batch {report.batch_id}: {s['files']} files, {s['ingested']} ingested ({s['pages']} pages), "
            f"{s['duplicates']} duplicates, {s['skipped']} already in the archive, {s['failed']} failed")
    if s["warnings"]:
        line += f"; {s['warnings']} warnings (see `metp review`)"
    failures = [f"  FAILED {t(e.error)}" for e in report.ordered if e.status is FileStatus.failed]
    warnings = [f"  WARNING {t(e.path)}: {t(w)}" for e in report.ordered for w in e.warnings]
    return "\n".join([line, *failures, *warnings])


def search_results(results: SearchView | SimilarView, offset: int, color: bool) -> str:
    notes = []
    expanded = getattr(results, "expanded", {})
    if expanded:
        notes.append("also matched likely OCR misreadings: " + "; ".join(
            f"{t(word)} ~ {', '.join(map(t, variants))}" for word, variants in expanded.items()) +
            " (--exact to turn off)")
    if getattr(results, "did_you_mean", None):
        notes.append(f"did you mean: {t(results.did_you_mean)}")
    query = getattr(results, "query", "")
    if not results.hits:
        return "\n".join([f"No documents match {t(query)!r}.", *notes])
    about = "about " if getattr(results, "estimated", False) else ""
    out = [click.style(f"{about}{results.total} documents match {t(query)!r}", bold=True) if query else
           f"{results.total} documents", *notes]
    for rank, hit in enumerate(results.hits, start=offset + 1):
        head = click.style(f"{rank}. {t(hit.title)}", bold=True)
        where = f"   {hit.doc_id}  page {hit.page}  score {hit.score:.2f}"
        if hit.other_pages:
            where += f"  (also pages {', '.join(map(str, hit.other_pages))})"
        out += [head, where, f"   {t(hit.source)}", f"   {marked(hit.snippet, color)}", ""]
    for name, counts in getattr(results, "facets", {}).items():
        if counts:
            out.append(f"{name}: " + ", ".join(f"{t(value)} ({n})" for value, n in list(counts.items())[:8]))
    return "\n".join(out).rstrip()


def document(view: DocumentView) -> str:
    out = [click.style(t(view.title), bold=True),
           f"doc id     {view.doc_id}",
           f"sha256     {view.sha256}",
           f"type       {view.media_type}, {view.size:,} bytes, {view.page_count} pages",
           f"ingested   {view.ingested_at} (batch {view.batch_id})",
           f"original   {view.original}"]
    out += [f"source     {t(s.path)}" for s in view.sources]
    if view.metadata:
        out += ["metadata:", *("  " + line for line in metadata(view.metadata).splitlines())]
    out += [f"warning    {t(w)}" for w in view.warnings]
    out.append("pages:")
    for p in view.pages:
        conf = f"confidence {p.confidence:.1f}" if p.confidence is not None else ""
        flags = list(p.flags) + (["corrected"] if p.corrected else [])
        out.append(f"  {p.page:>4}  {p.method:<11} {p.words:>5} words  {conf}{'  ' + ', '.join(flags) if flags else ''}")
    return "\n".join(out)


def page(view: PageView) -> str:
    conf = f", confidence {view.confidence:.1f}" if view.confidence is not None else ""
    return f"--- {view.doc_id} page {view.page} ({view.method}{conf}) ---\n{t(view.text.rstrip())}"


def stats(view: StatsView) -> str:
    rows = [("archive", view.archive), ("documents", view.documents), ("pages", view.pages),
            ("  OCRed", view.ocr_pages), ("  text layer", view.text_layer_pages),
            ("  plain text", view.plain_text_pages), ("  blank", view.blank_pages),
            ("mean OCR confidence", view.mean_confidence if view.mean_confidence is not None else "-"),
            ("batches", view.batches), ("originals", f"{view.original_bytes:,} bytes"),
            ("index", f"{view.index_pages} pages, {view.index_bytes:,} bytes"),
            ("not yet indexed", view.unindexed_documents)]
    return "\n".join(f"{name:<20} {value}" for name, value in rows)


def batch(view: BatchView) -> str:
    out = [f"batch {view.batch_id} ({view.status}), started {view.started_at}, finished {view.finished_at or '-'}"]
    for f in view.documents:
        detail = f.error or (f"{f.doc_id}, {f.pages} pages" if f.doc_id else "")
        out.append(f"  {f.status:<9} {t(f.path)}  {t(detail)}")
        out += [f"            warning: {t(w)}" for w in f.warnings]
    return "\n".join(out)


def batches(view: BatchesView) -> str:
    if not view.batches:
        return "No batches yet; add material with `metp ingest PATH`."
    return "\n".join(
        f"{b.batch_id}  {b.started_at}  {b.status:<11} {b.files} files: {b.ingested} ingested, "
        f"{b.duplicates} duplicates, {b.skipped} skipped, {b.failed} failed, {b.pages} pages"
        for b in view.batches)


def review(view: ReviewView) -> str:
    if not view.items:
        return "No pages need review."
    lines = [f"{len(view.items)} items to review (worst pages first, then documents):"]
    for item in view.items:
        conf = f"{item.confidence:.0f}" if item.confidence is not None else "-"
        where = f"page {item.page:<4} confidence {conf:>3}" if item.page else "document          "
        lines.append(f"  {item.doc_id}  {where}  {t(item.why)}  ({t(item.title)})")
    return "\n".join(lines)


def metadata(meta: Metadata) -> str:
    lines = []
    for name, values in meta.items():
        for v in values:
            origin = v.source if v.provenance == "archivist" else f"{v.rule}, {v.confidence:.2f}"
            lines.append(f"{name:<20} {t(v.value)}  [{v.provenance}: {t(origin or '')}]")
    return "\n".join(lines)


def search_csv(results: SearchView) -> str:
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow(["doc_id", "page", "score", "title", "date", "doc_type", "source", "other_pages", "snippet"])
    for h in results.hits:
        out.writerow([spreadsheet_safe(str(cell)) for cell in (h.doc_id, h.page, h.score, h.title, h.date, h.doc_type,
                                                                h.source, " ".join(map(str, h.other_pages)),
                                                                h.snippet.text)])
    return buffer.getvalue()
