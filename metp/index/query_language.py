"""metp's query language, the same whichever engine answers: its checks and limits, the parse (whoosh's
query parser over the schema's fields: a tree of query nodes, no index needed), repeated words weighing
more, and the proximity boost for words typed together.  Each engine's searcher takes this tree (the
tantivy engine translates it, `tantivy_query.py`)."""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, MultifieldParser

from metp.errors import QuerySyntaxError, UsageError
from metp.fields import DECADE, FIELDS
from metp.index import scoring
from metp.index.records import SORTS
from metp.index.schema import SCORED_FIELDS

PROXIMITY_SLOP = 3     # words within this many positions of the one before count as "together"
PROXIMITY_BOOST = 0.5  # share of the words' own scores added when they are
_ALIASES = {f.key: list(f.aliases) for f in (*FIELDS, DECADE) if f.searchable and f.aliases}
_DATE_RANGE = re.compile(r"\bdate:(\d{4})?\.\.(\d{4})?")
_DATE_YEAR = re.compile(r"\bdate:(\d{4})\b(?![-.])")
MAX_QUERY_CHARS = 2500  # whoosh's parser is superlinear on runs of stray operators ("~ ~ ~", "^ ^ ^": ~0.4 s here)
MAX_NESTING = 32        # brackets within brackets; whoosh recurses per level and overflows the stack near 1,000
MAX_FUZZY_DISTANCE = 2  # `word~3` and up make whoosh's Levenshtein automaton explode (seconds, then minutes)
_STRAY_MARK = re.compile(r"(?<![\w\"*)\]])[~^]|[~^](?=[~^])")  # `~` or `^` with no term before it, or doubled
_FUZZY = re.compile(r'(?<=[^\s"~])~(\d)')
_STRAY_OPERATOR = re.compile(r"(?:^|\s)(AND|OR)\s*$|^\s*(AND|OR)\s")
_NOT_TEXT = re.compile("[\ud800-\udfff]")


def _rewrite_dates(text: str) -> str:
    """`date:1985..1990`, `date:..1979`, `date:1987` become ranges over the numeric year field.
    Linear: both patterns are anchored on a literal `date:` and match a bounded number of characters."""
    text = _DATE_RANGE.sub(lambda m: f"year:[{m[1] or ''} TO {m[2] or ''}]", text)
    return _DATE_YEAR.sub(lambda m: f"year:{m[1]}", text)


def check_syntax(text: str) -> None:
    """whoosh quietly drops what it cannot parse; say where the query is broken instead.
    One pass over the text (linear), then a regex that only tries at the query's two ends."""
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is {len(text):,} characters long; metp takes at most {MAX_QUERY_CHARS:,}: "
                         "shorten it or split it into several searches")
    stray = _STRAY_MARK.search(text)
    if stray:  # never meaningful, and whoosh's parser is quadratic in them ("~ ~ ~": 4,000 characters took 2.8 s)
        raise QuerySyntaxError(f"'{stray.group()}' at position {stray.start() + 1} of the query belongs right after a "
                               "word: write word~ or word~2 (spelling variants), word^2 (weight)")
    bad = _NOT_TEXT.search(text)
    if bad:
        raise QuerySyntaxError(f"the character at position {bad.start() + 1} of the query is not valid text "
                               "(a terminal in another encoding?); retype it")
    opened: list[int] = []  # positions of the '(' still open
    quote_at = None
    for position, char in enumerate(text, start=1):
        if char == '"':
            quote_at = None if quote_at else position
        elif quote_at is None and char == "(":
            opened.append(position)
            if len(opened) > MAX_NESTING:
                raise QuerySyntaxError(f"brackets nested more than {MAX_NESTING} deep at position {position} of "
                                       "the query; simplify it")
        elif quote_at is None and char == ")":
            if not opened:
                raise QuerySyntaxError(f"unmatched ')' at position {position} of the query; remove it or add '('")
            opened.pop()
    if quote_at:
        raise QuerySyntaxError(f"unclosed quote at position {quote_at} of the query; close the phrase with '\"'")
    if opened:
        raise QuerySyntaxError(f"unclosed '(' at position {opened[-1]} of the query"
                               + (f" ({len(opened)} in all)" if len(opened) > 1 else "") + "; add ')'")
    stray = _STRAY_OPERATOR.search(text)
    if stray:
        group = 1 if stray.group(1) else 2
        raise QuerySyntaxError(f"'{stray.group(group)}' at position {stray.start(group) + 1} has nothing on "
                               "one side; remove it or add a word")
    for fuzzy in _FUZZY.finditer(text):
        if int(fuzzy[1]) > MAX_FUZZY_DISTANCE:
            raise QuerySyntaxError(f"fuzzy distance ~{fuzzy[1]} at position {fuzzy.start() + 1} of the query is too "
                                   f"large; use ~1 or ~2 (metp already matches common OCR misreadings)")


def parse_query(schema: Schema, text: str) -> wq.Query:
    """The whoosh query for `text`, or a UsageError/QuerySyntaxError saying what to fix (with the position,
    when the problem is at one).  Time is bounded: the text is at most MAX_QUERY_CHARS long."""
    if not text.strip():
        raise UsageError("the query is empty; give words to search for, e.g. metp search 'letter writing'")
    check_syntax(text)
    parser = MultifieldParser(list(SCORED_FIELDS), schema, fieldboosts=scoring.FIELD_BOOSTS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    rewritten = _rewrite_dates(text)
    try:
        query = _count_repeats(parser.parse(rewritten, normalize=False)).normalize()
    except Exception as exc:  # whoosh raises assorted errors (IndexError on `NOT NOT a`) for syntax it cannot take
        shown = text if len(text) <= 60 else text[:60] + "..."
        raise QuerySyntaxError(f"cannot parse the query {shown!r} ({type(exc).__name__}: {exc}); check its "
                               "operators, quotes and brackets") from exc
    if any(isinstance(leaf, wq.FuzzyTerm) and leaf.maxdist > MAX_FUZZY_DISTANCE for leaf in _leaves(query)):
        raise QuerySyntaxError(f"a fuzzy distance in the query is over {MAX_FUZZY_DISTANCE}; use ~1 or ~2")
    return query


def _leaves(query: wq.Query):
    return [query] if query.is_leaf() else [leaf for child in query.children() for leaf in _leaves(child)]


def _count_repeats(node: wq.Query) -> wq.Query:
    """A word (or any clause) typed k times weighs k times, as in Lucene-family engines: whoosh's
    normalisation would otherwise keep one copy, so a long description's repeated words count once."""
    if not isinstance(node, (wq.And, wq.Or)) or isinstance(node, wq.DisjunctionMax):
        return node.apply(_count_repeats) if not node.is_leaf() else node
    merged: dict[wq.Query, tuple[wq.Query, int]] = {}
    for child in (_count_repeats(c) for c in node.subqueries):
        first, count = merged.get(child, (child, 0))
        merged[child] = (first, count + 1)
    children = []
    for child, count in merged.values():
        if count > 1:
            child = child.copy()
            child.boost *= count
        children.append(child)
    copy = node.copy()
    copy.subqueries = children
    return copy


def with_proximity(query: wq.Query, parsed: wq.Query) -> wq.Query:
    """For plain words (ANDed, no operators), pages where they stand together as typed rank higher:
    people search for a passage they remember, and BM25 alone ignores word order."""
    words = plain_words(parsed)
    if len(words) < 2:
        return query
    return wq.AndMaybe(query, wq.Phrase("content", words, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST))


def plain_words(parsed: wq.Query) -> list[str]:
    """The words of a query made only of words (each searched in the title and the text), in order."""
    parts = parsed.subqueries if isinstance(parsed, wq.And) else [parsed]
    words = []
    for part in parts:
        terms = part.subqueries if isinstance(part, wq.Or) else [part]
        texts = {t.text for t in terms if isinstance(t, wq.Term) and t.fieldname in SCORED_FIELDS}
        if len(texts) != 1 or not all(isinstance(t, wq.Term) for t in terms):
            return []
        words.append(texts.pop())
    return words


def check_paging(limit: int, offset: int, sort: str) -> None:
    """A results page and order a searcher can give (the CLI and web check them too; the library's callers
    may not)."""
    if limit < 1 or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    if sort not in SORTS:
        raise UsageError(f"--sort takes one of {', '.join(SORTS)}")
