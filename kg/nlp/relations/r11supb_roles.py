"""States among a company's operators (branch r11supb): ``Qatar and Azerbaijan are among its other operators``,
where ``its`` refers back to the maker of what they operate. The nouns are ``r11supb_operator_nouns`` in
``data/lexicon/events.json``; kept apart from :mod:`kg.nlp.relations.r11supb`, which :mod:`kg.nlp.relations.roles`
imports.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r11supb import home_market, party_kind
from kg.nlp.relations.roles import described


@triggered_by(lambda lex: lex.words("r11supb_operator_nouns"))
def operator_of_maker_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Qatar and Azerbaijan are among its other operators`` (``its``: the drone's maker): a state that operates
    what a company makes was supplied by the company. Only a company possessor and states described, so that
    ``Norway's mobile operators`` stays no supply."""
    for noun in ctx.find(sent, ctx.lex.words("r11supb_operator_nouns")):
        network = ctx.lex.words("r11supb_network_words")  # "mobile operators": carriers, not users of goods
        if noun.pos_ != "NOUN" or ctx.negated(noun) or any(c.dep_ in ("compound", "amod") and c.lower_ in network
                                                            for c in noun.children):
            continue
        makers = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if party_kind(a, ctx) == "company"]
        if not makers:
            continue
        users = [a for a in described(noun, ctx) if party_kind(a, ctx) == "state"]
        status = ctx.status(noun)
        for s in makers:
            for o in users:
                if not home_market(s, o, ctx):
                    yield Candidate(s, "suppliesTo", o, "event:operator-of-maker", status, sent)
