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


# ------------------------------------------------------------------ a modifier inside a vocabulary phrase
@pytest.mark.parametrize("heading, term", [
    ("PLANNING A CORPORATE CAMPAIGN", "campaign planning"),      # "planning a campaign"
    ("MEETING YOUR LOCAL REPRESENTATIVE", "lobbying"),           # "your representative"
    ("WRITING TO YOUR TWO SENATORS", "lobbying"),                # "your senators"
])
def test_a_word_between_a_determiner_and_the_phrases_last_word_keeps_the_topic(vocab, heading: str, term: str):
    text = (f"ACTIVIST DAY HANDOUT\n\n{heading}\n"
            "Read this sheet before the afternoon session and bring it with you, with a pen and\n"
            "the notes you made in the morning about the group's plans for the coming year.\n")
    assert term in subjects(text, vocab)


@pytest.mark.parametrize("line, term", [
    ("We read the British press every morning and the regional papers on Sundays.", "media work"),
    ("Our online petition tool collected three hundred names in a week.", "online activism"),
])
def test_no_modifier_after_an_article_that_opens_a_phrase_nor_between_nouns(vocab, line: str, term: str):
    """"the press" is not "the British press"; "online tools" is not "online petition tool"."""
    text = f"NOTES\n\nThe group met on Tuesday to talk about the spring.\n\n{line}\n"
    assert term not in subjects(text, vocab)


# ------------------------------------------------------------------ an enumeration of one topic
def test_an_enumeration_whose_items_name_one_term_is_about_it(vocab):
    """Under a timed item, "Yard sales, benefit suppers, a pledge drive": every item is fundraising,
    so the line is about fundraising, not one example among others."""
    text = ("SKILLS DAY\nAgenda\n\n"
            "9:00 - 9:30 Welcome and introductions by the regional coordinator, with coffee\n"
            "2:15 - 3:15 Paying for the work\n"
            "Yard sales, benefit suppers, a pledge drive -- three groups tell\n"
            "what worked for them and what did not, with their figures for the year.\n"
            "3:15 - 3:45 Closing circle\n")
    assert "fundraising" in subjects(text, vocab)


def test_one_item_of_an_enumeration_of_several_topics_stays_an_example(vocab):
    text = ("SKILLS DAY\nAgenda\n\n"
            "9:00 - 9:30 Welcome and introductions by the regional coordinator, with coffee\n"
            "2:15 - 3:15 What groups did this year\n"
            "Yard sales, vigils, school talks, a film night -- three groups tell\n"
            "what worked for them and what did not, with their figures for the year.\n"
            "3:15 - 3:45 Closing circle\n")
    assert "fundraising" not in subjects(text, vocab)


# ------------------------------------------------------------------ general phrasings the vocabulary lacked
@pytest.mark.parametrize("heading, term", [
    ("STOP AND SEARCH: KNOW YOUR RIGHTS", "police and human rights"),
    ("MARCHING WITH PRIDE", "vigils and demonstrations"),
    ("PRIDE MARCHES AROUND THE WORLD", "LGBT rights"),
    ("JAILED FOR HOMOSEXUAL ACTS", "LGBT rights"),
    ("THE FREEDOM TO WORSHIP", "freedom of religion"),
    ("STRENGTH IN NUMBERS: WORKING WITH OTHER GROUPS", "coalition building"),
    ("RE: ADOPTION OF MR. JAN NOWAK", "prisoners of conscience"),
])
def test_general_phrasings_of_a_topic(vocab, heading: str, term: str):
    text = (f"{heading}\n\n"
            "Read this sheet before the afternoon session and bring it with you, with a pen and\n"
            "the notes you made in the morning about the group's plans for the coming year.\n")
    assert term in subjects(text, vocab)


@pytest.mark.parametrize("line", ["The minister had come back to the capital last March for the talks.",
                                  "The regiment received its marching orders on Tuesday."])
def test_the_month_and_marching_orders_are_not_demonstrations(vocab, line: str):
    assert "vigils and demonstrations" not in subjects(f"NEWS\n\n{line}\n\n{line}\n", vocab)


@pytest.mark.parametrize("line", ["Tenez un stand sur les marchés le samedi matin avec la pétition du groupe.",
                                  "Les marchés publics de la ville sont ouverts aux associations du quartier.",
                                  "Montez les marches de la mairie et demandez à voir le secrétaire général."])
def test_french_markets_and_steps_are_not_marches(vocab, line: str):
    """"marchés" (markets) folds to "marches"; "les marches" are steps: neither is a protest march."""
    assert "vigils and demonstrations" not in subjects(f"NOUVELLES\n\n{line}\n\n{line}\n", vocab)


def test_marches_in_english_are_demonstrations(vocab):
    assert "vigils and demonstrations" in subjects("MARCHES AND RALLIES\n\nHow to plan one safely, with the "
                                                   "group's stewards and the police liaison.\n", vocab)


@pytest.mark.parametrize("lead, term", [
    ("Os escribimos para poner en marcha la campaña de este año en todos los grupos locales.", "campaigning"),
    ("Este año apoyamos a las mujeres que defienden los derechos humanos en su comunidad.",
     "human rights defenders"),
    ("Dozens of reporters are behind bars for what they have written about the war.", "prisoners of conscience"),
    ("Our volunteer speakers visited 214 secondary schools in the course of the year.", "human rights education"),
])
def test_phrasings_in_a_lead_in_three_languages(vocab, lead: str, term: str):
    text = f"NOTICIAS -- NEWS\n\n{lead} Más información en la oficina -- more from the office.\n"
    assert term in subjects(text, vocab)


def test_a_demonstration_of_a_tool_is_not_a_demonstration(vocab):
    text = ("WORKSHOP EVALUATION\n\n"
            "The demonstration of the new online tool was clear and useful.\n"
            "The demonstration of how to fill in the form was too quick.\n")
    assert "vigils and demonstrations" not in subjects(text, vocab)


@pytest.mark.parametrize("heading", ["GROUP 12 ADOPTS A TURKISH PRINTER",
                                     "JAILED FOR SIX YEARS IN A LABOUR CAMP FOR CIRCULATING A BANNED NOVEL"])
def test_verb_forms_of_the_prisoner_phrasings(vocab, heading: str):
    text = (f"{heading}\n\n"
            "Read this sheet before the afternoon session and bring it with you, with a pen and\n"
            "the notes you made in the morning about the group's plans for the coming year.\n")
    assert "prisoners of conscience" in subjects(text, vocab)


# ------------------------------------------------------------------ a list written as prose
def test_paragraphs_opened_by_ordinals_are_items_of_a_list(vocab):
    """A letter's "two things" written as paragraphs "First, ..." / "Second, ...": each states what
    members are asked to do, as a bullet would."""
    text = ("Dear Member,\n\n"
            "We have grown to twelve hundred members this year, and the work has grown faster than we\n"
            "have; the list of cases waiting for a group is longer every month.\n\n"
            "So I am asking each of you to do two things this summer.\n\n"
            "First, sign up new members: give the leaflet to a friend, a neighbour, someone at church or\n"
            "at work who cares about these things.\n\n"
            "Second, if you have not paid your dues for the year, please do so now, and add a gift if\n"
            "you can for the relief fund.\n\n"
            "With thanks and warm regards,\nEleanor\n")
    assert {"recruitment", "fundraising"} <= subjects(text, vocab)


# ------------------------------------------------------------------ an enumeration's last item ends with its sentence
@pytest.mark.parametrize("lead, term", [
    ("Ask the tables to name people who stand up for others: lawyers, union leaders,\n"
     "farmers, journalists, mothers of the disappeared. Write the names on the flip chart.", "disappearances"),
    ("Divide the room into groups of four, and let each group draft the jobs of coordinator,\n"
     "treasurer, secretary and publicity. Report back to the whole room.", "media work"),
])
def test_the_last_item_of_an_enumeration_is_an_example_up_to_its_sentence_end(vocab, lead: str, term: str):
    text = f"STEP 2 -- WHO ARE THEY? (20 minutes)\n\n{lead}\n"
    assert term not in subjects(text, vocab)


# ------------------------------------------------------------------ an aside between dashes
def test_an_aside_between_dashes_is_in_passing_like_one_in_parentheses(vocab):
    text = ("UGANDA: A BILL AGAINST LOVE\n"
            "A bill before parliament would impose\n"
            "life imprisonment -- and in some cases the death penalty -- for\n"
            "homosexuality, and would jail anyone who fails to report gay people.\n")
    got = subjects(text, vocab)
    assert "death penalty" not in got and "LGBT rights" in got


def test_a_line_set_in_parts_with_dashes_is_not_an_aside(vocab):
    text = ("NOTES FOR TRAINERS\n\n"
            "Regional day on the death penalty -- Leeds -- 14 March, with the appeal for the two men\n"
            "sentenced to death last year and a talk on the campaign.\n")
    assert "death penalty" in subjects(text, vocab)


def test_beliefs_are_not_religious_beliefs(vocab):
    lead = ("Group 9 works for three men and women imprisoned for their beliefs in Indonesia,\n"
            "Paraguay and the Soviet Union, who have never used or advocated violence.\n")
    got = subjects(f"BENEFIT CONCERT\n\n{lead}", vocab)
    assert "prisoners of conscience" in got and "freedom of religion" not in got
    # one phrase naming two terms ("imprisoned for their faith": a prisoner of conscience and freedom
    # of religion) is not an enumeration of two topics on its line
    assert "freedom of religion" in subjects(f"BENEFIT CONCERT\n\n{lead.replace('beliefs', 'faith')}", vocab)


# ------------------------------------------------------------------ a list item naming a web site is content
def test_a_bulleted_item_that_names_a_web_site_is_not_letterhead(vocab):
    text = ("Dear Kwame,\n\n"
            "Welcome to the network! Your membership card is enclosed with the first copy of the magazine,\n"
            "and there are many ways to put your membership to work. Choose the ones that suit you:\n\n"
            "* Join our e-action network at www.example.org/act. You will get\n"
            "  online actions by e-mail: sign, forward, and tell your friends.\n"
            "* Come to a meeting of your local group on the second Tuesday of the month.\n\n"
            "Sincerely,\nAnita\n")
    assert "online activism" in subjects(text, vocab)
