"""Places: the countries a document is about, by their common English name.

Country names come from pycountry (ISO 3166: names, common and official names,
and the historical countries of ISO 3166-3), plus the vocabulary's aliases
(short, historical, French and Spanish names), demonyms and regions (the US
states).  A name must be written with a capital initial (so "turkey" the bird
and "china" the plates do not count); the vocabulary's `ignore` phrases ("New
Mexico", "United Nations", "Latin America", ...) are consumed first.  A country
needs one mention by name or two by adjective or region ("Texas ... the Texas
legislature").  Letterhead and address lines do not count (a sender's own
address says nothing about what the item is about), nor does a country that
ends a name ("Open Hands USA", "WATCHLIGHT BRITAIN": the organisation's
section, not a place it writes about).  A country in a list of three or more
("such as China, Iran and South Africa", "(Peru, Turkey, Kenya)") counts half:
the guidelines' "list of country names with no content".

Bound: linear in the layout's words: each word starts at most one look-up per
length of the longest name beginning with it (a handful of words).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from metp.ocrtext import strip_accents
from metp.pipeline.tagging.layout import Layout
from metp.pipeline.tagging.vocabulary import Vocabulary

# pycountry's ISO names that differ from the name people write and search for (by ISO alpha-2 code).
DISPLAY_NAMES = {
    "RU": "Russia", "TR": "Turkey", "CZ": "Czechia", "MK": "North Macedonia", "BN": "Brunei", "CV": "Cape Verde",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "FM": "Micronesia", "PS": "Palestine",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "VA": "Holy See", "GB": "United Kingdom",
    "US": "United States", "KR": "South Korea", "KP": "North Korea", "LA": "Laos", "SY": "Syria", "VN": "Vietnam",
    "IR": "Iran", "BO": "Bolivia", "VE": "Venezuela", "MD": "Moldova", "TZ": "Tanzania", "TW": "Taiwan",
}


@dataclass(frozen=True)
class PlaceEvidence:
    country: str
    names: int      # mentions by name
    adjectives: int  # mentions by demonym or region
    listed: int = 0  # mentions by name in a list of three or more countries

    @property
    def points(self) -> float:
        return self.names + 0.5 * (self.adjectives + self.listed)

    @property
    def rule(self) -> str:
        if self.names:
            return "place:pycountry-name"
        return "place:demonym-or-region" if self.adjectives else "place:listed"


@lru_cache(maxsize=1)
def _iso_names() -> tuple[tuple[str, str], ...]:
    """(name as written, display name) for every current and historical country in pycountry."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        display = DISPLAY_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), display):
            if name and "," not in name:
                out.setdefault(re.sub(r"^the\s+", "", name, flags=re.I), display)
    for c in pycountry.historic_countries:
        name = c.name.split(",")[0].strip()
        if name and "(" not in name:
            out.setdefault(name, name)
    return tuple(out.items())


_TOKEN = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")


@lru_cache(maxsize=4)
def _table(vocabulary: Vocabulary) -> dict[str, tuple[str, str, bool]]:
    """Folded name -> (display name, "name" | "adjective" | "ignore", needs a capital initial)."""
    table: dict[str, tuple[str, str, bool]] = {}
    for name, display in _iso_names():
        table[_key(name)] = (display, "name", True)
    for name, display in vocabulary.place_aliases:
        table[_key(name)] = (display, "name", name[:1].isupper())
    for name, display in (*vocabulary.place_demonyms, *vocabulary.place_regions):
        table[_key(name)] = (display, "adjective", name[:1].isupper())
    for phrase in vocabulary.place_ignore:
        table[_key(phrase)] = ("", "ignore", False)
    return table


def _key(name: str) -> str:
    return " ".join(strip_accents(name).replace("’", "'").lower().split())


@lru_cache(maxsize=4)
def _starts(vocabulary: Vocabulary) -> dict[str, int]:
    """First word of every name -> the most words a name starting with it has."""
    out: dict[str, int] = {}
    for key in _table(vocabulary):
        words = key.split()
        for first in {words[0], words[0].rstrip(".")}:
            out[first] = max(out.get(first, 0), len(words))
    return out


# Words after which a capitalised country is still the place written about ("IN THE USA", "DE CHILE",
# "Northern Uganda", "Red China", "Apartheid South Africa").
_FUNCTION_WORDS = frozenset("""
    northern southern eastern western central north south east west northeast northwest southeast southwest
    upper lower rural occupied red communist apartheid
    in on of to the from for and or at by with about against into across throughout under between than as
    a an our your their its his her this that these those not no
    en de del la las el los y o a al con por para sobre desde hacia entre
    le les des du au aux et ou un une pour sur avec par dans contre vers
""".split())
_SHORT_LINE = 6  # words: a name set on a line of its own, not a sentence
_LIST_GAP = re.compile(r"^\s*(?:,|;|,?\s*(?:and|or|y|o|e|et|ou)\b)\s*$", re.I)


def find_places(layout: Layout, vocabulary: Vocabulary, skip: set[int]) -> list[PlaceEvidence]:
    """Longest match first over each line's words (dictionary look-ups of short n-grams)."""
    table = _table(vocabulary)
    starts = _starts(vocabulary)
    names: dict[str, int] = defaultdict(int)
    adjectives: dict[str, int] = defaultdict(int)
    listed: dict[str, int] = defaultdict(int)
    for line in layout.lines:
        if id(line) in skip:
            continue
        text = strip_accents(line.text).replace("’", "'")
        tokens = list(_TOKEN.finditer(text))
        lowered = [t.group().lower() for t in tokens]
        hits: list[tuple[int, int, str]] = []  # (first token, end token, display) of each country named
        i = 0
        while i < len(tokens):
            longest = starts.get(lowered[i]) or starts.get(lowered[i].rstrip("."))
            hit = None
            for n in range(min(longest or 0, len(tokens) - i), 0, -1):
                key = " ".join(lowered[i:i + n])
                entry = table.get(key) or table.get(key.rstrip("."))
                if entry is not None:
                    hit = (n, entry)
                    break
            if hit is None:
                i += 1
                continue
            n, (display, kind, capital) = hit
            first, i = i, i + n
            if kind == "ignore" or (capital and not tokens[first].group()[:1].isupper()):
                continue
            if kind == "adjective":
                adjectives[display] += 1
            elif not _ends_a_name(text, tokens, first, hits):
                hits.append((first, i, display))
        run: list[str] = []
        for k, (first, end, display) in enumerate(hits):
            run.append(display)
            gap = text[tokens[end - 1].end():tokens[hits[k + 1][0]].start()] if k + 1 < len(hits) else ""
            if k + 1 == len(hits) or not _LIST_GAP.match(gap):
                for country in run:
                    (listed if len(run) >= 3 else names)[country] += 1
                run = []
    found = [PlaceEvidence(c, names.get(c, 0), adjectives.get(c, 0), listed.get(c, 0))
             for c in set(names) | set(adjectives) | set(listed)]
    return sorted((p for p in found if p.points >= 1.0), key=lambda p: (-p.points, p.country))


def _ends_a_name(text: str, tokens: list[re.Match[str]], first: int, hits: list[tuple[int, int, str]]) -> bool:
    """The country at token `first` follows a capitalised word that is not a function word, with only a space
    between ("Open Hands USA", "WATCHLIGHT BRITAIN"): the end of a name.  Not after another country, nor across
    punctuation: "Montevideo, Uruguay" is a place, "Discuss: Britain has ..." a sentence.  Case says nothing in a
    line set all in capitals, so there only a short line (a name standing alone, not a sentence: "IF BRITAIN
    WERE EXCLUDED ...") counts; nor does a capital that opens a sentence ("Today Mali receives ...")."""
    if first == 0 or (hits and hits[-1][1] == first):
        return False
    before = tokens[first - 1].group()
    gap = text[tokens[first - 1].end():tokens[first].start()]
    if not before[:1].isupper() or before.lower().rstrip(".") in _FUNCTION_WORDS or gap.strip():
        return False
    if not any(ch.islower() for ch in text):
        return len(tokens) <= _SHORT_LINE
    opens_sentence = first == 1 or text[:tokens[first - 1].start()].rstrip()[-1:] in ".!?"
    return not opens_sentence or before.isupper()


def confidence(place: PlaceEvidence) -> float:
    return round(min(0.9, 0.45 + 0.1 * place.points), 2)
