"""What OCR confuses, folded away: one definition for tagging (vocabulary phrases against page text)
and for search (query words against misread index terms), so both treat a page the same way.

- accents dropped and compatibility forms split ("énglish" -> "english", "ﬁ" -> "fi");
- a 0 or 1 touching a letter (and no other digit) read as the letter it resembles ("Ju1y", "c0nscience",
  "0il"), while numbers stay numbers ("1987", "10am");
- glyph pairs read as one letter made one: "rn" -> "m", "cl" -> "d", "vv" -> "w" ("govemment").

Case is left alone: callers lower-case first (lowering can add an accent: "İ").  Linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

OCR_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))
_DIGIT_AS_LETTER = re.compile(r"(?<![0-9])[01](?=[^\W\d_])|(?<=[^\W\d_])[01](?![0-9])")
_LETTER_FOR = {"0": "o", "1": "l"}


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


def fold_ocr(text: str) -> str:
    """`text` with what OCR confuses made equal (see the module docstring)."""
    text = _DIGIT_AS_LETTER.sub(lambda m: _LETTER_FOR[m.group()], strip_accents(text))
    for pair, single in OCR_PAIRS:
        text = text.replace(pair, single)
    return text
