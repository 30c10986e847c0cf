"""Round 15, recall of weak predicates on unseen text (kg/nlp/relations/r15recall.py). Sentences written for these
tests, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

OFFICIALS = [
    # a deputy's head-of-state title: the deputy works for the country the text makes theirs
    ("LONDON — Britain accused China of hacking. In Parliament, Deputy Prime Minister Oliver Hart said the attack "
     "was serious.", ("oliver-hart", "worksFor", "united-kingdom")),
    ("China sent a delegation to Paris. China was represented by Vice Premier Liu Bo, who attended the summit.",
     ("liu-bo", "worksFor", "china")),
    # a portfolio secretary with no body of that portfolio named
    ("India signed the deal on Monday. Defence Secretary Raj Mehta signed for the Indian side.",
     ("raj-mehta", "worksFor", "india")),
    # a minister's title in apposition with no country or body of its own
    ("Indonesia wants a trade deal. Budi Santoso, the coordinating minister for maritime affairs, has said Jakarta "
     "will ask for a limited deal.", ("budi-santoso", "worksFor", "indonesia")),
    # the place opening the sentence gives the country, not the subject of the sentence before
    ("The United States and Britain sanctioned the firm on Monday. Washington said the group had hacked officials. "
     "In London, Deputy Prime Minister Oliver Hart told Parliament the attack was serious.",
     ("oliver-hart", "worksFor", "united-kingdom")),
    # a role in an organisation's unit
    ("Maria Lopez, a senior director in Intel's foundry unit, said the plant would open.",
     ("maria-lopez", "worksFor", "intel")),
]

NOT_OFFICIALS = [
    # a party's secretary is no official of the country
    ("Vietnam hosted the talks. Party Secretary Tran Van Minh met the delegation.",
     ("tran-van-minh", "worksFor", "vietnam")),
    # the head is the head, not a deputy
    ("Kenya signed the deal. President Amani Otieno said it would create jobs.",
     ("amani-otieno", "worksFor", "kenya")),
    # a secretary whose department the text names leads it (the title rules' reading), no worksFor from here
    ("The United States tightened its rules. Commerce Secretary Dana Reed said the Department of Commerce would "
     "enforce them.", ("dana-reed", "worksFor", "united-states")),
    # a place is no unit of an organisation
    ("Maria Lopez, a researcher in China's space programme, spoke on Monday.", ("maria-lopez", "worksFor", "china")),
]

MEMBERS = [
    ("Laos, which chairs ASEAN this year, hosted the summit.", [("laos", "memberOf", "asean")]),
    ("Hungary vetoed the EU's sanctions package, angering its EU partners.",
     [("hungary", "memberOf", "european-union")]),
    ("Germany and France, the EU's two largest economies, disagreed on the plan.",
     [("germany", "memberOf", "european-union"), ("france", "memberOf", "european-union")]),
    ("Spain is among the EU's largest economies.", [("spain", "memberOf", "european-union")]),
    ("Australia, India, Japan and the United States (the Quad) announced the plan.",
     [("australia", "memberOf", "quad"), ("united-states", "memberOf", "quad")]),
    ("We, the G7 Foreign Ministers of Canada, France, Germany and Italy, condemn the launch.",
     [("canada", "memberOf", "g7"), ("italy", "memberOf", "g7")]),
    ("Brazil, as a BRICS member, opposed the plan.", [("brazil", "memberOf", "brics")]),
    ("As G20 president, India hosted the summit.", [("india", "memberOf", "g20")]),
    # a company joins a body whose name makes it a grouping of members
    ("Nokia joined the O-RAN Alliance in 2019.", [("nokia", "memberOf", "o-ran-alliance")]),
]

NOT_MEMBERS = [
    # a trading partner of a body is no member of it
    ("Japan, one of the EU's largest trading partners, signed the deal.", ("japan", "memberOf", "european-union")),
    # a body in brackets after one name sums up no list
    ("Japan (ASEAN) agreed.", ("japan", "memberOf", "asean")),
    # companies are no members of a bracketed bloc of states
    ("Intel and AMD (the Quad) agreed.", ("intel", "memberOf", "quad")),
    # leaders of a body and of other states are no list of its members
    ("The leaders of the EU, China and Japan met in Osaka.", ("china", "memberOf", "european-union")),
    # an observer or a partner of a body is no member
    ("Japan, as a major ASEAN partner, sent ministers.", ("japan", "memberOf", "asean")),
    # a company joining a foundation of no grouping name is left alone (the gazetteer's membership bodies, such as the
    # Linux Foundation, are read by r16member)
    ("Microsoft joined the Halvorsen Foundation in 2016.", ("microsoft", "memberOf", "halvorsen-foundation")),
]

EXTENDED = [
    ("Washington expanded its export controls to cover Russia and Belarus.",
     [("united-states", "restrictsExportsTo", "russia"), ("united-states", "restrictsExportsTo", "belarus")]),
    ("The United States extended the restrictions to Iran.", [("united-states", "restrictsExportsTo", "iran")]),
    # revoked licences to sell to a party
    ("The Commerce Department revoked licences that allowed Intel and Qualcomm to supply Huawei.",
     [("united-states-department-of-commerce", "restrictsExportsTo", "huawei")]),
    ("The U.S. revoked licences to sell chips to Huawei.", [("united-states", "restrictsExportsTo", "huawei")]),
    ("Washington withdrew the export licences for SMIC.", [("united-states", "restrictsExportsTo", "smic")]),
    # dropped from a white list of trusted buyers
    ("Japan removed South Korea from its white list of trusted trading partners.",
     [("japan", "restrictsExportsTo", "south-korea")]),
]

NOT_EXTENDED = [
    # a ban on imports extended is no export restriction
    ("The European Union extended its import ban to Russia.", ("european-union", "restrictsExportsTo", "russia")),
    # an extension considered is not made
    ("Japan did not extend the curbs to Iran.", ("japan", "restrictsExportsTo", "iran")),
    ("Japan did not remove South Korea from its white list.", ("japan", "restrictsExportsTo", "south-korea")),
    # a licence of another kind revoked restricts no exports
    ("Britain revoked the broadcasting licence of China Global Television Network.",
     ("united-kingdom", "restrictsExportsTo", "cgtn")),
]

TALKS = [
    ("The United States and the Philippines held their first dialogue on space cooperation.",
     ("united-states", "cooperatesWith", "philippines")),
    # ministers of two states act for them (agent_nouns)
    ("The foreign ministers of Japan and Brazil agreed to strengthen economic cooperation.",
     ("japan", "cooperatesWith", "brazil")),
]


@pytest.mark.parametrize("text,triple", OFFICIALS)
def test_official_works_for_country(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``Vice Premier Liu Bo`` in a text about China works for China."""
    assert has_triple(triples(nlp, text), triple)


@pytest.mark.parametrize("text,triple", NOT_OFFICIALS)
def test_not_an_official_of_the_country(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``Party Secretary X`` or ``President X`` gives no worksFor to the country from these titles."""
    assert not has_triple(triples(nlp, text), triple)


@pytest.mark.parametrize("text,expected", MEMBERS)
def test_membership_without_the_word_member(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    """``Laos, which chairs ASEAN`` makes Laos a member of ASEAN."""
    found = triples(nlp, text)
    for triple in expected:
        assert has_triple(found, triple)


@pytest.mark.parametrize("text,triple", NOT_MEMBERS)
def test_no_membership(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``one of the EU's largest trading partners`` makes no member."""
    assert not has_triple(triples(nlp, text), triple)


@pytest.mark.parametrize("text,expected", EXTENDED)
def test_extended_export_measure(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    """``expanded its export controls to cover Russia`` restricts exports to Russia."""
    found = triples(nlp, text)
    for triple in expected:
        assert has_triple(found, triple)


@pytest.mark.parametrize("text,triple", NOT_EXTENDED)
def test_no_extended_export_measure(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """An import ban extended, or an extension denied, restricts no exports."""
    assert not has_triple(triples(nlp, text), triple)


@pytest.mark.parametrize("text,triple", TALKS)
def test_dialogue_on_cooperation(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``held their first dialogue on space cooperation``, ``the foreign ministers of A and B agreed to strengthen
    cooperation``: the parties cooperate."""
    assert has_triple(triples(nlp, text), triple)
