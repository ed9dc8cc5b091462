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
(>= 0.5) candidate.  When only several weak mentions together make the year
(an abstract saying "between September 1972 and March 1973 ... on July 1, 1973"),
no one of them is the document's date: the value is what all that year's
mentions agree on, usually the year alone (rule `date:year-from-mentions`).
A day and month without a year in the title zone ("Friday, June 26") takes the
document's year when the weekday agrees.  The other dates found, up to
MAX_MENTIONED of them (the best scored), are kept as `metp.date_mentioned`.

Everything is relative to `today`, the reference date the caller passes (the
batch's date): the latest plausible year and the century of two-digit years.
Nothing here reads the clock, so the same document always gets the same dates.

Bound: linear in the layout's text.  Each candidate costs O(its own length)
(the line's word count is taken once per line), overlaps are checked against a
map of the line's characters, parses are cached, and after MAX_CANDIDATES
candidates only the last lines are still read (a table of thousands of dates
adds nothing to which one is the document's).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser

from metp.pipeline.tagging.layout import Layout, Line, is_prose

EARLIEST_YEAR = 1960
MAX_CANDIDATES = 2_000  # dates read before the last lines
TAIL = 10               # the last lines, always read (closings, imprints), however many dates came before
MAX_MENTIONED = 100     # other dates kept as metp.date_mentioned

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


def find_dates(layout: Layout, source_name: str, heading: list[Line], today: date) -> DateResult:
    """Every date in the layout's lines and `source_name`, and the document's date, as of `today`."""
    info = _info(today.year)
    heading_ids = {id(ln) for ln in heading}
    first = layout.first_page
    last_lines = {id(ln) for ln in layout.lines[-2:]}
    tail = {id(ln) for ln in layout.lines[-TAIL:]}
    found: list[DateFound] = []
    partial: list[tuple[Line, int, int, str | None, str]] = []  # (line, month, day, weekday, text)
    body_start = next((ln.index for ln in first if is_prose(ln)), len(first))  # where running text begins
    seen = 0
    for line in layout.lines:
        if seen >= MAX_CANDIDATES and id(line) not in tail:
            continue
        in_heading = id(line) in heading_ids
        near_top = line.page_no == (first[0].page_no if first else 1) and line.index < min(10, body_start)
        facts = None
        for kind, span, parsed in _candidates(line.text, info, today):
            seen += 1
            facts = facts or _LineFacts.of(line)
            if kind in ("md", "dm"):
                if in_heading or facts.labelled:
                    partial.append((line, *parsed, line.text[span[0]:span[1]]))
                continue
            y, m, d = parsed
            precision = 3 if d else 2 if m else 1
            if kind == "year" and y > today.year:
                continue
            text = line.text[span[0]:span[1]]
            score, rule = _score(facts, span, kind, precision, in_heading, near_top, id(line) in last_lines)
            found.append(DateFound(_iso(y, m, d), y, precision, score, rule, text, line))
    found += _from_source(source_name, today)
    if not found:
        return DateResult(None, 0.0, ())
    year, year_score = _best_year(found)
    if year_score < 0.5:
        return DateResult(None, 0.0, _mentioned(found, None))
    doc = _document_date(found, year)
    if doc.precision < 3:
        completed = _complete(partial, year, doc)
        if completed is not None:
            doc = completed
    return DateResult(doc, round(min(0.97, year_score), 2), _mentioned(found, doc.value))


def _best_year(found: list[DateFound]) -> tuple[int, float]:
    """The year with the most evidence; one line (or the source name) counts once per year."""
    best_in_line: dict[tuple[int, int], float] = {}
    for f in found:
        key = (f.year, id(f.line))
        best_in_line[key] = max(best_in_line.get(key, 0.0), f.score)
    by_year: dict[int, float] = {}
    for (year, _), score in best_in_line.items():
        by_year[year] = 1 - (1 - by_year.get(year, 0.0)) * (1 - score)
    return max(by_year.items(), key=lambda kv: (kv[1], kv[0]))


def _document_date(found: list[DateFound], year: int) -> DateFound:
    """The year's most precise strong mention; without one (weak mentions that only add up),
    what all the year's mentions agree on, with the text and line of the best of them."""
    of_year = [f for f in found if f.year == year]
    strong = [f for f in of_year if f.score >= 0.5]
    if strong:
        return max(strong, key=lambda f: (f.precision, f.score))
    best = max(of_year, key=lambda f: (f.score, f.precision))
    parts = [f.value.split("-") for f in of_year]  # [year], [year, month] or [year, month, day]
    common = 1
    while common < 3 and all(len(p) > common for p in parts) and len({p[common] for p in parts}) == 1:
        common += 1
    return DateFound("-".join(parts[0][:common]), year, common, best.score, "date:year-from-mentions",
                     best.text, best.line)


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
    """(kind, span, (year, month, day)) for each date in the line; md/dm give (month, day, weekday)."""
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
    if kind == "season":
        year = _year(g[1], info)
        return (year, None, None) if _plausible(year, today) else None
    if kind == "year":
        year = int(g[0])
        return (year, None, None) if year >= EARLIEST_YEAR else None
    if kind in ("md", "dm"):
        weekday, month, day = (g[0], g[1], g[2]) if kind == "md" else (g[0], g[2], g[1])
        parsed = _dateutil(f"{_first_day(day)} {month} 2000", info.this_year)
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
    parsed = _dateutil(text, info.this_year)
    if parsed is None or parsed[0] is None:
        return None
    y, mo, d = parsed
    if kind in ("iso-month", "my"):
        d = None
    return (y, mo, d) if _plausible(y, today) else None


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
def _score(facts: _LineFacts, span: tuple[int, int], kind: str, precision: int, in_heading: bool,
           near_top: bool, closing: bool) -> tuple[float, str]:
    line = facts.line
    # The line's words besides the date (no word straddles a date's edge: dates start at a word
    # boundary or a digit and end with a digit or a month name).
    rest_words = facts.letter_words - len(_LETTER_WORD.findall(line.text, span[0], span[1]))
    window = line.text[max(0, span[0] - 32):span[1] + 12]
    if facts.labelled:
        return 0.95, "date:date-line"
    if _IMPRINT.search(window):
        return 0.85, "date:imprint"
    if near_top and precision >= 2 and kind != "year" and _is_dateline(line, span, rest_words):
        return 0.90, "date:dateline"
    if in_heading:
        return (0.85, f"date:heading-{_PRECISION[precision]}") if kind != "year" else (0.70, "date:heading-year")
    if rest_words <= 2 and kind != "year":
        return 0.75, "date:standalone-line"
    if closing:
        return 0.50, "date:closing-lines"
    return {3: 0.35, 2: 0.30, 1: 0.20}[precision] if kind != "season" else 0.30, "date:body"


_PRECISION = {3: "full-date", 2: "month-year", 1: "season-year"}


def _is_dateline(line: Line, span: tuple[int, int], rest_words: int) -> bool:
    """A letter's date line: the date alone, or after a place ("Paris, le", "Ankara,"), or set right."""
    if rest_words > 3:
        return False
    before, after = line.text[:span[0]].strip(), line.text[span[1]:].strip(" .,;")
    if after:
        return False
    return line.right_aligned or not before or before.endswith(",") or \
        bool(re.search(r"(?:^|\s)(?:le|el|den|the)$", before, re.I))


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
