"""The targets a trigger noun's preposition names: ``curbs on shipments of chips to China`` (the goods'
destination), ``a ban on Huawei equipment`` (the company), ``an embargo on Iran`` (the state)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.slots import EXPORT_NOUNS


def slot_actors(pobj: Token, slot: str, ctx: DocContext) -> list[str]:
    """The actors a noun's preposition names; ``curbs on shipments of chips to China``: the goods' destination."""
    found = ctx.actors(pobj)
    if not found and slot == "on" and (pobj.lemma_ in EXPORT_NOUNS or pobj.lower_ in EXPORT_NOUNS):
        parse = ctx.index.parse  # a Token only for the subtree's "to" prepositions
        found = [a for t in (ctx.doc[i] for i in ctx.index.subtree(pobj.i) if parse.lower[i] == "to")
                 if t.dep_ == "prep" and t.lower_ == "to"
                 for q in t.children if q.dep_ == "pobj" for a in ctx.actors(q)]
    return found


def typed_target(noun: Token, pobj: Token, slot: str, ctx: DocContext) -> list[str]:
    """``a ban on Huawei`` / ``on Huawei equipment`` / ``on products from Huawei`` names a company (``on_org``,
    a sanction); ``an embargo on Iran`` or an export ban names a state (``on_state``, an export restriction)."""
    if slot == "on_state":
        export = any(c.lemma_ in EXPORT_NOUNS or c.lower_ in EXPORT_NOUNS for c in noun.children
                     if c.dep_ in ("compound", "amod", "nmod"))
        return [a for a in slot_actors(pobj, "on", ctx)
                if export or ctx.type_of(a) in ("Country", "Bloc", "InternationalOrganization")]
    found = [a for a in ctx.actors(pobj) if ctx.type_of(a) == "Organization"]
    if not found and not ctx.entity(pobj):
        # the company whose products are banned
        found = [a for c in pobj.children if c.dep_ in ("compound", "poss", "nmod") for a in ctx.actors(c)]
        found += [a for p in ctx.pobjs(pobj, {"from", "by"}) for a in ctx.actors(p)]
    return [a for a in found if ctx.type_of(a) == "Organization"]
