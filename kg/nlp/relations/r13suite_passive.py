"""Passives that name the parties in their agent (branch r13suite): ``Research on batteries is carried out jointly by
Toyota and Idemitsu`` (the agents cooperate), ``The plant is run as a joint venture by Ford and SK On`` (a joint
venture of the agents), ``Foxconn has been chosen by Nvidia as a partner`` (a partner or supplier chosen by the
agent). Word lists ``r13suite_choosing_verbs``, ``r13suite_chosen_roles`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13suite_misread import names_after
from kg.nlp.relations.triggers import distinct_pairs

#: verbs whose joint agents own or hold a thing rather than do something together (other rules read owning)
HOLDING = frozenset({"own", "hold", "control", "fund", "finance", "back"})
#: verbs whose joint agents run a business together: a joint venture
RUNNING = frozenset({"run", "operate", "manage"})


def agents(verb: Token, ctx: DocContext, host: Token | None = None) -> list[str]:
    """The actors of a passive's ``by`` phrase (on the verb, or on ``host``, where the parser may hang it)."""
    preps = [c for h in (verb, host) if h is not None for c in h.children
             if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"]
    # named parties only: "developed jointly by the American and German companies" names no party
    parsed = [a for p in preps for o in p.children if o.dep_ == "pobj" and ctx.entity(o) for a in ctx.actors(o)]
    # "by Sinopec and SABIC": the parser may hang the second name elsewhere; the names are read in order too
    listed = [a for p in preps for a in names_after(p.i + 1, p.sent, ctx)
              if not _demonym_before_noun(p.i + 1, ctx)]
    return party_ids(list(dict.fromkeys(parsed + listed)), ctx)


def passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive (``is carried out``, ``has been chosen``)."""
    return verb.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or
                                   any(c.dep_ == "agent" for c in verb.children))


@triggered_by(lambda lex: {"jointly", "together", "joint"})
def joint_agents_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``… is carried out jointly by A and B`` (A cooperatesWith B), ``… is run as a joint venture by A and B``,
    ``the fund, to be run by A and B together`` (A jointVentureWith B)."""
    for word in ctx.find(sent, {"jointly", "together", "joint"}):
        if word.lower_ == "joint":
            venture = word.head
            prep = venture.head
            if word.dep_ != "amod" or venture.lemma_ != "venture" or venture.dep_ != "pobj" or prep.lower_ != "as":
                continue
            verb, predicate, host = prep.head, "jointVentureWith", venture
        else:
            verb, predicate, host = word.head, "cooperatesWith", None
            if word.dep_ != "advmod" or verb.lemma_ in HOLDING or \
                    verb.lemma_ in ctx.lex.words("r13suite_not_joint_verbs"):
                continue  # "published jointly by two ministries": a document issued, not a cooperation
            if verb.lemma_ in RUNNING:
                predicate = "jointVentureWith"  # "the joint fund, to be run by A and B together": their venture
        if verb.pos_ != "VERB" or not passive(verb) or ctx.negated(verb):
            continue
        parties = agents(verb, ctx, host)
        for s, o in combinations(parties, 2):
            yield Candidate(s, predicate, o, f"r13suite:{word.lower_}-by", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r13suite_choosing_verbs"))
def chosen_as_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Foxconn has been chosen by Nvidia as a partner`` (cooperation), ``Samsung was picked by Google as a
    supplier`` (Samsung suppliesTo Google)."""
    roles = ctx.lex.value("r13suite_chosen_roles")
    for verb in ctx.find(sent, ctx.lex.words("r13suite_choosing_verbs")):
        if verb.pos_ != "VERB" or not passive(verb) or ctx.negated(verb):
            continue
        for noun in (o for p in ctx.pobjs(verb, {"as"}) for o in [p] if o.lemma_ in roles):
            if any(c.lower_ in ctx.lex.words("r11coopr_unreal_partner_words") for c in noun.children):
                continue  # "chosen as a potential partner"
            chosen = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
            for s, o in distinct_pairs(chosen, agents(verb, ctx)):
                yield Candidate(s, roles[noun.lemma_], o, f"r13suite:chosen-as-{noun.lemma_}", ctx.status(verb),
                                sent)


def _demonym_before_noun(i: int, ctx: DocContext) -> bool:
    """Whether the phrase from token ``i`` is a description (``the American and German companies``): a name read
    as an adjective, or the names followed by a noun they modify."""
    doc = ctx.doc
    while i < len(doc) and doc[i].lower_ in ("the", "and", ","):
        i += 1
    if i >= len(doc) or doc[i].pos_ == "ADJ" and ctx.entity(doc[i]) and \
            ctx.type_of(ctx.entity(doc[i]) or "") == "Country":
        return True
    return False
