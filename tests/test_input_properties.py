"""Property-based tests (Hypothesis): whatever bytes or strings come in, metp's input stages answer
with a result or one of its own errors, never another exception, and in bounded time.

Runs are repeatable (`derandomize=True`: the same examples every run) and modest, a few seconds in all.
"""

from __future__ import annotations

import codecs
import csv
import io
import tempfile
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from metp.archive.metadata import FIELDS, TECHNICAL_FIELDS, read_accession_csv
from metp.errors import InputFileError, UsageError
from metp.index.schema import build_schema
from metp.index.query_language import parse_query
from metp.pipeline import textfile
from metp.pipeline.identify import identify
from metp.pipeline.model import FileKind

PROPERTIES = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory(prefix="metp-properties-") as folder:
        yield Path(folder)


def _is_clean(text: str) -> bool:
    return all(ch in "\t\n" or unicodedata.category(ch) != "Cc" for ch in text)


# --- bytes: every kind of file's start, then anything --------------------------------------------

MAGICS = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"II+\x00", b"GIF89a", b"BM",
          b"RIFF\x00\x00\x00\x00WEBP", b"%PDF-1.4\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
          codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, b"\f", b"\r\n"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252"]

any_text = st.text(st.characters(codec=None, exclude_categories=["Cs"]), max_size=300)
encoded_text = st.tuples(any_text, st.sampled_from(ENCODINGS)).map(
    lambda t: t[0].encode(t[1], errors="replace"))


def _seed_files() -> list[bytes]:
    """Small valid files of every kind metp reads, to be damaged by Hypothesis."""
    from fpdf import FPDF
    from PIL import Image

    seeds = []
    image = Image.new("L", (24, 16), 255)
    for fmt in ("PNG", "JPEG", "GIF", "BMP", "WEBP"):
        out = io.BytesIO()
        image.save(out, fmt)
        seeds.append(out.getvalue())
    out = io.BytesIO()
    image.save(out, "TIFF", save_all=True, append_images=[image, image])
    seeds.append(out.getvalue())
    doc = FPDF()
    doc.set_compression(False)
    doc.add_page()
    doc.set_font("helvetica", size=12)
    doc.cell(0, 10, "A text layer with enough letters in it to count.")
    seeds.append(bytes(doc.output()))
    return seeds


SEEDS = _seed_files()


@st.composite
def damaged(draw) -> bytes:
    """A valid file with a few bytes changed, and perhaps cut short."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data[:draw(st.integers(1, len(data)))])


file_bytes = st.one_of(
    damaged(),
    st.binary(max_size=3000),
    st.tuples(st.sampled_from(MAGICS), st.binary(max_size=2000)).map(lambda t: t[0] + t[1]),
    encoded_text,
    st.lists(st.one_of(encoded_text, st.binary(max_size=20), st.sampled_from([b"\f", b"\x00", b"\r", b"\x1a"])),
             max_size=8).map(b"".join),
)


@pytest.mark.filterwarnings("ignore")  # Pillow warns about the damaged files it is given
@PROPERTIES
@given(file_bytes)
def test_identify_answers_any_file_with_a_kind_or_an_input_error(scratch, data):
    path = scratch / "file"
    path.write_bytes(data)
    started = time.perf_counter()
    try:
        found = identify(str(path))
    except InputFileError as exc:
        assert "\n" not in exc.reason and exc.path == str(path)
    else:
        assert found.page_count >= 1
        if found.kind is FileKind.text:
            assert found.page_count == len(textfile.page_texts(data))
    assert time.perf_counter() - started < 5


@PROPERTIES
@given(file_bytes)
def test_page_texts_never_raise_and_hold_no_control_characters(scratch, data):
    pages = textfile.page_texts(data)
    assert len(pages) >= 1
    assert all(_is_clean(page) for page in pages)
    path = scratch / "pages.txt"
    path.write_bytes(data)
    assert [textfile.read_page(str(path), n) for n in range(1, len(pages) + 1)] == pages  # workers read the same


# text without controls (tab and newline aside); form feeds split it into pages
clean_text = st.text(st.one_of(st.characters(codec=None, exclude_categories=["Cs", "Cc"]),
                               st.sampled_from("\t\n\f")), max_size=300)


def _expected_pages(text: str) -> list[str]:
    pages = text.split("\f")
    return pages[:-1] if len(pages) > 1 and not pages[-1].strip() else pages


@PROPERTIES
@given(clean_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32"]))
def test_valid_unicode_text_round_trips(text, encoding):
    if encoding == "utf-8":
        text = text.lstrip("\ufeff")  # a leading U+FEFF in UTF-8 is a byte-order mark by definition
    data = codecs.BOM_UTF16_BE + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    assert textfile.page_texts(data) == _expected_pages(text)


# --- accession CSVs --------------------------------------------------------------------------


@PROPERTIES
@given(st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.sampled_from([b"filename,dc.title\n", b"filename;dc.subject;dc.subject\r\n", b"sep=\t\n",
                               codecs.BOM_UTF8 + b"filename,", codecs.BOM_UTF16_LE + "filename\t".encode("utf-16-le")]),
              st.binary(max_size=1000)).map(lambda t: t[0] + t[1]),
    st.tuples(st.just("filename,dc.title,dc.subject\n"), any_text, st.sampled_from(ENCODINGS)).map(
        lambda t: (t[0] + t[1]).encode(t[2], errors="replace")),
))
def test_any_accession_csv_gives_rows_or_one_usage_error(scratch, data):
    path = scratch / "accession.csv"
    path.write_bytes(data)
    try:
        rows = read_accession_csv(path)
    except UsageError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
    else:
        assert all(filename and _is_clean(filename) for filename, _ in rows)


cell = st.text(st.characters(codec=None, exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"]), max_size=20)


@PROPERTIES
@given(st.lists(st.sampled_from([f for f in FIELDS if f not in TECHNICAL_FIELDS]), min_size=1, max_size=4),
       st.data(), st.sampled_from([(",", "utf-8"), (";", "cp1252"), ("\t", "utf-16"), (",", "utf-8-sig")]))
def test_a_csv_written_by_a_csv_writer_reads_back(scratch, fields, data, dialect):
    delimiter, encoding = dialect
    rows = data.draw(st.lists(st.lists(cell, min_size=len(fields) + 1, max_size=len(fields) + 1), max_size=5))
    if encoding == "cp1252":
        rows = [[c.encode("cp1252", errors="ignore").decode("cp1252") for c in row] for row in rows]
    rows = [[c.strip() for c in row] for row in rows]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([["filename", *fields], *rows])
    encoded = out.getvalue().encode(encoding)
    # cp1252 bytes that also form UTF-8 ("Â¡" is C2 A1, "¡" in UTF-8) are read as UTF-8: no reader can tell
    assume(encoding != "cp1252" or not textfile._UTF8_MULTIBYTE.search(encoded))
    path = scratch / "written.csv"
    path.write_bytes(encoded)
    got = read_accession_csv(path)
    assert [name for name, _ in got] == [row[0] for row in rows if row[0]]
    for (_, edits), row in zip(got, [r for r in rows if r[0]]):
        assert sorted((e.field, e.value) for e in edits) == sorted((f, v) for f, v in zip(fields, row[1:]) if v)


# --- queries -------------------------------------------------------------------------------

SCHEMA = build_schema()
TOKENS = ["AND", "OR", "NOT", "(", ")", '"', "~", "~2", "~9", "*", "?", "^2", "^", "title:", "type:", "date:",
          "year:[", "TO", "]", "{", "}", "1987", "..", "-", "+", ":", "\\", "letter", "writing", "caf\u00e9", "'"]
queries = st.one_of(
    st.text(st.characters(codec=None), max_size=200),  # surrogates too: argv bytes that were not UTF-8
    st.lists(st.sampled_from(TOKENS), max_size=30).flatmap(
        lambda parts: st.sampled_from(["", " "]).map(lambda sep: sep.join(parts))),
    st.text(st.sampled_from("()\"[]{}:~*^ \t-+aT0."), min_size=900, max_size=1100),
)


@PROPERTIES
@given(queries)
def test_any_query_gives_a_query_or_a_usage_error(text):
    started = time.perf_counter()
    try:
        parsed = parse_query(SCHEMA, text)
    except UsageError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(parsed, wq.Query)
    assert time.perf_counter() - started < 2
