"""Rivalry and agreement constructions beside coop2.py: competition faced from a rival, ground lost to one, deals
signed by every name a relative clause describes or ``between`` two parties on the verb. Word lists:
``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.coop2 import deal_nouns, noun_predicates
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs


@triggered_by(lambda lex: lex.words("rivalry_faced_nouns") | lex.words("ground_nouns"))
def rival_pressure_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia faces stiff competition from Ericsson``, ``Nokia lost market share to Ericsson``: who feels a
    rival's competition, or cedes ground to it, competes with it."""
    faced, ground = ctx.lex.words("rivalry_faced_nouns"), ctx.lex.words("ground_nouns")
    for noun in ctx.find(sent, faced | ground):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if noun.lower_ in faced and verb.lemma_ in ctx.lex.words("rivalry_facing_verbs"):
            rivals = [a for h in (noun, verb) for p in ctx.pobjs(h, {"from"}) for a in ctx.actors(p)]
        elif noun.lower_ in ground and verb.lemma_ in ctx.lex.words("ceding_verbs"):
            rivals = [a for h in (noun, verb) for p in ctx.pobjs(h, {"to"}) for a in ctx.actors(p)]
        else:
            continue
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(rivals, ctx)):
            yield Candidate(s, "competesWith", o, f"rival:{verb.lemma_}-{noun.lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("signing_verbs"))
def signed_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia and Ericsson, which signed a deal in 2019, …`` (every name the relative clause describes signed
    it), ``An agreement was signed between Nokia and Ericsson`` (``between`` on the verb)."""
    table = deal_nouns(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        deals = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                 "agreementWith" in noun_predicates(c, table)]
        if not deals:
            continue
        parties: list[str] = []
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who")
                                        for c in verb.children) and not any(ctx.pobjs(verb, {"with"})) \
                and not any(p for d in deals for p in ctx.pobjs(d, {"with"})):
            group = [verb.head, *verb.head.conjuncts]
            if len(group) >= 2:
                parties = [a for t in group for a in ctx.actors(ctx.mention_root(t), conj=False)]
        if any(d.dep_ == "nsubjpass" for d in deals):
            parties += [a for p in ctx.pobjs(verb, {"between", "among"}) for a in ctx.actors(p)]
        for s, o in combinations(party_ids(parties, ctx), 2):
            yield Candidate(s, "agreementWith", o, "agreement:signed-by-all", ctx.status(verb), sent)


def _founders(verb: Token, ctx: DocContext) -> list[tuple[str, str]]:
    """The pairs that found something together: the named subjects among themselves (``A, B and C formed …``), or
    each subject with the partners of a ``with`` phrase (``A formed … with B``)."""
    subjects = party_ids(ctx.subjects(verb), ctx)
    partners = party_ids([a for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
                          for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
    if partners:
        return [(s, o) for s in subjects for o in partners if s != o]
    return list(combinations(subjects, 2))


def _modifiers(noun: Token) -> set[str]:
    """The words before a noun in its phrase, with words joined by a hyphen read whole (``50-50``)."""
    doc = noun.doc
    words = {t.lower_ for t in doc[noun.left_edge.i:noun.i]}
    return words | {f"{doc[i - 1].lower_}-{doc[i + 1].lower_}" for i in range(noun.left_edge.i + 1, noun.i - 1)
                    if doc[i].text == "-"}


@triggered_by(lambda lex: lex.words("grouping_nouns") | lex.words("jv_nouns"))
def founded_together_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia, Ericsson and Intel launched a consortium``, ``X joined a consortium with Y`` (cooperation);
    ``A and B set up a 50-50 company``, ``A created a joint firm with B`` (a joint venture)."""
    grouping, companies = ctx.lex.words("grouping_nouns"), ctx.lex.words("jv_nouns")
    for noun in ctx.find(sent, grouping | companies):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb) or \
                verb.lemma_ not in ctx.lex.words("group_founding_verbs"):
            continue
        if noun.lemma_ in grouping or noun.lower_ in grouping:
            predicate = "cooperatesWith"
        elif _modifiers(noun) & ctx.lex.words("jv_modifiers"):
            predicate = "jointVentureWith"
        else:
            continue
        for s, o in _founders(verb, ctx):
            yield Candidate(s, predicate, o, f"coop:founded-{noun.lemma_}", ctx.status(verb), sent)
