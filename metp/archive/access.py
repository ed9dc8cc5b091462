"""The archive as the public sees it (`metp serve --public`): read-only, and without restricted documents.

An archivist restricts a document with an ordinary metadata edit, `metp tag DOC metp.access=restricted`
(recorded with its provenance like any archivist value; `metp.access=` lifts it).  The value reaches the
search index through the normal sync, where it is a column: a public search or browse masks those
documents' pages before anything is counted, so totals, facets, hits and "more like this" never include
them.  Everything else that names a document (its record, pages, images, original) answers "no such
document", the same message as for an id that does not exist.

The catalog is opened with SQLite's read-only mode, and every writing operation is refused here before
it reaches SQLite.

Known limits: the word list behind OCR-tolerant spellings and "did you mean" is built from every page,
restricted ones included, so a suggestion may be a word only a restricted page has; `stats`, `review`,
`batches` and `batch` are not filtered (the web UI does not offer them in public mode).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from metp.archive.archive import Archive
from metp.archive.browse import restricted_ids
from metp.archive.catalog import Catalog
from metp.archive.derivatives import Derivatives
from metp.archive.indexing import IndexSync
from metp.archive.repository import CATALOG_NAME, Repository
from metp.archive.store import ObjectStore
from metp.archive.views import SimilarView
from metp.errors import NoArchiveError, NotFoundError, UsageError
from metp.index.page_index import Filters
from metp.settings import Settings

READ_ONLY = "this archive is open read-only (metp serve --public); change it with metp commands instead"


class ReadOnlyRepository(Repository):
    def __init__(self, root: Path):  # noqa: super().__init__ would open the catalog for writing
        self.root = root
        self.catalog = Catalog.open_read_only(root / CATALOG_NAME)
        self.store = ObjectStore(root / "objects")
        self.derivatives = Derivatives(root / "derivatives")


class PublicArchive(Archive):
    def __init__(self, settings: Settings):  # noqa: Archive.__init__ would open the catalog for writing
        self.settings = settings
        self.root = Path(settings.archive_dir)
        if not (self.root / CATALOG_NAME).is_file():
            raise NoArchiveError(self.root)
        self._repository = ReadOnlyRepository(self.root)
        self._index = IndexSync(self._repository, self.root / "index")

    # what is hidden -------------------------------------------------------------------------------
    def _filters(self, filters: Filters) -> Filters:
        return replace(filters, hide_restricted=True)

    def _hidden(self) -> set[str]:
        return restricted_ids(self._repository)

    def _visible(self, doc_id: str) -> str:
        """The document's full id, or NotFoundError as for a document that does not exist."""
        full = self._repository.catalog.resolve(doc_id)["doc_id"]
        if self.access(full) == "restricted":
            raise NotFoundError(f"no document {doc_id!r} in the archive; find ids with `metp search`")
        return full

    # reading, filtered ----------------------------------------------------------------------------
    def search(self, query: str, limit: int = 10, offset: int = 0, filters: Filters = Filters(),
               exact: bool = False, sort: str = "relevance"):
        return super().search(query, limit=limit, offset=offset, filters=self._filters(filters), exact=exact,
                              sort=sort)

    def similar(self, doc_id: str, limit: int = 10) -> SimilarView:
        doc_id = self._visible(doc_id)
        terms, results = self._index.index.similar(doc_id, limit, self._filters(Filters()))
        return SimilarView(doc_id, tuple(terms), results.total, results.hits)

    def document(self, doc_id: str):
        return super().document(self._visible(doc_id))

    def page(self, doc_id: str, page_no: int):
        return super().page(self._visible(doc_id), page_no)

    def hits_on_page(self, doc_id: str, page_no: int, query: str, exact: bool = False):
        return super().hits_on_page(self._visible(doc_id), page_no, query, exact)

    def page_image(self, doc_id: str, page_no: int, dest: Path, highlight: str | None = None,
                   password: str | None = None):
        return super().page_image(self._visible(doc_id), page_no, dest, highlight, password)

    def export_pdf(self, doc_id: str, dest: Path | None = None, password: str | None = None):
        return super().export_pdf(self._visible(doc_id), dest, password)

    # writing, refused -----------------------------------------------------------------------------
    def _refuse(self, *args, **kwargs):
        raise UsageError(READ_ONLY)

    ingest = tag = tag_from_csv = retag = correct = reindex = export = reocr = _refuse
