"""Membership across sentences (round 13, r13member): a body named once and its members stated later through a
description of it (``the grouping``), with no name at all (``Finland joined in April``, ``Members include …``),
or beside a name (``Washington and its Quad partners``); groupings of the gazetteer's r13member file. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import entities, relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text)) if r.predicate == "memberOf"}


@pytest.mark.parametrize("text, expected", [
    ("BRICS leaders met in Kazan on Tuesday. The grouping, which now includes Egypt and Iran, wants more trade in "
     "local currencies.", {("egypt", "memberOf", "brics"), ("iran", "memberOf", "brics")}),
    ("BRICS was founded in 2009. The grouping now includes Egypt, Ethiopia and Iran.",
     {("egypt", "memberOf", "brics"), ("ethiopia", "memberOf", "brics"), ("iran", "memberOf", "brics")}),
    ("The Quad met in Tokyo. The group's members, the United States, Japan, India and Australia, pledged to "
     "cooperate on chips.", {("japan", "memberOf", "quad"), ("australia", "memberOf", "quad")}),
    ("The G7 met in Japan. Canada, France, Germany and Italy make up the group with Japan, the UK and the US.",
     {("canada", "memberOf", "g7"), ("italy", "memberOf", "g7")}),
])
def test_description_of_a_body_named_before(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("NATO held a summit in Vilnius. Finland joined in April, and Sweden became a member in March 2024.",
     {("finland", "memberOf", "nato"), ("sweden", "memberOf", "nato")}),
    ("ASEAN held a summit in Laos. Vietnam, which joined in 1995, hosted talks on undersea cables.",
     {("vietnam", "memberOf", "asean")}),
    ("ASEAN held a summit in Laos. Vietnam, a founding member, hosted talks on undersea cables.",
     {("vietnam", "memberOf", "asean")}),
    ("The Quad held talks in Delhi on Monday. Members include Japan and Australia.",
     {("japan", "memberOf", "quad"), ("australia", "memberOf", "quad")}),
    ("The Open RAN Policy Coalition was formed in 2020. Its founding members include Intel, Cisco and Samsung.",
     {("intel", "memberOf", "open-ran-policy-coalition"), ("cisco", "memberOf", "open-ran-policy-coalition")}),
    ("Nokia is a member of the O-RAN Alliance. Ericsson is also a member.",
     {("ericsson", "memberOf", "o-ran-alliance")}),
])
def test_member_of_the_body_the_text_is_about(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Washington and its Quad partners pledged $50 million for Pacific cables.",
     ("united-states", "memberOf", "quad")),
    ("Japan and its G7 partners agreed to cap the price of Russian oil.", ("japan", "memberOf", "g7")),
    ("Germany and other NATO allies sent air defence systems to Ukraine.", ("germany", "memberOf", "nato")),
])
def test_name_coordinated_with_the_bodys_partners(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # an invitation, a wish, a negation: no membership yet
    "BRICS leaders met in Johannesburg. Saudi Arabia and Egypt were invited to join the bloc.",
    "NATO met in Vilnius. Ukraine hopes to join one day.",
    "ASEAN held a summit in Laos. Timor-Leste is not yet a member.",
    # two bodies in reach: which one is meant is a guess
    "NATO and the EU met in Brussels. Finland joined in April.",
    # a join of something that is no body, and joins of an event
    "NATO held a summit in Vilnius. Finland joined in the talks on drones.",
    "NATO held a summit in Vilnius. Finland joined with Sweden in calling for more spending.",
    # a company joins no body of states, and "the group" after a company is the company
    "The African Union met in Addis Ababa. Safaricom joined in 2021.",
    "Huawei unveiled a chip. The group's members of staff said yields improved.",
    # partners of a company are no members of it
    "Huawei and its Chinese partners won the tender.",
])
def test_no_membership_without_a_stated_one(nlp, text):
    assert not triples(nlp, text)


def test_groupings_of_the_gazetteer_are_found(nlp):
    doc = nlp("Seoul joined the Indo-Pacific Economic Framework, and Taiwan was asked about the Chip 4 alliance. "
              "The Visegrad Group and the East African Community met officials of the Arctic Council.")
    found = set(entities(doc))
    assert {"indo-pacific-economic-framework", "chip-4", "visegrad-group", "east-african-community",
            "arctic-council"} <= found


@pytest.mark.parametrize("text, expected", [
    ("The Open Compute Alliance was founded in 2020 by Nokia, Ericsson and Samsung.",
     {("nokia", "memberOf", "open-compute-alliance"), ("samsung-electronics", "memberOf", "open-compute-alliance")}),
    ("The Ultra Compute Consortium was unveiled on Tuesday. It sets open standards for chips. AMD, Intel and Arm "
     "founded the group last year.", {("amd", "memberOf", "ultra-compute-consortium")}),
    ("The Ultra Compute Consortium was unveiled on Tuesday. AMD, Intel and Arm joined as founding members.",
     {("amd", "memberOf", "ultra-compute-consortium"), ("arm-holdings", "memberOf", "ultra-compute-consortium")}),
    ("The Ultra Compute Consortium was unveiled on Tuesday. AMD, Intel and Arm are among the founding members.",
     {("intel", "memberOf", "ultra-compute-consortium")}),
    ("The Ultra Compute Consortium was unveiled on Tuesday. Founding members AMD, Intel and Arm will share patents.",
     {("intel", "memberOf", "ultra-compute-consortium")}),
    ("The Ultra Cable Consortium was unveiled on Tuesday. Its founding members include four carriers: Orange, "
     "Telstra, Singtel and Telkom.", {("telstra", "memberOf", "ultra-cable-consortium")}),
    ("The European Union adopted new rules on Friday. Member states such as France and Germany will apply them.",
     {("france", "memberOf", "european-union"), ("germany", "memberOf", "european-union")}),
    ("The African Union held a summit in Addis Ababa. Its members are Nigeria, Kenya and Ghana, among others.",
     {("kenya", "memberOf", "african-union")}),
    ("APEC leaders met in Lima. The forum brings together the United States, China and Japan.",
     {("japan", "memberOf", "apec")}),
    ("The New Development Bank was founded in 2015. Brazil, Russia, India and South Africa are its founders.",
     {("brazil", "memberOf", "new-development-bank")}),
])
def test_founders_and_lists_of_members(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text", [
    "BRICS held a summit in Kazan. Brazil and India were joined by Egypt at the talks.",
    "The Ultra Cable Consortium was unveiled on Tuesday. The grouping includes Chinese firms.",
    "The alliance was founded in 2020 by Nokia and Ericsson.",
])
def test_no_founders_or_members_without_a_body(nlp, text):
    found = triples(nlp, text)
    assert not {t for t in found if t[0] in ("egypt", "china", "nokia", "ericsson")}


def test_partners_named_after_their_noun_leave_the_coordinated_name_out(nlp):
    found = triples(nlp, "Kazakhstan lags behind not only Japan and Canada but also fellow CIS members Russia and "
                         "Belarus in chip output.")
    assert ("japan", "memberOf", "commonwealth-of-independent-states") not in found
    assert ("canada", "memberOf", "commonwealth-of-independent-states") not in found


def test_founded_by_a_group_of_named_carriers(nlp):
    found = triples(nlp, "The Ultra Cable Consortium was unveiled on Tuesday. It will lay a cable to Singapore. It was "
                         "founded by four carriers: Orange; Telstra; Singtel; and Telkom.")
    assert {("orange", "memberOf", "ultra-cable-consortium"), ("telkom", "memberOf", "ultra-cable-consortium")} <= found
