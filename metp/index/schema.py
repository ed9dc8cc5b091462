"""The whoosh schema: one entry per page, carrying its document's fields."""

from __future__ import annotations

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

SCHEMA_VERSION = 3  # 3: words split at periods

# whoosh's default tokenizer keeps "pieces.of" as one token; OCR and typewriters often drop the space after a
# period, so letters are split there (at the cost of "3.5" becoming "3" and "5").  `*` stays for wildcards.
WORD_PATTERN = r"[\w\*]+"


def build_schema() -> Schema:
    text = StemmingAnalyzer(expression=WORD_PATTERN)
    return Schema(
        page_id=ID(unique=True, stored=True),
        doc_id=ID(stored=True, sortable=True),  # columns: grouping and facets without loading stored text
        page=NUMERIC(int, stored=True, sortable=True),
        title=TEXT(analyzer=text, stored=True, field_boost=2.0),
        content=TEXT(analyzer=text, stored=True, phrase=True),
        source=STORED(),
        doc_type=KEYWORD(stored=True, lowercase=True, commas=True, sortable=True),
        date=ID(stored=True, sortable=True),
        year=NUMERIC(int, stored=True, sortable=True),
        decade=ID(stored=True, sortable=True),
        subject=KEYWORD(stored=True, lowercase=True, commas=True, scorable=True, sortable=True),
        audience=KEYWORD(stored=True, lowercase=True, commas=True, sortable=True),
        place=KEYWORD(stored=True, lowercase=True, commas=True),
        language=ID(stored=True, sortable=True),
        event=TEXT(analyzer=text, stored=True),
        method=ID(stored=True),
        confidence=STORED(),
    )
