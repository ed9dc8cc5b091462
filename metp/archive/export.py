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
from metp.archive.escaping import spreadsheet_safe
from metp.archive.files import atomic_folder, atomic_output
from metp.errors import UsageError

EXPORT_FORMATS = ("csv", "jsonl", "dc-xml", "bagit")
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("oai_dc", OAI_DC)
ET.register_namespace("dc", DC)


def export(archive, fmt: str, dest: Path) -> dict:
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if dest.exists() and (fmt == "bagit" or dest.is_dir()):
        raise UsageError(f"{dest} already exists; name a new {'folder' if fmt == 'bagit' else 'file'}")
    records = list(_records(archive))
    if fmt == "bagit":
        with atomic_folder(dest) as staging:
            write_bag(archive, records, staging)
    else:
        {"csv": write_csv, "jsonl": write_jsonl, "dc-xml": write_dc_xml}[fmt](records, dest)
    return {"documents": len(records), "path": str(dest)}


def _records(archive) -> Iterator[dict]:
    for doc in archive.catalog.documents():
        yield {"record": archive.record(doc["doc_id"]), "metadata": archive.metadata(doc["doc_id"])}


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
    """One oai_dc record: the fifteen Dublin Core elements only (training-specific fields are in JSONL)."""
    root = ET.Element(f"{{{OAI_DC}}}dc")
    for field, values in record.items():
        if not field.startswith("dc."):
            continue
        for value in values if isinstance(values, list) else [values]:
            ET.SubElement(root, f"{{{DC}}}{field[3:]}").text = str(value)
    for audience in record.get("metp.audience", []):
        ET.SubElement(root, f"{{{DC}}}subject").text = f"audience: {audience}"
    return root


def write_dc_xml(records: list[dict], dest: Path) -> None:
    collection = ET.Element("records", {"generator": f"metp {__version__}"})
    for r in records:
        collection.append(dc_element(r["record"]))
    ET.indent(collection)
    with atomic_output(dest) as fh:
        ET.ElementTree(collection).write(fh, encoding="utf-8", xml_declaration=True)


def write_bag(archive, records: list[dict], dest: Path) -> None:
    """A BagIt bag: originals under their first file name, derivatives, metadata in every format,
    and manifest-sha256.txt (the `bagit` library writes the manifests and validates the bag).
    `dest` is an empty staging folder, renamed into place by the caller once the bag validates."""
    for r in records:
        doc_id = r["record"]["dc.identifier"][0]
        folder = dest / "objects" / doc_id
        folder.mkdir(parents=True)
        source = r["record"]["dc.source"]
        name = PurePath(source[0]).name if source else doc_id
        shutil.copyfile(archive.store.path_for(r["record"]["metp.sha256"]), folder / name)
        derivatives = archive.derivatives.dir_for(doc_id)
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
