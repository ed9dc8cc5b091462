"""The archive as users see it: object store, catalog, ingest, CLI.

This package owns every side effect; `pipeline` and `index` never import it.
"""
