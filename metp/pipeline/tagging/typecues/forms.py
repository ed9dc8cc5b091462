"""Forms: evaluation forms, worksheets and sign-in sheets, by what a form is made of.

A form has places to write: rules of underscores or dots, boxes to tick, questions
followed by empty space.  What it asks decides its type (the guidelines): rating scales
("1 2 3 4 5", "excellent / good / fair / poor", "très / assez / peu / pas du tout") and
questions about the training ("what was most useful?", "¿qué cambiarías?", "que faudrait-il
améliorer ?") make an evaluation form; blanks, boxes and questions about anything else make
a worksheet; a header row "Name" beside other columns (group, phone, signature; nombre,
grupo, firma; nom, prénom, groupe) over rows of names or of blanks makes a sign-in sheet.
Dot leaders that end in a page number are a table of contents, not blanks.
"""

from __future__ import annotations

import re

from metp.pipeline.tagging.typecues import Add, Facts

_BLANK = re.compile(r"_{4,}|(?:\.\s?){8,}|…{3,}")
# An answer box drawn with the keyboard: "+--------+" over "|        |" (one empty cell), not a
# table's row of several cells.
_DRAWN_BOX = re.compile(r"^\s*\|\s*\|\s*$")  # (a line's text has its spaces collapsed)
_TOC_LEADER = re.compile(r"(?:\.\s?){3,}\s*\d{1,3}\s*$")  # searched in a line's TAIL only: no scan
TAIL = 24                                                    # back over a long run of dots
_BOX = re.compile(r"\[\s{0,2}\]|\(\s{0,2}\)|[☐□❑◻○◯]")
_SMALL_NUMBER = re.compile(r"(?<![\d/.:,])\b\d{1,2}\b(?![/.:,]?\d)")
_SCALE_WORDS = re.compile(
    r"\b(?:excellent|very good|good|fair|poor|average|bad|very useful|useful|somewhat useful|not useful|"
    r"strongly agree|agree|disagree|strongly disagree|neutral|not at all|a little|somewhat|very much|"
    r"excelente|muy bien|muy bueno|bueno|bien|regular|mal|malo|muy util|util|poco util|nada util|mucho|bastante|"
    r"poco|nada|de acuerdo|en desacuerdo|tres bien|assez bien|moyen|passable|insuffisant|mauvais|tres|assez|"
    r"peu|pas du tout|tout a fait|plutot|d'accord|pas d'accord|tres utile|utile|peu utile|inutile|"
    r"tres satisfait|satisfait|pas satisfait)\b")
_QUESTION = re.compile(r"\?\s*(?:[_.…]{3,}.*)?$|^\s*(?:\d{1,2}[.)]\s*)?[¿]")
_EVALUATIVE = re.compile(
    r"\b(?:useful|helpful|most|least|improve|improved|change|recommend|learn|learned|learnt|like|liked|"
    r"expect|expectations|satisf\w*|rate|suggest\w*|missing|unclear|enjoy\w*|clear enough|too long|too short|"
    r"about right|add or drop|add or cut|keep or drop|"
    r"util|utiles|sirvio|servido|mejorar|mejoraria|cambiar|cambiarias|recomendar\w*|aprendido|gustado|"
    r"sugerencias?|expectativas|valora\w*|falta\w*|"
    r"utile|utiles|ameliorer|changer|recommander\w*|appris|apprecie\w*|suggestions?|attentes|manque)\b")
_TRAINING = re.compile(r"\b(?:workshops?|sessions?|trainings?|courses?|trainers?|facilitators?|presenters?|speakers?|"
                       r"today|this day|weekend|event|evenings?|talleres|taller|sesion(?:es)?|curso|jornadas?|formacion|"
                       r"encuentro|ponentes?|ateliers?|seances?|formations?|journee|stage|animateurs?|"
                       r"intervenants?)\b")
_COMMENTS = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:comments?|other comments|suggestions?|comentarios?|observaciones|"
                       r"commentaires?|remarques?)\s*:?\s*(?:[_.…]{3,}.*)?$")
_NAME_COLUMN = re.compile(r"\b(?:names?|full name|print name|nombres?|nombre y apellidos?|apellidos?|noms?|"
                          r"prenoms?|nom et prenom)\b")
_SIGNIN_COLUMNS = re.compile(
    r"\b(?:address|phone|telephone|tel|e-?mail|group|school|organi[sz]ation|signature|affiliation|chapter|city|"
    r"town|zip|state|grupo|telefono|firma|direccion|correo|ciudad|localidad|entidad|colegio|groupe|adresse|"
    r"courriel|ville|organisme|association|ecole|code postal)\b")
# A form's field, not a column of attendees' names: "Nombre del grupo: ____", "Name of group:", "Name: ___",
# an evaluation form's "Name (optional): ____"
_NAME_FIELD = re.compile(r"\b(?:names?|nombres?|noms?)\s*(?::|(?:of|del?|de la|du|des)\s)|"
                         r"\b(?:names?|nombres?|noms?)\s*\((?:optional|opcional|facultatif)\)")
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*(?:[_.…]{3,}|$)")


def rule(facts: Facts, add: Add) -> None:
    """Ratings and questions about the training; blanks, boxes and answer spaces; sign-in columns."""
    light, lines = facts.light, facts.lines
    blanks = sum(1 for t in light if _BLANK.search(t) and not _TOC_LEADER.search(t[-TAIL:])) + \
        sum(1 for ln in lines if _DRAWN_BOX.match(ln.text))
    boxes = [len(_BOX.findall(t)) for t in light]
    tick_lines = sum(1 for n in boxes if n == 1)
    grid_lines = sum(1 for n in boxes if n >= 3)
    ratings = sum(1 for t, n in zip(light, boxes) if _rating(t, n))
    questions = [i for i, t in enumerate(light) if _QUESTION.search(t) and lines[i].n_words <= 30]
    answer_space = sum(1 for i in questions if _BLANK.search(light[i]) or facts.gap_after(i) >= 2)
    evaluative = sum(1 for i in questions if _EVALUATIVE.search(light[i]))
    about_training = any(_TRAINING.search(light[i]) for i in questions) or \
        any(_TRAINING.search(light[i]) for i in facts.first[:4])
    comments = sum(1 for t in light if _COMMENTS.match(t))

    if ratings >= 2:
        add("evaluation form", 3.0 + min(3.0, ratings), "type:rating-scale")
    elif grid_lines >= 2:
        add("evaluation form", 3.0, "type:choice-grid")
    if evaluative >= 2 and (about_training or ratings or grid_lines):
        add("evaluation form", 2.0 + 0.5 * min(2, evaluative - 2) + 0.5 * bool(comments),
            "type:questions-about-the-training")

    if blanks >= 3:
        add("worksheet", 2.5 + min(1.5, 0.25 * (blanks - 3)), "type:fill-in-blanks")
        add("evaluation form", 0.5, "type:fill-in-blanks")
    if tick_lines >= 3 and not ratings:
        add("worksheet", 2.5, "type:tick-boxes")
    if answer_space >= 3 and blanks < 3:
        add("worksheet", 2.0, "type:answer-spaces")
        add("evaluation form", 0.5, "type:answer-spaces")

    _sign_in(facts, blanks, add)


def _rating(text: str, boxes: int) -> bool:
    """A line offering a scale: five numbers, or three scale words (not a sentence of prose)."""
    if _counts_up(text):
        return True
    if text.rstrip().endswith(".") and boxes < 2:
        return False
    words = {m.group() for m in _SCALE_WORDS.finditer(text)}
    return len(words) >= 3 and (boxes >= 2 or len(text.split()) <= 3 * len(words))


def _counts_up(text: str) -> bool:
    """Four or more numbers in a row counting up or down by one ("1 2 3 4 5"): a scale, not a
    phone number or a date."""
    run, last = 1, None
    for m in _SMALL_NUMBER.finditer(text):
        n = int(m.group())
        run = run + 1 if last is not None and abs(n - last) == 1 and n <= 10 else 1
        if run >= 4:
            return True
        last = n
    return False


def _sign_in(facts: Facts, blanks: int, add: Add) -> None:
    """A header row naming a Name column and at least one other, over rows of entries or blanks."""
    light, lines = facts.light, facts.lines
    for i, t in enumerate(light[:60]):
        if lines[i].n_words > 10 or not _NAME_COLUMN.search(t) or _NAME_FIELD.search(t):
            continue
        columns = len(set(_SIGNIN_COLUMNS.findall(t))) + len(_NAME_COLUMN.findall(t)) - 1
        if columns < 1:
            continue
        rows = light[i + 1:i + 13]
        short = sum(1 for j in range(i + 1, min(len(lines), i + 13)) if lines[j].n_words <= 14)
        numbered = sum(1 for r in rows if _ROW_NUMBER.match(r))
        if blanks >= 3 or numbered >= 3 or (columns >= 2 and short >= 4):
            add("sign-in sheet", 6.0, "type:sign-in-columns")
            return
