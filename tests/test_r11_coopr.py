"""Cooperation constructions of round 11 (kg/nlp/relations/r11coopr.py, word lists ``r11coopr_*`` in
data/lexicon/cooperation.json): a deed done with another's help, a partner named without an owner, a partner
``for`` another, joint bodies of named parties, the cooperation ``of`` one ``with`` another, intermediaries one acts
through, and cooperation given as the reason for a measure. Every sentence is written for its construction (none
from a gold file); the negatives show what each must leave alone (negation, conditions, a partner sought, a passive
without a doer, a joint body of one party)."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


FOUND = [
    # a deed done with another's help
    ("With the help of Huawei, Ethio Telecom built its 5G network.", ("ethio-telecom", "huawei")),
    ("Ethio Telecom upgraded its network with help from Huawei.", ("ethio-telecom", "huawei")),
    ("Ethio Telecom, with support from Huawei, rebuilt its network.", ("ethio-telecom", "huawei")),
    ("Vietnam built the reactor with Russia's assistance.", ("vietnam", "russia")),
    # a partner named without an owner
    ("Japan named Australia a strategic partner.", ("japan", "australia")),
    ("Japan considers Australia a key partner in critical minerals.", ("japan", "australia")),
    # a partner "for" another
    ("Germany is a partner for France in defence research.", ("germany", "france")),
    # joint bodies of named parties
    ("The joint committee of Japan and Australia met on Monday.", ("japan", "australia")),
    ("A joint commission between Egypt and Russia oversees the plant.", ("egypt", "russia")),
    ("Nokia and Ericsson's joint research lab opened.", ("nokia", "ericsson")),
    # the cooperation of one with another
    ("The cooperation of Airbus with Safran is long-standing.", ("airbus", "safran")),
    # intermediaries one acts through
    ("Samsung entered the market through two distributors, Ingram Micro and Arrow Electronics.",
     ("samsung-electronics", "ingram-micro")),
    # cooperation given as the reason for a measure, with the nationality on a word before the group's head
    ("Washington blacklisted Kaspersky for cooperating with Russian military and security agencies.",
     ("kaspersky-lab", "russia")),
    # one set up as another's partner; a clause introduced by "helped by"
    ("The agreement establishes Thales as Airbus's primary radar partner.", ("thales", "airbus")),
    ('Airbus said the contract "establishes Thales as our main radar partner".', ("thales", "airbus")),
    ("Helped by Huawei, Ethio Telecom rolled out 5G in the capital.", ("ethio-telecom", "huawei")),
    ("Aided by loans from Beijing, Ethio Telecom rolled out 5G in the capital.", ("ethio-telecom", "china")),
    # help received; knowledge shared
    ("Kenya got technical assistance from Japan for the project.", ("kenya", "japan")),
    ("Vietnam received Russia's help to build the reactor.", ("vietnam", "russia")),
    ("Safran will share its engine know-how with India.", ("safran", "india")),
    ("Samsung shares its research results with Google.", ("samsung-electronics", "google")),
    ("Huawei will share data with Moscow.", ("huawei", "russia")),
]


@pytest.mark.parametrize("text,pair", FOUND)
def test_found(nlp, text: str, pair: tuple[str, str]) -> None:
    assert has(triples(nlp, text), pair[0], "cooperatesWith", pair[1])


LEFT = [
    # negation and conditions
    ("Ethio Telecom did not build its network with help from Huawei.", ("ethio-telecom", "huawei")),
    ("Vietnam could build the reactor with Russia's assistance.", ("vietnam", "russia")),
    ("The reactor was built with Russia's assistance.", ("vietnam", "russia")),
    ("Japan did not name Australia a strategic partner.", ("japan", "australia")),
    # a partner sought is none yet
    ("Germany is looking for a partner for France in defence research.", ("germany", "france")),
    # a committee of one party, beside another named
    ("The joint committee of Japan met Australia's envoy on Monday.", ("japan", "australia")),
    # an intermediary's client is not the intermediary; a sale through a plain place is not cooperation
    ("Samsung entered the market through Brazil, Ingram Micro said.", ("samsung-electronics", "ingram-micro")),
    # a measure for something other than cooperation
    ("Washington blacklisted Kaspersky for spying on Russian dissidents.", ("kaspersky-lab", "russia")),
    # a partner not set up; a clause of help only supposed
    ("The agreement does not establish Thales as Airbus's primary radar partner.", ("thales", "airbus")),
    ("Helped by Huawei, Ethio Telecom could roll out 5G in the capital.", ("ethio-telecom", "huawei")),
    # help that is no one's deed with another; partners only possible
    ("Helped by strong demand from China, TSMC raised its forecast.", ("tsmc", "china")),
    # "our" said by no one named
    ('Analysts said the deal "establishes Thales as our partner", Airbus shares rose.', ("thales", "airbus")),
    ("Japan considers Australia a potential partner in critical minerals.", ("japan", "australia")),
    ("Germany is a possible partner for France in defence research.", ("germany", "france")),
    # help not received; sharing denied, feared or alleged
    ("Vietnam did not receive help from Russia.", ("vietnam", "russia")),
    ("TikTok has repeatedly denied sharing the data of its users with Moscow.", ("tiktok", "russia")),
    ("Officials fear Huawei could share data with Moscow.", ("huawei", "russia")),
    ("Washington accused Huawei of sharing data with Moscow.", ("united-states", "russia")),
    ("Washington accused Huawei of sharing data with Moscow.", ("huawei", "russia")),
]


@pytest.mark.parametrize("text,pair", LEFT)
def test_left(nlp, text: str, pair: tuple[str, str]) -> None:
    assert not has(triples(nlp, text), pair[0], "cooperatesWith", pair[1])
