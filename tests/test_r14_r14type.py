"""Organisation boundaries on unseen news (issue 12): one NER span that runs two names together is cut
(:mod:`kg.nlp.r14type`). Sentences written for this test, none from a gold file."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import entities


def names(nlp, text: str) -> dict[str, str]:
    """Each entity's label -> type in ``text``."""
    return {e.label: e.type for e in entities(nlp(text)).values()}


def surfaces(nlp, text: str) -> set[str]:
    """The surface text of every mention in ``text``."""
    return {e.text for e in nlp(text).ents}


# a body's name, its verb and the name of what it acts on, read by the model as one organisation
VERB_INSIDE = [
    ("The Commerce Department added Hikvision to the Entity List on Monday.", "Commerce Department", "Hikvision"),
]
# "and" between a one-word name and a known organisation's whole name
ONE_AND_KNOWN = [
    ("Visa and Halyk Bank launched contactless payments in Almaty.", "Visa", "Halyk Bank"),
]
# names whose own words hold "and" or a lower-case word stay whole
WHOLE = [
    ("The Ministry of Commerce and Industry published new rules.", "Ministry of Commerce and Industry"),
    ("Procter and Gamble opened a plant in Egypt.", "Procter and Gamble"),
    ("Research and Development Bank of Vietnam lent money to Viettel.", "Research and Development Bank of Vietnam"),
    ("Banco de Bogota and Visa expanded card payments in Colombia.", "Banco de Bogota"),
]


@pytest.mark.parametrize("text,first,second", VERB_INSIDE)
def test_a_finite_verb_ends_a_name(nlp, text, first, second):
    found = surfaces(nlp, text)
    assert first in found and second in found
    assert not any(first in s and second in s for s in found)


@pytest.mark.parametrize("text,first,second", ONE_AND_KNOWN)
def test_one_word_name_and_known_name_are_two(nlp, text, first, second):
    found = surfaces(nlp, text)
    assert {first, second} <= found
    assert f"{first} and {second}" not in found


@pytest.mark.parametrize("text,whole", WHOLE)
def test_names_with_and_or_particles_stay_whole(nlp, text, whole):
    assert whole in surfaces(nlp, text)


# firms whose names end in a word of firms' names (Pay, Hub, Digital, Trading...), which the model took for people
FIRM_WORDS = [
    ("Altyn Pay signed an agreement with Kaspi Bank to process QR payments.", "Altyn Pay"),
    ("Qazaq Digital Hub opened a startup office in Almaty.", "Qazaq Digital Hub"),
    ("Sahel Pay raised $10 million from investors in Dakar.", "Sahel Pay"),
    ("Omega Pay and Sigma Bank agreed to merge.", "Omega Pay"),
]
# people stay people: their names end in no such word
PEOPLE = [
    ("Aigerim Tokayeva, chief executive of Altyn Pay, said the service would expand.", "Aigerim Tokayeva"),
    ("Spokesperson Mao Ning said China would take countermeasures.", "Mao Ning"),
    ("Murat Sultanov, head of Astana Fintech Hub, signed the memorandum.", "Murat Sultanov"),
    ("Lucia Fernandez, the chief executive of Andes Pay, said the firm would expand to Chile.", "Lucia Fernandez"),
]


@pytest.mark.parametrize("text,name", FIRM_WORDS)
def test_firm_word_at_the_end_makes_an_organisation(nlp, text, name):
    assert names(nlp, text).get(name) == "Organization"


@pytest.mark.parametrize("text,name", PEOPLE)
def test_people_stay_people(nlp, text, name):
    assert names(nlp, text).get(name) == "Person"


def test_known_firm_and_its_pay_service_is_one_name(nlp):
    found = surfaces(nlp, "Al Rajhi Bank and STC Pay merged their digital banking units.")
    assert "STC Pay" in found and "Pay" not in found


# company names closed by a legal form of Central Asian, Gulf and European registers (kg.nlp.r14wire.LEGAL_FORMS)
LEGAL = [
    ("Tenge Trading LLP shipped microchips to a buyer in Bishkek, customs officials said.", "Tenge Trading LLP"),
    ("Prosecutors said Gulf Star FZE resold the servers to a firm in Iran.", "Gulf Star FZE"),
    ("The ministry fined Adriatica Logistica SpA for breaching the embargo.", "Adriatica Logistica SpA"),
]


@pytest.mark.parametrize("text,name", LEGAL)
def test_legal_form_closes_the_whole_name(nlp, text, name):
    assert names(nlp, text).get(name) == "Organization"


def test_legal_form_takes_no_verb_before_the_name(nlp):
    found = surfaces(nlp, "Prosecutors said Gulf Star FZE resold the servers to a firm in Iran.")
    assert not any(s.startswith("said") or s.startswith("Prosecutors") for s in found)


# a link, cable or route between two capitals joins places; talks or relations between them are the states'
BETWEEN_PLACES = [
    "The Asian Infrastructure Investment Bank financed a fibre link between Almaty and Bishkek.",
    "Kazakhtelecom laid a cable between Astana and Tashkent.",
    "A railway between Beijing and Bishkek is planned.",
]
BETWEEN_STATES = [
    ("Talks between Moscow and Beijing focused on chips.", {"Russia", "China"}),
    ("Relations between Washington and Beijing worsened after the ban.", {"United States", "China"}),
]


@pytest.mark.parametrize("text", BETWEEN_PLACES)
def test_capitals_a_link_runs_between_are_places(nlp, text):
    assert "Country" not in names(nlp, text).values()


@pytest.mark.parametrize("text,states", BETWEEN_STATES)
def test_capitals_talks_are_held_between_are_states(nlp, text, states):
    assert states <= {label for label, kind in names(nlp, text).items() if kind == "Country"}


# a capital that names a firm's office or branch is its place; a capital that acts stays its state
SITE_CAPITALS = [
    "Alexander Kim runs the Tashkent office of Uzum.",
    "Huawei closed its Moscow office last year.",
]
ACTING_CAPITALS = [
    ("Beijing sanctioned Lockheed Martin.", "China"),
    ("Moscow and Beijing signed a chip pact.", "Russia"),
]


@pytest.mark.parametrize("text", SITE_CAPITALS)
def test_capital_of_an_office_is_a_place(nlp, text):
    assert "Country" not in names(nlp, text).values()


@pytest.mark.parametrize("text,state", ACTING_CAPITALS)
def test_acting_capital_stays_a_state(nlp, text, state):
    assert names(nlp, text).get(state) == "Country"
