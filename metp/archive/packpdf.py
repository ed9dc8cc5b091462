"""A curriculum pack as a printable PDF (A4): each excerpt in the pack's order with its matched words in
bold, its note and its citation, then the reading list.

fpdf2 writes it; its core fonts are Latin-1 only, so DejaVu Sans (package data in `fonts/`, with its
licence) is embedded, subsetted to the characters used.  Characters DejaVu lacks print as its
replacement glyph, never an error; control characters a scan's text may hold become spaces.
"""

from __future__ import annotations

import re
from importlib import resources

from fpdf import FPDF

from metp.archive.basket import _heading, _intro
from metp.archive.pack import Pack, _reading_list

FONT = "DejaVu"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_GREY = (85, 85, 85)


def _clean(text: str) -> str:
    return _CONTROL.sub(" ", text)


class _PackPDF(FPDF):
    def __init__(self, title: str):
        super().__init__(format="A4")
        fonts = resources.files("metp.archive").joinpath("fonts")
        with resources.as_file(fonts.joinpath("DejaVuSans.ttf")) as regular, \
                resources.as_file(fonts.joinpath("DejaVuSans-Bold.ttf")) as bold:
            self.add_font(FONT, "", regular)
            self.add_font(FONT, "B", bold)
        self.set_title(_clean(title))
        self.set_creator("metp")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        self.pack_title = _clean(title)

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*_GREY)
        self.cell(0, 6, f"{self.pack_title} — page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def render_pdf(pack: Pack) -> bytes:
    pdf = _PackPDF(pack.title)
    pdf.add_page()
    pdf.set_font(FONT, "B", 18)
    pdf.multi_cell(0, 9, _clean(pack.title), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(0, 5, _intro(pack), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    for n, e in enumerate(pack.excerpts, 1):
        pdf.set_font(FONT, "B", 12)
        pdf.multi_cell(0, 6, _clean(_heading(n, e)), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)
        pdf.set_font(FONT, "", 10.5)
        for piece, matched in e.text.parts():
            piece = _clean(" ".join(piece.split(" ")))
            if matched:
                pdf.set_font(FONT, "B", 10.5)
                pdf.write(5.5, piece)
                pdf.set_font(FONT, "", 10.5)
            else:
                pdf.write(5.5, piece)
        pdf.ln(7)
        note = getattr(e, "note", "")
        if note:
            pdf.set_font(FONT, "B", 10)
            pdf.write(5, "Note: ")
            pdf.set_font(FONT, "", 10)
            pdf.write(5, _clean(" ".join(note.split())))
            pdf.ln(6)
        pdf.set_font(FONT, "", 9)
        pdf.set_text_color(*_GREY)
        pdf.multi_cell(0, 4.5, _clean(e.citation), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(5)
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(0, 7, "Reading list", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(FONT, "", 10)
    for line in _reading_list(pack.excerpts):
        pdf.multi_cell(0, 5, "• " + _clean(line), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)
    return bytes(pdf.output())
