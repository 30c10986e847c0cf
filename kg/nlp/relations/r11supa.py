"""Supply constructions of the seventh round (branch r11supa), within one sentence; their words are the ``r11supa_``
keys of ``data/lexicon/events.json`` (earlier rounds: :mod:`kg.nlp.relations.r10supply`,
:mod:`kg.nlp.relations.r10supply_goods`).

- customers named as examples of the recipient: ``Great Wall sold satellites to partners such as Nigeria``,
  ``… to buyers including Egypt``, ``… to other partners of Beijing, among them Nigeria and Venezuela``;
- goods bought, with their seller named on them: ``Turkey's purchase of Russia's S-400 system``, ``the purchase of
  Russian S-400 systems by Turkey``, ``the use of Huawei equipment by Telenor``;
- goods given to a recipient, their supplier named on them: ``Western armoured vehicles given to Kyiv``,
  ``Russian-made S-400 systems delivered to Turkey``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs

SUPPLIERS = ("Organization", "Country", "Bloc")


def _examples(noun: Token, ctx: DocContext) -> list[str]:
    """The actors a plain noun names as examples: ``partners such as A and B``, ``buyers including A``,
    ``customers like A``, ``partners, among them A`` (the list may hang as an apposition anywhere after ``noun``)."""
    out = [a for p in ctx.pobjs(noun, {"as", "including", "like"}) if p.head.lower_ != "as" or
           any(c.lower_ == "such" for c in p.head.children) for a in ctx.actors(p)]
    out += [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c)]
    # "…, among them Nigeria and Venezuela": the parser hangs the list on any earlier noun
    for tok in noun.doc[noun.i + 1:noun.sent.end]:
        if tok.lower_ in ("them", "whom") and tok.dep_ == "pobj" and tok.head.lower_ == "among" and \
                tok.head.head.i > tok.i and ctx.entity(tok.head.head):
            out += ctx.actors(tok.head.head)
            break
    return [a for a in dict.fromkeys(out) if ctx.is_actor(a)]


@triggered_by(lambda lex: lex.words("r11supa_selling_verbs"))
def example_recipients_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Great Wall sold satellites to partners such as Nigeria``, ``Baykar exports drones to buyers including
    Poland``: the seller supplies each customer the recipient noun names as an example.

    >>> from kg.nlp.relations.index import TRIGGERS
    >>> example_recipients_rule in TRIGGERS
    True
    """
    for verb in ctx.find(sent, ctx.lex.words("r11supa_selling_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        recipients = [a for p in ctx.pobjs(verb, {"to"}) if not ctx.entity(p) and p.pos_ == "NOUN"
                      for a in _examples(p, ctx)]
        if not recipients:
            continue
        sellers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sellers, recipients):
            yield Candidate(s, "suppliesTo", o, "event:example-recipients", status, sent)


def named_on(goods: Token, ctx: DocContext) -> list[str]:
    """The supplier named on goods: ``Russia's system``, ``Russian systems``, ``Huawei equipment``,
    ``Russian-made systems``; not the goods when they are an actor themselves."""
    if ctx.entity(goods) and ctx.is_actor(ctx.entity(goods) or ""):
        return []
    own = ctx.entity(goods)
    # the names among the goods' left modifiers: "Russia's", "Western (armoured)", "Russian(-made)", "Huawei"
    found = [a for t in goods.doc[goods.left_edge.i:goods.i] if ctx.entity(t) and ctx.entity(t) != own
             and t.dep_ != "conj" for a in ctx.actors(t, conj=False)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in SUPPLIERS]


def _punished(noun: Token, ctx: DocContext) -> list[str]:
    """Whom ``its`` stands for in a reason for a measure: ``sanctioned Turkey over its purchase``, ``imposed
    sanctions on the agency over its purchase`` (the measure's object or the object of its ``on``); nothing
    elsewhere (the pronoun's referent is not sure enough)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("over", "for") or prep.head.pos_ != "VERB":
        return []
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for o in objects for p in ctx.pobjs(o, {"on", "against"})]
    return [a for o in objects for a in ctx.actors(o) if ctx.is_actor(a)]


@triggered_by(lambda lex: lex.words("r11supa_purchase_nouns"))
def bought_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Turkey's purchase of Russia's S-400 system``, ``the purchase of Russian jets by Egypt``, ``the use of
    Huawei equipment by Telenor``: the one whose goods are bought or used supplies the buyer or user (named by
    the possessive or by ``by``); a banned or halted purchase is left to the curb rules."""
    stopping = ctx.lex.words("r10supply_stopping_words")
    for noun in ctx.find(sent, ctx.lex.words("r11supa_purchase_nouns")):
        governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
        if noun.pos_ != "NOUN" or stopping & {noun.head.lemma_, governor.lemma_} or ctx.negated(noun.head):
            continue
        buyers = [a for c in noun.children if c.dep_ == "poss" for a in
                  (_punished(noun, ctx) if c.lower_ in ("its", "their") else ctx.actors(c))]
        buyers += [a for p in ctx.pobjs(noun, {"by"}) for a in ctx.actors(p)]
        buyers = [a for a in buyers if ctx.is_actor(a)]
        # "an order for Dassault jets": goods only (not "an order for Huawei's removal")
        goods = [g for g in ctx.pobjs(noun, {"of"})] if noun.lemma_ != "order" else [
            g for g in ctx.pobjs(noun, {"of", "for"}) if is_goods(g, ctx)]
        sellers = [a for g in goods for a in named_on(g, ctx)]
        status = ctx.status(noun.head)
        for s, o in distinct_pairs(sellers, buyers):
            yield Candidate(s, "suppliesTo", o, "event:bought-goods", status, sent)


@triggered_by(lambda lex: lex.words("r11supa_given_participles"))
def given_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Western armoured vehicles given to Kyiv``, ``Russian-made S-400 systems delivered to Turkey``: goods a
    participle sends to a recipient, their supplier named on them."""
    ending = ctx.lex.words("r10supply_stopping_words") | ctx.lex.words("r11supa_undoing_verbs")
    for part in ctx.find(sent, ctx.lex.words("r11supa_given_participles")):
        # "chips sold to Alibaba were restricted": a curb, not a supply
        if part.tag_ != "VBN" or part.dep_ != "acl" or ctx.negated(part) or part.head.head.lemma_ in ending:
            continue
        recipients = [a for p in ctx.pobjs(part, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        suppliers = named_on(part.head, ctx) if recipients else []
        status = ctx.status(part)
        for s, o in distinct_pairs(suppliers, recipients):
            yield Candidate(s, "suppliesTo", o, "event:given-goods", status, sent)


def goods_holders(noun: Token, ctx: DocContext) -> list[str]:
    """Who a role noun describes: ``Ericsson is a supplier …`` (the subject), ``Ericsson, a supplier …`` (the name
    it is in apposition to)."""
    if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("AUX", "VERB"):
        verb = noun.head
        # "cleared Germany to become a customer": the object of the verb the clause completes
        controllers = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        return [a for c in controllers for a in ctx.actors(c)] or ctx.subjects(verb)
    if noun.dep_ == "appos":
        return ctx.actors(noun.head, conj=False)
    return []


@triggered_by(lambda lex: lex.words("r10supply_supplier_roles"))
def supplier_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ericsson is a supplier of Vodafone``, ``Thales, a long-time contractor of the Polish army``: a supplier of
    an actor (a name, not goods: ``a supplier of Chinese chips`` names none) supplies it."""
    for noun in ctx.find(sent, ctx.lex.words("r10supply_supplier_roles")):
        if noun.pos_ != "NOUN" or ctx.negated(noun.head):
            continue
        customers = [a for p in ctx.pobjs(noun, {"of"}) if ctx.entity(p) and ctx.is_actor(ctx.entity(p) or "")
                     for a in ctx.actors(p)]
        suppliers = [a for a in goods_holders(noun, ctx) if ctx.type_of(a) in SUPPLIERS] if customers else []
        status = ctx.status(noun.head)
        for s, o in distinct_pairs(suppliers, customers):
            yield Candidate(s, "suppliesTo", o, "event:supplier-of", status, sent)


@triggered_by(lambda lex: lex.words("r11supa_making_verbs"))
def goods_made_for_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``TSMC makes chips for Apple``, ``Foxconn manufactures servers for Nvidia``: a company making goods (a
    technology or a goods word, not ``it easier``) for a company supplies it."""
    for verb in ctx.find(sent, ctx.lex.words("r11supa_making_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        goods = [c for c in verb.children if c.dep_ == "dobj" and is_goods(c, ctx)]
        customers = [a for h in [verb] + goods for p in ctx.pobjs(h, {"for"})
                     for a in ctx.actors(p, groups=False) if ctx.type_of(a) == "Organization"] if goods else []
        makers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"] if customers else []
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, customers):
            yield Candidate(s, "suppliesTo", o, "event:goods-made-for", status, sent)


@triggered_by(lambda lex: lex.words("purchase_nouns"))
def order_with_maker_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Poland placed an order for 180 tanks with Hyundai Rotem``: the one an order is placed with supplies the
    orderer, ``with`` hanging on the goods (on the order or the verb: :func:`commerce4.deal_partner_rule`)."""
    for deal in ctx.find(sent, ctx.lex.words("purchase_nouns")):
        verb = deal.head
        if deal.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("c3_ordering_verbs") or ctx.negated(verb):
            continue
        sellers = [a for g in ctx.pobjs(deal, {"for"}) for p in ctx.pobjs(g, {"with"}) for a in ctx.actors(p)
                   if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sellers, (a for a in ctx.subjects(verb) if ctx.is_actor(a))):
            yield Candidate(s, "suppliesTo", o, "event:order-with-maker", status, sent)


def is_goods(tok: Token, ctx: DocContext) -> bool:
    """Whether a noun is goods: a technology or a goods word (``jets``, ``chips``), not money or an actor (nor a
    ``resolution on AI``: the noun itself, not a technology it mentions)."""
    own = ctx.entity(tok)
    return not ctx.actors(tok, conj=False) and tok.lemma_ not in ctx.lex.words("r10supply_not_goods") and (
        tok.lemma_ in ctx.lex.words("r10supply_sent_goods") or tok.lemma_ in ctx.lex.words("r11supa_more_goods")
        or (own is not None and ctx.type_of(own) == "Technology"))


def national_of(goods: Token, ctx: DocContext) -> list[str]:
    """The state or bloc an adjective in front of goods names: ``Chinese fighters``, ``Western weapons``, ``Indian
    BrahMos missiles``, ``US chips`` (the adjective may hang on a word between)."""
    return [a for c in goods.doc[goods.left_edge.i:goods.i] if c.pos_ in ("ADJ", "PROPN")
            and c.dep_ in ("amod", "compound") and ctx.entity(c)
            for a in ctx.actors(c, conj=False) if ctx.type_of(a) in ("Country", "Bloc")]


def _reporter(verb: Token, goods: list[Token], takers: list[str], ctx: DocContext) -> list[str]:
    """Whom ``its`` on goods stands for when the users are several: ``Nvidia said Infosys and Wipro will use its
    software`` (the company that says so; not ``their own``, nor a single user, whom ``its`` may stand for)."""
    clause = verb
    while clause.dep_ in ("advcl", "conj") and clause.head.i != clause.i:  # "X said A would …, while B and C will"
        clause = clause.head
    if len(takers) < 2 or clause.dep_ != "ccomp" or clause.head.lemma_ not in ctx.lex.words("r11supa_saying_verbs"):
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "its" and not any(o.lower_ == "own" for o in g.children)
               for g in goods for c in g.children):
        return []
    return [a for a in ctx.subjects(clause.head) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r11supa_user_verbs"))
def used_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Indian Air Force operates Rafale jets from Dassault``, ``Pakistan flies Chinese fighters``, ``the army
    will be equipped with tanks from Hyundai Rotem``: goods a user has, their supplier named by ``from`` (not after
    verbs of movement: ``flew bombers from Belarus``) or by a national adjective."""
    moving = ctx.lex.words("r11supa_moving_verbs")
    for verb in ctx.find(sent, ctx.lex.words("r11supa_user_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            goods = [g for g in ctx.pobjs(verb, {"with"}) if is_goods(g, ctx)] if verb.lemma_ in ("equip", "arm") \
                else []
            takers = [a for c in passive for a in ctx.actors(c) if ctx.is_actor(a)]
        else:
            # "the first batch of Russian S-400 systems": the goods counted
            goods = [g for c in verb.children if c.dep_ == "dobj" for g in
                     ([c] + (list(ctx.pobjs(c, {"of"})) if c.lemma_ in ctx.lex.words("r11supa_batch_nouns") else []))
                     if is_goods(g, ctx)]
            takers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        if not goods or not takers:
            continue
        hosts = goods if verb.lemma_ in moving else [verb] + goods
        suppliers = [a for h in hosts for p in ctx.pobjs(h, {"from"}) for a in ctx.actors(p)
                     if ctx.type_of(a) in SUPPLIERS]
        # "researchers from Russia and China used a Chinese satellite": their own goods
        suppliers += [a for g in goods for a in national_of(g, ctx) if a not in takers]
        suppliers += [a for a in _reporter(verb, goods, takers, ctx) if a not in takers]
        status = ctx.status(verb)
        for s, o in distinct_pairs(suppliers, takers):
            yield Candidate(s, "suppliesTo", o, "event:used-goods", status, sent)


@triggered_by(lambda lex: lex.words("r11supa_fleet_nouns"))
def fleet_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India's fleet of Russian-made Su-30 fighters``, ``the Polish army's arsenal of Korean tanks``: the maker
    named on the goods of an owner's fleet or arsenal supplies the owner."""
    for noun in ctx.find(sent, ctx.lex.words("r11supa_fleet_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun.head):
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")
                  for a in ctx.actors(c) if ctx.is_actor(a)]
        goods = [g for g in ctx.pobjs(noun, {"of"}) if is_goods(g, ctx)] if owners else []
        suppliers = [a for g in goods for a in named_on(g, ctx)]
        suppliers += [a for g in goods for p in ctx.pobjs(g, {"from"}) for a in ctx.actors(p)
                      if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(noun.head)
        for s, o in distinct_pairs(suppliers, owners):
            yield Candidate(s, "suppliesTo", o, "event:fleet", status, sent)


@triggered_by(lambda lex: lex.words("contract_nouns"))
def named_contract_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Lockheed Martin won a $2 billion Pentagon contract``, ``Hanwha secured a Polish contract for howitzers``:
    the customer named in front of a contract that a company wins is supplied by the winner."""
    for deal in ctx.find(sent, ctx.lex.words("contract_nouns")):
        verb = deal.head
        if deal.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("r11supa_winning_verbs") or ctx.negated(verb):
            continue
        customers = [a for t in deal.doc[deal.left_edge.i:deal.i] if ctx.entity(t) and t.dep_ != "poss"
                     for a in ctx.actors(t, conj=False) if ctx.is_actor(a)]
        winners = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"] if customers else []
        status = ctx.status(verb)
        for s, o in distinct_pairs(winners, customers):
            yield Candidate(s, "suppliesTo", o, "event:named-contract", status, sent)


@triggered_by(lambda lex: lex.words("r11supa_used_participles"))
def used_in_product_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung supplies memory chips used in Apple's iPhones``, ``Sony's sensors are used in Apple's phones``,
    ``TSMC makes processors found in Huawei phones``: the maker of parts used in a company's product supplies the
    company (a place: ``chips used in China``, names no customer)."""
    making = ctx.lex.words("r11supa_selling_verbs") | ctx.lex.words("r11supa_making_verbs")
    for part in ctx.find(sent, ctx.lex.words("r11supa_used_participles")):
        if part.tag_ != "VBN" or ctx.negated(part):
            continue
        products = [p for p in ctx.pobjs(part, {"in", "inside"}) if not ctx.entity(p)]
        owners = [a for p in products for c in p.children if c.i < p.i and c.dep_ in ("poss", "compound")
                  and ctx.entity(c) for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]
        if not owners:
            continue
        if part.dep_ == "acl":
            goods = part.head
            makers = named_on(goods, ctx)
            if goods.dep_ == "dobj" and goods.head.lemma_ in making and not ctx.negated(goods.head):
                makers += [a for a in ctx.subjects(goods.head) if ctx.type_of(a) in SUPPLIERS]
        else:
            makers = [a for c in part.children if c.dep_ == "nsubjpass" for a in named_on(c, ctx)]
        status = ctx.status(part)
        for s, o in distinct_pairs(makers, owners):
            yield Candidate(s, "suppliesTo", o, "event:used-in-product", status, sent)


def _makers_of(goods: Token, ctx: DocContext) -> list[str]:
    """The maker named on goods or on their apposition: ``Chinese drones``, ``Arrow 3, the system built by IAI``."""
    out = named_on(goods, ctx)
    for g in [goods] + [c for c in goods.children if c.dep_ == "appos"] + (
            [goods.head] if goods.dep_ == "appos" else []):
        out += [a for c in g.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in
                ctx.lex.words("r11supa_maker_verbs") for b in c.children if b.dep_ == "agent"
                for p in b.children if p.dep_ == "pobj" for a in ctx.actors(p) if ctx.type_of(a) in SUPPLIERS]
    return list(dict.fromkeys(out))


def _loose_apposition(goods: Token, noun: Token) -> list[Token]:
    """The apposition after goods that the parser hung on a verb above: ``customer for Arrow 3, the system …``
    (``system`` made an object of the sentence's verb); the phrase must start right after the comma."""
    comma = goods.right_edge.i + 1
    doc = goods.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    above = {t.i for t in noun.ancestors}
    return [t for t in doc[comma + 1:noun.sent.end] if t.dep_ in ("attr", "dobj", "appos", "npadvmod")
            and t.head.i in above and t.left_edge.i == comma + 1][:1]


@triggered_by(lambda lex: lex.words("r10supply_customer_nouns"))
def customer_for_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Turkey is the biggest customer for Chinese drones``, ``Germany became the first customer for Arrow 3, the
    system built by Israel Aerospace Industries``: a customer for goods named with their maker is supplied by it."""
    for noun in ctx.find(sent, ctx.lex.words("r10supply_customer_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun.head):
            continue
        goods = [g for g in ctx.pobjs(noun, {"for", "of"}) if not ctx.actors(g, conj=False)]
        goods += [a for g in goods for a in _loose_apposition(g, noun)]
        makers = [a for g in goods for a in _makers_of(g, ctx)]
        holders = [a for a in goods_holders(noun, ctx) if ctx.is_actor(a)] if makers else []
        status = ctx.status(noun.head)
        for s, o in distinct_pairs(makers, holders):
            yield Candidate(s, "suppliesTo", o, "event:customer-for-goods", status, sent)


@triggered_by(lambda lex: lex.words("contract_nouns"))
def holder_deal_to_supply_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung's deal to supply Apple with displays``, ``a contract for Thales to deliver radars to Poland``: the
    one a deal names (its possessor or the subject of its ``for … to``) supplies the customer of its clause."""
    supply = ctx.lex.words("supply_verbs") | ctx.lex.words("r11supa_selling_verbs")
    ending = ctx.lex.words("r10supply_stopping_words") | ctx.lex.words("r11supa_undoing_verbs")
    for deal in ctx.find(sent, ctx.lex.words("contract_nouns")):
        governor = deal.head.head if deal.head.dep_ == "prep" else deal.head
        if deal.pos_ != "NOUN" or ctx.negated(deal.head) or ending & {deal.head.lemma_, governor.lemma_}:
            continue
        for verb in (c for c in deal.children if c.dep_ in ("acl", "relcl") and c.lemma_ in supply):
            if ctx.negated(verb) or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
                continue
            holders = [a for c in deal.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")
                       for a in ctx.actors(c)]
            holders += [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
            customers = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in ctx.actors(c)]
            customers += [a for p in ctx.pobjs(verb, {"to"}) for a in ctx.actors(p)]
            status = ctx.status(deal.head)
            for s, o in distinct_pairs([a for a in holders if ctx.type_of(a) in SUPPLIERS],
                                       [a for a in customers if ctx.is_actor(a)]):
                yield Candidate(s, "suppliesTo", o, "event:holder-deal-to-supply", status, sent)
