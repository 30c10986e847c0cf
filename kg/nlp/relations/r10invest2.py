"""Investment constructions of branch r10invest, continued from :mod:`kg.nlp.relations.r10invest`; their words are
the ``r10invest_`` keys of ``data/lexicon/events.json``.

- a fund founded jointly: ``a Russia-China Investment Fund that CIC is creating jointly with RDIF``, ``A and B set up
  the joint fund X`` (each founder of a fund set up by several invests in it; a body one party sets up is its unit,
  which the structure rules read);
- an amount invested in a place, the place hanging on the amount: ``invest 70% of its capital in Russia``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs

FOUNDERS = ("Organization", "Country", "InternationalOrganization")


def _created_funds(verb: Token, ctx: DocContext) -> list[str]:
    """The named funds a founding verb creates: its object (``set up the X Fund``), the noun its clause describes
    (``a fund … that it is creating``, also where the parser hangs the clause elsewhere and only the relative
    word right after the name is left)."""
    words = ctx.lex.words("r10invest_fund_words")
    nodes = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        nodes.append(verb.head)
    rel = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("that", "which")]
    nodes += [ctx.doc[c.i - 1] for c in rel if c.i > 0]
    found = []
    for node in nodes:
        eid = ctx.entity(node)
        if eid is None or ctx.type_of(eid) != "Organization":
            continue
        label = ctx.entities[eid].label.lower().split() if eid in ctx.entities else []
        if words & set(label) or getattr(ctx.entities.get(eid), "subtype", None) == "Fund":
            found.append(eid)
    return list(dict.fromkeys(found))


@triggered_by(lambda lex: lex.words("r10invest_joint_founding_verbs"))
def joint_fund_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``CIC has pledged $1 billion for a Russia-China Investment Fund that it is creating jointly with RDIF``,
    ``VEB and CIC set up the Russia-China Investment Fund``: the founders of a fund set up by several invest in
    it."""
    for verb in ctx.find(sent, ctx.lex.words("r10invest_joint_founding_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        funds = _created_funds(verb, ctx)
        if not funds:
            continue
        founders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in FOUNDERS]
        founders += [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p) if ctx.type_of(a) in FOUNDERS]
        founders = [a for a in dict.fromkeys(founders) if a not in funds]
        if len(founders) < 2:
            continue  # one founder's body is its unit, not its investment
        status = ctx.status(verb)
        for s, o in distinct_pairs(founders, funds):
            yield Candidate(s, "investsIn", o, "event:joint-fund", status, sent)


def _amount_places(verb: Token, ctx: DocContext) -> list[Token]:
    """The ``in``/``into`` phrases that hang on the amount a verb invests: ``invest 70% of its capital in Russia``,
    ``put half its money into X`` (the parser hangs the place on the amount or on what it is a share of)."""
    amounts = [c for c in verb.children if c.dep_ == "dobj"]
    hosts = amounts + [p for a in amounts for p in ctx.pobjs(a, {"of"}) if not ctx.entity(p)]
    return [p for h in hosts for p in ctx.pobjs(h, {"in", "into"})]


@triggered_by(lambda lex: lex.words("r10invest_invest_verbs"))
def amount_invested_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The fund is to invest at least 70% of its capital in Russia and Kazakhstan``: the place an amount is
    invested in, where the parser hangs it on the amount rather than on the verb."""
    for verb in ctx.find(sent, ctx.lex.words("r10invest_invest_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        targets = [a for p in _amount_places(verb, ctx) for a in ctx.actors(p) if ctx.is_actor(a)]
        if not targets:
            continue
        investors = [a for a in ctx.subjects(verb) if ctx.type_of(a) in FOUNDERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(investors, targets):
            yield Candidate(s, "investsIn", o, "event:amount-invested-in", status, sent)
