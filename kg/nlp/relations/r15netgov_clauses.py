"""Clauses that lend no parties to the agreement or measure noun they govern (round 15, branch r15netgov):
``Peru and Chile criticised the treaty`` (a verb of opposition: ``r15netgov_opposing_verbs`` in
``data/lexicon/cooperation.json``) and ``Peru and Chile were not among the countries that signed the treaty``
(the denial is on the ``be`` the relative clause's group hangs on)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext


def opposed_or_denied(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb``'s subjects are no parties of its object: a verb of opposition (``criticised the
    convention``), or a relative clause of a group its members are denied to be among (``were not among the
    countries that signed``)."""
    if verb.lemma_ in ctx.lex.words("r15netgov_opposing_verbs"):
        return True
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("among", "of"):
        outer = verb.head.head.head
        return outer.pos_ in ("AUX", "VERB") and ctx.negated(outer)
    return False
