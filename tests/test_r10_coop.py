"""Cooperation and agreements of round 10 (kg/nlp/relations/r10coop.py, word lists ``r10coop_*`` in
data/lexicon/cooperation.json): ``together with`` hung on the verb of a joint act, the staff of one body working
with another, deals one agrees to make with another, and joint acts written with ``co-`` (``co-develop``). Every
sentence is written for its construction (none from a gold file); the negatives show what each construction must
leave alone (negation, conditions, a clause of another kind, another party's staff)."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


FOUND = [
    # "together with" on the verb: the agent of a passive, the subject, or the subject of the clause a noun is in
    ("The report was published by the Ministry of Finance together with the Bank of Japan.",
     [("ministry-of-finance", "cooperatesWith", "bank-of-japan")]),
    ("Toyota and Honda said they would look for ways to expand the plant together with the Thai government and "
     "with PTT.",
     [("toyota", "cooperatesWith", "government-of-thailand"), ("honda", "cooperatesWith", "ptt")]),
    ("Cisco, along with Ericsson, will build the network.", [("cisco", "cooperatesWith", "ericsson")]),
    ("Tesla and Panasonic jointly operate the Gigafactory.", [("tesla", "cooperatesWith", "panasonic")]),
    # in conjunction, tandem, concert or consultation with another
    ("Rolls-Royce developed the engine in tandem with Safran.", [("rolls-royce", "cooperatesWith", "safran")]),
    ("The rules were drawn up in consultation with the Swedish Armed Forces by the Swedish Post and Telecom "
     "Authority.", [("swedish-post-and-telecom-authority", "cooperatesWith", "swedish-armed-forces")]),
    # phrasal verbs of partnering, and a headline's "X teams with Y"
    ("Intel links up with Mediatek on foundry services.", [("intel", "cooperatesWith", "mediatek")]),
    ("Nokia teams with Microsoft on private 5G.", [("nokia", "cooperatesWith", "microsoft")]),
    # the staff of a named body, or of the subject of the clause "its" follows
    ("Nokia's researchers worked with Ericsson on the standard.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Toyota will open a lab in Nagoya, and its engineers will work with Panasonic on batteries.",
     [("toyota", "cooperatesWith", "panasonic")]),
    # a deal one agrees to make: a sale to another, a payment to another
    ("Siemens has agreed to sell its stake in the venture to Bosch.", [("siemens", "agreementWith", "bosch")]),
    ("Rio Tinto has agreed to pay Codelco $500 million to settle the dispute.",
     [("rio-tinto", "agreementWith", "codelco")]),
    ("Vodafone has agreed to negotiate the sale of its stake to Telefonica.",
     [("vodafone", "agreementWith", "telefonica")]),
    # "co-" joint acts: the subjects together, or the subject with its "with" partner
    ("Samsung and LG co-developed the new display.", [("samsung-electronics", "cooperatesWith", "lg-electronics")]),
    ("Airbus co-designed the satellite with Thales.", [("airbus", "cooperatesWith", "thales")]),
    # a partner hung on a signed deal's topic has the agreement
    ("South Korea signed an agreement on semiconductors with the Netherlands.",
     [("south-korea", "agreementWith", "netherlands")]),
    ("Namibia signed a joint declaration on renewable energy financing with Germany.",
     [("namibia", "agreementWith", "germany")]),
]

LEFT_ALONE = [
    # "together with" on those acted on, or on a verb that is no joint act
    ("Huawei was banned together with ZTE.", [("huawei", "cooperatesWith", "zte")]),
    ("Bolivia, which together with Argentina and Chile forms the lithium triangle, has large reserves.",
     [("bolivia", "cooperatesWith", "argentina"), ("bolivia", "cooperatesWith", "chile")]),
    ("The report was not published by the Ministry of Finance together with the Bank of Japan.",
     [("ministry-of-finance", "cooperatesWith", "bank-of-japan")]),
    ("Cisco, along with Ericsson, was fined by regulators.", [("cisco", "cooperatesWith", "ericsson")]),
    ("Russia, along with China, opposed the resolution.", [("russia", "cooperatesWith", "china")]),
    ("TSMC and Samsung together produce most of the world's advanced chips.",
     [("tsmc", "cooperatesWith", "samsung-electronics")]),
    ("Rolls-Royce did not develop the engine in tandem with Safran.", [("rolls-royce", "cooperatesWith", "safran")]),
    ("Nokia teams are in Berlin with Microsoft staff.", [("nokia", "cooperatesWith", "microsoft")]),
    # negated staff work; "its" after another organisation named in the sentence is unclear
    ("Nokia's researchers did not work with Ericsson.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Toyota praised Honda's designs before its engineers began to work with Panasonic.",
     [("honda", "cooperatesWith", "panasonic"), ("toyota", "cooperatesWith", "panasonic")]),
    # a refusal, a condition, a fine paid to an authority, a purchase of goods
    ("BHP did not agree to sell the mine to Glencore.", [("bhp", "agreementWith", "glencore")]),
    ("Siemens may agree to sell the unit to Bosch if regulators approve.", [("siemens", "agreementWith", "bosch")]),
    ("Rio Tinto agreed to pay a fine of $15 million to the SEC.",
     [("rio-tinto", "agreementWith", "securities-and-exchange-commission")]),
    ("Norway agreed to buy ten submarines from ThyssenKrupp.", [("norway", "agreementWith", "thyssenkrupp")]),
    # a deal about a field stays an agreement (no cooperation); a deal not signed, or only supposed
    ("South Korea signed an agreement on semiconductors with the Netherlands.",
     [("south-korea", "cooperatesWith", "netherlands")]),
    ("South Korea did not sign an agreement on semiconductors with the Netherlands.",
     [("south-korea", "agreementWith", "netherlands")]),
    ("South Korea could sign an agreement on semiconductors with the Netherlands if talks go well.",
     [("south-korea", "agreementWith", "netherlands")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_construction_found(nlp, text, expected):
    found = triples(nlp, text)
    for s, p, o in expected:
        assert has(found, s, p, o), (s, p, o, sorted(found))


@pytest.mark.parametrize("text,unexpected", LEFT_ALONE)
def test_construction_left_alone(nlp, text, unexpected):
    found = triples(nlp, text)
    for s, p, o in unexpected:
        assert not has(found, s, p, o), (s, p, o, sorted(found))


def own_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations this module's rules give (other rules read ``co-`` words apart and miss their ``not``)."""
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))
            if any(e.rule.startswith("r10coop:") for e in r.evidence)}


@pytest.mark.parametrize("text", [
    "Samsung and LG might co-develop a display if the talks succeed.",
    "Airbus did not co-design the satellite with Thales.",
    "Samsung did not co-develop the display with LG.",
])
def test_co_verb_negated_or_supposed(nlp, text):
    assert not {t for t in own_triples(nlp, text) if t[1] == "cooperatesWith"}


def test_co_verb_rule_gives_the_pair(nlp):
    assert has(own_triples(nlp, "Samsung and LG co-developed the new display."),
               "samsung-electronics", "cooperatesWith", "lg-electronics")


def test_rules_are_gated_by_trigger_words():
    """Every round-10 rule runs only in sentences with its trigger words."""
    from kg.nlp.relations import r10coop
    from kg.nlp.relations.index import TRIGGERS

    rules = [getattr(r10coop, name) for name in dir(r10coop) if name.endswith("_rule")]
    assert rules and all(TRIGGERS[rule].words is not None for rule in rules)
