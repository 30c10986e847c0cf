"""A list whose second item the parser reads as an apposition (``Japan, the Netherlands and the United States``):
every item is a party (``DocContext._listed_appos``). Sentences written for this test, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

LISTS = [
    ("Japan, the Netherlands and the United States restricted exports of chip tools to China.",
     [("netherlands", "restrictsExportsTo", "china"), ("united-states", "restrictsExportsTo", "china")]),
    ("Britain, the Netherlands and the United States sanctioned Rosatom.",
     [("netherlands", "sanctions", "rosatom"), ("united-states", "sanctions", "rosatom")]),
]

NOT_LISTS = [
    # a description in apposition is no party; the name after it is
    ("Nokia, the Finnish vendor, and Ericsson signed supply deals with Vodafone.",
     ("finland", "agreementWith", "vodafone")),
    # names in apposition across a clause and a semicolon are no list of parties to one another
    ("The Treasury's Office of Foreign Assets Control (OFAC) designated three firms: Beta Parts SA, registered in "
     "Geneva; Gamma Tech Inc., a Hong Kong-based wholesaler; and Sigma Trade LLC.", ("beta-parts-sa", "sanctions",
                                                                                    "gamma-tech")),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_second_item_read_as_apposition_is_a_party(nlp, text, expected):
    found = triples(nlp, text)
    for triple in expected:
        assert has_triple(found, triple)


@pytest.mark.parametrize("text,absent", NOT_LISTS)
def test_description_or_clause_between_names_is_no_list(nlp, text, absent):
    found = triples(nlp, text)
    assert absent not in found and (absent[2], absent[1], absent[0]) not in found


def test_description_case_keeps_both_names(nlp):
    found = triples(nlp, "Nokia, the Finnish vendor, and Ericsson signed supply deals with Vodafone.")
    assert {("nokia", "agreementWith", "vodafone"), ("ericsson", "agreementWith", "vodafone")} <= {
        t if t[0] != "vodafone" else (t[2], t[1], t[0]) for t in found}


SPECULATED = [
    ("Bankers say Mubadala could take a stake in Klarna.", ("mubadala", "investsIn", "klarna")),
    ("Mubadala could take a stake in Klarna, bankers say.", ("mubadala", "investsIn", "klarna")),
    ("Sources say Nvidia may invest in Mistral.", ("nvidia", "investsIn", "mistral-ai")),
    ("People familiar with the matter said Aramco could sign a supply deal with Sinopec.",
     ("saudi-aramco", "suppliesTo", "sinopec")),
]

OFFERED = [
    # a named actor's own "could" is an offer, which counts as a plan
    ("Seoul said it could supply Poland with tanks.", ("south-korea", "suppliesTo", "poland")),
    ("Nokia said it could supply Telkomsel with radios.", ("nokia", "suppliesTo", "telkomsel")),
]


@pytest.mark.parametrize("text,absent", SPECULATED)
def test_possibility_reported_by_unnamed_sources_is_no_relation(nlp, text, absent):
    assert absent not in triples(nlp, text)


@pytest.mark.parametrize("text,expected", OFFERED)
def test_named_actor_saying_it_could_act_is_a_plan(nlp, text, expected):
    assert expected in triples(nlp, text)


UNNAMED_COUNTERPART = [
    ("Ericsson and Nokia have signed contracts with several operators.", ("ericsson", "agreementWith", "nokia")),
    ("Samsung and LG signed cooperation agreements with two universities.",
     ("lg-electronics", "cooperatesWith", "samsung-electronics")),
]

MUTUAL = [
    ("Samsung and LG signed a cooperation agreement on display panels.",
     ("lg-electronics", "agreementWith", "samsung-electronics")),
    ("Russia and China signed an agreement on satellite navigation.", ("china", "agreementWith", "russia")),
]


@pytest.mark.parametrize("text,absent", UNNAMED_COUNTERPART)
def test_deal_with_an_unnamed_counterpart_pairs_no_signatories(nlp, text, absent):
    assert not has_triple(triples(nlp, text), absent)


@pytest.mark.parametrize("text,expected", MUTUAL)
def test_deal_between_the_signatories_still_pairs_them(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


SHARED_SUBJECT = [
    ("Samsung develops AI chips and competes with Apple in smartphones.",
     ("samsung-electronics", "competesWith", "apple")),
    ("Xiaomi makes phones and supplies components to Indian assemblers.", ("xiaomi", "suppliesTo", "india")),
]


@pytest.mark.parametrize("text,expected", SHARED_SUBJECT)
def test_verb_tagged_as_a_conjoined_noun_shares_the_subject(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_conjoined_noun_after_a_name_is_no_shared_subject(nlp):
    # "A and supplies" after a name: the names right before do it, not the clause's subject
    found = triples(nlp, "Lenovo buys screens from BOE and supplies laptops to Brazil.")
    assert ("boe", "suppliesTo", "brazil") not in found


def test_leaders_cooperating_pair_their_states_not_themselves(nlp):
    found = triples(nlp, "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev agreed to deepen "
                         "cooperation.")
    assert has_triple(found, ("kazakhstan", "cooperatesWith", "russia"))
    assert not has_triple(found, ("kassym-jomart-tokayev", "cooperatesWith", "vladimir-putin"))


def test_a_list_read_as_apposition_agrees_together(nlp):
    found = triples(nlp, "Japan, the Netherlands and the United States agreed to align their chip export rules.")
    assert has_triple(found, ("netherlands", "agreementWith", "united-states"))


NAMED_HEADS = [
    ("The Mercosur bloc, which includes Brazil and Paraguay, signed a trade deal with the EU.",
     [("european-union", "agreementWith", "mercosur"), ("brazil", "memberOf", "mercosur")]),
    ("The Tata group signed a deal with Airbus.", [("airbus", "agreementWith", "tata-group")]),
]


@pytest.mark.parametrize("text,expected", NAMED_HEADS)
def test_a_name_before_its_description_is_the_actor(nlp, text, expected):
    found = triples(nlp, text)
    assert all(has_triple(found, t) for t in expected)


def test_a_person_or_country_before_a_noun_is_no_such_actor(nlp):
    found = triples(nlp, "The China group of the forum signed a deal with Airbus.")
    assert not has_triple(found, ("airbus", "agreementWith", "china"))


def test_one_prompted_to_act_acts(nlp):
    found = triples(nlp, "Visa and Mastercard suspended operations in Russia, prompting Russian banks to turn to "
                         "UnionPay.")
    assert has_triple(found, ("china-unionpay", "cooperatesWith", "russia"))
    assert not has_triple(found, ("china-unionpay", "cooperatesWith", "visa"))


def test_one_pressured_to_act_acts(nlp):
    found = triples(nlp, "Washington pressured the Netherlands to restrict exports of ASML machines to China.")
    assert ("netherlands", "restrictsExportsTo", "china") in found
    assert ("united-states", "restrictsExportsTo", "china") not in found


def test_a_country_inside_a_name_does_not_place_a_firm_the_gazetteer_places_elsewhere(nlp):
    found = triples(nlp, "Carlos Slim's America Movil owns Claro.")
    assert ("america-movil", "basedIn", "united-states") not in found
    assert ("government-of-russia", "basedIn", "russia") in triples(nlp, "Russia's government approved the plan.")


PUNISHED_FOR = [
    ("Huawei was sanctioned for supplying drones to Russia.", ("huawei", "suppliesTo", "russia")),
    ("Nokia was praised for helping Ukraine rebuild its networks.", ("nokia", "cooperatesWith", "ukraine")),
]


@pytest.mark.parametrize("text,expected", PUNISHED_FOR)
def test_one_punished_for_an_act_in_the_passive_did_it(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_an_unnamed_object_punished_for_an_act_leaves_the_punisher_out(nlp):
    found = triples(nlp, "The Treasury designated three Kyrgyz exchanges for helping Russia evade sanctions.")
    assert not has_triple(found, ("russia", "cooperatesWith", "united-states-department-of-the-treasury"))


GROUPS_OF_FIRMS = [
    ("Chinese suppliers partnered with Iran.", ("china", "cooperatesWith", "iran")),
    ("General Motors runs joint ventures with two Chinese carmakers, among them SAIC Motor and FAW Group.",
     ("general-motors", "jointVentureWith", "saic-motor")),
]


@pytest.mark.parametrize("text,expected", GROUPS_OF_FIRMS)
def test_more_kinds_of_firms_make_unnamed_groups(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_a_group_with_named_examples_is_no_country_party(nlp):
    found = triples(nlp, "General Motors runs joint ventures with two Chinese carmakers, among them SAIC Motor and "
                         "FAW Group.")
    assert not has_triple(found, ("china", "jointVentureWith", "general-motors"))


@pytest.mark.parametrize("text", [
    "Gina Raimondo, the US commerce secretary, negotiated the deal.",
    "The deal was negotiated by Gina Raimondo, the US Commerce Secretary.",
])
def test_a_title_in_apposition_after_the_name_gives_the_body(nlp, text):
    assert ("gina-raimondo", "leaderOf", "united-states-department-of-commerce") in triples(nlp, text)


def test_a_body_in_apposition_without_a_title_gives_no_head(nlp):
    found = triples(nlp, "Gina Raimondo, the US Commerce Department's lawyer, spoke.")
    assert ("gina-raimondo", "leaderOf", "united-states-department-of-commerce") not in found


def test_a_states_own_investor_does_not_invest_in_the_state(nlp):
    found = triples(nlp, "Temasek, Singapore's state investor, led a $200 million round in eFishery.")
    assert ("temasek", "investsIn", "singapore") not in found
    assert ("south-korea", "investsIn", "vietnam") in triples(
        nlp, "South Korea, Vietnam's biggest foreign investor, pledged more money.")


def test_a_town_shared_by_countries_takes_the_region_after_it(nlp):
    assert ("arm-holdings", "basedIn", "united-kingdom") in triples(
        nlp, "Arm is headquartered in Cambridge, England.")
