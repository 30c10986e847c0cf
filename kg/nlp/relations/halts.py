"""Halted sales, deliveries, services and payments as export restrictions of the party that halts them (the
guidelines' decision): ``Intel suspended all shipments to customers in Russia``, ``Nokia will stop selling equipment
to Russian customers``, ``Apple stopped selling its products in Russia``, ``the bank stopped processing payments
from Russia``. Their words are in ``data/lexicon/events.json``.

The rule visits only the sentence's verbs of halting (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import SERVICE_NOUNS, owner
from kg.nlp.relations.triggers import distinct_pairs

#: what flows from a payer: a bank halting payments or transfers *from* X cuts X off
PAYMENT_NOUNS = {"payments", "payment", "transfers", "transfer", "transactions", "transaction", "remittances"}


def place(pobj: Token, ctx: DocContext) -> list[str]:
    """The state or firm a destination names: ``Russia``, ``Russian customers``, ``customers in Russia and
    Belarus``."""
    found = ctx.actors(pobj)
    if not found:
        found = [a for p in ctx.pobjs(pobj, {"in"}) for a in ctx.actors(p)]
    if not found:
        found = [a for a in owner(pobj, ctx) if ctx.type_of(a) == "Country"]
    return [a for a in found if ctx.type_of(a) in ("Country", "Organization")]


def _flows(verb: Token, ctx: DocContext) -> list[Token]:
    """What the halting verb stops: its object (``shipments``, ``sales of products``) or the complement it stops
    (``selling equipment``, ``processing payments``)."""
    out = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in SERVICE_NOUNS or c.lemma_ in SERVICE_NOUNS)]
    out += [c for c in verb.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"
            and c.lemma_ in ctx.lex.words("flow_verbs")]
    return out


def destinations(flow: Token, verb: Token, ctx: DocContext) -> list[str]:
    """Where a halted flow went: ``to X`` or ``in X`` on the flow, its object or the verb; ``payments from X``."""
    hosts = [flow, verb] + [c for c in flow.children if c.dep_ == "dobj"]
    hosts += [p for h in list(hosts) for p in ctx.pobjs(h, {"of"})]  # "sales of products and services in Russia"
    hosts += [c for h in list(hosts) for c in h.conjuncts]
    found = [a for h in hosts for p in ctx.pobjs(h, {"to", "in"}) for a in place(p, ctx)]
    # "stopped supplying Huawei", "stopped serving Russian customers": the customer is the flow's object
    if flow.lemma_ in ctx.lex.words("curbs3_customer_flow_verbs"):
        found += [a for c in flow.children if c.dep_ == "dobj" for a in place(c, ctx)]
    payments = [h for h in hosts if h.lower_ in PAYMENT_NOUNS]
    found += [a for h in payments + ([verb] if payments else []) for p in ctx.pobjs(h, {"from"})
              for a in place(p, ctx)]
    return list(dict.fromkeys(found))


@triggered_by(lambda lex: lex.words("halting_verbs"))
def halted_flow_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Intel suspended all shipments to customers in Russia``, ``Nokia will stop selling equipment to Russian
    customers``, ``the bank stopped processing payments from Russia``: who halts its sales, deliveries, services or
    payments to a state or a firm restricts exports to it."""
    for verb in ctx.find(sent, ctx.lex.words("halting_verbs")):
        if verb.pos_ != "VERB" or verb.lemma_ not in ctx.lex.words("halting_verbs") or ctx.negated(verb) or \
                any(c.dep_ == "aux" and c.lower_ in ctx.lex.negation.get("hypothetical", {}).get("aux", [])
                    for c in verb.children):
            continue
        targets = [a for f in _flows(verb, ctx) for a in destinations(f, verb, ctx)]
        if not targets:
            continue
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Organization", "Country")),
                                   targets):
            yield Candidate(s, "restrictsExportsTo", o, "curb:halted-flow", status, sent)
