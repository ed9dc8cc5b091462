"""The training event an item belongs to, e.g. "1987 Midwest Regional Training".

Looked for in the title and the title zone: a run of capitalised words (or a
year) ending in an event noun (Training, Conference, Workshop, Camp, Retreat,
Institute, Lobby Day, ...), with at least one specific word before the noun
("Monthly Meeting" and "Training for Trainers" are not events).  A season is
dropped, and the year comes from the phrase or else from the document's date:
the value is "YEAR Name".

Bound: it reads the title and the title zone only (a few lines of at most
layout.LINE_CHARS characters), each in one pass over its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from metp.pipeline.tagging.layout import Line

_NOUNS = ("training", "trainings", "conference", "workshop", "meeting", "retreat", "institute", "camp", "assembly",
          "summit", "gathering", "weekend", "convention", "seminar", "symposium", "forum", "encuentro", "congreso",
          "rencontre", "colloque", "jornada", "jornadas")
_COMPOUND_NOUNS = ("lobby day", "action day", "training day", "study day", "youth day")
_STOP = {"the", "a", "an", "of", "for", "on", "to", "and", "in", "at", "by", "with", "our", "your", "de", "la", "le",
         "el", "du", "des", "y", "et"}
_GENERIC = {"monthly", "weekly", "annual", "next", "first", "last", "group", "general", "regular", "local", "special",
            "this", "new", "open", "public", "board", "staff", "committee", "team", "planning", "evaluation"}
_SEASONS = {"spring", "summer", "fall", "autumn", "winter"}
_BREAKS = re.compile(r"[:;,.!?()\"“”]|\s[-–—]+\s|--")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*|\d{4}")


@dataclass(frozen=True)
class EventGuess:
    value: str
    rule: str
    confidence: float


def find_event(lines: list[Line], document_year: int | None) -> EventGuess | None:
    for line in lines:
        guess = _in_line(line.text, document_year)
        if guess:
            return guess
    return None


def _in_line(text: str, document_year: int | None) -> EventGuess | None:
    for segment in _BREAKS.split(text):  # a field label or a dash ends a phrase ("Subject: LOBBY DAY")
        run: list[str] = []
        for tok in _TOKEN.findall(segment) + [""]:
            capital = tok[:1].isupper() or tok.isdigit()
            if tok and capital and tok.lower() not in _STOP:
                run.append(tok)
                continue
            guess = _from_run(run, document_year)
            if guess:
                return guess
            run = []
    return None


def _from_run(run: list[str], document_year: int | None) -> EventGuess | None:
    if len(run) < 2:
        return None
    lowered = [t.lower() for t in run]
    end = None
    for i in range(len(run), 0, -1):  # the longest prefix that ends in an event noun
        tail2 = " ".join(lowered[i - 2:i]) if i >= 2 else ""
        if tail2 in _COMPOUND_NOUNS:
            end, noun_len = i, 2
            break
        if lowered[i - 1] in _NOUNS:
            end, noun_len = i, 1
            break
    if end is None:
        return None
    words = run[:end]
    year = next((int(t) for t in words if t.isdigit()), None)
    name = [t for t in words if not t.isdigit() and t.lower() not in _SEASONS]
    qualifiers = [t for t in name[:len(name) - noun_len] if t.lower() not in _GENERIC]
    if not qualifiers and not (noun_len == 2 and (year or document_year)):
        return None  # "Monthly Meeting" is no event; "1995 Lobby Day" is
    year = year or document_year
    title = " ".join(t if not t.isupper() or len(t) <= 3 and t in ("UN", "USA", "HRE") else t.capitalize()
                     for t in name)
    value = f"{year} {title}" if year else title
    return EventGuess(value, "event:title-zone-phrase", 0.6 if year else 0.5)
