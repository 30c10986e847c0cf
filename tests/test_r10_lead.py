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
