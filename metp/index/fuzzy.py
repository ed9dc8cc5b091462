"""OCR-tolerant matching: also match close spellings of query terms that the index holds.

OCR misreads letters ("arnnesty", "tortnre"), so a page can lack the very word a
researcher types.  Each query word of four or more letters is widened to the
spellings within a small edit distance that are much rarer in the index than the
word itself, which is what misreadings look like, and they are scored lower.  A
word absent from the index takes all its close spellings, and the most frequent
one becomes the "did you mean" suggestion.  Distances are taken after folding what
OCR typically confuses (see `fold`), which also lets three-letter words match.

The index vocabulary is read once per segment into a `Lexicon` (words sorted by
their first, and again by their second letter, then by length), kept in the segment
cache on disk, and candidates are found with rapidfuzz's Levenshtein distance in C:
walking whoosh's terms with an automaton in Python cost 170-570 ms a query on a
100,000-page index, this ~1-3 ms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from bisect import bisect_left
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from whoosh import query as wq

from metp.index.scoring import okapi_idf
from metp.index.segment_cache import SegmentCache, Strings, packed
from metp.ocrtext import fold_ocr

if TYPE_CHECKING:
    from whoosh.reading import IndexReader

FIELDS = ("content", "title")
MIN_LENGTH = 3                    # three-letter words only take spellings equal to them once folded
MAX_VARIANTS = 8
RARITY = 0.2                      # a variant must be at most this share of the word's frequency
WEIGHTS = {1: 0.6, 2: 0.35}       # score weight of a variant by its edit distance
# A misread first letter is looked for from this many (folded) letters on; shorter words differing in the first
# letter are mostly real words of their own ("king": ring, sing, ping), which rarity alone does not rule out.
OTHER_FIRST_LETTER_FROM = 6
# Letters OCR takes for one another (typewriter and photocopy faces), and thin marks specks turn into.
# A variant of a word the index holds must differ from it only by these, or by letters lost (faded):
# "govemment", "tortnre", "pnison" are misreadings, while "poison", "setter", "powder" are other words.
CONFUSABLE = frozenset(frozenset(pair) for pair in (
    "ce", "co", "eo", "ao", "ae", "as", "es", "hb", "hk", "nu", "nr", "nm", "uv", "vy", "li", "lt", "it",
    "tf", "fl", "ij", "gq", "gy", "qo", "ad", "dc", "bo", "pb", "ft", "rt", "ri", "il"))
THIN = frozenset("iljtfr")
SPLITS = (("ri", "n"), ("li", "h"), ("ii", "u"), ("in", "m"), ("lc", "k"))  # one letter read as two
_MAX_LENGTH = 64                  # folded lengths are capped at this in the slice keys
# What OCR confuses (see `fold`): both sides are compared folded, so "govemment" is one edit from
# "government", not two, and three-letter words, too short for edits, still find "0il" for "oil".


@dataclass
class Expansion:
    query: wq.Query | None = None
    variants: dict[str, list[str]] = field(default_factory=dict)
    replacements: dict[str, str] = field(default_factory=dict)  # absent word -> likeliest spelling


def max_edits(stem: str) -> int:
    """Edits allowed for a (stemmed, folded) query word: none for three letters, one up to seven, two from
    eight.  Two edits on shorter stems reach unrelated rare words ("novemb" - "govem"), which the rarity
    test cannot tell from misreadings."""
    return 0 if len(stem) <= 3 else 1 if len(stem) <= 7 else 2


def fold(text: str) -> str:
    """`text` with what OCR confuses made equal (metp/ocrtext.py: "énglish", "0il", "govemment"), and
    underscores dropped ("_mercurial": the index's tokenizer keeps specks read as "_" in words)."""
    return fold_ocr(text.replace("_", ""))


def _fold_all(words: list[str]) -> list[str]:
    """`fold` of each word, done once over all of them joined (C speed; no step makes or joins lines)."""
    return fold("\n".join(words)).split("\n")


def _codes(letters: Iterable[str]) -> np.ndarray:
    return np.fromiter(map(ord, letters), dtype=np.int64)


class _SegmentWords:
    """One segment's terms of the searchable fields: their document frequencies per field, and its words
    (folded, letters only) sorted by their first and, again, by their second letter and then by length,
    so the words sharing a letter within a range of lengths are one slice of the order (what rapidfuzz
    then compares, in C).  Kept in the segment cache: a segment's terms never change."""

    def __init__(self, arrays: dict[str, np.ndarray], fields: tuple[str, ...]):
        self._tables = {f: (Strings.unpack(arrays, f"terms.{f}."), arrays[f"df.{f}"]) for f in fields}
        self._words = Strings.unpack(arrays, "words.")
        self._folded = Strings.unpack(arrays, "folded.")
        self._orders = [arrays["order0"], arrays["order1"]]
        self._keys = [arrays["keys0"], arrays["keys1"]]

    @classmethod
    def read(cls, leaf, fields: tuple[str, ...], cache: SegmentCache | None = None) -> "_SegmentWords":
        segment_id = leaf.segment().segment_id() if cache is not None else ""
        fingerprint = cache.fingerprint(segment_id, leaf.doc_count_all()) if cache is not None else ""
        kind = "words-" + "-".join(fields)
        stored = cache.load(segment_id, kind, fingerprint) if cache is not None else None
        if stored is not None:
            try:
                return cls(stored, fields)
            except KeyError:
                pass  # written by another layout
        arrays = cls._derive(leaf, fields)
        if cache is not None:
            cache.save(segment_id, kind, fingerprint, arrays)
        return cls(arrays, fields)

    @staticmethod
    def _derive(leaf, fields: tuple[str, ...]) -> dict[str, np.ndarray]:
        from metp.index import whoosh_format  # whoosh's segments only: not on a tantivy archive's import path
        return word_arrays({fieldname: whoosh_format.field_terms(leaf, fieldname) for fieldname in fields})

    def frequency(self, fieldname: str, term: str) -> int:
        table = self._tables.get(fieldname)
        if table is None:
            return 0
        terms, frequencies = table
        at = bisect_left(terms, term)
        return int(frequencies[at]) if at < len(terms) and terms[at] == term else 0

    def within(self, which: int, folded: str, letter: str, edits: int) -> list[tuple[str, int]]:
        """(term, distance) of the words whose `which`-th letter (0 or 1) is `letter`, within `edits` of
        `folded` (both folded)."""
        base = ord(letter) * _MAX_LENGTH
        lo, hi = np.searchsorted(self._keys[which], [base + max(0, len(folded) - edits),
                                                     base + min(_MAX_LENGTH - 1, len(folded) + edits) + 1])
        chosen = self._orders[which][lo:hi].tolist()
        found = process.extract(folded, self._folded.take(chosen), scorer=Levenshtein.distance,
                                score_cutoff=edits, limit=None)
        return [(self._words[chosen[i]], d) for _, d, i in found]


def word_arrays(tables: dict[str, list[tuple[str, int]]]) -> dict[str, np.ndarray]:
    """The arrays of a `_SegmentWords` (see there) from each field's (term, document frequency) pairs."""
    arrays: dict[str, np.ndarray] = {}
    every: dict[str, None] = {}
    for fieldname, pairs in tables.items():
        table = sorted(pairs)  # (whoosh's order: UTF-8 bytes; the same as code points)
        arrays.update(packed(f"terms.{fieldname}.", [t for t, _ in table]))
        arrays[f"df.{fieldname}"] = np.array([n for _, n in table], dtype=np.int64)
        every.update(dict.fromkeys(t for t, _ in table))
    terms_all = list(every)
    folded_all = _fold_all(terms_all)
    lengths = np.fromiter(map(len, folded_all), dtype=np.int64, count=len(terms_all))
    words = np.fromiter(map(str.isalpha, folded_all), dtype=bool, count=len(terms_all)) & (lengths >= 2)
    keep = np.flatnonzero(words).tolist()  # not numbers or codes ("14th")
    folded, terms = list(map(folded_all.__getitem__, keep)), list(map(terms_all.__getitem__, keep))
    lengths = np.minimum(lengths[keep], _MAX_LENGTH - 1)
    arrays.update(packed("words.", terms))
    arrays.update(packed("folded.", folded))
    for i in (0, 1):
        keys = _codes(map(itemgetter(i), folded)) * _MAX_LENGTH + lengths
        order = np.argsort(keys, kind="stable")
        arrays[f"order{i}"], arrays[f"keys{i}"] = order.astype(np.int32), keys[order]
    return arrays


def segment_words(leaf, cache: SegmentCache | None = None, fields: tuple[str, ...] = FIELDS) -> _SegmentWords:
    """One segment's part of a Lexicon (`Lexicon(parts)`), from the cache when it has it."""
    return _SegmentWords.read(leaf, tuple(f for f in fields if f in leaf.schema), cache)


class Lexicon:
    """The terms of the searchable fields with their document frequencies, one part per index segment
    (frequencies are summed when asked for: merging segments term by term in Python would cost more than
    reading them); `near` finds the words within a few edits of a word."""

    def __init__(self, parts: list[_SegmentWords]):
        self._parts = parts
        self._fields = tuple(dict.fromkeys(f for part in parts for f in part._tables))

    @classmethod
    def of_arrays(cls, arrays: dict[str, np.ndarray], fields: tuple[str, ...]) -> "Lexicon":
        """One part made of `word_arrays` (another engine's whole term dictionary)."""
        return cls([_SegmentWords(arrays, fields)])

    @classmethod
    def from_reader(cls, reader: IndexReader, cache: SegmentCache | None = None) -> "Lexicon":
        return cls([segment_words(leaf, cache) for leaf, _ in reader.leaf_readers()])

    def frequency(self, fieldname: str, term: str) -> int:
        return sum(part.frequency(fieldname, term) for part in self._parts)

    def widest_frequency(self, term: str) -> int:
        """The term's document frequency in the field where it is most frequent."""
        return max((self.frequency(fieldname, term) for fieldname in self._fields), default=0)

    def near(self, word: str, edits: int) -> list[tuple[str, int]]:
        """(term, edits) for the terms (of any field) other than `word` within `edits` of it once both are
        folded, and sharing its first or its second letter (OCR misreads either, seldom both; comparing
        every term would cost milliseconds a word).  A difference that folding removes counts as one edit."""
        folded = fold(word)
        found: dict[str, int] = {}
        for which, letter in enumerate(folded[:1 + (len(folded) >= OTHER_FIRST_LETTER_FROM)]):
            for part in self._parts:
                for term, distance in part.within(which, folded, letter, edits):
                    found.setdefault(term, distance)
        return [(term, max(1, min(d, Levenshtein.distance(word, term)))) for term, d in found.items() if term != word]


def looks_misread(word: str, variant: str) -> bool:
    """Whether `variant` can be what OCR made of `word`: every difference (once folded) is a confusable
    letter, a thin mark added, or a letter lost.  Only words the index holds are judged so; an absent
    word is a typing error, whose close spellings are all fair suggestions."""
    source, target = fold(word), fold(variant)
    joined = {target[:k] + letter + target[k + 2:] for pair, letter in SPLITS
              for k in range(len(target) - 1) if target.startswith(pair, k)}
    return any(_only_ocr_edits(source, t) for t in (target, *joined))


def _only_ocr_edits(source: str, target: str) -> bool:
    for op, i, j in Levenshtein.editops(source, target):
        if op == "replace" and frozenset((source[i], target[j])) not in CONFUSABLE:
            return False
        if op == "insert" and target[j] not in THIN and i < len(source):
            return False  # (letters after the stem are the stemmer's doing: "bossés" keeps its "e")
    return True


def misreading_of(term: str, lexicon: Lexicon) -> str | None:
    """The word `term` probably is an OCR misreading of (a close word far more frequent, differing as OCR
    does), or None.  Misreadings are rare, so "more like this" would otherwise take them for key terms."""
    frequency = lexicon.widest_frequency(term)
    for word, _ in lexicon.near(term, max_edits(fold(term))):
        if lexicon.widest_frequency(word) * RARITY >= frequency and looks_misread(word, term):
            return word
    return None


def expand_ocr_variants(query: wq.Query, reader: IndexReader, lexicon: Lexicon) -> Expansion:
    expansion = Expansion()
    documents = reader.doc_count_all()
    near: dict[str, list[tuple[str, int]]] = {}  # a word is in the query once per field

    def widen(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Term) and node.fieldname in FIELDS and isinstance(node.text, str) \
                and len(node.text) >= MIN_LENGTH and node.text.isalpha():
            if node.text not in near:
                near[node.text] = lexicon.near(node.text, max_edits(fold(node.text)))
            return _widen_term(node, near[node.text], lexicon, documents, expansion)
        if isinstance(node, (wq.Phrase, wq.FuzzyTerm, wq.Wildcard, wq.Prefix, wq.Not)) or node.is_leaf():
            return node  # the user asked for exactly this (or nothing to widen)
        return node.apply(widen)

    expansion.query = widen(query)
    return expansion


def _widen_term(term: wq.Term, near: list[tuple[str, int]], lexicon: Lexicon, documents: int,
                expansion: Expansion) -> wq.Query:
    word = term.text
    frequency = lexicon.frequency(term.fieldname, word)
    # Whether a spelling is a misreading is judged on all searchable fields at once: a word that no title
    # holds is not an unknown word when the page texts have it.
    known = lexicon.widest_frequency(word)
    limit = max(0, int(known * RARITY))
    candidates = []
    for variant, distance in near:
        variant_frequency = lexicon.frequency(term.fieldname, variant)
        if not variant_frequency:
            continue  # only in another field
        if known and (lexicon.widest_frequency(variant) > limit or not looks_misread(word, variant)):
            continue  # a real word of its own, not a misreading of this one
        candidates.append((distance, -variant_frequency, variant))
    if not candidates:
        return term
    candidates.sort()
    chosen = candidates[:MAX_VARIANTS]
    if term.fieldname == "content":
        expansion.variants.setdefault(word, []).extend(v for _, _, v in chosen)
        if not known:
            expansion.replacements[word] = min(chosen, key=lambda c: (c[1], c[0]))[2]
    # A misreading is rarer than its word, so BM25 would give it a higher idf and rank the one misread page
    # above every page that has the word right; scale it down to the word's own idf (in the field that has
    # the word when this one does not: a misread title should not outrank the word in page texts).
    reference = frequency or known
    ratio = lambda df: (min(1.0, okapi_idf(documents, reference) / okapi_idf(documents, df))  # noqa: E731
                        if reference else 1.0)
    return wq.Or([term] + [wq.Term(term.fieldname, v, boost=term.boost * WEIGHTS[d] * ratio(-negative_df))
                           for d, negative_df, v in chosen])


def meant_key_terms(candidates: list[tuple[str, float]], lexicon: Lexicon, numterms: int) -> list[tuple[str, float]]:
    """A document's key-term candidates as words, best first: numbers, codes and short words left out,
    and an OCR misreading counted for the word it misreads."""
    meant: dict[str, float] = {}
    for term, weight in candidates:
        if term.isalpha() and len(term) >= 3:
            word = misreading_of(term, lexicon) or term
            meant[word] = max(weight, meant.get(word, 0.0))
    return list(meant.items())[:numterms]
