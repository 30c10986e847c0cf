"""Focus constructions of branch r9-focus: each test sentence is written for its construction, not taken from a
gold file; the negatives show what the construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def rule_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations a rule found (not only the trained model)."""
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))
            if any(not e.rule.startswith("model:") for e in r.evidence)}


def rules_of(nlp, text: str) -> set[str]:
    return {e.rule for r in ext.relations(nlp(text)) for e in r.evidence}


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("The servers are built around Intel processors.", "intel", "semiconductors"),
    ("The cluster runs on Nvidia graphics chips bought last year.", "nvidia", "gpus"),
    ("The network runs on Nokia 5G equipment.", "nokia", "5g"),
    ("The Samsung chip plant in Texas opened on Monday.", "samsung-electronics", "semiconductors"),
])
def test_a_brand_on_its_product_works_on_the_technology(nlp, text: str, org: str, tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:brand" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Washington extended the Huawei 5G ban to the whole country.",  # the name is on the ban, not a product
    "Regulators opened the Huawei 5G inquiry in May.",
    "Ericsson said Nokia's rivals build 5G equipment.",
])
def test_a_name_that_is_no_brand_of_the_technology_gives_nothing(nlp, text: str) -> None:
    assert "focus:brand" not in rules_of(nlp, text)


def test_a_maker_word_names_the_technology_the_document_mentions(nlp) -> None:
    text = "Sales of passenger cars fell. Geely, China's second-largest car exporter, opened an office in Lagos."
    assert ("geely", "focusesOn", "automobiles") in rule_triples(nlp, text)
    text = "Passenger cars are costly. The plant belonged to South Korean carmaker Kia, which left in 2022."
    assert ("kia", "focusesOn", "automobiles") in rule_triples(nlp, text)


def test_a_maker_word_alone_gives_nothing(nlp) -> None:
    # a carmaker named in passing, in a text that is not about its cars
    text = "Toyota, the country's largest carmaker, took a 2% stake in the chip plant."
    assert "focus:maker_word" not in rules_of(nlp, text)


def test_the_partner_a_product_is_made_with_makes_it_too(nlp) -> None:
    text = "Safran produces helicopter engines with Hindustan Aeronautics Limited."
    assert ("hindustan-aeronautics-limited", "focusesOn", "helicopter-engines") in rule_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Intel makes chips with equipment from ASML.",  # what it is made with is no partner
    "Safran could produce helicopter engines with Hindustan Aeronautics Limited.",
    "Safran does not produce helicopter engines with Hindustan Aeronautics Limited.",
])
def test_made_with_leaves_tools_and_possibilities_alone(nlp, text: str) -> None:
    assert "focus:made_with" not in rules_of(nlp, text)


def test_where_a_service_is_offered_is_no_field_of_the_seller(nlp) -> None:
    text = "Infosys will offer software services in Nvidia's data centres in Pune."
    assert not any(s == "infosys" and o == "data-centres" for s, _, o in rule_triples(nlp, text))
    # but the field a company invests in is its focus
    assert ("infosys", "focusesOn", "data-centres") in rule_triples(nlp, "Infosys will invest in data centres.")


@pytest.mark.parametrize(("text", "orgs", "tech"), [
    ("The ministry listed 14 Chinese companies that build drones for the army, among them DJI and Autel Robotics.",
     {"dji", "autel-robotics"}, "drones"),
    ("Regulators fined three firms that make surveillance cameras, including Hikvision.", {"hikvision"},
     "surveillance-technology"),
    ("The agency added Sugon to its list, along with 12 Chinese companies that design chips for artificial "
     "intelligence, among them Cambricon Technologies and CETC.", {"cambricon", "cetc"}, "artificial-intelligence"),
])
def test_named_examples_of_a_group_make_what_its_clause_says(nlp, text: str, orgs: set[str], tech: str) -> None:
    found = rule_triples(nlp, text)
    assert {(o, "focusesOn", tech) for o in orgs} <= found


def test_examples_of_a_group_that_does_not_make_it_give_nothing(nlp) -> None:
    text = "The ministry listed firms that do not build drones, among them DJI."
    assert "focus:group_clause" not in rules_of(nlp, text)


def test_a_state_named_by_the_adjective_of_its_companies_is_not_the_maker(nlp) -> None:
    text = "The ministry listed 14 Chinese companies that build drones for the army, among them DJI."
    assert ("china", "focusesOn", "drones") not in rule_triples(nlp, text)
    assert ("china", "focusesOn", "drones") in rule_triples(nlp, "China builds drones for the army.")


def test_a_named_unit_works_on_its_field_not_its_parent(nlp) -> None:
    found = rule_triples(nlp, "The modem was designed by Huawei's chip unit HiSilicon.")
    assert ("hisilicon", "focusesOn", "semiconductors") in found
    assert ("huawei", "focusesOn", "semiconductors") not in found
    # an unnamed unit is the parent's own work
    assert ("samsung-electronics", "focusesOn", "semiconductors") in rule_triples(
        nlp, "Samsung's chip unit posted a loss.")


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("Infineon turns out millions of power chips a year in Dresden.", "infineon", "semiconductors"),
    ("Safaricom rolled out 5G services in Nairobi last year.", "safaricom", "5g"),
])
def test_a_phrasal_verb_of_making_gives_focus(nlp, text: str, org: str, tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:phrasal" in rules_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Vodacom has not rolled out 5G yet.",
    "Vodacom could roll out 5G next year.",
    "Vodacom turned down 5G equipment from Huawei.",  # another particle, another verb
])
def test_a_phrasal_verb_negated_possible_or_of_another_particle_gives_nothing(nlp, text: str) -> None:
    assert "focus:phrasal" not in rules_of(nlp, text)


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("Lynas, the Perth-based owner of the largest rare earths mine outside China, signed the deal.",
     "lynas-rare-earths", "rare-earths"),
    ("Glencore is the operator of two cobalt mines in Congo.", "glencore", "cobalt"),
])
def test_who_owns_or_runs_the_works_of_a_technology_works_on_it(nlp, text: str, org: str, tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)
    assert "focus:works_owner" in rules_of(nlp, text)


def test_the_owner_of_no_works_gives_nothing(nlp) -> None:
    # owning a company, or running a network, is not owning the works of a technology
    assert "focus:works_owner" not in rules_of(nlp, "Telstra, the operator of the country's 5G network, grew.")


@pytest.mark.parametrize(("text", "org", "tech"), [
    ("Umicore said the plan recognised the company's role as the largest producer of cobalt in Europe.",
     "umicore", "cobalt"),
    ("Analysts praised Glencore's role as the only major producer of copper in the country.", "glencore", "copper"),
])
def test_a_role_as_a_maker_gives_focus(nlp, text: str, org: str, tech: str) -> None:
    assert (org, "focusesOn", tech) in rule_triples(nlp, text)


def test_a_role_as_a_buyer_gives_no_focus(nlp) -> None:
    assert "focus:role_as" not in rules_of(nlp, "Umicore's role as a buyer of cobalt grew.")
