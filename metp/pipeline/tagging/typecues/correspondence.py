"""Letters and memos: how correspondence is laid out, in English, Spanish and French.

A letter (the guidelines: "addressed to a person or group with a salutation and/or a
signature") opens with a salutation before any paragraph of prose ("Dear ...", "Estimados
compañeros:", "Chers amis,", "Hi all,") and ends with a closing ("Sincerely", "Un abrazo",
"Amitiés") followed only by a signature block.  The position matters: a sample letter
printed inside a handout has the handout's prose before its "Dear Minister", and more
prose after its "Yours sincerely", so it does not make the handout a letter.  A dateline
"Place, date" at the top is a weak sign of a letter.  A memo has two or more of To / From
/ Date / Subject lines (Para / De / Fecha / Asunto; À / De / Date / Objet) at the top and
no greeting; with a greeting it is an email letter.  An issue of a newsletter sent by e-mail has the
header too, but its subject line names the issue ("Subject: Network Update #14"): the header says
how it came, the masthead and items what it is (publications).
"""

from __future__ import annotations

import re

from metp.pipeline.tagging.typecues import Add, Facts
from metp.pipeline.tagging.typecues.publications import ISSUE_NO

SALUTATION = re.compile(
    r"^\s*(?:dear(?:est)?|my dear|your (?:excellency|honou?r|eminence)|excellency|to whom it may concern|"
    r"hi|hello|greetings|good (?:morning|afternoon)|friends|dear friends|colleagues|comrades|"
    r"mes? chers?|cher|chere|cheres|chers|mesdames|messieurs|madame|monsieur|mademoiselle|bonjour|salut|"
    r"estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|distinguid[oa]s?|muy senor(?:es|a)?|senor(?:es|a)?|"
    r"sr\.|sra\.|excmo\.?|excma\.?|excelentisim[oa]|ilustrisim[oa]|a quien corresponda|hola|"
    r"companer[oa]s|amig[oa]s|sehr geehrte)\b")
_FORMAL_OPENING = re.compile(r"^\s*(?:dear|my dear|estimad|querid|apreciad|distinguid|cher|mes cher|your excel)")
FORMAL_CLOSING = re.compile(
    r"^\s*(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully|cordially|fraternally)(?:\s+yours)?|"
    r"yours (?:in (?:peace|solidarity|friendship)|ever)|in (?:solidarity|peace|friendship)|"
    r"with (?:best|kind|warm|warmest|many)? ?(?:wishes|regards|thanks)|best (?:wishes|regards)|"
    r"kind(?:est)? regards|warm(?:est)? (?:regards|wishes)|regards|"
    r"atentamente|(?:muy )?cordialmente|(?:un |reciba un |reciban un )?(?:cordial |afectuoso |fuerte |gran )?"
    r"(?:saludo|abrazo)s?|saludos (?:cordiales|fraternales)|(?:le|les|os|te) saluda|fraternalmente|solidariamente|"
    r"en solidaridad|(?:bien )?amicalement|amities|fraternellement|cordialement|solidairement|"
    r"(?:bien |tres )?(?:sinceres |cordiales |meilleures )?salutations|veuillez agreer|je vous prie d|"
    r"nous vous prions d|recevez|avec (?:mes|nos) (?:salutations|amities|remerciements)|bien a (?:vous|toi)|"
    r"en toute amitie|en solidarite|mit freundlichen)\b")
INFORMAL_CLOSING = re.compile(
    r"^\s*(?:love|peace|cheers|thanks|many thanks|thank you|best|all the best|take care|warmly|gracias|"
    r"muchas gracias|merci|merci beaucoup|a bientot|hasta pronto)\s*[,.!]?\s*$")
_AFTER_CLOSING = re.compile(r"^\s*(?:p\.?\s?s\b|cc\b|c\.c\.|enc|encl|att(?:ached|ach)?\b|adj|p\.?\s?j\b|"
                            r"anexo|copie)", re.I)
# A signature: "Ana", "Pilar Gómez", "J.-P. Ferrand"
_NAME = re.compile(r"^\s*[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}\s*$")
_DATELINE = re.compile(
    r"^\s*[a-z][a-z .'-]{1,30},\s*(?:le |el |den |this )?(?:\d{1,2}(?:er|o|º|st|nd|rd|th)?\s*(?:de\s+)?"
    r"[a-z]{3,}\.?|[a-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s*(?:de(?:l)?\s+)?\d{2,4}\s*\.?$")
_ADDRESS = re.compile(r"\d{3}|@|\b(?:tel|fax|phone|telephone)\b")  # a letterhead's street, phone, email
_FIELD = re.compile(r"^\s*(to|from|subject|subj|re|date|cc|bcc|attn|attention|para|de|asunto|fecha|ref|"
                    r"referencia|copia|a|objet|destinataires?|expediteur|copie)\s*\.?\s*:")
_FIELD_NAMES = {"subj": "subject", "re": "subject", "asunto": "subject", "objet": "subject", "ref": "subject",
                "referencia": "subject", "para": "to", "a": "to", "destinataire": "to", "destinataires": "to",
                "attn": "to", "attention": "to", "de": "from", "expediteur": "from", "fecha": "date",
                "bcc": "cc", "copia": "cc", "copie": "cc"}


def rule(facts: Facts, add: Add) -> None:
    """Letter: salutation, closing and signature, dateline; memo: header lines; email: both."""
    greeting = _salutation(facts)
    if greeting is not None:
        add("letter", 4.5, "type:salutation")
    closing = _closing(facts)
    if closing:
        add("letter", closing, "type:closing")
    if any(_DATELINE.match(facts.light[i]) for i in facts.first[:8]):
        add("letter", 1.0, "type:dateline")

    found = [(_FIELD_NAMES.get(m.group(1), m.group(1)), i) for i in facts.first[:14] if (m := _FIELD.match(facts.light[i]))]
    fields = {name for name, _ in found}
    if any(name == "subject" and ISSUE_NO.search(facts.light[i]) for name, i in found):
        return  # "Subject: FVI Network Update #14": an issue of a newsletter sent by e-mail (publications)
    if ("to" in fields or "from" in fields) and len(fields) >= 2:
        points = 4.0 + 1.5 * (len(fields) - 2)
        if greeting is not None:  # an email or letter with header lines, opening "Dear ..." or "Hi everyone,"
            add("letter", points, "type:header-and-greeting")
        else:
            add("memo", points, "type:memo-header")


def _salutation(facts: Facts) -> int | None:
    """The salutation line on page 1, when no paragraph of prose (two lines or more; not an
    address or header line) comes before it."""
    prose = 0
    for i in facts.first[:24]:
        line, light = facts.lines[i], facts.light[i]
        if line.n_words <= 8 and SALUTATION.match(light) and (
                light.rstrip().endswith((",", ":", "!", ";")) or _FORMAL_OPENING.match(light)):
            return i if prose < 2 else None
        prose += facts.prose[i] and not _FIELD.match(light) and not _ADDRESS.search(light)
    return None


def _closing(facts: Facts) -> float:
    """Points for a closing line on the last page followed only by a signature block."""
    for i in range(max(facts.last_start, len(facts.lines) - 20), len(facts.lines)):
        line, light = facts.lines[i], facts.light[i]
        formal = line.n_words <= 7 and FORMAL_CLOSING.match(light)
        informal = not formal and INFORMAL_CLOSING.match(light)
        if not (formal or informal):
            continue
        after = range(i + 1, len(facts.lines))
        if any(facts.prose[j] and not _AFTER_CLOSING.match(facts.light[j]) for j in after):
            continue  # prose goes on: a closing formula inside a text, not a letter's end
        if formal:
            return 4.5
        if any(facts.lines[j].n_words <= 4 and _NAME.match(facts.lines[j].text) for j in after[:3]):
            return 3.5  # "Thanks," or "Un abrazo," then a name
    return 0.0
