"""Membership of blocs, associations, consortia and foundations in the shapes kg/nlp/relations/r16member.py reads:
a join again or of a body named by a description, a party to a body, a state a body ranks, fellow, other and
listed members, an explicit ``member of`` an organisation that is no company, examples after ``such as``; and the
well-known bodies of data/gazetteer/r16member.jsonl. Sentences written for this test, none from a gold file nor
from the behavioural items of benchmarks/suite/member16.jsonl."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple, rules_by_triple

FOUND = [
    # a join again
    ("Israel rejoined the OECD committee on Monday. Argentina rejoined UNESCO in 2001.",
     ("argentina", "memberOf", "unesco"), "r16member:join"),
    # a join of a body named before by a description, the relative pronoun standing for it
    ("The GSMA published its annual report. The association, which Safaricom joined in 2009, now has 750 members.",
     ("safaricom", "memberOf", "gsma"), "r16member:join"),
    ("The Linux Foundation opened an office in Tokyo. Sony joined the foundation in 2016.",
     ("sony", "memberOf", "linux-foundation"), "r16member:join"),
    # a party to a body
    ("Argentina is a party to the Missile Technology Control Regime.",
     ("argentina", "memberOf", "missile-technology-control-regime"), "r16member:party"),
    # a state a body ranks by its own possessive
    ("The African Union's most populous country, Nigeria, opposed the resolution.",
     ("nigeria", "memberOf", "african-union"), "r16member:rank"),
    ("Indonesia is ASEAN's largest economy.", ("indonesia", "memberOf", "asean"), "r16member:rank"),
    # its fellow members: what "its" stands for is a member too
    ("Norway proposed the levy at the OECD talks in Paris. Its fellow members Chile and Peru backed it.",
     ("norway", "memberOf", "oecd"), "r16member:fellow"),
    # the clause's subject presses the other members
    ("Canada urged other members of the G20 to cut fossil fuel subsidies.",
     ("canada", "memberOf", "g20"), "r16member:other"),
    ("India hosted the summit. Australia and Japan, the other two members of the Quad besides the US, sent "
     "ministers.", ("japan", "memberOf", "quad"), "r16member:other"),
    ("Chile and Peru signed a fisheries pact. They hope to extend it to other members of APEC.",
     ("peru", "memberOf", "apec"), "r16member:other"),
    # "one of its members": the body the sentence before names
    ("The Pacific Islands Forum met in Suva. Fiji, one of its 18 members, hosted the talks.",
     ("fiji", "memberOf", "pacific-islands-forum"), "r16member:one-of-its"),
    # "It is a member of": the sentence before is about the member
    ("Kazakhstan wants more Chinese investment. It is a member of the SCO and of the Eurasian Economic Union.",
     ("kazakhstan", "memberOf", "eurasian-economic-union"), "r16member:it"),
    # "its members include" after an association whose name ends in the place it serves
    ("The Federation of Indian Chambers of Commerce said its members include Infosys.",
     ("infosys", "memberOf", "federation-of-indian-chambers-of-commerce"), "r16member:its-members"),
    # a member of a body the owner describes: "the group's", "the association's"
    ("The Arab League met in Cairo. Jordan is one of the organisation's founding members.",
     ("jordan", "memberOf", "arab-league"), "r16member:described-owner"),
    # a body grows to include its new members
    ("The Pacific Alliance met in Lima. The bloc widened in 2024 to include Ecuador.",
     ("ecuador", "memberOf", "pacific-alliance"), "r16member:expanded"),
    ("The African Union's chair, Angola, opened the summit.", ("angola", "memberOf", "african-union"),
     "r16member:rank"),
    # those who lead a body, and those they lead it with, are its members
    ("The Baltic Hydrogen Alliance was set up in May. The alliance is led by Orlen in partnership with Equinor.",
     ("equinor", "memberOf", "baltic-hydrogen-alliance"), "r16member:led-by"),
    ("The Nordic Battery Alliance, led by Northvolt and Volvo, published a report.",
     ("volvo", "memberOf", "nordic-battery-alliance"), "r16member:led-by"),
    # "a member" that names no body: the one named before
    ("The Atlantic Cable Consortium will lay a new line. The consortium is led by Apex Partners; Abu Dhabi-based "
     "investor Mubadala is also a member.", ("mubadala", "memberOf", "atlantic-cable-consortium"), "r16member:bare"),
    # an inverted list of members
    ("The GSMA met in Kigali on Monday. Among its members are MTN and Safaricom, which both run mobile money.",
     ("safaricom", "memberOf", "gsma"), "r16member:among"),
    # "a member of" an organisation the linker reads as a research institution
    ("Bosch has been a gold member of the Eclipse Foundation since 2015.",
     ("bosch", "memberOf", "eclipse-foundation"), "r16member:member-of"),
    # examples of members after "such as"
    ("NATO member states such as Romania and Bulgaria will host the drills.",
     ("bulgaria", "memberOf", "nato"), "r16member:such-as"),
]

NOT_FOUND = [
    # a hypothetical or speculated join, a join refused or wished for, a join in an act
    ("If Turkey joined the SCO, NATO would object.", ("turkey", "memberOf", "shanghai-cooperation-organisation")),
    ("Officials said Malaysia might rejoin the Wassenaar Arrangement.", ("malaysia", "memberOf",
                                                                        "wassenaar-arrangement")),
    ("Japan joined the EU in sanctioning Moscow.", ("japan", "memberOf", "european-union")),
    # a party that is not one
    ("India is not a party to the Wassenaar Arrangement.", ("india", "memberOf", "wassenaar-arrangement")),
    # a company's ranked unit or a country's own economy names no membership
    ("China's largest economy hub, Guangdong, grew fast.", ("guangdong", "memberOf", "china")),
    # countries "such as" X without membership
    ("Countries such as Kenya and Ghana trade with the African Union's members.",
     ("kenya", "memberOf", "african-union")),
    # "a member of" a company is no membership
    ("Tim Cook is a member of Apple's board.", ("tim-cook", "memberOf", "apple")),
    # "its members" of a company
    ("Infosys said its members include Wipro.", ("wipro", "memberOf", "infosys")),
    # "It" that the sentence before does not settle on one member
    ("Kenya and Uganda want more investment. It is a member of the East African Community.",
     ("kenya", "memberOf", "east-african-community")),
    # a future join is no plan
    ("One day Serbia will join the bloc, the minister said after the EU summit.",
     ("serbia", "memberOf", "european-union")),
    # a group noun ending a body's "X of Y" name lists no members
    ("Kyrgyzstan is a member of the Organization of Turkic States and the Commonwealth of Independent States.",
     ("commonwealth-of-independent-states", "memberOf", "organization-of-turkic-states")),
    # a description owned by no body named before
    ("IBM said the group's members Dell and HP disagreed.", ("dell-technologies", "memberOf", "ibm")),
    # a company that grows to include units has no members
    ("Infosys grew to include Wipro's old unit and Mphasis.", ("mphasis", "memberOf", "infosys")),
    # a group led by an investor is no body with members; a person leads, not a member
    ("The investor group, led by Silver Lake, bought the firm.", ("silver-lake", "memberOf", "silver-lake")),
    ("The Open Grid Coalition, led by Anna Berg, published a report.", ("anna-berg", "memberOf",
                                                                        "open-grid-coalition")),
    # "a member" with two bodies before it names neither
    ("ASEAN and APEC met in Lima. Peru is a member.", ("peru", "memberOf", "asean")),
    # a former member
    ("Britain, a former member of the European Union, signed the deal.", ("united-kingdom", "memberOf",
                                                                          "european-union")),
]


@pytest.mark.parametrize("text,expected,rule", FOUND)
def test_construction_gives_membership(nlp, text: str, expected: tuple[str, str, str], rule: str) -> None:
    """``Argentina is a party to the Missile Technology Control Regime`` gives ``argentina memberOf …``."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,expected,rule", FOUND)
def test_construction_is_read_by_round16_rule(nlp, text: str, expected: tuple[str, str, str], rule: str) -> None:
    """The round-16 rule named beside each item is one of those that find its membership."""
    assert rule in rules_by_triple(nlp, text).get(expected, set())


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_construction_gives_no_membership(nlp, text: str, absent: tuple[str, str, str]) -> None:
    """``If Turkey joined the SCO`` gives no ``turkey memberOf …``."""
    assert not has_triple(triples(nlp, text), absent)


@pytest.mark.parametrize("name,entity_id", [("the Khronos Group", "khronos-group"), ("JEDEC", "jedec"),
                                            ("the CNCF", "cloud-native-computing-foundation"),
                                            ("the CPTPP", "cptpp"),
                                            ("the Minerals Security Partnership", "minerals-security-partnership")])
def test_well_known_body_is_linked(nlp, name: str, entity_id: str) -> None:
    """``the Khronos Group`` is linked to its gazetteer entry."""
    doc = nlp(f"Samsung said {name} published a new standard.")
    assert entity_id in {e.kb_id_ for e in doc.ents}

