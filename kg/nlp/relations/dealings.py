"""Whether a ban, a bar or a sale is about goods (a sanction, an export restriction) or about a business changing
hands (a blocked deal, which GUIDELINES.md makes ``directs``); read by the argument slots of the trigger verbs."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext


def _froms(verb: Token) -> list[Token]:
    """The verbs a ``from`` phrase of ``verb`` holds: ``barred X from selling``."""
    return [v for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for v in p.children
            if v.dep_ == "pcomp"]


def sale_of_business(sale: Token, ctx: DocContext) -> bool:
    """``the sale of Lattice to Canyon Bridge``, ``the sale of its unit``: a company or a business changing hands,
    not goods exported."""
    return any(ctx.type_of(ctx.entity(p) or "") == "Organization" or p.lower_ in ctx.lex.words("asset_nouns")
               for p in ctx.pobjs(sale, {"of"}))


def stopped_from_deal(verb: Token, ctx: DocContext) -> bool:
    """``prohibited X from selling its fab``, ``from acquiring Y``: a deal stopped, unlike ``barred X from selling
    its software to Americans`` (a ban on its products)."""
    dealing, assets = ctx.lex.words("dealing_verbs"), ctx.lex.words("asset_nouns")
    return any(v.lemma_ in dealing and (v.lemma_ != "sell" or any(o.dep_ == "dobj" and o.lower_ in assets
                                                                   for o in v.children)) for v in _froms(verb))


def foreign_only(verb: Token, found: list[str], exporting: set[str], ctx: DocContext) -> list[str]:
    """``Washington barred Nvidia from selling chips to China``: a state keeping its own firm from exporting
    restricts exports; only a foreign firm barred from selling is sanctioned (``found`` without the home firms)."""
    if not any(v.lemma_ in exporting for v in _froms(verb)):
        return found
    home = {(e.id if e.type == "Country" else e.country) for s in ctx.subjects(verb) if (e := ctx.entities.get(s))}
    return [a for a in found if (e := ctx.entities.get(a)) is None or e.country not in home]
