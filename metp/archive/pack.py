"""Curriculum packs: excerpts around the hits (or of chosen pages), each with a full citation, grouped
by subject, with a reading list, rendered as Markdown or HTML.  Excerpts carry match spans, never
markup: each renderer escapes document text and marks the matches its own way."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from metp.archive.escaping import markdown_safe
from metp.archive.formats import PACK_FORMATS
from metp.archive.views import View
from metp.errors import UsageError
from metp.index.records import Snippet

_EXCERPT_CHARS = 700


@dataclass(frozen=True)
class Excerpt(View):
    doc_id: str
    page: int
    title: str
    date: str
    source: str    # the original's file name
    subject: str   # the heading it is grouped under
    text: Snippet  # with the matched words' spans

    @property
    def citation(self) -> str:
        return (f"{self.title} ({self.date or 'undated'}). metp document {self.doc_id}, page {self.page}; "
                f"original file {self.source}.")


@dataclass(frozen=True)
class Pack(View):
    title: str
    compiled: str  # ISO date
    excerpts: tuple[Excerpt, ...]


def parse_doc_refs(refs: tuple[str, ...]) -> list[tuple[str, int | None]]:
    """`ID` or `ID:PAGE` as given to --doc."""
    out = []
    for ref in refs:
        doc_id, _, page = ref.partition(":")
        if page and not page.isdigit():
            raise UsageError(f"--doc {ref!r}: write DOC_ID or DOC_ID:PAGE (a page number)")
        out.append((doc_id, int(page) if page else None))
    return out


def collect(archive, query: str | None, refs: list[tuple[str, int | None]], limit: int,
            title: str | None) -> Pack:
    """`archive`: the library API (search, document, page, highlighter)."""
    if not query and not refs:
        raise UsageError("give a query, or documents with --doc ID[:PAGE], to build a pack from")
    if refs:
        marker = archive.highlighter(query) if query else None
        excerpts = []
        for doc_id, page in refs:
            view = archive.page(doc_id, page or 1)
            text = marker.snippet(view.text) if marker else Snippet("")
            excerpts.append(_excerpt(archive, view.doc_id, view.page, text if text.text else _lead(view.text)))
    else:
        excerpts = [_excerpt(archive, hit.doc_id, hit.page, hit.snippet)
                    for hit in archive.search(query, limit=limit).hits]
    return Pack(title or (f"Curriculum pack: {query}" if query else "Curriculum pack"), date.today().isoformat(),
                tuple(excerpts))


def _lead(text: str) -> Snippet:
    text = " ".join(text.split())
    if len(text) <= _EXCERPT_CHARS:
        return Snippet(text)
    cut = text.rfind(". ", 0, _EXCERPT_CHARS)
    return Snippet(text[: cut + 1] if cut > _EXCERPT_CHARS // 2 else text[:_EXCERPT_CHARS].rstrip() + " …")


def _excerpt(archive, doc_id: str, page: int, text: Snippet) -> Excerpt:
    doc = archive.document(doc_id)
    source = PurePath(doc.sources[0].path).name if doc.sources else ""
    return Excerpt(doc.doc_id, page, doc.title, doc.first("dc.date"), source,
                   doc.first("dc.subject") or "other material", text)


def render(pack: Pack, fmt: str) -> str:
    if fmt not in PACK_FORMATS:
        raise UsageError(f"--format takes one of {', '.join(PACK_FORMATS)}")
    return render_markdown(pack) if fmt == "md" else render_html(pack)


def render_markdown(pack: Pack) -> str:
    md = markdown_safe
    excerpts = pack.excerpts
    out = [f"# {md(pack.title)}", "", f"Compiled {_long_date(pack.compiled)} from the training archive: "
           f"{len(excerpts)} excerpts from {len({e.doc_id for e in excerpts})} documents.", ""]
    for subject, group in _by_subject(excerpts):
        out += [f"## {md(subject.capitalize())}", ""]
        for e in group:
            marked = "".join(f"**{md(piece)}**" if matched else md(piece) for piece, matched in e.text.parts())
            out += [f"### {md(e.title)}", "", *[f"> {line}" for line in _sentences(marked)], "",
                    f"*{md(e.citation)}*", ""]
    out += ["## Reading list", ""]
    out += [f"- {md(line)}" for line in _reading_list(excerpts)]
    return "\n".join(out) + "\n"


def render_html(pack: Pack) -> str:
    esc = html.escape
    excerpts = pack.excerpts
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{esc(pack.title)}</title>",
           "<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}"
           "blockquote{border-left:4px solid #bbb;margin:0;padding:0 1em}mark{background:#ffe58a}"
           "cite{display:block;color:#555;font-size:.9em;margin:.4em 0 1.6em}</style></head><body>",
           f"<h1>{esc(pack.title)}</h1>",
           f"<p>Compiled {_long_date(pack.compiled)} from the training archive: {len(excerpts)} excerpts from "
           f"{len({e.doc_id for e in excerpts})} documents.</p>"]
    for subject, group in _by_subject(excerpts):
        out.append(f"<h2>{esc(subject.capitalize())}</h2>")
        for e in group:
            marked = "".join(f"<mark>{esc(piece)}</mark>" if matched else esc(piece)
                             for piece, matched in e.text.parts())
            out += [f"<h3>{esc(e.title)}</h3>", f"<blockquote><p>{marked}</p></blockquote>",
                    f"<cite>{esc(e.citation)}</cite>"]
    out += ["<h2>Reading list</h2>", "<ul>", *[f"<li>{esc(line)}</li>" for line in _reading_list(excerpts)],
            "</ul>", "</body></html>"]
    return "\n".join(out) + "\n"


def _long_date(iso: str) -> str:
    return f"{date.fromisoformat(iso):%d %B %Y}"


def _by_subject(excerpts) -> list[tuple[str, list[Excerpt]]]:
    groups: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        groups.setdefault(e.subject, []).append(e)
    return sorted(groups.items(), key=lambda item: (item[0] == "other material", item[0]))


def _reading_list(excerpts) -> list[str]:
    docs: dict[str, Excerpt] = {}
    pages: dict[str, set[int]] = {}
    for e in excerpts:
        docs.setdefault(e.doc_id, e)
        pages.setdefault(e.doc_id, set()).add(e.page)
    ordered = sorted(docs.values(), key=lambda e: (e.date or "9999", e.title))
    return [f"{e.title}, {e.date or 'undated'}. metp document {e.doc_id}, "
            f"page{'s' if len(pages[e.doc_id]) > 1 else ''} {', '.join(map(str, sorted(pages[e.doc_id])))}; "
            f"original file {e.source}." for e in ordered]


def _sentences(text: str) -> list[str]:
    return [line for line in re.split(r"(?<=[.!?])\s+(?=[A-Z*])", text) if line]
