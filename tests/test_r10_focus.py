"""Focus and seat constructions of branch r10-focus: each test sentence is written for its construction, not taken
from a gold file; the negatives show what the construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext
from rule_runs import rules_by_triple


def rule_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations a rule found (not only the trained model)."""
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))
            if any(not e.rule.startswith("model:") for e in r.evidence)}


def rules_of(nlp, text: str) -> set[str]:
    """Every rule that found one of the relations of ``text`` (not only the merged evidence's)."""
    return {rule for rules in rules_by_triple(nlp, text).values() for rule in rules}


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("Toyota announced $2 billion of new investment in robotics.", "toyota", "robotics"),
    ("Samsung plans a $3 billion investment in quantum computing in Texas.", "samsung-electronics",
     "quantum-computing"),
    ("Hyundai Motor Group, which has pledged further investment in electric vehicles, said sales rose.",
     "hyundai-motor-company", "electric-vehicles"),
    ("Toyota opened a plant in Kentucky and announced a further $1 billion of investment in batteries.",
     "toyota", "batteries"),
])
def test_announced_investment_in_a_field_gives_focus(nlp, text: str, org: str, tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:pledged-investment" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Samsung did not announce any investment in artificial intelligence.",  # negated
    "Samsung made an investment in a robotics start-up.",  # a company, not the field
    "Toyota announced an investment in Panasonic's battery business.",  # another actor's business
])
def test_investment_that_is_no_pledge_in_a_field_gives_nothing(nlp, text: str) -> None:
    assert "focus:pledged-investment" not in rules_of(nlp, text)


def test_a_product_maker_word_names_the_technology_of_the_listed_names(nlp) -> None:
    text = "Tencent has also funded two young Chinese model developers, Zhipu AI and Baichuan, as artificial " \
           "intelligence spending grows."
    found = rule_triples(nlp, text)
    assert ("zhipu-ai", "focusesOn", "artificial-intelligence") in found
    assert ("baichuan", "focusesOn", "artificial-intelligence") in found
    text = "The camera makers Hikvision and Dahua sell surveillance technology across Africa."
    assert ("dahua", "focusesOn", "surveillance-technology") in rule_triples(nlp, text)


def test_a_maker_word_of_several_words_takes_the_field_the_document_names(nlp) -> None:
    text = "Nuclear power is growing. Russian state nuclear corporation Rosatom signed the deal."
    assert ("rosatom", "focusesOn", "nuclear-power") in rule_triples(nlp, text)
    text = "Shipbuilding is booming. South Korean shipbuilder Hanwha Ocean won the order."
    assert ("hanwha-ocean", "focusesOn", "shipbuilding") in rule_triples(nlp, text)
    # no nuclear field named in the text
    assert "focus:product-maker-word" not in rules_of(nlp, "The state nuclear corporation Rosatom signed a deal.")


def test_a_product_maker_word_needs_its_technology_and_its_names_in_the_sentence(nlp) -> None:
    # the document never names artificial intelligence: a model developer in passing
    assert "focus:product-maker-word" not in rules_of(nlp, "Tencent has funded the model developers Zhipu AI.")
    # "both camera makers" refers back: the sentence names none of them
    text = "Hikvision sells surveillance technology. Both camera makers were added to the list in 2019."
    assert "focus:product-maker-word" not in rules_of(nlp, text)


def test_a_dashed_list_after_a_described_group_is_based_in_its_country(nlp) -> None:
    text = "The four Swedish companies cleared to bid in the 5G auction on Monday — Telenor and Tele2 — said " \
           "nothing."
    found = rule_triples(nlp, text)
    assert ("telenor", "basedIn", "sweden") in found and ("tele2", "basedIn", "sweden") in found
    assert "based:described-group-list" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    # a single name after the dash
    "The four Swedish companies cleared to bid in the 5G auction on Monday — Telenor — said nothing.",
    # a country among the names: not a list of the group's companies
    "The three Swedish operators chosen last year to build 5G networks — Telenor, ASML and Japan — must pay.",
])
def test_a_dashed_list_that_is_no_list_of_the_group_gives_nothing(nlp, text: str) -> None:
    assert "based:described-group-list" not in rules_of(nlp, text)


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("The Artificial Intelligence Alliance, a body created in 2021 to promote artificial intelligence in Russia, "
     "met in Moscow.", "artificial-intelligence-alliance", "artificial-intelligence"),
    ("Nvidia, which aims to develop quantum computing, hired staff.", "nvidia", "quantum-computing"),
    ("The Minerals Security Partnership, a group of countries working to secure supply chains for critical "
     "minerals such as lithium, met in Toronto.", "minerals-security-partnership", "lithium"),
])
def test_what_an_organisation_is_set_up_or_works_to_do_with_a_field_gives_focus(nlp, text: str, org: str,
                                                                                tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:purpose-clause" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Nvidia, which does not aim to develop quantum computing, hired staff.",  # negated
    "Nvidia, which hopes Intel will develop quantum computing, hired staff.",  # another subject's clause
    "Nvidia hired staff to develop quantum computing.",  # the purpose of an act, not of a body's description
])
def test_a_purpose_that_is_no_organisation_s_gives_nothing(nlp, text: str) -> None:
    assert "focus:purpose-clause" not in rules_of(nlp, text)


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("Huawei, one of the leaders in 5G, denied the claims.", "huawei", "5g"),
    ("Huawei has become a key player in cloud computing.", "huawei", "cloud-computing"),
    ("Nvidia is at the forefront of artificial intelligence.", "nvidia", "artificial-intelligence"),
])
def test_standing_in_a_field_gives_focus(nlp, text: str, org: str, tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:standing" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Huawei is not a major player in 5G.",  # negated
    "Huawei, a key player in Africa, sells phones in Kenya.",  # a place, no field
    "Kim Jong Un, the leader of North Korea, visited Moscow.",  # a title
    '"We want to become key players in 5G," the Ericsson chief said.',  # a speaker's aim
    '"We are partners to become key players in 5G," the Ericsson chief said.',
])
def test_standing_without_a_field_or_holder_gives_nothing(nlp, text: str) -> None:
    assert "focus:standing" not in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Nvidia dominates the market for GPUs.",
    "Nvidia controls about 80% of the global GPU market.",
])
def test_who_dominates_a_technology_market_works_on_it(nlp, text: str) -> None:
    assert ("nvidia", "focusesOn", "gpus") in rule_triples(nlp, text)
    assert "focus:dominated-market" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Nvidia does not dominate the market for GPUs.",  # negated
    "Nvidia dominates the debate in Washington.",  # no market
])
def test_no_dominated_technology_market_gives_nothing(nlp, text: str) -> None:
    assert "focus:dominated-market" not in rules_of(nlp, text)


@pytest.mark.parametrize(("text", "actor", "tech"), [
    ("Kenya's drive to equip its police with facial recognition began in 2018.", "kenya", "facial-recognition"),
    ("India's push to build its own semiconductors has stalled.", "india", "semiconductors"),
    ("Russia's plan to develop quantum computing by 2030 was approved.", "russia", "quantum-computing"),
])
def test_an_actor_s_drive_to_build_a_technology_gives_focus(nlp, text: str, actor: str, tech: str) -> None:
    assert (actor, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:drive-to" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "The US effort to curb China's access to semiconductors widened.",  # a curb, no building
    "Huawei's bid to buy a stake in a 5G operator failed.",  # buying a stake
    "Russia's plan not to develop quantum computing was approved.",  # negated
])
def test_a_drive_that_builds_nothing_gives_nothing(nlp, text: str) -> None:
    assert "focus:drive-to" not in rules_of(nlp, text)


def test_names_described_as_both_of_a_country_are_based_there(nlp) -> None:
    text = "Zain and Ooredoo, both Kuwaiti operators, sell phones."
    found = rule_triples(nlp, text)
    assert ("zain", "basedIn", "kuwait") in found and ("ooredoo", "basedIn", "kuwait") in found
    assert "based:both-described" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Zain and Ooredoo, both operators, sell phones in Kuwait.",  # no country in the description
    "Zain and Ooredoo both sell phones to Kuwaiti operators.",  # the customers are Kuwaiti
])
def test_no_described_country_of_both_names_gives_nothing(nlp, text: str) -> None:
    assert "based:both-described" not in rules_of(nlp, text)
