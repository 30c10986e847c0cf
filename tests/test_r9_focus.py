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
