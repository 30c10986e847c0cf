"""Constructions found wrong or missed on benchmarks/news5 (hand-written news-style articles): ``avoided
sanctioning X`` (no measure), ``the lender`` after a multilateral bank, ``part-owned by`` (a stake, not a part),
``its rival X`` (the subject's rival), investors with ``participation from``, joiners listed with ``including``,
customers in a country, ``expand into`` a country, sales to an unnamed group in a country, a contract with a
customer to build for it (kg/nlp/relations/r17news5.py, kg/nlp/r17news5.py). Sentences written for this test, none
from a gold file nor from a benchmark."""

from __future__ import annotations

import pytest

from kg.nlp.r17news5 import multilateral_bank
from kg.records import Entity
from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    # the lender named last is a multilateral bank, not the central bank before it (kg/nlp/references.py)
    ("Governor Mario Marcel said the Central Bank of Chile was considering whether to connect its system to the "
     "Andean Clearing House, the regional platform operated by the Development Bank of Latin America (CAF), but had "
     "not decided. The lender's chief executive, Sergio Diaz-Granados, said more would follow.",
     ("sergio-diaz-granados", "leaderOf", "caf")),
    # part-owned: a stake (relations/descriptors.participle_rule)
    ("Panasonic is part-owned by Toyota Motor.", ("toyota", "investsIn", "panasonic")),
    # its rival: the subject's (relations/structure.rival_rule)
    ("Nokia sells base stations to Vodafone at prices below those of its Swedish rival Ericsson.",
     ("ericsson", "competesWith", "nokia")),
    # participation in a round
    ("Infosys said on Friday it had raised $50 million in a funding round led by Temasek, with participation from "
     "SoftBank and Sequoia Capital.", ("sequoia-capital", "investsIn", "infosys")),
    ("Infosys said on Friday it had raised $50 million in a funding round led by Temasek, with participation from "
     "SoftBank and Sequoia Capital.", ("softbank-group", "investsIn", "infosys")),
    # joiners listed after their count
    ("Twelve central banks have joined the Asian Clearing Union, including the Central Bank of Sri Lanka and the "
     "Bank of Thailand.", ("bank-of-thailand", "memberOf", "asian-clearing-union")),
    # customers in a country
    ("Netflix, which has more than 5 million subscribers in Mexico, raised its prices.",
     ("netflix", "suppliesTo", "mexico")),
    # expanding into a country
    ("Revolut plans to expand into Argentina next year.", ("revolut", "investsIn", "argentina")),
    # a sale to an unnamed group in a country
    ("Hikvision said it had sold more than 2 million cameras to retailers in Brazil and Chile last year.",
     ("hikvision", "suppliesTo", "chile")),
    # a contract with a customer to build for it
    ("Hyundai Rotem signed a contract with Poland to build 180 tanks.", ("hyundai-rotem", "suppliesTo", "poland")),
]

NOT_FOUND = [
    # a measure avoided (triggers.json negation governors: avoid)
    ("Ottawa has so far avoided sanctioning Gazprom Neft, because Canadian refiners still depend on its crude.",
     ("canada", "sanctions", "gazprom-neft")),
    # the central bank is not the lender named after it
    ("Governor Mario Marcel said the Central Bank of Chile was considering whether to connect its system to the "
     "Andean Clearing House, the regional platform operated by the Development Bank of Latin America (CAF), but had "
     "not decided. The lender's chief executive, Sergio Diaz-Granados, said more would follow.",
     ("sergio-diaz-granados", "leaderOf", "central-bank-of-chile")),
    # part-owned is no part
    ("Panasonic is part-owned by Toyota Motor.", ("panasonic", "partOf", "toyota")),
    # the customer is not the rival
    ("Nokia sells base stations to Vodafone at prices below those of its Swedish rival Ericsson.",
     ("ericsson", "competesWith", "vodafone")),
    # negated or supposed
    ("Netflix, which has no subscribers in Mexico, raised its prices.", ("netflix", "suppliesTo", "mexico")),
    ("Revolut has no plans to expand into Argentina.", ("revolut", "investsIn", "argentina")),
    ("Revolut could expand into Argentina, analysts said.", ("revolut", "investsIn", "argentina")),
    ("Hyundai Rotem has not signed a contract with Poland to build tanks.", ("hyundai-rotem", "suppliesTo", "poland")),
    ("Hikvision denied that it had sold cameras to retailers in Brazil.", ("hikvision", "suppliesTo", "brazil")),
    ("Twelve central banks have not joined the Asian Clearing Union, including the Bank of Thailand.",
     ("bank-of-thailand", "memberOf", "asian-clearing-union")),
    # a named joiner's own list is not a count of unnamed ones
    ("Indonesia has joined BRICS, including its New Development Bank.", ("new-development-bank", "memberOf", "brics")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    """Each construction gives its relation."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_found(nlp, text, absent):
    """Negated, supposed or misread forms give nothing."""
    assert not has_triple(triples(nlp, text), absent)


def test_multilateral_bank() -> None:
    """A bank among international organisations; a national one is decided by its subtype elsewhere."""
    assert multilateral_bank(Entity(id="aiib", label="Asian Infrastructure Investment Bank",
                                    type="InternationalOrganization"))
    assert not multilateral_bank(Entity(id="hsbc", label="HSBC Bank", type="Organization"))
