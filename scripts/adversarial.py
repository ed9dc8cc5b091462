#!/usr/bin/env python3
"""Generate an adversarial set of input files for `metp ingest` (used by scripts/eval_robustness.py).

Nothing here is committed as data: every file is made at run time, deterministically, into a
folder the caller names.  The set covers what archivists' boxes and disks really hold and what has
broken metp before: dates in every form (and years enough to make a scorer quadratic), mixed
scripts, control characters and NUL bytes, every common text encoding, a multi-megabyte single
line, tens of thousands of short lines, damaged and oversized images, damaged PDFs, a file name
that is not UTF-8, and symlink loops.

Each file comes with what a robust ingest should make of it (`expect`):
  ingested  a readable document: refusing it loses material (text in any common encoding);
  failed    nothing to read (empty, cut short with no decodable page, over the size limit);
  any       either outcome is defensible (a 1x1 image, a PDF a tolerant reader may repair).
and, for text files, a `probe` string the stored text must contain when the encoding was decoded
right (mojibake is silent corruption, not a refusal).  Whatever the outcome, no file may crash,
hang or drop out of the batch report.

    python scripts/adversarial.py DEST     # write the set into DEST and list it
"""

from __future__ import annotations

import argparse
import io
import os
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

TIME_ALL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ir" / "time_corpus_only" / "TIME.ALL"


@dataclass(frozen=True)
class Case:
    rel: bytes            # path under the set's folder, as bytes (one name is not UTF-8)
    expect: str           # ingested | failed | any | absent (a link the walk must not follow into a loop)
    note: str
    probe: str | None = None  # text the stored page must contain when decoding was right

    @property
    def reported(self) -> bool:
        """Whether `ingest FOLDER` must list this path in its report."""
        return self.expect != "absent"


# text ------------------------------------------------------------------------------------------
PROSE = ("The regional coordinators met to plan the spring training for group leaders. "
         "Volunteers wrote letters on behalf of prisoners and reviewed the urgent action network.")

DATE_TEXTS: dict[str, tuple[str, str]] = {
    "dates_iso.txt": ("Workshop agenda\n\nDate: 1987-03-14\nFollow-up on 1987-04-02 and 1987-4-9; "
                      "deadline 1987-13-45 (sic) and 0000-00-00.\n" + PROSE + "\n", "1987-03-14"),
    "dates_numeric.txt": ("Minutes\n\n3/14/87\nMet on 14.03.1987, again 14-03-1987 and 03/14/1987; "
                          "invalid 31/02/1987, 99/99/99, 1/1/1, 12.12.12.12.\n" + PROSE + "\n", "14.03.1987"),
    "dates_seasons.txt": ("Newsletter\n\nSpring 1987\nIn the Fall of '87 and winter 1986-87, "
                          "during Summer '88, automne 1989, primavera de 1990.\n" + PROSE + "\n", "Spring 1987"),
    "dates_spanish.txt": ("Carta\n\nMadrid, 14 de marzo de 1987\nEl 3 de abril de 1987 y el lunes 6 de "
                          "abril de 1987 se reunió el grupo. Señoras y señores.\n", "14 de marzo de 1987"),
    "dates_french.txt": ("Lettre\n\nParis, le 3 juin 1987\nLe vendredi 26 juin 1987 et le 1er juillet 1987, "
                         "l'équipe a préparé la formation. Août 1987.\n", "le 3 juin 1987"),
    "dates_apostrophe.txt": ("Class of '87\n\nReunion notes '87 - '88, the summer of ’89, "
                             "Feb '90 and 'sixty-eight.\n" + PROSE + "\n", "'87"),
    "dates_ranges.txt": ("Annual report 1972-1973\n\nCovers the period between September 1972 and March 1973, "
                         "with workshops 1972–1973, 1972/73, 1972-73, Sept. 1972 - Mar. 1973, "
                         "and 14-16 June 1973.\n" + PROSE + "\n", "between September 1972 and March 1973"),
    "dates_future_and_ancient.txt": ("Timeline\n\nDate: 2999-01-01\nPlanned for 2150, 9999, 1066, 0001-01-01, "
                                     "year 10000 and 12/31/2199.\n" + PROSE + "\n", "2999-01-01"),
}


def years_one_line(rng: random.Random, count: int = 5000) -> str:
    """Thousands of years on one line: every one a date candidate scored against the whole line."""
    return " ".join(str(rng.randint(1900, 2030)) for _ in range(count)) + "\n"


def same_year_in_body(lines: int = 8) -> str:
    """A year mentioned in passing on several prose lines and nowhere strong: the pattern that made
    the date rules' combined evidence for a year exceed 0.5 with no single strong candidate."""
    body = [f"In 1975 the committee discussed item {i} of the agenda with the volunteers present."
            for i in range(lines)]
    return "Committee notes\n\n" + "\n".join(body) + "\nNo further business.\nAdjourned.\n"


MIXED_SCRIPTS = (
    "Training handout / Учебный материал / Εκπαιδευτικό υλικό / 研修資料 / مواد تدريبية 📚✊🏽\n\n"
    "Latin: Amnesty groups wrote letters. Cyrillic: Группа писала письма заключённым.\n"
    "Greek: Η ομάδα έγραψε επιστολές. CJK: 小组给囚犯写信。한국어 텍스트. ひらがな カタカナ\n"
    "Arabic (right to left): كتبت المجموعة رسائل إلى السجناء. Hebrew: הקבוצה כתבה מכתבים\n"
    "Emoji and joiners: 👩‍👩‍👧‍👦 🏳️‍🌈 ✍️ combining: e\u0301 a\u0308 zero-width:\u200b\u200c\u200d bidi:\u202e"
    "txet desrever\u202c\n"
    "Astral: 𝔗𝔯𝔞𝔦𝔫𝔦𝔫𝔤 𝟙𝟡𝟠𝟟. Replacement char: \ufffd. Noncharacter: \ufdd0. Lone surrogate escaped: \\udc80\n"
)


def control_text(every: int) -> str:
    """Prose with a control character (bell, escape, vertical tab, backspace, ...) every `every` chars."""
    controls = "\x01\x02\x07\x08\x0b\x0e\x1b\x7f\x1f\x0c"
    out = []
    for i, ch in enumerate(("Control characters survive. " + PROSE) * 3):
        out.append(ch)
        if i % every == every - 1:
            out.append(controls[i % len(controls)])
    return "".join(out) + "\n"


def nul_text() -> bytes:
    """A word-processor export padded with NUL bytes between paragraphs and inside a word."""
    return (b"Minutes of the meeting\n\x00\x00\x00\nThe group reviewed the urgent action network.\x00\n"
            + b"\x00" * 512 + b"\nVolun\x00teers wrote letters.\n")


ENCODED = "Résumé of the naïve façade: coördinated «training» — Ça coûte 5 € (“smart quotes”), señor, Ærø.\n"
LATIN1 = "Résumé of the naïve façade: coördinated «training», señor, Ærø, ½ and ¼, Straße.\n"


def time_prose() -> str:
    """Real prose with real dates (TIME 1963), or generated prose when the corpus is absent."""
    if TIME_ALL.is_file():
        text = TIME_ALL.read_text(encoding="latin-1")
        return " ".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("*"))
    return " ".join(f"{PROSE} In {1960 + i % 40} the group met." for i in range(2000))


def one_line(size: int) -> str:
    prose = time_prose()
    return (prose + " ") * (size // len(prose) + 1)


def dated_sentences_one_line(size: int) -> str:
    """Training-log sentences, each with a date, on one line: a date candidate every ~60 characters."""
    months = ("January", "March", "June", "September", "November")
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(f"Workshop {i} met on {months[i % 5]} {1 + i % 28}, {1970 + i % 40}. ")
        i += 1
    return "".join(out) + "\n"


def short_lines(count: int) -> str:
    return "".join(f"Item {i}: volunteer {i % 97} signed in {1970 + i % 50}\n" for i in range(count))


# images ----------------------------------------------------------------------------------------
def _page_image(size=(1200, 600)):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=40)
    for i, line in enumerate(("DAMAGED SCAN", "The quartz lantern meeting", "was held in March 1987.")):
        draw.text((60, 60 + 80 * i), line, fill=0, font=font)
    return img


def _encoded(fmt: str, **kwargs) -> bytes:
    buf = io.BytesIO()
    _page_image().save(buf, fmt, **kwargs)
    return buf.getvalue()


def _tiff_pages() -> bytes:
    buf = io.BytesIO()
    first = _page_image()
    first.save(buf, "TIFF", save_all=True, append_images=[_page_image(), _page_image()], compression="tiff_lzw")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(kind + data) if crc is None else crc
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc & 0xFFFFFFFF)


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height over one tiny (too short) IDAT: a decompression bomb's header."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b"")


def png_bad_crc() -> bytes:
    """A valid page image whose first IDAT chunk's CRC is wrong."""
    data = bytearray(_encoded("PNG"))
    at = data.index(b"IDAT")
    length = struct.unpack(">I", data[at - 4:at])[0]
    crc_at = at + 4 + length
    data[crc_at:crc_at + 4] = bytes(b ^ 0xFF for b in data[crc_at:crc_at + 4])
    return bytes(data)


def jpeg_huge_header() -> bytes:
    """A JPEG whose SOF0 claims 65000 x 65000 pixels."""
    data = bytearray(_encoded("JPEG", quality=60))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", 65000, 65000)
    return bytes(data)


def png_under_limit() -> bytes:
    """12000 x 12000 white pixels (144 MP, just under metp's 150 MP limit) in ~100 kB."""
    from PIL import Image
    buf = io.BytesIO()
    Image.new("1", (12000, 12000), 1).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def one_pixel() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (1, 1), 255).save(buf, "PNG")
    return buf.getvalue()


# PDFs ------------------------------------------------------------------------------------------
def text_pdf() -> bytes:
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    for n in (1, 2):
        pdf.add_page()
        pdf.set_font("helvetica", size=14)
        pdf.cell(0, 10, f"Training manual page {n}: the meadow violin chapter, June 1987.")
    return bytes(pdf.output())


def handmade_pdf(objects: list[bytes], xref: bool = True) -> bytes:
    """A PDF from numbered object bodies (1 is the catalog) with a correct xref table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    if xref:
        start = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n" % (len(objects) + 1, start)
    return bytes(out + b"%%EOF\n")


def pdf_zero_pages() -> bytes:
    return handmade_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def pdf_page_tree_loop() -> bytes:
    """The page tree's only kid is a Pages node whose kid is the root again: a cycle."""
    return handmade_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                         b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"])


def pdf_huge_mediabox() -> bytes:
    """One page 200,000 pt square (the spec allows 14,400) with a little text: rendering must be capped."""
    content = b"BT /F1 2000 Tf 1000 100000 Td (HUGE PAGE) Tj ET"
    return handmade_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                         b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200000 200000] /Contents 4 0 R "
                         b"/Resources << /Font << /F1 5 0 R >> >> >>",
                         b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def pdf_without_xref() -> bytes:
    data = text_pdf()
    return data[:data.rindex(b"xref")] + b"%%EOF\n"


def pdf_garbage(rng: random.Random) -> bytes:
    return b"%PDF-1.7\n" + rng.randbytes(20_000)


# the set ---------------------------------------------------------------------------------------
def contents(rng: random.Random) -> list[tuple[Case, bytes]]:
    """Every regular file of the set with its bytes (links are made by `generate`)."""
    files: list[tuple[Case, bytes]] = []

    def add(name: str | bytes, data: bytes, expect: str, note: str, probe: str | None = None) -> None:
        rel = name if isinstance(name, bytes) else name.encode()
        files.append((Case(rel, expect, note, probe), data))

    for name, (text, probe) in DATE_TEXTS.items():
        add(f"text/{name}", text.encode(), "ingested", "date-like strings", probe)
    add("text/dates_same_year_in_body.txt", same_year_in_body().encode(), "ingested",
        "a year mentioned in passing on 8 lines (combined evidence, no strong candidate)", "In 1975")
    add("text/dates_5000_years_one_line.txt", years_one_line(rng).encode(), "ingested", "5,000 years on one line")
    add("text/mixed_scripts.txt", MIXED_SCRIPTS.encode(), "ingested",
        "Latin, Cyrillic, Greek, CJK, Arabic, Hebrew, emoji, bidi controls", "Группа писала")
    add("text/control_chars_few.txt", control_text(40).encode(), "ingested", "a control character every 40 characters",
        "survive")
    add("text/control_chars_many.txt", control_text(8).encode(), "ingested", "a control character every 8 characters",
        "survive")
    add("text/nul_bytes.txt", nul_text(), "ingested", "NUL bytes between paragraphs and inside a word", "urgent action")
    add("text/utf8_bom.txt", b"\xef\xbb\xbf" + ENCODED.encode("utf-8"), "ingested", "UTF-8 with BOM", "Ça coûte 5 €")
    add("text/utf16le_bom.txt", ENCODED.encode("utf-16"), "ingested", "UTF-16 LE with BOM", "Ça coûte 5 €")
    add("text/utf16be_bom.txt", b"\xfe\xff" + ENCODED.encode("utf-16-be"), "ingested", "UTF-16 BE with BOM",
        "Ça coûte 5 €")
    add("text/latin1.txt", LATIN1.encode("latin-1"), "ingested", "ISO-8859-1", "Straße")
    add("text/cp1252.txt", ENCODED.encode("cp1252"), "ingested", "Windows-1252 (smart quotes, euro sign)", "“smart quotes”")
    add("text/cr_line_endings.txt", ("Old Mac file\r" + PROSE.replace(". ", ".\r") + "\r").encode(), "ingested",
        "classic Mac OS line endings (CR only)", "Old Mac file")
    add("text/one_line_3mb.txt", one_line(3_000_000).encode(), "ingested", "3 MB of prose on a single line", "NASSAU")
    add("text/dated_sentences_one_line_1mb.txt", dated_sentences_one_line(1_000_000).encode(), "ingested",
        "1 MB on a single line, a full date every ~40 characters", "Workshop 0 met")
    add("text/fifty_thousand_lines.txt", short_lines(50_000).encode(), "ingested", "50,000 short lines", "Item 49999")
    add("text/one_word_1mb.txt", (b"x" * 1_000_000) + b"\nA word of one megabyte above.\n", "ingested",
        "a 1 MB word", "one megabyte")

    png, jpeg, tiff = _encoded("PNG"), _encoded("JPEG", quality=80), _tiff_pages()
    add("images/truncated.png", png[:len(png) // 2], "any", "PNG cut in half")
    add("images/truncated.jpg", jpeg[:len(jpeg) // 2], "any", "JPEG cut in half")
    add("images/truncated.tif", tiff[:len(tiff) * 2 // 3], "any", "3-page TIFF cut at two thirds")
    add("images/bad_crc.png", png_bad_crc(), "any", "PNG with a wrong IDAT CRC")
    add("images/one_pixel.png", one_pixel(), "any", "a 1x1 image")
    add("images/zero_bytes.png", b"", "failed", "0 bytes")
    add("images/huge_header.png", png_header_only(100_000, 100_000), "failed", "PNG header claiming 100000x100000")
    add("images/huge_header.jpg", jpeg_huge_header(), "failed", "JPEG header claiming 65000x65000")
    add("images/white_144mp.png", png_under_limit(), "any", "12000x12000 white page, just under the pixel limit")

    pdf = text_pdf()
    add("pdfs/truncated.pdf", pdf[:len(pdf) * 6 // 10], "any", "text PDF cut at 60%")
    add("pdfs/garbage_after_header.pdf", pdf_garbage(rng), "failed", "%PDF header then 20 kB of random bytes")
    add("pdfs/no_xref.pdf", pdf_without_xref(), "any", "text PDF without xref table and trailer")
    add("pdfs/zero_pages.pdf", pdf_zero_pages(), "failed", "a valid PDF with 0 pages")
    add("pdfs/page_tree_loop.pdf", pdf_page_tree_loop(), "failed", "page tree with a cycle")
    add("pdfs/huge_mediabox.pdf", pdf_huge_mediabox(), "any", "a 200,000 pt square page")
    add("pdfs/zero_bytes.pdf", b"", "failed", "0 bytes")

    add(b"names/invalid-utf8-\xff\xfe-name.txt", b"A file whose name is not UTF-8.\n", "ingested",
        "file name with bytes 0xFF 0xFE", "not UTF-8")
    add("names/new\nline and tab\t.txt", b"A file name with a newline and a tab.\n", "ingested",
        "file name with a newline and a tab", "newline and a tab")
    add("names/" + "long-" * 49 + "name.txt", b"A file name of 254 bytes.\n", "ingested", "a 254-byte file name",
        "254 bytes")
    add("links/loop/inside.txt", b"The only file inside a folder that links to itself.\n", "ingested",
        "a file in a folder holding a link to itself", "links to itself")
    return files


def generate(folder: Path, seed: int = 1987) -> list[Case]:
    """Write the set under `folder` (which must not exist yet); returns every case, links included."""
    rng = random.Random(seed)
    root = os.fsencode(folder)
    os.makedirs(root)
    cases = []
    for case, data in contents(rng):
        path = os.path.join(root, case.rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        cases.append(case)
    os.symlink(b".", os.path.join(root, b"links/loop/again"))
    cases.append(Case(b"links/loop/again", "absent", "symlink to its own folder (a loop the walk must cut)"))
    os.symlink(b"self.txt", os.path.join(root, b"links/self.txt"))
    cases.append(Case(b"links/self.txt", "failed", "symlink to itself (ELOOP)"))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="folder to create (must not exist)")
    parser.add_argument("--seed", type=int, default=1987, help="random seed (the set is deterministic per seed)")
    args = parser.parse_args()
    for case in generate(args.dest, args.seed):
        size = os.lstat(os.path.join(os.fsencode(args.dest), case.rel)).st_size
        print(f"{case.expect:9} {size:>10,}  {case.rel.decode('utf-8', 'backslashreplace')!r:60}  {case.note}")


if __name__ == "__main__":
    main()
