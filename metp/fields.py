"""The one registry of metadata fields: every layer derives what it needs about a field from here.

A row says, for one descriptive field: its metadata name (what the catalog, `metp tag`, the accession
CSV and exports call it), whether it holds one value or several, whether and how the search index
keeps it, its facet and query names, the `metp search` option that filters on it, and the Dublin Core
element it is exported as.  The index schema and writer, page records, facets, filters, query
aliases, CLI options, the tag/CSV field list and the exports are built from these rows, so adding a
field is one row here plus the tagger that fills it (`metp/pipeline/tagging/`).

    FIELD                  key        index    facet  option       aliases            export
    dc.type                type       keyword  yes    --type       doc_type           dc:type
    dc.subject             subject    keyword  yes    --subject    topic              dc:subject
    ...

Dates are one field with two derived index columns: the year (numeric, for `date:1985..1990`,
`--from`/`--to` and date order) and the decade (a facet, `--decade`, `decade:1980s`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class IndexAs(str, Enum):
    none = "none"        # catalogued and exported, not searchable by field
    text = "text"        # analysed words, searchable with `key:word` (and, for the title, scored)
    keyword = "keyword"  # exact values (lower-cased), comma-separated when multi-valued: facets, filters
    id = "id"            # one exact value, stored as is (the ISO date)


@dataclass(frozen=True)
class Field:
    name: str                        # metadata name: dc.subject
    key: str                         # index field, facet, filter and query name: subject
    label: str                       # for people: "Subject"
    multi: bool                      # repeatable (a column repeated per value in CSV)
    index: IndexAs = IndexAs.none
    facet: bool = False              # counted among the matches of a search, and browsable
    option: str | None = None        # the `metp search` filter option, e.g. "--subject"
    aliases: tuple[str, ...] = ()    # other names accepted in queries: `topic:torture`
    dc_element: str | None = None    # Dublin Core element in exports (None: metp's own, JSONL/CSV only)
    help: str = ""                   # the filter option's help text
    dc_prefix: str = ""              # written before the value in Dublin Core ("audience: student groups")
    tagged: bool = False             # filled by the automatic tagging stage (metp/pipeline/tagging/)

    @property
    def searchable(self) -> bool:
        return self.index is not IndexAs.none


DC_ELEMENTS = ("title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
               "format", "identifier", "source", "language", "relation", "coverage", "rights")

FIELDS: tuple[Field, ...] = (
    Field("dc.title", "title", "Title", False, IndexAs.text, dc_element="title", tagged=True),
    Field("dc.date", "date", "Date", False, IndexAs.id, dc_element="date", tagged=True),
    Field("dc.type", "type", "Type", False, IndexAs.keyword, facet=True, option="--type", aliases=("doc_type",),
          dc_element="type", help="Only documents of this type (agenda, handout, letter, ...).", tagged=True),
    Field("dc.subject", "subject", "Subject", True, IndexAs.keyword, facet=True, option="--subject",
          aliases=("topic",), dc_element="subject", help="Only documents with this subject (a vocabulary term).",
          tagged=True),
    Field("metp.audience", "audience", "Audience", True, IndexAs.keyword, facet=True, option="--audience",
          help="Only documents for this audience.", dc_element="subject", dc_prefix="audience: ", tagged=True),
    Field("dc.coverage", "place", "Place", True, IndexAs.keyword, facet=True, option="--place",
          aliases=("coverage", "country"), dc_element="coverage", help="Only documents about this country.",
          tagged=True),
    Field("dc.language", "language", "Language", True, IndexAs.keyword, facet=True, option="--lang",
          aliases=("lang",), dc_element="language",
          help="Only documents in this language (ISO 639-1, e.g. en).", tagged=True),
    Field("metp.event", "event", "Event", False, IndexAs.text, tagged=True),
    Field("dc.description", "description", "Description", False, dc_element="description", tagged=True),
    Field("metp.date_mentioned", "date_mentioned", "Dates mentioned", True, tagged=True),
    # `restricted` hides the document from `metp serve --public` (search, browse, pages, images, original)
    Field("metp.access", "access", "Access", False, IndexAs.keyword),
    *(Field(f"dc.{e}", e, e.capitalize(), True, dc_element=e)
      for e in ("creator", "publisher", "contributor", "relation", "rights", "format", "identifier", "source")),
)

# Derived from the date, not tagged: `decade` is a facet and filter of its own.
DECADE = Field("dc.date", "decade", "Decade", False, IndexAs.keyword, facet=True, option="--decade",
               help="Only documents from this decade, e.g. 1980s.")

BY_NAME = {f.name: f for f in FIELDS}
BY_KEY = {f.key: f for f in FIELDS}
SINGLE_VALUED = frozenset(f.name for f in FIELDS if not f.multi)
# Facets in the order people look at them: what it is, when, about what, for whom, where, in which language.
FACETS: tuple[Field, ...] = (BY_KEY["type"], DECADE, BY_KEY["subject"], BY_KEY["audience"], BY_KEY["place"],
                             BY_KEY["language"])
FILTERS: tuple[Field, ...] = tuple(f for f in FACETS if f.option)
# What each indexed page carries of its document's metadata (the title is the document's own, kept apart).
INDEXED: tuple[Field, ...] = tuple(f for f in FIELDS if f.searchable and f.key != "title")
# Catalogue fields metp computes itself (never tagged or edited): they describe the file, not its content.
TECHNICAL = ("dc.identifier", "dc.format", "dc.source", "metp.pages", "metp.ocr_confidence", "metp.sha256",
             "metp.batch")
EDITABLE = tuple(f.name for f in FIELDS)
TAGGED = tuple(f.name for f in FIELDS if f.tagged)


def field_named(name: str) -> Field | None:
    return BY_NAME.get(name.strip().lower())
