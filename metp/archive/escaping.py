"""Text from documents is never trusted: each output format gets it escaped its own way."""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 controls but tab and newline, DEL, C1 controls: on a terminal ESC starts a command sequence
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (OWASP's CSV injection) gets a leading apostrophe,
    which spreadsheets hide and `metp tag --from-csv` strips again, so values round-trip."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def from_spreadsheet_safe(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def terminal_safe(text: str) -> str:
    """Document text on a terminal: control characters (escape sequences included) shown as U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot hold (most C0 controls) dropped; the serializer escapes the rest."""
    return _NOT_XML.sub("", text)


_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~-])")


def markdown_safe(text: str) -> str:
    """Document text in Markdown: every character Markdown (or HTML inside it) could act on is
    backslash-escaped, control characters dropped, so a title cannot become a link, a heading or a tag."""
    return _MARKDOWN.sub(r"\\\1", _CONTROL.sub("", text)).replace("\n", " ")
