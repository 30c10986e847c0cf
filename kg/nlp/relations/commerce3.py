"""More supply and investment constructions (issue 11, branch r8-commerce3); their words are the ``c3_`` keys of
``data/lexicon/events.json``.

- money handed to a recipient: ``Japan will give TSMC up to 732 billion yen in subsidies`` (``investsIn``);
- a share of a company held: ``Gecamines, which owns 20% of KCC``, ``Samsung holds 3% of ASML`` (``investsIn``);
- a funding round led by an investor: ``Zhipu raised $400m in a round led by Tencent`` (``investsIn``);
- a share of a country's imports supplied: ``China supplied 70% of U.S. rare earth imports`` (``suppliesTo``);
- a company taken over: ``Nvidia took over Mellanox`` (``investsIn``);
- reliance on a supplier for goods: ``Apple relies on TSMC for its chips`` (``suppliesTo``);
- a deal with a partner to supply or buy: ``Samsung signed a deal with Apple to supply panels`` (``suppliesTo``);
- imports of a country's goods and flows between two parties: ``India's imports of Russian oil``, ``arms sales
  from Russia to India`` (``suppliesTo``);
- a supplier of goods to a customer: ``Rheinmetall, the main supplier of ammunition to Ukraine`` (``suppliesTo``).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.commerce import product_makers
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.roles import described
from kg.nlp.relations.slots import dobj
from kg.nlp.relations.triggers import distinct_pairs


def _named(tok: Token, ctx: DocContext, types: tuple[str, ...] = ("Organization", "Country",
                                                                   "InternationalOrganization")) -> list[str]:
    """The actors of the types ``types`` a noun phrase names."""
    return [a for a in ctx.actors(tok) if ctx.is_actor(a) and ctx.type_of(a) in types]


def _modifier_actors(tok: Token, ctx: DocContext) -> list[str]:
    """Actors named by the modifiers in front of a noun: ``Russian oil``, ``India's imports``, ``U.S. imports``,
    ``Nvidia chips`` (a name only, not ``its``)."""
    return [a for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod") and
            ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.is_actor(a)]


def _is_money(node: Token, ctx: DocContext) -> bool:
    """An amount of money or a funding noun: ``$4.9 billion``, ``732 billion yen``, ``a €10m grant`` (not
    ``a $2bn contract``, nor ``100 tanks``)."""
    currency = ctx.lex.words("c3_currency_words")
    funding = ctx.lex.words("lending_nouns")
    if node.lower_ in funding or node.lemma_ in funding or node.lower_ in currency:
        return True
    return node.pos_ in ("NUM", "SYM") and any(t.lower_ in currency for t in node.subtree)


@triggered_by(lambda lex: lex.words("c3_granting_verbs"))
def granted_money_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan will give TSMC up to 732 billion yen in subsidies``, ``Berlin granted Intel €10bn``, ``Micron was
    awarded $6.1 billion by the Commerce Department``: who gives money to a recipient invests in it (not aid
    in kind: ``$1bn in military aid``)."""
    funding = ctx.lex.words("lending_nouns") | ctx.lex.words("c3_currency_words")
    for verb in ctx.find(sent, ctx.lex.words("c3_granting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        money = [c for c in verb.children if c.dep_ == "dobj"]  # (dobj() gives a passive's subject too)
        # "give TSMC up to 732 billion yen": "to" hangs on the verb or on "up"
        money += [p for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for h in (verb, c)
                  for p in ctx.pobjs(h, {"to"})]
        if not money or not all(_is_money(m, ctx) for m in money):
            continue
        # "$1bn in military aid": the money is for something other than funding
        kinds = [p for h in [verb] + money for p in ctx.pobjs(h, {"in"})]
        if any(p.lower_ not in funding and p.lemma_ not in funding for p in kinds):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):  # "TSMC was given $4.9 billion by Japan"
            recipients = [a for c in verb.children if c.dep_ == "nsubjpass" for a in _named(c, ctx)]
            givers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                      for a in _named(p, ctx)]
        else:
            recipients = [a for c in verb.children if c.dep_ in ("dative", "iobj") for a in _named(c, ctx)]
            givers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(givers, recipients):
            yield Candidate(s, "investsIn", o, "event:granted-money", status, sent)


def _share_targets(share: Token, ctx: DocContext) -> list[str]:
    """The company a share is of: ``20% of KCC``, ``3% of ASML's shares``."""
    found: list[str] = []
    for p in ctx.pobjs(share, {"of", "in"}):
        # no conjuncts: "A holds 80% of X and B the remaining 20%" gives no share of B
        named = [a for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Organization"]
        if not named and p.lower_ in ctx.lex.words("equity_nouns"):
            named = [a for a in _modifier_actors(p, ctx) if ctx.type_of(a) == "Organization"]
            named += [a for q in ctx.pobjs(p, {"of", "in"}) for a in _named(q, ctx, ("Organization",))]
        found += named
    return found


@triggered_by(lambda lex: lex.words("c3_share_units"))
def share_held_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Gecamines, which owns 20% of KCC``, ``Samsung holds 3% of ASML's shares``, ``Alibaba bought 30% of
    Lazada``, ``it sold 40% of Lazada to Alibaba``: who holds, takes or buys a share of a company invests in it."""
    holding = ctx.lex.words("c3_holding_verbs")
    selling = ctx.lex.words("selling_verbs")
    for share in ctx.find(sent, ctx.lex.words("c3_share_units")):
        verb = share.head
        if share.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if verb.lemma_ in holding:
            holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        elif verb.lemma_ in selling:  # the buyer of the share: "sold 40% of Lazada to Alibaba"
            holders = [a for h in (verb, share) for p in ctx.pobjs(h, {"to"}) for a in _named(p, ctx)]
        else:
            continue
        status = ctx.status(verb)
        for s, o in distinct_pairs(holders, _share_targets(share, ctx)):
            yield Candidate(s, "investsIn", o, "event:share-held", status, sent)


def _round_company(node: Token, ctx: DocContext) -> list[str]:
    """The company a funding round is for: its own (``Zhipu's round``, ``a round for Zhipu``) or the subject
    of the raising the round is part of (``Zhipu raised $400m in a round``)."""
    found = [a for a in _modifier_actors(node, ctx) if ctx.type_of(a) == "Organization"]
    found += [a for p in ctx.pobjs(node, {"for", "in", "into"}) for a in _named(p, ctx, ("Organization",))]
    if not found and node.dep_ == "pobj" and node.head.lower_ in ("in", "from", "through", "via"):
        verb = node.head.head
        if verb.pos_ == "VERB" and verb.lemma_ in ctx.lex.words("c3_raising_verbs"):
            found = [a for a in ctx.clause_subjects(verb) if ctx.type_of(a) == "Organization"]
    return found


@triggered_by(lambda lex: lex.words("c3_round_nouns"))
def round_led_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Zhipu raised $400 million in a round led by Tencent``, ``Mistral's round, co-led by Nvidia``, ``the firm
    raised money from investors led by SoftBank``: who leads or joins a company's round invests in it."""
    leading = ctx.lex.words("c3_round_leading_verbs")
    for node in ctx.find(sent, ctx.lex.words("c3_round_nouns")):
        if node.pos_ not in ("NOUN", "PROPN"):
            continue
        leaders = [a for v in node.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_ in leading
                   and not ctx.negated(v) for g in v.children if g.dep_ == "agent"
                   for p in g.children if p.dep_ == "pobj" for a in _named(p, ctx)]
        if not leaders:
            continue
        status = ctx.status(node.head if node.dep_ == "pobj" else node)
        for s, o in distinct_pairs(leaders, _round_company(node, ctx)):
            yield Candidate(s, "investsIn", o, "event:round-led", status, sent)


def _share_verb(quantity: Token, ctx: DocContext) -> Token | None:
    """The verb a share is supplied through: ``supplied 70% of``, ``accounts for 60% of``."""
    if quantity.dep_ == "dobj" and quantity.head.lemma_ in ctx.lex.words("c3_share_supplying_verbs"):
        return quantity.head
    if quantity.dep_ == "pobj" and quantity.head.lower_ == "for" and quantity.head.head.lemma_ == "account":
        return quantity.head.head
    return None


@triggered_by(lambda lex: lex.value("c3_share_goods_nouns"))
def share_supplied_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China supplied about 70% of U.S. rare earth imports``, ``Russia met half of Germany's gas needs``, ``the
    EU accounts for 60% of foreign investment in Kazakhstan``: a share of another's imports (or of the investment
    in a place) comes from its supplier (investor)."""
    table = ctx.lex.value("c3_share_goods_nouns")
    quantities = ctx.lex.words("c3_share_quantities")
    for tok in ctx.find(sent, set(table)):
        predicate = table.get(tok.lower_)
        if predicate is None or tok.dep_ != "pobj" or tok.head.lower_ != "of" or \
                tok.head.head.lower_ not in quantities:
            continue
        verb = _share_verb(tok.head.head, ctx)
        if verb is None or ctx.negated(verb):
            continue
        sources = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        if predicate == "investsIn":
            others = [a for p in ctx.pobjs(tok, {"in", "into"}) for a in _named(p, ctx)]
        else:
            others = _modifier_actors(tok, ctx) + [a for p in ctx.pobjs(tok, {"into", "by"}) for a in _named(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sources, others):
            yield Candidate(s, predicate, o, "event:share-supplied", status, sent)


@triggered_by(lambda lex: lex.value("c3_takeover_particles"))
def taken_over_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia took over Mellanox``, ``KKR bought out the company's founders``, ``Arm was taken over by
    SoftBank``: who takes a company over invests in it (a company, not a country or a post)."""
    table = ctx.lex.value("c3_takeover_particles")
    for verb in ctx.find(sent, set(table)):
        if verb.pos_ != "VERB" or verb.lemma_ not in table or ctx.negated(verb) or \
                not any(c.dep_ == "prt" and c.lower_ in table[verb.lemma_] for c in verb.children):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            targets = [a for c in verb.children if c.dep_ == "nsubjpass" for a in _named(c, ctx, ("Organization",))]
        else:
            targets = [a for c in dobj(verb) for a in _named(c, ctx, ("Organization",))]
        buyers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(buyers, targets):
            yield Candidate(s, "investsIn", o, "event:taken-over", status, sent)


def _reliance_customers(tok: Token, ctx: DocContext) -> list[str]:
    """Who relies: the subject of ``relies``, of ``is dependent``, or the owner of ``Europe's reliance``."""
    if tok.pos_ == "VERB":
        return ctx.subjects(tok)
    if tok.pos_ == "ADJ":
        head = tok.head if tok.dep_ in ("acomp", "amod", "oprd") else tok
        if tok.dep_ == "amod":  # "the heavily dependent Vietnam": rare; the noun it describes
            return _named(head, ctx)
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
        suppliers = [a for p in ctx.pobjs(tok, set(preps)) for a in _named(p, ctx)]
        customers = [a for a in _reliance_customers(tok, ctx) if ctx.is_actor(a)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(suppliers, customers):
            yield Candidate(s, "suppliesTo", o, "event:relied-on", status, sent)


def _is_state(actors: list[str], ctx: DocContext) -> bool:
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
            sellers = [a for h in (deal, verb) for p in ctx.pobjs(h, {"with"}) for a in _named(p, ctx)]
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
        partners = [a for h in (deal, verb) for p in ctx.pobjs(h, {"with"}) for a in _named(p, ctx)]
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for v in purposes:
            if v.lemma_ in buying:
                pairs = distinct_pairs(partners, holders)
            elif _is_state(holders, ctx) and not _is_state(partners, ctx):
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
            buyers = [a for a in _modifier_actors(tok, ctx) if ctx.type_of(a) != "Technology"]
            sellers = [a for g in goods for a in _modifier_actors(g, ctx) if ctx.type_of(a) != "Technology"]
            sellers += [a for h in [tok] + goods for p in ctx.pobjs(h, {"from"}) for a in _named(p, ctx)]
            if not goods:
                continue
        else:
            sellers = [a for p in ctx.pobjs(tok, {"from"}) for a in _named(p, ctx)]
            buyers = [a for p in ctx.pobjs(tok, {"to"}) for a in _named(p, ctx)] if sellers else []
        status = ctx.status(tok)
        for s, o in distinct_pairs(sellers, buyers):
            yield Candidate(s, "suppliesTo", o, "event:imports-of", status, sent)


@triggered_by(lambda lex: lex.words("supplier_nouns"))
def supplier_of_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rheinmetall, the main supplier of ammunition to Ukraine``, ``Huawei is the biggest supplier of network
    gear to Africa's operators``: the customer hung on the goods a supplier supplies."""
    for tok in ctx.find(sent, ctx.lex.words("supplier_nouns")):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        goods = [g for g in ctx.pobjs(tok, {"of"}) if not ctx.actors(g, conj=False)]
        customers = [a for g in goods for p in ctx.pobjs(g, {"to"}) for a in _named(p, ctx)]
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
              if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in _named(p, ctx)]
    return [a for a in dict.fromkeys(found) if ctx.is_actor(a) and ctx.type_of(a) in ("Organization", "Country")]


def _destination_users(place: Token, ctx: DocContext) -> list[str]:
    """Who has the place goods go into: a name (``Russia``), its owner (``Russia's military base``) or who builds or
    runs it (``data centres being built by Yotta``)."""
    found = _named(place, ctx) or [a for a in _modifier_actors(place, ctx)
                                   if ctx.type_of(a) in ("Organization", "Country")]
    running = ctx.lex.words("c3_running_verbs")
    found += [a for v in place.children if v.dep_ == "acl" and v.lemma_ in running for g in v.children
              if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in _named(p, ctx)]
    return found


@triggered_by(lambda lex: lex.words("c3_ending_up_verbs"))
def goods_into_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia's chips will go into data centres built by Yotta``, ``microelectronics supplied by Milur ended up in
    Russia's military base``: a maker's goods that go into another's things supply that other."""
    for verb in ctx.find(sent, ctx.lex.words("c3_ending_up_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        goods = [c for c in verb.children if c.dep_ == "nsubj" and not ctx.actors(c, conj=False)]
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
        customers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in _named(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in ctx.subjects(verb) if ctx.is_actor(a)), customers):
            yield Candidate(s, "suppliesTo", o, "event:handed-over", status, sent)


@triggered_by(lambda lex: lex.words("c3_borrowing_verbs"))
def borrowed_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Serbia has borrowed heavily from Chinese banks``, ``Pakistan borrowed $2 billion from China``: the lender
    invests in the borrower."""
    for verb in ctx.find(sent, ctx.lex.words("c3_borrowing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        lenders = [a for h in [verb] + dobj(verb) for p in ctx.pobjs(h, {"from"}) for a in _named(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(lenders, (a for a in ctx.subjects(verb) if ctx.is_actor(a))):
            yield Candidate(s, "investsIn", o, "event:borrowed-from", status, sent)


@triggered_by(lambda lex: lex.words("c3_acquiring_verbs"))
def agreed_to_be_bought_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Arm agreed to be bought by SoftBank``, ``the start-up is set to be acquired by Nvidia``: a company to be
    bought by a buyer (the subject of the clause the passive completes) is invested in."""
    for verb in ctx.find(sent, ctx.lex.words("c3_acquiring_verbs")):
        if verb.tag_ != "VBN" or verb.dep_ != "xcomp" or ctx.negated(verb) or ctx.negated(verb.head) or \
                not any(c.dep_ == "auxpass" for c in verb.children) or \
                any(c.dep_ == "nsubjpass" for c in verb.children):
            continue
        buyers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in _named(p, ctx)]
        targets = [a for a in ctx.subjects(verb.head) if ctx.type_of(a) == "Organization"]
        status = ctx.status(verb.head)
        for s, o in distinct_pairs(buyers, targets):
            yield Candidate(s, "investsIn", o, "event:agreed-to-be-bought", status, sent)


@triggered_by(lambda lex: lex.words("c3_foundry_verbs"))
def made_for_owner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Apple's chips are made by TSMC``, ``Huawei's phones, assembled by Foxconn, …``: the maker of another's
    goods supplies it (goods named by a product noun, their owner by a name)."""
    for verb in ctx.find(sent, ctx.lex.words("c3_foundry_verbs")):
        if verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        makers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in _named(p, ctx, ("Organization",))]
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
        owners = [a for g in goods if g.lower_ in ctx.lex.words("product_nouns")
                  for a in _modifier_actors(g, ctx) if ctx.type_of(a) == "Organization"]
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
                  for a in (_named(c, ctx, ("Organization",)) or _goods_makers(c, ctx))]
        users = [a for c in dobj(verb) if not ctx.actors(c, conj=False) for a in _modifier_actors(c, ctx)
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
                 for a in _named(p, ctx)]
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
        makers = [a for g in goods if not ctx.actors(g, conj=False) for a in _goods_makers(g, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, users):
            yield Candidate(s, "suppliesTo", o, "event:used-by", status, sent)


def _described_by_participle(tok: Token, ctx: DocContext) -> list[str]:
    """What a participle describes: ``X, a firm funded with …`` (the name the description stands beside) or ``X,
    funded with …``."""
    head = tok.head
    if tok.dep_ != "acl" or head is tok:
        return []
    found = _named(head, ctx, ("Organization",))
    if not found and head.dep_ == "appos":
        found = _named(ctx.mention_root(head.head), ctx, ("Organization",))
    return found


@triggered_by(lambda lex: lex.value("participles"))
def funded_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Canyon Bridge, a private equity firm funded with Chinese state capital``, ``X, backed by money from Y``:
    whose money funds a company invests in it."""
    table = ctx.lex.value("participles")
    for tok in ctx.find(sent, set(table)):
        if table.get(tok.lower_) != "investsIn" or tok.tag_ != "VBN" or ctx.negated(tok):
            continue
        money = [p for h in [tok] + [g for g in tok.children if g.dep_ == "agent"]
                 for p in ctx.pobjs(h, {"with"}) if _is_money(p, ctx) or p.lower_ in ctx.lex.words("c3_capital_nouns")]
        money += [p for g in tok.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                  and (_is_money(p, ctx) or p.lower_ in ctx.lex.words("c3_capital_nouns"))]
        funders = [a for m in money for a in _modifier_actors(m, ctx) if ctx.type_of(a) in ("Country", "Organization")]
        funders += [a for m in money for p in ctx.pobjs(m, {"from"}) for a in _named(p, ctx)]
        if not funders:
            continue
        for s, o in distinct_pairs(funders, _described_by_participle(tok, ctx)):
            yield Candidate(s, "investsIn", o, "event:funded-with", "asserted", sent)
