"""Which organisation a description stands for, so that what the description says of it (``the Tokyo-based
carrier``) is said of the name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.mentions import name_before


def described_orgs(noun: Token, ctx: DocContext) -> list[str]:
    """The organisations a description noun names: itself (a name, or a description that refers back), the name
    it is in apposition to (``Rakuten Mobile, the Tokyo-based carrier``), or the name in apposition to it (``the
    Tokyo-based carrier, Rakuten Mobile``)."""
    found = [a for a in ctx.actors(noun, conj=False, groups=False) if ctx.type_of(a) == "Organization"]
    if not found and noun.dep_ == "appos" and ctx.entity(noun.head):
        before = name_before(noun, ctx)  # "Samsung, the chipmaker, and TSMC, the Tokyo-listed foundry": TSMC
        found = [a for a in ([before] if before else ctx.actors(ctx.mention_root(noun.head), conj=False))
                 if ctx.type_of(a) == "Organization"]
    if not found:
        found = [a for c in noun.children if c.dep_ == "appos" and ctx.entity(c)
                 for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]
    return found


def based_elsewhere(sent: Span, country: str, ctx: DocContext) -> set[str]:
    """The names of ``sent`` right after another country's ``-based`` (``China's operators, China Telecom and
    China Mobile, as well as US-based Microsoft``: Microsoft is no Chinese operator)."""
    doc, out = ctx.doc, set()
    for ent in ctx.ents_in(sent):
        k = ent.start - 1
        if k < 1 or doc[k].lower_ not in ("based", "-based"):
            continue
        k -= 1 if doc[k].lower_ == "based" and doc[k - 1].text == "-" else 0
        other = ctx.entity(doc[k - 1]) if k >= 1 else None
        if other and other != country and ctx.type_of(other) == "Country":
            out.add(ent.kb_id_)
    return out
