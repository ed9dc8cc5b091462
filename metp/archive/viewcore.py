"""The views' common base and the search view: the part of views.py a search needs, kept apart so a
one-shot `metp search` does not create the dataclasses of every other view (about 15 ms)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass

from metp.index.records import Hit, Snippet


def json_value(value):
    """A view's value as the JSON contract has it: snippets as escaped HTML with <mark>, views and
    dataclasses as objects of their public fields."""
    if isinstance(value, Snippet):
        return "".join(f"<mark>{html.escape(piece)}</mark>" if matched else html.escape(piece)
                       for piece, matched in value.parts())
    if isinstance(value, View):
        return value.to_json()
    if is_dataclass(value) and not isinstance(value, type):
        return json_fields(value)
    if isinstance(value, Mapping):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    return value


def json_fields(value) -> dict:
    return {f.name: json_value(getattr(value, f.name)) for f in fields(value) if not f.metadata.get("internal")}


class View:
    def to_json(self):
        return json_fields(self)


def internal(**kwargs):
    """A field views carry for renderers (links, paging) that is not part of the JSON contract."""
    return field(metadata={"internal": True}, **kwargs)


# search ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchView(View):
    query: str
    total: int
    hits: tuple[Hit, ...]
    facets: Mapping[str, Mapping[str, int]]
    expanded: Mapping[str, list[str]]
    did_you_mean: str | None
    estimated: bool = False  # total and facet counts are estimates (see the README's Two search engines)
    offset: int = internal(default=0)
    limit: int = internal(default=10)
