"""Folding text for matching: one canonical form for document text and vocabulary phrases.

Both sides go through the same `fold`, so a phrase matches whatever case, accents,
punctuation, hyphenation or common OCR confusion the page shows:

- lower case, accents removed (NFKD), ligatures split ("ﬁ" -> "fi"); lower case first,
  since lowering can add an accent ("İ" -> "i" + dot above);
- apostrophes dropped ("women's" -> "womens"), every other non-alphanumeric -> space;
- OCR confusions collapsed on both sides: "rn" -> "m", "cl" -> "d", "vv" -> "w", and
  a 1 or 0 between letters read as "l" or "o" ("Ju1y" -> "july", "c0nscience");
- runs of spaces -> one space.

metp/index/fuzzy.py has a `fold` of its own for index terms (the same OCR pairs and
accents, but every 0/1 read as a letter and underscores dropped): keep the two in step.

Bound: every function here is linear in its text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DIGIT_IN_WORD = re.compile(r"(?<=[a-z])[10](?=[a-z])")
_OCR_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))


def strip_accents(text: str) -> str:
    """Accents dropped and compatibility forms split ("ﬁ" -> "fi", "Ａ" -> "A"); a character that
    would become more than three (the ligature "ﷺ" is eighteen letters) becomes a space, so
    that no text grows more than threefold (a page of them made every later pass slow)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    if len(decomposed) > 2 * len(text):  # stacked accents, or long expansions: character by character
        return "".join(_base(ch) for ch in text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def _base(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) <= 3 else " "


def fold(text: str) -> str:
    """The canonical matching form of `text` (see the module docstring)."""
    text = strip_accents(text.lower())
    text = _APOSTROPHES.sub("", text)
    text = _DIGIT_IN_WORD.sub(lambda m: "l" if m.group() == "1" else "o", text)
    for pair, single in _OCR_PAIRS:
        text = text.replace(pair, single)
    return _NON_ALNUM.sub(" ", text).strip()


def phrase_pattern(phrase: str, plural: bool = True) -> str:
    """A regex source for a literal phrase over folded text: optional spaces between words
    (so "letter-writing", "letter writing" and a line-end "letter-/writing" all match) and an
    optional plural ending on the last word."""
    words = fold(phrase).split()
    if not words:
        return ""
    body = " ?".join(re.escape(w) for w in words)
    return body + ("(?:e?s)?" if plural else "")


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text)


def letters_upper_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch.isupper() for ch in letters) / len(letters)


# Letter conventions, shared by the type and title rules: the opening and closing lines of a letter.
SALUTATION = re.compile(
    r"^\s*(?:dear|my dear|your excellency|excellency|your honou?r|to whom it may concern|chers?|chere|cheres|"
    r"madame|monsieur|estimad[oa]s?|querid[oa]s?|senor|senora|sehr geehrte)\b", re.I)
CLOSING = re.compile(
    r"^\s*(?:(?:yours\s+)?sincerely|yours (?:faithfully|truly|respectfully)|respectfully(?: yours)?|"
    r"with (?:best|kind|warm|warmest)? ?(?:wishes|regards|thanks)|with thanks|best (?:wishes|regards)|"
    r"kind regards|regards|in solidarity|cordially|fraternally|avec .*salutations|cordialement|"
    r"bien a (?:vous|toi)|atentamente|saludos|un abrazo|mit freundlichen)\b", re.I)
