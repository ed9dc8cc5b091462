"""The whoosh schema: one entry per page, carrying its document's searchable fields (from metp/fields.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.lang.porter import stem

from metp.fields import DECADE, FIELDS, IndexAs

SCHEMA_VERSION = 5  # 3: words split at periods; 4: fields from the registry (type, place as facets); 5: access

# whoosh's default tokenizer keeps "pieces.of" as one token; OCR and typewriters often drop the space after a
# period, so letters are split there (at the cost of "3.5" becoming "3" and "5").  `*` stays for wildcards.
WORD_PATTERN = r"[\w\*]+"
SCORED_FIELDS = ("content", "title")  # what a plain query word searches, and what BM25F ranks
TITLE_BOOST = 2.0


def analyzer() -> StemmingAnalyzer:
    return StemmingAnalyzer(expression=WORD_PATTERN)


_WORD = re.compile(WORD_PATTERN)
_stem = lru_cache(maxsize=200_000)(stem)


def index_terms(text: str) -> list[str]:
    """The terms `analyzer()` makes of `text` for the index (words, lower-cased, whoosh's stop words and
    one-letter words dropped, Porter-stemmed), in order, as one list: handed to whoosh as a pre-analysed
    field value, they cost a third of what its token-by-token filter chain does (index build, issue 16).
    Positions come out renumbered from 0, where whoosh starts from the first kept word's place; only
    their differences are used (phrases)."""
    lowered = [w.lower() for w in _WORD.findall(text)]
    return [_stem(w) for w in lowered if len(w) >= 2 and w not in STOP_WORDS]


# The fields analysed by `analyzer()` (the writer hands whoosh their `index_terms`)
TEXT_FIELDS = ("content", *(f.key for f in (*FIELDS, DECADE) if f.index is IndexAs.text))


def build_schema() -> Schema:
    text = analyzer()
    fields = dict(
        page_id=ID(unique=True, stored=True),
        doc_id=ID(stored=True, sortable=True),  # columns: grouping and facets without loading stored text
        page=NUMERIC(int, stored=True, sortable=True),
        content=TEXT(analyzer=text, stored=True, phrase=True),
        source=STORED(),
        method=ID(stored=True),
        confidence=STORED(),
        year=NUMERIC(int, stored=True, sortable=True),  # from the date: ranges, --from/--to, date order
    )
    for f in (*FIELDS, DECADE):
        if f.index is IndexAs.text:
            fields[f.key] = TEXT(analyzer=text, stored=True, field_boost=TITLE_BOOST if f.key == "title" else 1.0)
        elif f.index is IndexAs.keyword:
            fields[f.key] = KEYWORD(stored=True, lowercase=True, commas=True, sortable=True)
        elif f.index is IndexAs.id:
            fields[f.key] = ID(stored=True, sortable=True)
    return Schema(**fields)
