"""The search engine: whoosh schema, writer and searcher over plain page records.

It knows nothing of the catalog; the archive hands it records and asks it questions.
"""
