"""Metadata tagging: a document's pages in, Dublin Core-style values with provenance out.

A pure pipeline stage: no database, no files written, no network, no module
state beyond read-only caches (the compiled vocabulary matchers, the language
model, pycountry's names).  Inputs and outputs are frozen and picklable, so the
stage runs in any executor.

    tags = tag_document(pages, "box-12/1987/agenda.tif", today=batch_date)
    tags.first("dc.title"), tags.first("dc.date"), tags.all("dc.subject"), tags.warnings

Each value names the rule that produced it and a confidence (0..1), so the archive
can store it as provenance `auto` and let archivists' values win.  Fields:

==================  ==========================================================
dc.title            the heading from the page layout, else the first wordy line, else the
                    file name: always present (title.py)
dc.date             the document's date, ISO YYYY / YYYY-MM / YYYY-MM-DD (dates.py)
metp.date_mentioned every other date found in the text or the source name
dc.type             agenda, handout, trainer guide, manual, worksheet, evaluation form,
                    sign-in sheet, letter, memo, flyer, newsletter, report, slides; none
                    without evidence (doctype.py)
dc.subject          the vocabulary's preferred terms, themes and skills (subjects.py)
dc.coverage         countries by their common English name (places.py)
dc.language         ISO 639-1 code (language.py, py3langid)
dc.description      the first sentences of the body text
metp.audience       the vocabulary's audience terms (audience.py)
metp.event          e.g. "1987 Midwest Regional Training" (event.py)
==================  ==========================================================

Nothing a document contains stops, hangs or corrupts a batch:

- *Bounded work.*  Every stage reads the layout's window of the document (its
  first 200,000 characters and its last lines, lines cut to 2,000 characters;
  see layout.py) and is linear in it, so a document of any size is tagged in
  bounded time (each module's docstring states its bound).
- *Failures are data.*  Each stage (title, dates, type, subjects, places,
  language, description, audience, event) runs contained: an exception in one
  becomes a line in `Tags.warnings` and the others still run.
- *A time budget.*  `budget_s` (20 s by default) is checked between stages on a
  monotonic clock; the stages not reached are named in a warning.  A title is
  given even then.
- *Deterministic.*  `today`, the reference date for plausible years and
  two-digit years, is the caller's (the batch's date): nothing reads the clock
  for dates, so the same pages always give the same tags.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TypeVar

from metp.fields import TAGGED
from metp.pipeline.model import Page
from metp.pipeline.tagging import audience, dates, description, doctype, event, language, places, subjects, title
from metp.pipeline.tagging.layout import Layout, build_layout
from metp.pipeline.tagging.vocabulary import Term, TypeCues, Vocabulary, load_vocabulary

__all__ = ["TagValue", "Tags", "Term", "TypeCues", "Vocabulary", "load_vocabulary", "tag_document", "FIELDS",
           "STAGES", "Deadline", "tag_until"]

FIELDS = TAGGED  # what this stage fills, as the field registry (metp/fields.py) says
STAGES = ("type", "dates", "title", "subjects", "places", "language", "description", "audience", "event")
T = TypeVar("T")


@dataclass(frozen=True)
class TagValue:
    field: str         # one of FIELDS
    value: str
    rule: str          # the rule or model that produced it, e.g. "date:heading-full-date"
    confidence: float  # 0..1


@dataclass(frozen=True)
class Tags:
    values: tuple[TagValue, ...]
    warnings: tuple[str, ...] = ()  # one short, user-readable line per problem (a stage failed or was not reached)

    def first(self, field: str) -> str | None:
        """The field's best value (values of a field come best first)."""
        return next((v.value for v in self.values if v.field == field), None)

    def all(self, field: str) -> list[str]:
        return [v.value for v in self.values if v.field == field]

    def get(self, field: str) -> list[TagValue]:
        return [v for v in self.values if v.field == field]


@dataclass(frozen=True)
class Deadline:
    """When tagging stops, on a monotonic clock (tests pass a clock of their own)."""

    at: float
    budget_s: float
    clock: Callable[[], float] = time.monotonic

    @classmethod
    def after(cls, budget_s: float, clock: Callable[[], float] = time.monotonic) -> "Deadline":
        budget = budget_s if budget_s >= 0 else 0.0  # a negative or NaN budget is no time at all
        return cls(clock() + budget, budget, clock)

    def passed(self) -> bool:
        return self.clock() >= self.at


def tag_document(pages: Sequence[Page], source_name: str, vocabulary: Vocabulary | None = None, *,
                 today: date, budget_s: float = 20.0) -> Tags:
    """Tag one document from its pages (in order) and its original path (`source_name`).

    `vocabulary` defaults to the shipped one (load it once with `load_vocabulary` and pass
    it in when tagging many documents).  `today` is the reference date (the batch's date):
    no date after its year is plausible, and two-digit years are read relative to it.
    Never raises; stops between stages once `budget_s` seconds have passed; always gives
    a title.  Problems are listed in `Tags.warnings`.
    """
    return tag_until(pages, source_name, vocabulary, today=today, deadline=Deadline.after(budget_s))


def tag_until(pages: Sequence[Page], source_name: str, vocabulary: Vocabulary | None, *, today: date,
              deadline: Deadline) -> Tags:
    """`tag_document` with an explicit deadline."""
    run = _Run(deadline)
    prepared = run.prepare(pages, vocabulary)
    if prepared is None:
        return run.tags([_title_value(title.fallback_title(pages, source_name))], title_skipped=True)
    vocabulary, layout, boiler, zone = prepared
    zone_ids = {id(ln) for ln in zone}

    kind = run.stage("type", lambda: doctype.classify(layout, vocabulary, zone) if layout.lines else None)
    found = run.stage("dates", lambda: dates.find_dates(layout, source_name, zone, today))
    doc_date = found.document if found else None
    heading = run.stage("title", lambda: title.find_title(
        layout, vocabulary, kind.type if kind else None, source_name,
        doc_date.text if doc_date and doc_date.precision == 2 else None))
    title_skipped = heading is None
    if heading is None:
        heading = title.fallback_title(pages, source_name)
    title_ids = {id(ln) for ln in heading.lines}

    out: list[TagValue] = [_title_value(heading)]
    if doc_date:
        out.append(TagValue("dc.date", doc_date.value, doc_date.rule, found.confidence))
    if kind:
        out.append(TagValue("dc.type", kind.type, kind.rule, kind.confidence))
    skip = boiler | title_ids | zone_ids
    out += run.stage("subjects", lambda: _subjects(layout, vocabulary, title_ids, zone_ids, boiler,
                                                   kind.type if kind else None)) or []
    out += run.stage("places", lambda: _places(layout, vocabulary, boiler)) or []
    out += run.stage("language", lambda: _language(layout, vocabulary, boiler)) or []
    out += run.stage("description", lambda: _description(layout, skip)) or []
    out += run.stage("audience", lambda: _audience(layout, vocabulary, title_ids, zone_ids, boiler,
                                                   kind.type if kind else None)) or []
    out += run.stage("event", lambda: _event(list(heading.lines) + zone, doc_date)) or []
    for other in found.mentioned if found else ():
        out.append(TagValue("metp.date_mentioned", other.value, other.rule, round(other.score, 2)))
    return run.tags(out, title_skipped)


def _subjects(layout: Layout, vocabulary: Vocabulary, title_ids: set[int], zone_ids: set[int],
              boiler: set[int], doc_type: str | None = None) -> list[TagValue]:
    return [TagValue("dc.subject", ev.term.preferred, f"subject:vocabulary-{ev.best_rule}", subjects.confidence(ev))
            for ev in subjects.find_subjects(layout, vocabulary, title_ids, zone_ids, boiler, doc_type)]


def _places(layout: Layout, vocabulary: Vocabulary, boiler: set[int]) -> list[TagValue]:
    return [TagValue("dc.coverage", place.country, place.rule, places.confidence(place))
            for place in places.find_places(layout, vocabulary, boiler)]


def _language(layout: Layout, vocabulary: Vocabulary, boiler: set[int]) -> list[TagValue]:
    lang = language.identify(layout, vocabulary.languages, boiler)
    return [TagValue("dc.language", lang.code, "lang:py3langid", lang.confidence)] if lang else []


def _description(layout: Layout, skip: set[int]) -> list[TagValue]:
    summary = description.first_sentences(layout.lines, skip)
    return [TagValue("dc.description", summary, "description:first-sentences", 0.3)] if summary else []


def _audience(layout: Layout, vocabulary: Vocabulary, title_ids: set[int], zone_ids: set[int],
              boiler: set[int], doc_type: str | None = None) -> list[TagValue]:
    series = title.series_lines(layout, vocabulary)  # "TRAINERS' KIT -- ... -- TRAINER'S NOTES": whom it is for
    return [TagValue("metp.audience", ev.term.preferred, f"audience:vocabulary-{ev.best_rule}",
                     subjects.confidence(ev))
            for ev in audience.find_audience(layout, vocabulary, title_ids, zone_ids | series, boiler - series,
                                             doc_type)]


def _event(lines: list, doc_date: dates.DateFound | None) -> list[TagValue]:
    happening = event.find_event(lines, doc_date.year if doc_date else None)
    return [TagValue("metp.event", happening.value, happening.rule, happening.confidence)] if happening else []


class _Run:
    """One document's tagging: the deadline, checked before each stage, and the warnings."""

    def __init__(self, deadline: Deadline):
        self.deadline = deadline
        self.warnings: list[str] = []
        self.skipped: list[str] = []

    def prepare(self, pages: Sequence[Page], vocabulary: Vocabulary | None
                ) -> tuple[Vocabulary, Layout, set[int], list] | None:
        """The vocabulary, the layout (from the text alone if the word boxes cannot be read), the
        boilerplate lines and the title zone; None when even that failed or time is up."""
        if self.deadline.passed():
            self.skipped.extend(STAGES)
            return None
        try:
            vocabulary = vocabulary if vocabulary is not None else _default_vocabulary()
        except Exception as exc:  # a broken installation must not stop the batch
            self.warnings.append(f"tagging: the vocabulary could not be read ({_describe(exc)}); "
                                 "only a title was given; please report")
            return None
        for use_boxes in (True, False):
            try:
                layout = build_layout(pages, use_boxes)
                boiler = {id(ln) for ln in layout.lines if title.is_boilerplate(ln, vocabulary)}
                return vocabulary, layout, boiler, title.title_zone(layout, vocabulary)
            except Exception as exc:  # a bug in the layout code: try without the boxes, then give up
                if use_boxes and _has_words(pages):
                    self.warnings.append(f"tagging: the word boxes could not be read ({_describe(exc)}); "
                                         "the text was tagged without them; please report")
                    continue
                self.warnings.append(f"tagging: the document's lines could not be read ({_describe(exc)}); "
                                     "only a title was given; please report")
                return None
        return None

    def stage(self, name: str, work: Callable[[], T]) -> T | None:
        """`work()`, or None when it fails (a warning says so) or time is up (from then on, every
        later stage is skipped)."""
        if self.skipped or self.deadline.passed():
            self.skipped.append(name)
            return None
        try:
            return work()
        except Exception as exc:  # one stage's failure must not cost the others
            self.warnings.append(f"tagging: {name} failed ({_describe(exc)}); other fields were tagged; "
                                 "please report")
            return None

    def tags(self, values: list[TagValue], title_skipped: bool) -> Tags:
        warnings = list(self.warnings)
        if self.skipped:
            note = " (a title was taken from the first wordy line or the file name)" if title_skipped else ""
            warnings.append(f"tagging: stopped at the {self.deadline.budget_s:g} s budget before "
                            f"{', '.join(self.skipped)}; those fields were not tagged{note}")
        return Tags(tuple(values), tuple(warnings))


def _has_words(pages: Sequence[Page]) -> bool:
    try:
        return any(page.words for page in pages)
    except Exception:  # not pages at all: the text-only attempt will say so
        return False


def _title_value(guess: title.TitleGuess) -> TagValue:
    return TagValue("dc.title", guess.value, guess.rule, guess.confidence)


def _describe(exc: BaseException) -> str:
    """An exception as one short line: "ValueError: max() arg is an empty sequence"."""
    message = " ".join(str(exc).split())
    message = message if len(message) <= 120 else message[:119] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


@lru_cache(maxsize=1)
def _default_vocabulary() -> Vocabulary:
    """The shipped vocabulary, read once per process (it is immutable)."""
    return load_vocabulary()
