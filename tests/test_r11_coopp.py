"""Precision of cooperatesWith (round 11, kg/nlp/relations/r11coopp.py, word lists ``r11coopp_*`` in
data/lexicon/cooperation.json): readings that are not cooperation. Every sentence is written for its construction
(none from a gold file); each negative has a positive beside it that must still be found."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


def cooperating(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in found if p == "cooperatesWith"}


NOT_FOUND = [
    # a passive of a making verb without an agent: its subject is the thing made
    ("The Future Combat Aircraft (FCA) is to be developed with Tata Group and Mahindra.",
     [("future-combat-aircraft", "cooperatesWith", "tata-group"),
      ("future-combat-aircraft", "cooperatesWith", "mahindra-group")]),
    ("The Future Combat Aircraft (FCA) is to be designed and produced with Tata Group.",
     [("future-combat-aircraft", "cooperatesWith", "tata-group")]),
    # a bloc that brings its members together
    ("APEC brings together Japan, Chile and Peru.",
     [("japan", "cooperatesWith", "chile"), ("chile", "cooperatesWith", "peru")]),
    # the ally of a bloc is its member, and a sanction against it is no description of the sanctioner
    ("Washington imposed sanctions on Ankara, a NATO ally.", [("nato", "cooperatesWith", "turkey")]),
    ("The United States turned its law against a NATO ally.", [("nato", "cooperatesWith", "united-states")]),
    # a name that holds the trigger word
    ("The loan is financed through the Digital Trade Partnership and Japan's JICA presents it as a joint effort.",
     [("digital-trade-partnership", "cooperatesWith", "jica")]),
    # a trade pact is an agreement only
    ("Vietnam and Chile will sign an economic partnership agreement next month.",
     [("vietnam", "cooperatesWith", "chile")]),
    # the technology partners of a project listed
    ("Microsoft, Nvidia and Oracle are technology partners.", [("microsoft", "cooperatesWith", "nvidia")]),
    # a consequence under a condition, and a cooperation terminated or dissolved
    ("Sony would cooperate with Tencent if the rules allowed it.", [("sony", "cooperatesWith", "tencent")]),
    ("Sony could supply chips to Tencent unless Washington objects.", [("sony", "suppliesTo", "tencent")]),
    ("Honda terminated its alliance with Nissan.", [("honda", "cooperatesWith", "nissan")]),
    ("Siemens and Rosatom dissolved their partnership last year.", [("siemens", "cooperatesWith", "rosatom")]),
    # the partner replaced is no partner of who replaced it
    ("Huawei replaced Ericsson as a partner of Telenor.", [("huawei", "cooperatesWith", "ericsson")]),
    # a venture created jointly is a joint venture
    ("Mubadala has pledged money for a fund that it is creating jointly with Temasek.",
     [("mubadala", "cooperatesWith", "temasek")]),
    ("The joint company, to be run by Mubadala and Temasek together, will invest in chip plants.",
     [("mubadala", "cooperatesWith", "temasek")]),
]


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_cooperation(nlp, text, absent):
    found = triples(nlp, text)
    for s, p, o in absent:
        assert not has(found, s, p, o), (text, (s, p, o), found)


FOUND = [
    # the active, or a passive with its agent, still pairs the parties
    ("Tata Group developed and produced the engine with Mahindra.",
     [("tata-group", "cooperatesWith", "mahindra-group")]),
    ("The satellite was built with Thales Alenia Space by Roscosmos.",
     [("roscosmos", "cooperatesWith", "thales-alenia-space")]),
    # a programme that brings parties together
    ("The programme brings together Rostec and Safran.", [("rostec", "cooperatesWith", "safran")]),
    # a state's ally, and an ally described as such
    ("Japan, a US ally, signed the deal.", [("japan", "cooperatesWith", "united-states")]),
    ("Gazprom serves as Sinopec's partner.", [("gazprom", "cooperatesWith", "sinopec")]),
    ("Russia plans to build the station together with its Chinese partners.", [("russia", "cooperatesWith", "china")]),
    # a cooperation or technology partnership agreement is cooperation as well
    ("Vietnam and Chile will sign a technology partnership agreement next month.",
     [("vietnam", "cooperatesWith", "chile"), ("vietnam", "agreementWith", "chile")]),
    ("Serbia and China signed an agreement on economic cooperation.", [("serbia", "cooperatesWith", "china")]),
    # what is run together, not a joint venture
    ("The research centre will be run by Mubadala and Temasek together.",
     [("mubadala", "cooperatesWith", "temasek")]),
    # a plan that holds under a condition, and a consequence said plainly
    ("Sony will cooperate with Tencent if the rules allow it.", [("sony", "cooperatesWith", "tencent")]),
    ("Sony would cooperate with Tencent, the company said.", [("sony", "cooperatesWith", "tencent")]),
    # a name holding the trigger word does not hide the parties the sentence names beside it
    ("The Korea-Japan Partnership Forum said Samsung would cooperate with Sony.",
     [("samsung-electronics", "cooperatesWith", "sony")]),
    # a partner chosen
    ("Telenor chose Huawei as its partner.", [("telenor", "cooperatesWith", "huawei")]),
    # two or three named partners with no project word
    ("Microsoft, Nvidia and Oracle are partners.", [("microsoft", "cooperatesWith", "nvidia")]),
    ("Microsoft and OpenAI are partners.", [("microsoft", "cooperatesWith", "openai")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_still_cooperation(nlp, text, expected):
    found = triples(nlp, text)
    for s, p, o in expected:
        assert has(found, s, p, o), (text, (s, p, o), found)


def test_partitive_among_names_no_parties(nlp):
    """``…, energy cooperation among them`` picks one of the areas listed; ``cooperation among them`` in its own
    right still pairs them."""
    partitive = "Sergey Lavrov and Wang Yi held talks. The agenda included many areas, energy cooperation among them."
    assert frozenset(("sergei-lavrov", "wang-yi")) not in cooperating(triples(nlp, partitive))
    plain = "Kazakhstan, Uzbekistan and Kyrgyzstan said cooperation among them would grow."
    assert frozenset(("kazakhstan", "uzbekistan")) in cooperating(triples(nlp, plain))
