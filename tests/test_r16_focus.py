"""Precision of ``focusesOn`` (branch r16focus, kg/nlp/r16focus.py): a singular description in apposition to
coordinated names describes the last of them; an export-control category is no field of work; the founders of a
venture set up to work in a field focus on it (kg/nlp/relations/r16focus.py). Sentences written
for this test, none from a gold file nor from a benchmark."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples

FOUND = [
    # the description is the name's right before it
    ("Oracle and Humain, the Saudi artificial intelligence company, are building a campus in Riyadh.",
     ("humain", "focusesOn", "artificial-intelligence")),
    ("Siemens and Synopsys, the American chip design software group, signed a deal.",
     ("synopsys", "focusesOn", "electronic-design-automation")),
    # the founders of a venture set up to work in a field
    ("Blackstone and Temasek have formed a $10 billion joint venture to invest in AI infrastructure in Asia.",
     ("blackstone", "focusesOn", "artificial-intelligence")),
    ("Blackstone and Temasek have formed a $10 billion joint venture to invest in AI infrastructure in Asia.",
     ("temasek", "focusesOn", "artificial-intelligence")),
    # a single name keeps its description
    ("Synopsys, the American chip design software group, signed a deal with Siemens.",
     ("synopsys", "focusesOn", "electronic-design-automation")),
]

ABSENT = [
    # a singular description hung by the parser on the first of two names
    ("Oracle and Humain, the Saudi artificial intelligence company, are building a campus in Riyadh.",
     ("oracle", "focusesOn", "artificial-intelligence")),
    ("Siemens and Synopsys, the American chip design software group, signed a deal.",
     ("siemens", "focusesOn", "electronic-design-automation")),
    # a venture only supposed, or one joined rather than set up
    ("Blackstone and Temasek could form a joint venture to invest in AI infrastructure.",
     ("blackstone", "focusesOn", "artificial-intelligence")),
    ("Blackstone did not form a joint venture to invest in AI infrastructure.",
     ("blackstone", "focusesOn", "artificial-intelligence")),
    # traders that shipped goods of an export-control category
    ("Beta Components LLP, which supplied dual-use goods to Russia's army, was listed on Monday.",
     ("beta-components-llp", "focusesOn", "dual-use-technologies")),
    ("Gamma Electronics shipped dual-use items to Iran.", ("gamma-electronics", "focusesOn", "dual-use-technologies")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_focus_found(nlp, text, expected):
    """``X and Y, the AI company``: Y works on AI."""
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text,absent", ABSENT)
def test_no_focus(nlp, text, absent):
    """``X and Y, the AI company``: not X; ``supplied dual-use goods``: no focus."""
    assert absent not in triples(nlp, text)


def test_no_focus_on_a_control_category(nlp):
    """No actor at all gets a focus on an export-control category."""
    found = triples(nlp, "Delta Components LLP and Gamma Electronics sold dual-use goods to Russia.")
    assert not any(p == "focusesOn" and o == "dual-use-technologies" for _s, p, o in found)
