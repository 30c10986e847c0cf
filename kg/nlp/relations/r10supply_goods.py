"""Supply constructions of the sixth round (branch r10supply), second part: goods named with their maker or
flowing without a named seller; their words are the ``r10supply_`` keys of ``data/lexicon/events.json`` (the first
part: :mod:`kg.nlp.relations.r10supply`).

- goods sent or donated: ``North Korea has sent millions of shells to Russia``;
- goods sent in the passive, their maker named on them: ``Baykar's drones were delivered to Ukraine``;
- a seller's market: ``India is Russia's biggest arms market``;
- an owner's goods coming from a supplier: ``most of India's weapons come from Russia``;
- a product the text pairs with its maker, bought or used later: ``Germany chose the PULS system of Elbit. … The
  Netherlands had already bought PULS``, ``Denmark ordered the Israeli system``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs

SUPPLIERS = ("Organization", "Country")


def _is_sent_goods(tok: Token, ctx: DocContext) -> bool:
    """Whether what is sent is goods: a technology or a goods word, or a count of them (``millions of shells``)."""
    goods = ctx.lex.words("r10supply_sent_goods")
    tok = next((p for p in ctx.pobjs(tok, {"of"})), tok) if tok.lemma_ in ("million", "thousand", "hundred",
                                                                           "dozen", "batch", "shipment") else tok
    return not ctx.actors(tok, conj=False) and (tok.lemma_ in goods or bool(ctx.technologies(tok, shallow=True)))


@triggered_by(lambda lex: lex.words("r10supply_giving_verbs"))
def sent_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``North Korea has sent millions of shells to Russia``, ``Germany donated air defence systems to Ukraine``:
    goods (not troops, letters or envoys) sent or donated to a recipient."""
    for verb in ctx.find(sent, ctx.lex.words("r10supply_giving_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        sent_goods = [c for c in verb.children if c.dep_ == "dobj" and _is_sent_goods(c, ctx)]
        if not sent_goods:
            continue
        # "to" on the verb, or on the goods counted ("rushed thousands of terminals to Ukraine")
        hosts = [verb] + [p for g in sent_goods for p in ctx.pobjs(g, {"of"})]
        takers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        givers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(givers, takers):
            yield Candidate(s, "suppliesTo", o, "event:sent-goods", status, sent)


def _makers(goods: Token, ctx: DocContext) -> list[str]:
    """Who made goods, as their phrase says: ``Baykar's drones``, ``Baykar drones``, ``Chinese drones``, ``drones
    made by Baykar``."""
    found = [a for c in goods.children if c.dep_ in ("poss", "compound", "amod") and c.i < goods.i
             and c.lower_ not in ("its", "their") for a in ctx.actors(c, conj=False)]
    found += [a for c in goods.children if c.dep_ == "acl" and c.lemma_ in ctx.lex.words("made_for_verbs") | {"make"}
              for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
              for a in ctx.actors(p)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in SUPPLIERS]


@triggered_by(lambda lex: lex.words("r10supply_sending_verbs"))
def passive_goods_flow_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Baykar's drones were delivered to Ukraine``, ``Chinese drones were sold to Nigeria``: goods sent to a
    recipient in the passive without an agent; their maker (named on the goods) supplies the recipient."""
    for verb in ctx.find(sent, ctx.lex.words("r10supply_sending_verbs")):
        if verb.tag_ != "VBN" or ctx.negated(verb) or any(c.dep_ == "agent" for c in verb.children):
            continue
        goods = [c for c in verb.children if c.dep_ == "nsubjpass" and _is_sent_goods(c, ctx)]
        if not goods:
            continue
        takers = [a for p in ctx.pobjs(verb, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(_makers(goods[0], ctx), takers):
            yield Candidate(s, "suppliesTo", o, "event:passive-goods-flow", status, sent)


@triggered_by(lambda lex: lex.words("r10supply_market_nouns"))
def market_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India is Russia's biggest arms market``, ``China is the top export market for Australian iron ore``: the
    one that is a seller's market (or the market for its goods) is supplied by it."""
    for market in ctx.find(sent, ctx.lex.words("r10supply_market_nouns")):
        copula = market.head
        if market.dep_ != "attr" or copula.lemma_ not in ("be", "become", "remain") or ctx.negated(copula):
            continue
        sellers = [a for c in market.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        for p in ctx.pobjs(market, {"for"}):
            sellers += ctx.actors(p, conj=False) or _makers(p, ctx)
        sellers = [a for a in sellers if ctx.type_of(a) in SUPPLIERS]
        takers = [a for a in ctx.subjects(copula) if ctx.is_actor(a)]
        status = ctx.status(copula)
        for s, o in distinct_pairs(sellers, takers):
            yield Candidate(s, "suppliesTo", o, "event:market", status, sent)


def _named_goods(noun: Token, ctx: DocContext) -> list[str]:
    """The product names in a goods phrase: its capitalised words that name no entity (``the PULS rocket
    system``, ``Baykar's TB2 drones``, ``the CH-4``; not a two-letter abbreviation as ``IT``)."""
    words = [noun] + [t for t in noun.lefts if t.dep_ in ("compound", "nmod", "appos")]
    words += [t for w in list(words[1:]) for t in w.lefts if t.dep_ in ("compound", "nmod")]
    return [t.text for t in words if (t.pos_ == "PROPN" or any(ch.isdigit() for ch in t.text))
            and t.text[:1].isupper() and len(t.text) > 2 and not ctx.entity(t)]


def _product_makers(ctx: DocContext) -> tuple[dict[str, str], dict[str, str]]:
    """Product names of the document with their maker, as the text pairs them (``the PULS system of Elbit``,
    ``Baykar's TB2 drones``, ``the CH-4 is built by CASC``), and the head nouns of those products with their maker
    (``system`` -> Elbit); read from the organisations' mentions only."""
    makers: dict[str, str] = {}
    heads: dict[str, str] = {}
    for ent, eid in zip(ctx.index.ents, ctx.index.ent_ids):
        if ctx.type_of(eid) != "Organization":
            continue
        root = ent.root
        goods: list[Token] = []
        if root.dep_ == "poss":
            goods = [root.head]
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
            goods = [root.head.head]
        elif root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in ("build", "make"):
            part = root.head.head
            goods = [part.head] if part.dep_ == "acl" else [c for c in part.children if c.dep_ == "nsubjpass"]
        for noun in goods:
            names = _named_goods(noun, ctx)
            for name in names:
                makers.setdefault(name, eid)
            if names and noun.pos_ == "NOUN":
                heads.setdefault(noun.lemma_, eid)
    return makers, heads


def _described_product(noun: Token, heads: dict[str, str], ctx: DocContext) -> list[str]:
    """The maker of a product named before, described by its maker's nationality and its head noun: ``the
    Israeli system`` after ``the PULS system of Elbit`` (Elbit being Israeli)."""
    maker = heads.get(noun.lemma_)
    if maker is None or not any(c.lower_ == "the" for c in noun.children):
        return []
    country = ctx.entities[maker].country
    return [maker] if country and any(c.dep_ == "amod" and ctx.entity(c) == country for c in noun.children) else []


@triggered_by(lambda lex: lex.words("r10supply_user_verbs"))
def named_product_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Germany chose the PULS system of Elbit. … The Netherlands had already bought PULS``, ``… Denmark ordered
    the Israeli system``: a product the text pairs with its maker, bought, ordered or used by someone else (by its
    name, or by its maker's nationality and its head noun), is supplied by the maker."""
    for verb in ctx.find(sent, ctx.lex.words("r10supply_user_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and not ctx.actors(c, conj=False)]
        if not objects:
            continue
        makers, heads = ctx.index.memo("r10supply:product-makers", lambda: _product_makers(ctx))
        found = [makers[n] for o in objects for n in _named_goods(o, ctx) if n in makers]
        found += [m for o in objects for m in _described_product(o, heads, ctx)]
        takers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(found, takers):
            yield Candidate(s, "suppliesTo", o, "event:named-product", status, sent)


def _is_flow_goods(tok: Token, ctx: DocContext) -> bool:
    """Whether a subject of ``come from`` is goods: sent goods, a technology, or a flow word (``imports``)."""
    return _is_sent_goods(tok, ctx) or (tok.lemma_ in ctx.lex.words("r10supply_flow_goods")
                                        and not ctx.actors(tok, conj=False))


@triggered_by(lambda lex: lex.words("r10supply_coming_verbs"))
def come_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Most of India's weapons come from Russia``, ``60% of India's arms imports came from Russia``: the owner's
    goods (or imports) that come from a supplier are supplied by it."""
    for verb in ctx.find(sent, ctx.lex.words("r10supply_coming_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        goods = [_share_of(c) for c in verb.children if c.dep_ == "nsubj"]
        if not goods or not _is_flow_goods(goods[0], ctx):
            continue
        owners = [a for c in goods[0].children if c.dep_ == "poss" for a in ctx.actors(c) if ctx.is_actor(a)]
        sellers = [a for p in ctx.pobjs(verb, {"from"}) for a in ctx.actors(p) if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sellers, owners):
            yield Candidate(s, "suppliesTo", o, "event:come-from", status, sent)


def _share_of(subject: Token) -> Token:
    """The goods a share stands for: ``most of India's weapons``, ``60% of India's imports`` -> the goods."""
    if subject.lower_ in ("most", "much", "all", "half", "%", "percent", "share", "bulk", "majority", "some"):
        return next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), subject)
    return subject
