"""Dates: every date in the text and the file/folder name, and which one is the document's.

Candidates are found with regular expressions (fast and precise about what counts
as a date) and parsed by python-dateutil, with a parserinfo that also knows Spanish
and French month names and a two-digit-year rule for an archive (``'87`` is 1987,
``05`` is 2005, never a future year).  The forms training material uses:

- full dates in words or numbers, with weekdays and ordinals ("Saturday, May 1st, 1983",
  "4th October 1973", "le 12 janvier 1981", "22 de julio de 1995", "14 Mar 2000", ISO);
- ranges, read as their start at the start's precision: "4-5 May 2001", "May 4–5, 2001",
  "September 30 – October 2, 1994", "18-19 novembre 2006", "Jan–Mar 1991", "abril-junio 1993",
  "1984-85", "1991–1992", "Winter 1979/80", "1987-88 school year", "Curso 2008-2009";
- seasons (a year, not a month: "Fall 1989", "Spring '85", "automne 1979"), fiscal years
  ("FY1990", "FY 1989-90"), circa ("c. 1975", "ca. 1975"), month and year in numbers after
  an imprint word ("Rev. 3/91", "Prepared ..., 10/1993", "Printed in U.S.A. 6/88") or set
  apart at the end of a footer ("Group Services -- 4/86"), a period across a year's end
  ("septembre 1978 – juin 1979": its start), two-digit years in a dateline ("21 June 71");
- numeric dates whose day/month order is ambiguous (5/12/86) are read in the order the
  document's own evidence says (`_order_evidence`): a numeric date elsewhere in it that can
  only be read one way, its dates in words (14 March vs March 14), its language (Spanish
  and French material writes day first) and British spellings, pounds and postcodes; US
  material (the default for English) writes month first.  Dots and Roman months are day
  first ("12.5.86", "12.V.1978").  When the evidence conflicts, only the year is given.

Each candidate is scored by where it stands and what it says about itself:

==========================  =====  ==========================================
rule                        score  where
==========================  =====  ==========================================
date:date-line              0.95   "Date: 3/14/87", "DATE: 14 March 1989", "Fecha:"
date:formal-dateline        0.92   "this 14th day of June, 1998" (a certificate's own date)
date:revised                0.90   "Revised June 1988", "Rev. 3/91", "edición revisada",
                                   "Submitted January 1986", "Issued ..." (its date of issue)
date:dateline               0.90   a date alone on a line near the top, or after a place
                                   ("Paris, le 12 janvier 1981", "Valencia, 9/10/1999")
date:imprint                0.85   "(c) 1982", "© 1994", "Second edition, 1983",
                                   "First published 1985", "Prepared by ..., 10/1993",
                                   "Presented at ..., April 8, 2000"
date:heading-*              0.85   in the top lines, before the body (a year alone: 0.70)
date:circa                  0.80   "c. 1975", "ca. 1975", "circa 1975"
date:closing-dateline       0.80   a dateline among the last lines ("Ciudad de Guatemala,
                                   noviembre de 1982")
date:under-heading          0.80   the event's line under the heading, however long, when
                                   not a paragraph ("Meeting of Tues. Feb. 5th, 1985, St.
                                   Andrew's parish hall", "celebrada el 3/6/1995 en ...")
date:source-name            0.80   in the file or folder name (year alone: 0.65)
date:standalone-line        0.75   a date alone on a line elsewhere ("Juin 2003")
date:closing-lines          0.50   in the last lines of the document
date:body                   0.20-0.35  mentioned in passing
date:mentioned              0.10   a deadline, a next meeting, a stamp ("register by
                                   February 20, 1987", "Next meeting: Feb. 13, 1992",
                                   "RECEIVED MAR 10 1986", "since 1976")
==========================  =====  ==========================================

The document's date is its best-supported candidate: the highest score (then the most
precise), when that is at least 0.5; the confidence adds the other evidence for the same
year.  The rule names the evidence and, after a "+", the form read when it is not a plain
date ("date:heading+day-range", "date:dateline+day-first": an ambiguous numeric date read
day first because of the document's evidence).  When no single candidate is strong, only
several weak mentions of one year together (1 - prod(1 - s) >= 0.5) make a date, and then
only what all that year's mentions agree on, usually the year alone (rule
`date:year-from-mentions`); anything weaker gives no date rather than a wrong one.  A day
and month without a year in the top lines ("Friday, June 26") takes the document's year
when the weekday agrees.  The other dates found, up to MAX_MENTIONED of them (the best
scored), are kept as `metp.date_mentioned`.

Everything is relative to `today`, the reference date the caller passes (the batch's
date): the latest plausible year and the century of two-digit years.  Nothing here reads
the clock, so the same document always gives the same dates.

Bound: linear in the layout's text.  Each candidate costs O(its own length) (the line's
word count is taken once per line), overlaps are checked against a map of the line's
characters, parses are cached, the order evidence reads at most ORDER_CHARS characters,
and after MAX_CANDIDATES candidates only the last lines are still read (a table of
thousands of dates adds nothing to which one is the document's).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser

from metp.pipeline.tagging.layout import Layout, Line, is_prose

EARLIEST_YEAR = 1960
MAX_CANDIDATES = 2_000  # dates read before the last lines
TAIL = 10               # the last lines, always read (closings, imprints), however many dates came before
MAX_MENTIONED = 100     # other dates kept as metp.date_mentioned
ORDER_CHARS = 20_000    # characters read for the day/month order evidence (language, spellings)
TOP_LINES = 10          # how far down page 1 the top (heading) lines may reach

# Month and season names in full, in the three languages of the material: one list that the type
# cues (a newsletter's issue date) and the title rules (a heading's date words) take too.
MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december",
               "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
               "octubre", "noviembre", "diciembre",
               "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
               "novembre", "decembre")
_MONTH_NAMES = [
    ("jan", "january", "enero", "janvier", "ene", "janv"),
    ("feb", "february", "febrero", "fevrier", "fev", "fevr", "febr"),
    ("mar", "march", "marzo", "mars"),
    ("apr", "april", "abril", "avril", "abr", "avr"),
    ("may", "mayo", "mai"),
    ("jun", "june", "junio", "juin"),
    ("jul", "july", "julio", "juillet", "juil"),
    ("aug", "august", "agosto", "aout", "ago"),
    ("sep", "sept", "september", "septiembre", "setiembre", "septembre", "set"),
    ("oct", "october", "octubre", "octobre"),
    ("nov", "november", "noviembre", "novembre"),
    ("dec", "december", "diciembre", "decembre", "dic"),
]
_MONTH = (r"(?:jan(?:uary|v)?|feb(?:ruary|r)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|"
          r"agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|"
          r"aout|septembre|octobre|novembre|decembre)\b\.?")
_WEEKDAY = (r"(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?|lunes|martes|miercoles|"
            r"jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?,?\s+")
_YEAR4 = r"(?:19|20)\d\d"
_YEAR = rf"(?:{_YEAR4}|['’]\d\d)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|o|º)?"
_TO = r"\s*(?:-|–|—|to|and|&|al|au|y|et|a)\s*"
_DAYS = rf"{_DAY}(?:{_TO}{_DAY})?"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}
SEASONS = {"spring": "spring", "summer": "summer", "fall": "autumn", "autumn": "autumn", "winter": "winter",
            "primavera": "spring", "verano": "summer", "otono": "autumn", "invierno": "winter",
            "printemps": "spring", "ete": "summer", "automne": "autumn", "hiver": "winter"}
_SPLIT_YEAR = r"(?:\s*[-–/]\s*(?:\d{4}|\d\d)(?!\d))?"  # "Winter 1979/80", "1984-85", "1991–1992"

_F = re.I
# Most specific first: a later pattern never takes text an earlier one took.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"(?<![\d-])({_YEAR4})-(0?[1-9]|1[0-2])-([0-3]?\d)(?![\d-])")),
    # a formal dateline: a certificate's or a deed's "this 14th day of June, 1998", "a los 14 días del mes de"
    ("formal", re.compile(rf"\b({_DAY})\s+(?:day|dias?|jour)\s+(?:of|del\s+mes\s+de|de|du\s+mois\s+de)\s+"
                          rf"({_MONTH}),?\s+"
                          rf"(?:de\s+|del\s+ano\s+)?({_YEAR})(?!\d)", _F)),
    ("cross-mdy", re.compile(rf"\b(?:{_WEEKDAY})?({_MONTH})\s*({_DAY}){_TO}(?:{_WEEKDAY})?{_MONTH}\s*{_DAY},?\s+"
                             rf"({_YEAR})(?!\d)", _F)),
    ("cross-dmy", re.compile(rf"\b(?:{_WEEKDAY})?(?:le\s+|el\s+|del\s+)?({_DAY})\s+(?:de\s+)?({_MONTH}){_TO}"
                             rf"(?:{_WEEKDAY})?{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?({_YEAR})(?!\d)", _F)),
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY})?({_MONTH})\s*({_DAYS}),?\s+(?:de\s+)?({_YEAR})(?!\d)", _F)),
    ("dmy", re.compile(rf"\b(?:{_WEEKDAY})?(?:le\s+|el\s+|del\s+)?({_DAYS})\s+(?:de\s+|of\s+)?({_MONTH}),?\s+"
                       rf"(?:de\s+|del\s+)?({_YEAR})(?!\d)", _F)),
    # a dateline's two-digit year ("21 June 71"): only when nothing follows on the line
    ("dmy-yy", re.compile(rf"\b(?:{_WEEKDAY})?({_DAY})\s+({_MONTH}),?\s+(\d\d)\s*$", _F)),
    ("mdy-yy", re.compile(rf"\b(?:{_WEEKDAY})?({_MONTH})\s*({_DAY}),?\s+(\d\d)\s*$", _F)),
    ("roman", re.compile(r"(?<![\d.])([0-3]?\d)\s*[.\-/]\s*(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\s*[.\-/]\s*"
                         rf"({_YEAR4}|\d\d)(?![\d])", _F)),
    ("numeric", re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")),
    # a period across a year's end ("septembre 1978 – juin 1979", "Sept. 1990 to June 1991"): its start
    ("month-year-range", re.compile(rf"\b({_MONTH})\s*(?:de\s+)?({_YEAR4})\s*(?:-|–|—|to|au|a|al)\s*"
                                    rf"(?:de\s+)?{_MONTH}\s*(?:de\s+)?{_YEAR4}(?!\d)", _F)),
    ("month-range", re.compile(rf"\b({_MONTH})\s*(?:-|–|—|/|to|a|au)\s*{_MONTH},?\s+(?:de\s+)?({_YEAR})(?!\d)", _F)),
    ("season", re.compile(rf"\b({'|'.join(SEASONS)})\s+(?:of\s+|de\s+|d['’])?({_YEAR}){_SPLIT_YEAR}", _F)),
    ("fiscal", re.compile(r"\b(?:fy|fiscal\s+year|ejercicio|exercice)\s*['’]?((?:19|20)?\d\d)(?:\s*[-–/]\s*\d\d(?:\d\d)?)?"
                          r"(?![\d])", _F)),
    ("circa", re.compile(rf"(?:(?<![a-z])c\.|\bca\.?|\bcirca)\s*({_YEAR4})(?!\d)", _F)),
    ("year-range", re.compile(rf"(?<![\d$€£,./-])({_YEAR4})\s*[-–/]\s*((?:19|20)?\d\d)(?![\d-]|\.\d)")),
    ("my", re.compile(rf"\b({_MONTH}),?\s+(?:de\s+|of\s+|del\s+)?({_YEAR})(?!\d)", _F)),
    ("numeric-my", re.compile(rf"(?<![\d/.-])(0?[1-9]|1[0-2])\s*/\s*({_YEAR4})(?![\d/])")),
    ("imprint-my", re.compile(r"\b(?:rev(?:ised)?|updated|printed|prepared|issued)\b\.?:?\s*(?:[\w.,]+\s+){0,6}?"
                              r"(0?[1-9]|1[0-2])[/.-](\d\d)(?![\d/.-])", _F)),
    # a footer's or running line's month and two-digit year set apart ("Group Services -- 4/86")
    ("footer-my", re.compile(r"(?:^|\s(?:--|—|–|\||·)\s*)(0?[1-9]|1[0-2])/(\d\d)\s*$")),
    ("iso-month", re.compile(rf"(?<![\d-])({_YEAR4})[-/](0[1-9]|1[0-2])(?![\d-])")),
    ("md", re.compile(rf"\b(?:({_WEEKDAY}))?({_MONTH})\s+({_DAY})(?![\d:])", _F)),
    ("dm", re.compile(rf"\b(?:({_WEEKDAY}))?(?:le\s+|el\s+)?({_DAY})\s+(?:de\s+)?({_MONTH})", _F)),
    ("year", re.compile(rf"(?<![\d$€£,./-])({_YEAR4})(?!\d|[.,]\d|\s*(?:am|pm|hours|hrs)\b)", _F)),
    ("year-yy", re.compile(r"(?<![\w'’])['’](\d\d)(?![\w'’])")),  # "TRAINING CAMP '76"
)
# The form a kind records in the rule ("date:heading+day-range"); plain dates record none.
_FORMS = {"cross-mdy": "day-range", "cross-dmy": "day-range", "month-range": "month-range",
          "fiscal": "fiscal-year", "circa": "circa", "year-range": "year-range",
          "roman": "roman-month", "dmy-yy": "two-digit-year", "mdy-yy": "two-digit-year",
          "numeric-my": "numeric-month-year", "imprint-my": "numeric-month-year",
          "footer-my": "numeric-month-year", "month-year-range": "month-range"}
_SOURCE_PATTERNS = (
    ("day", re.compile(rf"(?<!\d)({_YEAR4})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")),
    ("month", re.compile(rf"(?<!\d)({_YEAR4})[-_.](0[1-9]|1[0-2])(?!\d)")),
    ("year", re.compile(rf"(?<!\d)({_YEAR4})(?!\d)")),
)
_DATE_LABEL = re.compile(r"^\s*(?:date|dated|fecha|datum|le|date d'envoi|sent)\s*[:.]", re.I)
# A revision or the date the document was issued or submitted: its own date above all others.
_REVISED = re.compile(r"\b(?:revised|rev|updated|revisad[ao]|revise|revisee|mis a jour|mise a jour|actualizad[ao]|"
                      r"reimpreso|reprinted|submitted|issued|presentado|soumis)\b", re.I)
_IMPRINT = re.compile(r"\b(?:prepared|printed|published|copyright|written|drafted|approved|dated|"
                      r"edition|ed\.|as of|publie|publicado|edicion|presented|presentado|presente|delivered|"
                      r"compiled|produced)\b|©|\(c\)", re.I)
# Words just before a date that make it a date the document mentions, not its own.
_MENTION = re.compile(r"(?:\b(?:next|following|upcoming|prochaine?|proxima|siguiente)\s+(?:\w+\s+)?(?:meeting|"
                      r"issue|session|reunion|seance)\b|\bdeadline\b|\bdue\b|\b(?:by|until|till|before|since|"
                      r"after|through|antes del?|avant le|hasta el|jusqu'au|depuis|desde|des le|from)\s*$|"
                      r"\b(?:received|rec'?d|recibido|recu|postmark(?:ed)?)\b)", re.I)
_HAS_DIGIT = re.compile(r"\d")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_OCR_DIGITS = (re.compile(r"(?<![A-Za-z])[lI](?=\d{3}\b)"), re.compile(r"(?<=\d)[Oo](?=\d)"))


class _ArchiveParserInfo(dateutil_parser.parserinfo):
    """English, Spanish and French month names; two-digit years never land in the future."""

    MONTHS = _MONTH_NAMES
    JUMP = dateutil_parser.parserinfo.JUMP + ["de", "le", "el", "er", "o"]

    def __init__(self, this_year: int):
        super().__init__(dayfirst=False, yearfirst=False)
        self.this_year = this_year

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year < 100 and not century_specified:
            year += 2000 if 2000 + year <= self.this_year else 1900
        return year


@lru_cache(maxsize=8)
def _info(this_year: int) -> _ArchiveParserInfo:
    """One parserinfo per reference year (it is read-only once built)."""
    return _ArchiveParserInfo(this_year)


@dataclass(frozen=True)
class DateFound:
    value: str            # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    year: int
    precision: int        # 3 day, 2 month, 1 season or year
    score: float
    rule: str
    text: str             # as written
    line: Line | None     # None: from the source name


@dataclass(frozen=True)
class DateResult:
    document: DateFound | None
    confidence: float
    mentioned: tuple[DateFound, ...]


@dataclass(frozen=True)
class _Raw:
    """A candidate before scoring: what was read and where."""

    kind: str
    span: tuple[int, int]
    parsed: tuple
    line: Line


def find_dates(layout: Layout, source_name: str, heading: list[Line], today: date) -> DateResult:
    """Every date in the layout's lines and `source_name`, and the document's date, as of `today`.
    `heading`: the title zone's lines (they count as top lines wherever they stand)."""
    info = _info(today.year)
    heading_ids = {id(ln) for ln in heading}
    first = layout.first_page
    tail = {id(ln) for ln in layout.lines[-TAIL:]}
    closing = {id(ln) for ln in layout.lines[-2:]}   # the last lines: weak evidence of a date
    ending = {id(ln) for ln in layout.lines[-5:]}    # where a closing dateline stands
    body_start = next((ln.index for ln in first if is_prose(ln)), len(first))  # where running text begins
    first_page_no = first[0].page_no if first else 1
    under = _under_heading(first, heading)
    raws: list[_Raw] = []
    seen = 0
    for line in layout.lines:
        if seen >= MAX_CANDIDATES and id(line) not in tail:
            continue
        for kind, span, parsed in _candidates(line.text, info, today):
            seen += 1
            raws.append(_Raw(kind, span, parsed, line))
    order = _order_evidence(layout, raws)
    found: list[DateFound] = []
    partial: list[tuple[Line, int, int, str | None, str]] = []  # (line, month, day, weekday, text)
    facts_of: dict[int, _LineFacts] = {}
    for raw in raws:
        line = raw.line
        facts = facts_of.get(id(line)) or facts_of.setdefault(id(line), _LineFacts.of(line))
        near_top = (line.page_no == first_page_no and line.index < min(TOP_LINES, body_start)) or \
            id(line) in heading_ids
        text = line.text[raw.span[0]:raw.span[1]]
        if raw.kind in ("md", "dm"):
            if near_top or facts.labelled or id(line) in under:
                partial.append((line, *raw.parsed, text))
            continue
        ymd, form = _resolve(raw, order)
        if ymd is None:
            continue
        y, m, d = ymd
        if raw.kind in _BARE and y > today.year:
            continue
        precision = 3 if d else 2 if m else 1
        score, where = _score(facts, raw.span, raw.kind, precision, near_top, id(line) in closing,
                              id(line) in ending, id(line) in under)
        rule = f"date:{where}" + (f"+{form}" if form and form != where else "")
        found.append(DateFound(_iso(y, m, d), y, precision, score, rule, text, line))
    found += _from_source(source_name, today)
    if not found:
        return DateResult(None, 0.0, ())
    doc, confidence = _document_date(found)
    if doc is None:
        return DateResult(None, 0.0, _mentioned(found, None))
    if doc.precision < 3:
        completed = _complete(partial, doc.year, doc)
        if completed is not None:
            doc = completed
    return DateResult(doc, confidence, _mentioned(found, doc.value))


def _document_date(found: list[DateFound]) -> tuple[DateFound | None, float]:
    """The best-supported date and its confidence: the year with the most evidence (its
    mentions combined, `_year_evidence`), at least 0.5; of that year, the strongest candidate
    (the most precise of those nearly as strong), when one is strong (>= 0.5) by itself;
    otherwise what all the year's weak mentions agree on (`date:year-from-mentions`)."""
    by_year = _year_evidence(found)
    year, support = max(by_year.items(), key=lambda kv: (kv[1], kv[0]))
    if support < 0.5:
        return None, 0.0
    of_year = [f for f in found if f.year == year]
    strong = [f for f in of_year if f.score >= 0.5]
    if strong:
        top = max(f.score for f in strong)
        return max((f for f in strong if f.score >= top - 0.1), key=lambda f: (f.precision, f.score)), \
            round(min(0.97, support), 2)
    best = max(of_year, key=lambda f: (f.score, f.precision))
    parts = [f.value.split("-") for f in of_year]  # [year], [year, month] or [year, month, day]
    common = 1
    while common < 3 and all(len(p) > common for p in parts) and len({p[common] for p in parts}) == 1:
        common += 1
    return DateFound("-".join(parts[0][:common]), year, common, best.score, "date:year-from-mentions",
                     best.text, best.line), round(min(0.97, support), 2)


_WEAK = ("date:body", "date:closing-lines", "date:mentioned")


def _year_evidence(found: list[DateFound]) -> dict[int, float]:
    """Per year, its evidence: its strongest statement (a heading, a dateline, an imprint: saying
    the same year twice in the heading is not more evidence), its weak mentions combined as
    independent evidence (many mentions add up; one line counts once per year), and the source
    name, combined."""
    best_in_line: dict[tuple[int, int], float] = {}
    strong: dict[int, float] = {}
    source: dict[int, float] = {}
    for f in found:
        if f.line is None:
            source[f.year] = max(source.get(f.year, 0.0), f.score)
        elif f.rule.split("+")[0] in _WEAK:
            key = (f.year, id(f.line))
            best_in_line[key] = max(best_in_line.get(key, 0.0), f.score)
        else:
            strong[f.year] = max(strong.get(f.year, 0.0), f.score)
    weak: dict[int, float] = {}
    for (year, _), score in best_in_line.items():
        weak[year] = 1 - (1 - weak.get(year, 0.0)) * (1 - score)
    return {year: 1 - (1 - strong.get(year, 0.0)) * (1 - weak.get(year, 0.0)) * (1 - source.get(year, 0.0))
            for year in set(strong) | set(weak) | set(source)}


def _mentioned(found: list[DateFound], document: str | None) -> tuple[DateFound, ...]:
    """The other distinct dates, the MAX_MENTIONED best scored, in date order."""
    others = [f for f in _distinct(found) if f.value != document]
    if len(others) > MAX_MENTIONED:
        others = sorted(sorted(others, key=lambda f: -f.score)[:MAX_MENTIONED], key=lambda f: f.value)
    return tuple(others)


@dataclass(frozen=True)
class _LineFacts:
    """What every candidate on a line asks about the line, worked out once per line (asking it
    per candidate made a long line of dates quadratic)."""

    line: Line
    labelled: bool     # "Date: ..."
    letter_words: int  # words of two letters or more

    @classmethod
    def of(cls, line: Line) -> "_LineFacts":
        return cls(line, bool(_DATE_LABEL.match(line.text)), len(_LETTER_WORD.findall(line.text)))


# ---------------------------------------------------------------------- candidates
def _candidates(text: str, info: _ArchiveParserInfo, today: date):
    """(kind, span, parsed) for each date in the line: (year, month, day) for most kinds,
    (first, second, year, separator) for an ambiguous numeric date, (month, day, weekday) for md/dm."""
    if not _HAS_DIGIT.search(text):
        return  # every date form has a digit (a day or a year); "Ju1y l987" keeps one too
    clean, origin = _unaccented(text)
    for pattern in _OCR_DIGITS:
        clean = pattern.sub(lambda m: "1" if m.group() in "lI" else "0", clean)
    taken = bytearray(len(clean))  # 1 where an earlier (more specific) form already took the text
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(clean):
            start, end = m.span()
            if taken.find(1, start, end) >= 0:
                continue
            parsed = _parse(kind, m, info, today)
            if parsed is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            yield kind, ((start, end) if origin is None else (origin[start], origin[end - 1] + 1)), parsed


def _unaccented(text: str) -> tuple[str, list[int] | None]:
    """`text` without accents (as `text.strip_accents` gives it), and for each of its characters
    the position in `text` it comes from (None: the same positions), so spans point into `text`."""
    if text.isascii():
        return text, None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        base = _base_letters(ch)
        out.append(base)
        origin.extend([i] * len(base))
    return "".join(out), origin


@lru_cache(maxsize=4096)
def _base_letters(ch: str) -> str:
    """A character without its accents ("" for a lone combining mark, "fi" for the ligature)."""
    if ch.isascii():
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _parse(kind: str, m: re.Match[str], info: _ArchiveParserInfo, today: date):
    g = m.groups()
    if kind in ("season", "circa"):
        year = _year(g[1] if kind == "season" else g[0], info)
        return (year, None, None) if _plausible(year, today) else None
    if kind == "fiscal":
        year = _year(g[0], info)
        return (year, None, None) if _plausible(year, today) else None
    if kind == "year-range":
        first, second = int(g[0]), g[1]
        if len(second) == 4:
            if not 0 < int(second) - first <= 9:
                return None  # "1914-1918" is history (a span of a few years at most is a document's)
        elif (first + 1) % 100 != int(second):
            return None  # "1984-85" is a range; "2004-06" is June 2004 (iso-month)
        return (first, None, None) if _plausible(first, today) else None
    if kind == "year":
        year = int(g[0])
        return (year, None, None) if year >= EARLIEST_YEAR else None
    if kind == "year-yy":
        year = _year(g[0], info)
        return (year, None, None) if _plausible(year, today) else None
    if kind in ("md", "dm"):
        weekday, month, day = (g[0], g[1], g[2]) if kind == "md" else (g[0], g[2], g[1])
        parsed = _dateutil(f"{_first_day(day)} {month} 2000", info.this_year)
        return (parsed[1], parsed[2], (weekday or "").strip(" ,.").lower() or None) if parsed else None
    if kind == "numeric":
        first, sep, second, year = g
        a, b = int(first), int(second)
        y = _year(year, info)
        if not _plausible(y, today):
            return None
        readings = []
        for month, day in ((a, b), (b, a)):  # month first (US), day first
            if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(y, month)[1]:
                readings.append((y, month, day))
            else:
                readings.append(None)
        if readings == [None, None]:
            return None
        return ("numeric", sep, readings[0], readings[1])
    if kind == "roman":
        y = _year(g[2], info)
        month = _ROMAN[g[1].lower()]
        day = int(g[0])
        if not _plausible(y, today) or not 1 <= day <= calendar.monthrange(y, month)[1]:
            return None
        return (y, month, day)
    if kind in ("numeric-my", "imprint-my", "footer-my"):
        y = _year(g[1], info)
        return (y, int(g[0]), None) if _plausible(y, today) else None
    if kind == "iso":
        text = f"{g[0]}-{int(g[1]):02d}-{int(g[2]):02d}"
    elif kind == "iso-month":
        text = f"{g[0]}-{g[1]}"
    elif kind in ("mdy", "cross-mdy", "mdy-yy"):
        text = f"{g[0]} {_first_day(g[1])} {_year_text(g[2])}"
    elif kind in ("dmy", "cross-dmy", "dmy-yy", "formal"):
        text = f"{_first_day(g[0])} {g[1]} {_year_text(g[2])}"
    elif kind in ("month-range", "month-year-range"):
        text = f"{g[0]} {_year_text(g[1])}"
    else:  # my
        text = f"{g[0]} {_year_text(g[1])}"
    parsed = _dateutil(text, info.this_year)
    if parsed is None or parsed[0] is None:
        return None
    y, mo, d = parsed
    if kind in ("iso-month", "my", "month-range", "month-year-range"):
        d = None
    return (y, mo, d) if _plausible(y, today) else None


def _resolve(raw: _Raw, order: str | None) -> tuple[tuple[int, int | None, int | None] | None, str]:
    """The candidate's (year, month, day) and the form to record: an ambiguous numeric date is
    read in the document's order ("month-first" or "day-first"), or as its year alone when the
    evidence conflicts (`order` None)."""
    if raw.kind != "numeric":
        return raw.parsed, _FORMS.get(raw.kind, "")
    _, sep, month_first, day_first = raw.parsed
    if month_first is None or day_first is None or month_first == day_first:
        return (month_first or day_first), ""  # only one reading, or both the same (2/2/74)
    if sep == ".":
        return day_first, ""  # dots are day first everywhere ("12.5.86")
    if order == "day-first":
        return day_first, "day-first"
    if order == "month-first":
        return month_first, "month-first"
    return (month_first[0], None, None), "order-unknown"


# Function words that tell Spanish and French text from English (folded: no accents).
_ROMANCE = re.compile(r"\b(?:de|el|la|lo|los|las|del|y|en|es|se|que|por|para|con|una|le|les|des|du|et|est|pour|"
                      r"dans|une|au|aux|avec|nous|vous|sur)\b")
_ENGLISH = re.compile(r"\b(?:the|and|of|to|is|for|with|that|this|we|you|our|are|will|be)\b")
_BRITISH = re.compile(r"£|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b|(?i:\b(?:organis(?:e|ed|es|ing|ation|ations)|"
                      r"programme|programmes|centre|centres|colour|labour|favour|behaviour|neighbour(?:s|hood)?|"
                      r"honour|defence|licence|catalogue|travelling|whilst|ltd)\b)")
_AMERICAN = re.compile(r"\$\s?\d|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|(?i:\b(?:organiz(?:e|ed|es|ing|ation|ations)|"
                       r"center|centers|color|labor|favor|behavior|neighbor(?:s|hood)?|honor|defense|license|"
                       r"catalog|traveling)\b)")


def _order_evidence(layout: Layout, raws: list[_Raw]) -> str | None:
    """How this document writes numeric dates: "month-first", "day-first", or None (it cannot
    be told: the evidence conflicts).  Strong evidence: its numeric dates that can be read
    only one way.  Weaker: its dates in words (14 March vs March 14), its language, British or
    American spellings, currency and postcodes.  English with no evidence is month first (the
    archive's default origin is the US organisation)."""
    day_first_only = month_first_only = weak = 0
    for raw in raws:
        if raw.kind == "numeric":
            _, sep, month_first, day_first = raw.parsed
            if sep != "." and (month_first is None) != (day_first is None):
                day_first_only += day_first is not None
                month_first_only += month_first is not None
        elif raw.kind in ("dmy", "cross-dmy", "dmy-yy", "roman"):
            weak += 1
        elif raw.kind in ("mdy", "cross-mdy", "mdy-yy"):
            weak -= 1
    if day_first_only and month_first_only:
        return None  # the document writes both: its ambiguous dates cannot be read
    if day_first_only or month_first_only:
        return "day-first" if day_first_only else "month-first"
    text = layout.folded[:ORDER_CHARS]
    romance, english = len(_ROMANCE.findall(text)), len(_ENGLISH.findall(text))
    if romance > max(3, english):
        weak += 3  # Spanish and French material writes the day first
    raw_text = "\n".join(ln.text for ln in layout.lines[:200])[:ORDER_CHARS]
    british, american = len(_BRITISH.findall(raw_text)), len(_AMERICAN.findall(raw_text))
    weak += (british > american) - (american > british)
    if weak > 0:
        return "day-first"
    return "month-first"


@lru_cache(maxsize=8192)
def _dateutil(text: str, this_year: int) -> tuple[int | None, int | None, int | None] | None:
    """Parse with two different defaults: a field that differs between them was not in the text.
    Cached: a document repeats its dates, and each parse costs 0.1-0.2 ms."""
    info = _info(this_year)
    try:
        a = dateutil_parser.parse(text, parserinfo=info, default=datetime(1904, 1, 1))
        b = dateutil_parser.parse(text, parserinfo=info, default=datetime(1908, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return (a.year if a.year == b.year else None, a.month if a.month == b.month else None,
            a.day if a.day == b.day else None)


def _first_day(days: str) -> str:
    return re.match(r"\d+", days).group()


def _year_text(year: str) -> str:
    return year.lstrip("'’")


def _year(text: str, info: _ArchiveParserInfo) -> int:
    return info.convertyear(int(_year_text(text)), len(_year_text(text)) == 4)


def _plausible(year: int | None, today: date) -> bool:
    return year is not None and EARLIEST_YEAR <= year <= today.year + 1


def _iso(y: int, m: int | None, d: int | None) -> str:
    return f"{y:04d}" if m is None else f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------------- scoring
_BARE = ("year", "year-yy")


def _score(facts: _LineFacts, span: tuple[int, int], kind: str, precision: int, near_top: bool,
           closing: bool, ending: bool, under: bool = False) -> tuple[float, str]:
    """(score, where): the evidence a candidate's place and wording give (module docstring)."""
    line = facts.line
    # The line's words besides the date (no word straddles a date's edge: dates start at a word
    # boundary or a digit and end with a digit or a month name).
    rest_words = facts.letter_words - len(_LETTER_WORD.findall(line.text, span[0], span[1]))
    before = line.text[max(0, span[0] - 40):span[0]]
    window = line.text[max(0, span[0] - 40):span[1] + 12]
    if facts.labelled:
        return 0.95, "date-line"
    if _MENTION.search(_fold_light(before)[-30:]):
        return 0.10, "mentioned"
    if kind == "formal":
        return 0.92, "formal-dateline"
    if _REVISED.search(_fold_light(window)):
        return 0.90, "revised"
    if _IMPRINT.search(_fold_light(window)):
        return 0.85, "imprint"
    if kind == "circa":
        return 0.80, "circa"
    if near_top and kind not in _BARE and _is_dateline(line, span, rest_words):
        return 0.90, "dateline"
    if near_top and not is_prose(line):
        if kind not in _BARE:
            return 0.85, "heading" if kind in _FORMS else f"heading-{_PRECISION[precision]}"
        if rest_words <= 8:
            return 0.70, "heading-year"
    if ending and kind not in _BARE and _is_dateline(line, span, rest_words):
        return 0.80, "closing-dateline"
    if under and kind not in _BARE and (not is_prose(line) or _EVENT_CUE.search(_fold_light(line.text[:span[0]]))
                                        or _ONLY_WEEKDAY.match(_fold_light(before))):
        return 0.80, "under-heading"
    if (near_top or under) and kind not in _BARE and _set_apart(line.text, span):
        return 0.80, "top-set-apart"
    if rest_words <= 2 and kind not in _BARE:
        return 0.75, "standalone-line"
    if closing and not (kind in _BARE and before.rstrip().endswith("(")):  # not a citation's "(1966)"
        return 0.50, "closing-lines"
    if kind == "season":
        return 0.30, "body"
    return {3: 0.35, 2: 0.30, 1: 0.20}[precision], "body"


_PRECISION = {3: "full-date", 2: "month-year", 1: "season-year"}

# A date set apart on a top line, however long the line: between separators ("Group Skills Day --
# Nov. 9, 1991 -- Open Hands USA, ..."), after an issue number set apart ("...   No. 9, March 1995")
# or ending the line after a comma ("Teacher in-service day, Lincoln Unified School District, 2/19/99").
_APART_BEFORE = re.compile(r"(?:\s(?:--|—|–|\||·)|\s{3})\s*(?:(?:no|n[°º]|issue|vol(?:ume)?|num)\.?\s*\d+[,.]?\s*)?$",
                           re.I)
_APART_AFTER = re.compile(r"^\s*(?:--|—|–|\||·)\s")


def _set_apart(text: str, span: tuple[int, int]) -> bool:
    before, after = text[:span[0]], text[span[1]:]
    if _APART_BEFORE.search(before) or _APART_AFTER.match(after):
        return True
    return not after.strip(" .") and before.rstrip().endswith(",")


# Words that make a date in a line under the heading the date of the event the document is for
# ("Meeting of Tues. Feb. 5th, 1985", "celebrada el 3/6/1995", "Conference -- Denver, March 2001").
_EVENT_CUE = re.compile(r"\b(?:held|broadcast|aired|recorded|grabad[ao]|enregistree?|meeting|celebrad[ao]s?|tenue?s?|reunion|seance|session|sesion|conference|"
                        r"conferencia|workshop|taller|atelier|stage|jornada|training)\b|--|—|–|\||·")
_ONLY_WEEKDAY = re.compile(rf"^\W*(?:{_WEEKDAY})?\W*$", re.I)
UNDER_LINES = 2  # how many lines under the heading zone the event's date line may stand


def _under_heading(first: list[Line], heading: list[Line]) -> set[int]:
    """The lines right under the heading (at most UNDER_LINES) that are not running prose: where
    an agenda, minutes or a programme set the event's date and venue, however long the line
    ("Tuesday 10/05/1993, 7:30 p.m. -- Room 3, First Unitarian Church, Worcester, Mass.").  A
    line ending a sentence or running on into the next line is a paragraph, not such a line."""
    on_first = [ln.index for ln in heading if ln.page_no == (first[0].page_no if first else 1)]
    if not on_first:
        return set()
    last = max(on_first)
    out: set[int] = set()
    for pos, line in enumerate(first):
        if not last < line.index <= last + UNDER_LINES:
            continue
        text = line.text.rstrip()
        nxt = first[pos + 1].text.lstrip() if pos + 1 < len(first) else ""
        if (text.endswith(".") and not re.search(r"\b[ap]\.\s?m\.$|\b[A-Z][a-z]{0,4}\.$", text)) \
                or (nxt[:1].islower()):
            continue
        out.add(id(line))
    return out


def _fold_light(text: str) -> str:
    """Lower case, accents removed (for the cue words around a date)."""
    return _unaccented(text)[0].lower()


def _is_dateline(line: Line, span: tuple[int, int], rest_words: int) -> bool:
    """A dateline: the date alone, or after a place ("Paris, le", "Ankara,"), or set right."""
    if rest_words > 4:
        return False
    before, after = line.text[:span[0]].strip(), line.text[span[1]:].strip(" .,;")
    if after:
        return False
    place = before.endswith(",") and len(before.split()) <= 4 and not before.isupper()  # "Ciudad de Guatemala,"
    return line.right_aligned or not before or place or \
        bool(re.search(r"(?:^|\s)(?:le|el|den|the|a)$", before, re.I))


def _from_source(source_name: str, today: date) -> list[DateFound]:
    """Dates in the file and folder names: YYYY-MM-DD / YYYYMMDD, YYYY-MM, YYYY."""
    out: list[DateFound] = []
    for part in re.split(r"[\\/]", source_name):
        taken = bytearray(len(part))
        for precision_name, pattern in _SOURCE_PATTERNS:
            for m in pattern.finditer(part):
                if taken.find(1, m.start(), m.end()) >= 0:
                    continue
                y = int(m.group(1))
                mo = int(m.group(2)) if precision_name != "year" else None
                d = int(m.group(3)) if precision_name == "day" else None
                if not _plausible(y, today) or (precision_name == "year" and y > today.year):
                    continue
                if d is not None and d > calendar.monthrange(y, mo)[1]:
                    continue
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                precision = {"day": 3, "month": 2, "year": 1}[precision_name]
                score = {3: 0.80, 2: 0.75, 1: 0.65}[precision]
                out.append(DateFound(_iso(y, mo, d), y, precision, score, "date:source-name", m.group(), None))
    return out


def _complete(partial, year: int, doc: DateFound) -> DateFound | None:
    """A top-line day and month without a year ("Friday, June 26") plus the document's year."""
    for line, month, day, weekday, text in partial:
        if doc.precision == 2 and int(doc.value[5:7]) != month:
            continue
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if weekday and not calendar.day_name[when.weekday()].lower().startswith(weekday[:3]) and weekday[:3] in {
                d[:3].lower() for d in calendar.day_name}:
            continue  # an English weekday that does not fit this year
        return replace(doc, value=when.isoformat(), precision=3, rule="date:heading-day+year", text=text, line=line)
    return None


def _distinct(found: list[DateFound]) -> tuple[DateFound, ...]:
    best: dict[str, DateFound] = {}
    for f in found:
        if f.value not in best or f.score > best[f.value].score:
            best[f.value] = f
    return tuple(sorted(best.values(), key=lambda f: f.value))
