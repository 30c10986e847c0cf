"""Round 15, the lead's own readings. Sentences written for these tests, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

PLURAL_RELATIVES = [
    # "their" in the clause agrees with the whole list, not the nearest name (``clauses._plural_clause``)
    ("Visa and Mastercard, which suspended their operations in Russia in 2022, were replaced by Mir.",
     [("visa", "restrictsExportsTo", "russia"), ("mastercard", "restrictsExportsTo", "russia")]),
]

SINGULAR_RELATIVES = [
    # without a plural cue the clause is the nearest name's
    ("Nokia and Ericsson, which sells radios to Vodafone, reported results.", ("nokia", "suppliesTo", "vodafone")),
]


@pytest.mark.parametrize("text,expected", PLURAL_RELATIVES)
def test_relative_clause_with_their_is_the_whole_lists(nlp, text, expected):
    found = triples(nlp, text)
    for triple in expected:
        assert has_triple(found, triple)


@pytest.mark.parametrize("text,absent", SINGULAR_RELATIVES)
def test_relative_clause_without_plural_cue_is_the_nearest_names(nlp, text, absent):
    assert absent not in triples(nlp, text)
