"""The title from the page's layout: the heading, not just the first line.

Candidates are the first lines of page 1 minus what is never a title: letterhead
(organisation names, addresses, phone numbers; the vocabulary's boilerplate
patterns, in capitals or title case: a line in sentence case is a topic; a line set in
parts that are each an organisation, a section or series, a module, a date or a generic
word, "RED ... · MATERIALES DE FORMACIÓN", "TRAINERS' KIT -- OCT. 1994 -- MODULE 7"),
running heads, "MEMORANDUM"-style stamps, dates, To/From fields, salutations, list items
and prose.  Each candidate is scored on font size
against the body text (from the OCR word boxes), upper case, centring and
position; the best is the title, extended to the lines that continue it in the
same style.  A heading that only names the kind of document ("TRAINER'S GUIDE",
"WORKSHOP EVALUATION") is joined with the specific line next to it ("TRAINER'S
GUIDE: Module 4: ..."), and a generic line right after a specific heading
("AGENDA") is appended to it.  When no line stands out (plain text, a page typed
in one style) the first short non-prose line at the top is taken, at lower
confidence.  OCR debris at the end of a line ("GUIDE a ‘") is trimmed, and so is a
date set apart after a dash ("GROUP 112 -- MINUTES OF MONTHLY MEETING -- Jan. 9, 1992"; a
date joined by a comma, "Campaign Planning Workshop, 2010", is part of the title).  Slide
numbers ("Slide 1", "DIAPOSITIVA 1") and a table's column header ("NAME  GROUP  PHONE") are
never titles; Spanish and French generic words ("HOJA DE ASISTENCIA", "FICHE D'ÉVALUATION",
"GUÍA PARA FACILITADORES") are generic like their English ones.

Before layout: a memo's Subject/Re line and a letter's Re line are its title; a
letter with neither gets a devised title, "Letter from <signer> to <addressee>",
from its signature and salutation (no addressee for a generic "Dear Friends"); a
newsletter's masthead (the name before the issue number or date when they share a line:
"ICN eNews -- Issue 23 -- July 2008"; else the line above the issue line when the heading
found stands below it, an item's headline) gets its issue (Vol./No., else its date).
Pages without boxes (plain text) are read the same way with indentation standing in for
centring.

A document always gets a title.  When no line reads as a heading, the first
"wordy" line of page 1 (two words or more, mostly letters) is taken, rule
`title:first-wordy-line`; when there is none, the file name without its
extension, `title:file-name`; when that is empty too, "untitled",
`title:untitled`.  `fallback_title` gives the same chain from the pages' raw
text, for when the layout or the title rules failed or ran out of time.

Bound: the title rules read at most the first WORDY_LINES lines of page 1, and a
letter's closing is looked for once over the lines: linear in the layout's
lines, each cut to layout.LINE_CHARS characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath

from metp.ocrtext import strip_accents
from metp.pipeline.model import Page
from metp.pipeline.tagging.dates import MONTH_WORDS
from metp.pipeline.tagging.layout import LINE_CHARS, Layout, Line, is_prose, printable
from metp.pipeline.tagging.text import CLOSING, SALUTATION, fold, words_of
from metp.pipeline.tagging.vocabulary import Vocabulary

_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Za-z.]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|"
    r"square|sq|plaza|court|ct|terrace|highway)\b\.?|\bp\.?\s*o\.?\s+box\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|"
    r"\b\d{5}(?:-\d{4})?\s*$|\(\d{3}\)\s*\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b(?:tel|phone|fax|telex)\b\.?\s*:?"
    r"\s*[\d(+]|@|\bwww\.|https?://|"
    # a European postcode before its town ("31000 Toulouse", "28080 Madrid", "NR2 2PA" is caught above)
    r"(?<![\d.,/-])\b\d{5}\s+(?-i:[A-ZÀ-Þ][A-Za-zÀ-ÿ]+)", re.I)
_FIELD = re.compile(r"^\s*(?:to|from|subject|subj|re|date|cc|attn|de|para|asunto|objet|fecha)\s*:", re.I)
_SUBJECT = re.compile(r"^\s*(?:subject|subj|re|asunto|objet|concerning)\s*:\s*(.+)$", re.I)
_DEAR = re.compile(r"^\s*(?:my\s+)?dear\s+(.+?)\s*[,:;]?\s*$", re.I)
_NAME = re.compile(r"^(?:[A-Z][a-zà-ÿ'’.-]+\s+){1,3}[A-Z][a-zà-ÿ'’-]+$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·o]\s|\d{1,2}[.)]\s|[a-z][.)]\s|\d{1,2}[:.]\d{2}\b|step\s+\d)", re.I)
_SLIDE_NO = re.compile(r"^\s*(?:slide|overhead|transparency|diapositiva|diapositive|transparencia)\s*#?\s*\d+\s*$",
                       re.I)
# A table's column header ("NAME  GROUP  PHONE  SIGNATURE"), never a title.
_COLUMNS = re.compile(r"\b(?:names?|nombres?|noms?|address|phone|telephone|tel|e-?mail|group|grupo|groupe|"
                      r"signature|firma|town|city|school|telefono|teléfono|courriel|adresse|apellidos|prenom|"
                      r"prénom|organi[sz]ation|affiliation)\b", re.I)
# Separators that set a date or a venue apart on a heading's line ("-- 5/12/86 -- Houston").
_SET_APART = re.compile(r"\s+(?:--|—|–|-|\||·)\s+")
_PAGE_NO = re.compile(r"\s*(?:[-–]\s*)?\b(?:page|p\.|pg\.)\s*\d+(?:\s+of\s+\d+)?\s*$", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|"
    rf"sunday|spring|summer|fall|autumn|winter|{'|'.join(MONTH_WORDS)}|de|le|of|the)\b\.?", re.I)
_SEPARATOR = re.compile(r"\s+(?:--|—|–|-)\s+|,\s+")
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b")
_ISSUE = re.compile(r"\b(?:issue|vol(?:ume)?\.?|no\.|num\.?|núm\.?|numero|número|n[°º])\s*\d+", re.I)
_VOLUME = re.compile(r"\bvol(?:ume)?\.?\s*[ivxlc\d]+,?\s*(?:no|number|issue)\.?\s*\d+", re.I)
_DANGLING = {"to", "of", "and", "for", "the", "in", "on", "a", "an", "with", "about", "at", "by", "de", "la", "le",
             "les", "des", "du", "y", "et", "para", "pour", "del", "en", "sur"}
_GENERIC = {
    "agenda", "programme", "program", "handout", "fact", "sheet", "trainer", "trainer's", "trainers'",
    "guide", "facilitator's", "facilitators'", "notes", "note", "manual", "handbook", "worksheet",
    "exercise", "evaluation", "form", "feedback", "questionnaire", "survey", "participant", "participants",
    "workshop", "sign", "in", "sign-in", "attendance", "list", "memorandum", "memo", "newsletter", "bulletin",
    "report", "annual", "slides", "slide", "module", "session", "unit", "part", "chapter", "section", "the", "a",
    "draft", "revised", "final", "and", "for", "of", "no", "number", "page",
    # Spanish and French: "HOJA DE ASISTENCIA", "FICHE D'ÉVALUATION", "GUÍA PARA FACILITADORES"
    "hoja", "asistencia", "lista", "programa", "orden", "dia", "evaluacion", "formulario", "taller", "guia",
    "para", "facilitadores", "facilitador", "de", "del", "la", "el", "fiche", "d'evaluation", "d'animation",
    "animation", "formulaire", "feuille", "presence", "liste", "ordre", "du", "jour", "guide", "l'animateur",
    "pour", "les", "diapositiva", "diapositive", "seance", "sesion", "modulo", "informe", "rapport", "acta",
    "kit", "trainers", "notes",
}
_TYPE_WORDS = {"agenda", "programme", "program", "handout", "sheet", "form", "guide", "manual", "handbook",
               "worksheet", "exercise", "evaluation", "questionnaire", "survey", "memorandum", "memo", "newsletter",
               "bulletin", "report", "notes", "slides"}


@dataclass(frozen=True)
class TitleGuess:
    value: str
    rule: str
    confidence: float
    lines: tuple[Line, ...]  # the lines it was read from


def is_boilerplate(line: Line, vocabulary: Vocabulary) -> bool:
    """Letterhead, addresses, running heads, stamps: lines that never make a title.  A list item
    or a timed line ("- Join the urgent action network", "10:00 The UA network") is content,
    whatever its last word."""
    if line.repeated:
        return True
    if _LIST_ITEM.match(line.text) and (not _ADDRESS.search(line.text) or len(line.text.split()) >= 8):
        return False  # "* Join our e-action network at www.example.org/act. You'll get": an item that names a site
    if _ADDRESS.search(line.text):
        return True
    light = _light(line.text)
    if any(p.search(light) for p in vocabulary.boilerplate_matchers):
        return _STAMP.match(light) is not None or not _sentence_case(line.text)
    return _running_line(light, vocabulary) is not None


def series_lines(layout: Layout, vocabulary: Vocabulary) -> set[int]:
    """The running lines at the top of page 1 that name a series and its kind, with no
    organisation ("TRAINERS' KIT -- OCT. 1994 -- MODULE 7 -- TRAINER'S NOTES"): never the title,
    but they say whom the item is for, as a heading does."""
    return {id(ln) for ln in layout.first_page[:6]
            if not _ADDRESS.search(ln.text) and _running_line(_light(ln.text), vocabulary) == "series"}


_STAMP = re.compile(r"^(?:confidential|draft|for internal use|not for publication|urgent|copy|file copy|page|p\.|pg\.)")
_MINOR = {"with", "from", "pour", "para", "avec", "sans", "sobre", "dans", "and", "the", "for", "des", "del", "los",
          "las", "une", "por"}


def _sentence_case(text: str) -> bool:
    """A line in sentence case ("The Urgent Action e-mail network"): a topic, not an organisation's
    name, which letterheads set in capitals or title case ("International Conscience Network")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4 and w.lower() not in _MINOR]
    return any(w[0].islower() for w in words)


_RUN_SEP = re.compile(r"\s+(?:--|—|–|-|\||·)\s+|,\s+|\s{3,}")
_SERIES = re.compile(r"^(?:[a-z'&.-]+ ){0,3}(?:section|seccion|area|region|unit|unidad|materials|materiales|"
                     r"materiel|kit|series|serie)(?: [a-z'&.-]+){0,2}$|^(?:module|modulo|unit|part|no|n[°o]|"
                     r"number|numero|issue)\.? ?[\divx]+$")


def _running_line(light: str, vocabulary: Vocabulary) -> str | None:
    """A letterhead or running line set in parts ("INTERNATIONAL CONSCIENCE NETWORK -- BRITISH
    SECTION", "RED ... · MATERIALES DE FORMACIÓN", "TRAINERS' KIT -- OCT. 1994 -- MODULE 7 --
    TRAINER'S NOTES"): every part is an organisation, a section or series, a date or a generic
    word, and one part names the organisation with no type word beside it ("letterhead") or
    there are three parts or more ("series"); None otherwise."""
    parts = [p.strip(" .,;:") for p in _RUN_SEP.split(light) if p.strip(" .,;:")]
    if len(parts) < 2:
        return None
    org = generic = 0
    # An organisation the vocabulary does not know, named before its branch ("OPEN HANDS UK --
    # MIDLANDS REGION", "MANOS ABIERTAS -- Grupo de Valencia (Grupo 9)"): the first part is a short
    # name when a later part is a branch of it.
    # (each part's two tests are asked at most once: `named` and the loop below share them)
    known = cache(lambda i: any(p.search(parts[i]) for p in vocabulary.boilerplate_matchers))
    branch = cache(lambda i: _branch(parts[i], vocabulary))
    named = _short_name(parts[0], vocabulary) and any(known(i) or branch(i) for i in range(1, len(parts)))
    for i, part in enumerate(parts):
        if (i == 0 and named) or known(i) or (i and (org or named) and branch(i)):
            org += 1
        elif _is_generic(part) and not _SERIES.match(part):
            generic += 1
        elif not (_SERIES.match(part) or _date_only(part) or (_YEARISH.search(part) and _date_like(part))
                  or (i and org and _local_unit(part, vocabulary))):
            return None
    if org:  # "GROUP 42 -- AGENDA" is a heading: a type word beside the group's name is its title
        return "letterhead" if not generic else None
    return "series" if len(parts) >= 3 else None


# What names an event or a kind of document, not a place or a branch of the organisation.
_OCCASION = re.compile(r"\b(?:workshop|training|meeting|conference|seminar|course|session|weekend|day|school|"
                       r"assembly|forum|summit|rally|vigil|campaign|week|jornada|taller|curso|encuentro|asamblea|"
                       r"reunion|campana|stage|seance|journee|formation|formacion|colloque|semaine|campagne)s?\b")


# A branch, body or unit of an organisation ("TRAINING COMMITTEE", "NORWICH GROUP (GROUP 41)",
# "SAN FRANCISCO BAY AREA GROUPS", "SECTION FRANÇAISE", "Groupe régional Lyon").
_BRANCH_WORD = re.compile(r"\b(?:groups?|grupos?|groupes?|sections?|seccion|region|regional|unit|unidad|committee|"
                          r"comite|commission|comision|branch|chapter|office|secretariat|delegacion|coordinacion)\b")


def _branch(part: str, vocabulary: Vocabulary) -> bool:
    """A part naming a branch of an organisation: a few words with a word for a branch or body,
    no kind of document and no subject ("TRAINING COMMITTEE" is a body, "TRAINING WORKSHOP" is not)."""
    words = _part_words(part)
    if not 1 <= len(words) <= 6 or len(part) > 50 or not _BRANCH_WORD.search(part) or _is_generic(part):
        return False
    return not _TYPE_WORDS & set(words) and not _names_subject(part, vocabulary)


def _short_name(part: str, vocabulary: Vocabulary) -> bool:
    """A short name (one to four words, no digits) naming no occasion, kind of document or subject."""
    words = _part_words(part)
    return 1 <= len(words) <= 4 and not re.search(r"\d", part) and _local_unit(part, vocabulary) \
        and not (_GENERIC | _TYPE_WORDS | _RECORD_WORDS) & set(words)


# Words naming a record of a meeting ("MINUTES -- GROUP 114 (ANN ARBOR)" is a heading).
_RECORD_WORDS = {"minutes", "acta", "actas", "compte", "rendu", "proces", "verbal", "notes", "report", "record"}


def _local_unit(part: str, vocabulary: Vocabulary) -> bool:
    """A part after the organisation's name that names where or which branch it is ("UPPER
    MIDWEST", "GROUP 31", "ANN ARBOR", "NORWICH GROUP (NO. 112)", "UNIVERSITY OF OREGON",
    "GROUPE DE TOULOUSE"): a few words naming no occasion, no kind of document and no subject."""
    words = _part_words(part)
    if not 1 <= len(words) <= 4 or len(part) > 40 or _OCCASION.search(part):
        return False
    return not _names_subject(part, vocabulary)


def _part_words(part: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", part)


def _names_subject(part: str, vocabulary: Vocabulary) -> bool:
    folded = fold(part)
    return any(p.search(folded) for _, p in vocabulary.term_matchers)


def title_zone(layout: Layout, vocabulary: Vocabulary, size: int = 6) -> list[Line]:
    """The top of page 1 down to the body: up to `size` lines that are not letterhead, stopping
    at the first line of running prose or the first list item (where titles, subtitles and
    dates stand; the rest is body)."""
    zone: list[Line] = []
    for line in layout.first_page[:size + 8]:
        if is_boilerplate(line, vocabulary):
            continue
        if zone and (is_prose(line) or _LIST_ITEM.match(line.text) or (
                line.listed and line.upper < 0.8 and line.rel_size < 1.2 and not _date_like(line.text))):
            break
        zone.append(line)
        if len(zone) == size:
            break
    return zone


WORDY_LINES = 40  # how far down page 1 the first wordy line is looked for


def find_title(layout: Layout, vocabulary: Vocabulary, doc_type: str | None, source_name: str,
               date_text: str | None = None) -> TitleGuess:
    """The document's title: from the layout, else the first wordy line, else the file name."""
    first = layout.first_page
    if not first:
        return name_title(source_name)
    if doc_type in ("memo", "letter"):
        for line in first[:18]:
            m = _SUBJECT.match(line.text)
            if m and len(words_of(m.group(1))) >= 1:
                return TitleGuess(_clean(m.group(1)), f"title:{doc_type}-subject", 0.85, (line,))
    guess = _from_layout(first, vocabulary, layout.has_boxes)
    if doc_type == "letter" and (guess is None or guess.confidence < 0.6):
        devised = _letter_title(layout)
        if devised is not None:
            return devised
    if doc_type == "newsletter":
        guess = _masthead(first, vocabulary) or _above_issue(first, vocabulary, guess) or guess
        if guess is not None:
            guess = _with_issue(guess, first, date_text)
    if guess is None:
        return _first_wordy_line(first) or name_title(source_name)
    return guess


# A salutation that says no more than that the reader is a friend or a member ("Dear Friends",
# "Dear Member", "Dear Sir or Madam") names no addressee a cataloguer would write down.
_GENERIC_ADDRESSEE = re.compile(r"^(?:my |our |all )?(?:friends?|members?|colleagues?|supporters?|sirs?|madam|"
                                r"sir or madam|sir/madam|all|everyone|friend|activists?|participants?)"
                                r"(?: (?:and|&) (?:friends?|colleagues?|supporters?))?$")


def _letter_title(layout: Layout) -> TitleGuess | None:
    """A devised title for an untitled letter: "Letter from <signer> to <addressee>" (no
    addressee for a generic salutation, "Dear Friends")."""
    first, lines = layout.first_page, layout.lines
    addressee = None
    generic = False
    used: list[Line] = []
    for line in first[:18]:
        m = _DEAR.match(line.text)
        if m and 1 <= len(words_of(m.group(1))) <= 6:
            addressee = _clean(m.group(1))
            generic = bool(_GENERIC_ADDRESSEE.match(_light(m.group(1))))
            used.append(line)
            break
    signer = None
    for i, line in enumerate(lines):
        if CLOSING.match(line.text) and line.n_words <= 7:
            for follow in lines[i + 1:i + 3]:
                if _NAME.match(follow.text.strip()):
                    signer = follow.text.strip()
                    used.append(follow)
                    break
    if not addressee and not signer:
        return None
    if generic and signer:
        addressee = None
    value = "Letter" + (f" from {signer}" if signer else "") + (f" to {addressee}" if addressee else "")
    return TitleGuess(value, "title:letter-devised", 0.35, tuple(used))


# ---------------------------------------------------------------------- layout scoring
# A line saying whom the item is for ("FOR GROUP COORDINATORS", "Para los grupos locales"): the
# audience, not the heading.
_FOR_READERS = re.compile(
    r"^\W*(?:for|para|pour)\s+(?:(?:the|all|new|local|los|las|les|nuevos|nouveaux)\s+)*(?:[\w'’-]+\s+){0,2}"
    r"(?:coordinators?|members?|trainers?|leaders?|facilitators?|groups?|participants?|students?|teachers?|"
    r"volunteers?|organi[sz]ers?|treasurers?|activists?|officers?|secretaries|speakers?|grupos|miembros|socios|"
    r"coordinadores|formadores|militantes|groupes|membres|formateurs|animateurs|adherents|responsables)"
    r"(?:\s+(?:locales|locaux|nuevos|nouveaux|only))?\W*$", re.I)


def _letterhead_block(first: list[Line]) -> set[int]:
    """The lines at the very top of page 1 directly above the letterhead's address or telephone
    line (at most two, short, with no number and naming no occasion: a venue's address under an
    event's heading and date is not a letterhead): the organisation's name ("OPEN HANDS UK" over "Tower House, 8-14
    Southampton Street ..."), whatever the vocabulary knows of it."""
    for pos, line in enumerate(first[:4]):
        if _ADDRESS.search(line.text):
            above = [ln for ln in first[:pos] if ln.index >= line.index - 2 and len(words_of(ln.text)) <= 6
                     and not re.search(r"\d", ln.text) and not _OCCASION.search(_light(ln.text))]
            return {id(ln) for ln in above} if len(above) == pos else set()
    return set()


def _from_layout(first: list[Line], vocabulary: Vocabulary, has_boxes: bool) -> TitleGuess | None:
    zone = [ln for ln in first[:14] if _zone_ok(ln, first, has_boxes)]
    scored: list[tuple[float, Line, str]] = []
    rank = 0
    block = _letterhead_block(first)
    for line in zone:
        text = _clean(_PAGE_NO.sub("", line.text))
        if not _candidate_text(text) or is_boilerplate(line, vocabulary) or id(line) in block \
                or _FOR_READERS.match(text):
            continue
        scored.append((_score(line, text, rank), line, text))
        rank += 1
    if not scored:
        return None
    best_score, main, main_text = max(scored, key=lambda s: s[0])
    if best_score >= 0.999:  # (0.999: the sum of the score's parts, read as 1.0)
        index = [s[1] for s in scored].index(main)
        rule, confidence = "title:layout-heading", round(min(0.9, 0.45 + 0.1 * best_score), 2)
    else:
        # No line stands out (plain text, or a page typed in one style): the first short,
        # non-prose line at the top, if there is one.
        index = next((i for i, s in enumerate(scored[:3]) if s[1].index <= 6 and len(words_of(s[2])) >= 2
                      and not s[2].rstrip().endswith((".", ",", ";")) and not is_prose(s[1])), None)
        if index is None:
            return None
        rule, confidence = "title:first-short-line", 0.4
    block = _extend(scored, index)
    texts = [t for _, _, t in block]
    lines = [ln for _, ln, _ in block]
    start = scored.index(block[0])
    before = scored[start - 1] if start > 0 else None
    after = scored[scored.index(block[-1]) + 1] if scored.index(block[-1]) + 1 < len(scored) else None
    if before is not None and not _is_generic(" ".join(texts)) and _is_generic(before[2]) \
            and block[0][1].index - before[1].index == 1 and before[1].upper >= 0.8:
        # "WORKSHOP EVALUATION FORM" over "Regional Training for Local Group Leaders"
        texts = [before[2] + ":", _strip_date_tail(" ".join(texts))]
        lines.insert(0, before[1])
        rule += "+type"
    elif _is_generic(" ".join(texts)) and after is not None and not _is_generic(after[2]):
        sub = _strip_date_tail(after[2])
        distance = after[1].index - block[-1][1].index
        if sub and distance <= 2 and (after[1].centred or after[0] >= 0.8 or
                                      (distance == 1 and len(words_of(sub)) <= 12 and not sub.endswith("."))):
            texts = [" ".join(texts) + ":", sub]
            lines.append(after[1])
            rule += "+subtitle"
    elif after is not None and _is_generic(after[2]) and after[1].index - block[-1][1].index == 1 \
            and _TYPE_WORDS & set(re.findall(r"[a-z]+", after[2].lower())) \
            and _same_style(block[-1][1], after[1], strict=False) and not _PAGE_NO.search(after[1].text):
        texts.append(_strip_date_tail(after[2]))
        lines.append(after[1])
        rule += "+type"
    value = _clean(_cut_set_apart_date(" ".join(texts)))
    if not value:
        return None
    return TitleGuess(value, rule, confidence, tuple(lines))


def _cut_set_apart_date(text: str) -> str:
    """A heading without the date (and what follows it) that a separator sets apart on its line:
    "GROUP 112 -- MINUTES OF MONTHLY MEETING -- Jan. 9, 1992" (a date joined by a comma,
    "Campaign Planning Workshop, 2010", belongs to the title and stays)."""
    for sep in _SET_APART.finditer(text):
        tail = text[sep.end():]
        segment = _SET_APART.split(tail, maxsplit=1)[0]
        if _YEARISH.search(segment) and _date_like(segment):
            return text[:sep.start()].strip()
    return text


def _masthead(first: list[Line], vocabulary: Vocabulary) -> TitleGuess | None:
    """A newsletter's masthead set on one line with its issue ("ICN eNews -- Issue 23 -- July 2008"):
    the name before the issue number or date."""
    for line in first[:3]:
        if is_boilerplate(line, vocabulary):
            continue
        parts = _SET_APART.split(line.text.strip())
        if len(parts) >= 2 and 1 <= len(words_of(parts[0])) <= 8 and any(
                _ISSUE.search(p) or (_YEARISH.search(p) and _date_like(p)) for p in parts[1:]):
            name = _clean(parts[0])
            if sum(ch.isalpha() for ch in name) >= 3:
                return TitleGuess(name, "title:masthead", 0.6, (line,))
        return None
    return None


def _above_issue(first: list[Line], vocabulary: Vocabulary, guess: TitleGuess | None) -> TitleGuess | None:
    """A newsletter's masthead stands above its issue line ("FRONTLINE" / "News for ..." /
    "Vol. 9, No. 1 -- Spring 1991"); a heading found below that line is an item's headline.  The
    masthead is then the top line above the issue line (not letterhead, a few words)."""
    issue = next((ln for ln in first[:8] if _VOLUME.search(ln.text) or _ISSUE.search(ln.text)), None)
    if issue is None or guess is None or not guess.lines or guess.lines[0].index < issue.index:
        return None
    for line in first[:issue.index]:
        text = _clean(line.text)
        if line.index >= issue.index or is_boilerplate(line, vocabulary) or not text:
            continue
        if 1 <= len(words_of(text)) <= 6 and sum(ch.isalpha() for ch in text) >= 3 and not _date_only(text):
            return TitleGuess(text, "title:masthead-above-issue", 0.6, (line,))
        break
    return None


def _zone_ok(line: Line, first: list[Line], has_boxes: bool) -> bool:
    if has_boxes and line.top is not None:
        bottom = max((ln.top or 0) for ln in first) or 1
        return line.top <= 0.55 * bottom or line.index < 4
    return True


def _candidate_text(text: str) -> bool:
    words = words_of(text)
    letters = sum(ch.isalpha() for ch in text)
    if letters < 3 or not words or len(words) > 16:
        return False
    if _FIELD.match(text) or SALUTATION.match(text) or _LIST_ITEM.match(text) or _SLIDE_NO.match(text):
        return False
    if "____" in text or _date_only(text):
        return False
    if len(_COLUMNS.findall(text)) >= 3 and len(words_of(text)) <= 8:
        return False
    return True


def _score(line: Line, text: str, rank: int) -> float:
    n = len(words_of(text))
    score = 2.5 * min(1.0, max(0.0, (line.rel_size - 1.05) / 0.35))
    if line.upper >= 0.8 and sum(ch.isalpha() for ch in text) >= 4:
        score += 1.2
    if line.centred:
        score += 1.0
    score += max(0.0, 0.6 - 0.2 * rank)
    if n == 1:
        score -= 0.8
    if text.rstrip().endswith((".", ";")) and n >= 6:
        score -= 1.5
    if n > 12:
        score -= 1.0
    if line.conf is not None and line.conf < 50:
        score -= 1.0
    if _is_generic(text):
        score -= 0.6
    return score


def _extend(scored: list[tuple[float, Line, str]], index: int) -> list[tuple[float, Line, str]]:
    """The main heading plus adjacent lines in the same style (a heading set on two or three lines)."""
    block = [scored[index]]
    i = index - 1
    while i >= 0 and _continues(scored[i], block[0]) and len(block) < 3:
        block.insert(0, scored[i])
        i -= 1
    i = index + 1
    while i < len(scored) and _continues(block[-1], scored[i]) and len(block) < 3:
        block.append(scored[i])
        i += 1
    return block


def _continues(a: tuple[float, Line, str], b: tuple[float, Line, str]) -> bool:
    la, lb = a[1], b[1]
    if lb.page_no != la.page_no or lb.index != la.index + 1 or lb.gap_before > 0.6:
        return False
    if _is_generic(b[2]) or _is_generic(a[2]) or a[2].rstrip().endswith((".", ":", "!", "?")):
        return False
    if len(words_of(a[2])) + len(words_of(b[2])) > 16:
        return False
    if a[2].split()[-1].lower() in _DANGLING and abs(la.rel_size - lb.rel_size) <= 0.15:
        return True  # "Introduction to / Human Rights Education": the heading goes on
    return _same_style(la, lb, strict=True)


def _same_style(a: Line, b: Line, strict: bool) -> bool:
    upper_a, upper_b = a.upper >= 0.8, b.upper >= 0.8
    if strict:
        return (abs(a.rel_size - b.rel_size) <= 0.15 and upper_a == upper_b and a.centred == b.centred
                and (upper_a or a.rel_size >= 1.25))
    return (upper_a and upper_b) or (a.centred and b.centred)


def _is_generic(text: str) -> bool:
    tokens = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'’-]*|\d+", strip_accents(text))]
    tokens = [t.replace("’", "'") for t in tokens]
    parts = [p for t in tokens for p in ([t] if t in _GENERIC else t.split("-"))]
    return bool(parts) and all(p in _GENERIC or p.isdigit() for p in parts)


def _date_only(text: str) -> bool:
    rest = _DATE_WORDS.sub(" ", strip_accents(text))
    rest = re.sub(r"[\d\W_]+", " ", rest)
    return len(rest.split()) == 0 or (bool(re.search(r"(?:1[6-9]|20)\d\d", text)) and len(rest.split()) <= 1
                                      and len(words_of(text)) <= 5 and not text.isupper())


def _strip_date_tail(text: str) -> str:
    """Drop a trailing date segment (" -- October 22, 1994", ", 1989") from a subtitle."""
    for sep in _SEPARATOR.finditer(text):
        tail = text[sep.end():]
        if _YEARISH.search(tail) and _date_like(tail):
            return text[:sep.start()].strip()
    return text.strip()


def _date_like(text: str) -> bool:
    """Mostly a date: at most three words besides month, weekday and season names and numbers."""
    rest = re.sub(r"[\d\W_]+", " ", _DATE_WORDS.sub(" ", strip_accents(text)))
    return len(rest.split()) <= 3


def _with_issue(guess: TitleGuess, first: list[Line], date_text: str | None) -> TitleGuess:
    for line in first[:8]:
        m = _VOLUME.search(line.text)
        if m:
            return TitleGuess(f"{guess.value}, {m.group().strip()}", guess.rule + "+issue", guess.confidence,
                              guess.lines + (line,))
    if date_text and date_text not in guess.value:
        return TitleGuess(f"{guess.value}, {date_text.strip(' ,.')}", guess.rule + "+issue", guess.confidence,
                          guess.lines)
    return guess


def _first_wordy_line(first: list[Line]) -> TitleGuess | None:
    for line in first[:WORDY_LINES]:
        if _wordy(line.text) and _clean(line.text):
            return TitleGuess(_clean(line.text), "title:first-wordy-line", 0.3, (line,))
    return None


def _wordy(text: str) -> bool:
    """Reads like words: two or more with letters, making up most of the line."""
    words = [w for w in words_of(text) if any(ch.isalpha() for ch in w)]
    return len(words) >= 2 and sum(map(len, words)) >= 0.6 * len(text.replace(" ", ""))


def name_title(source_name: str) -> TitleGuess:
    """The file name without its extension ("agenda" for "box-3/1987/agenda.tif"), else "untitled"."""
    parts = [p for p in re.split(r"[\\/]", source_name[-1000:]) if p.strip()]
    stem = " ".join(printable(PurePosixPath(parts[-1]).stem).split())[:200] if parts else ""
    if stem:
        return TitleGuess(stem, "title:file-name", 0.1, ())
    return TitleGuess("untitled", "title:untitled", 0.0, ())


def fallback_title(pages: Sequence[Page], source_name: str) -> TitleGuess:
    """The title from the pages' raw text (when the layout or the title rules could not run):
    the first wordy line of the first page with text, else the file name.  Never raises."""
    try:
        for line in _raw_lines(pages):
            if _wordy(line) and _clean(line):
                return TitleGuess(_clean(line), "title:first-wordy-line", 0.3, ())
    except Exception:  # the last resort must not fail; the file name follows
        pass
    try:
        return name_title(source_name)
    except Exception:  # even the file name could not be read
        return TitleGuess("untitled", "title:untitled", 0.0, ())


def _raw_lines(pages: Sequence[Page]) -> Iterable[str]:
    """The first WORDY_LINES non-empty lines of the first page that has any (bounded)."""
    for page in pages[:50]:
        head = str(page.text)[:WORDY_LINES * LINE_CHARS]
        lines = [" ".join(printable(ln).split())[:LINE_CHARS] for ln in head.splitlines()[:WORDY_LINES * 4]]
        lines = [ln for ln in lines if ln]
        if lines:
            return lines[:WORDY_LINES]
    return []


def _light(text: str) -> str:
    text = strip_accents(text).lower()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:-–—*")


def _clean(text: str, limit: int = 200) -> str:
    """Single spaces, no edge punctuation, no trailing OCR debris ("TRAINER'S GUIDE a ‘")."""
    words = text.split()
    while words and (not any(ch.isalnum() for ch in words[-1]) or (len(words[-1]) == 1 and words[-1].islower())):
        words.pop()
    text = " ".join(words).strip(" -–—:;,*")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
