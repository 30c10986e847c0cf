"""Investment and supply in the shapes wire copy uses beside commerce*.py: money received from a giver (``Intel will
receive $8.5 billion in grants from the United States``), a contract awarded in the passive with both sides named
(``the contract was awarded to CRCC by the Government of Nigeria``) and a delivery of a maker's product (``Vietnam
Airlines took delivery of its first Airbus A350``). Word lists: ``r14coop_*`` in ``data/lexicon/cooperation.json``
and the events lexicon's ``lending_nouns``, ``c3_currency_words``, ``awarded_nouns``, ``delivery_nouns``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r15newsa import lender_modifiers
from kg.nlp.relations.triggers import distinct_pairs


def _funding(money: Token, ctx: DocContext) -> bool:
    """Whether ``money`` is funding: a lending noun (``a loan``, ``grants``) or an amount given as one (``$8.5
    billion in grants``); not an amount of orders, sales or revenue."""
    funding = ctx.lex.words("lending_nouns")
    if money.lower_ in funding or money.lemma_ in funding:
        return True
    if money.lower_ in ctx.lex.words("r16invest_funding_nouns"):
        return True  # "Cohere received backing from Oracle", "won investment from X" (r16invest)
    currency = ctx.lex.words("c3_currency_words")
    if not (money.pos_ in ("NUM", "SYM", "NOUN") and any(t.lower_ in currency for t in money.subtree)):
        return False
    if any(p.lower_ in funding or p.lemma_ in funding for p in ctx.pobjs(money, {"in"})):
        return True
    # "$1 billion of investment from Hitachi" (r16invest)
    invested = ctx.lex.words("r16invest_funding_nouns")
    return any(p.lower_ in invested or p.lower_ in funding for p in ctx.pobjs(money, {"of"}))


@triggered_by(lambda lex: lex.words("r14coop_receiving_verbs"))
def received_funding_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Intel will receive $8.5 billion in grants from the United States``, ``Kenya secured a loan from the World
    Bank``, ``Serbia received a Chinese state loan``: the one funding comes from invests in the one receiving it
    (not ``$2 billion in orders``)."""
    for verb in ctx.find(sent, ctx.lex.words("r14coop_receiving_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        money = [c for c in verb.children if c.dep_ == "dobj" and _funding(c, ctx)]
        if not money:
            continue
        heads = [verb, *money, *(p for m in money for p in ctx.pobjs(m, {"in", "of"}))]
        givers = party_ids([a for h in heads for p in ctx.pobjs(h, {"from"}) for a in ctx.actors(p)]
                           + lender_modifiers(money, ctx), ctx)
        for s, o in distinct_pairs(givers, party_ids(ctx.subjects(verb), ctx)):
            yield Candidate(s, "investsIn", o, f"r14coop:received-funding:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("awarding_verbs"))
def awarded_to_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The contract to build the metro was awarded to CRCC by the Government of Nigeria``: the one a contract is
    awarded to supplies the one awarding it."""
    contracts = ctx.lex.words("awarded_nouns")
    for verb in ctx.find(sent, ctx.lex.words("awarding_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or not any(
                c.dep_ == "nsubjpass" and (c.lower_ in contracts or c.lemma_ in contracts) for c in verb.children):
            continue
        winners = [a for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                   for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]
        awarders = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                    for a in ctx.actors(p)]
        for s, o in distinct_pairs(party_ids(winners, ctx), party_ids(awarders, ctx)):
            yield Candidate(s, "suppliesTo", o, "r14coop:awarded-to", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("delivery_nouns"))
def delivered_make_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vietnam Airlines took delivery of its first Airbus A350``: the maker named in a delivered product supplies
    the one taking delivery (a product named by its maker, not a named seller: that is commerce.py's ``from``)."""
    for noun in ctx.find(sent, ctx.lex.words("delivery_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("delivery_taking_verbs") or ctx.negated(verb):
            continue
        goods = [p for p in ctx.pobjs(noun, {"of"}) if not ctx.entity(p)]
        makers = [a for g in goods for c in g.children if c.dep_ == "compound" and ctx.entity(c)
                  for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(makers, party_ids(ctx.subjects(verb), ctx)):
            yield Candidate(s, "suppliesTo", o, "r14coop:delivered-make", ctx.status(verb), sent)


R14COOP3_RULES = (received_funding_rule, awarded_to_rule, delivered_make_rule)
