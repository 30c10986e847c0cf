"""Membership stated through an alliance's word for its members: ``NATO ally Turkey``, ``Turkey, a NATO ally``,
``NATO allies Poland and Hungary``, ``Poland is a NATO ally``.

Only a multi-state body (``InternationalOrganization``) has allies that are members: ``US allies`` and ``Western
allies`` are partners of a country or a bloc, which the cooperation rules read.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import member_bodies, noun_members

ALLY_WORDS = {"ally", "allies"}
MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")


@triggered_by(lambda lex: ALLY_WORDS)
def ally_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``NATO ally Turkey``, ``Turkey, a NATO ally``, ``NATO allies Poland and Hungary``: allies of an
    international body are its members."""
    for tok in ctx.find(sent, ALLY_WORDS):
        if tok.pos_ != "NOUN" or tok.lower_ not in ALLY_WORDS or ctx.negated(tok):
            continue
        bodies = [b for b in member_bodies(tok, ctx) if ctx.type_of(b) == "InternationalOrganization"]
        if not bodies:
            continue
        members = noun_members(tok, sent, ctx, other=False)
        if tok.dep_ == "compound" and ctx.entity(tok.head):  # "NATO ally Turkey"
            members += ctx.actors(ctx.mention_root(tok.head))
        for body in bodies:
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", body, "member:ally", "asserted", sent)


@triggered_by(lambda lex: {"membership"})
def membership_noun_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Poland's membership of NATO``, ``Finland's NATO membership was completed``: a member's own membership. Not
    a wish or a bid (``Ukraine's NATO membership bid``, ``its hopes of future membership``), nor one denied, blocked
    or ended; an accession is a process more often than a fact, and is left alone."""
    aspiring = ctx.lex.words("aspiration_words")
    for tok in ctx.find(sent, {"membership"}):
        if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "appos") or ctx.negated(tok) or \
                ctx.status(tok) != "asserted" or (tok.dep_ == "pobj" and tok.head.head.lemma_ in aspiring):
            continue
        if any(c.lemma_ in aspiring or c.lower_ in aspiring for c in tok.children) or tok.head.lemma_ in aspiring:
            continue
        members = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        bodies = [a for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and ctx.entity(c)
                  for a in ctx.actors(ctx.mention_root(c), conj=False)]
        bodies += [a for p in ctx.pobjs(tok, {"of", "in", "to"}) for a in ctx.actors(p, conj=False)]
        for body in (b for b in dict.fromkeys(bodies) if ctx.type_of(b) == "InternationalOrganization"):
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", body, "member:membership", "asserted", sent)


@triggered_by(lambda lex: lex.words("admitting_verbs"))
def admitted_as_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``BRICS admitted Indonesia as a full member``, ``NATO welcomed Finland as its 31st member``: a body's new
    member (not one invited or hoping to be)."""
    for verb in ctx.find(sent, ctx.lex.words("admitting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or verb.lemma_ not in ctx.lex.words("admitting_verbs"):
            continue
        roles = [p for p in ctx.pobjs(verb, {"as"}) if p.lemma_ == "member"]
        if not roles:
            continue
        bodies = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "InternationalOrganization"]
        bodies += [a for r in roles for c in r.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")
                   for a in ctx.actors(c) if ctx.type_of(a) == "InternationalOrganization"]
        members = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)]
        if any(c.dep_ == "nsubjpass" for c in verb.children):  # "Indonesia was admitted as a member of BRICS"
            bodies += [a for r in roles for p in ctx.pobjs(r, {"of"}) for a in ctx.actors(p)
                       if ctx.type_of(a) == "InternationalOrganization"]
        status = ctx.status(verb)
        for body in dict.fromkeys(bodies):
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", body, "member:admitted-as", status, sent)
