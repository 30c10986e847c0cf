"""Round 16, the lead's own readings. Sentences written for these tests, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

TOPIC_PARTNERS = [
    # the parser hangs the partner's "with" on the topic of the deal (``context.topic_nouns``)
    ("Vietnam launched a joint study on rare earth processing with Japan.", ("japan", "cooperatesWith", "vietnam")),
    ("Kazakhstan started a joint programme on digital customs with the Asian Development Bank.",
     ("asian-development-bank", "cooperatesWith", "kazakhstan")),
]

NO_TOPIC_PARTNERS = [
    # a "with" on the topic that names no actor gives nothing; talks are not cooperation
    ("Vietnam launched a joint study on rare earth processing with new equipment.", "vietnam"),
    ("Brazil started talks on chip packaging with Taiwan.", "brazil"),
]


@pytest.mark.parametrize("text,expected", TOPIC_PARTNERS)
def test_partner_hung_on_the_topic(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,subject", NO_TOPIC_PARTNERS)
def test_no_partner_from_a_topic_without_an_actor(nlp, text, subject):
    assert not [t for t in triples(nlp, text) if subject in (t[0], t[2]) and t[1] == "cooperatesWith"]


APPOSITIVE_BODIES = [
    # a country's body with its name in apposition is one organisation (``governments.appositive_names``)
    ("Ghana's central bank, the Bank of Ghana, froze the accounts of the exchange.", "bank-of-ghana",
     "central-bank-of-ghana"),
]


@pytest.mark.parametrize("text,name,description", APPOSITIVE_BODIES)
def test_body_named_in_apposition_is_one_entity(nlp, text, name, description):
    ids = {t for triple in triples(nlp, text) for t in (triple[0], triple[2])}
    assert name in ids and description not in ids


STOPPED_SALES_TO_CUSTOMERS = [
    # customers named by their country in "barred X from selling … to Chinese customers" (``slots.customer_countries``)
    ("Tokyo barred Kioxia from selling its flash chips to Russian buyers.", ("japan", "restrictsExportsTo", "russia")),
    ("Berlin stopped Trumpf from shipping its lasers to Chinese clients.", ("germany", "restrictsExportsTo", "china")),
]


@pytest.mark.parametrize("text,expected", STOPPED_SALES_TO_CUSTOMERS)
def test_stopped_sales_to_a_countrys_customers(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_working_with_a_countrys_customers_is_no_cooperation_with_it(nlp):
    found = triples(nlp, "Kioxia said it was working with its Russian customers on alternatives.")
    assert not [t for t in found if t[1] == "cooperatesWith"]


COUNTRY_ENDING_NAMES = [
    # a company's name that ends in its country (``name_countries.last_country``), also after "de la"
    ("Siemens Energy Egypt won a contract from the grid operator.", ("siemens-energy-egypt", "basedIn", "egypt")),
    ("Banco de la Provincia Colombia opened a branch.", ("banco-de-la-provincia-colombia", "basedIn", "colombia")),
]


@pytest.mark.parametrize("text,expected", COUNTRY_ENDING_NAMES)
def test_company_named_by_its_country_at_the_end(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_name_with_two_countries_names_neither(nlp):
    found = triples(nlp, "Russia China Partners Kenya signed a lease.")
    assert not [t for t in found if t[1] == "basedIn"]


def test_field_of_a_relative_clause_in_the_object_is_no_focus(nlp):
    # "a campus that will run on solar power": the relative clause's field, not the builder's (``focus.focus_rule``)
    found = triples(nlp, "Infosys is building a campus that will run on solar power.")
    assert not [t for t in found if t[0] == "infosys" and t[1] == "focusesOn"]


def test_field_of_the_object_is_a_focus(nlp):
    assert has_triple(triples(nlp, "Infosys is building solar power plants."),
                      ("infosys", "focusesOn", "solar-energy"))


def test_deal_a_conditional_could_signs_is_no_relation(nlp):
    # "could sign a deal … if …": the deal is supposed (``modality._supposed``), not planned
    found = triples(nlp, "Vietnam could sign a pact with Japan if the talks succeed.")
    assert not [t for t in found if t[1] == "agreementWith"]


def test_deal_a_conditional_will_signs_is_planned(nlp):
    assert has_triple(triples(nlp, "Vietnam will sign a pact with Japan if the talks succeed."),
                      ("japan", "agreementWith", "vietnam"))
