"""Cooperation and agreements whose parties the parser loses in long news sentences (round 13,
kg/nlp/relations/r13coop.py, word lists ``r13coop_*`` in data/lexicon/cooperation.json). Every sentence is written
for its construction (none from a gold file); each negative has a positive beside it that must be found."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


FOUND = [
    # a list before its verb that the parser hung on the clause before it
    ("On Tuesday, in a ceremony attended by Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida, "
     "India and Japan signed a memorandum of cooperation on semiconductors, the foreign ministry said.",
     [("india", "agreementWith", "japan"), ("india", "cooperatesWith", "japan")]),
    # a headline's comma list
    ("US, Japan seal critical minerals pact", [("united-states", "agreementWith", "japan")]),
    ("Egypt, China sign agreement on electric vehicles", [("egypt", "agreementWith", "china")]),
    # a list with a description inside it, which the parser takes for an apposition
    ("The United States, Britain, Canada, France and Japan agreed to pool $4.2 billion to expand nuclear fuel "
     "production, the energy ministers said.",
     [("united-states", "agreementWith", "japan"), ("united-kingdom", "agreementWith", "canada"),
      ("france", "cooperatesWith", "japan"), ("canada", "cooperatesWith", "united-states")]),
    # people and groups standing for their states or firms
    ("The foreign ministers of Vietnam and Cambodia signed a memorandum on cybersecurity.",
     [("vietnam", "agreementWith", "cambodia")]),
    ("Representatives of Huawei and China Mobile signed the agreement in Shenzhen.",
     [("huawei", "agreementWith", "china-mobile")]),
    ("Chinese and Russian scientists are collaborating on a lunar research station, officials said.",
     [("china", "cooperatesWith", "russia")]),
    ("Indian and Japanese firms signed a deal on chip packaging.", [("india", "agreementWith", "japan")]),
    # a possessive on the last of coordinated names belongs to all of them
    ("Norway and Sweden's partnership covers batteries.", [("norway", "cooperatesWith", "sweden")]),
    ("Norway and Sweden's joint research programme on batteries started in 2022.",
     [("norway", "cooperatesWith", "sweden")]),
    # a list after "among" or "between" with a description inside it
    ("The partnership among Saudi Arabia, the UAE and Qatar on data centres was announced in Riyadh.",
     [("saudi-arabia", "cooperatesWith", "qatar"), ("united-arab-emirates", "cooperatesWith", "qatar"),
      ("saudi-arabia", "cooperatesWith", "united-arab-emirates")]),
    ("The memorandum among Brazil, the United States and Argentina covers lithium.",
     [("brazil", "agreementWith", "argentina"), ("united-states", "agreementWith", "argentina")]),
    # joining others in a joint undertaking
    ("Italy joined Britain and Japan in the Global Combat Air Programme.",
     [("italy", "cooperatesWith", "united-kingdom"), ("italy", "cooperatesWith", "japan")]),
    # agreeing to act with another
    ("India agreed to work with Japan on semiconductors.", [("india", "agreementWith", "japan")]),
    ("Japan and the Netherlands have agreed to join the United States in restricting exports of chipmaking tools.",
     [("japan", "agreementWith", "united-states"), ("netherlands", "agreementWith", "united-states")]),
    # every name of a list with descriptions inside it
    ("Nvidia will work on AI with three Vietnamese groups — software firm FPT, military-owned telecoms operator "
     "Viettel and the conglomerate Vingroup — the company said.",
     [("nvidia", "cooperatesWith", "fpt-corporation"), ("nvidia", "cooperatesWith", "vingroup")]),
    # a description in apposition inside a list of parties, before the verb and after "with"
    ("Thales, the French defence group, and Leonardo signed a memorandum on satellites.",
     [("thales", "agreementWith", "leonardo")]),
    ("Nvidia signed supply agreements with Samsung, the South Korean chipmaker, and TSMC, the Taiwanese foundry.",
     [("nvidia", "agreementWith", "samsung-electronics"), ("nvidia", "agreementWith", "tsmc")]),
    # the members of a consortium
    ("The consortium, made up of EDF, Framatome and Hitachi, has submitted a bid.",
     [("edf", "cooperatesWith", "framatome"), ("edf", "cooperatesWith", "hitachi")]),
    ("Boeing is part of a consortium with Lockheed Martin and Northrop Grumman.",
     [("boeing", "cooperatesWith", "lockheed-martin"), ("boeing", "cooperatesWith", "northrop-grumman")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    found = triples(nlp, text)
    for s, p, o in expected:
        assert has(found, s, p, o), (text, (s, p, o), found)


NOT_FOUND = [
    # a name before a comma that does not start the clause is no subject
    ("Unlike Russia, China signed a memorandum with Iran.",
     [("russia", "agreementWith", "iran"), ("russia", "agreementWith", "china")]),
    # refused, negated, doubted
    ("The foreign ministers of Vietnam and Cambodia refused to sign a memorandum on cybersecurity.",
     [("vietnam", "agreementWith", "cambodia")]),
    ("On Tuesday, after talks with officials from Brazil, India and Japan did not sign a memorandum on chips.",
     [("india", "agreementWith", "japan")]),
    ("Chinese and Russian scientists may collaborate on a lunar station if funding allows.",
     [("china", "cooperatesWith", "russia")]),
    ("Italy did not join Britain and Japan in the Global Combat Air Programme.",
     [("italy", "cooperatesWith", "united-kingdom")]),
    ("India did not agree to work with Japan on semiconductors.", [("india", "agreementWith", "japan")]),
    ("India agreed to compete with Japan on semiconductors.", [("india", "agreementWith", "japan")]),
    # joining someone in what is no joint undertaking
    ("Italy joined Britain in the final of the tournament.", [("italy", "cooperatesWith", "united-kingdom")]),
    # a list a partner stands in stops where another clause starts, and at a name inside a description
    ("Nvidia works with Foxconn, while AMD and Intel compete with it.",
     [("nvidia", "cooperatesWith", "amd"), ("nvidia", "cooperatesWith", "intel")]),
    ("Samsung signed a deal with Google, and Apple and Huawei said they were not interested.",
     [("samsung-electronics", "agreementWith", "apple"), ("samsung-electronics", "agreementWith", "huawei")]),
    ("Google signed an agreement with Samsung and SoftBank-backed Arm on chips.",
     [("google", "agreementWith", "softbank-group")]),
    # the names of one list are not partners because a rule paired one of them with a name of the same list
    ("Intel counts Microsoft, Amazon and the US Department of Defense among its partners.",
     [("microsoft", "cooperatesWith", "amazon")]),
    # no consortium of theirs, or two groups that compete
    ("Boeing is not part of a consortium with Lockheed Martin.", [("boeing", "cooperatesWith", "lockheed-martin")]),
    ("The consortium made up of EDF and Framatome competes with a group of Hitachi and Toshiba.",
     [("edf", "cooperatesWith", "hitachi"), ("framatome", "cooperatesWith", "toshiba")]),
]


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_found(nlp, text, absent):
    found = triples(nlp, text)
    for s, p, o in absent:
        assert not has(found, s, p, o), (text, (s, p, o), found)


def test_positive_beside_negatives(nlp):
    """The negatives above have found twins: the clause's own subject, the list before another clause."""
    assert has(triples(nlp, "Unlike Russia, China signed a memorandum with Iran."), "china", "agreementWith", "iran")
    found = triples(nlp, "Nvidia works with Foxconn, while AMD and Intel compete with it.")
    assert has(found, "nvidia", "cooperatesWith", "foxconn")
    found = triples(nlp, "Google signed an agreement with Samsung and SoftBank-backed Arm on chips.")
    assert has(found, "google", "agreementWith", "arm-holdings")
