"""Exports other tools read: CSV (Archivematica-style, re-importable), JSON Lines, Dublin Core XML, a BagIt
bag that is an Archivematica-ready transfer (with METS and PREMIS 3, see mets.py), ALTO per page
(alto.py) and IIIF (iiif.py)."""

from __future__ import annotations

import csv
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath

import bagit

from metp import __version__
from metp.archive.escaping import spreadsheet_safe, xml_safe
from metp.archive.files import atomic_folder, atomic_output, atomic_write
from metp.archive.repository import Repository
from metp.errors import UsageError
from metp.fields import field_named
from metp.settings import OcrSettings

EXPORT_FORMATS = ("csv", "jsonl", "dc-xml", "bagit", "alto", "iiif")
FOLDER_FORMATS = ("bagit", "alto", "iiif")  # written as a new folder, renamed into place when complete
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("oai_dc", OAI_DC)
ET.register_namespace("dc", DC)


def export(repository: Repository, fmt: str, dest: Path, base_url: str | None = None,
           ocr: OcrSettings | None = None) -> dict:
    """Write `fmt` to `dest`; folder formats are built under a temporary name and renamed when complete.
    `base_url` (IIIF only) is where `dest` will be served from; `ocr` renders page images as OCR saw them."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if dest.exists() and (fmt in FOLDER_FORMATS or dest.is_dir()):
        raise UsageError(f"{dest} already exists; name a new {'folder' if fmt in FOLDER_FORMATS else 'file'}")
    if fmt == "iiif":
        from metp.archive.iiif import check_base_url

        base_url = check_base_url(base_url)
    elif base_url:
        raise UsageError("--base-url is for --format iiif only")
    ocr = ocr or OcrSettings()
    warnings: list[str] = []
    if fmt in ("alto", "iiif"):
        with atomic_folder(dest) as staging:
            if fmt == "alto":
                from metp.archive.alto import export_alto

                written = export_alto(repository, staging, ocr, warnings)
            else:
                from metp.archive.iiif import export_iiif

                written = export_iiif(repository, staging, base_url, ocr, warnings)
        return {**written, "path": str(dest), "warnings": warnings}
    records = list(_records(repository))
    if fmt == "bagit":
        with atomic_folder(dest) as staging:
            write_bag(repository, records, staging)
    else:
        {"csv": write_csv, "jsonl": write_jsonl, "dc-xml": write_dc_xml}[fmt](records, dest)
    return {"documents": len(records), "path": str(dest), "warnings": warnings}


def _records(repository: Repository) -> Iterator[dict]:
    for doc in repository.catalog.documents():
        metadata = {name: [v.to_json() for v in values] for name, values in repository.metadata(doc["doc_id"]).items()}
        yield {"record": repository.record(doc["doc_id"]), "metadata": metadata}


def write_csv(records: list[dict], dest: Path, filename_of: Callable[[dict], str] | None = None) -> None:
    """One row per document; a column repeated for each value of a repeatable field, as Archivematica
    expects, so the file can be edited and applied back with `metp tag --from-csv`.  The `filename` is the
    original's file name, or `filename_of(record)` (the bag: `objects/<doc_id>/<name>`, as Archivematica
    requires of a transfer's metadata.csv)."""
    rows = [_flatten(r["record"]) for r in records]
    widths: dict[str, int] = {}
    for row in rows:
        for field, values in row.items():
            widths[field] = max(widths.get(field, 0), len(values))
    header = ["filename"] + [f for f in widths for _ in range(widths[f])]
    with atomic_output(dest, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for row, record in zip(rows, records):
            source = record["record"]["dc.source"]
            cells = [filename_of(record["record"]) if filename_of else PurePath(source[0]).name if source else ""]
            for field in widths:
                values = row.get(field, [])
                cells += values + [""] * (widths[field] - len(values))
            out.writerow([spreadsheet_safe(cell) for cell in cells])



def _flatten(record: dict) -> dict[str, list[str]]:
    return {k: [str(x) for x in (v if isinstance(v, list) else [v]) if x is not None] for k, v in record.items()}


def write_jsonl(records: list[dict], dest: Path) -> None:
    with atomic_output(dest, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({**r["record"], "provenance": r["metadata"]}, ensure_ascii=False) + "\n")


def dc_element(record: dict) -> ET.Element:
    """One oai_dc record: the fields with a Dublin Core element in the registry (metp/fields.py)."""
    root = ET.Element(f"{{{OAI_DC}}}dc")
    for name, values in record.items():
        field = field_named(name)
        if field is None or field.dc_element is None:
            continue
        for value in values if isinstance(values, list) else [values]:
            ET.SubElement(root, f"{{{DC}}}{field.dc_element}").text = xml_safe(field.dc_prefix + str(value))
    return root


def write_dc_xml(records: list[dict], dest: Path) -> None:
    collection = ET.Element("records", {"generator": f"metp {__version__}"})
    for r in records:
        collection.append(dc_element(r["record"]))
    ET.indent(collection)
    with atomic_output(dest) as fh:
        ET.ElementTree(collection).write(fh, encoding="utf-8", xml_declaration=True)


def original_name(record: dict) -> str:
    source = record["dc.source"]
    return PurePath(source[0]).name if source else record["dc.identifier"][0]


def transfer_path(record: dict) -> str:
    """Where the bag keeps a document's original, relative to the transfer (the bag's data/ folder)."""
    return f"objects/{record['dc.identifier'][0]}/{original_name(record)}"


def write_bag(repository: Repository, records: list[dict], dest: Path) -> None:
    """A BagIt bag laid out as an Archivematica transfer (its `data/` folder is the transfer):

        objects/<doc_id>/<file name>          the original, byte for byte
        objects/derivatives/<doc_id>/...      page text, word boxes, ALTO, hOCR (made now where missing)
        metadata/metadata.csv                 Archivematica's metadata CSV: `filename` = objects/<doc_id>/<name>
        metadata/mets.xml                     METS with PREMIS 3 objects, events and agents (mets.py)
        metadata/records.jsonl, metadata/dc.xml

    and manifest-sha256.txt; the `bagit` library writes the manifests and validates the bag, and the METS
    is validated against the METS and PREMIS schemas.  `dest` is an empty staging folder, renamed into
    place by the caller once the bag validates."""
    from metp.archive.mets import build_mets, identification_event, identify_format, mets_errors

    documents = []
    for r in records:
        record = r["record"]
        doc_id = record["dc.identifier"][0]
        folder = dest / "objects" / doc_id
        folder.mkdir(parents=True)
        copy = folder / original_name(record)
        shutil.copyfile(repository.store.path_for(record["metp.sha256"]), copy)
        derivatives = repository.derivatives.dir_for(doc_id)
        copied = dest / "objects" / "derivatives" / doc_id
        if derivatives.exists():
            shutil.copytree(derivatives, copied, ignore=shutil.ignore_patterns(".tmp-*"))
        alto = _bag_alto(repository, doc_id, copied)
        found = identify_format(copy)
        doc = repository.catalog.resolve(doc_id)
        documents.append({
            "doc_id": doc_id, "title": doc["title"], "dc": dc_element(record), "sha256": doc["sha256"],
            "size": doc["size"], "media_type": doc["media_type"], "original": transfer_path(record),
            "original_name": original_name(record), "format": found,
            "events": [*repository.catalog.events(doc_id), identification_event(doc_id, found)],
            "alto": {n: f"objects/derivatives/{doc_id}/{name}" for n, name in alto.items()}})
    (dest / "metadata").mkdir()
    write_csv(records, dest / "metadata" / "metadata.csv", transfer_path)
    write_jsonl(records, dest / "metadata" / "records.jsonl")
    write_dc_xml(records, dest / "metadata" / "dc.xml")
    mets = build_mets(documents)
    problems = mets_errors(mets)
    if problems:  # a metp bug: never hand out an invalid file
        raise RuntimeError(f"the METS of the bag is invalid: {problems[0]}")
    atomic_write(dest / "metadata" / "mets.xml", mets)
    bag = bagit.make_bag(str(dest), {"Source-Organization": "metp archive", "External-Description":
                                     f"{len(records)} documents exported by metp {__version__}"},
                         checksums=["sha256"])
    bag.validate()


def _bag_alto(repository: Repository, doc_id: str, folder: Path) -> dict[int, str]:
    """The document's ALTO files in the bag ({page: file name}); pages ingested before metp wrote ALTO get
    theirs written into the bag now."""
    from metp.archive.alto import page_alto
    from metp.archive.standards import stored_layout

    names = {}
    layout, provenance = stored_layout(repository, doc_id, stored=True)
    for page in layout:
        if not page.has_layout:
            continue
        name = repository.derivatives.alto_path(doc_id, page.page_no).name
        if not (folder / name).exists():
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(folder / name, page_alto(page, provenance(page)), sync_folder=False)
        names[page.page_no] = name
    return names
