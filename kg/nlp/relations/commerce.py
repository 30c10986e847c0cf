"""Supply and sanction constructions the trigger lexicon does not reach: a delivery taken, a contract described
before its purpose, a measure's target in its relative clause; their words are in ``data/lexicon/events.json``.

- a delivery taken from a supplier: ``Egypt is taking delivery of drones from China`` (``suppliesTo`` the taker);
- a contract described before its purpose: ``Thales won a contract worth $50 million to supply the Polish army``
  (``suppliesTo``: who holds the contract supplies the customer of its purpose);
- a measure's target in its relative clause: ``UN sanctions that bar North Korea from trading``, ``curbs that
  target Huawei`` (``sanctions`` or ``restrictsExportsTo`` from the measure's holder).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.slots import RELATIVE_PRONOUNS, dobj, verb_objects
from kg.nlp.relations.triggers import noun_participants


def taken_delivery_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Egypt is taking delivery of ten drones from China``, ``the navy took delivery of the jets from
    Dassault``: the one a delivery is taken from supplies the taker."""
    for tok in ctx.find(sent, ctx.lex.words("delivery_nouns")):
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("delivery_taking_verbs") or ctx.negated(verb):
            continue
        # "from" hangs on the verb, on the delivery or on the goods ("delivery of drones from China")
        goods = [p for p in ctx.pobjs(tok, {"of"})]
        sources = [p for h in [verb, tok] + goods for p in ctx.pobjs(h, {"from"})]
        suppliers = [a for p in sources for a in ctx.actors(p) if ctx.is_actor(a)]
        takers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s in dict.fromkeys(suppliers):
            for o in dict.fromkeys(takers):
                if s != o:
                    yield Candidate(s, "suppliesTo", o, "event:taken-delivery", status, sent)


def _contract_of(verb: Token, ctx: DocContext) -> Token | None:
    """The contract noun a purpose clause ``to supply …`` describes, through ``worth`` or its amount: ``a deal
    worth $50 million to supply``; ``None`` when the clause hangs elsewhere."""
    head = verb.head
    for _ in range(3):
        if head.lower_ in ctx.lex.words("contract_nouns") and head.pos_ == "NOUN":
            return head
        if head.dep_ not in ("amod", "npadvmod", "quantmod", "nummod", "pobj", "prep") or head.head is head:
            return None
        head = head.head
    return None


def contract_supply_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rheinmetall announced a deal worth $50 million to supply the Bundeswehr``, ``Thales won an order worth
    €1bn to deliver radars to Poland``: who wins, signs or announces the contract supplies its customer."""
    supply = ctx.lex.words("supply_verbs")
    for verb in ctx.find(sent, supply):
        if verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "acl", "advcl") or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or ctx.negated(verb):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.pos_ == "VERB":
            continue  # a subject of its own, or a verb's complement the trigger rules read already
        contract = _contract_of(verb, ctx)
        if contract is None or contract.dep_ != "dobj" or contract.head.pos_ != "VERB" or \
                contract.head.lemma_ not in ctx.lex.words("contract_verbs") or ctx.negated(contract.head):
            continue
        holders = [a for a in ctx.subjects(contract.head) if ctx.is_actor(a)]
        customers: list[str] = []
        for predicate, slots in ctx.lex.verbs.get(verb.lemma_, []):
            if predicate == "suppliesTo":
                customers += verb_objects(verb, slots, ctx)[0]
        status = ctx.status(contract.head)
        for s in dict.fromkeys(holders):
            for o in dict.fromkeys(customers):
                if s != o:
                    yield Candidate(s, "suppliesTo", o, "event:contract-supply", status, sent)


def measure_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``UN sanctions that bar North Korea from trading``, ``US curbs that target Huawei``: the object of the
    measure's relative clause is its target."""
    targeting = ctx.lex.words("measure_targeting_verbs")
    nouns = ctx.lex.nouns
    measures = ctx.index.memo("measure_nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p in ("sanctions", "restrictsExportsTo") for p, _s in entries)))
    for tok in ctx.find(sent, measures):
        if tok.pos_ not in ("NOUN", "PROPN") or ctx.negated(tok):
            continue
        clauses = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in targeting and not ctx.negated(c)
                   and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)]
        if not clauses:
            continue
        key = tok.lower_ if tok.lower_ in nouns else tok.lemma_
        for predicate, slots in nouns.get(key, []):
            if predicate not in ("sanctions", "restrictsExportsTo"):
                continue
            holders, _others = noun_participants(tok, slots, ctx)
            targets = [a for c in clauses for o in dobj(c) for a in ctx.actors(o) if ctx.is_actor(a)]
            if predicate == "restrictsExportsTo":
                targets = [a for a in targets if ctx.type_of(a) != "Person"]
            status = ctx.status(tok)
            for s in dict.fromkeys(holders):
                for o in dict.fromkeys(targets):
                    if s != o:
                        yield Candidate(s, predicate, o, "event:measure-relative", status, sent)
