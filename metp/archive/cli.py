"""The `metp` command: a thin click layer over `metp.archive.Archive`."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from datetime import datetime
from pathlib import Path

import click

from metp import __version__
from metp.archive.formats import EXPORT_FORMATS, PACK_FORMATS
from metp.deferred import Deferred
from metp.errors import ExitCode, MetpError, UsageError
from metp.fields import FILTERS
from metp.index.records import SORTS, Filters
from metp.index.engines import ENGINES
from metp.settings import Settings, default_workers


Archive = Deferred("metp.archive.archive", "Archive")
render = Deferred("metp.archive.render")
atomic_write = Deferred("metp.archive.files", "atomic_write")
parse_assignment = Deferred("metp.archive.metadata", "parse_assignment")
parse_doc_refs = Deferred("metp.archive.pack", "parse_doc_refs")
render_pack = Deferred("metp.archive.pack", "render")

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"
DEMO_QUERIES = ('"urgent action"', "letter writing", "death penalty OR torture")


class MetpGroup(click.Group):
    """Maps every MetpError to its message on one stderr line and its documented exit code; anything
    else is a metp bug: one line asking for a report, and the traceback in a log file."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MetpError as exc:
            click.echo(f"metp: error: {exc}", err=True)
            ctx.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            click.echo("metp: interrupted; run the same command again to resume", err=True)
            ctx.exit(int(ExitCode.interrupted))
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:
            log = _log_traceback(ctx.obj.archive_dir if isinstance(ctx.obj, Settings) else None)
            click.echo(f"metp: internal error ({type(exc).__name__}: {exc}); please report it with the log "
                       f"{log}", err=True)
            ctx.exit(int(ExitCode.internal))


def _log_traceback(archive_dir: Path | None) -> Path:
    """Append the current traceback to `logs/errors.log` in the archive (if there is one) or the temp folder."""
    import tempfile
    import traceback

    folder = archive_dir / "logs" if archive_dir and (archive_dir / "catalog.sqlite").is_file() else \
        Path(tempfile.gettempdir())
    path = folder / ("errors.log" if folder.name == "logs" else f"metp-errors-{os.getuid()}.log")
    entry = f"--- {datetime.now().isoformat(timespec='seconds')} metp {__version__} {' '.join(sys.argv[1:])}\n" \
            f"{traceback.format_exc()}\n"
    try:
        folder.mkdir(exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(entry)
    except OSError:
        return Path("(no log: could not write one; run again with the same arguments to see it)")
    return path


def emit_json(data) -> None:
    import json

    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def with_archive(fn):
    """Open the archive named by the group options for the command, and close it afterwards."""

    @click.pass_obj
    @functools.wraps(fn)
    def wrapper(settings: Settings, *args, **kwargs):
        with Archive(settings) as archive:
            return fn(archive, *args, **kwargs)

    return wrapper


json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document on stdout.")
ocr_engine_option = click.option(
    "--ocr-engine", type=click.Choice(("tesseract", "tesserocr")), default="tesseract", show_default=True,
    help="tesseract: the tesseract program per page; tesserocr: tesseract's library in each worker (pip "
         "install tesserocr; faster, see the README's Performance section).")


def filter_options(fn):
    """`metp search`'s filters, one per filterable field of the registry (metp/fields.py), plus years."""
    for field in reversed(FILTERS):
        fn = click.option(field.option, f"filter_{field.key}", metavar=field.label.upper(), help=field.help)(fn)
    fn = click.option("--from", "year_from", type=int, help="Only documents dated this year or later.")(fn)
    return click.option("--to", "year_to", type=int, help="Only documents dated this year or earlier.")(fn)


def filters_from(options: dict) -> Filters:
    """The filter options out of a command's keyword arguments (they are removed from `options`)."""
    values = {f.key: options.pop(f"filter_{f.key}", None) for f in FILTERS}
    return Filters.of(options.pop("year_from", None), options.pop("year_to", None), **values)
vocabulary_option = click.option(
    "--vocabulary", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
    help="A TOML file extending the shipped subject vocabulary (repeatable).")


@click.group(cls=MetpGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("metp-archive"), envvar="METP_ARCHIVE", show_default=True,
              help="Archive folder (or set METP_ARCHIVE).")
@click.version_option(__version__, prog_name="metp")
@click.pass_context
def cli(ctx: click.Context, archive_dir: Path) -> None:
    """Digitize scanned and born-digital training material into a searchable archive."""
    ctx.obj = Settings(archive_dir=archive_dir)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--workers", type=click.IntRange(1, 64), default=default_workers(), show_default=True,
              help="OCR worker processes.")
@click.option("--lang", default="eng", show_default=True, help="Tesseract language codes, e.g. eng+spa.")
@click.option("--password", help="Password for encrypted PDFs in this batch.")
@click.option("--pdf", "searchable_pdf", is_flag=True, help="Also keep a searchable PDF of every OCRed page.")
@click.option("--preprocess/--no-preprocess", default=True, show_default=True,
              help="Normalise, deskew and turn pages upright before OCR.")
@ocr_engine_option
@click.option("--metadata", "metadata_csv", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Accession CSV (filename + dc.* columns) applied to the batch as archivist metadata.")
@vocabulary_option
@click.option("--wait", is_flag=True, help="Wait for another ingest on this archive to finish instead of failing.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.option("--executor", type=click.Choice(("local", "dask")), default="local", envvar="METP_EXECUTOR", show_default=True,
              help="Where pages are OCRed: worker processes here, or a Dask cluster (or set METP_EXECUTOR).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", envvar="METP_SCHEDULER",
              help="The Dask scheduler to use (implies --executor dask; or set METP_SCHEDULER). Without it, "
                   "--executor dask starts a local cluster of --workers processes.")
@click.option("--inputs", "dask_inputs", type=click.Choice(("auto", "shared", "ship")), default="auto",
              show_default=True, help="Dask: workers read the same paths (shared), get each file's bytes (ship), "
                                      "or auto: check, and ship when a worker cannot see the file.")
@click.option("--engine", "index_engine", type=click.Choice(ENGINES), envvar="METP_ENGINE",
              help="Search engine of a new archive: whoosh (the default) or tantivy (archives of millions of "
                   "pages; or set METP_ENGINE). An existing archive keeps its own: convert with `metp reindex "
                   "--engine`.")
@json_option
@click.pass_context
def ingest(ctx, paths, workers, lang, password, searchable_pdf, preprocess, metadata_csv, vocabulary, wait,
           progress, executor, scheduler, dask_inputs, index_engine, as_json, ocr_engine="tesseract") -> None:
    """Ingest files and folders (recursively): scans, PDFs, plain text."""
    settings: Settings = ctx.obj
    if scheduler and ctx.get_parameter_source("executor") is click.core.ParameterSource.DEFAULT:
        executor = "dask"
    settings = dataclasses.replace(settings, workers=workers, searchable_pdf=searchable_pdf,
                                   vocabulary_files=tuple(vocabulary),
                                   executor=executor, scheduler=scheduler if executor == "dask" else None,
                                   dask_inputs=dask_inputs, index_engine=index_engine,
                                   ocr=dataclasses.replace(settings.ocr, lang=lang, preprocess=preprocess,
                                                           engine=ocr_engine))
    with Archive(settings, create=True) as archive:
        report = archive.ingest(list(paths), password=password, progress=progress, wait=wait,
                                metadata_csv=metadata_csv)
    if as_json:
        emit_json(report.to_json())
    else:
        click.echo(render.ingest_summary(report))
    if report.exit_failed:
        ctx.exit(int(ExitCode.files_failed))


@cli.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Documents to show.")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True, help="Documents to skip.")
@filter_options
@click.option("--exact", is_flag=True, help="Match only the words as typed (no OCR-error spellings).")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="Order of documents: best match first, or oldest first.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the hits as CSV on stdout.")
@json_option
@with_archive
def search(archive: Archive, query, limit, offset, exact, sort, as_csv, as_json, **options) -> None:
    """Search pages: words (AND), OR, NOT, "phrases", field:value, date:1985..1990, term~ (fuzzy)."""
    results = archive.search(query, limit=limit, offset=offset, filters=filters_from(options), exact=exact,
                             sort=sort)
    if as_json:
        emit_json(results.to_json())
    elif as_csv:
        click.echo(render.search_csv(results), nl=False)
    else:
        click.echo(render.search_results(results, offset, color=sys.stdout.isatty()))


@cli.command()
@click.argument("doc_id")
@click.option("--page", "page_no", type=click.IntRange(1), help="Show this page's text and details.")
@click.option("--image", type=click.Path(dir_okay=False, path_type=Path),
              help="With --page: write the page image (as OCR saw it: upright, deskewed) to this PNG.")
@click.option("--highlight", metavar="QUERY", help="With --image: box these words (and OCR misreadings of them).")
@click.option("--password", help="With --image: the password of an encrypted original PDF.")
@json_option
@with_archive
def show(archive: Archive, doc_id, page_no, image, highlight, password, as_json) -> None:
    """Show a document's record and text (or one page of it, or its image with hits boxed)."""
    if image:
        if not page_no:
            raise UsageError("--image needs --page N")
        done = archive.page_image(doc_id, page_no, image, highlight, password)
        emit_json(done.to_json()) if as_json else click.echo(f"wrote {done.image} ({done.boxed_words} words boxed)")
        return
    if page_no:
        view = archive.page(doc_id, page_no)
        emit_json(view.to_json()) if as_json else click.echo(render.page(view))
        return
    view = archive.document(doc_id)
    if as_json:
        emit_json(view.to_json())
        return
    click.echo(render.document(view))
    for p in view.pages:
        click.echo(render.page(archive.page(view.doc_id, p.page)))


@cli.command()
@json_option
@with_archive
def stats(archive: Archive, as_json) -> None:
    """Count documents, pages, OCRed pages, confidence and index size."""
    view = archive.stats()
    emit_json(view.to_json()) if as_json else click.echo(render.stats(view))


@cli.command()
@click.option("--wait", is_flag=True, help="Wait for a running ingest to finish instead of failing.")
@click.option("--engine", type=click.Choice(ENGINES),
              help="Rebuild with this search engine, converting the archive to it (default: the one it has).")
@with_archive
def reindex(archive: Archive, wait, engine) -> None:
    """Rebuild the search index from the catalog."""
    count = archive.reindex(wait=wait, engine=engine)
    click.echo(f"reindexed {count} pages" + (f" with {engine}" if engine else ""))


@cli.command()
@click.option("--below", type=float, default=70.0, show_default=True, help="Mean word confidence under which a page is listed.")
@click.option("--unsure-share", type=click.FloatRange(0, 1), default=0.3, show_default=True,
              help="Share of unsure words (confidence < 60) over which a page is listed.")
@json_option
@with_archive
def review(archive: Archive, below, unsure_share, as_json) -> None:
    """List OCRed pages to check, rescan or correct (low confidence, blank), worst first."""
    view = archive.review(below, unsure_share)
    emit_json(view.to_json()) if as_json else click.echo(render.review(view))


@cli.command()
@click.argument("doc_id")
@click.option("--page", "page_no", type=click.IntRange(1), required=True, help="The page to correct.")
@click.option("--text-file", type=click.File("r", encoding="utf-8"), required=True,
              help="The corrected transcription (UTF-8; - for standard input).")
@click.option("--source", help="Who or what made the transcription (default: the file name).")
@json_option
@with_archive
def correct(archive: Archive, doc_id, page_no, text_file, source, as_json) -> None:
    """Replace a page's OCR text by a corrected transcription (kept, with provenance, over any re-OCR)."""
    view = archive.correct(doc_id, page_no, text_file.read(), source or f"file {text_file.name}")
    emit_json(view.to_json()) if as_json else click.echo(f"corrected {view.doc_id} page {page_no}; re-indexed")


@cli.command()
@click.argument("doc_id", required=False)
@click.argument("assignments", nargs=-1)
@click.option("--from-csv", "csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Apply an accession CSV (filename + dc.* columns) to the documents it names.")
@click.option("--source", help="Who or what the values come from (default: this command).")
@json_option
@with_archive
def tag(archive: Archive, doc_id, assignments, csv_path, source, as_json) -> None:
    """Set archivist metadata: metp tag DOC dc.date=1987-03 dc.subject+="death penalty" (wins over automatic values)."""
    if csv_path:
        if doc_id or assignments:
            raise UsageError("give either --from-csv FILE or DOC FIELD=VALUE..., not both")
        outcome = archive.tag_from_csv(csv_path)
        emit_json(outcome.to_json()) if as_json else click.echo(
            f"applied {len(outcome.applied)} rows; no document for: {', '.join(outcome.unmatched) or 'none'}")
        return
    if not doc_id or not assignments:
        raise UsageError("name a document and at least one FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE")
    edits = [parse_assignment(a) for a in assignments]
    view = archive.tag(doc_id, edits, source or "metp tag")
    emit_json(view.to_json()) if as_json else click.echo(render.metadata(view.fields))


@cli.command()
@vocabulary_option
@click.option("--wait", is_flag=True, help="Wait for a running ingest to finish instead of failing.")
@click.pass_context
def retag(ctx, vocabulary, wait) -> None:
    """Run automatic tagging again on every document (archivists' values are kept)."""
    settings = dataclasses.replace(ctx.obj, vocabulary_files=tuple(vocabulary))
    with Archive(settings) as archive:
        click.echo(f"retagged {archive.retag(wait=wait)} documents")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="What to write.")
@click.option("--base-url", metavar="URL", help="--format iiif: the URL DEST will be served at (manifests use "
                                                "absolute URLs).")
@click.argument("dest", type=click.Path(path_type=Path))
@with_archive
def export(archive: Archive, fmt, dest, base_url) -> None:
    """Export: csv, jsonl, dc-xml (oai_dc), a BagIt bag (an Archivematica transfer with METS/PREMIS),
    ALTO per page, or IIIF (manifests, static tiles, a collection and a viewer)."""
    written = archive.export(fmt, dest, base_url)
    for warning in written.get("warnings", ()):
        click.echo(f"metp: warning: {warning}", err=True)
    pages = f" ({written['pages']} pages)" if "pages" in written else ""
    click.echo(f"wrote {written['documents']} documents{pages} to {written['path']}")


@cli.command()
@click.argument("doc_ids", nargs=-1)
@click.option("--query", help="Also every document this search matches.")
@click.option("--batch", "batch_id", help="Also every document this ingest batch brought in.")
@click.option("--lang", default="eng", show_default=True, help="Tesseract language codes, e.g. eng+spa.")
@click.option("--preprocess/--no-preprocess", default=True, show_default=True,
              help="Normalise, deskew and turn pages upright before OCR.")
@click.option("--psm", type=int, default=3, show_default=True,
              help="Tesseract page segmentation mode (3: automatic; 4: one column; 6: one block; 11: sparse text).")
@click.option("--workers", type=click.IntRange(1, 64), default=default_workers(), show_default=True,
              help="OCR worker processes.")
@click.option("--password", help="Password of encrypted original PDFs.")
@click.option("--wait", is_flag=True, help="Wait for a running ingest to finish instead of failing.")
@json_option
@click.pass_context
def reocr(ctx, doc_ids, query, batch_id, lang, preprocess, psm, workers, password, wait, as_json) -> None:
    """Read documents again with other OCR settings; corrections and archivists' metadata are kept."""
    settings: Settings = ctx.obj
    settings = dataclasses.replace(settings, workers=workers,
                                   ocr=dataclasses.replace(settings.ocr, lang=lang, preprocess=preprocess, psm=psm))

    def told(done) -> None:
        change = "" if done.confidence_after is None else (
            f", confidence {done.confidence_before if done.confidence_before is not None else '-'} -> "
            f"{done.confidence_after}")
        kept = f", corrections kept on pages {', '.join(map(str, done.corrected_pages_kept))}" \
            if done.corrected_pages_kept else ""
        click.echo(f"{done.doc_id}: {done.status}{change}{kept}{f' ({done.error})' if done.error else ''}", err=True)

    with Archive(settings) as archive:
        view = archive.reocr(tuple(doc_ids), query, batch_id, password, wait, told)
    if as_json:
        emit_json(view.to_json())
    else:
        click.echo(f"read {sum(d.status == 'read again' for d in view.documents)} documents again with "
                   f"lang {view.lang}, psm {view.psm}; {view.failed} failed")
    if view.failed:
        ctx.exit(int(ExitCode.files_failed))


@cli.command()
@click.argument("doc_id")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Documents to show.")
@json_option
@with_archive
def similar(archive: Archive, doc_id, limit, as_json) -> None:
    """Documents like this one (its key terms, "more like this")."""
    view = archive.similar(doc_id, limit)
    if as_json:
        emit_json(view.to_json())
    else:
        click.echo(f"key terms: {', '.join(view.key_terms)}")
        click.echo(render.search_results(view, 0, color=sys.stdout.isatty()))


@cli.command()
@click.argument("query", required=False)
@click.option("--doc", "docs", multiple=True, metavar="ID[:PAGE]", help="A document (or one page of it) to include; repeatable.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Documents to take from the query.")
@click.option("--format", "fmt", type=click.Choice(PACK_FORMATS), default="md", show_default=True, help="Markdown or HTML.")
@click.option("--title", help="The pack's title.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@with_archive
def pack(archive: Archive, query, docs, limit, fmt, title, output) -> None:
    """Build a curriculum pack: excerpts with citations, grouped by subject, and a reading list."""
    if fmt not in PACK_FORMATS:
        raise UsageError(f"--format takes one of {', '.join(PACK_FORMATS)}")
    text = render_pack(archive.pack(query, parse_doc_refs(docs), limit, title), fmt)
    if output:
        atomic_write(output, text)
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@cli.command("export-pdf")
@click.argument("doc_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the PDF (default: DOC_ID.pdf here).")
@click.option("--password", help="Password of an encrypted original PDF.")
@with_archive
def export_pdf(archive: Archive, doc_id, output, password) -> None:
    """Write a searchable PDF of a document: page images with an invisible text layer."""
    dest = archive.export_pdf(doc_id, output, password)
    click.echo(f"wrote {dest}")


@cli.command()
@json_option
@with_archive
def verify(archive: Archive, as_json) -> None:
    """Check every original's checksum and that catalog, derivatives and index agree."""
    view = archive.verify()
    if as_json:
        emit_json(view.to_json())
    else:
        for problem in view.problems:
            click.echo(f"PROBLEM {problem}")
        verdict = "OK" if view.ok else f"{len(view.problems)} problems"
        click.echo(f"verified {view.documents} documents, {view.pages} pages: {verdict}")
    if not view.ok:
        raise click.exceptions.Exit(int(ExitCode.archive_damaged))


@cli.command()
@json_option
@with_archive
def batches(archive: Archive, as_json) -> None:
    """List ingest batches with their counts."""
    view = archive.batches()
    emit_json(view.to_json()) if as_json else click.echo(render.batches(view))


@cli.group()
def batch() -> None:
    """Inspect one ingest batch."""


@batch.command("show")
@click.argument("batch_id")
@json_option
@with_archive
def batch_show(archive: Archive, batch_id, as_json) -> None:
    """Show what became of every file of a batch."""
    view = archive.batch(batch_id)
    emit_json(view.to_json()) if as_json else click.echo(render.batch(view))


@cli.command()
@click.option("--samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default=SAMPLES_DIR,
              show_default=True, help="Folder of sample scans.")
@click.pass_context
def demo(ctx, samples: Path) -> None:
    """Ingest the bundled sample scans and run example searches."""
    files = sorted(str(p) for p in samples.iterdir()
                   if p.is_file() and not p.name.endswith((".gt.txt", ".md")))
    click.echo(f"Ingesting {len(files)} sample files from {samples} into {ctx.obj.archive_dir} ...")
    ctx.invoke(ingest, paths=tuple(files), workers=default_workers(), lang="eng", password=None,
               searchable_pdf=False, preprocess=True, metadata_csv=None, vocabulary=(), wait=False,
               progress=None, as_json=False)
    for query in DEMO_QUERIES:
        click.echo(f"\n$ metp search {query!r}")
        ctx.invoke(search, query=query, limit=3, offset=0, exact=False, sort="relevance", as_csv=False,
                   as_json=False)
    click.echo(f"\nTo read and search it in a browser: metp --archive {ctx.obj.archive_dir} serve")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every network interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port; the URL printed says which).")
@click.option("--public", is_flag=True, help="Read-only public reading room: no staff pages, restricted documents hidden.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file holding the staff token (sign-in form, and Authorization: Bearer for API clients).")
@click.pass_obj
def serve(settings: Settings, host, port, public, token_file) -> None:
    """Serve the archive in a web browser: search, browse, page viewer, basket to curriculum pack, staff review."""
    from metp.web.serve import run  # the web stack is only needed here

    run(settings, host, port, public, token_file)


def main() -> None:
    cli(prog_name="metp")


if __name__ == "__main__":
    main()
