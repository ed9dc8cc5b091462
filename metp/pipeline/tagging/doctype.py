"""What kind of document this is: cue words (from the vocabulary) plus layout rules.

Every type collects points; the best wins and its margin over the runner-up sets
the confidence.  A type named in the heading (the vocabulary's `title` cues) is
strong evidence; body cue words are weak and capped; layout rules read the shape
of the page: a column of times (agenda), a To/From/Subject block (memo), a
salutation and a closing (letter), rating scales (evaluation form), a
Name/Phone/Group header over blank rules (sign-in sheet), fill-in blanks
(worksheet), slide numbers and sparse large text (slides), mostly centred short
lines (flyer), Vol./No. (newsletter), chapters and numbered sections (manual),
timed steps (trainer guide), a short announcement of a time and place (flyer).
A type needs MIN_POINTS: with no real evidence (a page of notes, a fragment, news
prose) the document gets no type rather than a guess.

A type named in the heading counts for its heading lines only (short lines of the
title zone, not prose that happens to be there), and a longer cue phrase is more
specific ("annual report" and "summary of results" over "program" and "survey").
An email or letter that opens with a greeting ("Dear ...", "Hi everyone,") is a
letter even under To/From/Subject lines; without one, those lines make a memo.

Bound: linear in the layout's text: each rule is one pass over the lines, and
the cue expressions one pass over the folded text.  ("A ... then B" cues are two
searches, not one `A.*B` expression, which backtracks over the rest of the line
for every A: quadratic on a long line.)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from metp.ocrtext import strip_accents
from metp.pipeline.tagging.layout import Layout, Line, is_prose
from metp.pipeline.tagging.text import CLOSING, SALUTATION, fold
from metp.pipeline.tagging.vocabulary import Vocabulary

_TIME = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:am|pm|a\.m\.|p\.m\.|h))?"
                   r"(?:\s*[-–]\s*\d{1,2}[:.]?\d{0,2})?\b", re.I)
_HEADER_FIELD = re.compile(r"^\s*(to|from|subject|subj|re|date|cc|attn|de|para|asunto|objet|a|fecha)\s*:", re.I)
_RATING_DIGITS = re.compile(r"(?:\b[1-5]\b\W+){3,}\b[1-5]\b")
_RATING_WORDS = re.compile(r"strongly agree|strongly disagree|\byes\b\s+\bno\b\s*$|very useful|not useful", re.I)
_RATING_PAIRS = ((re.compile(r"\bpoor\b", re.I), re.compile(r"\bexcellent\b", re.I)),
                 (re.compile(r"\bnot at all\b", re.I), re.compile(r"\bvery\b", re.I)))
_BLANK = re.compile(r"_{6,}|\.{10,}")
_NAME_COLUMN = re.compile(r"\b(?:names?|nombres?|noms?|nom et prenom|nombre y apellidos)\b", re.I)
_SIGNIN_COLS = re.compile(r"\b(address|phone|telephone|tel|e-?mail|group|school|organi[sz]ation|signature|"
                          r"affiliation|chapter|city|town|grupo|telefono|teléfono|firma|direccion|dirección|correo|"
                          r"groupe|adresse|courriel|signature)\b", re.I)
_SLIDE = re.compile(r"^\s*(?:slide|overhead|transparency|diapositiva|diapositive)\s*#?\s*\d+\b", re.I)
_VOLUME = (re.compile(r"\bvol(?:ume)?\.?\s*[ivxlc\d]+\b", re.I), re.compile(r"\b(?:no|number|issue)\.?\s*\d+", re.I))
_ISSUE = re.compile(r"\bin this issue\b|\bthis issue\b|\bnext issue\b", re.I)
_REPORT_HEADS = re.compile(r"^(?:\d+\.?\s+)?(?:executive summary|summary|findings|recommendations|conclusions?|"
                           r"introduction|background|results|methodology|outcomes)\s*:?$", re.I)
_CHAPTER = re.compile(r"^\s*(?:chapter|section|part|unit)\s+(?:\d+|[ivx]+)\b|^\s*\d+\.\d+\s+\S|^\s*(?:table of )?contents\s*$",
                      re.I)
_TIMED_STEP = re.compile(r"\(\s*\d+\s*min(?:utes|utos|s)?\.?\s*\)|^\s*(?:step|paso|etape|étape)\s+\d+\b|"
                         r"\btime needed\b|\b(?:duration|duracion|duración|durée|duree)\s*:", re.I)
_GREETING = re.compile(r"^\s*(?:hi|hello|greetings|hola|bonjour|salut|dear)\b[^.!?]{0,40}[,:!]\s*$", re.I)
_ISSUE_NO = re.compile(r"\b(?:issue|num\.?|núm\.?|numero|número|n[°º]|no\.)\s*\d+\b", re.I)
_EVENT_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)\b|\b\d{1,2}h\d\d\b|\bnoon\b|"
                         r"\bmidnight\b|\bmediodia\b|\bmidi\b", re.I)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
                      r"miércoles|jueves|viernes|sabado|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                      r"dimanche)\b", re.I)
MIN_POINTS = 2.5     # less than this is no evidence of a type: no type is given
CUE_WORDS_MAX = 2.0  # body cue words alone ("participants", "comments") never make a type
FLYER_WORDS = 200  # an announcement is short
_LIST_LINE = re.compile(r"^\s*(?:[-*•·–]\s+\S|\(?\d{1,2}[.)]\s+\S|\(?[a-h][.)]\s+\S)")
_QA = re.compile(r"^\s*(?:q|p|question|pregunta)\s*[.:]\s+\S", re.I)
_WHEN_WHERE = re.compile(r"^\s*(?:when|where|date|time|place|cuando|donde|quand|ou)\s*:", re.I)


@dataclass(frozen=True)
class TypeGuess:
    type: str
    confidence: float
    rule: str          # the strongest evidence, e.g. "type:memo-header"
    scores: tuple[tuple[str, float], ...]  # every type's points, best first (for debugging and tests)


def classify(layout: Layout, vocabulary: Vocabulary, heading: list[Line]) -> TypeGuess | None:
    """`heading`: the lines of the title zone (first lines of page 1 that are not boilerplate).
    None when nothing shows what the document is."""
    points: dict[str, float] = defaultdict(float)
    why: dict[str, tuple[float, str]] = {}

    def add(doc_type: str, value: float, rule: str) -> None:
        points[doc_type] += value
        if value > why.get(doc_type, (0.0, ""))[0]:
            why[doc_type] = (value, rule)

    heading_lines = [fold(ln.text) for ln in heading if ln.n_words <= 10 or ln.upper >= 0.8]
    body_light = " ".join(_light(ln.text) for ln in layout.lines)
    for doc_type, (title_re, body_re, body_literal) in vocabulary.type_matchers.items():
        if title_re is not None:
            cue = max((len(m.group().split()) + (m.group() == folded) for folded in heading_lines
                       for m in title_re.finditer(folded)), default=0)
            if cue:  # the longer the cue (or a line that is only the cue), the more specific
                add(doc_type, 4.5 + 0.5 * cue, "type:heading-cue")
        hits = set()
        if body_re is not None:
            hits |= set(body_re.findall(layout.folded))
        if body_literal is not None:
            hits |= set(body_literal.findall(body_light))
        if hits:
            add(doc_type, min(CUE_WORDS_MAX, 0.75 * len(hits)), "type:cue-words")
    _layout_rules(layout, add)
    if not points:
        return None
    ranked = sorted(points.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    if top < MIN_POINTS:
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (top - second) / top if top else 0.0
    confidence = round(min(0.97, 0.35 + 0.45 * margin + 0.02 * min(top, 10)), 2)
    return TypeGuess(best, confidence, why[best][1], tuple((t, round(p, 2)) for t, p in ranked))


def _light(text: str) -> str:
    """Lower case and accents removed, punctuation kept: for cues such as 'materials:' or 'vol.'."""
    return strip_accents(text).lower()


def _layout_rules(layout: Layout, add) -> None:
    lines = layout.lines
    first = layout.first_page
    texts = [ln.text for ln in lines]

    times = sum(1 for t in texts if _TIME.match(t))
    if times >= 3:
        add("agenda", 4.0 + min(3.0, 0.5 * (times - 3)), "type:time-column")

    fields = {m.group(1).lower() for ln in first[:14] if (m := _HEADER_FIELD.match(ln.text))}
    fields = {"subject" if f in ("subj", "re", "asunto", "objet") else "to" if f in ("para", "a") else
              "from" if f == "de" else "date" if f == "fecha" else f for f in fields}
    greeting = any((SALUTATION.match(ln.text) or _GREETING.match(ln.text)) and ln.n_words <= 8 for ln in first[:24])
    if ("to" in fields or "from" in fields) and len(fields) >= 2:
        if greeting:  # an email or letter with header lines, opening "Dear ..." or "Hi everyone,"
            add("letter", 4.0 + 1.5 * (len(fields) - 2), "type:header-and-greeting")
        else:
            add("memo", 4.0 + 1.5 * (len(fields) - 2), "type:memo-header")

    if any(SALUTATION.match(ln.text) and ln.n_words <= 8 for ln in first[:16]):
        add("letter", 4.5, "type:salutation")
    last_page = layout.page(lines[-1].page_no) if lines else []
    if any(CLOSING.match(ln.text) and ln.n_words <= 7 for ln in last_page):
        add("letter", 4.5, "type:closing")

    ratings = sum(1 for t in texts if _RATING_DIGITS.search(t) or _RATING_WORDS.search(t)
                  or any(_then(t, first, second) for first, second in _RATING_PAIRS))
    if ratings >= 2:
        add("evaluation form", 3.0 + min(3.0, ratings), "type:rating-scale")

    blanks = sum(1 for t in texts if _BLANK.search(t))
    columns = [i for i, ln in enumerate(lines) if _NAME_COLUMN.search(ln.text) and ln.n_words <= 10
               and len(_SIGNIN_COLS.findall(ln.text)) >= 1]
    rows_after = max((sum(1 for ln in lines[i + 1:i + 12] if ln.n_words <= 14) for i in columns[:3]), default=0)
    if columns and (blanks >= 3 or (len(_SIGNIN_COLS.findall(lines[columns[0]].text)) >= 2 and rows_after >= 4)):
        add("sign-in sheet", 6.0, "type:sign-in-columns")
    if blanks >= 3:
        add("worksheet", 2.5 + min(1.5, 0.25 * (blanks - 3)), "type:fill-in-blanks")
        add("evaluation form", 0.5, "type:fill-in-blanks")

    slides = sum(1 for ln in lines if _SLIDE.match(ln.text))
    if slides:
        add("slides", 5.0 + min(2.0, slides - 1), "type:slide-numbers")
    if layout.has_boxes and layout.pages_read >= 2:
        words_per_page = sum(ln.n_words for ln in lines) / layout.pages_read
        large = sum(1 for ln in lines if ln.rel_size >= 1.3) / max(1, len(lines))
        if words_per_page <= 30 and large >= 0.4:
            add("slides", 3.0, "type:sparse-large-pages")

    n_words = sum(ln.n_words for ln in lines)
    centred = sum(1 for ln in lines if ln.centred) / max(1, len(lines))
    if lines and centred >= 0.6 and n_words <= 160:
        add("flyer", 2.0, "type:centred-short-page")  # a certificate is centred and short too
    if sum(1 for t in texts if _WHEN_WHERE.match(t)) >= 2:
        add("flyer", 2.0, "type:when-where")
    if lines and n_words <= FLYER_WORDS and layout.pages_read <= 1 and times < 3 and \
            any(_EVENT_TIME.search(t) for t in texts) and any(_WEEKDAY.search(t) for t in texts):
        add("flyer", 3.0, "type:event-announcement")  # a day, a time and a place on one short page

    if any(_then(t, *_VOLUME) for t in texts):
        add("newsletter", 4.0, "type:volume-number")
    elif any(_ISSUE_NO.search(ln.text) for ln in first[:4] if not _HEADER_FIELD.match(ln.text)):
        add("newsletter", 3.0, "type:issue-number")  # "ICN eNews -- Issue 23 -- July 2008", "Núm. 27"
    if any(_ISSUE.search(t) for t in texts):
        add("newsletter", 2.0, "type:issue-words")

    listed = sum(1 for t in texts if _LIST_LINE.match(t))
    qa = sum(1 for t in texts if _QA.match(t))
    if qa >= 2:
        add("handout", 3.0, "type:questions-and-answers")
    elif listed >= 3 and blanks < 3 and times < 3 and layout.pages_read <= 4 and \
            any(is_prose(ln) and not _LIST_LINE.match(ln.text) for ln in lines) and _headed(first):
        add("handout", 2.5, "type:information-sheet")  # prose with a list of points, tips or questions

    heads = sum(1 for ln in lines if ln.upper >= 0.8 and _REPORT_HEADS.match(ln.text.strip()))
    if heads:
        add("report", min(4.0, 1.5 * heads), "type:report-sections")
    chapters = sum(1 for t in texts if _CHAPTER.match(t))
    if chapters:
        add("manual", min(4.0, 1.25 * chapters), "type:chapters-sections")
    steps = sum(1 for t in texts if _TIMED_STEP.search(t))
    if steps:
        add("trainer guide", min(4.0, 1.0 * steps), "type:timed-steps")


def _headed(first: list[Line]) -> bool:
    """The page opens with a heading: upper case, large or centred."""
    top = first[0] if first else None
    return top is not None and (top.upper >= 0.8 or top.rel_size >= 1.25 or top.centred)


def _then(text: str, first: re.Pattern[str], second: re.Pattern[str]) -> bool:
    """`first` and, after its first match, `second`: what `first.*second` finds, in linear time."""
    m = first.search(text)
    return m is not None and second.search(text, m.end()) is not None
