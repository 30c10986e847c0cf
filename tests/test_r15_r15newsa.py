"""Constructions found missing on benchmarks/news2 (hand-written news-style articles): subjects named through a
descriptor or a pair description, a participle after a coordination, a place of founding, a loan named by its
lender's demonym, shareholders, co-signatories and well-known pharma/shipping actors. Sentences written for this
test, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    # a descriptor with the name in apposition is a named party ("state oil firm Petronas")
    ("Malaysia's state oil firm Petronas and Japan's Inpex have agreed to build a gas terminal in Sabah.",
     ("inpex", "agreementWith", "petronas")),
    # "the two countries" that the references resolved is a named pair
    ("Brazil and Argentina signed a trade pact in May. The two countries have been drawing closer since then.",
     ("argentina", "cooperatesWith", "brazil")),
    # a participle after a coordination describes the nearest name
    ("Germany's Siemens and France's Alstom, chaired by Henri Poupart-Lafarge, bid for the contract.",
     ("henri-poupart-lafarge", "leaderOf", "alstom")),
    # a place of founding says where a firm is
    ("Moonshot AI was established in Hangzhou in 2023.", ("moonshot-ai", "basedIn", "china")),
    # a region named with its kind
    ("Ganfeng Lithium, which is based in Jiangxi province, grew.", ("ganfeng-lithium", "basedIn", "china")),
    # a loan named by its lender's demonym or name
    ("Serbia received a Chinese state loan for the railway.", ("china", "investsIn", "serbia")),
    ("Kenya secured a World Bank loan last year.", ("world-bank", "investsIn", "kenya")),
    # shareholders
    ("OneWeb, the operator in which Bharti Enterprises is the largest shareholder, grew.",
     ("bharti-enterprises", "investsIn", "oneweb")),
    # co-signatories of one deal with a third party
    ("Kenya and Uganda signed a pipeline accord with Tanzania on Friday.", ("kenya", "agreementWith", "uganda")),
    ("Siemens and Alstom signed a memorandum with Egypt to build a railway.", ("alstom", "agreementWith", "siemens")),
    ("Ghana and Togo signed a memorandum of understanding with Nigeria on power trading.",
     ("ghana", "agreementWith", "togo")),
    # a passive conjunct inherits its subject: the one taken over
    ("OneWeb received a licence in 2021 and has since been taken over by Eutelsat.",
     ("eutelsat", "investsIn", "oneweb")),
    # a fund of a firm is part of it
    ("Aramco Ventures, a venture fund of Saudi Aramco, led the round.", ("aramco-ventures", "partOf", "saudi-aramco")),
    # unnamed units of a named firm stand for the firm
    ("The Commerce Department added two Huawei units to the Entity List in March.",
     ("united-states-department-of-commerce", "sanctions", "huawei")),
    ("Washington sanctioned three Rosneft subsidiaries on Friday.", ("united-states", "sanctions", "rosneft")),
    # the ones joined in an undertaking are in it together
    ("Qatar joined France and Italy in a consortium to build the port.", ("france", "cooperatesWith", "italy")),
    # a pair description after a subject pair: that pair, as subject or as object
    ("Kenya and Uganda signed a pipeline pact with Tanzania on Friday. The two countries will build a refinery with "
     "India.", ("india", "cooperatesWith", "uganda")),
    ("Kenya and Uganda signed a pipeline pact with Tanzania on Friday. The African Development Bank said it would "
     "lend $500 million to the two governments for the line.", ("african-development-bank", "investsIn", "uganda")),
    # a deal named with who struck it with whom
    ("The approval follows distribution deals that Starlink struck in March with Kenya's two largest mobile "
     "operators, Safaricom and Airtel Kenya, which will sell its kits.", ("safaricom", "agreementWith", "starlink")),
]

NOT_FOUND = [
    # a participle after a coordination is not the first name's
    ("Germany's Siemens and France's Alstom, chaired by Henri Poupart-Lafarge, bid for the contract.",
     ("henri-poupart-lafarge", "leaderOf", "siemens")),
    # a shareholder no longer
    ("Temasek is no longer a shareholder in DBS Bank.", ("temasek", "investsIn", "dbs-bank")),
    # each signed on its own: no deal between the two
    ("Kenya and Uganda each signed a pipeline accord with Tanzania on Friday.", ("kenya", "agreementWith", "uganda")),
    # a loan not received
    ("Pakistan did not receive a Saudi loan.", ("saudi-arabia", "investsIn", "pakistan")),
    # not taken over
    ("Arm grew fast and was not taken over by SoftBank.", ("softbank-group", "investsIn", "arm-holdings")),
    # a state's fund is no part of an organisation
    ("NBIM, the sovereign fund of Norway, sold its stake.", ("norges-bank-investment-management", "partOf", "norway")),
    # a named unit is itself the party, not its parent
    ("The Alibaba unit Ant Group signed a deal with Telkom.", ("alibaba-group", "agreementWith", "telkom")),
    # a deal not signed
    ("The deal that Siemens did not sign with Egypt would have covered trains.", ("siemens", "agreementWith", "egypt")),
    # the lender is not one of the two it lends to
    ("Kenya and Uganda signed a pipeline pact with Tanzania on Friday. The African Development Bank said it would "
     "lend $500 million to the two governments for the line.", ("african-development-bank", "investsIn", "tanzania")),
    # "the country" inside what the object is picked to do: the subject's country, not one named before
    ("France lobbied hard in central Europe, where Poland picked Westinghouse to build the country's first nuclear "
     "plant.", ("westinghouse-electric-company", "suppliesTo", "france")),
    # a firm that establishes something in a place is not based there
    ("Tesla has established its biggest factory in Shanghai.", ("tesla", "basedIn", "china")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_construction_gives_relation(nlp, text: str, expected: tuple[str, str, str]) -> None:
    """``Kenya and Uganda signed a pipeline accord with Tanzania`` gives ``kenya agreementWith uganda``."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_construction_gives_no_relation(nlp, text: str, absent: tuple[str, str, str]) -> None:
    """``Temasek is no longer a shareholder in DBS Bank`` gives no ``investsIn``."""
    assert not has_triple(triples(nlp, text), absent)


@pytest.mark.parametrize("text,name", [
    ("Pfizer, by contrast, said it had no plans to open a lab.", "Pfizer"),
    ("Analysts at Jefferies said the deal could close in May.", "Jefferies"),
    ("Japan's Nippon Yusen ordered four car carriers.", "Nippon Yusen"),
])
def test_well_known_actor_is_recognised(nlp, text: str, name: str) -> None:
    """``Analysts at Jefferies said …`` names the bank Jefferies (``data/gazetteer/r15newsa.jsonl``)."""
    assert name in {e.text for e in nlp(text).ents} or any(name in e.text for e in nlp(text).ents)


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    """The (text, label) of each entity mention of ``text``: ``Zorblat AI, a chip start-up`` gives
    ``("Zorblat AI", "Organization")``."""
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_firm_noun_is_no_technology(nlp) -> None:
    """``Zorblat, a Shanghai-based biotech`` names a firm, not biotechnology; ``US biotech curbs`` names the area."""
    found = _ents(nlp, "AstraZeneca agreed to pay Zorblat, a Shanghai-based biotech, up to $1 billion.")
    assert ("Zorblat", "Organization") in found and not any(label == "Technology" for _t, label in found)
    assert ("biotech", "Technology") in _ents(nlp, "Investors fear US biotech curbs.")
    assert not any(label == "Technology" for _t, label in _ents(nlp, "Chinese biotechs signed deals worth $2 billion."))


@pytest.mark.parametrize("text,name", [
    ("Zorblat AI, a chip start-up, raised money.", "Zorblat AI"),
    ("Quorvex, a Berlin start-up, raised money.", "Quorvex"),
])
def test_name_before_hyphenated_descriptor(nlp, text: str, name: str) -> None:
    """``Zorblat AI, a chip start-up,`` names the firm Zorblat AI (``described_names.hyphen_ends``)."""
    assert (name, "Organization") in _ents(nlp, text)
