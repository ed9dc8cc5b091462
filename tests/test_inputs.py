"""Nothing a document contains can stop, hang or corrupt a batch: text files as people have them,
honest PDF text layers, accession CSVs as spreadsheets write them, queries as people type them."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from conftest import cli_json, run_cli, write_page
from metp.archive.metadata import Edit, read_accession_csv
from metp.errors import CorruptFileError, ExitCode, QuerySyntaxError, UnsupportedFileError, UsageError
from metp.index.schema import build_schema
from metp.index.query_language import MAX_QUERY_CHARS, check_syntax, parse_query
from metp.pipeline import pdf, textfile
from metp.pipeline.identify import identify
from metp.pipeline.model import FileKind, PageJob
from metp.pipeline.pages import process_page
from metp.settings import OcrSettings

# --- text files through `metp ingest` and `metp show` -----------------------------------------

NOTEPAD = "Minutes of the Lisbon group\r\nWe wrote to the minister in Bras\u00edlia.\r\n"
LATIN1 = "Proc\u00e8s-verbal de la r\u00e9union\nLes \u00e9l\u00e8ves ont \u00e9crit au ministre.\n"
CP1252 = "\u201cWrite today,\u201d she said \u2013 it costs \u20ac1.\n"
FORM_FEEDS = "First page: the heron committee\n\fSecond page: the otter fund\n\f\fFourth page\n\f\n"
TEXT_FILES = {
    "notepad-unicode.txt": codecs.BOM_UTF16_LE + NOTEPAD.encode("utf-16-le"),
    "latin1.txt": LATIN1.encode("latin-1"),
    "curly.txt": CP1252.encode("cp1252"),
    "controls.txt": b"Badger\x1b[1m report\x07 for the\x0b board\x7f.\r\nEnd of file\x1a",
    "pages.txt": FORM_FEEDS.encode("utf-8"),
    "utf8-bom.txt": codecs.BOM_UTF8 + "Caf\u00e9 \u00e0 Z\u00fcrich\n".encode("utf-8"),
}


@pytest.fixture(scope="module")
def text_archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("texts")
    for name, data in TEXT_FILES.items():
        (folder / name).write_bytes(data)
    root = tmp_path_factory.mktemp("archive") / "archive"
    report = cli_json(root, "ingest", "--workers", "2", *(folder / name for name in TEXT_FILES))
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    return root, docs


def _texts(root: Path, doc: dict) -> list[str]:
    return [cli_json(root, "show", doc["doc_id"], "--page", n)["text"] for n in range(1, doc["pages"] + 1)]


def test_every_text_file_is_ingested(text_archive):
    _, docs = text_archive
    assert {name: d["status"] for name, d in docs.items()} == {name: "ingested" for name in TEXT_FILES}


@pytest.mark.parametrize("name, expected", [
    ("notepad-unicode.txt", "Minutes of the Lisbon group\nWe wrote to the minister in Bras\u00edlia.\n"),
    ("latin1.txt", LATIN1),
    ("curly.txt", CP1252),
    ("controls.txt", "Badger[1m report for the board.\nEnd of file"),
    ("utf8-bom.txt", "Caf\u00e9 \u00e0 Z\u00fcrich\n"),
])
def test_a_text_file_reads_as_its_writer_meant(text_archive, name, expected):
    root, docs = text_archive
    assert _texts(root, docs[name]) == [expected]
    assert cli_json(root, "show", docs[name]["doc_id"])["pages"][0]["method"] == "plain-text"


def test_form_feeds_make_pages_and_a_blank_last_page_is_not_one(text_archive):
    root, docs = text_archive
    assert docs["pages.txt"]["pages"] == 4
    texts = _texts(root, docs["pages.txt"])
    assert texts == ["First page: the heron committee\n", "Second page: the otter fund\n", "", "Fourth page\n"]
    flags = [p["flags"] for p in cli_json(root, "show", docs["pages.txt"]["doc_id"])["pages"]]
    assert flags == [[], [], ["blank"], []]


def test_the_words_of_a_utf16_file_are_found(text_archive):
    root, docs = text_archive
    [hit] = cli_json(root, "search", "Lisbon minister")["hits"]
    assert hit["doc_id"] == docs["notepad-unicode.txt"]["doc_id"]
    [hit] = cli_json(root, "search", "otter fund")["hits"]
    assert (hit["doc_id"], hit["page"]) == (docs["pages.txt"]["doc_id"], 2)


def test_samples_ground_truth_pages_are_split_at_form_feeds():
    path = Path(__file__).resolve().parents[1] / "samples" / "letter_writing_handout.gt.txt"
    pages = textfile.page_texts(path.read_bytes())
    assert len(pages) == 2 and pages[1].startswith("WHAT TO ASK FOR")
    assert identify(str(path)).page_count == 2


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,
    b"PK\x03\x04" + bytes(range(256)) * 8,
    b"plain words\x00with a NUL byte inside",
    b"PK\x03\x04junk",                                                             # a zip cut short
    b"\x00" * 4096,
])
def test_binary_files_are_still_refused(tmp_path, data):
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    with pytest.raises(UnsupportedFileError, match="unsupported file type"):
        identify(str(path))


@pytest.mark.parametrize("data, pages", [
    ("Hello there\fsecond".encode("utf-16-le"), ["Hello there", "second"]),          # UTF-16 without a BOM
    ("Hello there".encode("utf-16-be"), ["Hello there"]),
    (b"\xff\xfe", [""]),                                                             # Notepad's empty "Unicode" file
    (b"Saved before the crash\n" + bytes(600), ["Saved before the crash\n"]),        # zero padding
    ("Caf\u00e9 ".encode() + "cr\u00e8me".encode("latin-1"), ["Caf\u00e9 cr\u00e8me"]),  # a Latin-1 word in UTF-8
    (codecs.BOM_UTF32_LE + "x\U0001F600\fy".encode("utf-32-le"), ["x\U0001F600", "y"]),
    (b"a\rb\r\nc", ["a\nb\nc"]),
    (b"OK\r\n\x1a", ["OK\n"]),                                                    # DOS's end-of-file mark
])
def test_text_decoding(tmp_path, data, pages):
    assert textfile.page_texts(data) == pages
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    assert identify(str(path)).page_count == len(pages)
    assert [textfile.read_page(str(path), n) for n in range(1, len(pages) + 1)] == pages


def test_a_text_file_starting_bm_is_not_taken_for_a_bitmap(tmp_path):
    path = tmp_path / "bmw.txt"
    path.write_text("BMW workshop on letter writing\n", encoding="utf-8")
    assert identify(str(path)).kind is FileKind.text


@pytest.mark.filterwarnings("ignore")
def test_a_damaged_tiff_header_is_a_corrupt_file(tmp_path):
    """Found by Hypothesis: Pillow raises TypeError("Missing dimensions") counting this TIFF's pages."""
    path = tmp_path / "damaged.tif"
    path.write_bytes(bytes.fromhex(
        "49492a000800000009000001040001000000180000000101040001000000100000000201030001000000080000000301"
        "0300010000000100000006010300010000000100000011010400010000007a0000001601040001000000100000001701"
        "040001000000800100001c010300010000000100000008020000"))
    with pytest.raises(CorruptFileError, match="cannot read the image's pages"):
        identify(str(path))


def test_absurd_text_files_are_refused_early_with_a_reason(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_bytes(b"x\f" * (textfile.MAX_PAGES + 1))
    with pytest.raises(UnsupportedFileError, match="form feeds"):
        identify(str(feeds))
    log = tmp_path / "log.txt"  # 1 GB without a form feed, sparse: refused after reading ~17 MB of it
    with open(log, "wb") as fh:
        fh.write(b"a log line\n" * 2_000_000)
        fh.truncate(1 << 30)
    started = time.perf_counter()
    with pytest.raises(UnsupportedFileError, match="a page of over 16 MB"):
        identify(str(log))
    assert time.perf_counter() - started < 5  # ~0.02 s here


def test_a_page_that_went_missing_is_a_clear_error(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(b"one page")
    outcome = process_page(PageJob(str(path), FileKind.text, 3, OcrSettings()))
    assert outcome.error_kind == CorruptFileError.__name__ and "ingest it again" in outcome.error


# --- bounded: large inputs -------------------------------------------------------------------


def test_a_large_text_file_is_identified_and_paged_in_linear_time(tmp_path):
    """~60 MB, 20,000 pages: identify reads it once (0.1 s here), a worker scans it once, then each page is a seek."""
    page = ("The quick brown fox jumps over the lazy dog. Caf\u00e9 cr\u00e8me.\n" * 50)
    path = tmp_path / "big.txt"
    path.write_bytes("\f".join([page] * 20_000).encode("utf-16"))
    started = time.perf_counter()
    assert identify(str(path)).page_count == 20_000
    assert textfile.read_page(str(path), 1) == page
    assert textfile.read_page(str(path), 20_000) == page
    for n in range(2, 1002):
        textfile.read_page(str(path), n)
    assert time.perf_counter() - started < 10  # ~0.3 s here


def test_decoding_a_large_page_is_linear():
    """~10 MB of UTF-8 with a Latin-1 word on every tenth line: UTF-8 kept, the stray bytes read as cp1252."""
    lines = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\r\n".encode() * 9 + "na\u00efve\r\n".encode("latin-1")
    started = time.perf_counter()
    [text] = textfile.page_texts(lines * 50_000)
    assert time.perf_counter() - started < 10  # ~1 s here
    assert text == ("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n" * 9 + "na\u00efve\n") * 50_000


def test_a_cp1252_page_is_not_misread_where_two_bytes_happen_to_be_utf8():
    """`ß“` is DF 93 in cp1252, which is also a valid UTF-8 sequence (U+07D3): the page as a whole decides."""
    german = "\u201eSpa\u00df\u201c, sagte die Gruppe f\u00fcr \u00f6ffentliche Briefe.".encode("cp1252")
    assert textfile.page_texts(german) == ["\u201eSpa\u00df\u201c, sagte die Gruppe f\u00fcr \u00f6ffentliche Briefe."]


# --- PDF text layers: damage is flagged, bugs are not hidden ----------------------------------


def _damaged_text_layer_pdf(tmp_path: Path) -> Path:
    """A scanned page with an (OCR-made, say) text layer whose font is damaged: pdfminer cannot parse it."""
    scan = write_page(tmp_path / "scan.png", ["DAMAGED LAYER", "The granite parrot survey", "was filed in March."])
    doc = FPDF(format="letter")
    doc.set_compression(False)
    doc.add_page()
    doc.image(str(scan), x=0, y=0, w=doc.w)
    doc.set_font("helvetica", size=10)
    doc.cell(0, 10, "text layer of the page, in a font whose dictionary is broken")
    path = tmp_path / "damaged.pdf"
    data = bytes(doc.output())
    assert data.count(b"/Subtype /Type1") == 1
    path.write_bytes(data.replace(b"/Subtype /Type1", b"/Subtype /Type0"))  # a Type0 font without its descendants
    return path


def test_an_unreadable_text_layer_is_flagged_and_the_page_ocred(tmp_path):
    path = _damaged_text_layer_pdf(tmp_path)
    with pytest.raises(pdf.TextLayerUnreadable, match="text layer of page 1 cannot be read"):
        pdf.extract_text_layer(str(path), 1, None)
    [entry] = cli_json(tmp_path / "archive", "ingest", "--workers", "1", path)["documents"]
    assert entry["status"] == "ingested"
    page = cli_json(tmp_path / "archive", "show", entry["doc_id"], "--page", "1")
    assert page["method"] == "ocr"
    assert pdf.UNREADABLE in page["flags"]
    assert "granite parrot" in page["text"]


def test_a_bug_in_metp_is_not_passed_off_as_a_missing_text_layer(tmp_path, monkeypatch):
    path = tmp_path / "good.pdf"
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=14)
    doc.cell(0, 10, "Plenty of words in a perfectly good text layer.")
    doc.output(str(path))

    def broken(raw):  # stands for a programming error in metp's own code
        return raw.no_such_attribute

    monkeypatch.setattr(pdf, "_words_with_lines", broken)
    with pytest.raises(AttributeError):
        pdf.extract_text_layer(str(path), 1, None)
    outcome = process_page(PageJob(str(path), FileKind.pdf, 1, OcrSettings()))
    assert outcome.page is None and outcome.error.startswith("unexpected AttributeError")


def test_an_error_raised_outside_the_parser_propagates(tmp_path, monkeypatch):
    """Only exceptions raised inside pdfminer/pdfplumber count as a damaged file."""
    import pdfplumber.page

    path = tmp_path / "good.pdf"
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=14)
    doc.cell(0, 10, "Words.")
    doc.output(str(path))
    monkeypatch.setattr(pdfplumber.page.Page, "extract_text", lambda self, **kw: undefined_name)  # noqa: F821
    with pytest.raises(NameError):
        pdf.extract_text_layer(str(path), 1, None)


# --- accession CSVs as spreadsheets write them ------------------------------------------------

ROWS = [["filename", "dc.title", "dc.subject", "dc.subject"],
        ["objects/a.pdf", "Caf\u00e9 \u201cmeeting\u201d", "refugees", "asylum"],
        ["b.png", "Second", "", ""]]
EXPECTED = [("objects/a.pdf", [Edit("dc.title", "set", "Caf\u00e9 \u201cmeeting\u201d"),
                               Edit("dc.subject", "set", "refugees"), Edit("dc.subject", "set", "asylum")]),
            ("b.png", [Edit("dc.title", "set", "Second")])]


def _table(delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in ROWS)


@pytest.mark.parametrize("data", [
    _table(",").encode("utf-8"),
    codecs.BOM_UTF8 + _table(",").encode("utf-8"),
    codecs.BOM_UTF16_LE + _table("\t").encode("utf-16-le"),   # Excel's "Unicode text"
    _table(";").encode("cp1252"),                             # Excel's "CSV" where the decimal mark is a comma
    b"sep=;\r\n" + _table(";").encode("cp1252"),
    _table(",").encode("utf-8").replace(b"Second", b"Sec\x00ond"),  # a stray NUL is dropped
])
def test_accession_csv_as_spreadsheets_write_it(tmp_path, data):
    path = tmp_path / "accession.csv"
    path.write_bytes(data)
    assert read_accession_csv(path) == EXPECTED


@pytest.mark.parametrize("data, words", [
    (b"PK\x03\x04" + bytes(200), "spreadsheet workbook"),
    (bytes(range(256)) * 4, "not a CSV text file"),
    (b"", "`filename`"),
    (b"name,dc.title\nx,y\n", "`filename`"),
    (b"filename,dc.titel\nx,y\n", "column 2 is headed 'dc.titel'"),
    (b"filename,dc.title,filename\nx,y,z\n", "appears 2 times"),
    (b"filename,dc.title\nx,Smith, John\n", "line 2: 3 cells"),
    (b'filename,dc.title\nx,"unclosed\ny,z\n', "line 2"),
    (b'filename,dc.title\nx,"bad"quote\n', "line 2"),
    (b'filename,dc.title\nx,"' + b"a" * 200_000 + b'"\n', "longer than"),
])
def test_a_bad_accession_csv_is_one_line_naming_the_file(tmp_path, data, words):
    path = tmp_path / "accession.csv"
    path.write_bytes(data)
    with pytest.raises(UsageError) as caught:
        read_accession_csv(path)
    message = str(caught.value)
    assert str(path) in message and words in message and "\n" not in message and len(message) < 600


def test_a_bad_accession_csv_stops_ingest_before_any_work(tmp_path):
    csv_path = tmp_path / "accession.csv"
    csv_path.write_bytes(b"filename,dc.title\nx,Smith, John\n")
    scan = tmp_path / "notes.txt"
    scan.write_text("Notes.\n", encoding="utf-8")
    result = run_cli(tmp_path / "archive", "ingest", "--metadata", csv_path, scan)
    assert result.exit_code == ExitCode.usage
    [line] = result.stderr.strip().splitlines()
    assert str(csv_path) in line and "line 2" in line


def test_a_large_accession_csv_reads_in_linear_time(tmp_path):
    path = tmp_path / "accession.csv"
    path.write_text("filename,dc.title,dc.subject\n" + "".join(f"objects/f{i}.pdf,Title {i},subject {i % 7}\n"
                                                                for i in range(100_000)), encoding="utf-8")
    started = time.perf_counter()
    assert len(read_accession_csv(path)) == 100_000
    assert time.perf_counter() - started < 10  # ~0.5 s here


# --- queries as people type them --------------------------------------------------------------

SCHEMA = build_schema()


@pytest.mark.parametrize("query, words", [
    ('letter "urgent action', "position 8"),
    ("(torture OR (death penalty)", "unclosed '(' at position 1"),
    ("torture)", "position 8"),
    ("AND torture", "position 1"),
    ("(" * 40 + "x" + ")" * 40, "nested more than"),
    ("torture~5", "position 8"),
    ("caf\udcc3 ", "position 4"),   # a byte that was not UTF-8 on the command line
    ("NOT NOT torture", "cannot parse"),
])
def test_a_broken_query_says_what_and_where(query, words):
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(SCHEMA, query)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_an_overlong_query_is_refused_and_the_cap_keeps_parsing_fast():
    """whoosh's parser is quadratic on `[[[[...` and runs of stray operators (8,000 characters: seconds);
    at the cap it takes well under a second, and runs of tildes are refused outright."""
    with pytest.raises(UsageError, match="at most 2,500"):
        parse_query(SCHEMA, "word " * 600)
    for query, position in (("word~~ other", 5), ("word ~ other", 6), ("^2 word", 1), ('"a b"~~2', 6)):
        with pytest.raises(QuerySyntaxError, match=f"at position {position} "):
            parse_query(SCHEMA, query)
    for query in ("word~ other~2", '"a b"~2', "word^2", "lobby*~", "(a b)^2"):
        parse_query(SCHEMA, query)
    for unit in ("[", "word ", "year:[1 TO 2] ", "~", "~ ", "^ ", "a~ ", ": ", "date:1985..1990 ", "a^2 "):
        query = (unit * MAX_QUERY_CHARS)[:MAX_QUERY_CHARS]
        started = time.perf_counter()
        try:
            parse_query(SCHEMA, query)
        except UsageError:
            pass
        assert time.perf_counter() - started < 3, unit  # a generous ceiling: ~0.3 s here when quiet


def test_check_syntax_is_linear_on_its_longest_input():
    started = time.perf_counter()
    check_syntax("(a OR b) " * (MAX_QUERY_CHARS // 9))
    assert time.perf_counter() - started < 0.5
