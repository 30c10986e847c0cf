"""Round-3 same-sentence constructions (kg/nlp/relations/focus2.py): each test sentence is written for its
construction, not taken from a gold file; negatives show what the construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


INCLUDED = [
    # the head of a field or unit works for the organisation; the head of the organisation leads it
    ("Airbus's head of strategy, John Smith, said profits rose.", {("john-smith", "worksFor", "airbus")}),
    ("Anna Berg, director of the Siemens's software division, declined to comment.",
     {("anna-berg", "worksFor", "siemens")}),
    ("Peter Novak, who heads Siemens's Polish business, said profits rose.", {("peter-novak", "worksFor", "siemens")}),
    # a signed partnership is an agreement; signing a party up too
    ("The EU has signed partnerships with Canada and Argentina.",
     {("canada", "agreementWith", "european-union"), ("argentina", "agreementWith", "european-union")}),
    ("Siemens signed up Nokia to supply radios.", {("nokia", "agreementWith", "siemens")}),
]

EXCLUDED = [
    ("Airbus's head of strategy, John Smith, said profits rose.", {("john-smith", "leaderOf", "airbus")}),
    ("Anna Berg, director of the Siemens's software division, declined to comment.",
     {("anna-berg", "leaderOf", "siemens")}),
    # the head of the organisation itself still leads it
    ("Karl Weber, head of Siemens, declined to comment.", {("karl-weber", "worksFor", "siemens")}),
    ("Karl Weber, head of the board of Siemens, declined to comment.", {("karl-weber", "worksFor", "siemens")}),
    # unsigned or denied: no agreement
    ("The EU has not signed partnerships with Canada.", {("canada", "agreementWith", "european-union")}),
    ("The EU discussed partnerships with Canada.", {("canada", "agreementWith", "european-union")}),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_construction_gives_relations(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), EXCLUDED)
def test_construction_leaves_out(nlp, text, unexpected):
    assert not unexpected & triples(nlp, text)


def test_head_of_the_organisation_leads_it(nlp):
    assert ("karl-weber", "leaderOf", "siemens") in triples(nlp, "Karl Weber, head of Siemens, declined to comment.")


FOCUS = [
    # a technology that names what an organisation is, and what it is for
    ("Nokia bought Huawei, a cloud platform for artificial intelligence.",
     {("huawei", "focusesOn", "cloud-computing"), ("huawei", "focusesOn", "artificial-intelligence")}),
    # what a whose-clause says the business covers
    ("Nokia is the majority owner of Huawei, whose business spans integrated circuits.",
     {("huawei", "focusesOn", "semiconductors")}),
    # launching or releasing a technology, or a product a technology describes
    ("Sberbank on Monday released GigaChat, a conversational artificial intelligence system.",
     {("sberbank", "focusesOn", "artificial-intelligence")}),
    ("Google launched a chatbot of its own.", {("google", "focusesOn", "artificial-intelligence")}),
]

FOCUS_EXCLUDED = [
    ("Beijing offered to launch 30 clean energy projects in Kenya.", {("china", "focusesOn", "renewable-energy")}),
    ("Google did not launch a chatbot.", {("google", "focusesOn", "artificial-intelligence")}),
    ("Nokia praised Huawei. It is the first chip to use the process.", {("huawei", "focusesOn", "semiconductors")}),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS)
def test_focus_construction(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), FOCUS_EXCLUDED)
def test_focus_construction_leaves_out(nlp, text, unexpected):
    assert not unexpected & triples(nlp, text)


def test_plural_pronoun_in_its_own_clause(nlp):
    """``their`` after a coordinated subject of its own clause is that pair, not the group named before."""
    text = ("Siemens, Nokia and Ericsson rejected the payments. Analysts expect the situation to improve, since "
            "Russia and China are both interested in continuing their cooperation.")
    found = triples(nlp, text)
    assert ("china", "cooperatesWith", "russia") in found
    assert not {("nokia", "cooperatesWith", "siemens"), ("ericsson", "cooperatesWith", "nokia")} & found


MEMBERSHIP = [
    # a body and its members: including, grouping, made up of
    ("NATO, which includes Poland and Hungary, met.",
     {("poland", "memberOf", "nato"), ("hungary", "memberOf", "nato")}),
    ("The Quad groups the United States, Japan, India and Australia.",
     {("japan", "memberOf", "quad"), ("australia", "memberOf", "quad")}),
    ("The Quad, made up of Japan, India and Australia, met.", {("india", "memberOf", "quad")}),
    # members entering a body
    ("Egypt, Ethiopia and Iran were admitted to BRICS.",
     {("egypt", "memberOf", "brics"), ("iran", "memberOf", "brics")}),
    ("Ten countries have signed up to the International Lunar Research Station, among them Belarus and Serbia.",
     {("belarus", "memberOf", "international-lunar-research-station")}),
]

MEMBERSHIP_EXCLUDED = [
    ("NATO does not include Sweden.", {("sweden", "memberOf", "nato")}),
    ("Egypt was not admitted to BRICS.", {("egypt", "memberOf", "brics")}),
    ("The deal includes Huawei and Nokia.", {("huawei", "memberOf", "nokia")}),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIP)
def test_membership_construction(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), MEMBERSHIP_EXCLUDED)
def test_membership_construction_leaves_out(nlp, text, unexpected):
    assert not unexpected & triples(nlp, text)


AGREEING = [
    ("Russia and China agreed to build a lunar base together.", {("china", "agreementWith", "russia")}),
    ("Japan and the Netherlands agreed on a plan to curb exports.", {("japan", "agreementWith", "netherlands")}),
]

AGREEING_EXCLUDED = [
    ("Russia and China did not agree to build a base.", {("china", "agreementWith", "russia")}),
    ("Russia and China may agree to build a base.", {("china", "agreementWith", "russia")}),
    ("Russia and China agreed that the talks went well.", {("china", "agreementWith", "russia")}),
    ("Russia agreed to build a base.", {("china", "agreementWith", "russia")}),
]


@pytest.mark.parametrize(("text", "expected"), AGREEING)
def test_mutual_agreement(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), AGREEING_EXCLUDED)
def test_mutual_agreement_leaves_out(nlp, text, unexpected):
    assert not unexpected & triples(nlp, text)


def test_a_group_reference_agreeing_gives_no_pairs(nlp):
    text = "Canada, Japan, Germany and Italy formed a partnership. The partners agreed to set up a forum."
    assert ("germany", "agreementWith", "italy") not in triples(nlp, text)


FACILITY = [
    ("Nokia praised Hyundai, which has announced an electric vehicle and battery plant in Georgia.",
     {("hyundai-motor-company", "focusesOn", "batteries"), ("hyundai-motor-company", "focusesOn", "electric-vehicles")}),
    ("Lynas will build a rare earths refinery in Texas.", {("lynas-rare-earths", "focusesOn", "rare-earths")}),
    # a descriptor that names a field: "state space corporation X"
    ("Russia's state space corporation Roscosmos signed a deal.", {("roscosmos", "focusesOn", "space-technology")}),
]

FACILITY_EXCLUDED = [
    ("Lynas will not build a rare earths refinery in Texas.", {("lynas-rare-earths", "focusesOn", "rare-earths")}),
    ("Ford will open a battery plant with SK On.", {("ford", "focusesOn", "batteries")}),
]


@pytest.mark.parametrize(("text", "expected"), FACILITY)
def test_facility_construction(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), FACILITY_EXCLUDED)
def test_facility_construction_leaves_out(nlp, text, unexpected):
    assert not unexpected & triples(nlp, text)


PARTNERSHIP_PHRASES = [
    ("Synopsys and Marvell plan design centres in the country, Synopsys in partnership with Samsung.",
     {("samsung-electronics", "cooperatesWith", "synopsys")}),
    ("Nokia, in partnership with Ericsson, will build the network.", {("ericsson", "cooperatesWith", "nokia")}),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERSHIP_PHRASES)
def test_in_partnership_with(nlp, text, expected):
    assert expected <= triples(nlp, text)


def test_in_partnership_negated(nlp):
    text = "Nokia will not build the network in partnership with Ericsson."
    assert ("ericsson", "cooperatesWith", "nokia") not in triples(nlp, text)


def test_named_unit(nlp):
    found = triples(nlp, "Siemens said Siemens Mobility and Siemens Healthineers would leave Russia.")
    assert ("siemens-healthineers", "partOf", "siemens") in found


def test_corporate_form_is_no_unit(nlp):
    assert not any(p == "partOf" for _, p, _ in triples(nlp, "Yandex N.V. sold Yandex."))


def test_both_members_describes_every_conjunct(nlp):
    found = triples(nlp, "Poland and Hungary, both members of NATO, objected.")
    assert {("poland", "memberOf", "nato"), ("hungary", "memberOf", "nato")} <= found


def test_both_members_needs_a_body(nlp):
    found = triples(nlp, "Poland and Hungary, both members of the panel, objected.")
    assert not any(p == "memberOf" for _, p, _ in found)
