"""Technology mentions and focus constructions of branch r8-focus5: each test sentence is written for its
construction, not taken from a gold file; the negatives show what the construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext
from kg.nlp.gazetteer import hyphenated, kb_patterns, load_kb


def rule_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations a rule found (not only the trained model)."""
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))
            if any(not e.rule.startswith("model:") for e in r.evidence)}


def technologies(nlp, text: str) -> set[str]:
    return {eid for eid, e in ext.entities(nlp(text)).items() if e.type == "Technology"}


def test_hyphenated_forms_of_technology_names_are_patterns() -> None:
    kb = load_kb()
    patterns = {(p["pattern"], p["id"]) for p in kb_patterns(kb, case_sensitive=False)}
    assert ("satellite-internet", "satellite-internet") in patterns
    assert ("quantum-computing", "quantum-computing") in patterns
    # a form the gazetteer already has is not made again, nor one of another type
    assert sum(1 for p, _ in patterns if p == "artificial-intelligence") == 1
    assert not any(i == "russia" for p, i in patterns if "-" in p and p == hyphenated(p.replace("-", " ")))


@pytest.mark.parametrize(("text", "tech"), [
    ("Orbit Link, the satellite-internet arm of the group, grew fast.", "satellite-internet"),
    ("Kestrel, a Turkish electric-car brand, opened a plant.", "electric-vehicles"),
    ("The firm builds unmanned aerial systems for border guards.", "drones"),
    ("Its quantum-computing lab opened in May.", "quantum-computing"),
    ("The start-up designs AI processors for servers.", "semiconductors"),
    ("The group sold its self-driving unit last year.", "autonomous-vehicles"),
    ("Investors poured money into solar and wind.", "solar-energy"),
    ("The lab trains language models on Arabic text.", "large-language-models"),
    ("The agency will build a spacecraft for lunar exploration.", "space-technology"),
])
def test_technology_spellings(nlp, text: str, tech: str) -> None:
    assert tech in technologies(nlp, text)


def test_generic_words_stay_out(nlp) -> None:
    # "digital" and "communication" alone name no technology area
    assert technologies(nlp, "The digital age changed communication between the ministries.") == set()


INCLUDED = [
    # a product clause under a banning verb is not negated by it
    ("Seoul blocked 12 mobile apps developed by Chinese firms, among them Tencent and Baidu.",
     {("tencent", "focusesOn", "mobile-applications"), ("baidu", "focusesOn", "mobile-applications")}),
    # research at two bodies, the second "at" hung on the verb
    ("Maria Ivanova, who leads quantum computing research at the Russian Quantum Center and at Skoltech, spoke.",
     {("russian-quantum-center", "focusesOn", "quantum-computing"), ("skoltech", "focusesOn", "quantum-computing")}),
    # the companies chosen as suppliers of a technology work on it
    ("Telkom picked Ericsson and Nokia as suppliers of 5G equipment.",
     {("ericsson", "focusesOn", "5g"), ("nokia", "focusesOn", "5g")}),
    # a technology named by the kind of company it is, before a list broken by a relative clause
    ("Nvidia signed deals with the cloud providers Nebius, which is based in Amsterdam, and Oracle.",
     {("nebius", "focusesOn", "cloud-computing"), ("oracle", "focusesOn", "cloud-computing")}),
    # a head of state's pursuit of a technology is the state's, when the text names the state
    ("Kim Jong Un pushes the development of drones and submarines, North Korean media said.",
     {("north-korea", "focusesOn", "drones"), ("north-korea", "focusesOn", "submarines")}),
    # a brand described by a technology
    ("Zeekr, a Chinese electric-car brand, opened a plant in Hungary.", {("zeekr", "focusesOn",
                                                                        "electric-vehicles")}),
    # a named product given to its maker, when the document names the product's technology
    ("Banks tested OpenAI's ChatGPT for a year. AI is booming.", {("openai", "focusesOn", "artificial-intelligence")}),
    ("Raytheon, the Patriot maker, won a contract for air defence systems.",
     {("rtx", "focusesOn", "air-defence-systems")}),
    ("Baidu released Ernie last year to compete in AI.", {("baidu", "focusesOn", "artificial-intelligence")}),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_included(nlp, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= rule_triples(nlp, text)


EXCLUDED = [
    # who chooses a supplier does not make what it buys
    ("Telkom picked Ericsson and Nokia as suppliers of 5G equipment.", ("telkom", "focusesOn", "5g")),
    # a product clause that says what a firm might make, or did not make
    ("Regulators banned the drones that Baykar might build.", ("baykar", "focusesOn", "drones")),
    ("Officials inspected chips never developed by Huawei.", ("huawei", "focusesOn", "semiconductors")),
    # a technology's company noun with no name after it
    ("Cloud providers struggled, Nebius said.", ("nebius", "focusesOn", "cloud-computing")),
    # a head of state whose state the text does not name
    ("Kim Jong Un pushes the development of drones.", ("north-korea", "focusesOn", "drones")),
    # a product's maker described without its name is not whoever was named last
    ("The deal values the ChatGPT maker at $300 billion, SoftBank said. AI is booming.",
     ("softbank-group", "focusesOn", "artificial-intelligence")),
    # a product whose technology the document does not name, and a product word in lower case
    ("Banks tested OpenAI's ChatGPT for a year.", ("openai", "focusesOn", "artificial-intelligence")),
    ("Nvidia's hopper of orders filled as GPUs sold out.", ("nvidia", "focusesOn", "gpus")),
]


@pytest.mark.parametrize(("text", "triple"), EXCLUDED)
def test_excluded(nlp, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in rule_triples(nlp, text)
