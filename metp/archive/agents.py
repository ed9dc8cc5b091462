"""Who did what: the software (and people) named as agents in PREMIS events and ALTO processing steps.

An agent is a plain dict, so it can be kept as JSON in the catalog's `events` table and written
into METS/PREMIS later exactly as it was when the event happened:

    {"type": "software", "name": "tesseract", "version": "5.3.0", "role": "executing program"}
    {"type": "person", "name": "web (Ana)", "role": "implementer", "note": "..."}

Versions are looked up once per process.
"""

from __future__ import annotations

import functools
import getpass

from metp import __version__

EXECUTING_PROGRAM = "executing program"  # PREMIS event-related agent roles (id.loc.gov vocabulary)
IMPLEMENTER = "implementer"
VALIDATOR = "validator"


def software(name: str, version: str | None, role: str = EXECUTING_PROGRAM) -> dict:
    return {"type": "software", "name": name, "version": version or "unknown", "role": role}


def metp(role: str = EXECUTING_PROGRAM) -> dict:
    return software("metp", __version__, role)


@functools.lru_cache(maxsize=1)
def tesseract_version() -> str:
    """The installed tesseract's version ("unknown" when it cannot be asked: the events still name it)."""
    try:
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception:  # not installed or not runnable: the version is then simply unknown
        return "unknown"


def tesseract(role: str = EXECUTING_PROGRAM) -> dict:
    return software("tesseract", tesseract_version(), role)


@functools.lru_cache(maxsize=None)
def package_version(distribution: str) -> str:
    from importlib import metadata  # imported here: ~10 ms, which a search need not pay

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def pdfplumber(role: str = EXECUTING_PROGRAM) -> dict:
    return software("pdfplumber", package_version("pdfplumber"), role)


def person(source: str, role: str = IMPLEMENTER) -> dict:
    """The archivist behind an edit: what they gave as its source (`--source`, the web form's name, the
    CSV file), and the operating-system account that ran metp."""
    try:
        account = getpass.getuser()
    except (KeyError, OSError):
        account = "unknown"
    return {"type": "person", "name": source or "unknown", "role": role,
            "note": f"recorded by metp run as operating-system user {account}"}


def label(agent: dict) -> str:
    """`tesseract 5.3.0`, or a person's name: an agent's PREMIS agentName."""
    return f"{agent['name']} {agent['version']}" if agent.get("type") == "software" else agent["name"]
