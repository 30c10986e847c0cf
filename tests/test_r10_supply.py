"""Supply constructions of the sixth round (branch r10supply): ``kg/nlp/relations/r10supply.py``,
``kg/nlp/relations/r10supply_goods.py`` and the ``r10supply_`` keys of ``data/lexicon/events.json``. Every sentence
is written for its construction (none comes from a gold file); each positive states the triples and the rule it
must give, each negative the triples it must not."""

from __future__ import annotations

import pytest

from rule_runs import rules_by_triple


def found(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each triple the pipeline finds, with every rule that found it."""
    return rules_by_triple(nlp, text)


MAKER = "event:maker-of-used-goods"
STATED = [
    # goods a user has, named with their maker
    ("The Indian Navy operates Rafale jets built by Dassault Aviation.",
     {("dassault-aviation", "suppliesTo", "indian-navy")}, MAKER),
    ("Poland deploys tanks made by Hyundai Rotem.", {("hyundai-rotem", "suppliesTo", "poland")}, MAKER),
    ("Poland may buy tanks made by Hyundai Rotem.", {("hyundai-rotem", "suppliesTo", "poland")}, MAKER),
    # a customer for goods named with their maker
    ("Germany became the first customer for the Eurofighter built by Airbus.",
     {("airbus", "suppliesTo", "germany")}, MAKER),
    # goods owned by one and supplied by another (a coordinated passive)
    ("The cable is owned by Telkom Indonesia and is supplied by Huawei.",
     {("huawei", "suppliesTo", "telkom-indonesia")}, MAKER),
    ("The network is operated by Vodafone and was built by Ericsson.",
     {("ericsson", "suppliesTo", "vodafone")}, MAKER),
    # a share of the goods in a country's places, passive
    ("Nearly 80% of the cranes at American ports were built by ZPMC.",
     {("zpmc", "suppliesTo", "united-states")}, MAKER),
    ("Most of the base stations in German networks were supplied by Huawei.",
     {("huawei", "suppliesTo", "germany")}, MAKER),
    # goods sent to a customer's facility
    ("Applied Materials sells equipment to Samsung's fabs.",
     {("applied-materials", "suppliesTo", "samsung-electronics")}, "event:facility-recipient"),
    ("ASML delivers lithography machines to the factories of TSMC.",
     {("asml", "suppliesTo", "tsmc")}, "event:facility-recipient"),
    # a supply noun: the supplier on the goods, the recipient hung on the goods
    ("Nvidia's supply of chips to Alibaba grew last year.",
     {("nvidia", "suppliesTo", "alibaba-group")}, "event:goods-to-recipient"),
    ("The sale of Russian S-400 systems to Turkey angered Washington.",
     {("russia", "suppliesTo", "turkey")}, "event:goods-to-recipient"),
    ("The deliveries of S-400 systems from Russia to Turkey began in 2019.",
     {("russia", "suppliesTo", "turkey")}, "event:goods-to-recipient"),
    ("The delivery of drones by Baykar to Ukraine began in May.",
     {("baykar", "suppliesTo", "ukraine")}, "event:goods-to-recipient"),
    # a customer counted
    ("TSMC counts Apple and Nvidia among its biggest customers.",
     {("tsmc", "suppliesTo", "apple"), ("tsmc", "suppliesTo", "nvidia")}, "event:counted-customer"),
    # a supplier chosen, the parser taking its name for a clause
    ("Kenya's Electoral Commission has chosen the US company Ipsidy to provide biometric identification.",
     {("ipsidy", "suppliesTo", "electoral-commission")}, "event:chosen-name-supplier"),
    # a supplier's or a customer's role before a name
    ("Apple supplier Foxconn will build a plant in India.", {("foxconn", "suppliesTo", "apple")},
     "event:named-party"),
    ("Nvidia customer Microsoft reported strong sales.", {("nvidia", "suppliesTo", "microsoft")},
     "event:named-party"),
    # a state's contract with a company for the delivery of goods
    ("Egypt signed a contract with Dassault Aviation for the delivery of 30 Rafale jets.",
     {("dassault-aviation", "suppliesTo", "egypt")}, "event:contract-for-delivery"),
    # goods got or licensed from a supplier
    ("Samsung gets its modems from Qualcomm.", {("qualcomm", "suppliesTo", "samsung-electronics")},
     "event:got-from"),
    ("Microsoft licenses technology from OpenAI.", {("openai", "suppliesTo", "microsoft")}, "event:got-from"),
    # goods named with their maker's name, used or bought
    ("Vodafone uses Huawei equipment.", {("huawei", "suppliesTo", "vodafone")}, "event:named-maker-goods"),
    ("Poland bought Hanwha howitzers.", {("hanwha-aerospace", "suppliesTo", "poland")}, "event:named-maker-goods"),
    # goods sent or donated
    ("North Korea has sent millions of artillery shells to Russia.", {("north-korea", "suppliesTo", "russia")},
     "event:sent-goods"),
    ("Germany donated air defence systems to Ukraine.", {("germany", "suppliesTo", "ukraine")},
     "event:sent-goods"),
    # goods sent in the passive, their maker named on them
    ("Baykar's drones were delivered to Ukraine.", {("baykar", "suppliesTo", "ukraine")},
     "event:passive-goods-flow"),
    ("Chinese drones were sold to Nigeria.", {("china", "suppliesTo", "nigeria")}, "event:passive-goods-flow"),
    # a seller's market
    ("India is Russia's biggest arms market.", {("russia", "suppliesTo", "india")}, "event:market"),
    ("China is the top export market for Australian iron ore.", {("australia", "suppliesTo", "china")},
     "event:market"),
    # a product paired with its maker earlier in the text, bought or used later
    ("Germany has chosen the PULS rocket artillery system of Elbit Systems. The Netherlands had already bought PULS.",
     {("elbit-systems", "suppliesTo", "netherlands")}, "event:named-product"),
    ("The CH-4 Rainbow is built by China Aerospace Science and Technology Corporation. Iraq operates the CH-4.",
     {("casc", "suppliesTo", "iraq")}, "event:named-product"),
    ("Germany has chosen the PULS rocket artillery system of Haifa-based Elbit Systems. Denmark and Spain have also "
     "ordered the Israeli system.", {("elbit-systems", "suppliesTo", "denmark"),
                                     ("elbit-systems", "suppliesTo", "spain")}, "event:named-product"),
    # an owner's goods (or a share of its imports) coming from a supplier
    ("Most of India's weapons come from Russia.", {("russia", "suppliesTo", "india")}, "event:come-from"),
    ("About 60% of India's arms imports came from Russia.", {("russia", "suppliesTo", "india")},
     "event:come-from"),
]


@pytest.mark.parametrize("text,expected,rule", STATED, ids=[t[:48] for t, _, _ in STATED])
def test_construction_gives_its_relations(nlp, text: str, expected: set[tuple[str, str, str]], rule: str) -> None:
    got = found(nlp, text)
    assert expected <= set(got), f"missing {expected - set(got)} in {sorted(got)}"
    assert all(rule in got[t] for t in expected), {t: got[t] for t in expected}


NOT_STATED = [
    # negated use, praise is no use, a negated sale to a facility
    ("Poland does not deploy tanks made by Hyundai Rotem.", {("hyundai-rotem", "suppliesTo", "poland")}),
    ("Germany praised tanks made by Rheinmetall.", {("rheinmetall", "suppliesTo", "germany")}),
    ("Huawei will not sell routers to Vodafone's networks.", {("huawei", "suppliesTo", "vodafone")}),
    # a halted, banned or blocked supply is a curb, not a supply
    ("Nvidia's supply of chips to Alibaba was halted.", {("nvidia", "suppliesTo", "alibaba-group")}),
    ("The sale of American chips to China was banned.", {("united-states", "suppliesTo", "china")}),
    ("Washington called for a ban on the sale of Nvidia's chips to Huawei.", {("nvidia", "suppliesTo", "huawei")}),
    # a customer not counted; a company chosen to do something else than supply
    ("TSMC does not count Huawei among its customers.", {("tsmc", "suppliesTo", "huawei")}),
    ("Kenya's Electoral Commission has chosen the US company Ipsidy to study the market.",
     {("ipsidy", "suppliesTo", "electoral-commission")}),
    # owned and designed is no supply; the maker of goods someone merely inspects
    ("The cable is owned by Telkom Indonesia and was designed by Huawei.",
     {("huawei", "suppliesTo", "telkom-indonesia")}),
    ("Germany inspected drones made by Baykar.", {("baykar", "suppliesTo", "germany")}),
    # a country's supplier is a company based there, not one supplying it
    ("Chinese supplier Huawei won the tender.", {("huawei", "suppliesTo", "china")}),
    # a contract not signed; a contract between two states says nobody's side
    ("Egypt did not sign a contract with Dassault Aviation for the delivery of 30 Rafale jets.",
     {("dassault-aviation", "suppliesTo", "egypt")}),
    ("Egypt signed a contract with France for the delivery of 30 Rafale jets.",
     {("france", "suppliesTo", "egypt"), ("egypt", "suppliesTo", "france")}),
    # money, not goods, got from someone
    ("Samsung gets funding from SoftBank.", {("softbank-group", "suppliesTo", "samsung-electronics")}),
    # negated use; troops, envoys and letters are no goods; a negated sending
    ("Vodafone does not use Huawei equipment.", {("huawei", "suppliesTo", "vodafone")}),
    ("Russia sent troops to Belarus.", {("russia", "suppliesTo", "belarus")}),
    ("Iran sent a letter to the United Nations.", {("iran", "suppliesTo", "united-nations")}),
    ("North Korea did not send shells to Russia.", {("north-korea", "suppliesTo", "russia")}),
    # a market no longer
    ("China is no longer a market for Nvidia.", {("nvidia", "suppliesTo", "china")}),
    # an abbreviation is no product name; a product not bought
    ("The agency runs the Pentagon's IT networks. Italy runs IT services.",
     {("united-states-department-of-defense", "suppliesTo", "italy")}),
    ("Germany has chosen the PULS system of Elbit Systems. The Netherlands did not buy PULS.",
     {("elbit-systems", "suppliesTo", "netherlands")}),
    # people are no goods; goods that no longer come from a supplier
    ("Apple's engineers come from Google.", {("google", "suppliesTo", "apple")}),
    ("Most of India's weapons no longer come from Russia.", {("russia", "suppliesTo", "india")}),
    # a system of another nationality than the maker's
    ("Germany has chosen the PULS rocket artillery system of Haifa-based Elbit Systems. Denmark ordered the American "
     "system.", {("elbit-systems", "suppliesTo", "denmark")}),
]


@pytest.mark.parametrize("text,absent", NOT_STATED, ids=[t[:48] for t, _ in NOT_STATED])
def test_not_stated_gives_nothing(nlp, text: str, absent: set[tuple[str, str, str]]) -> None:
    got = set(found(nlp, text))
    assert not absent & got, f"unexpected {absent & got}"
