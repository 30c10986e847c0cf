"""Supply and investment constructions of issue 11 (branch r9-commerce); their words are the ``r9commerce_`` keys
of ``data/lexicon/events.json`` (the earlier rounds: :mod:`kg.nlp.relations.commerce3`,
:mod:`kg.nlp.relations.commerce4`).

- a contract with a party for goods: ``Poland signed a contract with Hyundai Rotem for 180 tanks``, ``a deal for a
  second batch of jets was signed by India with Dassault`` (the company supplies the state);
- a supplier chosen by its description and name: ``Kenya has chosen the Chinese company Huawei to provide
  cameras`` (the description is the object, the name its apposition);
- the named members of a group of recipients or investees: ``Huawei sold base stations to several African
  states, among them Kenya and Ghana``, ``the fund invested in three start-ups, among them X and Y``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.commerce3 import named_actors
from kg.nlp.relations.commerce4 import is_state
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import dobj
from kg.nlp.relations.triggers import distinct_pairs

ORG = ("Organization",)


def _is_goods(node: Token, ctx: DocContext) -> bool:
    """Whether what a contract is for is goods: counted things (``180 tanks``), goods words (``drones``) or a
    batch of them (``a second batch of jets``), not a purpose (``for cooperation``) nor an actor."""
    if ctx.actors(node, conj=False):
        return False
    if node.lower_ in ctx.lex.words("r9commerce_batch_nouns"):
        return any(p.tag_ == "NNS" and not ctx.actors(p, conj=False) for p in ctx.pobjs(node, {"of"}))
    goods = ctx.lex.words("c3_handed_goods")
    if node.lower_ in goods or node.lemma_ in goods:
        return True
    return node.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in node.children)


def _holders(verb: Token, deal: Token, ctx: DocContext) -> list[str]:
    """Who signs a contract: the subject of ``Poland signed a contract``, the agent of ``a contract was signed by
    Poland``."""
    if deal.dep_ == "nsubjpass":
        return [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for a in ctx.actors(p) if ctx.is_actor(a)]
    return [a for a in ctx.subjects(verb) if ctx.is_actor(a)]


@triggered_by(lambda lex: lex.words("contract_nouns"))
def contract_for_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Greece signed a deal with Dassault for 18 fighters``, ``a contract for a second batch of tanks was signed
    by Poland with Hyundai Rotem``: in a contract for goods between a state and a company, the company supplies
    the state (between two companies or two states who sells is not said, and nothing is read).

    >>> from kg.nlp.relations.index import TRIGGERS
    >>> contract_for_goods_rule in TRIGGERS
    True
    """
    for deal in ctx.find(sent, ctx.lex.words("contract_nouns")):
        verb = deal.head
        if deal.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if verb.lemma_ not in ctx.lex.words("contract_verbs"):
            continue
        if not any(_is_goods(p, ctx) for h in (deal, verb) for p in ctx.pobjs(h, {"for"})):
            continue
        partners = [a for h in (deal, verb) for p in ctx.pobjs(h, {"with"}) for a in named_actors(p, ctx)]
        holders = _holders(verb, deal, ctx)
        if not partners or not holders:
            continue
        if is_state(holders, ctx) and not is_state(partners, ctx):
            pairs = distinct_pairs(partners, holders)
        elif is_state(partners, ctx) and not is_state(holders, ctx):
            pairs = distinct_pairs(holders, partners)
        else:
            continue
        status = ctx.status(verb)
        for s, o in pairs:
            yield Candidate(s, "suppliesTo", o, "event:contract-for-goods", status, sent)


@triggered_by(lambda lex: lex.words("choose_verbs"))
def chosen_described_supplier_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kenya's government has chosen the Chinese company Huawei to provide cameras``: the parser makes the
    description the object and the name its apposition; the one named supplies the one who chose (the plain
    ``chose Huawei to provide`` is read by :func:`kg.nlp.relations.events.chosen_supplier_rule`)."""
    supply = ctx.lex.words("supply_verbs")
    descriptors = ctx.lex.words("org_nouns")
    for tok in ctx.find(sent, ctx.lex.words("choose_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        if not any(c.dep_ in ("xcomp", "advcl") and c.lemma_ in supply and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
            continue
        chosen = [a for o in dobj(tok) if not ctx.entity(o) and o.lower_ in descriptors
                  for c in o.children if c.dep_ == "appos" and ctx.entity(c)
                  for a in ctx.actors(c) if ctx.type_of(a) in ORG]
        status = ctx.status(tok)
        for s, o in distinct_pairs(chosen, (a for a in ctx.subjects(tok) if ctx.is_actor(a))):
            yield Candidate(s, "suppliesTo", o, "event:chosen-described-supplier", status, sent)


def _listed_members(among: Token, ctx: DocContext) -> list[str]:
    """The names ``among them`` introduces: the parser hangs ``among`` on the first name (``among them Kenya and
    Ghana``: ``Kenya`` and its conjuncts) or on something before it (then the name right after ``them``)."""
    them = [p for p in among.children if p.dep_ == "pobj" and p.lower_ == "them"]
    if not them:
        return []
    if among.head.i > among.i and ctx.entity(among.head):
        first = among.head
    else:
        after = them[0].i + 1
        if after < len(them[0].doc) and them[0].doc[after].lower_ == ",":
            after += 1
        if after >= len(them[0].doc) or not ctx.entity(them[0].doc[after]):
            return []
        first = them[0].doc[after]
    return [a for a in ctx.actors(ctx.mention_root(first)) if ctx.is_actor(a)]


def _group_slot(among: Token) -> tuple[Token, Token] | None:
    """The verb and the unnamed group ``among them`` picks from: ``sold … to several states, among them``
    (the group is the last plural noun before ``among``, an object of the verb or of its preposition; the nearest
    verb above ``among`` that has one, as the parser may hang the list on a later clause)."""
    for verb in among.ancestors:
        if verb.pos_ != "VERB":
            continue
        groups = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.i < among.i for p in c.children
                  if p.dep_ == "pobj" and p.tag_ == "NNS"]
        groups += [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < among.i]
        if groups:
            return verb, max(groups, key=lambda t: t.i)
    return None


@triggered_by(lambda lex: lex.words("r9commerce_among_words"))
def among_them_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei has sold base stations to several African states, among them Kenya and Ghana``, ``the fund has
    backed four start-ups, among them X and Y``: the named members of an unnamed group of recipients (or
    investees) are supplied (or invested in)."""
    table = ctx.lex.value("r9commerce_group_verbs")
    for among in ctx.find(sent, ctx.lex.words("r9commerce_among_words")):
        slot = _group_slot(among)
        if slot is None:
            continue
        verb, group = slot
        if ctx.entity(group) or ctx.negated(verb):
            continue
        entry = table.get(verb.lemma_)
        if entry is None:
            continue
        predicate, preps = entry
        where = group.head.lower_ if group.dep_ == "pobj" else "dobj"
        if where not in preps:
            continue
        members = _listed_members(among, ctx)
        actors = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(actors, members):
            yield Candidate(s, predicate, o, "event:among-them", status, sent)
