"""A share of a seller's revenue from customers in a country (branch r17we).

``Customers in China accounted for 31% of our revenue``, ``clients in Brazil represented a fifth of Embraer's
sales``: the owner of the revenue (a named company, or the issuer a "we"/"our" stands for) supplies to the country.
Word lists: ``r17we_*`` in ``data/lexicon/events.json``. Nothing for what is negated or only supposed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.triggers import distinct_pairs


def _revenue_owners(verb: Token, ctx: DocContext) -> list[str]:
    """The organisations owning the revenue a share verb's ``for`` share (or direct object) is part of: ``31% of
    our revenue``, ``a fifth of Embraer's sales``."""
    shares = list(ctx.pobjs(verb, {"for"})) + [c for c in verb.children if c.dep_ == "dobj"]
    revenue = ctx.lex.words("r17we_revenue_nouns")
    return [a for share in shares for noun in ctx.pobjs(share, {"of"}) if noun.lower_ in revenue
            for c in noun.children if c.dep_ == "poss"
            for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r17we_share_verbs"))
def customer_share_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Customers in China accounted for 31% of our revenue``: the revenue's owner suppliesTo China."""
    customers = ctx.lex.words("r17we_customer_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r17we_share_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in customers]
        countries = [a for s in subjects for p in ctx.pobjs(s, {"in", "from"}) for a in ctx.actors(p)
                     if ctx.type_of(a) == "Country"]
        if not countries:
            continue
        for s, o in distinct_pairs(_revenue_owners(verb, ctx), countries):
            yield Candidate(s, "suppliesTo", o, "r17we:customer-share", ctx.status(verb), sent)


R17WE_RULES = (customer_share_rule,)
