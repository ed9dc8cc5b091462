"""What kind of document this is: the type named in its heading, cue words, and its form.

Every type collects points; the best wins and its margin over the runner-up sets the
confidence.  A type named in the heading (the vocabulary's `title` cues) is strong
evidence; body cue words are weak and capped; the form of the page (typecues/: a letter's
salutation and closing, a memo's header, minutes' attendance and decisions, an agenda's
times and sessions, a form's blanks, boxes and scales, a sign-in table, a newsletter's issue
number, a manual's contents, a trainer guide's objectives and instructions ...) is read in
English, Spanish and French.  A type needs MIN_POINTS: with no real evidence (a page of
notes, news prose) the document gets no type rather than a guess.

A type named in the heading counts for its first HEADING_LINES lines only (short lines at the
top of page 1; not a run of long lines in capitals, which is prose set in capitals), and a longer
cue phrase is more specific ("annual report" and "summary of results" over "program" and
"survey").  Kinds of document the type list lacks get no type whatever else they show
(the guidelines): a certificate ("Certificate of ...", "Diploma", "Attestation", "this
certifies that"), a resolution or motion ("Resolution 7", "NOTES that ... INSTRUCTS the
Board"), and a fragment: a page that starts mid-sentence, with no heading, unless its form
alone is strong evidence (a letter's closing, a memo header).  A flyer's heading cues name an
event ("Vigil") and count only on a page with a flyer's form (NEEDS_FORM).

Bound: linear in the layout's text: each rule is a constant number of passes over the
lines, and the cue expressions one pass over the folded text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from metp.ocrtext import strip_accents
from metp.pipeline.tagging.layout import Layout, Line, is_prose
from metp.pipeline.tagging.text import fold
from metp.pipeline.tagging.typecues import Facts, rules
from metp.pipeline.tagging.vocabulary import Vocabulary

MIN_POINTS = 2.5     # less than this is no evidence of a type: no type is given
FRAGMENT_POINTS = 4.5  # a page starting mid-sentence needs the form of a type, not a hint of one
HEADING_LINES = 3    # a type is named at the top: not by a line further down the zone
CUE_WORDS_MAX = 2.0  # body cue words alone ("participants", "comments") never make a type
# A flyer's heading cues name an event ("Vigil", "Benefit concert", "Join us"); so do the headings of
# a vigil's readings, a tip sheet on holding a vigil and notes for planning one.  They count for a
# flyer only on a page that has a flyer's form too (a short page giving a day and a time, a
# when/where block, a call): what the headline announces, not what the document is about.
NEEDS_FORM = frozenset({"flyer"})
_CERTIFICATE = re.compile(r"^\s*(?:certificate|certificado|certificat|diploma|diplome|attestation)\b")
# What only a certificate says ("this is to certify that", "se otorga", "nous certifions que"); an award's
# "presented to" or "in recognition of" is a certificate's too, but a title slide is also "presented to"
# an audience, so those count only under a certificate's heading (which decides alone anyway).
_CERTIFIES = re.compile(r"\b(?:this (?:is to )?certif(?:y|ies)|se otorga|otorgad[oa] a|"
                        r"certifica que|certifie que|certifions que|atteste que|decerne a)\b")
# A resolution or motion of an assembly: its heading, then operative clauses that open with a verb in
# capitals ("NOTES that ...", "BELIEVES that ...", "INSTRUCTS the Board", "CONSIDERA que", "DEMANDE").
_RESOLUTION = re.compile(r"^\s*(?:resolution|resolucion|motion|mocion|proposition de resolution)\b")
_OPERATIVE = re.compile(r"^\s*(?:NOTES|NOTING|BELIEVES|RECOGNI[SZ]ES|RECALLS|AFFIRMS|REAFFIRMS|CONDEMNS|WELCOMES|"
                        r"RESOLVES|DECIDES|INSTRUCTS|CALLS (?:ON|UPON)|URGES|REQUESTS|MANDATES|CONSIDERA|RECUERDA|"
                        r"CONDENA|ACUERDA|RESUELVE|INSTA|PIDE|ENCARGA|CONSTATE|CONSIDERE|RAPPELLE|CONDAMNE|DECIDE|"
                        r"DEMANDE|CHARGE|MANDATE|ESTIME)\b(?![a-z])")
_ITEM = re.compile(r"^\s*(?:[-*•·–]\s|\(?\d{1,2}[.)]\s|[a-h][.)]\s|\d{1,2}[:.h]\d{2}\b)")
_MID_SENTENCE = re.compile(r"^\s*(?:\.\.\.|…|[a-z])")


@dataclass(frozen=True)
class TypeGuess:
    type: str
    confidence: float
    rule: str          # the strongest evidence, e.g. "type:memo-header"
    scores: tuple[tuple[str, float], ...]  # every type's points, best first (for debugging and tests)


def classify(layout: Layout, vocabulary: Vocabulary, heading: list[Line]) -> TypeGuess | None:
    """`heading`: the lines of the title zone (first lines of page 1 that are not boilerplate).
    None when nothing shows what the document is."""
    if not layout.lines or _certificate(layout) or _resolution(layout):
        return None
    points: dict[str, float] = defaultdict(float)
    why: dict[str, tuple[float, str]] = {}
    form: dict[str, float] = defaultdict(float)  # the points that come from the page's form

    def add(doc_type: str, value: float, rule: str) -> None:
        points[doc_type] += value
        if value > why.get(doc_type, (0.0, ""))[0]:
            why[doc_type] = (value, rule)

    def add_form(doc_type: str, value: float, rule: str) -> None:
        form[doc_type] += value
        add(doc_type, value, rule)

    facts = Facts.of(layout)
    heading_lines = [fold(ln.text) for ln in _heading_lines(layout, heading)]
    body_light = " ".join(facts.light)
    pending: list[tuple[str, float]] = []
    for doc_type, (title_re, body_re, body_literal) in vocabulary.type_matchers.items():
        if title_re is not None:
            cue = max((len(m.group().split()) + (m.group() == folded) for folded in heading_lines
                       for m in title_re.finditer(folded)), default=0)
            if cue and doc_type in NEEDS_FORM:
                pending.append((doc_type, 4.5 + 0.5 * cue))
            elif cue:  # the longer the cue (or a line that is only the cue), the more specific
                add(doc_type, 4.5 + 0.5 * cue, "type:heading-cue")
        hits = set()
        if body_re is not None:
            hits |= set(body_re.findall(layout.folded))
        if body_literal is not None:
            hits |= set(body_literal.findall(body_light))
        if hits:
            add(doc_type, min(CUE_WORDS_MAX, 0.75 * len(hits)), "type:cue-words")
    for rule in rules():
        rule(facts, add_form)
    for doc_type, value in pending:  # "Vigil", "Benefit concert": a flyer's headline if the page is one
        if form[doc_type] > 0:
            add(doc_type, value, "type:heading-cue")
    if not points:
        return None
    ranked = sorted(points.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    if top < MIN_POINTS or (_fragment(layout) and form[best] < FRAGMENT_POINTS):
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (top - second) / top if top else 0.0
    confidence = round(min(0.97, 0.35 + 0.45 * margin + 0.02 * min(top, 10)), 2)
    return TypeGuess(best, confidence, why[best][1], tuple((t, round(p, 2)) for t, p in ranked))


def _heading_lines(layout: Layout, zone: list[Line]) -> list[Line]:
    """The heading: the first HEADING_LINES lines of the title zone, continued by the next short
    lines of page 1 when the zone is shorter (a masthead over its subtitle and date), leaving out
    long lines and lines of a run of long lines in capitals (prose set in capitals, as in a wire story)."""
    top = list(zone[:HEADING_LINES])
    if top and len(top) < HEADING_LINES:
        first = layout.first_page
        after = next((k + 1 for k, ln in enumerate(first) if ln is top[-1]), len(first))
        for ln in first[after:after + HEADING_LINES - len(top)]:
            if is_prose(ln) or ln.n_words > 10 or _ITEM.match(ln.text):
                break
            top.append(ln)
    out = []
    for i, ln in enumerate(top):
        if ln.n_words > 16 or (ln.n_words > 10 and ln.upper < 0.8):
            continue
        run = [n for n in top[max(0, i - 2):i + 3] if n.upper >= 0.8 and n.n_words >= 7]
        if ln.upper >= 0.8 and ln.n_words >= 7 and len(run) >= 3:
            continue
        out.append(ln)
    return out


def _certificate(layout: Layout) -> bool:
    """A certificate or award, a kind of document the type list lacks (the guidelines): headed
    "Certificate ...", "Diploma", "Attestation", or saying "this certifies", "se otorga", "nous
    certifions que" on one short page (not "presented to", which a title slide says too)."""
    if layout.pages_read > 1 or sum(ln.n_words for ln in layout.lines) > 150:
        return False
    top = [strip_accents(ln.text).lower() for ln in layout.lines[:8]]
    return any(_CERTIFICATE.match(t) for t in top[:3]) or any(_CERTIFIES.search(t) for t in top)


def _resolution(layout: Layout) -> bool:
    """The text of a resolution or motion (another kind the type list lacks): headed "Resolution
    ..." or "Motion ...", with two or more operative clauses ("NOTES that", "INSTRUCTS the Board")."""
    if not any(_RESOLUTION.match(strip_accents(ln.text).lower()) for ln in layout.lines[:6]):
        return False
    return sum(1 for ln in layout.lines if _OPERATIVE.match(strip_accents(ln.text))) >= 2


def _fragment(layout: Layout) -> bool:
    """A page that starts mid-sentence ("of the prisoners held...", "...and then"), no heading."""
    top = layout.lines[0]
    return bool(_MID_SENTENCE.match(top.text)) and top.n_words >= 6 and top.upper < 0.5 and not top.centred
