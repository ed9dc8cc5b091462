"""OAI-PMH 2.0 at `/oai` in `metp serve`: aggregators and AtoM-style catalogues harvest the archive's Dublin
Core records (`oai_dc`), the same records `metp export --format dc-xml` writes, through the fields of
metp/fields.py that have a Dublin Core element.

The protocol (verbs, arguments, errors, resumption tokens) is the `oaipmh` package's server (the
maintained fork of pyoai); this module gives it the archive:

- identifiers are `oai:metp:DOC_ID`; a record's datestamp is when it last changed (ingest, re-OCR,
  correction or metadata edit: the catalog's events), at seconds granularity, UTC;
- one metadata format, `oai_dc`; no sets; deleted records are not kept (`deletedRecord` is `no`);
- 100 records per response, then a resumption token;
- `--public` hides restricted documents here as everywhere, and the original's path on the archivist's
  disk (`dc.source`) is never published.

    GET /oai?verb=Identify
    GET /oai?verb=ListRecords&metadataPrefix=oai_dc[&from=2026-01-01][&until=...]
    GET /oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:metp:3f9a1c0e2b7d4a55
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from lxml import etree
from oaipmh import common, error
from oaipmh.metadata import MetadataRegistry
from oaipmh.server import BatchingServer
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from metp.errors import NotFoundError
from metp.web.app import web_of

PREFIX = "oai:metp:"
OAI_DC = ("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/")
BATCH = 100
UNPUBLISHED = ("dc.source",)
_MAX_PARAMS = 8


def _when(iso: str) -> datetime:
    """A catalog time (ISO 8601 with offset) as the naive UTC datetime the oaipmh package expects."""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _write_dc(element, metadata) -> None:
    from metp.archive.export import dc_element

    record = {k: v for k, v in metadata.getMap().items() if k not in UNPUBLISHED}
    element.append(etree.fromstring(ET.tostring(dc_element(record))))


REGISTRY = MetadataRegistry()
REGISTRY.registerWriter("oai_dc", _write_dc)


class ArchiveOAI:
    """The oaipmh package's batching interface over an `Archive` (one request, in an archive thread)."""

    def __init__(self, archive, base_url: str):
        self.archive = archive
        self.base_url = base_url

    def identify(self):
        stamps = self.archive.harvestable()
        earliest = _when(stamps[0][1]) if stamps else datetime(2000, 1, 1)
        return common.Identify(repositoryName="metp archive", baseURL=self.base_url, protocolVersion="2.0",
                               adminEmails=[], earliestDatestamp=earliest, deletedRecord="no",
                               granularity="YYYY-MM-DDThh:mm:ssZ", compression=["identity"],
                               toolkit_description=False)

    def listMetadataFormats(self, identifier=None):
        if identifier is not None:
            self._doc_id(identifier)
        return [OAI_DC]

    def listSets(self, cursor=0, batch_size=BATCH):
        raise error.NoSetHierarchyError("this repository has no sets")

    def _check(self, metadataPrefix, set):
        if metadataPrefix != "oai_dc":
            raise error.CannotDisseminateFormatError(f"only oai_dc is offered, not {metadataPrefix}")
        if set is not None:
            raise error.NoSetHierarchyError("this repository has no sets")

    def _selected(self, from_, until, cursor, batch_size):
        chosen = [(doc_id, _when(at)) for doc_id, at in self.archive.harvestable()]
        chosen = [(d, at) for d, at in chosen if (from_ is None or at >= from_) and (until is None or at <= until)]
        return chosen[cursor:cursor + batch_size]

    @staticmethod
    def _header(doc_id: str, at: datetime):
        return common.Header(None, PREFIX + doc_id, at, [], False)

    def listIdentifiers(self, metadataPrefix, set=None, from_=None, until=None, cursor=0, batch_size=BATCH):
        self._check(metadataPrefix, set)
        return [self._header(d, at) for d, at in self._selected(from_, until, cursor, batch_size)]

    def listRecords(self, metadataPrefix, set=None, from_=None, until=None, cursor=0, batch_size=BATCH):
        self._check(metadataPrefix, set)
        return [self._record(d, at) for d, at in self._selected(from_, until, cursor, batch_size)]

    def getRecord(self, metadataPrefix, identifier):
        self._check(metadataPrefix, None)
        doc_id = self._doc_id(identifier)
        stamps = dict(self.archive.harvestable())
        return self._record(doc_id, _when(stamps[doc_id]))

    def _record(self, doc_id: str, at: datetime):
        return self._header(doc_id, at), common.Metadata(None, self.archive.dc_record(doc_id)), None

    def _doc_id(self, identifier: str) -> str:
        doc_id = identifier[len(PREFIX):] if identifier.startswith(PREFIX) else ""
        try:
            full = self.archive.document(doc_id).doc_id if len(doc_id) == 16 else None
        except NotFoundError:
            full = None
        if full is None or full != doc_id:
            raise error.IdDoesNotExistError(f"no record {identifier}")
        return full


async def oai(request: Request) -> Response:
    """GET, or POST with a form (the protocol allows both)."""
    items = request.query_params.multi_items()
    if request.method == "POST":
        items = (await request.form(max_files=0, max_fields=_MAX_PARAMS, max_part_size=4096)).multi_items()
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_answer, request, items)


def _answer(request: Request, items) -> Response:
    params = {str(k): str(v) for k, v in items}
    if len(items) != len(params) or len(params) > _MAX_PARAMS:
        params = {"verb": "repeated or too many arguments"}  # answered as badVerb by the server
    base_url = str(request.base_url).rstrip("/") + "/oai"

    def answer(archive) -> bytes:
        server = BatchingServer(ArchiveOAI(archive, base_url), metadata_registry=REGISTRY,
                                resumption_batch_size=BATCH)
        return server.handleRequest(params)

    body = web_of(request).archive(answer)
    headers = {"Cache-Control": "no-store"}
    if web_of(request).public:
        headers["Access-Control-Allow-Origin"] = "*"
    return Response(body, media_type="text/xml; charset=utf-8", headers=headers)


def routes() -> list:
    return [Route("/oai", oai, methods=["GET", "HEAD", "POST"])]
