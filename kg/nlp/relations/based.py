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


def own_modifier(start: int, sent: Span, ctx: DocContext, reach: int = 3) -> str | None:
    """The country of the description right before a name (``Indonesian operator`` before ``Indosat``, ``Turkish
    lender`` before ``Ziraat``): a country word followed only by lower-case nouns up to the name; None otherwise."""
    doc, k = ctx.doc, start - 1
    while k >= sent.start and start - k <= reach and doc[k].is_lower and doc[k].is_alpha and \
            doc[k].pos_ in ("NOUN", "ADJ") and (not ctx.entity(doc[k]) or _technology_word(doc[k], ctx)):
        k -= 1  # descriptor words only: not "the US business of Aixtron"; "Turkish drone maker Baykar" (r16news3)
    if k == start - 1 or k < sent.start:
        return None
    eid = ctx.entity(doc[k])
    return eid if eid and ctx.type_of(eid) == "Country" else None


def _technology_word(tok: Token, ctx: DocContext) -> bool:
    """Whether ``tok`` is a lower-case technology word of a maker's description (``drone`` in ``Turkish drone maker
    Baykar``): a description word like any other (r16news3)."""
    eid = ctx.entity(tok)
    return bool(eid) and ctx.type_of(eid or "") == "Technology"


def based_elsewhere(sent: Span, country: str, ctx: DocContext) -> set[str]:
    """The names of ``sent`` right after another country's ``-based`` (``China's operators, China Telecom and
    China Mobile, as well as US-based Microsoft``: Microsoft is no Chinese operator), or after a description with
    another country's word (``Vietnamese group Viettel and Indonesian operator Indosat``)."""
    doc, out = ctx.doc, set()
    for ent in ctx.ents_in(sent):
        k = ent.start - 1
        own = own_modifier(ent.start, sent, ctx)
        if own and own != country:
            out.add(ent.kb_id_)  # "Vietnamese group Viettel and Indonesian operator Indosat": Indosat's own
            continue
        if k < 1 or doc[k].lower_ not in ("based", "-based"):
            continue
        k -= 1 if doc[k].lower_ == "based" and doc[k - 1].text == "-" else 0
        other = ctx.entity(doc[k - 1]) if k >= 1 else None
        if other and other != country and ctx.type_of(other) == "Country":
            out.add(ent.kb_id_)
    return out


def nickname_of(name: Token, ctx: DocContext) -> list[str] | None:
    """The organisations a nickname describes, when ``name`` is the object of a naming verb (``Yandex, often
    called Russia's Google``, ``Kaspi, known as Kazakhstan's Amazon``): the country's possessive places them, not
    the firm the nickname borrows; None when ``name`` is no nickname."""
    verbs = ctx.lex.words("r14struct_naming_verbs")
    if name.dep_ in ("oprd", "attr") and name.head.lemma_ in verbs:
        verb = name.head
    elif name.dep_ == "pobj" and name.head.lower_ == "as" and name.head.head.lemma_ in verbs:
        verb = name.head.head
    else:
        return None
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.head.i != verb.i:
        return [a for a in ctx.actors(verb.head, conj=False) if ctx.type_of(a) == "Organization"]
    return [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.actors(c, conj=False)
            if ctx.type_of(a) == "Organization"]

