"""Supply constructions stated through what is made, who imports it and who does which half of a deal; their
words are in ``data/lexicon/events.json``.

- goods made for a customer: ``Siemens has built trains for Russian Railways``, ``Rosatom will build two
  reactors for Hungary`` (``suppliesTo`` the one they are made for);
- importers and buyers of a country's goods: ``Japan, the biggest importer of Chinese graphite``,
  ``Germany is the largest buyer of Russian gas`` (the country ``suppliesTo`` the importer);
- a deal's two halves: ``Baidu will supply the cars, while Lyft will run the service`` (who supplies, supplies
  the one that does the other half).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.roles import described
from kg.nlp.relations.slots import dobj
from kg.nlp.relations.triggers import distinct_pairs

SUPPLIERS = ("Organization", "Country")


def _goods(verb: Token, ctx: DocContext) -> list[Token]:
    """What a verb makes, when it is a thing and not an actor: ``built trains``, ``build two reactors``."""
    abstract = ctx.lex.words("not_made_goods")  # "built a coalition for Ukraine" makes nothing
    return [o for o in dobj(verb) if not ctx.actors(o, conj=False) and o.pos_ in ("NOUN", "PROPN", "NUM")
            and o.lower_ not in abstract and o.lemma_ not in abstract]


@triggered_by(lambda lex: lex.words("made_for_verbs"))
def made_for_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Siemens has built trains for Russian Railways``, ``Rosatom will build two reactors for Hungary``, ``the
    locomotives were built by Siemens for RZD``, ``TSMC makes chips for customers such as Apple``: the maker of goods
    made for an actor supplies it."""
    for verb in ctx.find(sent, ctx.lex.words("made_for_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive:
            abstract = ctx.lex.words("not_made_goods")
            goods = [c for c in verb.children if c.dep_ == "nsubjpass" and not ctx.actors(c, conj=False)
                     and c.lower_ not in abstract and c.lemma_ not in abstract]
            makers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                      for a in ctx.actors(p)]
        else:
            goods, makers = _goods(verb, ctx), ctx.subjects(verb)
        if not goods:
            continue
        # "for" on the verb, or on the goods ("built trains for RZD" may hang either way)
        # a named customer, or the named examples of unnamed ones ("for customers such as Apple")
        customers = [a for h in [verb] + goods for p in ctx.pobjs(h, {"for"})
                     for a in ctx.actors(p, groups=False) or ctx.examples(p)]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in makers if ctx.type_of(a) in SUPPLIERS),
                                   (a for a in customers if ctx.is_actor(a) and ctx.type_of(a) != "Person")):
            yield Candidate(s, "suppliesTo", o, "event:made-for", status, sent)


def _origin_countries(goods: Token, ctx: DocContext) -> list[str]:
    """The countries goods are named by: ``Chinese graphite``, ``Russia's gas``, ``gas from Russia``."""
    found = [a for c in goods.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < goods.i
             and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False)]
    found += [a for p in ctx.pobjs(goods, {"from"}) for a in ctx.actors(p, groups=False)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) == "Country"]


@triggered_by(lambda lex: lex.words("importer_nouns"))
def importer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan and South Korea, the biggest importers of Chinese graphite``, ``Germany is the largest buyer of
    Russian gas``: the country whose goods an actor imports supplies it."""
    for tok in ctx.find(sent, ctx.lex.words("importer_nouns")):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        origins = [a for g in ctx.pobjs(tok, {"of"}) if not ctx.actors(g, conj=False)
                   for a in _origin_countries(g, ctx)]
        if not origins:
            continue
        importers = [a for a in described(tok, ctx) if ctx.type_of(a) != "Person"]
        status = ctx.status(tok)
        for s, o in distinct_pairs(origins, importers):
            yield Candidate(s, "suppliesTo", o, "event:importer", status, sent)


def _recipients(verb: Token, ctx: DocContext) -> bool:
    """Whether a supply verb names whom it supplies (``to``, ``for``, an indirect object, an actor as object)."""
    return any(c.dep_ in ("dative", "iobj") for c in verb.children) or \
        any(True for _ in ctx.pobjs(verb, {"to", "for"})) or \
        any(ctx.actors(o, conj=False) for o in dobj(verb))


def _own_subjects(verb: Token, ctx: DocContext) -> list[str]:
    """The actors a clause's own subject names (``Nvidia is to supply``: the subject of ``is``)."""
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)]


@triggered_by(lambda lex: lex.words("contrast_marks"))
def other_half_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Baidu will supply the cars, while Lyft will run the service``, ``Lyft will operate the fleet, while Baidu
    provides the vehicles``: of a deal split in two halves, who supplies supplies the one doing the other half."""
    supply = ctx.lex.words("supply_verbs")
    for mark in ctx.find(sent, ctx.lex.words("contrast_marks")):
        clause = mark.head
        if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        main = clause.head
        if main.pos_ not in ("VERB", "AUX"):
            continue
        # "Nvidia is to supply …, while …": the supply verb under "is to"
        mains = [main] + [c for c in main.children if c.dep_ == "xcomp" and c.i < mark.i]
        heading = next((v for v in mains if v.lemma_ in supply and v.pos_ == "VERB"), None)
        if all(v.lemma_ in supply or v.lemma_[2:] in supply and v.lemma_.startswith("re")
               for v in (heading if heading is not None else main, clause)):
            continue  # "X are rebuilding one section, while Y is building the other": two builders, no deal (r17news5)
        if heading is not None:
            supplier_verb, other = heading, clause
        elif clause.lemma_ in supply:
            supplier_verb, other = clause, main
        else:
            continue
        if _recipients(supplier_verb, ctx) or not dobj(supplier_verb) or \
                ctx.negated(supplier_verb) or ctx.negated(other):
            continue
        suppliers = [a for a in _own_subjects(supplier_verb, ctx) if ctx.type_of(a) in SUPPLIERS]
        customers = [a for a in _own_subjects(other, ctx) if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        status = ctx.status(supplier_verb)
        for s, o in distinct_pairs(suppliers, customers):
            yield Candidate(s, "suppliesTo", o, "event:other-half", status, sent)


def _owners(thing: Token, ctx: DocContext) -> list[str]:
    """Whose unnamed thing it is: ``Reliance's data centre``, ``the network of Safaricom`` (a name, not ``its``)."""
    if ctx.actors(thing, conj=False):
        return []
    found = [a for c in thing.children if c.dep_ == "poss" and ctx.entity(c)
             for a in ctx.actors(ctx.mention_root(c), conj=False)]
    # "the conglomerate's data centre": a description the references resolved
    found += [a for c in thing.children if c.dep_ == "poss" and not ctx.entity(c) and c.i in ctx.refs
              for a in ctx.refs[c.i]]
    found += [a for p in ctx.pobjs(thing, {"of"}) if ctx.entity(p) for a in ctx.actors(p)]
    return [a for a in dict.fromkeys(found) if ctx.is_actor(a) and ctx.type_of(a) != "Person"]


@triggered_by(lambda lex: lex.words("running_on_verbs"))
def runs_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Reliance's data centre will run on Nvidia's Blackwell processors``, ``Sugon's machines are built around
    Intel processors``, ``Safaricom's network is powered by Huawei equipment``: the maker of the product another's
    thing runs on supplies its owner."""
    from kg.nlp.relations.commerce import product_makers

    for verb in ctx.find(sent, ctx.lex.words("running_on_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        # "the centre will run on", "machines built around …", "the centre, set to run on …"
        host = verb.head if verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children) \
            else verb
        things = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]
        if host.dep_ == "acl":
            things.append(host.head)
        owners = [a for t in things for a in _owners(t, ctx)]
        if not owners:
            continue
        products = [p for p in ctx.pobjs(verb, {"on", "around", "upon"})]
        products += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        makers = [a for p in products for q in [p, *p.conjuncts]
                  for a in product_makers(q, ctx) or _described_maker(q, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, owners):
            yield Candidate(s, "suppliesTo", o, "event:runs-on", status, sent)


def _described_maker(product: Token, ctx: DocContext) -> list[str]:
    """The maker of a product named by a description the references resolved: ``the US chip designer's new
    processors`` (not ``its``, which may be anyone's)."""
    if product.lower_ not in ctx.lex.words("product_nouns"):
        return []
    return [a for c in product.children if c.dep_ == "poss" and not ctx.entity(c) and c.i in ctx.refs
            for a in ctx.refs[c.i] if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("sold_in_verbs"))
def sold_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Micron products sold in China``, ``drones exported to Nigeria by AVIC`` (a participle after the goods):
    the maker of goods sold in or to a place supplies it."""
    from kg.nlp.relations.commerce import product_makers

    for verb in ctx.find(sent, ctx.lex.words("sold_in_verbs")):
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        goods = verb.head
        makers = product_makers(goods, ctx) + [a for c in verb.children if c.dep_ == "agent" for p in c.children
                                               if p.dep_ == "pobj" for a in ctx.actors(p)]
        buyers = [a for p in ctx.pobjs(verb, {"in", "to"}) for a in ctx.actors(p)
                  if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in makers if ctx.type_of(a) in SUPPLIERS), buyers):
            yield Candidate(s, "suppliesTo", o, "event:sold-in", status, sent)


@triggered_by(lambda lex: lex.words("worked_on_verbs"))
def worked_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei upgraded the network of Safaricom``, ``ZTE built Ethio Telecom's data centre``: who builds or
    upgrades another's thing supplies its owner."""
    for verb in ctx.find(sent, ctx.lex.words("worked_on_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
            continue
        owners = [a for o in _goods(verb, ctx) for a in _owners(o, ctx)]
        makers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in SUPPLIERS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, owners):
            yield Candidate(s, "suppliesTo", o, "event:worked-on", status, sent)


def _agents(verb: Token, ctx: DocContext) -> list[str]:
    """The actors of a passive's ``by`` phrase; of a named unit, its owner (``Huawei's chip unit HiSilicon`` gives
    Huawei, whose product it is)."""
    found: list[str] = []
    for p in (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"):
        owners = [a for c in p.children if c.dep_ == "poss" and ctx.entity(c) and not ctx.entity(p)
                  for a in ctx.actors(ctx.mention_root(c), conj=False)]
        found += owners or ctx.actors(p)
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("design_verbs"))
def made_to_design_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The chip, designed by Huawei's unit HiSilicon, was manufactured by SMIC``, ``TSMC makes the processors
    designed by Nvidia``: who manufactures what another designed supplies the designer."""
    making = ctx.lex.words("foundry_verbs")
    for design in ctx.find(sent, ctx.lex.words("design_verbs")):
        if design.dep_ != "acl" or design.tag_ != "VBN" or ctx.negated(design):
            continue
        designers = _agents(design, ctx)
        thing = design.head
        verb = thing.head
        if not designers or verb.lemma_ not in making or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if thing.dep_ == "nsubjpass":
            makers = _agents(verb, ctx)
        elif thing.dep_ == "dobj":
            makers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        else:
            continue
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, designers):
            yield Candidate(s, "suppliesTo", o, "event:made-to-design", status, sent)


@triggered_by(lambda lex: lex.words("spending_verbs"))
def spent_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``SoftBank agreed to spend $3 billion a year on OpenAI's products``: the maker of what an actor spends
    money on supplies it."""
    from kg.nlp.relations.commerce import product_makers
    from kg.nlp.relations.money_slots import is_money

    for verb in ctx.find(sent, ctx.lex.words("spending_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or not any(is_money(o) for o in dobj(verb)):
            continue
        makers = [a for p in ctx.pobjs(verb, {"on"}) for a in product_makers(p, ctx)]
        spenders = [a for a in ctx.subjects(verb) if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        status = ctx.status(verb)
        for s, o in distinct_pairs(makers, spenders):
            yield Candidate(s, "suppliesTo", o, "event:spent-on", status, sent)
