"""Joining another's measure: who joins a sanction or an export curb takes it too, and works with its leader.

Apart from :mod:`kg.nlp.relations.events` because it reads a measure's participants as the trigger nouns do
(:mod:`kg.nlp.relations.triggers`), which themselves ask :mod:`~kg.nlp.relations.events` about curbs.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.slots import dobj
from kg.nlp.relations.targets import slot_actors
from kg.nlp.relations.triggers import noun_participants
from kg.nlp.relations.index import triggered_by


def _neither_nor(verb: Token) -> bool:
    """``has neither condemned the invasion nor joined the sanctions``: a verb denied by neither/nor."""
    around = list(verb.children) + (list(verb.head.children) if verb.dep_ == "conj" else [])
    return any(t.lower_ in ("nor", "neither") for t in around)


@triggered_by(lambda lex: lex.words("adopting_measure_verbs"))
def join_measure_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan and the Netherlands agreed to join US curbs on chip exports to China``, ``Switzerland joined EU
    sanctions on Russia``: who joins another's measure takes it too, and works with whoever leads it."""
    for tok in ctx.find(sent, ctx.lex.words("adopting_measure_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok) or _neither_nor(tok):
            continue
        joiners = [a for a in ctx.subjects(tok) if ctx.is_actor(a)]
        status = ctx.status(tok)
        for noun in dobj(tok):
            key = noun.lower_ if noun.lower_ in ctx.lex.nouns else noun.lemma_
            for predicate, slots in ctx.lex.nouns.get(key, []):
                if predicate not in ("restrictsExportsTo", "sanctions"):
                    continue
                leaders = [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i
                           and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.is_actor(a)]
                _holders, targets = noun_participants(noun, slots, ctx)
                # "join US curbs on exports to China": the parser may hang the curb's "on" on the verb
                targets = targets or [a for p in ctx.pobjs(tok, {"on", "against"}) for a in slot_actors(p, "on", ctx)]
                for s in dict.fromkeys(joiners):
                    for o in dict.fromkeys(targets):
                        if s != o and s not in leaders:
                            yield Candidate(s, predicate, o, "event:join-measure", status, sent)
                    for o in dict.fromkeys(leaders):
                        if s != o:
                            yield Candidate(s, "cooperatesWith", o, "event:join-measure", status, sent)
