"""Supply constructions of the sixth round (branch r10supply); their words are the ``r10supply_`` keys of
``data/lexicon/events.json`` (earlier rounds: :mod:`kg.nlp.relations.r9commerce`, :mod:`kg.nlp.relations.commerce4`;
the second part: :mod:`kg.nlp.relations.r10supply_goods`).

- goods a user has, named with their maker: ``the Indian Navy operates jets built by Dassault``, ``Germany became
  the first customer for jets built by Airbus``, ``the cable is owned by A and supplied by Huawei``, ``80% of the
  cranes at American ports were built by ZPMC`` (the maker supplies the user, customer or owner);
- goods sold to a customer's facility: ``Applied Materials delivers equipment to Samsung's fabs``;
- a supply noun with the supplier on its goods: ``Nvidia's supply of chips to Alibaba``, ``the sale of Russian
  S-400 systems to Turkey``, ``the delivery of drones by Baykar to Ukraine``;
- a customer counted: ``TSMC counts Apple and Nvidia among its customers``;
- a supplier chosen, its name parsed as a clause: ``Kenya's commission has chosen the US company Ipsidy to provide``;
- a role before a name: ``Apple supplier Foxconn``, ``Nvidia customer Microsoft``;
- a state's contract for the delivery of goods: ``Egypt signed a contract with Dassault for the delivery of jets``;
- goods got or licensed: ``Samsung gets its modems from Qualcomm``, ``Microsoft licenses technology from OpenAI``;
- goods named with their maker's name: ``Vodafone uses Huawei equipment``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.commerce4 import is_state
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.triggers import distinct_pairs

SUPPLIERS = ("Organization", "Country")


def _owners(noun: Token, ctx: DocContext) -> list[str]:
    """Who owns a thing: its possessor (``Samsung's fabs``, ``whose cranes``: the clause's antecedent) or the object
    of its ``of`` (``the networks of Vodafone``)."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ == "whose":
            clause = next((a for a in c.ancestors if a.dep_ == "relcl"), None)
            out += ctx.actors(clause.head) if clause is not None else []
        else:
            out += ctx.actors(c)
    out += [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)]
    return [a for a in out if ctx.is_actor(a)]


def _goods_head(subject: Token) -> Token:
    """The goods a quantity stands for: ``all of whose cranes``, ``80% of the cranes`` -> ``cranes``."""
    if subject.lower_ in ("all", "most", "some", "many", "half", "much", "%", "percent", "per", "share"):
        return next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), subject)
    return subject


def _takers(part: Token, ctx: DocContext) -> tuple[list[str], Token] | None:
    """Who has the goods a maker's participle describes, and the word whose modality counts: the subject of a
    verb of use (``Poland deploys tanks made by X``), the holder of a customer noun (``Germany became the first
    customer for jets built by X``), the owner named by a coordinated passive (``the cable is owned by A and
    supplied by X``) or the owner of passive goods (``the port's cranes were built by X``, ``80% of the cranes
    at American ports were built by X``)."""
    goods = part.head
    if part.dep_ == "acl" and not ctx.actors(goods, conj=False):
        if goods.dep_ == "dobj" and goods.head.lemma_ in ctx.lex.words("r10supply_user_verbs"):
            return [a for a in ctx.subjects(goods.head) if ctx.is_actor(a)], goods.head
        customer = goods.head.head if goods.dep_ == "pobj" and goods.head.lower_ == "for" else None
        if customer is not None and customer.lemma_ in ctx.lex.words("r10supply_customer_nouns") and \
                customer.dep_ in ("attr", "dobj") and customer.head.lemma_ in ("become", "be", "remain"):
            return [a for a in ctx.subjects(customer.head) if ctx.is_actor(a)], customer.head
        return None
    if part.dep_ == "conj" and goods.lemma_ in ctx.lex.words("r10supply_owner_participles"):
        return [a for c in goods.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for a in ctx.actors(p) if ctx.is_actor(a)], part
    if part.dep_ in ("ROOT", "relcl", "ccomp"):
        subjects = [_goods_head(c) for c in part.children if c.dep_ == "nsubjpass"]
        if not subjects or ctx.actors(subjects[0], conj=False):
            return None
        places = [a for p in ctx.pobjs(subjects[0], {"at", "in"}) if not ctx.entity(p)
                  and p.lemma_ in ctx.lex.words("r10supply_owned_places")
                  for t in [p] + [c for c in p.children if c.dep_ == "amod"] for a in ctx.actors(t, conj=False)]
        return _owners(subjects[0], ctx) + [a for a in places if ctx.type_of(a) == "Country"], part
    return None


@triggered_by(lambda lex: lex.words("r10supply_maker_participles"))
def maker_of_used_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Indian Navy operates jets built by Dassault``, ``the port's cranes were supplied by ZPMC``: the maker
    named by ``by`` after goods supplies who uses, buys, owns or is a customer for them (see :func:`_takers`).

    >>> from kg.nlp.relations.index import TRIGGERS
    >>> maker_of_used_goods_rule in TRIGGERS
    True
    """
    for part in ctx.find(sent, ctx.lex.words("r10supply_maker_participles")):
        if part.tag_ != "VBN" or ctx.negated(part):
            continue
        makers = [a for c in part.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in ctx.actors(p) if ctx.type_of(a) in SUPPLIERS]
        found = _takers(part, ctx) if makers else None
        if found is None or ctx.negated(found[1]):
            continue
        takers, word = found
        status = ctx.status(word)
        for s, o in distinct_pairs(makers, takers):
            yield Candidate(s, "suppliesTo", o, "event:maker-of-used-goods", status, sent)


@triggered_by(lambda lex: lex.words("r10supply_facility_nouns"))
def facility_recipient_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Applied Materials delivers equipment to Samsung's fabs``, ``Huawei sells routers to the networks of
    Vodafone``: goods sent to a customer's facility supply the customer."""
    verbs = ctx.lex.words("r10supply_sending_verbs")
    for place in ctx.find(sent, ctx.lex.words("r10supply_facility_nouns")):
        to = place.head
        if place.dep_ != "pobj" or to.lower_ != "to" or to.head.lemma_ not in verbs or to.head.pos_ != "VERB":
            continue
        verb = to.head
        if ctx.negated(verb):
            continue
        owners = _owners(place, ctx)
        senders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(senders, owners):
            yield Candidate(s, "suppliesTo", o, "event:facility-recipient", status, sent)


def _noun_suppliers(noun: Token, goods: Token, ctx: DocContext) -> list[str]:
    """Who supplies in ``A's supply of chips``, ``the sale of A's chips``, ``the sale of Russian systems``, ``the
    delivery of A jets``, ``the delivery of drones by A`` or ``… from A``."""
    found = [a for t in (noun, goods) for c in t.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")
             for a in ctx.actors(c)]
    found += [a for t in (noun, goods) for c in t.children if c.dep_ in ("amod", "compound") and ctx.entity(c)
              and c.i < t.i for a in ctx.actors(c, conj=False)]
    found += [a for t in (noun, goods) for p in ctx.pobjs(t, {"by", "from"}) for a in ctx.actors(p)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in SUPPLIERS]


@triggered_by(lambda lex: lex.words("r10supply_supply_nouns"))
def goods_to_recipient_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia's supply of chips to Alibaba``, ``the sale of Russian S-400 systems to Turkey``, ``the deliveries of
    drones from Turkey to Ukraine``: a supply noun with its goods, whose supplier is named on the goods (or by
    ``by``/``from``) and whose recipient may hang on the goods; a halted, banned or blocked supply (``a ban on
    the sale of …``) is left to the curb rules."""
    stopping = ctx.lex.words("r10supply_stopping_words")
    for noun in ctx.find(sent, ctx.lex.words("r10supply_supply_nouns")):
        governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
        if noun.pos_ != "NOUN" or stopping & {noun.head.lemma_, governor.lemma_} or ctx.negated(noun.head) or \
                ctx.negated(noun):
            continue
        for goods in ctx.pobjs(noun, {"of"}):
            if ctx.actors(goods, conj=False):
                continue
            hosts = [noun, goods] + list(ctx.pobjs(goods, {"from"}))
            takers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
            givers = _noun_suppliers(noun, goods, ctx)
            status = ctx.status(noun.head)
            for s, o in distinct_pairs(givers, takers):
                yield Candidate(s, "suppliesTo", o, "event:goods-to-recipient", status, sent)


@triggered_by(lambda lex: lex.words("r10supply_count_verbs"))
def counted_customer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``TSMC counts Apple and Nvidia among its customers``: the one counted among a supplier's customers is
    supplied by it."""
    customers = ctx.lex.words("r10supply_customer_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r10supply_count_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if not any(p.lemma_ in customers for p in ctx.pobjs(verb, {"among", "as"})):
            continue
        yield from taken_customers(verb, sent, ctx, "event:counted-customer")


def taken_customers(verb: Token, sent: Span, ctx: DocContext, rule: str) -> Iterator[Candidate]:
    """The verb's subject (a supplier) supplies the actors of its object: ``TSMC counts Apple among its
    customers``, ``Qualcomm signed up Samsung as a customer`` (the caller has checked the customer noun)."""
    customers = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c) if ctx.is_actor(a)]
    sellers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
    status = ctx.status(verb)
    for s, o in distinct_pairs(sellers, customers):
        yield Candidate(s, "suppliesTo", o, rule, status, sent)


@triggered_by(lambda lex: lex.words("choose_verbs"))
def chosen_name_supplier_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kenya's commission has chosen the US company Ipsidy to provide identification``: the parser may take the
    name after its description for a clause of the verb of choice (beside the ``to provide`` clause); the one named
    supplies the one who chose (the apposition reading is
    :func:`kg.nlp.relations.r9commerce.chosen_described_supplier_rule`)."""
    supply = ctx.lex.words("supply_verbs")
    for tok in ctx.find(sent, ctx.lex.words("choose_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        clauses = [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]
        if not any(c.lemma_ in supply and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in clauses):
            continue
        chosen = [a for c in clauses if ctx.entity(c) and not any(a.dep_ == "aux" for a in c.children)
                  for a in ctx.actors(c) if ctx.type_of(a) in ("Organization",)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(chosen, (a for a in ctx.subjects(tok) if ctx.is_actor(a))):
            yield Candidate(s, "suppliesTo", o, "event:chosen-name-supplier", status, sent)


def _roles(lex: Lexicon) -> frozenset[str]:
    """The words of a supplier's or a customer's role."""
    return lexicon_memo(lex, "r10supply:roles", lambda: frozenset(
        lex.words("r10supply_supplier_roles") | lex.words("r10supply_customer_nouns")))


@triggered_by(_roles)
def named_party_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Apple supplier Foxconn``, ``Apple's supplier Foxconn``, ``Nvidia customer Microsoft``: a supplier's (or
    customer's) role before a name, with the other party named before the role."""
    suppliers = ctx.lex.words("r10supply_supplier_roles")
    for role in ctx.find(sent, _roles(ctx.lex)):
        name = role.head
        if role.dep_ != "compound" or ctx.entity(role) or ctx.type_of(ctx.entity(name) or "") != "Organization":
            continue
        others = [a for c in list(role.children) + list(name.children) if c.dep_ in ("compound", "poss")
                  and c.i < role.i for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]
        named = [ctx.entity(name) or ""]
        pairs = distinct_pairs(named, others) if role.lower_ in suppliers else distinct_pairs(others, named)
        for s, o in pairs:
            yield Candidate(s, "suppliesTo", o, "event:named-party", "asserted", sent)


def _sides(deal: Token, ctx: DocContext) -> tuple[list[str], list[str]]:
    """Who holds a contract (``Egypt signed a contract``, ``a contract was signed by Egypt``) and who it is
    with (``… with Dassault``)."""
    verb = deal.head
    if deal.dep_ == "nsubjpass":
        holders = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                   for a in ctx.actors(p) if ctx.is_actor(a)]
    else:
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
    partners = [a for h in (deal, verb) for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)
                if ctx.type_of(a) in SUPPLIERS]
    return holders, partners


@triggered_by(lambda lex: lex.words("contract_nouns"))
def contract_for_delivery_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Egypt signed a contract with Dassault for the delivery of 30 jets``: a state's contract with a company for
    the supply (or purchase) of goods makes the company the state's supplier (between two states or two companies
    who sells is not said, and nothing is read)."""
    flows = ctx.lex.words("r10supply_supply_nouns") | ctx.lex.words("r10supply_purchase_nouns")
    for deal in ctx.find(sent, ctx.lex.words("contract_nouns")):
        verb = deal.head
        if deal.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in ctx.lex.words("contract_verbs") or \
                ctx.negated(verb):
            continue
        if not any(f.lemma_ in flows and any(not ctx.actors(g, conj=False) for g in ctx.pobjs(f, {"of"}))
                   for h in (deal, verb) for f in ctx.pobjs(h, {"for"})):
            continue
        holders, partners = _sides(deal, ctx)
        if is_state(holders, ctx) and partners and not is_state(partners, ctx):
            status = ctx.status(verb)
            for s, o in distinct_pairs(partners, holders):
                yield Candidate(s, "suppliesTo", o, "event:contract-for-delivery", status, sent)


def _is_goods(tok: Token, ctx: DocContext) -> bool:
    """Whether what is got is goods: a technology, or things (plural) that are not money, help or shares."""
    if ctx.actors(tok, conj=False) or tok.lemma_ in ctx.lex.words("r10supply_not_goods"):
        return False
    return bool(ctx.technologies(tok, shallow=True)) or tok.tag_ == "NNS" or \
        tok.lemma_ in ctx.lex.words("c3_handed_goods")


@triggered_by(lambda lex: lex.words("r10supply_getting_verbs"))
def got_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung gets its modems from Qualcomm``, ``Microsoft licenses technology from OpenAI``, ``India imports
    most of its weapons from Russia``: goods got, rented or licensed from a supplier."""
    for verb in ctx.find(sent, ctx.lex.words("r10supply_getting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        goods = [_goods_head(c) for c in verb.children if c.dep_ == "dobj"]
        if not goods or not _is_goods(goods[0], ctx):
            continue
        sellers = [a for p in ctx.pobjs(verb, {"from"}) for a in ctx.actors(p) if ctx.type_of(a) in SUPPLIERS]
        takers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sellers, takers):
            yield Candidate(s, "suppliesTo", o, "event:got-from", status, sent)


@triggered_by(lambda lex: lex.words("r10supply_user_verbs"))
def named_maker_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vodafone uses Huawei equipment``, ``Poland bought Hanwha howitzers``: goods named with their maker's
    name in front, used or bought, are supplied by the maker."""
    for verb in ctx.find(sent, ctx.lex.words("r10supply_user_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        for goods in (c for c in verb.children if c.dep_ == "dobj" and not ctx.actors(c, conj=False)):
            if goods.lemma_ in ctx.lex.words("r10supply_not_goods"):
                continue
            makers = [a for c in goods.children if c.dep_ == "compound" and c.i < goods.i
                      for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]
            takers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
            status = ctx.status(verb)
            for s, o in distinct_pairs(makers, takers):
                yield Candidate(s, "suppliesTo", o, "event:named-maker-goods", status, sent)
