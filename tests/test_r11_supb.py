"""Supplies through references back, and supplies that are no supplies (branch r11supb):
``kg/nlp/relations/r11supb.py``. Every sentence is written for its construction (none comes from a gold file);
positives state the triples they must give, negatives the triples they must not."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


STATED = [
    # an "it" the text resolves to a maker, ordered by someone else: the maker supplies who orders it
    ("Aselsan makes the Korkut air defence gun. Hungary became the first EU member to order it in 2022.",
     {("aselsan", "suppliesTo", "hungary")}),
    ("Aselsan makes the Korkut air defence gun. Hungary ordered it in 2022.",
     {("aselsan", "suppliesTo", "hungary")}),
    # "from" on a technology the quantity is of, naming the seller by a description
    ("Albemarle runs a mine in Chile. Tesla signed a binding agreement in May to buy 500 tonnes of processed rare "
     "earths from the company this year.", {("albemarle", "suppliesTo", "tesla")}),
    # a list of takers stays a list
    ("Egypt, Algeria and Nigeria are taking delivery of drones from China.",
     {("china", "suppliesTo", "egypt"), ("china", "suppliesTo", "nigeria")}),
    # a description as the one supplied: the company supplied is a customer, not a business sold
    ("Bosch needs power chips for its brakes. Infineon has supplied the company since 2015.",
     {("infineon", "suppliesTo", "bosch")}),
    # a supply on a deal between a company and a state: the company supplies the state
    ("Poland signed a contract with Hyundai Rotem for the supply of 180 tanks.",
     {("hyundai-rotem", "suppliesTo", "poland")}),
    # states among a maker's operators (the maker through a reference back) were supplied by it
    ("Aselsan builds the Korkut gun. Qatar and Azerbaijan are among its other operators.",
     {("aselsan", "suppliesTo", "qatar"), ("aselsan", "suppliesTo", "azerbaijan")}),
    # goods received stay a supply
    ("Poland received 180 tanks from Hyundai Rotem.", {("hyundai-rotem", "suppliesTo", "poland")}),
    # a supplier role to another company stays a supply
    ("Samsung is Apple's biggest supplier of memory chips.", {("samsung-electronics", "suppliesTo", "apple")}),
]

NOT_STATED = [
    # a supply noun on a deal between two parties: no direction, so no supply
    ("Turkey signed a deal with Russia for the supply of S-400 systems.", ("turkey", "suppliesTo", "russia")),
    ("Turkey signed a deal with Russia for the supply of S-400 systems.", ("russia", "suppliesTo", "turkey")),
    ("Poland signed a contract with Hyundai Rotem for the supply of 180 tanks.",
     ("poland", "suppliesTo", "hyundai-rotem")),
    # operators of a country, or companies among a company's operators: no supply
    ("Telenor runs networks in Asia. Norway's mobile operators include Telenor and Telia.",
     ("norway", "suppliesTo", "telenor")),
    ("Huawei sells network gear. Telenor is among its operators.", ("huawei", "suppliesTo", "telenor")),
    # a company is no supplier to its own home country
    ("Japan will curb exports of chip tools. The rules could also hit Tokyo Electron, the country's biggest "
     "supplier of chipmaking tools.", ("tokyo-electron", "suppliesTo", "japan")),
    # money received is no supply
    ("The Tanami Lithium Project in Western Australia is to receive up to $300 million in concessional equity "
     "from Canberra.", ("australia", "suppliesTo", "tanami-lithium-project")),
    # "ordered it to" is a command, not an order of goods
    ("Huawei opened an office in Oslo. Norway later ordered it to close the office.",
     ("huawei", "suppliesTo", "norway")),
    # a company the quantity is of is bought, not supplied
    ("Tesla agreed to buy 20% of Albemarle from BlackRock.", ("blackrock", "suppliesTo", "tesla")),
    # a company sold stays a holding sold
    ("Bosch needs power chips for its brakes. Infineon sold the company to Siemens in 2015.",
     ("bosch", "suppliesTo", "siemens")),
    ("Bosch needs power chips for its brakes. Infineon sold the company to Siemens in 2015.",
     ("infineon", "suppliesTo", "siemens")),
    # a place bought is a holding
    ("The smelter will stand on a 90-acre plot in Corpus Christi, on the Texas Gulf Coast, which Albemarle has "
     "bought from BlackRock.", ("blackrock", "suppliesTo", "albemarle")),
    # a name before a comma is no taker (the parser joins "Ansar Dine, Mali" as a list without "and")
    ("More than a decade into its war with the Islamist insurgency Ansar Dine, Mali is taking delivery of four "
     "combat drones from Turkey, the latest in a string of sales.", ("turkey", "suppliesTo", "ansar-dine")),
    # negated
    ("Aselsan makes the Korkut air defence gun. Hungary did not order it.", ("aselsan", "suppliesTo", "hungary")),
]


@pytest.mark.parametrize(("text", "expected"), STATED)
def test_stated(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "triple"), NOT_STATED)
def test_not_stated(nlp, text, triple):
    assert triple not in triples(nlp, text)
