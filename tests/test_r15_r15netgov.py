"""Constructions of internet and telecom governance news found missing on benchmarks/netgov (hand-written
articles): fines as sanctions, conventions as agreements, membership told through a described body, fellows,
``of which X is a member`` and seats on a body. Sentences written for this test, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    # a fine is a sanction on the one fined (``fined`` lemmatizes to ``fine``), the amount after the name or not
    ("Ofcom fined Uber for breaching the rules.", ("ofcom", "sanctions", "uber")),
    ("The European Commission fined Google 90 million euros last week.",
     ("european-commission", "sanctions", "google")),
    ("The fine on Bolt imposed by Ofcom was the largest yet.", ("ofcom", "sanctions", "bolt")),
    # signatories of a convention agree with one another
    ("Ghana, Kenya and Nigeria signed the convention on Monday.", ("ghana", "agreementWith", "kenya")),
    # "whose members include" after a description of the body in apposition to its name
    ("The GSMA, an association of mobile operators whose members include Orange and Telenor, backed the plan.",
     ("telenor", "memberOf", "gsma")),
    # fellows of the members are members too, and the ones described
    ("Brazil and India, fellow BRICS members of Russia and China, abstained.", ("russia", "memberOf", "brics")),
    ("Brazil and India, fellow BRICS members of Russia and China, abstained.", ("india", "memberOf", "brics")),
    ("India's fellow BRICS members Brazil and China agreed.", ("india", "memberOf", "brics")),
    # "of which X is a member": the body right before the comma, its short form in brackets too
    ("Hanoi will work with Interpol and ASEAN, of which Vietnam is a member.", ("vietnam", "memberOf", "asean")),
    ("Seoul will work with the Association of Southeast Asian Nations (ASEAN), of which Laos is a member.",
     ("laos", "memberOf", "asean")),
    # a seat on a body is membership
    ("Ofcom and Arcom both sit on the Board for Digital Services.",
     ("arcom", "memberOf", "board-for-digital-services")),
]

NOT_FOUND = [
    # those who face a fine hold none against each other
    ("Uber and Bolt face fines.", ("uber", "sanctions", "bolt")),
    ("Cambricon, CETC and other designers face an even stiffer penalty.", ("cetc", "sanctions", "cambricon")),
    # a negated fine is none
    ("Ofcom has not fined Google.", ("ofcom", "sanctions", "google")),
    # "of which X is a member" is no membership of a body named in the sentence before
    ("The GSMA met in London. Hanoi will work with Interpol and ASEAN, of which Vietnam is a member.",
     ("vietnam", "memberOf", "gsma")),
    ("Hanoi will work with Interpol and ASEAN, of which Vietnam is a member.", ("vietnam", "memberOf", "interpol")),
    # a company's "members" are no members: no body in the description
    ("Acme, a maker of routers whose members include nobody, grew.", ("acme", "memberOf", "acme")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_construction_gives_relation(nlp, text: str, expected: tuple[str, str, str]) -> None:
    """``Ofcom fined Uber`` gives ``ofcom sanctions uber``."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_construction_gives_no_relation(nlp, text: str, absent: tuple[str, str, str]) -> None:
    """``Uber and Bolt face fines`` gives no ``uber sanctions bolt``."""
    assert not has_triple(triples(nlp, text), absent)


def test_amount_is_cut_from_name(nlp) -> None:
    """``fined Bolt 5 million euros``: no entity ``Bolt 5 million``."""
    doc = nlp("The regulator fined the ride-hailing company Bolt 5 million euros.")
    assert not any("million" in e.text for e in doc.ents)


def test_fined_lemma(nlp) -> None:
    """``fined`` lemmatizes to ``fine``, not ``fin``."""
    assert [t.lemma_ for t in nlp("Ofcom fined Uber.") if t.text == "fined"] == ["fine"]


SIGNERS_FOUND = [
    # the ones named among those who signed agree pairwise
    ("Ghana, Kenya and Nigeria were among 40 countries that signed the treaty on Monday.",
     ("kenya", "agreementWith", "nigeria")),
    ("Peru, Chile and the European Union were among the 65 parties that signed the convention in Rome.",
     ("chile", "agreementWith", "european-union")),
]

SIGNERS_NOT_FOUND = [
    # denied to be among the signers, or among those who opposed it: no agreement
    ("Peru and Chile were not among the countries that signed the convention.", ("chile", "agreementWith", "peru")),
    ("Peru and Chile were among the countries that criticised the convention.", ("chile", "agreementWith", "peru")),
    ("Peru and Chile criticised the treaty.", ("chile", "agreementWith", "peru")),
]


@pytest.mark.parametrize("text,expected", SIGNERS_FOUND)
def test_signers_agree(nlp, text: str, expected: tuple[str, str, str]) -> None:
    """``A, B and C were among 40 countries that signed the treaty``: A agreementWith B."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", SIGNERS_NOT_FOUND)
def test_opponents_do_not_agree(nlp, text: str, absent: tuple[str, str, str]) -> None:
    """``A and B criticised the treaty``: no agreement between A and B."""
    assert not has_triple(triples(nlp, text), absent)


def test_no_decision_on_acting_negates(nlp) -> None:
    """``no decision had been taken on blocking Telegram``: no block."""
    found = triples(nlp, "Ofcom said on Monday that no decision had been taken on blocking Telegram.")
    assert not has_triple(found, ("ofcom", "sanctions", "telegram"))


PARTS_AND_MEMBERS = [
    # a unit an international body names as its own is part of it
    ("The EU's General Court in Luxembourg ruled.", ("general-court", "partOf", "european-union")),
    # a description of a grouping that refers back names a body with members
    ("APNIC, the Brisbane-based registry that allocates addresses in Asia, met on Monday. Telstra and Optus are "
     "among the 900 Australian members of the registry.", ("telstra", "memberOf", "apnic")),
]


@pytest.mark.parametrize("text,expected", PARTS_AND_MEMBERS)
def test_units_and_described_bodies(nlp, text: str, expected: tuple[str, str, str]) -> None:
    """``the EU's General Court``: general-court partOf european-union."""
    assert has_triple(triples(nlp, text), expected)


def test_firm_owned_by_body_is_no_unit(nlp) -> None:
    """``the EU's Airbus deal``: no part (a name without a unit word)."""
    assert not has_triple(triples(nlp, "The EU's Airbus subsidy was challenged."), ("airbus", "partOf", "european-union"))


def test_description_repeating_a_name_word_refers_to_that_body(nlp) -> None:
    """``the union`` after ``the Universal Postal Union`` and ``a UN envoy``: the union is the UPU."""
    found = triples(nlp, "The Universal Postal Union met a UN envoy in Bern on Monday. Masahiko Metoki, the head "
                         "of the union, spoke.")
    assert has_triple(found, ("masahiko-metoki", "leaderOf", "universal-postal-union"))
    assert not has_triple(found, ("masahiko-metoki", "leaderOf", "united-nations"))
