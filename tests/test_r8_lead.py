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


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The (subject, predicate, object) ids of the relations of ``text``."""
    from kg.nlp.extensions import relations

    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


@pytest.mark.parametrize("text,person", [
    ("Kenya hosted the talks. Science and Technology Minister Jane Muthoni said Nairobi wanted investment.",
     "jane-muthoni"),
    ("Chile signed the lithium deal. Mining Minister Aurora Williams said it would create jobs.", "aurora-williams"),
])
def test_a_minister_named_by_a_field_of_capitalised_words_works_for_the_country(nlp, text: str, person: str) -> None:
    assert any(s == person and p == "worksFor" for s, p, _ in triples(nlp, text))


@pytest.mark.parametrize("text,person,predicate,country", [
    # "and" joins two people here, not two fields of one ministry
    ("Vietnam hosted talks between Biden and Prime Minister Pham Minh Chinh.", "pham-minh-chinh", "leaderOf",
     "vietnam"),
    ("Russia sent Defence Minister Sergei Shoigu and Foreign Minister Sergei Lavrov to the talks.", "sergei-lavrov",
     "worksFor", "russia"),
])
def test_and_between_a_name_and_a_title_is_no_field(nlp, text: str, person: str, predicate: str,
                                                    country: str) -> None:
    assert (person, predicate, country) in triples(nlp, text)


def test_a_chief_minister_is_no_minister_of_the_country(nlp) -> None:
    found = triples(nlp, "India opened the plant. Chief Minister Revanth Reddy cut the ribbon.")
    assert not any(p == "worksFor" and o == "india" for _, p, o in found), found
