"""Every page matching a query, with its BM25F score, as numpy arrays.

Exact totals and facets need every match, and whoosh scores matches one Python call at a time
(a frequent word matches most of a 100,000-page archive: seconds).  Here term postings are read a
block at a time into arrays and scored with the same formula whoosh uses (scoring.OkapiBM25F: Okapi
idf, BM25 saturation, whoosh's quantised field lengths, query boosts), and the query's AND / OR / NOT
become array set operations.  Query types this module does not know (phrases, wildcards, ranges,
fuzzy terms, ...) are scored by whoosh itself; they are rare and their matches few.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from metp.index import whoosh_format


@dataclass(frozen=True)
class Scored:
    """Sorted unique global docnums and their scores."""

    ids: np.ndarray
    scores: np.ndarray

    @classmethod
    def empty(cls) -> "Scored":
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0))

    def __len__(self) -> int:
        return len(self.ids)

    def where(self, keep: np.ndarray) -> "Scored":
        return Scored(self.ids[keep], self.scores[keep])

    def boosted(self, boost: float) -> "Scored":
        return self if boost == 1.0 else Scored(self.ids, self.scores * boost)


def score_pages(query: wq.Query, searcher, lengths: dict[str, np.ndarray], live: np.ndarray) -> Scored:
    """The live pages matching `query`, scored.  `lengths`: each scorable field's length per page."""
    found = _Evaluator(searcher, lengths, live).evaluate(query)
    return found.where(live[found.ids]) if len(found) else found


class _Evaluator:
    def __init__(self, searcher, lengths: dict[str, np.ndarray], live: np.ndarray):
        self.searcher = searcher
        self.lengths = lengths
        self.live = live
        self.read: dict[tuple[str, bytes], _Postings | None] = {}

    def evaluate(self, node: wq.Query) -> Scored:
        if isinstance(node, wq.Term):
            return self.term(node)
        if isinstance(node, wq.Phrase) and self.searcher.schema[node.fieldname].format.supports("positions"):
            return self.phrase(node)
        if isinstance(node, wq.AndNot):
            return _without(self.evaluate(node.a), self.evaluate(node.b))
        if isinstance(node, wq.AndMaybe):  # the optional part first: a phrase in it reads positions once
            extra = self.evaluate(node.b)
            return _plus_where_present(self.evaluate(node.a), extra).boosted(node.boost)
        if isinstance(node, wq.And):
            return self.conjunction(node)
        if isinstance(node, (wq.Or, wq.DisjunctionMax)) and not getattr(node, "minmatch", 0) \
                and not getattr(node, "tiebreak", 0):
            return _union([self.evaluate(c) for c in node.subqueries],
                          np.maximum if isinstance(node, wq.DisjunctionMax) else np.add).boosted(node.boost)
        if isinstance(node, wq.Not):  # whoosh scores "every page but these" at the Not's boost
            return _without(self.every(node.boost), self.evaluate(node.query))
        if isinstance(node, wq.Every):
            return self.every(node.boost)
        if node is wq.NullQuery:
            return Scored.empty()
        return self.by_whoosh(node)

    def conjunction(self, node: wq.And) -> Scored:
        wanted = [c for c in node.subqueries if not isinstance(c, wq.Not)]
        result = self.evaluate(wanted[0]) if wanted else self.every(0.0)
        for child in wanted[1:]:
            if not len(result):
                break
            other = self.evaluate(child)
            ids, mine, theirs = np.intersect1d(result.ids, other.ids, assume_unique=True, return_indices=True)
            result = Scored(ids, result.scores[mine] + other.scores[theirs])
        for child in node.subqueries:
            if isinstance(child, wq.Not):
                result = _without(result, self.evaluate(child.query))
                result = Scored(result.ids, result.scores + child.boost)  # as whoosh scores the Not part
        return result.boosted(node.boost)

    def term(self, node: wq.Term) -> Scored:
        postings = self.postings(node.fieldname, node.text)
        return self.bm25(node.fieldname, postings).boosted(node.boost) if postings else Scored.empty()

    def phrase(self, node: wq.Phrase) -> Scored:
        """Pages with the words in order, each within `slop` positions of the one before (whoosh's
        SpanNear2), scored as whoosh does: the sum of the words' own scores."""
        found = [self.postings(node.fieldname, word, positions=True) for word in node.words]
        if not found or not all(found):
            return Scored.empty()
        ids = found[0].ids
        for other in found[1:]:
            ids = np.intersect1d(ids, other.ids, assume_unique=True)
        field_format = self.searcher.schema[node.fieldname].format
        keep = _in_order([whoosh_format.positions([p.values[i] for i in np.searchsorted(p.ids, ids).tolist()],
                                                  field_format) for p in found], len(ids), node.slop)
        scores = [self.bm25(node.fieldname, p) for p in found]
        total = sum(s.scores[np.searchsorted(s.ids, ids[keep])] for s in scores)
        return Scored(ids[keep], np.asarray(total, dtype=float) * node.boost)

    def postings(self, field: str, word, positions: bool = False) -> "_Postings | None":
        """A term's postings, read once per query (with positions if any use of it needs them)."""
        searcher = self.searcher
        if field not in searcher.schema:
            return None
        try:
            text = searcher.schema[field].to_bytes(word)
        except ValueError:
            return None
        known = self.read.get((field, text), False)
        if known is not False and (known is None or known.values is not None or not positions):
            return known
        self.read[(field, text)] = found = self._read(field, text, positions)
        return found

    def _read(self, field: str, text: bytes, positions: bool) -> "_Postings | None":
        searcher = self.searcher
        parts = [(whoosh_format.postings(leaf, leaf.postings(field, text), positions), offset)
                 for leaf, offset in searcher.reader().leaf_readers() if (field, text) in leaf]
        if not parts:
            return None
        return _Postings(text, np.concatenate([ids + offset for (ids, _, _), offset in parts]),
                         np.concatenate([weights for (_, weights, _), _ in parts]),
                         [v for (_, _, values), _ in parts for v in values] if positions else None)

    def bm25(self, field: str, postings: "_Postings") -> Scored:
        searcher, ids, weights = self.searcher, postings.ids, postings.weights
        if field not in self.lengths:  # not scorable (ids, keywords): whoosh scores the term's best weight
            return Scored(ids, np.full(len(ids), weights.max()))
        weighting = searcher.weighting
        idf = searcher.idf(field, postings.text)
        avg = searcher.avg_field_length(field) or 1
        b, k1 = weighting._field_B.get(field, weighting.B), weighting.K1
        lengths = self.lengths[field][ids]
        return Scored(ids, idf * (weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * lengths / avg)))

    def every(self, score: float) -> Scored:
        ids = np.flatnonzero(self.live).astype(np.int64)
        return Scored(ids, np.full(len(ids), score))

    def by_whoosh(self, node: wq.Query) -> Scored:
        hits = sorted((docnum, score) for score, docnum in self.searcher.search(node, limit=None).top_n)
        if not hits:
            return Scored.empty()
        ids, scores = zip(*hits)
        return Scored(np.array(ids, dtype=np.int64), np.array(scores, dtype=float))


def _union(parts: list[Scored], combine) -> Scored:
    parts = [p for p in parts if len(p)]
    if not parts:
        return Scored.empty()
    if len(parts) == 1:
        return parts[0]
    ids, where = np.unique(np.concatenate([p.ids for p in parts]), return_inverse=True)
    scores = np.zeros(len(ids))
    combine.at(scores, where, np.concatenate([p.scores for p in parts]))
    return Scored(ids, scores)


def _without(kept: Scored, removed: Scored) -> Scored:
    return kept.where(~np.isin(kept.ids, removed.ids, assume_unique=True)) if len(removed) and len(kept) else kept


def _plus_where_present(base: Scored, extra: Scored) -> Scored:
    _, mine, theirs = np.intersect1d(base.ids, extra.ids, assume_unique=True, return_indices=True)
    scores = base.scores.copy()
    scores[mine] += extra.scores[theirs]
    return Scored(base.ids, scores)


@dataclass(frozen=True)
class _Postings:
    text: bytes
    ids: np.ndarray
    weights: np.ndarray
    values: list[bytes] | None  # encoded positions, when asked for


def _in_order(positions: list[tuple[np.ndarray, np.ndarray]], pages: int, slop: int) -> np.ndarray:
    """Which of `pages` candidate pages have each word within `slop` positions after the span of the words
    before it (whoosh's SpanNear2 with mindist 1).  `positions`: per word, (candidate, position) pairs."""
    stride = int(max((pos.max() for _, pos in positions if len(pos)), default=0)) + slop + 2
    ends = positions[0][0] * stride + positions[0][1]  # where a span of the words so far ends, per candidate
    for rows, pos in positions[1:]:
        keys = rows * stride + pos
        ends = keys[np.logical_or.reduce([np.isin(keys - gap, ends) for gap in range(1, slop + 1)])]
    keep = np.zeros(pages, dtype=bool)
    keep[ends // stride] = True
    return keep
