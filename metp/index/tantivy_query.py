"""metp's parsed query (the tree `query_language.parse_query` makes, OCR variants added) as a tantivy query.

One parser serves both engines, so the query language is the same whichever engine answers: the tree
is translated node by node.  Scores add up as in whoosh (a conjunction or disjunction sums its parts);
a word's boost carries over, and the title's schema weight is applied here (tantivy has no per-field
weight); a match on a value field (type, date, ...) scores 1, as on whoosh.  The searcher spells out
prefixes, wildcards and `word~N` in the page text and title as the words they match before translating
(tantivy's automaton queries score every match alike; whoosh scores each word); elsewhere they become
tantivy regular expressions and fuzzy term queries.  Whoosh phrases count slop from 1 (adjacent),
tantivy's from 0.
"""

from __future__ import annotations

import re

import tantivy
from whoosh import query as wq

from metp.errors import QuerySyntaxError
from metp.index.columns import RESTRICTED, decade_label
from metp.index.records import Filters
from metp.index.schema import TITLE_BOOST
from metp.index.tantivy_store import TEXT_KEYS

_FIELD_WEIGHT = {"title": TITLE_BOOST}
_NUMERIC = ("year", "page")
_SCORED = ("content", *TEXT_KEYS)  # the analysed fields: BM25
MUST, SHOULD, MUST_NOT = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot


class Translator:
    def __init__(self, schema: tantivy.Schema, whoosh_schema):
        self._schema = schema
        self._whoosh_schema = whoosh_schema  # decodes the numbers whoosh's parser encodes (`year:1987`)

    def query(self, node: wq.Query) -> tantivy.Query:
        if isinstance(node, wq.Not):  # alone: everything but
            return tantivy.Query.boolean_query([(MUST, tantivy.Query.all_query()), (MUST_NOT, self.query(node.query))])
        return self._boosted(self._bare(node), node)

    def filtered(self, query: tantivy.Query, filters: Filters) -> tantivy.Query:
        """`query` restricted to the pages `filters` allow (as `Columns.filter_mask` allows them on whoosh:
        facet values case-insensitively, years inclusive with undated pages left out)."""
        clauses = [(MUST, query)]
        for key, value in filters.values.items():
            value = decade_label(value) if key == "decade" else value
            clauses.append((MUST, tantivy.Query.term_query(self._schema, key, value.strip().lower())))
        if filters.year_from is not None or filters.year_to is not None:
            clauses.append((MUST, tantivy.Query.range_query(
                self._schema, "year", tantivy.FieldType.Integer,
                filters.year_from if filters.year_from is not None else 1,
                filters.year_to if filters.year_to is not None else 9999, include_lower=True, include_upper=True)))
        if filters.doc_id is not None:
            clauses.append((MUST, tantivy.Query.term_query(self._schema, "doc_id", filters.doc_id)))
        if filters.hide_restricted:
            clauses.append((MUST_NOT, tantivy.Query.term_query(self._schema, "access", RESTRICTED)))
        # filters select pages, they do not score them
        return query if len(clauses) == 1 else tantivy.Query.boolean_query(
            [clauses[0]] + [(occur, tantivy.Query.const_score_query(q, 0.0)) for occur, q in clauses[1:]])

    def _boosted(self, query: tantivy.Query, node: wq.Query) -> tantivy.Query:
        boost = getattr(node, "boost", 1.0) * (_FIELD_WEIGHT.get(getattr(node, "fieldname", None), 1.0)
                                              if node.is_leaf() else 1.0)
        return query if boost == 1.0 else tantivy.Query.boost_query(query, boost)

    def _bare(self, node: wq.Query) -> tantivy.Query:
        if isinstance(node, wq.Term):
            return self._term(node.fieldname, node.text)
        if isinstance(node, (wq.And, wq.Or)) and not isinstance(node, wq.DisjunctionMax):
            occur = MUST if isinstance(node, wq.And) else SHOULD
            parts = [(MUST_NOT, self.query(child.query)) if isinstance(child, wq.Not) else (occur, self.query(child))
                     for child in node.subqueries]
            if all(o is MUST_NOT for o, _ in parts):
                parts.append((MUST, tantivy.Query.all_query()))
            return tantivy.Query.boolean_query(parts)
        if isinstance(node, wq.DisjunctionMax):
            return tantivy.Query.disjunction_max_query([self.query(c) for c in node.subqueries],
                                                      tie_breaker=node.tiebreak)
        if isinstance(node, wq.AndNot):
            return tantivy.Query.boolean_query([(MUST, self.query(node.a)), (MUST_NOT, self.query(node.b))])
        if isinstance(node, wq.AndMaybe):
            return tantivy.Query.boolean_query([(MUST, self.query(node.a)), (SHOULD, self.query(node.b))])
        if isinstance(node, wq.Require):
            return tantivy.Query.boolean_query([(MUST, self.query(node.a)),
                                                (MUST, tantivy.Query.const_score_query(self.query(node.b), 0.0))])
        if isinstance(node, wq.Phrase):
            if len(node.words) == 1:
                return self._term(node.fieldname, node.words[0])
            return tantivy.Query.phrase_query(self._schema, node.fieldname, list(node.words),
                                              slop=max(0, node.slop - 1))
        if isinstance(node, wq.FuzzyTerm):
            return tantivy.Query.fuzzy_term_query(self._schema, node.fieldname, node.text, distance=node.maxdist)
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            pattern = re.escape(node.text) + ".*" if isinstance(node, wq.Prefix) else wildcard_regex(node.text)
            return tantivy.Query.regex_query(self._schema, node.fieldname, pattern)
        if isinstance(node, wq.NumericRange) and node.fieldname in _NUMERIC:
            return tantivy.Query.range_query(self._schema, node.fieldname, tantivy.FieldType.Integer,
                                             node.start if node.start is not None else -2 ** 63,
                                             node.end if node.end is not None else 2 ** 63 - 1,
                                             include_lower=not node.startexcl, include_upper=not node.endexcl)
        if isinstance(node, wq.Every):
            return tantivy.Query.all_query()
        if node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
            return tantivy.Query.empty_query()
        raise QuerySyntaxError(f"this archive's search engine (tantivy) cannot answer {type(node).__name__} "
                               "queries; rephrase the query or convert the archive with `metp reindex --engine "
                               "whoosh`")

    def _term(self, fieldname: str, text) -> tantivy.Query:
        if fieldname in _NUMERIC:
            value = self._whoosh_schema[fieldname].from_bytes(text) if isinstance(text, bytes) else int(text)
            query = tantivy.Query.term_query(self._schema, fieldname, int(value))
        else:
            query = tantivy.Query.term_query(self._schema, fieldname, text)
        # whoosh scores only analysed text; a match on a value field (type:memo, doc_id:...) scores 1
        return query if fieldname in _SCORED else tantivy.Query.const_score_query(query, 1.0)


def wildcard_regex(text: str) -> str:
    return "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in text)
