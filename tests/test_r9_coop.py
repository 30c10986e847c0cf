"""Cooperation and rivalry of round 9 (kg/nlp/relations/r9coop.py and trigger words in data/lexicon/triggers.json):
partners one enlists or turns to; later ``between`` phrases of a partnership noun; the makers of a
pact meant to counter someone; rivalry nouns and verbs (race, standoff, showdown, clash, surpass) and
cooperation words (coordinate, rapprochement). Every sentence is written for its construction (none from a gold
file); the negatives show what each construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


FOUND = [
    # a partner one recruits: enlist, sign up, tap, turn to (a company's product stands for the company)
    ("Microsoft enlisted Nvidia to build the new supercomputer.", [("microsoft", "cooperatesWith", "nvidia")]),
    ("After Visa left, Sberbank turned to UnionPay for card payments.",
     [("sberbank", "cooperatesWith", "china-unionpay")]),
    ("Samsung turned to Baidu's Ernie model to power its phones in China.",
     [("samsung-electronics", "cooperatesWith", "baidu")]),
    # a partnership noun's later "between" phrases
    ("The European Union and Chile signed partnerships between the EU and Kazakhstan, and between the EU and Namibia.",
     [("european-union", "cooperatesWith", "kazakhstan"), ("european-union", "cooperatesWith", "namibia")]),
    # the makers of a pact compete with whom it is meant to counter
    ("India and France signed a defence pact aimed at countering China in the Indian Ocean.",
     [("india", "competesWith", "china"), ("france", "competesWith", "china")]),
    ("The United States and Japan signed a critical minerals agreement on Tuesday. The pact is also meant to counter "
     "China, which Tokyo accuses of coercion.",
     [("united-states", "competesWith", "china"), ("japan", "competesWith", "china")]),
    ("The deal between Lyft and Baidu is meant to challenge Uber's dominance in Europe.",
     [("lyft", "competesWith", "uber"), ("baidu", "competesWith", "uber")]),
    # trigger words: cooperation
    ("Mitsubishi and Fujitsu will coordinate with Toyota on battery research.",
     [("mitsubishi", "cooperatesWith", "toyota"), ("fujitsu", "cooperatesWith", "toyota")]),
    ("The rapprochement between Japan and South Korea helped chipmakers.",
     [("japan", "cooperatesWith", "south-korea")]),
    # trigger words: rivalry
    ("Boeing clashed with Airbus over subsidies.", [("boeing", "competesWith", "airbus")]),
    ("The race between the United States and China for AI leadership is intensifying.",
     [("united-states", "competesWith", "china")]),
    ("Huawei is locked in a showdown with Apple for the premium phone market.", [("huawei", "competesWith", "apple")]),
    ("India's standoff with China continued in the Himalayas.", [("india", "competesWith", "china")]),
    ("BYD surpassed Tesla in electric car sales.", [("byd", "competesWith", "tesla")]),
]

LEFT_ALONE = [
    # negated, or nothing recruited
    ("Samsung did not turn to Baidu for its AI features.", [("samsung-electronics", "cooperatesWith", "baidu")]),
    ("Apple turned to the bond market before it met Alibaba.", [("apple", "cooperatesWith", "alibaba-group")]),
    # a partner recruited to supply something is a supplier; signing up a customer or supplier is no partnership
    ("Vodafone enlisted Nokia to supply its 5G radio network.", [("vodafone", "cooperatesWith", "nokia")]),
    ("Vodafone signed up Nokia for its 5G radio network.", [("vodafone", "cooperatesWith", "nokia")]),
    # a feud or a legal battle is no rivalry (GUIDELINES: rivalry means competing, countering, challenging)
    ("The feud between Samsung and Apple over patents dragged on for years.",
     [("samsung-electronics", "competesWith", "apple")]),
    # a pact that is not meant to counter, or a pact someone else criticises
    ("India and France signed a defence pact on Monday. The pact is not meant to counter China, officials said.",
     [("india", "competesWith", "china"), ("france", "competesWith", "china")]),
    ("The pact between India and France was criticised by China.",
     [("india", "competesWith", "china"), ("france", "competesWith", "china")]),
    # "between" phrases of a noun that is no partnership
    ("The border between France and Spain, and between Italy and Greece, stayed open.",
     [("france", "cooperatesWith", "spain"), ("italy", "cooperatesWith", "greece")]),
    # rivalry words about something else than the named parties
    ("Samsung, which is racing to cut memory prices, signed a deal with Apple.",
     [("samsung-electronics", "competesWith", "apple")]),
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


ROLE_BEFORE_NAME = [
    ("Nvidia competitor AMD released a new chip.", ("amd", "competesWith", "nvidia")),
    ("Samsung's archrival Apple launched a new phone.", ("apple", "competesWith", "samsung-electronics")),
    ("Huawei partner Leica designed the camera.", ("huawei", "cooperatesWith", "leica")),
    ("Russia's ally Belarus hosted the drills.", ("belarus", "cooperatesWith", "russia")),
]


@pytest.mark.parametrize("text,expected", ROLE_BEFORE_NAME)
def test_role_word_between_names(nlp, text, expected):
    assert has(triples(nlp, text), *expected)


def test_role_word_before_a_thing_is_left_alone(nlp):
    """``Huawei partner programme``: the role word describes no named one."""
    found = triples(nlp, "Huawei partner programme members met Leica officials in Shenzhen.")
    assert not has(found, "huawei", "cooperatesWith", "leica")
