"""Meetings and events: agendas, minutes (typed report) and event flyers.

An agenda is the programme of a meeting (the guidelines): a column of times ("9:30",
"9h30", "14 h", "10.00 h"), sessions and days ("Session 2:", "Sesión 3", "Atelier B";
"Saturday", "Mañana", "Après-midi"), or a numbered list of short items of business
("Approval of the minutes", "Ruegos y preguntas", "Questions diverses").  Minutes record
a meeting: who was present or sent apologies ("Present:", "Asistentes:", "Excusés :"),
what was agreed ("Agreed:", "Se acuerda", "Décision :"), when it closed; a heading
"Minutes", "Acta", "Compte rendu", "Procès-verbal".  A flyer announces an event on one
short page: a day or date, a time and a place, often with a call ("Join us!", "¡Ven!",
"Entrée libre") and a headline; a page of several times is an agenda, not a flyer.
"""

from __future__ import annotations

import re

from metp.pipeline.tagging.typecues import Add, Facts

TIME_AT_START = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?h(?:\s?\d{2})?\b|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs?|horas)\b)?(?:\s*[-–]\s*\d{1,2}(?:[:.h]\s?\d{2})?)?")
_SESSION = re.compile(r"^\s*(?:session|sesion|seance|atelier|workshop|taller|plenary|plenaria|pleniere|panel|"
                      r"module|modulo|bloque|table ronde|mesa redonda|round ?table)\b\s*[\w]{0,3}\s*[:.\-–]")
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|"
            r"sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
_PART_OF_DAY = (r"(?:morning|afternoon|evening|manana|tarde|noche|matin|matinee|apres-midi|apres midi|soir|soiree)")
_DAY_HEAD = re.compile(rf"^\s*(?:{_WEEKDAY}\b[\w ,.]{{0,24}}|(?:day|dia|jour|journee)\s+\d\b.{{0,24}}|"
                       rf"(?:{_WEEKDAY}\s+)?{_PART_OF_DAY}\b(?:\s+(?:session|sesion|seance))?)\s*:?\s*"
                       rf"(?:\s{{2,}}.*)?$|^\s*{_PART_OF_DAY}\s+\S")
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h][.)]|[-*•·–])\s+\S")
# "... the year.  Proposal to ...", not "Mrs A. Pryce" or "Dr. Lazarenko"
_SENTENCE_INSIDE = re.compile(r"[a-z)](?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bMs)(?<!\bMrs)(?<!\bNo)(?<!\bRev)(?<!\bSr)"
                              r"(?<!\bSra)(?<!\bFr)(?<!\bJr)[.!?]\s+[A-Z¿¡\"“]")
_PAGE_NUMBER = re.compile(r"(?:\.\s?){3,}\s*\d{1,3}\s*$|\s\d{1,3}$")
_BUSINESS = re.compile(
    r"\b(?:minutes of (?:the )?(?:last|previous) meeting|approval of (?:the )?minutes|"
    r"(?:approve|read) (?:the )?minutes|"
    r"treasurer'?s report|any other business|a\.?o\.?b\b|date of (?:the )?next meeting|next meeting|correspondence|"
    r"matters arising|orden del dia|lectura y aprobacion|aprobacion del acta|ruegos y preguntas|informe de tesoreria|"
    r"proxima reunion|asuntos varios|ordre du jour|approbation du (?:compte rendu|proces-verbal)|"
    r"questions diverses|prochaine reunion|tour de table)\b")
_MEETING = re.compile(r"\b(?:meeting|committee|assembly|conference|workshop|training|retreat|weekend|seminar|"
                      r"reunion|asamblea|comite|junta|taller|jornadas?|encuentro|seminario|curso|"
                      r"assemblee|atelier|journees?|rencontre|seminaire|stage|formation|conseil|bureau)\b")

_PRESENT = re.compile(
    r"^\s*(?:present|members present|present were|attending|attendees|in attendance|attendance|apologies|"
    r"apologies for absence|absent|regrets|guests|presentes|asistentes|asisten|asistieron|ausentes|excusan|"
    r"excusados|presents?|presentes?|excuses?|excusees?|absents?|invites?)\s*:")
_DECISION = re.compile(
    r"\b(?:agreed|it was agreed|decided|it was decided|resolved|motion|seconded|carried|approved|action\s*:|"
    r"actions?\s*:|se acuerda|se acordo|acuerdo|acuerdos|se aprueba|se aprobo|aprobado|se decide|se decidio|"
    r"decision\s*:|decisions?\s*:|il est decide|est adopte|sont adoptes|adoptee?|approuvee?s?|vote)\b")
_CLOSED = re.compile(r"\b(?:meeting (?:closed|adjourned|ended)|adjourned at|closed at|se levanta la sesion|"
                     r"se levanto la sesion|finaliza la reunion|la seance est levee|fin de la reunion)\b")
_MINUTES_HEAD = re.compile(r"\bminutes\b(?!\s+(?:of the last|of the previous))|^\s*acta\b|\bactas? de\b|"
                           r"\bcompte[ -]rendu\b|\bproces[ -]verbal\b|\breleve de(?:s)? decisions\b")
_HOW_MANY = re.compile(r"\d+|a|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|\w+teen|"
                       r"twenty|thirty|forty|fifty|sixty|ninety|hundred|last|our")

_EVENT_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:(?:am|pm|h|hrs|horas|heures|o'clock)\b|a\.m\.|p\.m\.)|"
                         r"\b\d{1,2}h\d\d\b|\b\d{1,2}\s?h\s?\d\d\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\bnoon\b|"
                         r"\bmidnight\b|\bmediodia\b|\bmidi\b")
_DATE_WORDS = re.compile(rf"\b{_WEEKDAY}\b|\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
                         r"aug|sep|oct|nov|dec|ene|abr|ago|dic|janv|fev|mars|avr|mai|juin|juil|aout|sept)|"
                         r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                         r"(?<![\d.:/-])\b\d{1,2}([./-])\d{1,2}\1(?:\d\d|19\d\d|20\d\d)\b(?![.:/-]?\d)")  # 12.10.08
_WHEN_WHERE = re.compile(r"^\s*(?:when|where|date|time|place|venue|cuando|donde|lugar|hora|fecha|quand|ou|lieu|heure)"
                         r"\s*:")
_CALL = re.compile(r"!\s*$|^\s*¡")
FLYER_WORDS = 200  # an announcement is short


def rule(facts: Facts, add: Add) -> None:
    light, lines = facts.light, facts.lines
    times = sum(1 for t in light if TIME_AT_START.match(t))
    if times >= 3:
        add("agenda", 4.0 + min(3.0, 0.5 * (times - 3)), "type:time-column")
    sessions = sum(1 for i, t in enumerate(light) if _SESSION.match(t) and lines[i].n_words <= 14)
    days = sum(1 for i, t in enumerate(light) if _DAY_HEAD.match(t) and lines[i].n_words <= 8)
    if sessions >= 2 and facts.pages <= 4:
        add("agenda", 2.5 + min(1.5, 0.5 * (sessions - 2)) + (1.0 if days >= 2 else 0.0), "type:sessions")
    elif (days >= 3 or (days >= 2 and times >= 2)) and facts.pages <= 3:
        add("agenda", 2.5, "type:days-and-parts-of-day")  # "Saturday / Morning ... / Afternoon ..."
    listed = _items_of_business(facts, add)
    _minutes(facts, add)
    _event(facts, times if not listed else 3, add)


def _items_of_business(facts: Facts, add: Add) -> bool:
    """A list of short items (not sentences, not contents with page numbers) under a meeting's
    heading: the items of business of an agenda."""
    light, lines = facts.light, facts.lines
    # an item may run over its line ("5.  Report from the refugee support team (Mrs A. Pryce): the
    # two families / settled in Easton ..."); a sentence ends with a full stop, or has one inside
    # ("1. Know who to call. Keep a list of ...": a tip of a handout)
    said = [bool(_ITEM.match(t)) and (t.rstrip().endswith(".") or bool(_SENTENCE_INSIDE.search(lines[i].text)))
            for i, t in enumerate(light)]
    items = [i for i, t in enumerate(light) if _ITEM.match(t) and not said[i]
             and not t.rstrip().endswith(";") and not _PAGE_NUMBER.search(t[-24:])]
    sentences = sum(said)
    if len(items) < 4 or sentences > len(items) // 2 or facts.pages > 2:
        return False
    business = len({m.group() for m in _BUSINESS.finditer(" ".join(light))})
    meeting = any(_MEETING.search(light[i]) for i in facts.first[:5])
    if business >= 2 or (business and meeting):
        add("agenda", 3.5, "type:items-of-business")
        return True
    if meeting and len(items) >= 5 and not any(facts.prose):
        add("agenda", 2.5, "type:list-of-items")
        return True
    return False


def _minutes(facts: Facts, add: Add) -> None:
    """Who was present, what was decided, when the meeting closed; a heading that says minutes."""
    light = facts.light
    present = sum(1 for t in light if _PRESENT.match(t))
    decisions = sum(1 for t in light if _DECISION.search(t))
    closed = any(_CLOSED.search(t) for t in light)
    head = any(facts.lines[i].n_words <= 12 and _minutes_heading(light[i]) for i in facts.first[:4])
    points = 3.0 * bool(present) + min(2.0, 0.75 * decisions) * (decisions >= 2) + 1.0 * closed + 3.0 * head
    if points >= 2.5:
        add("report", points, "type:minutes")


def _minutes_heading(text: str) -> bool:
    """"Minutes", "Acta", "Compte rendu" in a heading; not "twenty minutes" or "10 minutes"."""
    m = _MINUTES_HEAD.search(text)
    if m is None or m.group() != "minutes":
        return m is not None
    before = text[max(0, m.start() - 24):m.start()].split()
    return not (before and _HOW_MANY.fullmatch(before[-1].strip("(-,")))


def _event(facts: Facts, times: int, add: Add) -> None:
    """One short page announcing a day, a time and a place, or headed by a call (`times`: how
    many lines start with a time; 3 or more, or a list of items, make a programme instead)."""
    light, lines = facts.light, facts.lines
    short = facts.words <= FLYER_WORDS and facts.pages <= 1
    centred = sum(1 for ln in lines if ln.centred) / max(1, len(lines))
    if lines and centred >= 0.6 and facts.words <= 160:
        add("flyer", 2.0, "type:centred-short-page")  # a certificate is centred and short too
    if sum(1 for t in light if _WHEN_WHERE.match(t)) >= 2:
        add("flyer", 2.0, "type:when-where")
    if short and times < 3 and any(_EVENT_TIME.search(t) for t in light) and any(_DATE_WORDS.search(t) for t in light):
        add("flyer", 3.0, "type:event-announcement")  # a day, a time and a place on one short page
    if short and any(_CALL.search(light[i]) and lines[i].n_words <= 10 for i in facts.first[:12]):
        add("flyer", 1.0, "type:call")
