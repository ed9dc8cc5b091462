"""Pipeline units without an archive, and the package's layering."""

from __future__ import annotations

import ast
import io
import random
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from conftest import REPO_ROOT, write_page
from metp.pipeline.identify import sniff
from metp.pipeline.model import FileKind, PageJob, PageMethod, PageOutcome
from metp.pipeline.pages import process_page
from metp.settings import OcrSettings

# --- sniff: file kind from the leading bytes ---------------------------------------------------


def _image_bytes(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (32, 32), 255).save(buf, fmt)
    return buf.getvalue()


def _pdf_bytes() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


@pytest.mark.parametrize("fmt, kind", [
    ("PNG", FileKind.png), ("JPEG", FileKind.jpeg), ("TIFF", FileKind.tiff),
    ("GIF", FileKind.gif), ("BMP", FileKind.bmp), ("WEBP", FileKind.webp),
])
def test_sniff_images_written_by_pillow(fmt, kind):
    assert sniff(_image_bytes(fmt)[:8192]) is kind


@pytest.mark.parametrize("head, kind", [
    (b"MM\x00*\x00\x00\x00\x08" + bytes(64), FileKind.tiff),           # big-endian TIFF
    (b"II+\x00\x08\x00\x00\x00" + bytes(64), FileKind.tiff),           # BigTIFF
    (_pdf_bytes(), FileKind.pdf),
    (b"Received: from mail\r\nSubject: scan\r\n\r\n" + _pdf_bytes(), FileKind.pdf),  # junk before %PDF-
    (b"Minutes of the meeting\nAll present.\n", FileKind.text),
    ("Procès-verbal de la réunion, été 1987\n".encode(), FileKind.text),
    ("é".encode() * 20 + "é".encode()[:1], FileKind.text),            # a character cut at the end
    (b"\xef\xbb\xbfWith a byte order mark\n", FileKind.text),
])
def test_sniff_by_magic_bytes(head, kind):
    assert sniff(head) is kind


@pytest.mark.parametrize("head", [
    b"",
    b"PK\x03\x04" + random.Random(1).randbytes(2048),                  # a .docx/.zip
    random.Random(2).randbytes(2048),
    b"plain words\x00with a NUL byte",
])
def test_sniff_rejects_what_metp_cannot_read(head):
    assert sniff(head) is None


def test_sniff_ignores_the_file_name(tmp_path):
    png = write_page(tmp_path / "looks-like.pdf", ["Hello"], "PNG")
    assert sniff(png.read_bytes()[:8192]) is FileKind.png


# --- process_page: failures come back as data --------------------------------------------------


@pytest.fixture(scope="module")
def good_png(tmp_path_factory) -> Path:
    return write_page(tmp_path_factory.mktemp("pages") / "good.png", ["THE HEADING", "Some words on a page."])


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_process_page_reports_a_corrupt_image_as_an_error(tmp_path, good_png, damage):
    bad = tmp_path / f"{damage}.png"
    data = good_png.read_bytes()
    bad.write_bytes(data[: len(data) // 2] if damage == "truncated" else data[:8] + random.Random(3).randbytes(4000))
    job = PageJob(str(bad), FileKind.png, 1, OcrSettings())

    outcome = process_page(job)  # must not raise

    assert isinstance(outcome, PageOutcome)
    assert outcome.page is None
    assert outcome.job == job
    # the reason alone: the archive puts the path (as the user gave it) in front
    assert outcome.error and "rescan or re-export" in outcome.error and "\n" not in outcome.error
    assert outcome.error_kind == "CorruptFileError"


def test_process_page_reads_plain_text(tmp_path):
    text = tmp_path / "notes.bin"
    text.write_bytes("Caf\u00e9 minutes\r\nsecond line\r\n".encode("cp1252"))
    outcome = process_page(PageJob(str(text), FileKind.text, 1, OcrSettings()))
    assert outcome.error is None
    assert outcome.page.method is PageMethod.plain_text
    assert outcome.page.text == "Caf\u00e9 minutes\nsecond line\n"


# --- layering ---------------------------------------------------------------------------------


def _imported_modules(path: Path) -> set[str]:
    """Absolute names of every module `path` imports (relative imports resolved against its package)."""
    package = ".".join(path.relative_to(REPO_ROOT).parent.parts)
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names |= {f"{module}.{alias.name}" for alias in node.names}  # `from metp import archive`
    return names


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((REPO_ROOT / "metp" / layer).rglob("*.py")):
        for name in _imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(REPO_ROOT)} imports {name}")
    return found


def test_import_scanner_sees_imports():
    """Guard against a vacuous layering test: the scanner must find imports that are there."""
    pages = _imported_modules(REPO_ROOT / "metp" / "pipeline" / "pages.py")
    assert {"metp.pipeline.ocr", "metp.errors"} <= pages
    archive = _imported_modules(REPO_ROOT / "metp" / "archive" / "archive.py")
    assert "metp.index.page_index" in archive


def test_only_the_index_package_touches_the_search_engines():
    found = [v for layer in ("archive", "pipeline", "web") for v in _violations(layer, ("whoosh", "tantivy"))]
    found += [f"metp/{p.name} imports {n}" for p in (REPO_ROOT / "metp").glob("*.py")
              for n in _imported_modules(p) if n.split(".")[0] in ("whoosh", "tantivy")]
    assert found == []


def test_pipeline_imports_neither_archive_nor_index():
    assert _violations("pipeline", ("metp.archive", "metp.index")) == []


def test_index_does_not_import_archive():
    assert _violations("index", ("metp.archive",)) == []
