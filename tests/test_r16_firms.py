"""Unknown firms told by their roles, funds by their names' last words, and firms named by a brand and a country
(branch r16firms: kg.nlp.r16firms, kg.nlp.r15ents, data/gazetteer/r16firms.jsonl)."""

from __future__ import annotations

import pytest


def _types(nlp, text: str) -> dict[str, str]:
    """Name -> type of the entities kg finds in ``text``, e.g. ``{"Halvex": "Organization"}``."""
    from kg.nlp import extensions as ext

    return {e.label: e.type for e in ext.entities(nlp(text)).values()}


FIRMS = [
    ("Halvex's chief executive said the deal would close soon.", "Halvex"),
    ("Halvex's board approved the sale.", "Halvex"),
    ("The board of Fendaro approved the plan.", "Fendaro"),
    ("The chief executive of Dravona resigned on Friday.", "Dravona"),
    ("The founders of Plimbo sold the company to Amazon.", "Plimbo"),
    ("Quorvo reported quarterly revenue of $2 billion.", "Quorvo"),
    ("Falcon Global invested in the startup.", "Falcon Global"),
    ("Hartley Equity bought a stake in the chain.", "Hartley Equity"),
    ("Mobilink Pakistan raised $300 million from banks.", "Mobilink Pakistan"),
    ("Zorvana acquired a majority stake in a Lisbon logistics startup last year.", "Zorvana"),
    ("Shares of Tavrilo fell 8 percent on Tuesday.", "Tavrilo"),
    ("Quellio, the Indian e-commerce group, reported a loss.", "Quellio"),
    ("Investors including Kestrel Capital and Marrow Ventures backed the round.", "Marrow Ventures"),
    ("The round was led by Oakhurst Ventures.", "Oakhurst Ventures"),
    ("Velmora sued Grintek over patent infringement.", "Grintek"),
    ("Ryanair's main rival, easyJet, cut its fares.", "easyJet"),
    ("Budget carrier IndiGo ordered 500 aircraft from Airbus.", "IndiGo"),
    ("Meesho, the Indian e-commerce group, filed for an IPO.", "Meesho"),
    ("Just Eat said orders rose in the quarter.", "Just Eat Takeaway.com"),
    ("Kleiner Perkins and Tiger Global invested in the startup.", "Kleiner Perkins"),
    ("Kleiner Perkins and Tiger Global invested in the startup.", "Tiger Global Management"),
    ("Engines made for Embraer by Pratt & Whitney power the jets.", "Pratt & Whitney"),
    ("The engines were supplied to Vorlex by Pratt & Whitney.", "Vorlex"),
    ("The engines were supplied to Vorlex by Pratt & Whitney.", "Pratt & Whitney"),
    ("Lightspeed Venture Partners, which invested in Snap early on, is raising a new fund.", "Snap"),
    ("Stellantis sold its entire stake in Faurecia in 2021.", "Faurecia"),
    ("Brontik raised $40 million from investors in March.", "Brontik"),
    ("Mervex, the Brazilian payments firm, hired 200 engineers.", "Mervex"),
    ("Carvello agreed to acquire Nobrix for $2 billion.", "Nobrix"),
    ("Anthem Labs and Pravik signed a supply agreement.", "Anthem Labs"),
    ("Krovex, a Turkish defence contractor, won a contract from the army.", "Krovex"),
    ("Drummond Partners invested in the company in 2021.", "Drummond Partners"),
    ("Silverline Capital bought a 10 percent stake in the retailer.", "Silverline Capital"),
    ("FlyZeno said on Monday it would add ten aircraft to its fleet.", "FlyZeno"),
]


@pytest.mark.parametrize("text,name", FIRMS)
def test_unknown_firm_found(nlp, text, name):
    """A name in a firm's role (``the board of Fendaro``), ending in a fund's word (``Falcon Global``) or known to
    the gazetteer (``easyJet``) is an organisation."""
    found = _types(nlp, text)
    assert found.get(name) == "Organization", found


NOT_FIRMS = [
    ("Analysts said the market would recover.", "Analysts"),
    ("Huawei's Kirin 9000 chip powers the new phone.", "Kirin"),
    ("Rahul Sharma's chief executive role ended in May.", "Rahul Sharma"),
    ("Peter Carter bought a house in Surrey.", "Peter Carter"),
    ("Maria Lopez reported a loss of her luggage.", "Maria Lopez"),
    ("Moreover, prices rose in Peru.", "Moreover"),
    ("Meanwhile, demand fell sharply.", "Meanwhile"),
    ("The Turkish board approved the plan.", "Turkish"),
    ("Prices rose in Pakistan and the government raised taxes.", "Pakistan"),
    ("Officials in Lima Peru signed the deal.", "Lima Peru"),
    ("Galaxy S24 sales rose in Europe.", "Galaxy"),
    ("The board of the school met on Friday.", "The board"),
    ("Monday was a holiday in Kenya.", "Monday"),
    ("Shares fell in Asia on Monday.", "Asia"),
    ("The Atlantic is rough in winter.", "Atlantic"),
    ("The fund invested in Lagos last year.", "Lagos"),
    ("She sold her stake in Paris to her brother.", "Paris"),
]


@pytest.mark.parametrize("text,name", NOT_FIRMS)
def test_no_firm_from_people_places_or_words(nlp, text, name):
    """People, places, products and sentence-initial words stay what they are: no organisation."""
    found = _types(nlp, text)
    assert found.get(name) != "Organization", found


def test_people_stay_people(nlp):
    """A person's name with a firm's verb or role stays a person (``Peter Carter bought a house``)."""
    assert _types(nlp, "Peter Carter bought a house in Surrey.").get("Peter Carter") == "Person"
    assert _types(nlp, "Rahul Sharma's chief executive role ended in May.").get("Rahul Sharma") == "Person"


def test_brand_country_needs_a_firm_role(nlp):
    """``Mobilink Pakistan`` is a firm where the pair raises money, not where it is merely mentioned."""
    found = _types(nlp, "Prices rose in Pakistan and Mobilink Pakistan said it would invest.")
    assert "Mobilink Pakistan" not in found, found


def test_passive_agent_is_no_part_of_the_name(nlp):
    """``written by Ernest Hemingway``: the agent stays a person, and no name runs across ``by``."""
    found = _types(nlp, "The novel was written by Ernest Hemingway.")
    assert found.get("Ernest Hemingway") == "Person", found
    assert not any(" by " in name for name in _types(nlp, "The engines were supplied to Vorlex by Pratt & Whitney.")), \
        found


def test_a_list_of_people_among_investors_stays_people(nlp):
    """``investors including John Smith and Mary Jones`` lists people; with a firm in the list, the model's
    people there may be firms (``investors including Harold Pemberton and Accel``)."""
    found = _types(nlp, "Investors including John Smith and Mary Jones backed the round.")
    assert found.get("John Smith") == "Person" and found.get("Mary Jones") == "Person", found
    found = _types(nlp, "Investors including Kestrel Capital and Marrow Ventures backed the round.")
    assert found.get("Kestrel Capital") == "Organization", found
