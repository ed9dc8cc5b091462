"""Metadata tagging: a document's pages in, Dublin Core-style values with provenance out.

A pure pipeline stage: no database, no files written, no network, no module
state beyond read-only caches (the compiled vocabulary matchers, the language
model, pycountry's names).  Inputs and outputs are frozen and picklable, so the
stage runs in any executor.

    tags = tag_document(pages, "box-12/1987/agenda.tif")
    tags.first("dc.title"), tags.first("dc.date"), tags.all("dc.subject")

Each value names the rule that produced it and a confidence (0..1), so the archive
can store it as provenance `auto` and let archivists' values win.  Fields:

==================  ==========================================================
dc.title            the heading from the page layout (title.py)
dc.date             the document's date, ISO YYYY / YYYY-MM / YYYY-MM-DD (dates.py)
metp.date_mentioned every other date found in the text or the source name
dc.type             agenda, handout, trainer guide, manual, worksheet, evaluation form,
                    sign-in sheet, letter, memo, flyer, newsletter, report, slides
dc.subject          the vocabulary's preferred terms, themes and skills (subjects.py)
dc.coverage         countries by their common English name (places.py)
dc.language         ISO 639-1 code (language.py, py3langid)
dc.description      the first sentences of the body text
metp.audience       the vocabulary's audience terms (audience.py)
metp.event          e.g. "1987 Midwest Regional Training" (event.py)
==================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from metp.pipeline.model import Page
from metp.pipeline.tagging import audience, dates, description, doctype, event, language, places, subjects, title
from metp.pipeline.tagging.layout import build_layout
from metp.pipeline.tagging.vocabulary import Term, TypeCues, Vocabulary, load_vocabulary

__all__ = ["TagValue", "Tags", "Term", "TypeCues", "Vocabulary", "load_vocabulary", "tag_document", "FIELDS"]

FIELDS = ("dc.title", "dc.date", "dc.type", "dc.subject", "dc.coverage", "dc.language", "dc.description",
          "metp.audience", "metp.event", "metp.date_mentioned")


@dataclass(frozen=True)
class TagValue:
    field: str         # one of FIELDS
    value: str
    rule: str          # the rule or model that produced it, e.g. "date:heading-full-date"
    confidence: float  # 0..1


@dataclass(frozen=True)
class Tags:
    values: tuple[TagValue, ...]
    warnings: tuple[str, ...] = ()

    def first(self, field: str) -> str | None:
        """The field's best value (values of a field come best first)."""
        return next((v.value for v in self.values if v.field == field), None)

    def all(self, field: str) -> list[str]:
        return [v.value for v in self.values if v.field == field]

    def get(self, field: str) -> list[TagValue]:
        return [v for v in self.values if v.field == field]


def tag_document(pages: Sequence[Page], source_name: str, vocabulary: Vocabulary | None = None,
                 today: date | None = None, budget_s: float = 20.0) -> Tags:
    """Tag one document from its pages (in order) and its original path (`source_name`).

    `vocabulary` defaults to the shipped one (load it once with `load_vocabulary` and pass
    it in when tagging many documents). `today` bounds plausible dates (default: today).
    """
    vocabulary = vocabulary if vocabulary is not None else _default_vocabulary()
    layout = build_layout(pages)
    out: list[TagValue] = []

    boiler = {id(ln) for ln in layout.lines if title.is_boilerplate(ln, vocabulary)}
    zone = title.title_zone(layout, vocabulary)
    zone_ids = {id(ln) for ln in zone}

    kind = doctype.classify(layout, vocabulary, zone) if layout.lines else None
    found = dates.find_dates(layout, source_name, zone, today)
    doc_date = found.document
    heading = title.find_title(layout, vocabulary, kind.type if kind else None,
                               doc_date.text if doc_date and doc_date.precision == 2 else None)

    if heading:
        out.append(TagValue("dc.title", heading.value, heading.rule, heading.confidence))
    if doc_date:
        out.append(TagValue("dc.date", doc_date.value, doc_date.rule, found.confidence))
    if kind:
        out.append(TagValue("dc.type", kind.type, kind.rule, kind.confidence))

    title_ids = {id(ln) for ln in heading.lines} if heading else set()
    for ev in subjects.find_subjects(layout, vocabulary, title_ids, zone_ids, boiler):
        out.append(TagValue("dc.subject", ev.term.preferred, f"subject:vocabulary-{ev.best_rule}",
                            subjects.confidence(ev)))
    for place in places.find_places(layout, vocabulary, boiler):
        rule = "place:pycountry-name" if place.names else "place:demonym"
        out.append(TagValue("dc.coverage", place.country, rule, places.confidence(place)))
    lang = language.identify(layout, vocabulary.languages, boiler)
    if lang:
        out.append(TagValue("dc.language", lang.code, "lang:py3langid", lang.confidence))
    summary = description.first_sentences(layout.lines, boiler | title_ids | zone_ids)
    if summary:
        out.append(TagValue("dc.description", summary, "description:first-sentences", 0.3))
    for ev in audience.find_audience(layout, vocabulary, title_ids, zone_ids, boiler):
        out.append(TagValue("metp.audience", ev.term.preferred, f"audience:vocabulary-{ev.best_rule}",
                            subjects.confidence(ev)))
    happening = event.find_event(list(heading.lines if heading else ()) + zone, doc_date.year if doc_date else None)
    if happening:
        out.append(TagValue("metp.event", happening.value, happening.rule, happening.confidence))
    for other in found.mentioned:
        out.append(TagValue("metp.date_mentioned", other.value, other.rule, round(other.score, 2)))
    return Tags(tuple(out))


@lru_cache(maxsize=1)
def _default_vocabulary() -> Vocabulary:
    """The shipped vocabulary, read once per process (it is immutable)."""
    return load_vocabulary()
