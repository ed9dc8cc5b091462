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
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from metp.errors import UsageError

from metp.fields import EDITABLE as FIELDS
from metp.fields import SINGLE_VALUED, TECHNICAL

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
    a column repeated for each value of a repeatable term.  Returns (filename, edits) per row."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"cannot read metadata CSV {path} ({exc}); save it as UTF-8 CSV") from exc
    if not rows or "filename" not in [h.strip().lower() for h in rows[0]]:
        raise UsageError(f"{path}: the first row must name the columns, one of them `filename`")
    header = [h.strip().lower() for h in rows[0]]
    # technical columns of metp's own CSV export (checksum, pages, ...) describe files, not content: skip them
    columns = [(i, None if h == "filename" else check_field(h)) for i, h in enumerate(header)
               if h and h not in TECHNICAL_FIELDS]
    out = []
    for row in rows[1:]:
        cells = {i: (row[i].strip() if i < len(row) else "") for i, _ in columns}
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


def matches(filename: str, source_path: str) -> bool:
    """Does a CSV `filename` (relative, maybe under Archivematica's `objects/`) name this source file?"""
    wanted = PurePosixPath(filename.replace("\\", "/").removeprefix("objects/")).parts
    return PurePosixPath(source_path).parts[-len(wanted):] == wanted if wanted else False
