"""Constructions found on the Latin America / Central Asia stand-in (``benchmarks/latam``); words: ``r15latam_*``
keys of ``data/lexicon/cooperation.json``.

- a plant announced in a relative clause whose owner's own clause says it was not built or was dropped (read by
  ``events.plant_rule``): ``X, which announced a plant in Y, has not started building it`` gives nothing;
- a leader's government named by its leader: ``President Claudia Sheinbaum's government launched …``, ``Chancellor
  Olaf Scholz's cabinet approved …``: the person heads that government (``leaderOf``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


@triggered_by(lambda lex: lex.words("r15latam_government_nouns"))
def leader_government_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``President Claudia Sheinbaum's government``: the possessor of a government (lexicon
    ``r15latam_government_nouns``) that the linker took for a ``Government of X``, the possessor titled a head of
    state or government right before the name (lexicon ``r15latam_leader_titles``), leads it."""
    doc = ctx.doc
    for tok in ctx.find(sent, ctx.lex.words("r15latam_government_nouns")):
        gov = ctx.entity(tok)
        if not gov or ctx.type_of(gov) != "Organization" or not gov.startswith("government-of-"):
            continue
        for c in tok.children:
            # the leader's title right before the name: "President X's government", "Chancellor X's cabinet"
            if c.dep_ != "poss" or not titled(doc, ctx.mention_root(c), ctx):
                continue
            for person in ctx.actors(c):
                if ctx.type_of(person) == "Person":
                    yield Candidate(person, "leaderOf", gov, "r15latam:leader-government", "asserted", sent)


def titled(doc: Doc, name: Token, ctx: DocContext) -> bool:
    """Whether the words right before the name ``name`` heads end in a leader's title (lexicon
    ``r15latam_leader_titles``): ``President Claudia Sheinbaum``, ``Prime Minister X``."""
    start, eid = name.i, ctx.entity(name)
    while start > 0 and eid is not None and ctx.entity(doc[start - 1]) == eid:
        start -= 1
    return start > 0 and doc[start - 1].lower_ in ctx.lex.words("r15latam_leader_titles")


R15LATAM_RULES = (leader_government_rule,)


def abandoned_by_owner(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` (``announced a plant in Y``) is a relative clause of a name whose own clause says the thing was
    not built or was dropped: ``X, which announced a plant in Y, has not started building it``, ``X, which planned a
    factory in Y, has shelved the project`` (lexicon ``r15latam_shelving_verbs``; the thing is ``it`` or a
    plan/project noun, lexicon ``r15latam_plan_nouns``). ``X, which opened a plant in Y, has not commented`` stays."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = verb.head.head
    if main.pos_ not in ("VERB", "AUX"):
        return False
    things = ctx.lex.words("r15latam_plan_nouns")
    named = any(t.lower_ in things or t.lemma_.lower() in things for t in main.subtree
                if t.i > verb.head.i and t.dep_ in ("dobj", "nsubjpass") and t.i not in range(
                    verb.left_edge.i, verb.right_edge.i + 1))
    if not named:
        return False
    shelved = any(t.lemma_.lower() in ctx.lex.words("r15latam_shelving_verbs")
                  for t in [main] + [c for c in main.children if c.dep_ in ("xcomp", "conj")])
    return shelved or ctx.negated(main)
