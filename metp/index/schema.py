"""The whoosh schema: one entry per page, carrying its document's searchable fields (from metp/fields.py)."""

from __future__ import annotations

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from metp.fields import DECADE, FIELDS, IndexAs

SCHEMA_VERSION = 5  # 3: words split at periods; 4: fields from the registry (type, place as facets); 5: access

# whoosh's default tokenizer keeps "pieces.of" as one token; OCR and typewriters often drop the space after a
# period, so letters are split there (at the cost of "3.5" becoming "3" and "5").  `*` stays for wildcards.
WORD_PATTERN = r"[\w\*]+"
SCORED_FIELDS = ("content", "title")  # what a plain query word searches, and what BM25F ranks
TITLE_BOOST = 2.0


def analyzer() -> StemmingAnalyzer:
    return StemmingAnalyzer(expression=WORD_PATTERN)


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
