"""Every subject term found however a programme or a handout names it, in English, Spanish
and French, through tag_document.

An agenda session is enough for a term (the guidelines: each session counts), and so is an
item of a list of ways to act; these tests name each term the way material in each of the
three languages commonly does (written for these tests, not taken from an evaluation set),
and check the folding that lets a term match after a French article ("l'éducation") and a
pattern match a word OCR folds ("government" is matched as "govemment").
"""

from __future__ import annotations

from datetime import date

import pytest

from metp.pipeline.model import Page, PageMethod
from metp.pipeline.tagging import load_vocabulary, tag_document
from metp.pipeline.tagging.text import fold

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def subjects_of(text: str, vocabulary) -> list[str]:
    return tag_document([Page(1, PageMethod.plain_text, text)], "box/x.txt", vocabulary, today=TODAY).all("dc.subject")


SESSIONS = {
    "death penalty": ["Abolishing the death penalty", "La pena de muerte", "La peine de mort"],
    "torture": ["Stopping torture", "La tortura", "La torture"],
    "prisoners of conscience": ["Prisoners of conscience", "Los presos de conciencia", "Les prisonniers d'opinion"],
    "fair trials": ["The right to a fair trial", "El derecho a un juicio justo", "Le droit à un procès équitable"],
    "disappearances": ["Enforced disappearances", "Las desapariciones forzadas", "Les disparitions forcées"],
    "extrajudicial executions": ["Extrajudicial executions", "Las ejecuciones extrajudiciales",
                                 "Les exécutions extrajudiciaires"],
    "freedom of expression": ["Freedom of expression", "La libertad de expresión", "La liberté d'expression"],
    "freedom of religion": ["Freedom of religion", "La libertad religiosa", "La liberté de religion"],
    "refugees": ["Refugees and asylum", "Los refugiados", "Les réfugiés"],
    "women's rights": ["Women's rights", "Los derechos de las mujeres", "Les droits des femmes"],
    "children's rights": ["Children's rights", "Los derechos de la infancia", "Les droits de l'enfant"],
    "LGBT rights": ["Lesbian and gay rights", "Derechos de gays y lesbianas", "Les droits des homosexuels"],
    "indigenous peoples": ["Indigenous peoples", "Los pueblos indígenas", "Les peuples autochtones"],
    "racial discrimination": ["Racism and racial discrimination", "El racismo", "Le racisme"],
    "human rights defenders": ["Protecting human rights defenders", "Los defensores de derechos humanos",
                               "Les défenseurs des droits humains"],
    "arms control": ["The arms trade", "El comercio de armas", "Le commerce des armes"],
    "armed conflict": ["Civilians in armed conflict", "Los conflictos armados", "Les conflits armés"],
    "business and human rights": ["Business and human rights", "Empresas y derechos humanos",
                                  "Entreprises et droits humains"],
    "police and human rights": ["Police and human rights", "La policía y los derechos humanos",
                                "La police et les droits humains"],
    "letter writing": ["Writing appeal letters", "Escribir cartas de llamamiento", "Écrire des lettres d'appel"],
    "urgent actions": ["The urgent action network", "Las acciones urgentes", "Les actions urgentes"],
    "lobbying": ["Lobbying your representatives", "El cabildeo", "Le lobbying auprès des députés"],
    "media work": ["Working with the media", "Trabajar con los medios de comunicación", "Les relations avec la presse"],
    "fundraising": ["Fundraising for groups", "La recaudación de fondos", "La collecte de fonds"],
    "group organizing": ["Starting a local group", "Cómo formar un grupo", "Créer un groupe local"],
    "recruitment": ["Recruiting new members", "Captar nuevos socios", "Recruter de nouveaux membres"],
    "campaign planning": ["Planning a campaign", "Planificar una campaña", "Planifier une campagne"],
    "facilitation": ["Facilitation skills", "Técnicas de facilitación", "L'animation de réunions"],
    "human rights education": ["Teaching human rights in schools", "Educación en derechos humanos",
                               "L'éducation aux droits humains"],
    "public speaking": ["Public speaking", "Hablar en público", "Parler en public"],
    "online activism": ["Online activism", "Activismo en internet", "Militer en ligne"],
    "petitions": ["Collecting signatures for petitions", "Recogida de firmas", "Les pétitions"],
    "vigils and demonstrations": ["Organizing a vigil", "Organizar una vigilia", "Organiser une manifestation"],
    "coalition building": ["Building coalitions", "Trabajar en coalición", "Travailler en coalition"],
    "group development": ["Keeping members active", "Fortalecer el grupo", "Développer son groupe"],
    "campaigning": ["Our new worldwide campaign", "La nueva campaña mundial", "La nouvelle campagne mondiale"],
}


@pytest.mark.parametrize("term, language, session", [
    (term, language, name) for term, names in SESSIONS.items() for language, name in zip(("en", "es", "fr"), names)])
def test_an_agenda_session_names_its_term_in_three_languages(vocab, term: str, language: str, session: str):
    assert term in subjects_of(f"PROGRAMME\n\n 9:00  Welcome\n10:00  {session}\n11:00  Break\n", vocab)


def test_the_sessions_cover_every_taggable_theme_and_skill(vocab):
    taggable = {t.preferred for t in vocab.terms if t.match and t.facet in ("theme", "skill")}
    broad = {"civil and political rights", "equality and non-discrimination", "activism skills",
             "economic, social and cultural rights"}  # broader terms, for documents about them as such
    assert taggable - broad == set(SESSIONS)


WAYS_TO_ACT = [
    ("lobbying", "Meet your member of Congress in the district office"),
    ("lobbying", "Rencontrez votre député pendant sa permanence"),
    ("lobbying", "Pide una cita con el diputado de tu provincia"),
    ("letter writing", "Write a polite letter to the prime minister"),
    ("letter writing", "Écrivez une lettre courtoise au Premier ministre"),
    ("letter writing", "Envía una carta al ministro del Interior"),
    ("petitions", "Signez la pétition et faites-la circuler"),
    ("media work", "Envoyez un communiqué au journal local"),
    ("media work", "Manda una nota de prensa al periódico local"),
    ("fundraising", "Organisez une vente de gâteaux pour financer les timbres"),
    ("fundraising", "Organiza una rifa para pagar los sellos"),
    ("vigils and demonstrations", "Acude a la concentración frente a la embajada"),
    ("recruitment", "Proposez à un ami de rejoindre le groupe"),
    ("recruitment", "Invita a un amigo a unirse al grupo"),
    ("online activism", "Forward the action alert by email to your friends"),
    ("online activism", "Partagez l'action sur les réseaux sociaux"),
    ("urgent actions", "Join the urgent action network"),
    ("public speaking", "Faites un exposé dans un lycée"),
    ("public speaking", "Da una charla en un instituto"),
    ("human rights education", "Teach a lesson on the Universal Declaration"),
    ("human rights education", "Animez un cours sur la Déclaration universelle dans une classe"),
    ("human rights education", "Da una clase sobre la Declaración Universal en tu colegio"),
]


@pytest.mark.parametrize("term, item", WAYS_TO_ACT)
def test_an_item_of_a_list_of_ways_to_act_names_its_term(vocab, term: str, item: str):
    text = f"WHAT YOU CAN DO\n\nThere are many ways to help:\n\n  - {item}\n  - Talk to your family\n  - Come along\n"
    assert term in subjects_of(text, vocab)


def test_a_list_item_ending_in_an_organisations_word_is_not_letterhead(vocab):
    """"- Join the urgent action network" ends like a letterhead's "... Network", but a list item
    is content."""
    assert "urgent actions" in subjects_of("HOW TO HELP\n\n- Join the urgent action network\n- Tell a friend\n", vocab)
    assert subjects_of("URGENT ACTION NETWORK\n\nDear members, thank you for the cards.\n", vocab) == []


def test_a_french_elision_is_a_word_of_its_own():
    assert fold("L'éducation aux droits humains") == "l education aux droits humains"
    assert fold("Fiche d'animation") == "fiche d animation"
    assert fold("women's rights") == "womens rights" and fold("the groups' letters") == "the groups letters"
    assert fold("don't") == "dont"


def test_a_fiche_danimation_is_not_facilitation(vocab):
    """A French trainer guide is headed "fiche d'animation": that names its form, not the skill
    of facilitation (the guidelines); "l'animation de réunions" names the skill."""
    text = "FICHE D'ANIMATION\n\nLA PEINE DE MORT\n\nDurée : 2 heures\n"
    assert subjects_of(text, vocab) == ["death penalty"]


def test_patterns_match_the_words_ocr_folding_changes(vocab):
    """Patterns are written plainly and folded as the text is: "government" and "declaration"
    are matched as the folded "govemment" and "dedaration"."""
    assert "letter writing" in subjects_of("WAYS TO ACT\n\n- Write to your government today\n- Tell a friend\n", vocab)
