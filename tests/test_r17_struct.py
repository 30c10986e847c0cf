"""Structure and rivalry constructions of branch r17struct (kg/nlp/relations/r17struct.py, the respective titles of
structure.py and r13suite_people.py, focus.py's business shut down): fronted participles, titles on a tenure noun,
titles a body announces or gives, seats and posts, ``whose chairman is``, a leading verb read by order, ``will
become part of``, headquarters, ``puts X in competition with Y``, a second title of a pair, a head referred to
later. Sentences written for this test, none from a gold file nor from a benchmark or suite."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    ("Majority-owned by Tencent, Kuaishou opened a studio in Seoul.", ("kuaishou", "partOf", "tencent")),
    ("Headquartered in Norway, Kahoot hired 80 engineers.", ("kahoot", "basedIn", "norway")),
    ("Famous for its drones, Parrot cut its workforce.", ("parrot", "focusesOn", "drones")),
    ("Hired by the World Bank as its chief economist in 2019, Carmen Reinhart moved to Washington.",
     ("carmen-reinhart", "worksFor", "world-bank")),
    ("Pekka Lundmark's time as chief executive of Nokia ended in March.", ("pekka-lundmark", "leaderOf", "nokia")),
    ("Michelin named Florent Menegaux as chief executive.", ("florent-menegaux", "leaderOf", "michelin")),
    ("Diageo said Debra Crew will take over as chief executive in June.", ("debra-crew", "leaderOf", "diageo")),
    ("Joachim Nagel sits on the governing council of the European Central Bank.",
     ("joachim-nagel", "worksFor", "european-central-bank")),
    ("Philipp Hildebrand and Sergio Ermotti held senior posts at UBS.", ("sergio-ermotti", "worksFor", "ubs")),
    ("Equinor, whose chairman is Jon Erik Reinhardsen, raised its dividend.",
     ("jon-erik-reinhardsen", "leaderOf", "equinor")),
    ("Jane Fraser runs Citigroup.", ("jane-fraser", "leaderOf", "citigroup")),
    ("Juniper Networks will become part of Hewlett Packard Enterprise.",
     ("juniper-networks", "partOf", "hewlett-packard-enterprise")),
    ("Kaspi moved its headquarters to Kazakhstan.", ("kaspi-kz", "basedIn", "kazakhstan")),
    ("Shopify, which has its headquarters in Canada, raised prices.", ("shopify", "basedIn", "canada")),
    ("Grab plans to set up its headquarters in Indonesia.", ("grab", "basedIn", "indonesia")),
    ("Kuaishou cut prices on live shopping. The move puts the company in direct competition with ByteDance.",
     ("kuaishou", "competesWith", "bytedance")),
    ("Siemens chairman Jim Hagemann Snabe and chief executive Roland Busch met investors.",
     ("roland-busch", "leaderOf", "siemens")),
    ("Satya Nadella and Sundar Pichai, the chief executives of Microsoft and Google, met the president.",
     ("sundar-pichai", "leaderOf", "google")),
    ("Brian Niccol joined Starbucks in 2024. He now runs the company.", ("brian-niccol", "leaderOf", "starbucks")),
    ("Huawei's rivals, Ericsson and Nokia, cut jobs.", ("huawei", "competesWith", "nokia")),
    ("Among Huawei's competitors are Ericsson, Nokia and Samsung.", ("huawei", "competesWith", "ericsson")),
    ("SK Hynix and SK Telecom, both part of SK Group, raised output.", ("sk-telecom", "partOf", "sk-group")),
    ("Check Point's core business is cybersecurity.", ("check-point", "focusesOn", "cybersecurity")),
    ("Robotics is the main focus of Fanuc.", ("fanuc", "focusesOn", "robotics")),
]

ABSENT = [
    # a part or a seat no longer held, or never
    ("Formerly owned by Tencent, Kuaishou opened a studio in Seoul.", ("kuaishou", "partOf", "tencent")),
    ("Philipp Hildebrand never held a post at UBS.", ("philipp-hildebrand", "worksFor", "ubs")),
    ("Juniper Networks will not become part of Hewlett Packard Enterprise.",
     ("juniper-networks", "partOf", "hewlett-packard-enterprise")),
    ("Flutterwave moved its headquarters out of Nigeria.", ("flutterwave", "basedIn", "nigeria")),
    # a regional seat is not the home
    ("Huawei set up its European headquarters in Germany.", ("huawei", "basedIn", "germany")),
    # a business shut down is no field any more
    ("Samsung has shut down its drone business.", ("samsung-electronics", "focusesOn", "drones")),
    # each head the body in its place, not the first body
    ("Satya Nadella and Sundar Pichai, the chief executives of Microsoft and Google, met the president.",
     ("sundar-pichai", "leaderOf", "microsoft")),
    # a head is not also staff; a part of the body run is not the body
    ("Brian Niccol joined Starbucks in 2024. He now runs the company.", ("brian-niccol", "worksFor", "starbucks")),
    ("Brian Niccol joined Starbucks in 2024. He runs the company's Asian business.",
     ("brian-niccol", "leaderOf", "starbucks")),
    ("Brian Niccol joined Starbucks in 2024. He will lead the new unit.", ("brian-niccol", "leaderOf", "starbucks")),
    ("Among Huawei's competitors are not Ericsson and Nokia.", ("huawei", "competesWith", "ericsson")),
    ("Check Point's core business is not cybersecurity.", ("check-point", "focusesOn", "cybersecurity")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    """Each construction gives its relation."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", ABSENT)
def test_absent(nlp, text, absent):
    """Negated, former, other-body and staff readings give nothing."""
    assert not has_triple(triples(nlp, text), absent)


def test_status(nlp):
    """``will take over as`` is planned; ``will step down as`` says the post is held now."""
    from kg.nlp.extensions import relations

    taking = {(r.subject, r.predicate, r.object): r.status for r in relations(nlp(
        "Diageo said Debra Crew will take over as chief executive in June."))}
    leaving = {(r.subject, r.predicate, r.object): r.status for r in relations(nlp(
        "Michelin said Florent Menegaux will step down as chief executive in May."))}
    assert taking[("debra-crew", "leaderOf", "diageo")] == "planned"
    assert leaving[("florent-menegaux", "leaderOf", "michelin")] == "asserted"
