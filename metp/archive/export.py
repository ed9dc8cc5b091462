"""Exports other tools read: CSV (Archivematica-style, re-importable), JSON Lines, Dublin Core XML, BagIt."""

from __future__ import annotations

import csv
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path, PurePath

import bagit

from metp import __version__
from metp.archive.escaping import spreadsheet_safe, xml_safe
from metp.archive.files import atomic_folder, atomic_output
from metp.archive.formats import EXPORT_FORMATS
from metp.archive.repository import Repository
from metp.errors import UsageError
from metp.fields import field_named

OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("oai_dc", OAI_DC)
ET.register_namespace("dc", DC)


def export(repository: Repository, fmt: str, dest: Path) -> dict:
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if dest.exists() and (fmt == "bagit" or dest.is_dir()):
        raise UsageError(f"{dest} already exists; name a new {'folder' if fmt == 'bagit' else 'file'}")
    records = list(_records(repository))
    if fmt == "bagit":
        with atomic_folder(dest) as staging:
            write_bag(repository, records, staging)
    else:
        {"csv": write_csv, "jsonl": write_jsonl, "dc-xml": write_dc_xml}[fmt](records, dest)
    return {"documents": len(records), "path": str(dest)}


def _records(repository: Repository) -> Iterator[dict]:
    for doc in repository.catalog.documents():
        metadata = {name: [v.to_json() for v in values] for name, values in repository.metadata(doc["doc_id"]).items()}
        yield {"record": repository.record(doc["doc_id"]), "metadata": metadata}


def write_csv(records: list[dict], dest: Path) -> None:
    """One row per document; a column repeated for each value of a repeatable field, as Archivematica
    expects, so the file can be edited and applied back with `metp tag --from-csv`."""
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
            cells = [PurePath(source[0]).name if source else ""]
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


def write_bag(repository: Repository, records: list[dict], dest: Path) -> None:
    """A BagIt bag: originals under their first file name, derivatives, metadata in every format,
    and manifest-sha256.txt (the `bagit` library writes the manifests and validates the bag).
    `dest` is an empty staging folder, renamed into place by the caller once the bag validates."""
    for r in records:
        doc_id = r["record"]["dc.identifier"][0]
        folder = dest / "objects" / doc_id
        folder.mkdir(parents=True)
        source = r["record"]["dc.source"]
        name = PurePath(source[0]).name if source else doc_id
        shutil.copyfile(repository.store.path_for(r["record"]["metp.sha256"]), folder / name)
        derivatives = repository.derivatives.dir_for(doc_id)
        if derivatives.exists():
            shutil.copytree(derivatives, dest / "derivatives" / doc_id)
    (dest / "metadata").mkdir()
    write_csv(records, dest / "metadata" / "metadata.csv")
    write_jsonl(records, dest / "metadata" / "records.jsonl")
    write_dc_xml(records, dest / "metadata" / "dc.xml")
    bag = bagit.make_bag(str(dest), {"Source-Organization": "metp archive", "External-Description":
                                     f"{len(records)} documents exported by metp {__version__}"},
                         checksums=["sha256"])
    bag.validate()
