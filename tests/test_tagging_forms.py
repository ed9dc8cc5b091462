"""The forms real training material uses, tagged from plain-text pages: dates (ranges, seasons,
fiscal and school years, circa, revisions, numeric dates read in the document's order, dates
only mentioned), types (no default guess), subjects (where a topic is stated once with weight),
titles.  Every example is written here for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

from datetime import date

import pytest

from metp.pipeline.model import Page, PageMethod
from metp.pipeline.tagging import Tags, load_vocabulary, tag_document

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def tag_text(text: str, vocabulary, source: str = "box-4/scan.txt") -> Tags:
    pages = [Page(i + 1, PageMethod.plain_text, t) for i, t in enumerate(text.split("\f"))]
    return tag_document(pages, source, vocabulary, today=TODAY)


BODY = "\nThe group met to talk about its plans for the coming months and agreed on the next steps.\n"


# ------------------------------------------------------------------------------ dates
@pytest.mark.parametrize("text, expected, rule", [
    # ranges: the start, at the start's precision
    ("REGIONAL ASSEMBLY\n11-12 March 1995\n" + BODY, "1995-03-11", "date:dateline"),
    ("REGIONAL ASSEMBLY\nJune 3–4, 1989 -- Ames, Iowa\n" + BODY, "1989-06-03", "date:heading-full-date"),
    ("REGIONAL ASSEMBLY\nOctober 30 - November 1, 1992\n" + BODY, "1992-10-30", "date:dateline+day-range"),
    ("RENCONTRE RÉGIONALE\nLyon, 30 septembre - 2 octobre 1996\n" + BODY, "1996-09-30",
     "date:dateline+day-range"),
    ("QUARTERLY REPORT\nApril–June 1987\n" + BODY, "1987-04", "date:dateline+month-range"),
    ("INFORME TRIMESTRAL\nenero-marzo 2002\n" + BODY, "2002-01", "date:dateline+month-range"),
    ("ANNUAL REPORT 1996-97\n" + BODY, "1996", "date:heading+year-range"),
    ("ANNUAL REPORT\n1999–2000\n" + BODY, "1999", "date:dateline+year-range"),
    # seasons, fiscal and school years, circa
    ("THE BEACON\nAutumn 1983\n" + BODY, "1983", "date:dateline"),
    ("THE BEACON -- SUMMER '91\n" + BODY, "1991", "date:heading-season-year"),
    ("THE BEACON\nNo. 7        Winter 1988/89\n" + BODY, "1988", "date:heading-season-year"),
    ("CHAPTER BUDGET, FY 1993-94\n" + BODY, "1993", "date:heading+fiscal-year"),
    ("TEACHER PACK\nFor the 1995-96 school year\n" + BODY, "1995", "date:heading+year-range"),
    ("HANDBOOK FOR COORDINATORS\n\n" + BODY + "\nca. 1972\n", "1972", "date:circa"),
    # imprints: a revision wins over the first edition
    ("HOW TO HOLD A VIGIL\n" + BODY + "\nRev. 11/94\n", "1994-11", "date:revised+numeric-month-year"),
    ("HOW TO HOLD A VIGIL\n" + BODY + "\nFirst printed 1979. Revised edition, March 1984.\n", "1984-03",
     "date:revised"),
    ("HOW TO HOLD A VIGIL\n" + BODY + "\n© 1997 The Network\n", "1997", "date:imprint"),
    ("HOW TO HOLD A VIGIL\n" + BODY + "\nPrepared by the Legal Office, 6/2001\n", "2001-06",
     "date:imprint+numeric-month-year"),
    # ordinals, Roman months, two-digit years in a dateline
    ("AGENDA\nSaturday, June 2nd, 1984\n" + BODY, "1984-06-02", "date:dateline"),
    ("TALLER\nBilbao, 3.XI.1981\n" + BODY, "1981-11-03", "date:dateline+roman-month"),
    ("Dear members,\n\nText of a letter to the members about the group.\n\nYours,\nJ. Smith\n\n"
     "                                        3 March 77\n", "1977-03-03", "date:closing-dateline+two-digit-year"),
])
def test_date_forms(vocab, text: str, expected: str, rule: str):
    tags = tag_text(text, vocab)
    assert tags.first("dc.date") == expected
    assert tags.get("dc.date")[0].rule == rule


@pytest.mark.parametrize("text, expected", [
    # Spanish: day first
    ("REUNIÓN DEL GRUPO\nZaragoza, 4/11/1997\n\nEl grupo se reunió para hablar de las cartas y de la campaña.\n",
     "1997-11-04"),
    # a date elsewhere that can only be read day first decides for the ambiguous one
    ("TRAINING DAY\nDate: 6/5/1991\n\nRegistration closes on 25/4/1991 for all the groups.\n", "1991-05-06"),
    # British spelling and a postcode
    ("TRAINING DAY\nLeeds, 7/8/1998\n\nThe centre will organise the programme; write to LS2 9JT.\n", "1998-08-07"),
    # US material: month first
    ("TRAINING DAY\nDenver, 7/8/1998\n\nThe center will organize the program for $5; write to CO 80202.\n",
     "1998-07-08"),
    # dots are day first everywhere
    ("TRAINING DAY\nGeneva, 7.8.98\n\nThe group met.\n", "1998-08-07"),
])
def test_numeric_dates_are_read_in_the_documents_order(vocab, text: str, expected: str):
    assert tag_text(text, vocab).first("dc.date") == expected


def test_conflicting_order_evidence_gives_the_year_only(vocab):
    text = ("NOTES\n5/6/1990\n\nThe copies of the report were sent on 13/6/1990 and again, by a different\n"
            "clerk who wrote the American way, on 6/14/1990 to the regional office.\n")
    tags = tag_text(text, vocab)
    assert tags.first("dc.date") == "1990"
    assert tags.get("dc.date")[0].rule == "date:dateline+order-unknown"


@pytest.mark.parametrize("text, expected", [
    ("ANNUAL MEETING\nMarch 2, 1996\n\nRegistration deadline: February 10, 1996. Send forms to the office.\n"
     "Next meeting: April 6, 1996.\n", "1996-03-02"),
    ("Minutes of the group\n\nWe wrote four letters.\n\nNext meeting: 9 October 1990\n", None),
    ("RECEIVED MAY 3 1988\n\nHOW TO WRITE TO A PRISONER\n\nSome tips for writing to a prisoner.\n", None),
    ("ANNUAL REPORT 1991\n\nThe group's work in 1991.\n\nSubmitted February 1992 by the coordinator.\n",
     "1992-02"),
])
def test_the_documents_own_date_not_one_it_mentions(vocab, text: str, expected: str | None):
    assert tag_text(text, vocab).first("dc.date") == expected


@pytest.mark.parametrize("text", [
    "FILM EVENING\n\nSunday, November 8  ·  8 pm\nRoom 12, Student Union\n",           # no year at all
    "WHY ABOLITION?\n\nThe Universal Declaration (1948) and the Covenant (1966) say so. Since 1977 many "
    "countries\nhave abolished the death penalty in law or in practice.\n",             # history only
])
def test_weak_or_no_evidence_gives_no_date(vocab, text: str):
    assert tag_text(text, vocab).first("dc.date") is None


# ------------------------------------------------------------------------------ types
@pytest.mark.parametrize("text, expected", [
    # an email with header lines and a greeting is a letter; without the greeting, a memo
    ("From: ana@example.org\nTo: coordinators@example.org\nDate: 2 May 2003\nSubject: Vigil kit\n\n"
     "Hi all,\n\nThe kits are on their way.\n\nThanks,\nAna\n", "letter"),
    ("From: ana@example.org\nTo: coordinators@example.org\nDate: 2 May 2003\nSubject: Vigil kit\n\n"
     "The kits are on their way; count them when they arrive.\n", "memo"),
    # a sign-in table ruled with dashes, no blanks
    ("Lobby Training\n\nName            Town           Phone          Email\n"
     "--------------  -------------  -------------  ------------\nA. Brown        Dayton         555-0101       ab@x.org\n"
     "C. Diaz         Akron          555-0102       cd@x.org\nE. Fox          Toledo         555-0103\n"
     "G. Hill         Parma          --             gh@x.org\n", "sign-in sheet"),
    # a short announcement of a day, a time and a place
    ("  BENEFIT CONCERT FOR THE\n  PRISONERS' FUND\n\n  Saturday, May 9\n  8:00 pm, St. Ann's Hall\n\n"
     "  Tickets $5 at the door. Everyone is welcome to come and listen.\n", "flyer"),
    # an issue number on the masthead line
    ("CAMPUS VOICES -- Issue 12 -- March 1997\n\nNEW CHAPTERS\nThree schools started groups this term and "
     "held their first meetings.\n", "newsletter"),
    # questions and answers
    ("WHAT ABOUT ASYLUM?\n\nQ. Who is a refugee?\nA. Someone who fled persecution.\nQ. Can they be sent "
     "back?\nA. Not to danger.\n", "handout"),
    # minutes are a report; the longest heading cue wins ("summary of results" over "survey")
    ("MINUTES OF THE STEERING COMMITTEE\n14 June 1990\n\n1. Budget. Approved.\n2. Training. Postponed.\n",
     "report"),
    ("MEMBER SURVEY 1999: SUMMARY OF RESULTS\n\nMost members joined through friends, and most want more "
     "training.\n", "report"),
    # trainer guides in Spanish and French
    ("GUÍA PARA FACILITADORES\nTaller: cartas de llamamiento\n\nPASO 1 (15 minutos)\nPresente el caso.\n"
     "PASO 2 (30 minutos)\nEscriban las cartas.\n", "trainer guide"),
    ("FICHE D'ANIMATION\nLes réfugiés\n\nDurée : 2 heures\nÉtape 1 (20 min)\nPrésentez le thème.\n",
     "trainer guide"),
])
def test_types_from_their_evidence(vocab, text: str, expected: str):
    assert tag_text(text, vocab).first("dc.type") == expected


@pytest.mark.parametrize("text", [
    "                 CERTIFICATE OF APPRECIATION\n\n                       presented to\n\n"
    "                        ROSA MENDES\n\n              for ten years with Group 44\n\n"
    "                         June 1994\n",
    "and then the participants divided into small groups to discuss the case, using the flip chart for\n"
    "their notes, before the role play that the trainers had prepared for the afternoon session began.\n",
])
def test_a_certificate_or_a_fragment_gets_no_type(vocab, text: str):
    assert tag_text(text, vocab).first("dc.type") is None


def test_news_prose_gets_no_type(vocab):
    text = ("THE SENATE DEBATED THE BILL FOR A THIRD DAY, AND THE LEADERS SAID A VOTE WOULD COME\n"
            "BEFORE THE RECESS . OPPONENTS PROMISED TO FIGHT ON IN THE HOUSE, WHERE THE MEASURE\n"
            "FACES A HARDER TEST . THE PRESIDENT HAS NOT SAID WHETHER HE WOULD SIGN IT .\n")
    assert tag_text(text, vocab).first("dc.type") is None


# ------------------------------------------------------------------------------ subjects
def subjects_of(text: str, vocab) -> set[str]:
    return set(tag_text(text, vocab).all("dc.subject"))


def test_a_question_on_a_form_counts(vocab):
    text = ("GROUP CHECK-UP\n\n1. How often does your group meet?   ____________\n"
            "2. Has the group held a fundraising event this year?   ____________\n")
    assert "fundraising" in subjects_of(text, vocab)


def test_a_run_in_heading_counts(vocab):
    text = ("MEMORANDUM\n\nTo: Groups\nFrom: Office\nDate: 1 May 1980\nRe: Spring\n\n"
            "1.  PUBLICITY.  Groups should send the enclosed notice to their local stations and keep\n"
            "    a list of the contacts they made, so that the office can follow up in June.\n")
    assert "media work" in subjects_of(text, vocab)


def test_the_lead_of_a_section_counts_but_a_later_passing_mention_does_not(vocab):
    text = ("CHAPTER NEWS\n\nGOOD NEWS FROM LIMA\nThe trade unionist adopted by our group in 1990 was released "
            "last month after\nthree years in prison. He thanked everyone who wrote to him and to the minister.\n"
            "\nOUR STALL\nThe book stall at the fair went well. We talked to many people about our work, which\n"
            "also covers the death penalty, and sold forty books.\n")
    found = subjects_of(text, vocab)
    assert "prisoners of conscience" in found
    assert "death penalty" not in found


def test_asides_and_enumerated_examples_are_passing_mentions(vocab):
    text = ("GROUP BUDGET\n\nPostage (letters, Urgent Actions)   $ ______\nCopying   $ ______\n\n"
            "A good speaker has some standing: a lawyer, a doctor, a former refugee, a teacher.\n")
    found = subjects_of(text, vocab)
    assert "urgent actions" not in found and "refugees" not in found


def test_abbreviations_count_only_beside_the_full_form(vocab):
    with_full = ("URGENT ACTION NETWORK: NEW PROCEDURES\n\nNew UAs go out every Monday. Send UAs within five days.\n"
                 "Members who cannot write this month should tell the UA coordinator.\n")
    alone = "CAMPUS NOTES\n\nThe UA team meets Monday.\nUA games are on Friday.\nUA tickets are on sale.\n"
    assert "urgent actions" in subjects_of(with_full, vocab)
    assert "urgent actions" not in subjects_of(alone, vocab)


def test_a_broader_theme_gives_way_to_a_narrower_one(vocab):
    specific = ("RACIAL DISCRIMINATION\n\nDiscrimination in housing and at work is still common.\n"
                "Racial profiling by police must end.\n")
    broad = "EQUALITY AND NON-DISCRIMINATION\n\nWhat is discrimination? Equality before the law for all.\n"
    assert "racial discrimination" in subjects_of(specific, vocab)
    assert "equality and non-discrimination" not in subjects_of(specific, vocab)
    assert "equality and non-discrimination" in subjects_of(broad, vocab)


def test_campaigning_and_group_development_by_their_own_phrases(vocab):
    launch = ("TO ALL GROUPS\n\nIn May the movement will launch a worldwide campaign against the death penalty.\n"
              "Each group will receive the campaign kit in April.\n")
    planning = "CAMPAIGN PLANNING WORKSHOP\n\n10:00 What makes a campaign win?\n11:00 Setting objectives\n"
    year = "GROUP RETREAT\n\n9:00 Planning the group's year\n10:30 Keeping members involved\n"
    assert "campaigning" in subjects_of(launch, vocab)
    assert "campaigning" not in subjects_of(planning, vocab) and "campaign planning" in subjects_of(planning, vocab)
    assert "group development" in subjects_of(year, vocab)


def test_variants_and_other_languages(vocab):
    assert "campaign planning" in subjects_of("WORKSHEET\n\n1. Our campaign goal:  _________\n", vocab)
    assert "letter writing" in subjects_of("WRITING TO THE AUTHORITIES\n\nBe brief and polite.\n", vocab)
    assert "women's rights" in subjects_of("LOS DERECHOS DE LAS MUJERES\n\nTaller para grupos.\n", vocab)
    assert "media work" in subjects_of("TALLER DE MEDIOS\n\nCómo redactar un comunicado de prensa.\n", vocab)
    assert "racial discrimination" in subjects_of("LES CONTRÔLES AU FACIÈS\n\nUn atelier pour les jeunes.\n",
                                                  vocab)


def test_a_building_lobby_is_not_lobbying(vocab):
    text = "AGENDA\n\n9:00 Coffee in the hotel lobby\n9:30 Welcome\n10:00 Letter writing\n"
    assert "lobbying" not in subjects_of(text, vocab)


# ------------------------------------------------------------------------------ titles
@pytest.mark.parametrize("text, expected", [
    ("DIAPOSITIVA 1\nLa pena de muerte hoy\n\nDIAPOSITIVA 2 - Datos\n  - 50 países\n", "La pena de muerte hoy"),
    ("HOJA DE ASISTENCIA\n\nTaller de medios\nSevilla, 3/2/2000\n\n NOMBRE    GRUPO    TELÉFONO    FIRMA\n"
     " ........  .......  ..........  .......\n", "HOJA DE ASISTENCIA: Taller de medios"),
    ("CAMPUS VOICES -- Issue 12 -- March 1997\n\nNEW CHAPTERS\nThree schools started groups this term.\n",
     "CAMPUS VOICES, March 1997"),
    ("REGION 4 -- MINUTES OF THE STEERING COMMITTEE -- 14 June 1990\n\n1. Budget. Approved.\n",
     "REGION 4 -- MINUTES OF THE STEERING COMMITTEE"),
    ("Lobby Training Day, 1998\n\nThe day for members who will visit the state capitol.\n",
     "Lobby Training Day, 1998"),
    ("DECLARACIÓN\n\nYo, el abajo firmante, declaro que estuve detenido sin cargos durante dos meses.\n",
     "DECLARACIÓN"),
])
def test_titles(vocab, text: str, expected: str):
    assert tag_text(text, vocab).first("dc.title") == expected


@pytest.mark.parametrize("text, expected, rule", [
    # the event's date on the (long) line under the heading of minutes, an agenda, slides
    ("MINUTES OF THE STEERING COMMITTEE\nMeeting of Thurs. March 7th, 1991, in the library annex, 8 p.m.\n\n"
     "Present: five members of the committee and two guests from the area.\n", "1991-03-07", "date:under-heading"),
    ("ACTA DE LA REUNIÓN DEL GRUPO\ncelebrada el 9/10/1999 en la sede de la asociación del barrio de Gràcia\n\n"
     "Asistentes: seis miembros del grupo y una persona invitada.\n", "1999-10-09", "date:under-heading+day-first"),
    ("Slide 1\nWRITING FOR CHANGE\nHow our letters reach the officials who decide\n"
     "Northeast Youth Assembly -- Hartford, May 2004\n\nSlide 2\nWhy letters work\n", "2004-05", "date:under-heading"),
    # a footer's month and two-digit year set apart
    ("CHECKLIST FOR A STREET STALL\n" + BODY * 3 + "\nOutreach Desk -- 9/87\n", "1987-09",
     "date:standalone-line+numeric-month-year"),
    # a period across a year's end: its start
    ("RAPPORT ANNUEL DU GROUPE\nExercice octobre 1985 – juillet 1986\n" + BODY, "1985-10",
     "date:heading+month-range"),
    # an imprint whose words carry dots ("Printed in U.S.A. 6/88")
    ("CHECKLIST FOR A STREET STALL\n" + BODY * 3 + "\nPrinted in U.S.A. 6/88\n", "1988-06",
     "date:imprint+numeric-month-year"),
    # a certificate's formal dateline wins over the course dates it mentions
    ("CERTIFICATE\nThis certifies that J. DOE completed the course\nheld on March 3-5, 1995, in Ames.\n\n"
     "Signed at Ames, Iowa, this 5th day of March, 1995.\n", "1995-03-05", "date:formal-dateline"),
])
def test_event_lines_footers_periods_and_formal_datelines(vocab, text: str, expected: str, rule: str):
    tags = tag_text(text, vocab)
    assert tags.first("dc.date") == expected
    assert tags.get("dc.date")[0].rule == rule


def test_a_history_paragraph_under_the_heading_is_not_the_events_date(vocab):
    text = ("TESTIMONY\n\nThey arrested me on 14 July 1982 at the gate of the cooperative, in the\n"
            "Valley of the river. Men in plain clothes took me away in a car.\n" + BODY * 3)
    assert tag_text(text, vocab).first("dc.date") is None


# A date set apart on a long top line, or on the event's line under the heading behind a cue word
# far from it, is the document's own date (these lines read as prose by their length).
@pytest.mark.parametrize("text, expected", [
    ("Lobby Training Day -- Oct. 3, 1987 -- Friends of Liberty, Western Region, Portland Office\n\n"
     "WORKSHEET 1: PLANNING YOUR VISIT\n" + BODY, "1987-10-03"),
    ("THE MONTHLY LINK\nfor the members and supporters of the coastal groups      No. 14, June 1989\n\n"
     "NEW CASES\n" + BODY, "1989-06"),
    ("SLIDE 1\nWHY HUMAN RIGHTS MATTER\nParents' evening at Jefferson Middle School, Room 12, Salem, Oregon, 4/27/98\n\n"
     "SLIDE 2\n" + BODY, "1998-04-27"),
    ("RADIO INTERVIEW\nBroadcast 3/6/91, 8:15 am. Host: Tom Green. Guest: Mary Sue Ann\nPark, Group 12.\n\n"
     "GREEN: Tell us about the group.\n" + BODY, "1991-03-06"),
    ("AGENDA FOR THE ANNUAL MEETING OF THE GROUP\n"
     "to be held at the Quaker Meeting House, High Street, at 7.30 pm on 14/11/96\n\n"
     "1. Apologies\n2. Minutes\n3. Treasurer's report\n", "1996-11-14"),
])
def test_a_date_set_apart_on_a_long_top_line_is_the_documents(vocab, text: str, expected: str):
    assert tag_text(text, vocab).first("dc.date") == expected


def test_a_date_inside_a_sentence_at_the_top_is_not_set_apart(vocab):
    text = ("GROUP NEWS\nOur group was founded on May 4, 1977 by six members of the parish who wanted to help\n"
            "prisoners.\n" + BODY)
    assert tag_text(text, vocab).first("dc.date") is None
