"""METS 1.12 with PREMIS 3 for the BagIt export: the originals as PREMIS objects (SHA-256, size, PRONOM
format), what happened to each (PREMIS events from the catalog, each with its agents), Dublin Core
descriptions, and every page's ALTO file.

    mets:mets
      metsHdr            created by metp
      dmdSec  dmd_DOC    Dublin Core (the fields of metp/fields.py that have a DC element), as oai_dc:dc
      amdSec  amd_DOC
        techMD           PREMIS:OBJECT  premis:object xsi:type="premis:file"
        digiprovMD       PREMIS:EVENT   one per event: ingestion, message digest calculation, format
                                        identification (metp's at ingest, and siegfried's at export),
                                        transcription (OCR, text layer, re-OCR), fixity check (`metp verify`),
                                        modification (corrections), metadata modification (edits, retag)
        digiprovMD       PREMIS:AGENT   one per agent those events name (software with its version, people)
      fileSec
        fileGrp original   objects/DOC/NAME           (the original, with its checksum)
        fileGrp alto       objects/derivatives/DOC/page-NNNN.alto.xml
      structMap physical   objects > one div per document > one div per page (its ALTO)

Paths are relative to the transfer's top folder, as Archivematica reads them: in the bag that is
`data/`.  PRONOM ids come from siegfried (the `pygfried` package, offline: its signatures ship in it).
The document is validated against the METS and PREMIS schemas kept in metp/archive/schemas/ before it is
written; METS's `xmlData` is lax, so the PREMIS schema is loaded too, or the PREMIS inside would go
unchecked.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from lxml import etree

from metp import __version__
from metp.archive import agents
from metp.archive.alto import SCHEMA_DIR, XLINK_NS, XSI_NS, schema_parser, validation_errors
from metp.archive.catalog import event, now

METS_NS = "http://www.loc.gov/METS/"
PREMIS_NS = "http://www.loc.gov/premis/v3"
SCHEMA_LOCATION = (f"{METS_NS} http://www.loc.gov/standards/mets/version1121/mets.xsd "
                   f"{PREMIS_NS} http://www.loc.gov/standards/premis/v3/premis.xsd")
_BOTH = (b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
         b'<xs:import namespace="http://www.loc.gov/METS/" schemaLocation="mets.xsd"/>'
         b'<xs:import namespace="http://www.loc.gov/premis/v3" schemaLocation="premis.xsd"/>'
         b"</xs:schema>")


@functools.lru_cache(maxsize=1)
def mets_premis_schema() -> etree.XMLSchema:
    """METS 1.12.1 and PREMIS 3.0 (and xlink) from metp/archive/schemas/, nothing fetched."""
    root = etree.fromstring(_BOTH, schema_parser(), base_url=str(SCHEMA_DIR / "mets-and-premis.xsd"))
    return etree.XMLSchema(root)


def mets_errors(document: bytes) -> list[str]:
    return validation_errors(document, mets_premis_schema())


# identification ----------------------------------------------------------------------------------------
def identify_format(path: Path) -> dict:
    """siegfried's PRONOM identification of one file: {"puid", "name", "version", "mime", "basis"} (puid
    None when nothing matched), plus the identifying software for the event."""
    import pygfried

    result = pygfried.identify(str(path), detailed=True)
    match = next((m for m in result["files"][0]["matches"] if m.get("id") and m["id"] != "UNKNOWN"), None)
    signature = "; ".join(i.get("details", "") for i in result.get("identifiers", []))
    found = {"puid": None, "name": None, "version": None, "mime": None,
             "basis": result["files"][0].get("errors") or "no PRONOM signature matched"}
    if match:
        found = {"puid": match["id"], "name": match["format"], "version": match.get("version") or None,
                 "mime": match.get("mime") or None, "basis": match.get("basis") or ""}
    found["agent"] = agents.software("siegfried (pygfried)", result.get("siegfried"))
    found["signature"] = signature
    return found


def identification_event(doc_id: str, found: dict) -> dict:
    detail = f"PRONOM identification of the exported copy by siegfried ({found['signature']})"
    if found["puid"]:
        return event(doc_id, "format identification", detail, outcome_detail=f"{found['puid']} {found['name']}"
                     + (f" {found['version']}" if found["version"] else "") + f" ({found['basis']})",
                     agents=[found["agent"], agents.metp()])
    return event(doc_id, "format identification", detail, outcome="failure", outcome_detail=found["basis"],
                 agents=[found["agent"], agents.metp()])


# writing -----------------------------------------------------------------------------------------------
def _m(parent, tag: str, text: str | None = None, **attrs):
    el = etree.SubElement(parent, f"{{{METS_NS}}}{tag}", {k: str(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _p(parent, tag: str, text: str | None = None, **attrs):
    el = etree.SubElement(parent, f"{{{PREMIS_NS}}}{tag}", {k: str(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _wrap(section, mdtype: str):
    return _m(_m(section, "mdWrap", MDTYPE=mdtype), "xmlData")


def _agent_key(agent: dict) -> tuple[str, str]:
    if agent.get("type") == "software":
        return "software", agents.label(agent)
    return "metp source", agent.get("name") or "unknown"


def build_mets(documents: list[dict]) -> bytes:
    """`documents`: one dict per document with `doc_id`, `title`, `record` (Dublin Core record),
    `dc` (an ElementTree oai_dc element), `sha256`, `size`, `media_type`, `original` (path in the
    transfer), `original_name`, `format` (identify_format's answer), `events` (catalog events plus the
    export's own), `alto` ({page_no: path in the transfer})."""
    root = etree.Element(f"{{{METS_NS}}}mets", nsmap={"mets": METS_NS, "premis": PREMIS_NS, "xlink": XLINK_NS,
                                                       "xsi": XSI_NS},
                         LABEL="metp archive export", TYPE="metp transfer")
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    header = _m(root, "metsHdr", CREATEDATE=now().replace("+00:00", "Z"))
    creator = _m(header, "agent", ROLE="CREATOR", TYPE="OTHER", OTHERTYPE="SOFTWARE")
    _m(creator, "name", f"metp {__version__}")
    _m(creator, "note", "digitized-training-material archive; METS with PREMIS 3 for an Archivematica transfer")

    for n, doc in enumerate(documents, 1):
        dmd = _m(root, "dmdSec", ID=f"dmd_{n}")
        _wrap(dmd, "DC").append(etree.fromstring(ET.tostring(doc["dc"])))
    for n, doc in enumerate(documents, 1):
        _amd(root, n, doc)
    files = _m(root, "fileSec")
    originals = _m(files, "fileGrp", USE="original")
    for n, doc in enumerate(documents, 1):
        f = _m(originals, "file", ID=f"file_{n}", MIMETYPE=doc["media_type"], SIZE=doc["size"],
               CHECKSUM=doc["sha256"], CHECKSUMTYPE="SHA-256", ADMID=f"amd_{n}", DMDID=f"dmd_{n}")
        _m(f, "FLocat", LOCTYPE="OTHER", OTHERLOCTYPE="SYSTEM").set(f"{{{XLINK_NS}}}href", doc["original"])
    if any(doc["alto"] for doc in documents):
        alto = _m(files, "fileGrp", USE="alto")
        for n, doc in enumerate(documents, 1):
            for page_no, path in sorted(doc["alto"].items()):
                f = _m(alto, "file", ID=f"alto_{n}_{page_no}", MIMETYPE="text/xml")
                _m(f, "FLocat", LOCTYPE="OTHER", OTHERLOCTYPE="SYSTEM").set(f"{{{XLINK_NS}}}href", path)
    struct = _m(root, "structMap", TYPE="physical", LABEL="metp archive")
    top = _m(struct, "div", TYPE="Directory", LABEL="objects")
    for n, doc in enumerate(documents, 1):
        item = _m(top, "div", TYPE="Item", LABEL=doc["title"], DMDID=f"dmd_{n}", ADMID=f"amd_{n}")
        _m(item, "fptr", FILEID=f"file_{n}")
        for page_no in sorted(doc["alto"]):
            page = _m(item, "div", TYPE="page", ORDER=page_no, LABEL=f"page {page_no}")
            _m(page, "fptr", FILEID=f"alto_{n}_{page_no}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _amd(root, n: int, doc: dict) -> None:
    amd = _m(root, "amdSec", ID=f"amd_{n}")
    obj = _p(_wrap(_m(amd, "techMD", ID=f"tech_{n}"), "PREMIS:OBJECT"), "object", version="3.0")
    obj.set(f"{{{XSI_NS}}}type", "premis:file")
    ident = _p(obj, "objectIdentifier")
    _p(ident, "objectIdentifierType", "metp document id")
    _p(ident, "objectIdentifierValue", doc["doc_id"])
    chars = _p(obj, "objectCharacteristics")
    _p(chars, "compositionLevel", "0")
    fixity = _p(chars, "fixity")
    _p(fixity, "messageDigestAlgorithm", "SHA-256")
    _p(fixity, "messageDigest", doc["sha256"])
    _p(fixity, "messageDigestOriginator", "metp")
    _p(chars, "size", str(doc["size"]))
    fmt = _p(chars, "format")
    found = doc["format"]
    designation = _p(fmt, "formatDesignation")
    _p(designation, "formatName", found["name"] or doc["media_type"])
    if found["version"]:
        _p(designation, "formatVersion", found["version"])
    if found["puid"]:
        registry = _p(fmt, "formatRegistry")
        _p(registry, "formatRegistryName", "PRONOM")
        _p(registry, "formatRegistryKey", found["puid"])
        _p(registry, "formatRegistryRole", "specification")
    _p(fmt, "formatNote", f"media type {doc['media_type']} (metp, by content at ingest)")
    _p(obj, "originalName", doc["original_name"])
    for e in doc["events"]:
        link = _p(obj, "linkingEventIdentifier")
        _p(link, "linkingEventIdentifierType", "UUID")
        _p(link, "linkingEventIdentifierValue", e["event_id"])

    seen: dict[tuple[str, str], dict] = {}
    for e in doc["events"]:
        premis_event = _p(_wrap(_m(amd, "digiprovMD", ID=f"event_{n}_{e['event_id']}"), "PREMIS:EVENT"), "event",
                          version="3.0")
        ident = _p(premis_event, "eventIdentifier")
        _p(ident, "eventIdentifierType", "UUID")
        _p(ident, "eventIdentifierValue", e["event_id"])
        _p(premis_event, "eventType", e["type"])
        _p(premis_event, "eventDateTime", e["at"])
        if e["detail"]:
            _p(_p(premis_event, "eventDetailInformation"), "eventDetail",
               e["detail"] + (f" (page {e['page_no']})" if e.get("page_no") and f"page {e['page_no']}" not in
                              e["detail"] else ""))
        outcome = _p(premis_event, "eventOutcomeInformation")
        _p(outcome, "eventOutcome", e["outcome"])
        if e.get("outcome_detail"):
            _p(_p(outcome, "eventOutcomeDetail"), "eventOutcomeDetailNote", e["outcome_detail"])
        for agent in e["agents"]:
            key = _agent_key(agent)
            seen.setdefault(key, agent)
            link = _p(premis_event, "linkingAgentIdentifier")
            _p(link, "linkingAgentIdentifierType", key[0])
            _p(link, "linkingAgentIdentifierValue", key[1])
            _p(link, "linkingAgentRole", agent.get("role") or agents.EXECUTING_PROGRAM)
        link = _p(premis_event, "linkingObjectIdentifier")
        _p(link, "linkingObjectIdentifierType", "metp document id")
        _p(link, "linkingObjectIdentifierValue", doc["doc_id"])
        _p(link, "linkingObjectRole", "source")
    for i, (key, agent) in enumerate(seen.items(), 1):
        premis_agent = _p(_wrap(_m(amd, "digiprovMD", ID=f"agent_{n}_{i}"), "PREMIS:AGENT"), "agent",
                          version="3.0")
        ident = _p(premis_agent, "agentIdentifier")
        _p(ident, "agentIdentifierType", key[0])
        _p(ident, "agentIdentifierValue", key[1])
        _p(premis_agent, "agentName", agent["name"] if agent.get("type") == "software" else agent["name"])
        _p(premis_agent, "agentType", "software" if agent.get("type") == "software" else "person")
        if agent.get("type") == "software":
            _p(premis_agent, "agentVersion", agent.get("version") or "unknown")
        if agent.get("note"):
            _p(premis_agent, "agentNote", agent["note"])
