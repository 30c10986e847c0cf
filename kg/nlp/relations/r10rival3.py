"""Directions (``directs``) told from the side of the one directed or as a deadline (branch r10rival); the words
are in ``data/lexicon/events.json`` (``r10rival_*`` keys).

- an order complied with: ``Nvidia complied with the Commerce Department's order``, ``TSMC will comply with the
  U.S. request to halt shipments``, ``the firm obeyed instructions from Beijing``;
- a deadline given: ``Congress gave ByteDance until January to sell TikTok``, ``the Treasury gave Huawei 90 days to
  wind down its operations``;
- an act done at a state's request: ``At Washington's request, ASML halted shipments``, ``the bank froze the
  accounts at the request of the government``;
- a demand that another do something: ``The Dutch government demanded that Nexperia replace its chief executive``,
  ``Trump ordered that ByteDance divest TikTok``.

The one who directs is a state, a government body or a person; the one directed an organisation. Each rule visits
only its trigger words in the sentence (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.obligations import speaking_authority
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs


def directors(ids: list[str], ctx: DocContext) -> list[str]:
    """Those who may direct: states, government bodies and people."""
    return [a for a in dict.fromkeys(ids) if ctx.type_of(a) == "Person" or speaking_authority(a, ctx)]


def directed(ids: list[str], ctx: DocContext) -> list[str]:
    """Those who may be directed here: organisations."""
    return [a for a in dict.fromkeys(ids) if ctx.type_of(a) == "Organization"]


def _demand_givers(noun: Token, ctx: DocContext) -> list[str]:
    """Whose order a noun is: ``the Commerce Department's order``, ``the U.S. request``, ``instructions from
    Beijing``, ``an order by the court``."""
    return owner(noun, ctx) + [a for p in ctx.pobjs(noun, {"from", "by"}) for a in ctx.actors(p)]


@triggered_by(lambda lex: lex.words("r10rival_complying_verbs"))
def complied_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia complied with the Commerce Department's order``, ``TSMC said it would comply with the U.S.
    request``, ``the firm obeyed instructions from Beijing``: whose order an organisation follows directs it."""
    verbs, demands = ctx.lex.words("r10rival_complying_verbs"), ctx.lex.words("r10rival_demand_nouns")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        nouns = [c for c in verb.children if c.dep_ == "dobj"] + list(ctx.pobjs(verb, {"with", "by"}))
        givers = [a for n in nouns if n.lower_ in demands for a in _demand_givers(n, ctx)]
        for s, o in distinct_pairs(directors(givers, ctx), directed(ctx.subjects(verb), ctx)):
            yield Candidate(s, "directs", o, "r10rival:complied", ctx.status(verb), sent)


def _deadline_for(verb: Token, ctx: DocContext) -> list[str]:
    """Who is given a deadline to act: ``gave ByteDance until January to sell``, ``gave Huawei 90 days to wind
    down`` (the ``to`` clause must follow: ``gave Huawei 90 days`` alone is no direction)."""
    if not any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) for c in
               list(verb.children) + [g for c in verb.children if c.dep_ == "dobj" for g in c.children]):
        return []
    times = ctx.lex.words("r10rival_time_nouns")
    until = any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children)
    timed = any(c.dep_ == "dobj" and c.lower_ in times for c in verb.children)
    if until:
        return [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in ctx.actors(c)]
    return [a for c in verb.children if c.dep_ == "dative" for a in ctx.actors(c)] if timed else []


@triggered_by(lambda lex: lex.words("r10rival_granting_verbs"))
def deadline_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Congress gave ByteDance until January to sell TikTok``, ``the Treasury gave Huawei 90 days to wind down
    its operations``: who sets an organisation a deadline to act directs it."""
    verbs = ctx.lex.words("r10rival_granting_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        for s, o in distinct_pairs(directors(ctx.subjects(verb), ctx), directed(_deadline_for(verb, ctx), ctx)):
            yield Candidate(s, "directs", o, "r10rival:deadline", ctx.status(verb), sent)


def _clause_subject(clause: Token, ctx: DocContext) -> list[str]:
    """The subject of a ``that`` clause, also when the parser folds the name into a compound of a word it took for
    a noun (``that Sberbank stop lending``: ``Sberbank stop`` read as one noun)."""
    found: list[str] = []
    for c in clause.children:
        if c.dep_ == "nsubj":
            found += ctx.actors(c) or [a for g in c.children if g.dep_ == "compound" for a in ctx.actors(g)]
    return found


@triggered_by(lambda lex: lex.words("r10rival_demanding_verbs"))
def demanded_that_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Dutch government demanded that Nexperia replace its chief executive``, ``Trump ordered that ByteDance
    divest TikTok``: who demands that an organisation do something directs it."""
    verbs = ctx.lex.words("r10rival_demanding_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        bound = [a for c in clauses for a in _clause_subject(c, ctx)]
        for s, o in distinct_pairs(directors(ctx.subjects(verb), ctx), directed(bound, ctx)):
            yield Candidate(s, "directs", o, "r10rival:demanded-that", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10rival_request_nouns"))
def at_request_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``At Washington's request, ASML halted shipments``, ``the bank froze the accounts at the request of the
    government``: a state (or government body) at whose request an organisation acts directs it."""
    for noun in ctx.find(sent, ctx.lex.words("r10rival_request_nouns")):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("at", "on", "upon") or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = prep.head
        if ctx.negated(verb):
            continue
        givers = [a for a in _demand_givers(noun, ctx) + [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)]
                  if speaking_authority(a, ctx)]
        for s, o in distinct_pairs(givers, directed(ctx.subjects(verb), ctx)):
            yield Candidate(s, "directs", o, "r10rival:at-request", ctx.status(verb), sent)
