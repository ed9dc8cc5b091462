"""Folding text for matching: one canonical form for document text and vocabulary phrases.

Both sides go through the same `fold`, so a phrase matches whatever case, accents,
punctuation, hyphenation or common OCR confusion the page shows:

- lower case, accents removed (NFKD), ligatures split ("ﬁ" -> "fi"); lower case first,
  since lowering can add an accent ("İ" -> "i" + dot above);
- a French elision split from its word ("l'animation" -> "l animation", "qu'il" -> "qu il"), so
  that a term matches after an article ("l'éducation aux droits humains"); every other
  apostrophe dropped ("women's" -> "womens"), every other non-alphanumeric -> space;
- OCR confusions collapsed on both sides (metp/ocrtext.py, which search uses too): "rn" -> "m",
  "cl" -> "d", "vv" -> "w", and a 1 or 0 touching a letter read as "l" or "o" ("Ju1y" -> "july");
- runs of spaces -> one space.

Bound: every function here is linear in its text.
"""

from __future__ import annotations

import re

from metp.ocrtext import fold_ocr

_APOSTROPHES = re.compile(r"['’‘`´]")
_ELISION = re.compile(r"(?<![^\W\d_])(qu|jusqu|lorsqu|puisqu|quelqu|[cdjlmnst])['’‘`´](?=[^\W\d_])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """The canonical matching form of `text` (see the module docstring)."""
    lowered = text.lower()
    if _APOSTROPHES.search(lowered):
        lowered = _ELISION.sub(r"\1 ", lowered)
    return _NON_ALNUM.sub(" ", fold_ocr(_APOSTROPHES.sub("", lowered))).strip()


_OF = frozenset({"of", "de", "del", "des", "du", "d"})


def phrase_pattern(phrase: str, plural: bool = True, before_last: str = " ?") -> str:
    """A regex source for a literal phrase over folded text: optional spaces between words
    (so "letter-writing", "letter writing" and a line-end "letter-/writing" all match) and an
    optional plural ending on the last word (of a phrase of several words given in the plural,
    the singular too) and on a noun that "of" or "de" follows ("preso de conciencia" is also
    "presos de conciencia", "defenseur des droits" "defenseurs des droits": the head noun comes
    first).  `before_last`: what may stand between the last word and the one before it (an optional
    space; the vocabulary lets a modifier stand there too)."""
    words = fold(phrase).split()
    if not words:
        return ""
    last = words[-1]
    head = [re.escape(w) + ("(?:e?s)?" if plural and nxt in _OF and len(w) > 3 and not w.endswith("s") else "")
            for w, nxt in zip(words, words[1:])]
    if plural and len(words) > 1 and len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        # "campaign goals" also matches "campaign goal" (a single word is left alone: "dues" is not "due")
        stem = last[:-3] + "(?:y|ies)" if last.endswith("ies") else re.escape(last[:-1]) + "(?:e?s)?"
        return " ?".join(head) + before_last + stem
    body = (" ?".join(head) + before_last if head else "") + re.escape(last)
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
