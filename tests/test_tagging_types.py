"""Document types from their form, in English, Spanish and French, through tag_document.

The examples (tests/type_examples.py) cover every type in the styles the labelling
guidelines describe (an agenda as times, sessions or items of business; minutes with
attendance and decisions; a letter by salutation and closing; forms by blanks, boxes,
scales and questions; a newsletter by issue number or dated masthead ...), and documents
the type list lacks (certificates, fragments, notes, a poem, a testimony, a news clipping),
which must get no type.  Then the rules one by one, on what they must not take for a type.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from type_examples import EXAMPLES

from metp.pipeline.model import Page, PageMethod
from metp.pipeline.tagging import Tags, load_vocabulary, tag_document
from metp.pipeline.tagging.typecues.forms import _counts_up

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def tag_text(text: str, vocabulary) -> Tags:
    pages = [Page(i + 1, PageMethod.plain_text, t) for i, t in enumerate(text.split("\f"))]
    return tag_document(pages, "box-4/scan.txt", vocabulary, today=TODAY)


def type_of(text: str, vocabulary) -> str | None:
    return tag_text(text, vocabulary).first("dc.type")


@pytest.mark.parametrize("name, expected, text", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_each_type_from_its_form(vocab, name: str, expected: str | None, text: str):
    assert type_of(text, vocab) == expected


def test_the_examples_cover_every_type_in_three_languages():
    types = {t for _, t, _ in EXAMPLES}
    assert types == {"agenda", "handout", "trainer guide", "manual", "worksheet", "evaluation form", "sign-in sheet",
                     "letter", "memo", "flyer", "newsletter", "report", "slides", None}
    spanish = {t for _, t, text in EXAMPLES if re.search(r"[ñ¿¡]|\b(?:los|las|del)\b", text)}
    french = {t for _, t, text in EXAMPLES if re.search(r"\b(?:les|des|aux|vous|nous)\b", text)}
    assert len(spanish) >= 10 and len(french) >= 10


# ------------------------------------------------------------------------------ what is not a type
def test_a_sample_letter_inside_a_text_does_not_make_it_a_letter(vocab):
    """A salutation after paragraphs of prose, and a closing followed by more prose, are a
    letter quoted in a handout (the guidelines' edge case), not the document's own."""
    text = ("Writing to officials\n\nOfficials read short and polite letters, and they answer the ones that are\n"
            "specific about a person and a request. Here is one a member sent last year:\n\n"
            "Dear Minister,\n\nI ask you to release the journalist held since March.\n\nYours sincerely,\n\n"
            "Always sign with your full name and your address, and never use insults when you write:\n"
            "your letter is about the person and the request, not about politics in general.\n")
    assert tag_text(text, vocab).first("dc.type") != "letter"


def test_a_closing_needs_a_signature_unless_it_is_a_formal_one(vocab):
    thanks = "Bring your friends to the meeting on the third floor next week.\n\nThanks!\n"
    assert type_of("A NOTE\n\n" + thanks, vocab) is None
    assert type_of("A NOTE\n\n" + thanks + "Dana\n", vocab) == "letter"


@pytest.mark.parametrize("text", [
    "          CERTIFICATE OF APPRECIATION\n\n     presented to Rosa Mendes\n\n  for ten years with Group 44\n"
    "\n   Saturday, June 4, 1994, 7:30 pm\n",
    "                 DIPLOMA\n\n  Se otorga a Juan Pérez por haber participado en el taller\n"
    "  del 4 al 8 de julio de 1999.\n",
    "          ATTESTATION\n\n  Nous certifions que Louise Tremblay a participé à la formation.\n",
])
def test_a_certificate_gets_no_type_even_with_a_day_and_a_time(vocab, text: str):
    assert type_of(text, vocab) is None


def test_a_fragment_needs_the_form_of_a_type_not_a_hint(vocab):
    fragment = ("and the participants then wrote their letters in small groups, which the trainers\n"
                "collected at the end of the session for mailing. Evaluation forms were handed out.\n")
    assert type_of(fragment, vocab) is None
    memo_page = "to the regional offices.\n\nTO: All trainers\nFROM: Training Committee\nRE: Forms\nDATE: May 2, 1990\n"
    assert type_of(memo_page, vocab) == "memo"


def test_prose_set_in_capitals_names_no_type_in_its_first_lines(vocab):
    """A wire story in capitals: 'vigil', 'program', 'handbook' in its first lines are words of
    its prose, not a heading that names a type."""
    text = ("IRAQ GREEN ARMBANDS, RED BLOOD A WEEK AFTER THE OVERTHROW OF THE\n"
            "STERN VIGIL AT EVERY IMPORTANT INTERSECTION . SCURRYING EVERYWHERE WERE\n"
            "THE SOLDIERS OF THE NEW REGIME, WHO HAD A PROGRAM OF THEIR OWN FOR THE\n"
            "CITY AND ITS PEOPLE, AND A HANDBOOK OF RULES FOR EVERY CHECKPOINT .\n")
    assert type_of(text, vocab) is None


@pytest.mark.parametrize("heading, is_minutes", [
    ("STEERING COMMITTEE -- MINUTES", True),
    ("Minutes, 4 May 1988", True),
    ("ACTA DE LA ASAMBLEA", True),
    ("COMPTE RENDU DE LA RÉUNION", True),
    ("SOUTH AFRICA: TWENTY MINUTES FROM NIAMEY", False),
    ("ICEBREAKER (10 MINUTES)", False),
])
def test_minutes_are_named_in_a_heading_not_counted_in_one(vocab, heading: str, is_minutes: bool):
    text = f"{heading}\n\nThe group talked about the spring campaign and its letters to the embassy.\n"
    assert (type_of(text, vocab) == "report") is is_minutes


def test_a_table_of_contents_is_not_a_form_of_blanks(vocab):
    toc = "".join(f"{n}. Chapter title number {n} {'.' * 40} {3 * n}\n" for n in range(1, 7))
    assert type_of("GROUP HANDBOOK\n\nCONTENTS\n" + toc, vocab) == "manual"


@pytest.mark.parametrize("text, is_scale", [
    ("1   2   3   4   5", True), ("nada 1 - 2 - 3 - 4 - 5 mucho", True), ("5 4 3 2 1", True),
    ("78 42 11 09", False), ("5/12/86 - 9 10", False), ("1 2 3 12", False),
])
def test_a_rating_scale_counts_up_a_phone_number_does_not(text: str, is_scale: bool):
    assert _counts_up(text) is is_scale


def test_a_sign_in_table_with_phone_numbers_is_not_an_evaluation_form(vocab):
    rows = "".join(f"Name{n} Surname{n}       Group {n}      78 4{n} 11 0{n}\n" for n in range(1, 6))
    assert type_of("Workshop, 5 May 1994\n\nNAME              GROUP         PHONE\n" + rows, vocab) == "sign-in sheet"
