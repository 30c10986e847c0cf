"""Two precision fixes of round 12 (the lead's): a singular description in apposition to names in coordination
stands for the name right before it (a collective noun for all of them); a headline's "sanctions X" is no
untargeted sanctions noun. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


@pytest.mark.parametrize("text, kept, dropped", [
    ("Kenya signed deals with Nokia and Huawei, the Chinese equipment maker, on Friday.",
     ("huawei", "basedIn", "china"), ("nokia", "basedIn", "china")),
    ("Orange bought radios from Ericsson and ZTE, the Chinese telecoms supplier, last year.",
     ("zte", "basedIn", "china"), ("ericsson", "basedIn", "china")),
])
def test_singular_description_after_coordination_is_the_last_name(nlp, text, kept, dropped):
    found = triples(nlp, text)
    assert kept in found
    assert dropped not in found


def test_collective_description_stands_for_every_name(nlp):
    found = triples(nlp, "Nokia and Ericsson, the Nordic pair, won contracts. Sony and Honda, the Japanese duo, "
                         "opened a plant.")
    assert {("sony", "basedIn", "japan"), ("honda", "basedIn", "japan")} <= found


def test_plural_description_stands_for_every_name(nlp):
    found = triples(nlp, "Sony and Honda, the Japanese carmakers, formed a venture.")
    assert {("sony", "basedIn", "japan"), ("honda", "basedIn", "japan")} <= found


def test_headline_verb_read_as_a_noun_gives_no_implicit_target(nlp):
    text = "EU sanctions Rosneft over Ukraine war"
    assert ("european-union", "sanctions", "ukraine") not in triples(nlp, text)
    # an untargeted sanctions noun still goes to the country the text is about
    text = ("Ukraine said the war had cost it dearly. Ukraine's allies met in Kyiv. "
            "Britain imposed sanctions after the invasion, officials in Ukraine said.")
    assert ("united-kingdom", "sanctions", "ukraine") in triples(nlp, text)
