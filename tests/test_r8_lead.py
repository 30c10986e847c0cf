"""Entity boundaries (issue 12, the lead's round-8 branch): an NER span that only joins names the gazetteer knows.
Every sentence is written for its construction, not taken from a gold file; the negatives assert what the rule
leaves alone."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import entities


def labels(nlp, text: str) -> set[str]:
    """The labels of the entities of ``text``."""
    return {e.label for e in entities(nlp(text)).values()}


@pytest.mark.parametrize("text,names", [
    ("The summit was attended by the Chinese tech groups Alibaba and Tencent.", {"Alibaba", "Tencent"}),
    ("Investors such as the Japanese carmakers Toyota and Honda backed the fund.", {"Toyota", "Honda"}),
])
def test_known_names_joined_by_and_stay_two_entities(nlp, text: str, names: set[str]) -> None:
    found = labels(nlp, text)
    assert not any(" and " in label for label in found), found
    assert all(any(name in label for label in found) for name in names), found


def test_a_name_with_a_word_of_its_own_is_not_split(nlp) -> None:
    # "Rheinmetall" and "Ukrainian Defense Industry" run together with no "and": one joint venture's name
    found = labels(nlp, "Production will be run by Rheinmetall Ukrainian Defense Industry, the new venture.")
    assert "Rheinmetall Ukrainian Defense Industry" in found, found


def test_a_name_with_a_digit_inside_is_one_token_and_one_entity(nlp) -> None:
    # spaCy splits a unit letter off any number ("Hi3" + "G"); a name whose digit follows a letter keeps it
    words = [t.text for t in nlp.make_doc("Regulators cleared Hi3G Access to bid for 5G spectrum on 10G links.")]
    assert "Hi3G" in words and words[words.index("10"):words.index("10") + 2] == ["10", "G"], words
    assert "Hi3G Access" in labels(nlp, "Swedish operator Hi3G Access will build the network.")
