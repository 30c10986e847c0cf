"""Supply constructions of the seventh round (branch r11supa), second part; their words are the ``r11supa_`` keys
of ``data/lexicon/events.json`` (the first part: :mod:`kg.nlp.relations.r11supa`).

- a customer signed up: ``Qualcomm signed up Samsung as a customer``, ``TSMC added Nvidia as a client``;
- goods chosen, named with their maker: ``Samsung chose Qualcomm modems for its phones``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r11supa import SUPPLIERS, _is_goods, _national
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
        customers = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c) if ctx.is_actor(a)]
        sellers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sellers, customers):
            yield Candidate(s, "suppliesTo", o, "event:signed-customer", status, sent)


@triggered_by(lambda lex: lex.words("choose_verbs"))
def chosen_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung chose Qualcomm modems for its phones``, ``Egypt selected French jets``: goods chosen, named with
    their maker (a company's name or a state's adjective), are supplied by it."""
    for verb in ctx.find(sent, ctx.lex.words("choose_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        goods = [c for c in verb.children if c.dep_ == "dobj" and _is_goods(c, ctx)]
        makers = [a for g in goods for c in g.children if c.dep_ == "compound" and c.i < g.i
                  for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]
        choosers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        makers += [a for g in goods for a in _national(g, ctx) if a not in choosers]
        status = ctx.status(verb)
        for s, o in distinct_pairs([a for a in makers if ctx.type_of(a) in SUPPLIERS], choosers):
            yield Candidate(s, "suppliesTo", o, "event:chosen-goods", status, sent)
