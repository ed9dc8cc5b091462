"""Dates: every date in the text and the file/folder name, and which one is the document's.

Candidates are found with regular expressions (fast and precise about what counts
as a date) and parsed by python-dateutil, with a parserinfo that also knows Spanish
and French month names and a two-digit-year rule for an archive (``'87`` is 1987,
``05`` is 2005, never a future year).  Each candidate is scored by where it stands:

==========================  =====  ==========================================
rule                        score  where
==========================  =====  ==========================================
date:date-line              0.95   "Date: 3/14/87", "DATE: 14 March 1989"
date:dateline               0.90   a date alone on a line near the top (letters)
date:heading-*              0.85   in the title zone (year alone: 0.70)
date:imprint                0.85   "Revised June 1991", "Copyright 1978", "1982 edition"
date:standalone-line        0.75   a date alone on a line elsewhere ("Juin 2003")
date:source-name            0.80   in the file or folder name (year alone: 0.65)
date:closing-lines          0.50   in the last lines of the document
date:body                   0.20-0.35  mentioned in passing
==========================  =====  ==========================================

Per year the scores combine as independent evidence (1 - prod(1 - s)); the best
year scoring at least 0.5 is the document's, given as its most precise strong
(>= 0.5) candidate.  A day and month without a year in the title zone ("Friday,
June 26") takes the document's year when the weekday agrees.  Every other date
found is kept as `metp.date_mentioned`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from metp.pipeline.tagging.layout import Layout, Line, is_prose
from metp.pipeline.tagging.text import strip_accents

EARLIEST_YEAR = 1960

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
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|o)?"
_DAYS = rf"{_DAY}(?:\s*(?:-|–|to|and|&|al|au)\s*{_DAY})?"
_SEASONS = {"spring": "spring", "summer": "summer", "fall": "autumn", "autumn": "autumn", "winter": "winter",
            "primavera": "spring", "verano": "summer", "otono": "autumn", "invierno": "winter",
            "printemps": "spring", "ete": "summer", "automne": "autumn", "hiver": "winter"}

_F = re.I
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"(?<![\d-])({_YEAR4})-(0?[1-9]|1[0-2])-([0-3]?\d)(?![\d-])")),
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY})?({_MONTH})\s*({_DAYS}),?\s+(?:de\s+)?({_YEAR})(?!\d)", _F)),
    ("dmy", re.compile(rf"\b(?:{_WEEKDAY})?(?:le\s+|el\s+)?({_DAYS})\s+(?:de\s+|of\s+)?({_MONTH}),?\s+(?:de\s+)?({_YEAR})(?!\d)", _F)),
    ("numeric", re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")),
    ("season", re.compile(rf"\b({'|'.join(_SEASONS)})\s+(?:of\s+|de\s+|d['’])?({_YEAR})(?!\d)", _F)),
    ("my", re.compile(rf"\b({_MONTH}),?\s+(?:de\s+|of\s+)?({_YEAR})(?!\d)", _F)),
    ("iso-month", re.compile(rf"(?<![\d-])({_YEAR4})[-/](0[1-9]|1[0-2])(?![\d-])")),
    ("md", re.compile(rf"\b(?:({_WEEKDAY}))?({_MONTH})\s+({_DAY})(?![\d:])", _F)),
    ("dm", re.compile(rf"\b(?:({_WEEKDAY}))?(?:le\s+|el\s+)?({_DAY})\s+(?:de\s+)?({_MONTH})", _F)),
    ("year", re.compile(rf"(?<![\d$€£,./-])({_YEAR4})(?!\d|[.,]\d|\s*(?:am|pm|hours|hrs)\b)", _F)),
)
_SOURCE_PATTERNS = (
    ("day", re.compile(rf"(?<!\d)({_YEAR4})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")),
    ("month", re.compile(rf"(?<!\d)({_YEAR4})[-_.](0[1-9]|1[0-2])(?!\d)")),
    ("year", re.compile(rf"(?<!\d)({_YEAR4})(?!\d)")),
)
_DATE_LABEL = re.compile(r"^\s*(?:date|dated|fecha|datum|le)\s*[:.]", re.I)
_IMPRINT = re.compile(r"\b(?:revised|rev\.|prepared|updated|issued|printed|published|copyright|submitted|"
                      r"written|drafted|approved|dated|reprinted|edition|ed\.|as of|mis a jour|actualizado|"
                      r"publie|publicado)\b|©|\(c\)", re.I)
_HAS_DIGIT = re.compile(r"\d")
_OCR_DIGITS = (re.compile(r"(?<![A-Za-z])[lI](?=\d{3}\b)"), re.compile(r"(?<=\d)[Oo](?=\d)"))


class _ArchiveParserInfo(dateutil_parser.parserinfo):
    """English, Spanish and French month names; two-digit years never land in the future."""

    MONTHS = _MONTH_NAMES
    JUMP = dateutil_parser.parserinfo.JUMP + ["de", "le", "el", "er", "o"]

    def __init__(self, this_year: int):
        super().__init__(dayfirst=False, yearfirst=False)
        self._this_year = this_year

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year < 100 and not century_specified:
            year += 2000 if 2000 + year <= self._this_year else 1900
        return year


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


def find_dates(layout: Layout, source_name: str, heading: list[Line], today: date | None = None) -> DateResult:
    today = today or date.today()
    info = _ArchiveParserInfo(today.year)
    heading_ids = {id(ln) for ln in heading}
    first = layout.first_page
    last_lines = {id(ln) for ln in layout.lines[-2:]}
    found: list[DateFound] = []
    partial: list[tuple[Line, int, int, str | None, str]] = []  # (line, month, day, weekday, text)
    body_start = next((ln.index for ln in first if is_prose(ln)), len(first))  # where running text begins
    for line in layout.lines:
        in_heading = id(line) in heading_ids
        near_top = line.page_no == (first[0].page_no if first else 1) and line.index < min(10, body_start)
        for kind, span, parsed in _candidates(line.text, info, today):
            if kind in ("md", "dm"):
                if in_heading or _DATE_LABEL.match(line.text):
                    partial.append((line, *parsed, line.text[span[0]:span[1]]))
                continue
            y, m, d = parsed
            precision = 3 if d else 2 if m else 1
            if kind == "year" and y > today.year:
                continue
            text = line.text[span[0]:span[1]]
            score, rule = _score(line, span, kind, precision, in_heading, near_top, id(line) in last_lines)
            found.append(DateFound(_iso(y, m, d), y, precision, score, rule, text, line))
    found += _from_source(source_name, today)
    if not found:
        return DateResult(None, 0.0, ())
    by_year: dict[int, float] = {}
    best_in_line: dict[tuple[int, int], float] = {}
    for f in found:  # one line (or the source name) counts once per year
        key = (f.year, id(f.line))
        best_in_line[key] = max(best_in_line.get(key, 0.0), f.score)
    for (year, _), score in best_in_line.items():
        by_year[year] = 1 - (1 - by_year.get(year, 0.0)) * (1 - score)
    year, year_score = max(by_year.items(), key=lambda kv: (kv[1], kv[0]))
    if year_score < 0.5:
        return DateResult(None, 0.0, _distinct(found))
    strong = [f for f in found if f.year == year and f.score >= 0.5]
    doc = max(strong, key=lambda f: (f.precision, f.score))
    if doc.precision < 3:
        completed = _complete(partial, year, doc)
        if completed is not None:
            doc = completed
    mentioned = tuple(f for f in _distinct(found) if f.value != doc.value)
    return DateResult(doc, round(min(0.97, year_score), 2), mentioned)


# ---------------------------------------------------------------------- candidates
def _candidates(text: str, info: _ArchiveParserInfo, today: date):
    """(kind, span, (year, month, day)) for each date in the line; md/dm give (month, day, weekday)."""
    if not _HAS_DIGIT.search(text):
        return  # every date form has a digit (a day or a year); "Ju1y l987" keeps one too
    clean = strip_accents(text)
    for pattern in _OCR_DIGITS:
        clean = pattern.sub(lambda m: "1" if m.group() in "lI" else "0", clean)
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(clean):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parsed = _parse(kind, m, info, today)
            if parsed is None:
                continue
            taken.append(m.span())
            yield kind, m.span(), parsed


def _parse(kind: str, m: re.Match[str], info: _ArchiveParserInfo, today: date):
    g = m.groups()
    if kind == "season":
        year = _year(g[1], info)
        return (year, None, None) if _plausible(year, today) else None
    if kind == "year":
        year = int(g[0])
        return (year, None, None) if year >= EARLIEST_YEAR else None
    if kind in ("md", "dm"):
        weekday, month, day = (g[0], g[1], g[2]) if kind == "md" else (g[0], g[2], g[1])
        parsed = _dateutil(f"{_first_day(day)} {month} 2000", info)
        return (parsed[1], parsed[2], (weekday or "").strip(" ,.").lower() or None) if parsed else None
    if kind == "iso":
        text = f"{g[0]}-{int(g[1]):02d}-{int(g[2]):02d}"
    elif kind == "iso-month":
        text = f"{g[0]}-{g[1]}"
    elif kind == "mdy":
        text = f"{g[0]} {_first_day(g[1])} {_year_text(g[2])}"
    elif kind == "dmy":
        text = f"{_first_day(g[0])} {g[1]} {_year_text(g[2])}"
    elif kind == "my":
        text = f"{g[0]} {_year_text(g[1])}"
    else:  # numeric: US month/day order unless the first number cannot be a month; dots are day-first
        first, sep, second, year = g
        dayfirst = sep == "." or int(first) > 12
        text = f"{second}/{first}/{year}" if dayfirst else f"{first}/{second}/{year}"
    parsed = _dateutil(text, info)
    if parsed is None or parsed[0] is None:
        return None
    y, mo, d = parsed
    if kind in ("iso-month", "my"):
        d = None
    return (y, mo, d) if _plausible(y, today) else None


def _dateutil(text: str, info: _ArchiveParserInfo) -> tuple[int | None, int | None, int | None] | None:
    """Parse with two different defaults: a field that differs between them was not in the text."""
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
def _score(line: Line, span: tuple[int, int], kind: str, precision: int, in_heading: bool, near_top: bool,
           closing: bool) -> tuple[float, str]:
    rest = (line.text[:span[0]] + " " + line.text[span[1]:])
    rest_words = re.findall(r"[^\W\d_]{2,}", rest)
    window = line.text[max(0, span[0] - 32):span[1] + 12]
    if _DATE_LABEL.match(line.text):
        return 0.95, "date:date-line"
    if _IMPRINT.search(window):
        return 0.85, "date:imprint"
    if near_top and precision >= 2 and kind != "year" and _is_dateline(line, span, rest_words):
        return 0.90, "date:dateline"
    if in_heading:
        return (0.85, f"date:heading-{_PRECISION[precision]}") if kind != "year" else (0.70, "date:heading-year")
    if len(rest_words) <= 2 and kind != "year":
        return 0.75, "date:standalone-line"
    if closing:
        return 0.50, "date:closing-lines"
    return {3: 0.35, 2: 0.30, 1: 0.20}[precision] if kind != "season" else 0.30, "date:body"


_PRECISION = {3: "full-date", 2: "month-year", 1: "season-year"}


def _is_dateline(line: Line, span: tuple[int, int], rest_words: list[str]) -> bool:
    """A letter's date line: the date alone, or after a place ("Paris, le", "Ankara,"), or set right."""
    before, after = line.text[:span[0]].strip(), line.text[span[1]:].strip(" .,;")
    if after or len(rest_words) > 3:
        return False
    return line.right_aligned or not before or before.endswith(",") or \
        bool(re.search(r"(?:^|\s)(?:le|el|den|the)$", before, re.I))


def _from_source(source_name: str, today: date) -> list[DateFound]:
    """Dates in the file and folder names: YYYY-MM-DD / YYYYMMDD, YYYY-MM, YYYY."""
    out: list[DateFound] = []
    for part in re.split(r"[\\/]", source_name):
        taken: list[tuple[int, int]] = []
        for precision_name, pattern in _SOURCE_PATTERNS:
            for m in pattern.finditer(part):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                y = int(m.group(1))
                mo = int(m.group(2)) if precision_name != "year" else None
                d = int(m.group(3)) if precision_name == "day" else None
                if not _plausible(y, today) or (precision_name == "year" and y > today.year):
                    continue
                if d is not None and d > calendar.monthrange(y, mo)[1]:
                    continue
                taken.append(m.span())
                precision = {"day": 3, "month": 2, "year": 1}[precision_name]
                score = {3: 0.80, 2: 0.75, 1: 0.65}[precision]
                out.append(DateFound(_iso(y, mo, d), y, precision, score, "date:source-name", m.group(), None))
    return out


def _complete(partial, year: int, doc: DateFound) -> DateFound | None:
    """A title-zone day and month without a year ("Friday, June 26") plus the document's year."""
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
        return DateFound(when.isoformat(), year, 3, doc.score, "date:heading-day+year", text, line)
    return None


def _distinct(found: list[DateFound]) -> tuple[DateFound, ...]:
    best: dict[str, DateFound] = {}
    for f in found:
        if f.value not in best or f.score > best[f.value].score:
            best[f.value] = f
    return tuple(sorted(best.values(), key=lambda f: f.value))
