"""Texts meant to be read: newsletters, manuals, handouts, reports, slides and trainer guides.

By the guidelines' definitions: a newsletter is an issue of a periodical (a volume or issue
number, "in this issue", or a masthead dated by season or month over several news items);
a manual is kept and consulted (contents with page numbers, chapters or numbered parts); a
handout informs on a few pages (questions and answers, a list of points or tips between
paragraphs, "What you can do"); a report gives an account (sections such as Summary,
Findings, Recommendations; or paragraphs in the past tense about workshops, sessions and
participants); slides are numbered ("Slide 3", "Diapositiva 2", "Overhead #1"); a trainer
guide is addressed to the trainer (Objectives / Materials / Time lines, timed steps,
"ask the participants", "divide into small groups", "pida a los participantes",
"répartissez les participants").
"""

from __future__ import annotations

import re

from metp.pipeline.tagging.dates import MONTH_WORDS, SEASONS
from metp.pipeline.tagging.typecues import Add, Facts

_VOLUME = re.compile(r"\bvol(?:ume|\.)?\s*[ivxlc\d]+\b")
_NUMBER = re.compile(r"\b(?:no|n[°º]|nr|num|number|numero|issue)\.?\s*\d+")
# An issue number: "Issue 23", "Núm. 27", "No. 4", or "#14" after the periodical's name ("Network Update
# #14"); not a group's or a box's number ("Bristol Group (No. 27)", "Grupo nº 12", "P.O. Box No. 5").
ISSUE_NO = re.compile(r"(?<!group )(?<!group \()(?<!grupo )(?<!grupo \()(?<!groupe )(?<!groupe \()(?<!box )"
                       r"\b(?:issue|num\.?|numero|number|n[°º]|no\.|nr\.)\s*\d+\b|"
                       r"\b(?:news|newsletter|bulletin|update|e-?update|e-?news|boletin|lettre|infos?)\s*#\s*\d+\b")
# "In this issue" (not "this issue", which is as often a topic: "our work on this issue").
_ISSUE_WORDS = re.compile(r"\b(?:in this issue|in the next issue|next issue of|en este numero|en el proximo numero|"
                          r"dans ce numero|au sommaire de ce numero|dans le prochain numero)\b")
_SEASONS = f"(?:{'|'.join(SEASONS)})"
_MONTHS = f"(?:{'|'.join(MONTH_WORDS)})"
_ISSUE_DATE = re.compile(rf"(?<!\d )(?<!\d)\b(?:{_SEASONS}|{_MONTHS})(?:\s*[-/–]\s*(?:{_SEASONS}|{_MONTHS}))?"
                         rf"(?:\s+de)?\s+'?\d{{2,4}}\b")
_NEWS_WORDS = re.compile(r"\b(?:news|newsletter|bulletin|noticias|boletin|informa|nouvelles|lettre|infos?|"
                         r"gazette|journal|courier|courrier|update)\b")

_TOC_HEAD = re.compile(r"^\s*(?:contents|table of contents|indice|sumario|contenido|table des matieres|sommaire)"
                       r"\s*:?\s*$")
_TOC_ENTRY = re.compile(r"(?:\.\s?){3,}\s*\d{1,3}\s*$")
_ORDINALS = (r"(?:\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|"
             r"un|deux|trois|quatre|cinq|six|first|second|third|primer[ao]?|segund[ao]|tercer[ao]?|"
             r"premiere?|deuxieme|troisieme)")
_CHAPTER = re.compile(rf"^\s*(?:chapter|chapitre|capitulo|part|parte|partie|section|seccion|unit|unidad|unite|"
                      rf"lesson|leccion|lecon)\s+{_ORDINALS}\b|^\s*\d+\.\d+\.?\s+[a-z]")

_QA = re.compile(r"^\s*(?:q|p|question|pregunta)\s*[.:]\s+\S")
_LIST_LINE = re.compile(r"^\s*(?:[-*•·–]\s+\S|\(?\d{1,2}[.)]\s+\S|\(?[a-h][.)]\s+\S)")
_ACT_HEAD = re.compile(
    r"^\s*(?:what (?:you|we|your group|groups|members|students) can do|how (?:you|your group) can help|"
    r"take action|que (?:puedes|puede|podemos|pueden|puede tu grupo) hacer|como (?:participar|ayudar|colaborar)|"
    r"que (?:pouvez-vous|pouvons-nous|peut-on|pouvez vous) faire|ce que (?:vous|votre groupe|nous) pou\w+ faire|"
    r"comment agir|agissez)\b")

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|usted|ustedes|tu|tus|vosotros|vuestr[oa]s?|puedes|"
                            r"debes|vous|votre|vos|pouvez|devez)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|yo|mi|mis|conmigo|je|j'|moi|mon|ma|mes)\b")

_REPORT_HEAD = re.compile(
    r"^(?:\d+\.?\s+)?(?:executive summary|summary|findings|recommendations?|conclusions?|results|outcomes|"
    r"highlights|lessons learned|next steps|goals for next year|background|overview|methodology|"
    r"resumen|antecedentes|resultados|conclusiones|recomendaciones|balance|valoracion|perspectivas|"
    r"resume|contexte|resultats|recommandations|bilan|perspectives|constats)\s*:?$")
_PAST = re.compile(
    r"\b(?:was|were|had|took part|attended|participated|held|gave|offered|met|reported|rated|asked|agreed|"
    r"discussed|trained|organi[sz]ed|visited|sent|wrote|raised|collected|came|led|"
    r"fue|fueron|hubo|participaron|asistieron|se celebro|se celebraron|se realizo|se realizaron|tuvo lugar|"
    r"se trato|se trataron|se presento|organizamos|realizamos|enviamos|recaudamos|valoraron|"
    r"a eu lieu|ont eu lieu|ont participe|a participe|a ete|ont ete|etait|etaient|a reuni|s'est tenue?|"
    r"avons organise|avons envoye|ont ecrit|ont demande)\b")
_EVENT_NOUNS = {
    "participant": re.compile(r"\b(?:participants?|participantes?|asistentes|stagiaires)\b"),
    "workshop": re.compile(r"\b(?:workshops?|talleres|taller|ateliers?)\b"),
    "training": re.compile(r"\b(?:trainings?|formacion(?:es)?|formations?|courses?|cursos?)\b"),
    "trainer": re.compile(r"\b(?:trainers?|facilitators?|formadores|formateurs|animateurs)\b"),
    "session": re.compile(r"\b(?:sessions?|sesiones|seances?)\b"),
}

_SLIDE = re.compile(r"^\s*(?:slide|overhead|transparency|transparencia|diapositiva|diapo|diapositive|transparent|"
                    r"lamina)\s*(?:#|no\.?|n[°º])?\s*\d+\b")

_PLAN_FIELD = re.compile(
    r"^\s*(?:(?P<objectives>(?:learning |session )?objectives?|aims?|goals?|purpose|objetivos?|objectifs?|buts?)|"
    r"(?P<materials>materials?(?: needed| necesario| necessaire)?|you will need|resources|materiales|recursos|"
    r"materiel(?: necessaire)?|fournitures)|"
    r"(?P<time>time(?: needed| required)?|timing|duration|(?:duracion|tiempo|duree)(?: total[e]?| necesario)?)|"
    r"(?P<preparation>preparation|before the session|preparacion|antes de la sesion|avant la seance)|"
    r"(?P<procedure>procedure|steps|method|activity|desarrollo|procedimiento|metodologia|actividad|deroulement|"
    r"methode|consignes?|activite)|"
    r"(?P<notes>(?:notes? )?(?:for|to) (?:the )?(?:trainers?|facilitators?)|trainer'?s notes?|"
    r"facilitator'?s notes?|debrief(?:ing)?|nota para (?:el|la) (?:facilitador|formador|dinamizador)a?|"
    r"note pour l'animateur|mise en commun|puesta en comun))(?:\s*:|\s*$)")  # "Objectives:", or a heading "AIMS"
_TO_TRAINER = re.compile(
    r"\b(?:ask|invite|divide|split|break|have|get|give|remind|tell|pair|put|pida|pregunte|divida|invite|forme|"
    r"reparta|entregue|de|recuerde|pide|pregunta|reparte|entrega|recuerda|invita|"  # usted and tu
    r"demandez|divisez|repartissez|invitez|formez|distribuez|donnez|rappelez)"
    r"\s+(?:(?:the|a|to|into|in|up|them|two|three|four|some|all|los|las|a|al|en|les|aux|des|de|un|una|dos|tres|"
    r"deux|trois|tous|todos)\s+){0,2}"
    r"(?:participants?|participantes?|asistentes|group|groups|grupos?|everyone|each (?:group|pair|person|"
    r"participant)|cada (?:grupo|equipo|participante|pareja|persona)|chaque (?:groupe|equipe|participant|binome)|"
    r"pairs|parejas|equipos|binomes|small groups|petits groupes|volunteers|the class|la classe|la clase|"
    r"alumn[oa]s|eleves|students|pupils)\b")
_TIMED_STEP = re.compile(r"\(\s*\d+\s*(?:min(?:utes|utos|s)?\.?|mn|')\s*\)|^\s*(?:step|paso|etape|fase|phase)\s+\d+\b|"
                         r"^\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*(?:min(?:utes|utos|s)?|mn)\b|"  # "10-25 min  THE CARDS"
                         r"\btime needed\b|(?:--|[-–])\s*\d+\s*(?:min(?:utes|utos|s)?|mn)\.?\s*$")


def rule(facts: Facts, add: Add) -> None:
    _newsletter(facts, add)
    _manual(facts, add)
    _handout(facts, add)
    _report(facts, add)
    slides = sum(1 for t in facts.light if _SLIDE.match(t))
    if slides:
        add("slides", 5.0 + min(2.0, slides - 1), "type:slide-numbers")
    _trainer_guide(facts, add)


_HEADER_FIELD = re.compile(r"^\s*(?:to|from|re|subject|subj|date|sent|cc)\s*:")


def masthead(facts: Facts) -> list[str]:
    """Page 1's first four lines with letters, after an e-mail's header lines (an issue sent by
    e-mail: "From: / To: / Subject:" over its masthead)."""
    light = facts.light
    return [light[i] for i in facts.first[:12]
            if not _HEADER_FIELD.match(light[i]) and any(ch.isalpha() for ch in light[i])][:4]


def _newsletter(facts: Facts, add: Add) -> None:
    light = facts.light
    top = masthead(facts)
    if any((m := _VOLUME.search(t)) and _NUMBER.search(t, m.end()) for t in light):
        add("newsletter", 4.0, "type:volume-number")
    elif any(ISSUE_NO.search(t) for t in top):
        add("newsletter", 3.0, "type:issue-number")  # "ICN eNews -- Issue 23 -- July 2008", "Núm. 27"
    if any(_ISSUE_WORDS.search(t) for t in light):
        add("newsletter", 2.0, "type:issue-words")
    items = _news_items(facts)
    if items >= 3 and any(_ISSUE_DATE.search(t) for t in top[:3]):
        add("newsletter", 2.5 + (1.0 if any(_NEWS_WORDS.search(t) for t in top[:3]) else 0.0), "type:dated-masthead")


def _news_items(facts: Facts) -> int:
    """Headings (short, in capitals) each followed by a paragraph: the items of an issue."""
    lines = facts.lines
    return sum(1 for i in range(len(lines) - 1) if lines[i].n_words <= 8 and lines[i].upper >= 0.8
               and lines[i + 1].upper < 0.5 and lines[i + 1].n_words >= 5)


def _manual(facts: Facts, add: Add) -> None:
    light = facts.light
    contents = any(_TOC_HEAD.match(t) for t in light)
    entries = sum(1 for t in light if _TOC_ENTRY.search(t[-24:]))  # the tail: no scan back over dots
    chapters = sum(1 for t in light if _CHAPTER.match(t))
    if contents or entries >= 3:
        add("manual", 2.0 * contents + 2.0 * (entries >= 3), "type:contents")
    if chapters:
        add("manual", min(4.0, 1.25 * chapters) + 0.5 * (facts.pages >= 3), "type:chapters")


def _handout(facts: Facts, add: Add) -> None:
    light, lines = facts.light, facts.lines
    qa = sum(1 for t in light if _QA.match(t))
    if qa >= 2:
        add("handout", 3.0, "type:questions-and-answers")
        return
    if facts.pages > 4 or not lines:
        return
    listed = sum(1 for t in light if _LIST_LINE.match(t))
    asked = sum(1 for i in range(len(lines) - 1) if light[i].rstrip().endswith("?") and lines[i].n_words <= 12
                and facts.prose[i + 1])  # "Who is tortured?" over a paragraph answering it
    prose = any(p and not _LIST_LINE.match(t) for p, t in zip(facts.prose, light))
    top = lines[0]
    headed = top.upper >= 0.8 or top.rel_size >= 1.25 or top.centred
    if prose and headed and (listed >= 3 or asked >= 2):
        add("handout", 2.5, "type:information-sheet")  # prose with a list of points, tips or questions
    elif facts.pages <= 3 and _titled(facts) and _speaks_to_the_reader(facts):
        add("handout", 2.5, "type:advice-to-the-reader")  # a titled text of advice: "you", "vous", "usted"
    if any(_ACT_HEAD.match(t) and lines[i].n_words <= 8 for i, t in enumerate(light)):
        add("handout", 1.0, "type:what-you-can-do")


def _titled(facts: Facts) -> bool:
    """The first line is a title set apart: short, not a sentence, with space below it (or
    centred, larger, or in capitals over its subtitle), not the first line of a paragraph."""
    top = facts.lines[0]
    return top.n_words <= 12 and not facts.light[0].rstrip().endswith((".", ",", ";")) and \
        not top.text[:1].islower() and (facts.gap_after(0) >= 1 or top.centred or top.rel_size >= 1.25 or
                                         top.upper >= 0.8)


def _speaks_to_the_reader(facts: Facts) -> bool:
    """Paragraphs that address the reader ("you", "usted", "vous") more than they tell of the
    writer ("I", "yo", "je"): advice, not a testimony or a story."""
    prose = [t for p, t in zip(facts.prose, facts.light) if p]
    if len(prose) < 3:
        return False
    text = " ".join(prose)
    second = len(_SECOND_PERSON.findall(text))
    first = len(_FIRST_PERSON.findall(text))
    return second >= 3 and second > 2 * first and second * 80 >= len(text.split())


def _report(facts: Facts, add: Add) -> None:
    light, lines = facts.light, facts.lines
    heads = {_REPORT_HEAD.match(t.strip()).group() for i, t in enumerate(light)
             if (lines[i].upper >= 0.8 or t.rstrip().endswith(":")) and _REPORT_HEAD.match(t.strip())}
    if heads:
        add("report", min(4.0, 1.5 * len(heads)), "type:report-sections")
    prose = [i for i, p in enumerate(facts.prose) if p]
    if len(prose) < 4:
        return
    text = " ".join(light[i] for i in prose)
    past = len(_PAST.findall(text))
    nouns = sum(1 for pattern in _EVENT_NOUNS.values() if pattern.search(text))
    if past >= 5 and nouns >= 2:
        add("report", 2.5, "type:account-of-training")  # what happened at workshops, told in the past


def _trainer_guide(facts: Facts, add: Add) -> None:
    light = facts.light
    fields = {m.lastgroup for t in light if (m := _PLAN_FIELD.match(t))}
    if len(fields) >= 2 and fields & {"objectives", "materials"}:
        add("trainer guide", min(4.5, 3.0 + 0.5 * (len(fields) - 2)), "type:session-plan")
    told = sum(len(_TO_TRAINER.findall(t)) for t in light)
    if told >= 2:
        add("trainer guide", 2.0 if told < 4 else 3.0, "type:instructions-to-trainer")
    steps = sum(1 for t in light if _TIMED_STEP.search(t))
    if steps:
        add("trainer guide", min(4.0, 1.0 * steps), "type:timed-steps")
