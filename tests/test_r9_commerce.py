"""Supply and investment constructions of issue 11 (branch r9-commerce): ``kg/nlp/relations/r9commerce.py`` and the
``across`` slot of ``invest`` in ``data/lexicon/triggers.json``. Every sentence is written for its construction
(none comes from a gold file); each positive states the triples and the rule it must give, each negative the
triples it must not."""

from __future__ import annotations

import pytest

from rule_runs import rules_by_triple


def found(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each triple the pipeline finds, with every rule that found it (not only the most confident one, which the
    calibration of the shipped model decides)."""
    return rules_by_triple(nlp, text)


STATED = [
    # a contract with a company for goods, active and passive, counted goods or a batch of them
    ("Greece signed a deal with Dassault Aviation for 18 Rafale fighters.",
     {("dassault-aviation", "suppliesTo", "greece")}, "event:contract-for-goods"),
    ("Poland signed a contract with Hyundai Rotem for 180 tanks.",
     {("hyundai-rotem", "suppliesTo", "poland")}, "event:contract-for-goods"),
    ("A $2 billion contract for a second batch of Rafale jets was signed by India on Monday with Dassault Aviation.",
     {("dassault-aviation", "suppliesTo", "india")}, "event:contract-for-goods"),
    ("Hanwha Aerospace signed a contract with Norway for 24 howitzers.",
     {("hanwha-aerospace", "suppliesTo", "norway")}, "event:contract-for-goods"),
    # a supplier chosen by its description, its name in apposition
    ("Kenya's government has chosen the Chinese company Huawei to provide surveillance cameras.",
     {("huawei", "suppliesTo", "government-of-kenya")}, "event:chosen-described-supplier"),
    # the named members of a group of recipients or investees
    ("Huawei has sold base stations to several African states, among them Kenya and Ghana.",
     {("huawei", "suppliesTo", "kenya"), ("huawei", "suppliesTo", "ghana")}, "event:among-them"),
    ("Tencent has backed four start-ups, among them Mistral AI and Aleph Alpha.",
     {("tencent", "investsIn", "mistral-ai"), ("tencent", "investsIn", "aleph-alpha")}, "event:among-them"),
    ("Rosatom has sold reactors to other partners of Moscow as well, among them Egypt, which received two units, "
     "and Turkey, whose first plant went online in 2023.",
     {("rosatom", "suppliesTo", "egypt")}, "event:among-them"),
    # a funding round named by its company (the parser takes the round for an adverb, or the name for an object)
    ("Tencent led the Moonshot AI funding round.", {("tencent", "investsIn", "moonshot-ai")}, "verb:lead"),
    ("Tencent will lead Moonshot AI fundraising this year.", {("tencent", "investsIn", "moonshot-ai")},
     "verb:lead"),
    # a headline's subject before "to" and its verb
    ("Tencent to lead Moonshot AI fundraising in its biggest bet", {("tencent", "investsIn", "moonshot-ai")},
     "verb:lead"),
    # money awarded or pledged to a recipient
    ("The European Commission awarded a €500 million grant to Intel.",
     {("european-commission", "investsIn", "intel")}, "noun:grant"),
    # goods bought, a quantity of them named first
    ("Kenya buys most of its weapons from China.", {("china", "suppliesTo", "kenya")}, "verb:buy"),
    # money invested in things across a country
    ("Amazon will invest $10 billion in data centres across Japan.", {("amazon", "investsIn", "japan")},
     "verb:invest"),
]


@pytest.mark.parametrize("text,expected,rule", STATED, ids=[t[:48] for t, _, _ in STATED])
def test_construction_gives_its_relations(nlp, text: str, expected: set[tuple[str, str, str]], rule: str) -> None:
    got = found(nlp, text)
    assert expected <= set(got), f"missing {expected - set(got)} in {sorted(got)}"
    assert all(rule in got[t] for t in expected), {t: got[t] for t in expected}


NOT_STATED = [
    # a contract for a purpose, not goods; a contract between two companies says nobody's side
    ("Samsung signed a deal with Apple to cooperate on research.", {("apple", "suppliesTo", "samsung-electronics"),
                                                                   ("samsung-electronics", "suppliesTo", "apple")}),
    ("Poland signed a contract with Hyundai Rotem for closer cooperation.",
     {("hyundai-rotem", "suppliesTo", "poland")}),
    ("Airbus signed a contract with Lufthansa for 20 jets.", {("airbus", "suppliesTo", "lufthansa"),
                                                              ("lufthansa", "suppliesTo", "airbus")}),
    # a contract not signed
    ("Poland did not sign a contract with Hyundai Rotem for 180 tanks.", {("hyundai-rotem", "suppliesTo", "poland")}),
    # a company chosen to do something else than supply
    ("Kenya's government has chosen the Chinese company Huawei to study the market.",
     {("huawei", "suppliesTo", "government-of-kenya")}),
    # a list after a negated sale, a list of those who sell, a list of rivals
    ("Huawei did not sell phones to African states, among them Kenya.", {("huawei", "suppliesTo", "kenya")}),
    ("Huawei competes with several rivals, among them Nokia and Ericsson.", {("huawei", "suppliesTo", "nokia")}),
    ("Amazon will not invest in data centres across Japan.", {("amazon", "investsIn", "japan")}),
    # a headline's verb with its own subject
    ("Analysts say Tencent to lead round as Moonshot AI grows", {("moonshot-ai", "investsIn", "tencent")}),
    # a contract awarded is no investment
    ("The Pentagon awarded a $400 million contract to Lockheed Martin.",
     {("united-states-department-of-defense", "investsIn", "lockheed-martin")}),
    # shares bought from a seller are no supply
    ("Arm bought half of its shares from SoftBank.", {("softbank-group", "suppliesTo", "arm-holdings")}),
    # a round led by someone else than the one named beside it
    ("Tencent led the funding round, and Moonshot AI thanked its staff.", {("tencent", "investsIn", "moonshot-ai")}),
]


@pytest.mark.parametrize("text,absent", NOT_STATED, ids=[t[:48] for t, _ in NOT_STATED])
def test_not_stated_gives_nothing(nlp, text: str, absent: set[tuple[str, str, str]]) -> None:
    got = set(found(nlp, text))
    assert not absent & got, f"unexpected {absent & got}"
