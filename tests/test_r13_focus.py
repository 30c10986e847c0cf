"""Focus, supply and investment constructions of branch r13focus: each test sentence is written for its
construction, not taken from a gold file; the negatives show what the construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext
from rule_runs import rules_by_triple


def rule_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations a rule found (not only the trained model)."""
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))
            if any(not e.rule.startswith("model:") for e in r.evidence)}


def rules_of(nlp, text: str) -> set[str]:
    """Every rule that found one of the relations of ``text``."""
    return {rule for rules in rules_by_triple(nlp, text).values() for rule in rules}


@pytest.mark.parametrize(("text", "actor", "tech"), [
    ("Baidu's work on autonomous vehicles has slowed, according to Reuters.", "baidu", "autonomous-vehicles"),
    ("Toyota's research into hydrogen continues despite Tesla's lead.", "toyota", "hydrogen-energy"),
    ("Intel said it would expand semiconductor production in Ireland and Israel.", "intel", "semiconductors"),
    ("SK Hynix plans to boost output of high-bandwidth memory as demand from Nvidia grows.", "sk-hynix",
     "high-bandwidth-memory"),
])
def test_an_actors_work_research_or_output_in_a_field_gives_focus(nlp, text: str, actor: str, tech: str) -> None:
    assert (actor, "focusesOn", tech) in rule_triples(nlp, text)
    assert any(r.startswith("focus:activity:") for r in rules_of(nlp, text))


@pytest.mark.parametrize("text", [
    "China's semiconductor production rose 10% last year.",  # a country's output: its economy
    "Intel and TSMC will expand semiconductor production together in Arizona.",  # a cooperation
    "Samsung did not expand battery production in Hungary.",  # negated
    "Microsoft's AI investments include OpenAI.",  # stakes in companies, not the field (no activity noun)
])
def test_activity_nouns_leave_economy_cooperation_and_negation_alone(nlp, text: str) -> None:
    assert not any(r.startswith("focus:activity:") for r in rules_of(nlp, text))


@pytest.mark.parametrize(("text", "leader", "tech"), [
    ("The Airbus-led drones project includes Dassault and Leonardo.", "airbus", "drones"),
    ("The Eurodrone programme, led by Airbus with Dassault and Leonardo, will build drones for Germany.",
     "airbus", "drones"),
    ("The Japanese-led project to build fighter aircraft moved ahead.", "japan", "military-aircraft"),
])
def test_the_leader_of_a_project_in_a_field_works_on_it(nlp, text: str, leader: str, tech: str) -> None:
    assert (leader, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:led-project" in rules_of(nlp, text)


def test_a_led_protest_or_a_project_without_field_gives_nothing(nlp) -> None:
    assert "focus:led-project" not in rules_of(nlp, "The Huawei-led protest against the ban drew support from ZTE.")
    assert "focus:led-project" not in rules_of(nlp, "The Airbus-led project stalled in Germany.")


@pytest.mark.parametrize(("text", "actors", "techs"), [
    ("Humain and G42 are spending heavily on artificial intelligence and data centres.", ("humain", "g42"),
     ("artificial-intelligence", "data-centres")),
    ("Japan has spent $25 billion on semiconductors since 2021.", ("japan",), ("semiconductors",)),
])
def test_who_spends_on_a_field_works_on_it(nlp, text: str, actors: tuple[str, ...], techs: tuple[str, ...]) -> None:
    found = rule_triples(nlp, text)
    assert {(a, "focusesOn", t) for a in actors for t in techs} <= found


@pytest.mark.parametrize("text", [
    "Microsoft spent $10 billion on OpenAI's models.",  # another actor's product
    "Samsung will spend $5 billion on chips with Apple.",  # a cooperation
    "Japan has not spent money on semiconductors.",  # negated
])
def test_spending_on_a_product_with_a_partner_or_negated_gives_no_field(nlp, text: str) -> None:
    assert "focus:spent-on-field" not in rules_of(nlp, text)


def test_a_technology_that_describes_another_actor_is_not_the_verbs_field(nlp) -> None:
    text = "Amazon, Google and Salesforce have all invested in Anthropic, which makes the Claude chatbot."
    found = rule_triples(nlp, text)
    assert ("amazon", "investsIn", "anthropic") in found
    assert ("amazon", "focusesOn", "artificial-intelligence") not in found
    assert ("anthropic", "focusesOn", "artificial-intelligence") in found
    # the parser hangs the rest of the list on the first relative clause's object
    text = "The consortium of Thales, which makes radar and sonar, Leonardo, a maker of military helicopters, " \
           "and Saab, the Swedish producer of fighter aircraft, won the tender in Brazil."
    found = rule_triples(nlp, text)
    assert ("thales", "focusesOn", "radar") in found and ("thales", "focusesOn", "sonar") in found
    assert ("thales", "focusesOn", "military-helicopters") not in found
    assert ("thales", "focusesOn", "military-aircraft") not in found
    assert ("leonardo", "focusesOn", "military-helicopters") in found


def test_having_a_party_as_customer_or_shareholder_gives_the_role(nlp) -> None:
    text = "Cerebras, a US maker of artificial intelligence chips, has G42 of the UAE as its biggest customer."
    assert ("cerebras", "suppliesTo", "g42") in rule_triples(nlp, text)
    assert ("microsoft", "investsIn", "mistral-ai") in rule_triples(nlp, "Mistral has Microsoft as a shareholder.")
    # a partner is no role of supply or investment; a negated holding gives nothing
    assert not {t for t in rule_triples(nlp, "Mistral has Microsoft as a partner.") if t[1] in
                ("suppliesTo", "investsIn")}
    assert ("samsung-electronics", "suppliesTo", "apple") not in rule_triples(
        nlp, "Samsung does not have Apple as a customer.")


def test_a_plural_relative_clause_after_a_list_is_said_of_every_name(nlp) -> None:
    text = "Lockheed Martin, Boeing and Raytheon, which build fighter aircraft for the Pentagon, reported orders."
    found = rule_triples(nlp, text)
    assert {("lockheed-martin", "focusesOn", "military-aircraft"), ("boeing", "focusesOn", "military-aircraft"),
            ("rtx", "focusesOn", "military-aircraft")} <= found
    # a singular verb agrees with the nearest name only
    text = "Lockheed Martin and Raytheon, which builds missiles and radar for the Pentagon, reported higher orders."
    found = rule_triples(nlp, text)
    assert ("rtx", "focusesOn", "radar") in found
    assert ("lockheed-martin", "focusesOn", "radar") not in found


def test_a_plural_description_after_a_list_describes_every_name(nlp) -> None:
    found = rule_triples(nlp, "Nokia and Ericsson, the two European suppliers of 5G equipment, gained orders.")
    assert ("nokia", "focusesOn", "5g") in found and ("ericsson", "focusesOn", "5g") in found
    # a singular description is the name before it (main's rule, kept)
    found = rule_triples(nlp, "Nokia and Huawei, the Chinese maker of 5G equipment, gained orders.")
    assert ("huawei", "focusesOn", "5g") in found and ("nokia", "focusesOn", "5g") not in found


def test_goods_from_a_group_whose_names_follow_are_made_by_the_names(nlp) -> None:
    text = "Washington restricted sales of AI chips from two American companies, Nvidia and AMD, to China."
    found = rule_triples(nlp, text)
    assert ("nvidia", "focusesOn", "semiconductors") in found and ("amd", "focusesOn", "semiconductors") in found
    assert "focus:goods-from" in rules_of(nlp, "Huawei received chips from TSMC until 2020.")
    # a country goods come from is a place of trade, no maker
    assert "focus:goods-from" not in rules_of(nlp, "The ban covers imports of chips from Taiwan.")


@pytest.mark.parametrize(("text", "supplier", "owner"), [
    ("The Safaricom network uses equipment from Huawei and Nokia.", "huawei", "safaricom"),
    ("Kenya's police force bought surveillance cameras from Hikvision.", "hikvision", "kenya"),
    ("The Vodafone Germany network relies on Huawei equipment.", "huawei", "vodafone"),
])
def test_the_owner_of_a_network_or_force_receives_what_it_buys_or_uses(nlp, text: str, supplier: str,
                                                                       owner: str) -> None:
    found = rule_triples(nlp, text)
    assert (supplier, "suppliesTo", owner) in found
    assert (supplier, "suppliesTo", "germany") not in found  # the operator, not the country it works in


def test_an_owned_unit_that_makes_a_technology_gives_its_owner_focus(nlp) -> None:
    found = rule_triples(nlp, "Samsung's foundry subsidiary makes chips for Qualcomm.")
    assert ("samsung-electronics", "focusesOn", "semiconductors") in found
    found = rule_triples(nlp, "Tencent's AI lab published a paper.")
    assert ("tencent", "focusesOn", "artificial-intelligence") in found
    # a named subject, a negated clause or an owner of a thing that is no unit: nothing from this rule
    assert not any(r.startswith("focus:owned-subject") for r in rules_of(nlp, "Samsung's chief makes no chips."))
    assert not any(r.startswith("supply:owned-subject") for r in rules_of(
        nlp, "The Safaricom network did not use equipment from Huawei."))


def test_starting_mass_production_a_launched_range_and_a_focused_descriptor_give_focus(nlp) -> None:
    found = rule_triples(nlp, "Samsung started mass production of high-bandwidth memory in April.")
    assert ("samsung-electronics", "focusesOn", "high-bandwidth-memory") in found
    found = rule_triples(nlp, "Nvidia unveiled a new range of artificial intelligence chips at its conference.")
    assert ("nvidia", "focusesOn", "semiconductors") in found
    assert "focus:launched-range:unveil" in rules_of(nlp, "Nvidia unveiled a new range of artificial intelligence "
                                                          "chips at its conference.")
    found = rule_triples(nlp, "Anduril, the drone-focused defence start-up, raised $1.5 billion.")
    assert ("anduril", "focusesOn", "drones") in found
    found = rule_triples(nlp, "CATL, the dominant force in batteries, signed a deal with Ford.")
    assert ("catl", "focusesOn", "batteries") in found


def test_a_range_launched_with_a_partner_or_a_focus_on_no_technology_gives_nothing(nlp) -> None:
    text = "Nvidia unveiled a new range of artificial intelligence chips with MediaTek."
    assert not any(r.startswith("focus:launched-range") for r in rules_of(nlp, text))
    text = "Anduril, the profit-focused defence start-up, raised $1.5 billion."
    assert "focus:focused-descriptor" not in rules_of(nlp, text)


def test_more_maker_words_name_the_field_the_document_names(nlp) -> None:
    text = "Tanks are back in demand. The tank maker KNDS signed a deal with Poland."
    assert ("knds", "focusesOn", "tanks") in rule_triples(nlp, text)
    assert "focus:product-maker-word" in rules_of(nlp, text)
    # a maker word whose field the document never names says nothing
    assert "focus:product-maker-word" not in rules_of(nlp, "The tank maker KNDS signed a deal with Poland.")


@pytest.mark.parametrize(("text", "lender", "borrower"), [
    ("An ADB loan for Sri Lanka will finance solar energy projects.", "asian-development-bank", "sri-lanka"),
    ("The IMF's $3 billion bailout for Egypt was approved.", "international-monetary-fund", "egypt"),
])
def test_a_loan_or_bailout_for_a_party_is_an_investment_in_it(nlp, text: str, lender: str, borrower: str) -> None:
    assert (lender, "investsIn", borrower) in rule_triples(nlp, text)


def test_a_loan_for_a_purpose_names_no_party(nlp) -> None:
    found = rule_triples(nlp, "The ADB approved a loan for the construction of a port.")
    assert not {t for t in found if t[1] == "investsIn"}


@pytest.mark.parametrize(("text", "maker", "recipient"), [
    ("Washington will provide Ukraine with Patriot air defence systems made by Raytheon.", "rtx", "ukraine"),
    ("Germany equipped the Egyptian navy with submarines from TKMS.", "thyssenkrupp-marine-systems", "navy-of-egypt"),
])
def test_the_maker_of_goods_provided_to_a_party_supplies_it(nlp, text: str, maker: str, recipient: str) -> None:
    assert (maker, "suppliesTo", recipient) in rule_triples(nlp, text)
    assert "supply:provided-goods-maker" in rules_of(nlp, text)


def test_goods_not_provided_or_without_maker_give_no_maker(nlp) -> None:
    assert "supply:provided-goods-maker" not in rules_of(
        nlp, "Germany did not provide Ukraine with missiles made by MBDA.")
    assert "supply:provided-goods-maker" not in rules_of(nlp, "Lockheed Martin will supply Poland with fighter jets.")


def test_a_company_that_provides_a_technology_works_on_it(nlp) -> None:
    text = "Huawei provides cloud computing services to governments in Africa."
    assert ("huawei", "focusesOn", "cloud-computing") in rule_triples(nlp, text)
    # a state providing weapons supplies them; a negated offer gives nothing
    assert "focus:company-provides:provide" not in rules_of(
        nlp, "The United States will provide air defence systems to Ukraine.")
    assert "focus:company-provides:provide" not in rules_of(
        nlp, "Microsoft will not provide artificial intelligence tools to the Chinese military.")


def test_getting_goods_from_a_maker_and_a_makers_goods_used_by_others_give_supply(nlp) -> None:
    found = rule_triples(nlp, "Kenya's Safaricom gets most of its network equipment from Huawei.")
    assert ("huawei", "suppliesTo", "safaricom") in found
    found = rule_triples(nlp, "ASML, whose machines are used by TSMC and Samsung, reported strong orders.")
    assert ("asml", "suppliesTo", "tsmc") in found and ("asml", "suppliesTo", "samsung-electronics") in found


def test_getting_no_goods_or_goods_not_used_give_no_supply(nlp) -> None:
    text = "Safaricom got approval from Huawei to launch 5G services."
    assert not any(r.startswith("supply:got-goods") for r in rules_of(nlp, text))
    text = "ASML, whose machines are not used by Huawei, reported strong orders."
    assert "supply:whose-goods-used" not in rules_of(nlp, text)
