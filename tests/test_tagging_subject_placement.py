"""Subjects where new writers state them (tagging round I): general placements and phrasings, not
a set's own sentences.  Every text here is written for the test, not taken from a labelled set."""

from __future__ import annotations

from datetime import date

import pytest

from metp.pipeline.model import Page, PageMethod
from metp.pipeline.tagging import load_vocabulary, tag_document

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def subjects(text: str, vocab) -> set[str]:
    pages = [Page(i + 1, PageMethod.plain_text, t) for i, t in enumerate(text.split("\f"))]
    return set(tag_document(pages, "box/scan.txt", vocab, today=TODAY).all("dc.subject"))


# ------------------------------------------------------------------ an agenda item's head before its colon
def test_the_head_of_a_timed_item_is_its_topic_though_a_clock_has_a_colon(vocab):
    """"14:00 Starting a group at work: officers, dues, a room": the head before the colon names the
    item's topic; the clock's own colon is not where the head ends."""
    text = ("REGIONAL MEETING\nProgramme\n\n"
            "09:30 Coffee\n"
            "14:00 Starting a group at work: officers, dues, a room\n"
            "16:00 Close\n")
    assert "group organizing" in subjects(text, vocab)


# ------------------------------------------------------------------ a line that heads a list
def test_a_short_line_heading_a_bulleted_list_is_a_heading(vocab):
    """A slide's or a handout's sentence-case heading over its bullets ("Police killings" / "* ...")
    names what the bullets are about, as a heading in capitals does."""
    text = ("KILLINGS BY THE STATE\n\n"
            "This handout was prepared for the spring conference of the region's groups and is meant\n"
            "to be read before the afternoon session on the cases the groups have taken up.\n\n"
            "Police killings\n"
            "* Suspects are shot during an arrest rather than brought before a judge and tried\n"
            "* Officers investigate officers, and no independent inquiry is ever opened at all\n")
    assert "police and human rights" in subjects(text, vocab)
