"""Descriptive metadata with provenance: automatic values, archivists' edits, and which one wins.

Every value is a row with its provenance.  Automatic rows (`auto`) come from the
tagging stage and are replaced wholesale by `metp retag`.  Archivists' rows are
edits: `set` (this field is exactly these values), `add` and `remove`; they are
never touched by retagging or re-ingest, and they always win:

    effective = (archivist set values if the field was set, else automatic values)
                + archivist additions - archivist removals
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from metp.archive.escaping import from_spreadsheet_safe
from metp.deferred import Deferred
from metp.errors import UsageError
from metp.fields import EDITABLE as FIELDS
from metp.fields import SINGLE_VALUED, TECHNICAL

textfile = Deferred("metp.pipeline.textfile")  # only to read an accession CSV

TECHNICAL_FIELDS = set(TECHNICAL)

_ASSIGNMENT = re.compile(r"^(?P<field>[a-z]+\.[a-z_]+)\s*(?P<op>\+=|-=|=)\s*(?P<value>.*)$", re.S)
_OPS = {"=": "set", "+=": "add", "-=": "remove"}


@dataclass(frozen=True)
class Edit:
    field: str
    op: str     # "set" | "add" | "remove"
    value: str  # "" with "set" clears the field


def check_field(field: str) -> str:
    field = field.strip().lower()
    if field not in FIELDS:
        raise UsageError(f"unknown metadata field {field!r}; use one of: {', '.join(FIELDS)}")
    return field


def parse_assignment(text: str) -> Edit:
    """`dc.date=1987-03`, `dc.subject+=death penalty`, `dc.subject-=torture`, `dc.rights=` (clear)."""
    match = _ASSIGNMENT.match(text.strip())
    if not match:
        raise UsageError(f"cannot read {text!r}; write FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE, "
                         "e.g. dc.subject+='death penalty'")
    return Edit(check_field(match["field"]), _OPS[match["op"]], match["value"].strip())


def effective(rows) -> dict[str, list[dict]]:
    """Field -> the values that count, each {"value", "provenance", "rule", "confidence", "source", "at"}."""
    auto: dict[str, list[dict]] = defaultdict(list)
    archivist_set: dict[str, list[dict]] = {}
    added: dict[str, list[dict]] = defaultdict(list)
    removed: dict[str, set[str]] = defaultdict(set)
    for row in rows:  # in insertion order
        value = {"value": row["value"], "provenance": row["provenance"], "rule": row["rule"],
                 "confidence": row["confidence"], "source": row["source"], "at": row["recorded_at"]}
        if row["op"] == "auto":
            auto[row["field"]].append(value)
        elif row["op"] == "set":
            archivist_set.setdefault(row["field"], [])
            if row["value"]:
                archivist_set[row["field"]].append(value)
        elif row["op"] == "add":
            added[row["field"]].append(value)
        else:
            removed[row["field"]].add(row["value"].casefold())
    out = {}
    for field in dict.fromkeys([*auto, *archivist_set, *added]):
        values = list(archivist_set.get(field, auto.get(field, []))) + added.get(field, [])
        seen: set[str] = set()
        kept = []
        for v in values:
            key = v["value"].casefold()
            if key in removed[field] or key in seen:
                continue
            seen.add(key)
            kept.append(v)
        if field in SINGLE_VALUED and kept:
            kept = [next((v for v in kept if v["provenance"] == "archivist"), kept[0])]
        if kept:
            out[field] = kept
    return out


def read_accession_csv(path: Path) -> list[tuple[str, list[Edit]]]:
    """An Archivematica-style metadata CSV: a `filename` column and `dc.*` (or `metp.*`) columns,
    a column repeated for each value of a repeatable term.  Returns (filename, edits) per row.

    Reads what spreadsheets write: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text", tab
    separated), Windows-1252 (older Excel's "CSV"); commas, semicolons (Excel where the decimal mark
    is a comma) or tabs, told apart by which one makes a `filename` column, or Excel's `sep=` line.
    Any problem is one UsageError naming the file and the line; time and memory are linear in the
    file's size, which is capped (an accession CSV that large is the wrong file)."""
    text = _csv_text(Path(path))
    first, _, rest = text.partition("\n")
    sep = re.fullmatch(r"sep=([,;\t|])", first.strip(" "))  # Excel's hint line
    if sep:
        text, first = rest, rest.partition("\n")[0]
    delimiter = sep[1] if sep else _delimiter(first)
    rows = _csv_rows(path, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    _, header = next(rows, (1, []))
    header = [h.strip().lower() for h in header]
    if "filename" not in header:
        found = ", ".join(repr(_short(h)) for h in header[:8]) or "no column names"
        raise UsageError(f"{path}: the first row must name the columns, one of them `filename` (found {found})")
    columns = _csv_columns(path, header)
    out = []
    for line, row in rows:
        if any(cell.strip() for cell in row[len(header):]):
            raise UsageError(f"{path}, line {line}: {len(row)} cells, but the first row names {len(header)} "
                             f"columns; quote values that contain {delimiter!r}, or name the extra column")
        # metp's own CSV export defuses formulas with a leading apostrophe: values round-trip
        cells = {i: from_spreadsheet_safe(row[i].strip()) if i < len(row) else "" for i, _ in columns}
        filename = next(cells[i] for i, f in columns if f is None)
        if not filename:
            continue
        values: dict[str, list[str]] = defaultdict(list)
        for i, field in columns:
            if field and cells[i]:
                values[field].append(cells[i])
        edits = [Edit(field, "set", v) for field, vs in values.items() for v in vs]
        out.append((filename, edits))
    return out


_MAX_CSV_BYTES = 256 << 20
_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # .xlsx/.ods (zip), .xls (OLE)
_DELIMITERS = (",", ";", "\t")


def _csv_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > _MAX_CSV_BYTES:
            raise UsageError(f"{path}: {size / 2**20:,.0f} MB is far too large for an accession CSV (the limit is "
                             f"{_MAX_CSV_BYTES >> 20} MB); check that this is the right file")
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read metadata CSV {path} ({exc.strerror or exc}); check the path") from exc
    if data.startswith(_WORKBOOK_MAGIC):
        raise UsageError(f"{path}: this is a spreadsheet workbook, not CSV; save it as \"CSV UTF-8\" "
                         "(Excel) or \"Text CSV\" (LibreOffice) and give that file")
    head = data[:textfile.HEAD_BYTES]
    if data and not (textfile.looks_like_text(head) or textfile.looks_like_text(head.replace(b"\0", b""))):
        raise UsageError(f"{path}: this is not a CSV text file (it has binary content); export the "
                         "spreadsheet as CSV and give that file")
    # UTF-8/16/32 by BOM, else UTF-8 or cp1252; CRLF -> LF; control characters (a stray NUL too) dropped
    return textfile.decode_text(data)


def _delimiter(first_line: str) -> str:
    """The delimiter that makes one of the first line's cells `filename` (the most cells if several do)."""
    best = None
    for delimiter in _DELIMITERS:
        try:
            cells = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:  # a huge cell: the real reader says where
            continue
        if any(c.strip().lower() == "filename" for c in cells) and (best is None or len(cells) > best[1]):
            best = (delimiter, len(cells))
    return best[0] if best else ","


def _csv_rows(path: Path, reader):
    """(line number where the row starts, cells) for each row, with csv's errors as UsageErrors."""
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise UsageError(f"{path}, line {line}: a cell is longer than {csv.field_size_limit():,} characters; "
                                 "check the quotes on that line (an unclosed quote swallows the rest of the "
                                 "file)") from exc
            raise UsageError(f"{path}, line {line}: {exc}; check the quotes on that line (a value containing "
                             "quotes must be quoted, with each quote doubled)") from exc
        yield line, row


def _csv_columns(path: Path, header: list[str]) -> list[tuple[int, str | None]]:
    """(column index, field) for the columns that carry metadata; None for `filename`."""
    where = [i + 1 for i, h in enumerate(header) if h == "filename"]
    if len(where) > 1:
        raise UsageError(f"{path}: the column `filename` appears {len(where)} times (columns "
                         f"{', '.join(map(str, where))}); keep one")
    columns = []
    for i, h in enumerate(header):
        # technical columns of metp's own CSV export (checksum, pages, ...) describe files, not content: skip them
        if not h or h in TECHNICAL_FIELDS:
            continue
        if h != "filename" and h not in FIELDS:
            raise UsageError(f"{path}: column {i + 1} is headed {_short(h)!r}, which is not a metadata field; "
                             f"rename it to one of: {', '.join(FIELDS)}")
        columns.append((i, None if h == "filename" else h))
    return columns


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def matches(filename: str, source_path: str) -> bool:
    """Does a CSV `filename` (relative, maybe under Archivematica's `objects/`) name this source file?"""
    wanted = PurePosixPath(filename.replace("\\", "/").removeprefix("objects/")).parts
    return PurePosixPath(source_path).parts[-len(wanted):] == wanted if wanted else False
