"""Curriculum packs: excerpts around the hits, each with a full citation, grouped by subject,
with a reading list at the end, as Markdown or HTML."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from metp.errors import UsageError
from metp.index.searcher import Marks

PACK_FORMATS = ("md", "html")
_EXCERPT_CHARS = 700
_MD_MARKS = Marks("**", "**")
_HTML_MARKS = Marks("\x00", "\x01")  # placeholders, turned into <mark> after escaping


@dataclass(frozen=True)
class Excerpt:
    doc_id: str
    page: int
    title: str
    date: str
    source: str
    subject: str
    text: str  # with matched terms marked


def parse_doc_refs(refs: tuple[str, ...]) -> list[tuple[str, int | None]]:
    """`ID` or `ID:PAGE` as given to --doc."""
    out = []
    for ref in refs:
        doc_id, _, page = ref.partition(":")
        if page and not page.isdigit():
            raise UsageError(f"--doc {ref!r}: write DOC_ID or DOC_ID:PAGE (a page number)")
        out.append((doc_id, int(page) if page else None))
    return out


def collect(archive, query: str | None, refs: list[tuple[str, int | None]], limit: int, marks: Marks) -> list[Excerpt]:
    if not query and not refs:
        raise UsageError("give a query, or documents with --doc ID[:PAGE], to build a pack from")
    if refs:
        return [_excerpt_of(archive, doc_id, page, query, marks) for doc_id, page in refs]
    results = archive.search(query, limit=limit, marks=marks)
    return [_excerpt(archive, hit.doc_id, hit.page, hit.snippet) for hit in results.hits]


def _excerpt_of(archive, doc_id: str, page: int | None, query: str | None, marks: Marks) -> Excerpt:
    doc = archive.catalog.resolve(doc_id)
    page = page or 1
    text = archive.page(doc["doc_id"], page)["text"]
    if query:  # the passage around the query's words on that very page, if they are there
        for hit in archive.search(query, limit=50, marks=marks).hits:
            if hit.doc_id == doc["doc_id"] and hit.page == page:
                return _excerpt(archive, doc["doc_id"], page, hit.snippet)
    return _excerpt(archive, doc["doc_id"], page, _lead(text))


def _lead(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _EXCERPT_CHARS:
        return text
    cut = text.rfind(". ", 0, _EXCERPT_CHARS)
    return text[: cut + 1] if cut > _EXCERPT_CHARS // 2 else text[:_EXCERPT_CHARS].rstrip() + " …"


def _excerpt(archive, doc_id: str, page: int, text: str) -> Excerpt:
    doc = archive.catalog.resolve(doc_id)
    meta = archive.metadata(doc_id)
    sources = archive.catalog.sources(doc_id)
    first = lambda field: meta[field][0]["value"] if meta.get(field) else ""  # noqa: E731
    return Excerpt(doc_id, page, doc["title"], first("dc.date"), PurePath(sources[0]["path"]).name if sources else "",
                   first("dc.subject") or "other material", text)


def citation(e: Excerpt) -> str:
    when = e.date or "undated"
    return f"{e.title} ({when}). metp document {e.doc_id}, page {e.page}; original file {e.source}."


def render_markdown(title: str, excerpts: list[Excerpt]) -> str:
    out = [f"# {title}", "", f"Compiled {date.today():%d %B %Y} from the training archive: "
           f"{len(excerpts)} excerpts from {len({e.doc_id for e in excerpts})} documents.", ""]
    for subject, group in _by_subject(excerpts):
        out += [f"## {subject.capitalize()}", ""]
        for e in group:
            out += [f"### {e.title}", "", *[f"> {line}" for line in _wrap(e.text)], "", f"*{citation(e)}*", ""]
    out += ["## Reading list", ""]
    out += [f"- {line}" for line in _reading_list(excerpts)]
    return "\n".join(out) + "\n"


def render_html(title: str, excerpts: list[Excerpt]) -> str:
    def esc(text: str) -> str:
        return html.escape(text).replace("\x00", "<mark>").replace("\x01", "</mark>")

    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{esc(title)}</title>",
           "<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}"
           "blockquote{border-left:4px solid #bbb;margin:0;padding:0 1em}mark{background:#ffe58a}"
           "cite{display:block;color:#555;font-size:.9em;margin:.4em 0 1.6em}</style></head><body>",
           f"<h1>{esc(title)}</h1>",
           f"<p>Compiled {date.today():%d %B %Y} from the training archive: {len(excerpts)} excerpts from "
           f"{len({e.doc_id for e in excerpts})} documents.</p>"]
    for subject, group in _by_subject(excerpts):
        out.append(f"<h2>{esc(subject.capitalize())}</h2>")
        for e in group:
            out += [f"<h3>{esc(e.title)}</h3>", f"<blockquote><p>{esc(e.text)}</p></blockquote>",
                    f"<cite>{esc(citation(e))}</cite>"]
    out += ["<h2>Reading list</h2>", "<ul>", *[f"<li>{esc(line)}</li>" for line in _reading_list(excerpts)],
            "</ul>", "</body></html>"]
    return "\n".join(out) + "\n"


def _by_subject(excerpts: list[Excerpt]) -> list[tuple[str, list[Excerpt]]]:
    groups: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        groups.setdefault(e.subject, []).append(e)
    return sorted(groups.items(), key=lambda item: (item[0] == "other material", item[0]))


def _reading_list(excerpts: list[Excerpt]) -> list[str]:
    docs: dict[str, Excerpt] = {}
    pages: dict[str, set[int]] = {}
    for e in excerpts:
        docs.setdefault(e.doc_id, e)
        pages.setdefault(e.doc_id, set()).add(e.page)
    ordered = sorted(docs.values(), key=lambda e: (e.date or "9999", e.title))
    return [f"{e.title}, {e.date or 'undated'}. metp document {e.doc_id}, "
            f"page{'s' if len(pages[e.doc_id]) > 1 else ''} {', '.join(map(str, sorted(pages[e.doc_id])))}; "
            f"original file {e.source}." for e in ordered]


def _wrap(text: str) -> list[str]:
    return [line for line in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if line]


def build_pack(archive, query: str | None, refs: tuple[str, ...], limit: int, fmt: str, title: str | None) -> str:
    if fmt not in PACK_FORMATS:
        raise UsageError(f"--format takes one of {', '.join(PACK_FORMATS)}")
    marks = _MD_MARKS if fmt == "md" else _HTML_MARKS
    excerpts = collect(archive, query, parse_doc_refs(refs), limit, marks)
    title = title or (f"Curriculum pack: {query}" if query else "Curriculum pack")
    return render_markdown(title, excerpts) if fmt == "md" else render_html(title, excerpts)
