"""Supply constructions of issue 11 (branch r8-commerce3); their words are the ``c3_`` keys of
``data/lexicon/events.json`` (investment constructions: :mod:`kg.nlp.relations.commerce3`).

- reliance on a supplier for goods: ``Apple relies on TSMC for its chips``, ``Samsung turned to TSMC for chips``;
- a deal with a partner to supply or buy, an order placed: ``Samsung signed a deal with Apple to supply panels``,
  ``Poland placed an order with Hanwha``;
- imports of a country's goods and flows between two parties: ``India's imports of Russian oil``, ``arms sales
  from Russia to India``;
- a supplier of goods to a customer: ``Rheinmetall, the main supplier of ammunition to Ukraine``;
- goods that go into, power or are used in another's things, goods made for their owner: ``Nvidia's chips will go
  into data centres built by Yotta``, ``Nvidia will power xAI's supercomputer``, ``Apple's chips are made by TSMC``;
- goods handed over: ``Safran will hand over the engine technology to the DRDO``;
- customers named by their country: ``Nvidia's Chinese customers``;
- goods bought from a named owner's site: ``Apple will buy magnets from MP Materials' Texas plant``;
- another's unnamed thing supplied: ``Ericsson supplies Vodafone's 5G network``;
- a party counted as another's customer or shareholder: ``TSMC counts Apple as its biggest customer`` (and
  ``investsIn`` for ``counts Microsoft as a shareholder``).

Each visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.commerce import product_makers
from kg.nlp.relations.commerce3 import modifier_actors, named_actors
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.roles import described
from kg.nlp.relations.slots import customer_countries, dobj
from kg.nlp.relations.triggers import distinct_pairs


def _reliance_customers(tok: Token, ctx: DocContext) -> list[str]:
    """Who relies: the subject of ``relies``, of ``is dependent``, or the owner of ``Europe's reliance``."""
    if tok.pos_ == "VERB":
        return ctx.subjects(tok)
    if tok.pos_ == "ADJ":
        head = tok.head if tok.dep_ in ("acomp", "amod", "oprd") else tok
        if tok.dep_ == "amod":  # "the heavily dependent Vietnam": rare; the noun it describes
            return named_actors(head, ctx)
        return ctx.subjects(head) if head.pos_ in ("AUX", "VERB") else []
    return [a for c in tok.children if c.dep_ == "poss" and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c))]


@triggered_by(lambda lex: lex.value("c3_reliance_words"))
def relied_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Apple relies on TSMC for its most advanced chips``, ``Vietnam is dependent on China for components``,
    ``Europe's reliance on Russia for gas``, ``Samsung turned to TSMC for chips``: who another relies or turns
    to for goods supplies it (not for its security or support, and not a reliance being ended)."""
    ending = ctx.lex.words("c3_ending_verbs")
    not_goods = ctx.lex.words("c3_not_goods")
    table = ctx.lex.value("c3_reliance_words")
    for tok in ctx.find(sent, set(table)):
        preps = table.get(tok.lemma_) or table.get(tok.lower_)
        if preps is None or ctx.negated(tok) or tok.head.lemma_ in ending or (tok.dep_ in ("pobj", "dobj") and (
                tok.head.lemma_ in ending or tok.head.head.lemma_ in ending)):
            continue
        goods = list(ctx.pobjs(tok, {"for"}))
        if not goods or any(g.lower_ in not_goods or g.lemma_ in not_goods for g in goods):
            continue
        suppliers = [a for p in ctx.pobjs(tok, set(preps)) for a in named_actors(p, ctx)]
        customers = [a for a in _reliance_customers(tok, ctx) if ctx.is_actor(a)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(suppliers, customers):
            yield Candidate(s, "suppliesTo", o, "event:relied-on", status, sent)


def is_state(actors: list[str], ctx: DocContext) -> bool:
    """Whether the actors are states or their bodies (the customers, in a deal with a company)."""
    return bool(actors) and all(ctx.type_of(a) in ("Country", "InternationalOrganization") or (
        ctx.entities.get(a) is not None and ctx.entities[a].subtype == "GovernmentBody") for a in actors)


@triggered_by(lambda lex: lex.words("contract_nouns"))
def deal_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung signed a deal with Apple to supply OLED panels``, ``Poland signed a contract with Hanwha to buy
    rocket launchers``, ``Poland placed an order with Hanwha``: a contract with a partner to supply (or to buy) makes
    its holder the partner's supplier (or customer); a state's deal with a company to supply makes the company
    the supplier."""
    supplying = ctx.lex.words("c3_deal_supplying_verbs")
    buying = ctx.lex.words("c3_deal_buying_verbs")
    for deal in ctx.find(sent, ctx.lex.words("contract_nouns")):
        verb = deal.head
        if deal.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if verb.lemma_ in ctx.lex.words("c3_ordering_verbs") and deal.lower_ in ctx.lex.words("purchase_nouns"):
            # "Poland placed an order with Hanwha for 200 launchers": the one ordered from supplies the orderer
            sellers = [a for h in (deal, verb) for p in ctx.pobjs(h, {"with"}) for a in named_actors(p, ctx)]
            for s, o in distinct_pairs(sellers, (a for a in ctx.subjects(verb) if ctx.is_actor(a))):
                yield Candidate(s, "suppliesTo", o, "event:order-placed", ctx.status(verb), sent)
            continue
        if verb.lemma_ not in ctx.lex.words("contract_verbs"):
            continue
        purposes = [v for h in (deal, verb) for v in h.children if v.dep_ in ("acl", "xcomp", "advcl", "relcl")
                    and v.pos_ == "VERB" and v.lemma_ in supplying | buying and not ctx.negated(v)
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)]
        # a purpose whose own object or customer is named is read by the trigger and contract rules
        purposes = [v for v in purposes if not any(ctx.actors(c, conj=False) for c in v.children
                                                   if c.dep_ in ("dobj", "dative", "prep", "nsubj"))]
        if not purposes:
            continue
        partners = [a for h in (deal, verb) for p in ctx.pobjs(h, {"with"}) for a in named_actors(p, ctx)]
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for v in purposes:
            if v.lemma_ in buying:
                pairs = distinct_pairs(partners, holders)
            elif is_state(holders, ctx) and not is_state(partners, ctx):
                pairs = distinct_pairs(partners, holders)  # "Tashkent signed a deal with Huawei to build …"
            else:
                pairs = distinct_pairs(holders, partners)
            for s, o in pairs:
                yield Candidate(s, "suppliesTo", o, "event:deal-partner", status, sent)


@triggered_by(lambda lex: lex.words("c3_import_nouns") | lex.words("c3_flow_nouns"))
def imports_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India's imports of Russian oil``, ``Egypt's purchases of Chinese drones``, ``arms sales from Russia to
    India``: goods bought come from their country or maker; goods moving from one party to another are a
    supply."""
    imports = ctx.lex.words("c3_import_nouns")
    for tok in ctx.find(sent, imports | ctx.lex.words("c3_flow_nouns")):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        if tok.lower_ in imports:
            goods = [g for g in ctx.pobjs(tok, {"of"}) if not ctx.actors(g, conj=False)]
            buyers = [a for a in modifier_actors(tok, ctx) if ctx.type_of(a) != "Technology"]
            sellers = [a for g in goods for a in modifier_actors(g, ctx) if ctx.type_of(a) != "Technology"]
            sellers += [a for h in [tok] + goods for p in ctx.pobjs(h, {"from"}) for a in named_actors(p, ctx)]
            if not goods:
                continue
        else:
            # "sales from Russia to India", "arms sales by Russia to India" ("exports of drones from Turkey": the
            # parser may hang the origin on the goods)
            hosts = [tok] + [g for g in ctx.pobjs(tok, {"of"}) if not ctx.actors(g, conj=False)]
            sellers = [a for h in hosts for p in ctx.pobjs(h, {"from", "by"}) for a in named_actors(p, ctx)]
            buyers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in named_actors(p, ctx)] if sellers else []
        status, predicate = ctx.status(tok), "suppliesTo"
        verb = tok.head
        if tok.dep_ in ("nsubjpass", "nsubj") and verb.pos_ == "VERB" and \
                verb.lemma_ in ctx.lex.words("export_banning_verbs"):
            if ctx.negated(verb):
                continue
            # "exports of robots from Germany to Russia are banned": the flow is stopped, not made
            status, predicate = ctx.status(verb), "restrictsExportsTo"
        for s, o in distinct_pairs(sellers, buyers):
            yield Candidate(s, predicate, o, "event:imports-of", status, sent)


@triggered_by(lambda lex: lex.words("supplier_nouns"))
def supplier_of_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rheinmetall, the main supplier of ammunition to Ukraine``, ``Huawei is the biggest supplier of network
    gear to Africa's operators``: the customer hung on the goods a supplier supplies."""
    for tok in ctx.find(sent, ctx.lex.words("supplier_nouns")):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        goods = [g for g in ctx.pobjs(tok, {"of"}) if not ctx.actors(g, conj=False)]
        customers = [a for g in goods for p in ctx.pobjs(g, {"to"}) for a in named_actors(p, ctx)]
        if not customers:
            continue
        suppliers = described(tok, ctx)
        status = ctx.status(tok)
        for s, o in distinct_pairs(suppliers, customers):
            yield Candidate(s, "suppliesTo", o, "event:supplier-of-goods", status, sent)


def _goods_makers(goods: Token, ctx: DocContext) -> list[str]:
    """Who made or supplied goods: ``Nvidia's chips``, ``its chips`` (a product noun), ``microelectronics supplied by
    Milur``."""
    found = product_makers(goods, ctx)
    if goods.lower_ in ctx.lex.words("product_nouns"):
        found += [a for c in goods.children if c.dep_ == "poss" and not ctx.entity(c) for a in ctx.actors(c)]
    verbs = ctx.lex.words("supplied_verbs") | ctx.lex.words("making_verbs")
    found += [a for v in goods.children if v.dep_ == "acl" and v.lemma_ in verbs for g in v.children
              if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in named_actors(p, ctx)]
    return [a for a in dict.fromkeys(found) if ctx.is_actor(a) and ctx.type_of(a) in ("Organization", "Country")]


def _destination_users(place: Token, ctx: DocContext) -> list[str]:
    """Who has the place goods go into: a name (``Russia``), its owner (``Russia's military base``) or who builds or
    runs it (``data centres being built by Yotta``)."""
    found = named_actors(place, ctx) or [a for a in modifier_actors(place, ctx)
                                   if ctx.type_of(a) in ("Organization", "Country")]
    running = ctx.lex.words("c3_running_verbs")
    found += [a for v in place.children if v.dep_ == "acl" and v.lemma_ in running for g in v.children
              if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in named_actors(p, ctx)]
    return found


@triggered_by(lambda lex: lex.words("c3_ending_up_verbs") | lex.words("c3_installing_verbs"))
def goods_into_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia's chips will go into data centres built by Yotta``, ``microelectronics supplied by Milur ended up in
    Russia's military base``, ``Huawei's gear was installed in Vodafone's network``: a maker's goods that go (or are
    put) into another's things supply that other."""
    installing = ctx.lex.words("c3_installing_verbs")
    for verb in ctx.find(sent, ctx.lex.words("c3_ending_up_verbs") | installing):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        # the goods: what goes ("chips go into"), or what is put ("gear was installed in")
        role = "nsubjpass" if verb.lemma_ in installing and verb.tag_ == "VBN" else "nsubj"
        if role == "nsubj" and verb.lemma_ not in ctx.lex.words("c3_ending_up_verbs"):
            continue
        goods = [c for c in verb.children if c.dep_ == role and not ctx.actors(c, conj=False)]
        makers = [a for g in goods for a in _goods_makers(g, ctx)]
        if not makers:
            continue
        # "into" on the verb, on "up" ("ended up in") or on "way" ("found their way into")
        hosts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "dobj", "advmod") and c.lower_ in ("up", "way")]
        users = [a for h in hosts for p in ctx.pobjs(h, {"into", "in", "to"}) for a in _destination_users(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, users):
            yield Candidate(s, "suppliesTo", o, "event:goods-into", status, sent)


def _handed_goods(thing: Token, ctx: DocContext) -> bool:
    """Whether what is handed over is goods or technology: ``the technology``, ``much of their artillery``."""
    goods = ctx.lex.words("product_nouns") | ctx.lex.words("c3_handed_goods")
    return any(t.lower_ in goods or t.lemma_ in goods or ctx.technologies(t, shallow=True) for t in thing.subtree)


@triggered_by(lambda lex: lex.words("c3_handing_verbs"))
def handed_over_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Safran will hand over the engine technology to India``, ``NATO countries handed much of their artillery
    to Ukraine``: goods or technology handed to another are supplied to it (not power or control)."""
    for verb in ctx.find(sent, ctx.lex.words("c3_handing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        things = dobj(verb)
        if not things or not all(_handed_goods(t, ctx) for t in things):
            continue
        hosts = [verb] + things + [c for c in verb.children if c.dep_ == "prt"]
        customers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in named_actors(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in ctx.subjects(verb) if ctx.is_actor(a)), customers):
            yield Candidate(s, "suppliesTo", o, "event:handed-over", status, sent)


@triggered_by(lambda lex: lex.words("c3_foundry_verbs"))
def made_for_owner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Apple's chips are made by TSMC``, ``Huawei's phones, assembled by Foxconn, …``: the maker of another's
    goods supplies it (goods named by a product noun, their owner by a name)."""
    for verb in ctx.find(sent, ctx.lex.words("c3_foundry_verbs")):
        if verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        makers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in named_actors(p, ctx, ("Organization",))]
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
        owners = [a for g in goods if g.lower_ in ctx.lex.words("product_nouns")
                  for a in modifier_actors(g, ctx) if ctx.type_of(a) == "Organization"]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, owners):
            yield Candidate(s, "suppliesTo", o, "event:made-by", status, sent)


@triggered_by(lambda lex: lex.words("c3_powering_verbs"))
def powers_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia's chips power Microsoft's data centres``, ``Nvidia will power xAI's supercomputer``: a maker (or its
    goods) that powers another's things supplies it."""
    for verb in ctx.find(sent, ctx.lex.words("c3_powering_verbs")):
        # the tagger may take "power" for a noun; a subject and an object make it the verb
        if verb.pos_ not in ("VERB", "NOUN") or verb.tag_ == "VBN" or not dobj(verb) or ctx.negated(verb):
            continue
        makers = [a for c in verb.children if c.dep_ == "nsubj"
                  for a in (named_actors(c, ctx, ("Organization",)) or _goods_makers(c, ctx))]
        users = [a for c in dobj(verb) if not ctx.actors(c, conj=False) for a in modifier_actors(c, ctx)
                 if ctx.type_of(a) in ("Organization", "Country")]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, users):
            yield Candidate(s, "suppliesTo", o, "event:powers", status, sent)


@triggered_by(lambda lex: lex.words("use_verbs"))
def used_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei's equipment is used by Vodafone``, ``chips made by TSMC are used by Apple``: the maker of goods
    another uses supplies it."""
    for verb in ctx.find(sent, ctx.lex.words("use_verbs")):
        if verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        users = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                 for a in named_actors(p, ctx)]
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
        makers = [a for g in goods if not ctx.actors(g, conj=False) for a in _goods_makers(g, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, users):
            yield Candidate(s, "suppliesTo", o, "event:used-by", status, sent)


@triggered_by(lambda lex: lex.value("role_nouns"))
def national_counterparts_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia is working with its Chinese customers``, ``TSMC's American clients``: a customer noun with a
    country's adjective stands for that country (unnamed groups resolve to their country)."""
    table = ctx.lex.value("role_nouns")
    for tok in ctx.find(sent, set(table)):
        countries = customer_countries(tok, ctx) if tok.lower_ in table else []
        if not countries or ctx.negated(tok):
            continue
        owners = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if ctx.is_actor(a) and ctx.type_of(a) == "Organization"]
        status = ctx.status(tok)
        for s, o in distinct_pairs(owners, countries):
            yield Candidate(s, "suppliesTo", o, "event:national-counterparts", status, sent)


def _buyers(verb: Token, ctx: DocContext) -> list[str]:
    """Who buys: the verb's subject, or the subject of the deal it is the purpose of (``Apple signed an agreement to
    buy …``)."""
    found = ctx.subjects(verb)
    if not found and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        found = ctx.subjects(verb.head.head)
    return [a for a in found if ctx.is_actor(a)]


@triggered_by(lambda lex: lex.words("purchasing_verbs"))
def bought_from_site_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Apple will buy magnets from MP Materials' Texas plant``, ``an agreement to buy ore from Lynas's mine``: the
    owner of the site goods are bought from supplies the buyer."""
    sites = ctx.lex.words("facility_nouns")
    for verb in ctx.find(sent, ctx.lex.words("purchasing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        places = [p for h in [verb] + [c for c in verb.children if c.dep_ == "dobj"] for p in ctx.pobjs(h, {"from"})
                  if (p.lower_ in sites or p.lemma_ in sites) and not ctx.actors(p, conj=False)]
        owners = [a for p in places for a in modifier_actors(p, ctx) if ctx.type_of(a) in ("Organization", "Country")]
        if not owners:
            continue
        status = ctx.status(verb)
        for s, o in distinct_pairs(owners, _buyers(verb, ctx)):
            yield Candidate(s, "suppliesTo", o, "event:bought-from-site", status, sent)


@triggered_by(lambda lex: lex.words("c3_counting_verbs"))
def counted_as_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``TSMC counts Apple as its biggest customer``, ``Mistral counts Microsoft as a shareholder``: a party counted
    as a supply or investment role of another holds that role (role nouns of ``data/lexicon/structure.json``)."""
    table = ctx.lex.value("role_nouns")
    for verb in ctx.find(sent, ctx.lex.words("c3_counting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        named = [a for c in verb.children if c.dep_ == "dobj" for a in named_actors(c, ctx)]
        for role in ctx.pobjs(verb, {"as"}):
            entry = table.get(role.lower_)
            if not named or entry is None or entry[0] not in ("suppliesTo", "investsIn"):
                continue
            others = [a for c in role.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
            others = [a for a in others or ctx.subjects(verb) if ctx.is_actor(a)]
            pairs = distinct_pairs(named, others) if entry[1] == "subject" else distinct_pairs(others, named)
            status = ctx.status(verb)
            for s, o in pairs:
                yield Candidate(s, entry[0], o, "event:counted-as", status, sent)


@triggered_by(lambda lex: lex.words("c3_owner_supplying_verbs"))
def supplied_thing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ericsson supplies Vodafone's 5G network``, ``Thales will equip the Polish navy's frigates``: who supplies
    or equips another's unnamed thing supplies its owner."""
    for verb in ctx.find(sent, ctx.lex.words("c3_owner_supplying_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ == "VBN" or ctx.negated(verb):
            continue
        roles = ctx.lex.value("role_nouns")  # "supplies Nokia's rivals" supplies no part of Nokia
        things = [t for t in verb.children if t.dep_ == "dobj"]
        # "supplied much of Telkom's network equipment": the thing is the quantity's "of" phrase (r17news6)
        things = [p for t in things for p in (list(ctx.pobjs(t, {"of"})) or [t]
                                              if t.lower_ in ctx.lex.words("r17news6_share_words") else [t])]
        owners = [a for t in things if not ctx.actors(t, conj=False)
                  and t.lower_ not in roles
                  for a in modifier_actors(t, ctx) if ctx.type_of(a) in ("Organization", "Country")]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in ctx.subjects(verb) if ctx.is_actor(a)), owners):
            yield Candidate(s, "suppliesTo", o, "event:supplied-thing", status, sent)
