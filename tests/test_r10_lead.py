"""Negation of split ``co-`` verbs (issue 11, the lead's round-10 change): the tokenizer splits ``co-develop`` into
``co`` ``-`` ``develop`` and the parser hangs a ``not`` on ``co``, so a negated joint act was read as done.
Every sentence is written for its construction, not taken from a gold file."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def predicates(nlp, text: str) -> set[str]:
    """The predicates of the relations found in ``text``."""
    return {r.predicate for r in relations(nlp(text))}


@pytest.mark.parametrize("text", [
    "Siemens did not co-develop the turbines with Alstom.",
    "Siemens and Alstom did not co-sponsor the research programme.",
    "Siemens and Alstom never co-developed a turbine.",
])
def test_a_negated_co_verb_gives_no_cooperation(nlp, text: str) -> None:
    assert "cooperatesWith" not in predicates(nlp, text)


def test_a_co_verb_without_negation_still_gives_cooperation(nlp) -> None:
    assert "cooperatesWith" in predicates(nlp, "Siemens co-developed the turbines with Alstom.")


@pytest.mark.parametrize("text", [
    "Temasek no longer holds a stake in Grab.",
    "Temasek no longer holds any shares in Grab.",
])
def test_no_longer_on_the_verb_above_a_trigger_noun_negates_it(nlp, text: str) -> None:
    # the parser hangs "no" on "longer" and "longer" on "holds": the phrase governs the noun "stake" too
    assert "investsIn" not in predicates(nlp, text)


def test_a_stake_held_without_no_longer_is_an_investment(nlp) -> None:
    assert "investsIn" in predicates(nlp, "Temasek holds a stake in Grab.")
