"""Argument slots of money verbs: money put into the one invested in, financing rounds and the company they are
for, money raised from an investor (the slots of ``data/lexicon/triggers.json`` that read amounts of money)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.objects import SlotResult, dobj

MONEY_WORDS = {"$", "\u20ac", "\u00a3", "\u00a5", "million", "billion", "bn", "trillion", "yuan", "euros", "dollars",
               "money", "capital", "funding", "funds", "financing", "investment", "investments", "cash", "loan",
               "loans", "equity",
               # r17pub6: other currencies, and public money given as subsidies or grants
               "yen", "won", "rupees", "ringgit", "riyals", "dirhams", "subsidies", "grants"}


def is_money(tok: Token) -> bool:
    """Whether a noun phrase is an amount of money (``$1.5 billion``, ``fresh funding``)."""
    return any(t.lower_ in MONEY_WORDS or t.lemma_ in MONEY_WORDS for t in tok.subtree)


def slot_money_into(tok: Token, ctx: DocContext) -> SlotResult:
    """``poured $10 billion into X``, ``committed $1.5 billion to X``: money put into the one invested in."""
    if not any(is_money(c) for c in dobj(tok)):
        return [], False
    # "put $100 million into Arafura's Nolans project": the owner of an unnamed project named by its possessive
    # "earmarked $300 million for X" (r17pub6): the parser hangs the recipient on the amount
    hosts = [tok] + [c for c in dobj(tok) if is_money(c)]
    return [a for h in hosts for p in ctx.pobjs(h, {"into", "in", "to", "for"})
            for a in ctx.actors(p) or named_owner(p, ctx)], False


def named_owner(tok: Token, ctx: DocContext) -> list[str]:
    """The name in front of an unnamed thing: ``Arafura's project`` -> Arafura (not ``its``, not a country's
    ``Indian data centres``)."""
    return [a for c in tok.children if c.dep_ == "poss" and ctx.entity(c)
            for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Organization"]


ROUND_WORDS = {"round", "rounds", "fundraising", "fund-raising", "financing"}


def slot_round_for(tok: Token, ctx: DocContext) -> SlotResult:
    """``led a $1 billion round for X``, ``joined X's funding round``, ``will lead the X fundraising``: the company
    a financing round is for."""
    rounds = [c for c in dobj(tok) if c.lower_ in ROUND_WORDS]
    # "led the X funding round": the parser may take the round for an adverb of the verb
    rounds += [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in ROUND_WORDS]
    # "for X" may hang on the round, on its amount ("a round of $300 million in X") or on the verb
    rounds += [p for r in rounds for p in ctx.pobjs(r, {"of"}) if not ctx.entity(p)]
    found = [a for h in rounds + (rounds and [tok]) for p in ctx.pobjs(h, {"for", "in", "into"}) for a in ctx.actors(p)]
    # "X's round", "the X funding round" (the name may modify "funding", which modifies "round")
    found += [a for r in rounds for c in r.children if c.dep_ in ("poss", "compound") and ctx.entity(c)
              for a in ctx.actors(c, conj=False)]
    found += [a for r in rounds for c in r.children if c.dep_ == "compound" and
              c.lower_ in ctx.lex.words("r9commerce_funding_words")
              for g in c.children if g.dep_ in ("poss", "compound") and ctx.entity(g)
              for a in ctx.actors(g, conj=False)]
    # "to lead X fundraising": the parser may split the name from the round into two objects
    found += [a for r in rounds for c in tok.children if c.dep_ == "dobj" and c.i == r.i - 1 and ctx.entity(c)
              for a in ctx.actors(c, conj=False)]
    return [a for a in found if ctx.type_of(a) == "Organization"], False


def slot_money_from(tok: Token, ctx: DocContext) -> SlotResult:
    """``raised $600 million from X``, ``received funding from X``: the investor (the verb rule swaps sides)."""
    money = [c for c in dobj(tok) if is_money(c)]
    if not money:
        return [], False
    # "from X" on the verb or on the money ("secured a loan from X")
    return [a for h in [tok] + money for p in ctx.pobjs(h, {"from"}) for a in ctx.actors(p)], False
