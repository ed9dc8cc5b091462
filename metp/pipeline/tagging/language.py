"""Language identification with py3langid: offline, deterministic, fast.

py3langid (a maintained fork of langid.py) ships its naive-Bayes model inside the
package, so nothing is downloaded at run time, and the same text always gives
the same answer (langdetect, by contrast, samples at random unless a global seed
is set).  The model loads once per process (about 1 s here) and then classifies a
page in well under a millisecond.  It is restricted to the vocabulary's candidate
languages so that OCR noise is not read as a rare language.

Bound: it reads at most MAX_CHARS characters of the text (far more than it
needs to tell a language), so its cost is bounded whatever the document's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from metp.pipeline.tagging.layout import Layout

MIN_LETTERS = 40
MAX_CHARS = 50_000
_NOT_LETTER = re.compile(r"[\W\d_]+")


@dataclass(frozen=True)
class LanguageGuess:
    code: str         # ISO 639-1
    confidence: float


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]):
    """A private identifier per candidate set (py3langid's module-level one is shared mutable state)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(identifier.labels)
    usable = [code for code in languages if code in known]
    if usable:
        identifier.set_languages(usable)
    return identifier


def identify(layout: Layout, languages: tuple[str, ...], skip: set[int]) -> LanguageGuess | None:
    text = _head("\n".join(ln.text for ln in layout.lines if id(ln) not in skip), MAX_CHARS)
    text = re.sub(r"[\d_]+", " ", text)
    if len(_NOT_LETTER.sub("", text)) < MIN_LETTERS:
        return None
    if text.isupper():
        text = text.lower()
    code, probability = _identifier(tuple(languages)).classify(text)
    return LanguageGuess(code, round(float(probability), 2))


def _head(text: str, limit: int) -> str:
    """The first `limit` characters, cut at a space when there is one near the end."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[:cut if cut > 0 else limit]
