"""Supply constructions of the seventh round (branch r11supa), second part; their words are the ``r11supa_`` keys
of ``data/lexicon/events.json`` (the first part: :mod:`kg.nlp.relations.r11supa`).

- a customer signed up: ``Qualcomm signed up Samsung as a customer``, ``TSMC added Nvidia as a client``;
- goods chosen, named with their maker: ``Samsung chose Qualcomm modems for its phones``;
- a seller's revenue from a customer: ``Nvidia gets a fifth of its revenue from China``, ``China accounts for 20% of
  Nvidia's sales``;
- goods named with their maker, used by a user: ``Iranian drones used by Russia``;
- a supplier for a thing an owner has: ``Huawei is the vendor for Telefonica's network``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10supply import taken_customers
from kg.nlp.relations.r11supa import SUPPLIERS, goods_holders, is_goods, named_on, national_of
from kg.nlp.relations.triggers import distinct_pairs


@triggered_by(lambda lex: lex.words("r10supply_customer_nouns"))
def signed_customer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Qualcomm signed up Samsung as a customer``, ``TSMC added Nvidia as a client``: the one a company takes on
    as a customer is supplied by it.

    >>> from kg.nlp.relations.index import TRIGGERS
    >>> signed_customer_rule in TRIGGERS
    True
    """
    for noun in ctx.find(sent, ctx.lex.words("r10supply_customer_nouns")):
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or verb.pos_ != "VERB" or ctx.negated(verb) or \
                verb.lemma_ not in ctx.lex.words("r11supa_signing_verbs"):
            continue
        yield from taken_customers(verb, sent, ctx, "event:signed-customer")


@triggered_by(lambda lex: lex.words("choose_verbs"))
def chosen_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung chose Qualcomm modems for its phones``, ``Egypt selected French jets``: goods chosen, named with
    their maker (a company's name or a state's adjective), are supplied by it."""
    for verb in ctx.find(sent, ctx.lex.words("choose_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        goods = [c for c in verb.children if c.dep_ == "dobj" and is_goods(c, ctx)]
        makers = [a for g in goods for c in g.children if c.dep_ == "compound" and c.i < g.i
                  for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]
        choosers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        makers += [a for g in goods for a in national_of(g, ctx) if a not in choosers]
        status = ctx.status(verb)
        for s, o in distinct_pairs([a for a in makers if ctx.type_of(a) in SUPPLIERS], choosers):
            yield Candidate(s, "suppliesTo", o, "event:chosen-goods", status, sent)


def _revenue(tok: Token, ctx: DocContext) -> Token | None:
    """The revenue noun a phrase names, itself or through a share of it: ``sales``, ``a fifth of its revenue``,
    ``20% of Nvidia's sales``."""
    words = ctx.lex.words("r11supa_revenue_nouns")
    if tok.lemma_ in words or tok.lower_ in words:
        return tok
    return next((p for p in ctx.pobjs(tok, {"of"}) if p.lemma_ in words or p.lower_ in words), None)


@triggered_by(lambda lex: lex.words("r11supa_revenue_nouns"))
def revenue_source_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia gets a fifth of its revenue from China`` (the one a seller earns from is its customer), ``China
    accounts for 20% of Nvidia's sales`` (the one that makes up a seller's sales is its customer)."""
    earning = ctx.lex.words("r11supa_earning_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r11supa_revenue_nouns")):
        if noun.pos_ != "NOUN":
            continue
        phrase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        named = _revenue(phrase, ctx)
        if named is None or named.i != noun.i:
            continue
        verb = phrase.head
        if phrase.dep_ == "dobj" and verb.lemma_ in earning:
            sellers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
            # "from" on the verb or on the revenue ("a fifth of its revenue from China")
            buyers = [a for h in {verb, phrase, noun} for p in ctx.pobjs(h, {"from"}) for a in ctx.actors(p)
                      if ctx.is_actor(a)]
        elif phrase.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_ == "account":
            verb = verb.head
            sellers = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)
                       if ctx.type_of(a) in SUPPLIERS]
            buyers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        else:
            continue
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        status = ctx.status(verb)
        for s, o in distinct_pairs(sellers, buyers):
            yield Candidate(s, "suppliesTo", o, "event:revenue-source", status, sent)


@triggered_by(lambda lex: lex.words("r11supa_user_participles"))
def goods_used_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Iranian drones used by Russia``, ``Rafale jets operated by the Indian Air Force``, ``Huawei routers bought
    by Vodafone``: goods named with their maker, which a participle says a user has, are supplied by the maker."""
    for part in ctx.find(sent, ctx.lex.words("r11supa_user_participles")):
        if part.tag_ != "VBN" or part.dep_ != "acl" or ctx.negated(part) or not is_goods(part.head, ctx):
            continue
        users = [a for c in part.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                 for a in ctx.actors(p) if ctx.is_actor(a)]
        makers = named_on(part.head, ctx) if users else []
        status = ctx.status(part)
        for s, o in distinct_pairs(makers, users):
            yield Candidate(s, "suppliesTo", o, "event:goods-used-by", status, sent)


def _owners_of(tok: Token, ctx: DocContext) -> list[str]:
    """The owner of a thing that is not an actor itself: ``Telefonica's network`` -> Telefonica."""
    if ctx.actors(tok, conj=False):
        return []
    return [a for c in tok.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "whose")
            for a in ctx.actors(c) if ctx.is_actor(a)]


@triggered_by(lambda lex: lex.words("r10supply_supplier_roles") | lex.words("r11supa_selling_verbs"))
def for_owned_thing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei is the main vendor for Telefonica's 5G network``, ``ZTE provided the equipment for Ethiopia's
    telecom network``: a supplier (a role, or a verb of supply with goods) for a thing an owner has supplies the
    owner."""
    roles = ctx.lex.words("r10supply_supplier_roles")
    for tok in ctx.find(sent, roles | ctx.lex.words("r11supa_selling_verbs")):
        if tok.lemma_ in roles and tok.pos_ == "NOUN":
            word = tok.head
            owners = [a for p in ctx.pobjs(tok, {"for", "to"}) for a in _owners_of(p, ctx)]
            suppliers = [a for a in goods_holders(tok, ctx) if ctx.type_of(a) in SUPPLIERS] if owners else []
        elif tok.pos_ == "VERB":
            word = tok
            goods = [c for c in tok.children if c.dep_ == "dobj" and is_goods(c, ctx)]
            owners = [a for h in [tok] + goods for p in ctx.pobjs(h, {"for"}) for a in _owners_of(p, ctx)] \
                if goods else []
            suppliers = [a for a in ctx.subjects(tok) if ctx.type_of(a) in SUPPLIERS] if owners else []
        else:
            continue
        if not suppliers or ctx.negated(word):
            continue
        status = ctx.status(word)
        for s, o in distinct_pairs(suppliers, owners):
            yield Candidate(s, "suppliesTo", o, "event:for-owned-thing", status, sent)
