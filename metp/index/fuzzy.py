"""OCR-tolerant matching: also match close spellings of query terms that the index holds.

OCR misreads letters ("arnnesty", "tortnre"), so a page can lack the very word a
researcher types.  Each query word of four or more letters is widened to the
spellings within a small edit distance (one edit up to seven letters, two beyond)
that are much rarer in the index than the word itself, which is what misreadings
look like, and they are scored lower.  A word absent from the index takes all its
close spellings, and the most frequent one becomes the "did you mean" suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.support.levenshtein import damerau_levenshtein

from metp.index.scoring import okapi_idf

FIELDS = ("content", "title")
MIN_LENGTH = 4
MAX_VARIANTS = 8
RARITY = 0.2                      # a variant must be at most this share of the word's frequency
WEIGHTS = {1: 0.6, 2: 0.35}       # score weight of a variant by its edit distance


@dataclass
class Expansion:
    query: wq.Query | None = None
    variants: dict[str, list[str]] = field(default_factory=dict)
    replacements: dict[str, str] = field(default_factory=dict)  # absent word -> likeliest spelling


def max_edits(word: str) -> int:
    return 1 if len(word) <= 7 else 2


class Lexicon:
    """Interim: the word list is whoosh's own (terms_within); kept per searcher."""

    @classmethod
    def from_reader(cls, reader: IndexReader) -> "Lexicon":
        return cls()


def expand_ocr_variants(query: wq.Query, reader: IndexReader, lexicon: Lexicon) -> Expansion:
    expansion = Expansion()

    def widen(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Term) and node.fieldname in FIELDS and isinstance(node.text, str) \
                and len(node.text) >= MIN_LENGTH and node.text.isalpha():
            return _widen_term(node, reader, expansion)
        if isinstance(node, (wq.Phrase, wq.FuzzyTerm, wq.Wildcard, wq.Prefix, wq.Not)) or node.is_leaf():
            return node  # the user asked for exactly this (or nothing to widen)
        return node.apply(widen)

    expansion.query = widen(query)
    return expansion


def _widen_term(term: wq.Term, reader: IndexReader, expansion: Expansion) -> wq.Query:
    word = term.text
    frequency = reader.doc_frequency(term.fieldname, word)
    limit = max(0, int(frequency * RARITY))
    candidates = []
    for variant in reader.terms_within(term.fieldname, word, max_edits(word), prefix=1):
        if variant == word or not variant.isalpha():
            continue
        variant_frequency = reader.doc_frequency(term.fieldname, variant)
        if frequency and variant_frequency > limit:
            continue  # a real word of its own, not a misreading of this one
        candidates.append((damerau_levenshtein(word, variant), -variant_frequency, variant))
    if not candidates:
        return term
    candidates.sort()
    chosen = candidates[:MAX_VARIANTS]
    if term.fieldname == "content":
        expansion.variants.setdefault(word, []).extend(v for _, _, v in chosen)
        if not frequency:
            expansion.replacements[word] = min(chosen, key=lambda c: (c[1], c[0]))[2]
    # A misreading is rarer than its word, so BM25 would give it a higher idf and rank the one misread page
    # above every page that has the word right; scale it down to the word's own idf.
    documents = reader.doc_count_all()
    ratio = lambda df: (min(1.0, okapi_idf(documents, frequency) / okapi_idf(documents, df))  # noqa: E731
                        if frequency else 1.0)
    return wq.Or([term] + [wq.Term(term.fieldname, v, boost=term.boost * WEIGHTS[d] * ratio(-negative_df))
                           for d, negative_df, v in chosen])
