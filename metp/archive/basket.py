"""A basket of chosen passages and pages, made into a curriculum pack in the order the user gave them,
each excerpt with its note and its citation, and a reading list at the end (Markdown, HTML; PDF in
packpdf.py).

Where `metp pack` groups a query's best pages by subject, a basket keeps the user's order: they
arranged the excerpts for a session.  An item names a page and, optionally, the query it was found
with (the excerpt is then the passages around that query's hits on the page, marked; otherwise the
page's opening) and a note.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from metp.archive.escaping import markdown_safe
from metp.archive.pack import Excerpt, Pack, _excerpt, _lead, _long_date, _reading_list, _sentences
from metp.errors import UsageError
from metp.index.records import Snippet

MAX_ITEMS = 100
MAX_NOTE = 2000
MAX_QUERY = 1000
BASKET_FORMATS = ("md", "html", "pdf")


@dataclass(frozen=True)
class BasketItem:
    doc_id: str
    page: int
    query: str = ""
    note: str = ""

    def checked(self) -> "BasketItem":
        if not self.doc_id or self.page < 1:
            raise UsageError("a basket item names a document and a page number (1 or more)")
        if len(self.note) > MAX_NOTE or len(self.query) > MAX_QUERY:
            raise UsageError(f"a basket note is at most {MAX_NOTE} characters and a query {MAX_QUERY}")
        return self


@dataclass(frozen=True)
class NotedExcerpt(Excerpt):
    note: str = ""


def collect(archive, items: list[BasketItem], title: str | None = None) -> Pack:
    """The basket's excerpts in its order.  `archive`: the library API (page, document, highlighter)."""
    if not items:
        raise UsageError("the basket is empty; add passages or pages to it first")
    if len(items) > MAX_ITEMS:
        raise UsageError(f"a basket holds at most {MAX_ITEMS} items")
    markers = {}
    excerpts = []
    for item in (i.checked() for i in items):
        view = archive.page(item.doc_id, item.page)
        text = Snippet("")
        if item.query.strip():
            if item.query not in markers:
                markers[item.query] = archive.highlighter(item.query)
            text = markers[item.query].snippet(view.text)
        base = _excerpt(archive, view.doc_id, view.page, text if text.text else _lead(view.text))
        excerpts.append(NotedExcerpt(**vars(base), note=item.note.strip()))
    return Pack(title or "Curriculum pack", date.today().isoformat(), tuple(excerpts))


def _heading(number: int, e: Excerpt) -> str:
    return f"{number}. {e.title}, page {e.page}"


def _intro(pack: Pack) -> str:
    excerpts = pack.excerpts
    return (f"Compiled {_long_date(pack.compiled)} from the training archive: {len(excerpts)} excerpts from "
            f"{len({e.doc_id for e in excerpts})} documents.")


def render_markdown(pack: Pack) -> str:
    md = markdown_safe
    out = [f"# {md(pack.title)}", "", _intro(pack), ""]
    for n, e in enumerate(pack.excerpts, 1):
        marked = "".join(f"**{md(piece)}**" if matched else md(piece) for piece, matched in e.text.parts())
        out += [f"## {md(_heading(n, e))}", "", *[f"> {line}" for line in _sentences(marked)], ""]
        if getattr(e, "note", ""):
            out += [f"Note: {md(' '.join(e.note.split()))}", ""]
        out += [f"*{md(e.citation)}*", ""]
    out += ["## Reading list", ""]
    out += [f"- {md(line)}" for line in _reading_list(pack.excerpts)]
    return "\n".join(out) + "\n"


def render_html(pack: Pack) -> str:
    esc = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{esc(pack.title)}</title>",
           "<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}"
           "blockquote{border-left:4px solid #bbb;margin:0;padding:0 1em}mark{background:#ffe58a}"
           ".note{background:#f3f3f3;padding:.4em .8em}"
           "cite{display:block;color:#555;font-size:.9em;margin:.4em 0 1.6em}</style></head><body>",
           f"<h1>{esc(pack.title)}</h1>", f"<p>{esc(_intro(pack))}</p>"]
    for n, e in enumerate(pack.excerpts, 1):
        marked = "".join(f"<mark>{esc(piece)}</mark>" if matched else esc(piece) for piece, matched in e.text.parts())
        out += [f"<h2>{esc(_heading(n, e))}</h2>", f"<blockquote><p>{marked}</p></blockquote>"]
        if getattr(e, "note", ""):
            out.append(f"<p class=\"note\"><strong>Note:</strong> {esc(e.note)}</p>")
        out.append(f"<cite>{esc(e.citation)}</cite>")
    out += ["<h2>Reading list</h2>", "<ul>", *[f"<li>{esc(line)}</li>" for line in _reading_list(pack.excerpts)],
            "</ul>", "</body></html>"]
    return "\n".join(out) + "\n"
