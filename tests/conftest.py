"""Shared fixtures: generated pages and PDFs, a CLI runner, and one archive ingested once per session.

Every page is drawn with Pillow's built-in scalable font (no system fonts needed),
black on white, and read back by the real tesseract.  OCR costs about a second a
page, so the corpus is built and ingested once (`archive`) and queried by many tests.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from metp.archive.cli import cli
from metp.index.engines import ENGINES

REPO_ROOT = Path(__file__).resolve().parents[1]

PAGE_SIZE = (1700, 2200)
PAGE_DPI = 300

# ---------------------------------------------------------------------------------------------
# Generated inputs
# ---------------------------------------------------------------------------------------------


def page_image(lines: list[str]) -> Image.Image:
    """A grayscale page with the given lines of 48 px text (about 11 pt at 300 dpi)."""
    img = Image.new("L", PAGE_SIZE, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=48)
    for i, line in enumerate(lines):
        draw.text((150, 200 + 100 * i), line, fill=0, font=font)
    return img


def write_page(path: Path, lines: list[str], fmt: str = "PNG") -> Path:
    """Save a page image as `fmt` whatever the file name says (content, not extension, is what counts)."""
    page_image(lines).save(path, fmt, dpi=(PAGE_DPI, PAGE_DPI))
    return path


def write_tiff(path: Path, frames: list[list[str]]) -> Path:
    """A multi-page TIFF, one frame per list of lines."""
    first, *rest = [page_image(lines) for lines in frames]
    first.save(path, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw", dpi=(PAGE_DPI, PAGE_DPI))
    return path


def write_image_pdf(path: Path, lines: list[str]) -> Path:
    """An image-only PDF: a scan with no text layer."""
    page_image(lines).save(path, "PDF", resolution=PAGE_DPI)
    return path


def _text_page(pdf: FPDF, lines: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")


def write_text_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A born-digital PDF with a text layer on every page (fpdf2's built-in Helvetica)."""
    pdf = FPDF(format="letter")
    for lines in pages:
        _text_page(pdf, lines)
    pdf.output(str(path))
    return path


def write_mixed_pdf(path: Path, text_lines: list[str], scan_lines: list[str], scratch: Path) -> Path:
    """Page 1 has a text layer; page 2 is nothing but an embedded scan."""
    pdf = FPDF(format="letter")
    _text_page(pdf, text_lines)
    pdf.add_page()
    scan = write_page(scratch / f"{path.stem}-scan.png", scan_lines)
    pdf.image(str(scan), x=0, y=0, w=pdf.w)
    pdf.output(str(path))
    return path


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=["fast reads", "public API"])
def whoosh_reads(request, monkeypatch):
    """Run a test twice: with metp's fast reads of whoosh's files, and with whoosh's public API only."""
    monkeypatch.setenv("METP_WHOOSH_FAST", "1" if request.param == "fast reads" else "0")
    return request.param


@pytest.fixture(scope="module", params=ENGINES)
def engine(request):
    """Run a module's tests on each search engine: archives `metp ingest` makes meanwhile get this one
    (METP_ENGINE), and the session archive is read in this engine's copy (`engine_archive`)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("METP_ENGINE", request.param)
        yield request.param


# ---------------------------------------------------------------------------------------------
# The CLI
# ---------------------------------------------------------------------------------------------


def run_cli(archive: Path, *args: str) -> Result:
    """`metp --archive ARCHIVE ARGS...` through click's CliRunner; stdout and stderr kept apart."""
    result = CliRunner().invoke(cli, ["--archive", str(archive), *map(str, args)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback would be a bug: show it instead of a bare exit code
    return result


def cli_json(archive: Path, *args: str, exit_code: int = 0) -> dict:
    """Run a command with --json, check its exit code and return the parsed stdout."""
    result = run_cli(archive, *args, "--json")
    assert result.exit_code == exit_code, f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return json.loads(result.stdout)


def ingest_texts(tmp_path: Path, files: dict[str, str], name: str = "archive") -> tuple[Path, dict[str, str]]:
    """An archive made by `metp ingest` of these text files; returns its folder and file name -> doc id."""
    folder = tmp_path / f"{name}-inputs"
    folder.mkdir()
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    root = tmp_path / name
    report = cli_json(root, "ingest", "--workers", "1", "--no-progress", str(folder))
    return root, {Path(d["path"]).name: d["doc_id"] for d in report["documents"]}


def search_hits(archive: Path, query: str, *args: str) -> list[dict]:
    return cli_json(archive, "search", query, *args)["hits"]


def doc_ids_for(archive: Path, query: str) -> set[str]:
    return {hit["doc_id"] for hit in search_hits(archive, query, "--limit", "50")}


# ---------------------------------------------------------------------------------------------
# The session corpus and archive
# ---------------------------------------------------------------------------------------------

# Each file carries words found nowhere else in the corpus, so a search names exactly one document.
LETTER = ["URGENT ACTION APPEAL", "The quartz lantern harbour meeting", "was held on Tuesday in the library."]
BORN_DIGITAL = [["TRAINING MANUAL FOR VOLUNTEERS", "The meadow violin chapter explains how to write letters."]]
SCANNED_PDF = ["FIELD REPORT", "The copper falcon bridge was repaired", "before the winter storms."]
MIXED_TEXT = ["MIXED DOSSIER", "The walnut glacier orchestra rehearsed near the archipelago."]
MIXED_SCAN = ["APPENDIX", "The velvet tractor museum opened", "on the archipelago in spring."]
TIFF_FRAMES = [
    ["FIRST SHEET", "The cobalt pelican sings."],
    ["SECOND SHEET", "The saffron tunnel floods."],
    ["THIRD SHEET", "The maple compass points north."],
]
TIFF_PHRASES = ["cobalt pelican", "saffron tunnel", "maple compass"]
PNG_AS_PDF = ["The emerald canyon ferry", "leaves at noon."]
PNG_AS_TXT = ["The crimson ladder village", "has one school."]
TEXT_AS_PNG = "Minutes of the committee.\nThe orchid typewriter ledger is kept in the vault.\n"
NOTES_TXT = "Notes\nThe juniper kettle committee met on Monday.\n"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """Input files by name, in the order they are ingested."""
    root = tmp_path_factory.mktemp("corpus")
    scratch = tmp_path_factory.mktemp("scratch")
    files = {
        "letter.png": write_page(root / "letter.png", LETTER),
        "born_digital.pdf": write_text_pdf(root / "born_digital.pdf", BORN_DIGITAL),
        "scanned.pdf": write_image_pdf(root / "scanned.pdf", SCANNED_PDF),
        "mixed.pdf": write_mixed_pdf(root / "mixed.pdf", MIXED_TEXT, MIXED_SCAN, scratch),
        "stack.tif": write_tiff(root / "stack.tif", TIFF_FRAMES),
        "png_named.pdf": write_page(root / "png_named.pdf", PNG_AS_PDF, "PNG"),
        "png_named.txt": write_page(root / "png_named.txt", PNG_AS_TXT, "PNG"),
        "text_named.png": root / "text_named.png",
        "notes.txt": root / "notes.txt",
    }
    files["text_named.png"].write_text(TEXT_AS_PNG, encoding="utf-8")
    files["notes.txt"].write_text(NOTES_TXT, encoding="utf-8")
    return files


@dataclass(frozen=True)
class IngestedArchive:
    root: Path
    report: dict                # `ingest --json` output
    stderr: str
    exit_code: int
    doc_ids: dict[str, str]     # input file name -> doc id

    def doc(self, name: str) -> dict:
        return cli_json(self.root, "show", self.doc_ids[name])

    def page(self, name: str, page_no: int) -> dict:
        return cli_json(self.root, "show", self.doc_ids[name], "--page", page_no)


@pytest.fixture(scope="session")
def archive(corpus, tmp_path_factory) -> IngestedArchive:
    """The whole corpus ingested once, with two OCR workers, through `metp ingest --json`.

    Tests must only read it; a test that changes an archive copies it first (`archive_copy`).
    """
    root = tmp_path_factory.mktemp("session") / "archive"
    result = run_cli(root, "ingest", "--workers", "2", "--json", *corpus.values())
    report = json.loads(result.stdout)
    doc_ids = {Path(d["path"]).name: d["doc_id"] for d in report["documents"]}
    return IngestedArchive(root, report, result.stderr, result.exit_code, doc_ids)


@pytest.fixture(scope="session")
def tantivy_archive(archive, tmp_path_factory) -> IngestedArchive:
    """The session archive converted to the tantivy engine by `metp reindex --engine tantivy`."""
    root = tmp_path_factory.mktemp("session-tantivy") / "archive"
    shutil.copytree(archive.root, root, symlinks=True)
    result = run_cli(root, "reindex", "--engine", "tantivy")
    assert result.exit_code == 0 and (root / "index" / "metp-engine").is_file(), result.stderr
    return replace(archive, root=root)


@pytest.fixture(scope="module")
def engine_archive(engine, archive, request) -> IngestedArchive:
    """The session archive with the module's engine (see `engine`)."""
    return archive if engine == "whoosh" else request.getfixturevalue("tantivy_archive")


@pytest.fixture
def engine_archive_copy(engine_archive, tmp_path) -> Path:
    """A private copy of `engine_archive`, for tests that modify it."""
    copy = tmp_path / "archive"
    shutil.copytree(engine_archive.root, copy, symlinks=True)
    return copy


@pytest.fixture
def archive_copy(archive, tmp_path) -> Path:
    """A private copy of the session archive, for tests that modify it."""
    copy = tmp_path / "archive"
    shutil.copytree(archive.root, copy, symlinks=True)
    return copy
