"""Supply constructions of the seventh round (branch r11supa): ``kg/nlp/relations/r11supa.py``,
``kg/nlp/relations/r11supa2.py`` and the ``r11supa_`` keys of ``data/lexicon/events.json``. Every sentence is written
for its construction (none comes from a gold file); each positive states the triples and the rule it must give, each
negative the triples it must not."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def found(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each triple the pipeline finds, with the rules that found it."""
    return {(r.subject, r.predicate, r.object): {e.rule for e in r.evidence} for r in relations(nlp(text))}


STATED = [
    # customers named as examples of the recipient
    ("Huawei has sold routers to partners such as Nigeria and Venezuela.",
     {("huawei", "suppliesTo", "nigeria"), ("huawei", "suppliesTo", "venezuela")}, "event:example-recipients"),
    ("Thales supplies radars to customers like Poland and Estonia.",
     {("thales", "suppliesTo", "poland"), ("thales", "suppliesTo", "estonia")}, "event:example-recipients"),
    # goods bought or used, their seller named on them
    ("Washington sanctioned Turkey over its purchase of Russian S-400 systems.",
     {("russia", "suppliesTo", "turkey")}, "event:bought-goods"),
    ("The report questioned the use of Huawei equipment by Telenor.",
     {("huawei", "suppliesTo", "telenor")}, "event:bought-goods"),
    ("Egypt's order for 30 Dassault jets was confirmed.",
     {("dassault-aviation", "suppliesTo", "egypt")}, "event:bought-goods"),
    # goods given to a recipient, their supplier named on them
    ("The workshop repairs Western armoured vehicles given to Kyiv.",
     {("the-west", "suppliesTo", "ukraine")}, "event:given-goods"),
    ("Russian-made S-400 systems delivered to Turkey arrived in July.",
     {("russia", "suppliesTo", "turkey")}, "event:given-goods"),
    # a supplier of an actor
    ("Ericsson is a supplier of Vodafone.", {("ericsson", "suppliesTo", "vodafone")}, "event:supplier-of"),
    ("Ericsson, a longtime supplier of Vodafone, cut jobs.", {("ericsson", "suppliesTo", "vodafone")},
     "event:supplier-of"),
    # goods made for a company
    ("TSMC makes chips for Apple.", {("tsmc", "suppliesTo", "apple")}, "event:goods-made-for"),
    # an order placed, the maker on the goods
    ("Poland placed an order for 180 tanks with Hyundai Rotem.", {("hyundai-rotem", "suppliesTo", "poland")},
     "event:order-with-maker"),
    # goods a user has, their supplier named by "from" or by a national adjective
    ("The Indian Air Force operates Rafale jets from Dassault.",
     {("dassault-aviation", "suppliesTo", "indian-air-force")}, "event:used-goods"),
    ("The Polish army will be equipped with K2 tanks from Hyundai Rotem.",
     {("hyundai-rotem", "suppliesTo", "army-of-poland")}, "event:used-goods"),
    ("Ukraine uses Western weapons.", {("the-west", "suppliesTo", "ukraine")}, "event:used-goods"),
    ("The Philippines operates Indian BrahMos missiles.", {("india", "suppliesTo", "philippines")},
     "event:used-goods"),
    ("Pakistan operates a squadron of Chinese fighter jets.", {("china", "suppliesTo", "pakistan")},
     "event:used-goods"),
    # "its" goods used by several users: the company that says so
    ("Microsoft announced that Infosys and Wipro will use its cloud platform.",
     {("microsoft", "suppliesTo", "infosys"), ("microsoft", "suppliesTo", "wipro")}, "event:used-goods"),
    # an owner's fleet of goods named with their maker
    ("India's fleet of Russian-made Su-30 fighters is ageing.", {("russia", "suppliesTo", "india")}, "event:fleet"),
    # a contract named with its customer, won
    ("Lockheed Martin won a $2 billion Pentagon contract for missiles.",
     {("lockheed-martin", "suppliesTo", "united-states-department-of-defense")}, "event:named-contract"),
    ("Hanwha secured a Polish contract for howitzers.", {("hanwha-aerospace", "suppliesTo", "poland")},
     "event:named-contract"),
    # parts used in a company's product
    ("Samsung supplies memory chips used in Apple's iPhones.", {("samsung-electronics", "suppliesTo", "apple")},
     "event:used-in-product"),
    ("Sony's sensors are used in Apple's phones.", {("sony", "suppliesTo", "apple")}, "event:used-in-product"),
    # a customer for goods named with their maker
    ("Turkey is the biggest customer for Chinese drones.", {("china", "suppliesTo", "turkey")},
     "event:customer-for-goods"),
    ("Washington has allowed Poland to become a buyer of HIMARS, the rocket launcher made by Lockheed Martin.",
     {("lockheed-martin", "suppliesTo", "poland")}, "event:customer-for-goods"),
    # a deal held by the supplier, to supply a customer
    ("Samsung's deal to supply Apple with displays was extended.", {("samsung-electronics", "suppliesTo", "apple")},
     "event:holder-deal-to-supply"),
    # a customer signed up; goods chosen, named with their maker
    ("Qualcomm signed up Samsung as a customer.", {("qualcomm", "suppliesTo", "samsung-electronics")},
     "event:signed-customer"),
    ("TSMC added Nvidia as a client.", {("tsmc", "suppliesTo", "nvidia")}, "event:signed-customer"),
    ("Samsung chose Qualcomm modems for its phones.", {("qualcomm", "suppliesTo", "samsung-electronics")},
     "event:chosen-goods"),
    ("Egypt selected French jets.", {("france", "suppliesTo", "egypt")}, "event:chosen-goods"),
    # goods rushed to a recipient, "to" hanging on the goods counted
    ("SpaceX rushed thousands of terminals to Ukraine.", {("spacex", "suppliesTo", "ukraine")}, "event:sent-goods"),
    # a seller's revenue from a customer
    ("Nvidia gets a fifth of its revenue from China.", {("nvidia", "suppliesTo", "china")}, "event:revenue-source"),
    ("China accounted for about a quarter of ASML's revenue last year.", {("asml", "suppliesTo", "china")},
     "event:revenue-source"),
    # goods named with their maker, used by a user
    ("Iranian drones used by Russia hit Kyiv.", {("iran", "suppliesTo", "russia")}, "event:goods-used-by"),
    # a delivery of goods named with their maker's name
    ("The deliveries of Dassault jets to India began in 2020.", {("dassault-aviation", "suppliesTo", "india")},
     "event:goods-to-recipient"),
    # a supplier for a thing an owner has
    ("Huawei is the main vendor for Telefonica's 5G network.", {("huawei", "suppliesTo", "telefonica")},
     "event:for-owned-thing"),
    ("ZTE provided the equipment for Ethiopia's telecom network.", {("zte", "suppliesTo", "ethiopia")},
     "event:for-owned-thing"),
]


@pytest.mark.parametrize("text,expected,rule", STATED, ids=[t[:48] for t, _, _ in STATED])
def test_construction_gives_its_relations(nlp, text: str, expected: set[tuple[str, str, str]], rule: str) -> None:
    got = found(nlp, text)
    assert expected <= set(got), f"missing {expected - set(got)} in {sorted(got)}"
    assert all(rule in got[t] for t in expected), {t: got[t] for t in expected}


NOT_STATED = [
    # a negated sale to example customers; a halted one
    ("Huawei has not sold routers to partners such as Nigeria.", {("huawei", "suppliesTo", "nigeria")}),
    # a banned purchase; a purchase whose buyer the pronoun does not say
    ("Washington banned the purchase of Huawei equipment by Telenor.", {("huawei", "suppliesTo", "telenor")}),
    ("The United States praised its purchase of Russian S-400 systems.", {("russia", "suppliesTo", "united-states")}),
    # an order that is not for goods
    ("Biden's order for Huawei's removal was signed.", {("huawei", "suppliesTo", "joe-biden")}),
    # goods not given; goods given to a place are no supply from their maker
    ("Western armoured vehicles were never given to Kyiv.", {("the-west", "suppliesTo", "ukraine")}),
    # a supplier of goods names no customer; no supplier
    ("Ericsson is a supplier of Chinese chips.", {("ericsson", "suppliesTo", "china")}),
    ("Ericsson is no longer a supplier of Vodafone.", {("ericsson", "suppliesTo", "vodafone")}),
    # made easier is not made; not made
    ("The rule makes it easier for Apple.", set()),
    ("TSMC does not make chips for Huawei.", {("tsmc", "suppliesTo", "huawei")}),
    # a hypothetical order
    ("Poland did not place an order for tanks with Hyundai Rotem.", {("hyundai-rotem", "suppliesTo", "poland")}),
    # bombers flown from a country's bases; a resolution is no goods; their own goods; not used
    ("Russia flew bombers from Belarus.", {("belarus", "suppliesTo", "russia")}),
    ("The General Assembly adopted a Chinese resolution on artificial intelligence.", set()),
    ("Researchers from Russia and China used a Chinese satellite.", {("china", "suppliesTo", "russia")}),
    ("The Indian Air Force does not operate jets from Dassault.",
     {("dassault-aviation", "suppliesTo", "indian-air-force")}),
    # a contract lost; chips used in a country name no customer
    ("Lockheed Martin did not win the Pentagon contract.",
     {("lockheed-martin", "suppliesTo", "united-states-department-of-defense")}),
    ("Nvidia chips used in China were smuggled.", {("nvidia", "suppliesTo", "china")}),
    # a customer no longer; a deal cancelled or scrapped
    ("Turkey is no longer a customer for Chinese drones.", {("china", "suppliesTo", "turkey")}),
    ("Samsung's deal to supply Apple with displays was cancelled.", {("samsung-electronics", "suppliesTo", "apple")}),
    ("Apple scrapped Samsung's deal to supply Apple with displays.", {("samsung-electronics", "suppliesTo", "apple")}),
    # a customer not signed; jets not selected; troops are no goods
    ("Qualcomm did not sign up Samsung as a customer.", {("qualcomm", "suppliesTo", "samsung-electronics")}),
    ("Egypt did not select French jets.", {("france", "suppliesTo", "egypt")}),
    ("Russia rushed thousands of troops to Belarus.", {("russia", "suppliesTo", "belarus")}),
    # revenue no longer earned; a market's share names no seller; funding is no revenue
    ("Nvidia no longer gets revenue from China.", {("nvidia", "suppliesTo", "china")}),
    ("China does not account for much of Nvidia's revenue.", {("nvidia", "suppliesTo", "china")}),
    ("China accounts for 20% of global chip sales.", set()),
    ("Nvidia gets funding from SoftBank.", {("nvidia", "suppliesTo", "softbank-group")}),
    # goods not used; goods given, then curbed
    ("Chinese drones were not used by Russia.", {("china", "suppliesTo", "russia")}),
    ("Thales radars delivered to Egypt were banned.", {("thales", "suppliesTo", "egypt")}),
    # money is no goods; equipment not provided; a supplier no longer
    ("The European Union provided funding for Ukraine's reconstruction.",
     {("european-union", "suppliesTo", "ukraine")}),
    ("ZTE did not provide equipment for Ethiopia's network.", {("zte", "suppliesTo", "ethiopia")}),
    ("Huawei is no longer a supplier for Vodafone's network.", {("huawei", "suppliesTo", "vodafone")}),
    # "its" may be the single user's own; "their own" is
    ("Microsoft said Infosys will use its software.", {("microsoft", "suppliesTo", "infosys")}),
    ("Microsoft said Infosys and Wipro will use their own software.", {("microsoft", "suppliesTo", "infosys")}),
]


@pytest.mark.parametrize("text,absent", NOT_STATED, ids=[t[:48] for t, _ in NOT_STATED])
def test_construction_does_not_overreach(nlp, text: str, absent: set[tuple[str, str, str]]) -> None:
    got = found(nlp, text)
    assert not absent & set(got), sorted(got)
    if not absent:  # nothing supplied at all
        assert not [t for t in got if t[1] == "suppliesTo"], sorted(got)
