"""Constructions found on the Latin America / Central Asia stand-in (``benchmarks/latam``); words: ``r15latam_*`` keys of
``data/lexicon/cooperation.json``.

- a leader's government named by its leader: ``President Claudia Sheinbaum's government launched …``, ``Chancellor
  Olaf Scholz's cabinet approved …``: the person heads that government (``leaderOf``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


@triggered_by(lambda lex: lex.words("r15latam_government_nouns"))
def leader_government_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``President Claudia Sheinbaum's government``: the possessor of a government (lexicon
    ``r15latam_government_nouns``) that the linker took for a ``Government of X`` leads it."""
    for tok in ctx.find(sent, ctx.lex.words("r15latam_government_nouns")):
        gov = ctx.entity(tok)
        if not gov or ctx.type_of(gov) != "Organization" or not gov.startswith("government-of-"):
            continue
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            for person in ctx.actors(c):
                if ctx.type_of(person) == "Person":
                    yield Candidate(person, "leaderOf", gov, "r15latam:leader-government", "asserted", sent)


R15LATAM_RULES = (leader_government_rule,)
