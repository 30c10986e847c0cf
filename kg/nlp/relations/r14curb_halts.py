"""Businesses halted, supplies cut off, platforms suspended and rivals cast, as news wire tells them; words:
``r14curb_*`` keys of ``data/lexicon/events.json`` (the measures themselves are :mod:`kg.nlp.relations.r14curb`'s).

- a business wound down in a country, customers dropped: ``Visa and Mastercard suspended their Russian
  operations``, ``PayPal shut down its services in Russia``, ``Cogent disconnected its customers in Russia``, and the
  noun of it, ``the suspension of Visa and Mastercard operations in Russia`` (``restrictsExportsTo``);
- supplies cut off: ``Russia cut off gas to Bulgaria`` (``restrictsExportsTo``);
- a firm barred from buying a country's goods: ``The United States banned ZTE from buying American components``
  (``restrictsExportsTo``);
- a platform a state or its regulator suspends or throttles: ``Nigeria suspended Twitter`` (``sanctions``);
- one cast as a rival: ``India is positioning itself as a rival to China`` (``competesWith``).

Each rule visits only its trigger words (through the document index); none states what is negated, considered or
only possible.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.halts import destinations, place
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13curb import issuers, official, stated
from kg.nlp.relations.r14curb import EXPORT_TARGETS, flow_noun, governing_verb, weighed, withdrawn
from kg.nlp.relations.restraints import BODY_KINDS
from kg.nlp.relations.slots import SERVICE_NOUNS
from kg.nlp.relations.triggers import distinct_pairs


def home_countries(flow: Token, ctx: DocContext) -> list[str]:
    """The country a flow noun's own modifier names: ``its Russian operations``, ``Russia operations``."""
    return [a for c in flow.children if c.dep_ in ("amod", "compound") and c.i < flow.i and ctx.entity(c)
            for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Country"]


def winding_verb(verb: Token, ctx: DocContext) -> bool:
    """A verb that halts a business: ``halted``, ``suspended``; ``shut down``, ``wound down``, ``scaled back``,
    ``restricted``, ``curtailed``, ``terminated`` (a verb that needs its particle has it)."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_ in ctx.lex.words("halting_verbs"):
        return True
    particles = ctx.lex.words("r14curb_halting_particles")
    return verb.lemma_ in ctx.lex.words("r14curb_halting_verbs") and (
        verb.lemma_ not in ctx.lex.words("r14curb_particle_verbs") or
        any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children))


def _winding_words(ctx: DocContext) -> frozenset[str]:
    return ctx.lex_memo("r14curb:winding_words", lambda: frozenset(ctx.lex.words("halting_verbs") | ctx.lex.words(
        "r14curb_halting_verbs") | ctx.lex.words("r14curb_dropping_verbs")))


def halted_places(verb: Token, ctx: DocContext) -> list[str]:
    """Where a business a verb halts went: ``their Russian operations``, ``its services in Russia`` (the
    destination after a halting verb's flow is :mod:`kg.nlp.relations.halts`'s), ``shipping equipment to Russia``
    (a flow verb the parser hung on the goods), ``restricted services for Russian users``, ``disconnected its
    customers in Russia``, ``cut ties with Russian customers``."""
    halting = verb.lemma_ in ctx.lex.words("halting_verbs")
    dropping = verb.lemma_ in ctx.lex.words("r14curb_dropping_verbs")
    customers = ctx.lex.words("r14curb_customer_nouns")
    found: list[str] = []
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in SERVICE_NOUNS or c.lemma_ in SERVICE_NOUNS:
            found += home_countries(c, ctx) + ([] if halting else destinations(c, verb, ctx))
            # "restricted services for Russian users"
            found += [a for p in ctx.pobjs(c, {"for"}) if p.lemma_ in customers for a in place(p, ctx)]
        elif any(g.dep_ == "compound" and g.tag_ == "VBG" and g.lemma_ in ctx.lex.words("flow_verbs")
                 for g in c.children):
            found += destinations(c, verb, ctx)
        elif dropping and c.lemma_ in customers:
            found += place(c, ctx)
        elif dropping and c.lemma_ == "tie":
            found += [a for p in ctx.pobjs(c, {"with"}) if p.lemma_ in customers for a in place(p, ctx)]
    return found


@triggered_by(lambda lex: lex.words("halting_verbs") | lex.words("r14curb_halting_verbs") |
              lex.words("r14curb_dropping_verbs"))
def wound_down_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Visa and Mastercard suspended their Russian operations``, ``PayPal shut down its services in Russia``,
    ``Starlink restricted its service in Ukraine``, ``Cogent disconnected its customers in Russia``: who winds down
    its business in a country or drops its customers there restricts exports to it."""
    hypothetical = ctx.lex.negation.get("hypothetical", {}).get("aux", [])
    for verb in ctx.find(sent, _winding_words(ctx)):
        if not (winding_verb(verb, ctx) or verb.pos_ == "VERB" and verb.lemma_ in ctx.lex.words(
                "r14curb_dropping_verbs")) or ctx.negated(verb) or weighed(verb, ctx) or \
                any(c.dep_ == "aux" and c.lower_ in hypothetical for c in verb.children):
            continue
        targets = halted_places(verb, ctx)
        holders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Organization", "Country")]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "restrictsExportsTo", o, "r14curb:wound-down", ctx.status(verb), sent)


@triggered_by(lambda lex: {"cut"})
def cut_supply_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Russia cut off gas to Bulgaria and Poland``, ``Turkmenistan cut gas supplies to Iran``: who cuts off what
    it sends to a state or a firm restricts exports to it."""
    for verb in ctx.find(sent, {"cut"}):
        if verb.pos_ != "VERB" or verb.lemma_ != "cut" or not stated(verb, ctx):
            continue
        off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        goods = [c for c in verb.children if c.dep_ == "dobj" and not ctx.actors(c) and (off or flow_noun(c))]
        if not goods:
            continue
        targets = [a for h in goods + [verb] for p in ctx.pobjs(h, {"to"}) for a in place(p, ctx)]
        holders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Organization", "Country")]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "restrictsExportsTo", o, "r14curb:cut-supply", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r13curb_banning_verbs"))
def barred_buying_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The United States banned ZTE from buying American components``, ``Huawei was barred from acquiring US
    technology``: who bars a firm from buying a country's goods (else that country) restricts exports to it."""
    for verb in ctx.find(sent, ctx.lex.words("r13curb_banning_verbs")):
        if verb.pos_ != "VERB" or not stated(verb, ctx):
            continue
        buying = [c for p in ctx.doc[verb.i:verb.right_edge.i + 1] if p.dep_ == "prep" and p.lower_ == "from" and
                  p.head.i == verb.i for c in p.children
                  if c.dep_ == "pcomp" and c.lemma_ in ctx.lex.words("r14curb_buying_verbs")]
        makers = [a for b in buying for g in b.children if g.dep_ == "dobj" for a in home_countries(g, ctx)]
        if not makers:
            continue
        targets = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)
                   if ctx.type_of(a) in EXPORT_TARGETS]
        # "The Commerce Department barred X from buying American technology": the body that bars it, else the state
        holders = [a for a in ctx.subjects(verb) if official(a, ctx)] or makers
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "restrictsExportsTo", o, "r14curb:barred-buying", ctx.status(verb), sent)


def _rival_words(ctx: DocContext) -> frozenset[str]:
    return ctx.lex_memo("r14curb:rival_words", lambda: frozenset(
        ctx.lex.words("r10rival_adversary_nouns") | ctx.lex.words("r14curb_weight_nouns")))


@triggered_by(lambda lex: lex.words("r10rival_adversary_nouns") | lex.words("r14curb_weight_nouns"))
def as_rival_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India is positioning itself as a rival to China``, ``Nubank has emerged as a challenger to Itau``,
    ``Analysts see Zhipu as a rival to OpenAI``: the one cast as the rival competes with the one it rivals."""
    reflexive = ctx.lex.words("r14curb_reflexive_pronouns")
    for noun in ctx.find(sent, _rival_words(ctx)):
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or verb.pos_ != "VERB" or not stated(verb, ctx):
            continue
        rivalled = [a for p in ctx.pobjs(noun, {"to", "of", "against"}) for a in ctx.actors(p)]
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in reflexive]
        rivals = [a for c in objects for a in ctx.actors(c)] if objects else ctx.clause_subjects(verb)
        for s, o in distinct_pairs((a for a in rivals if ctx.is_actor(a)), (a for a in rivalled if ctx.is_actor(a))):
            yield Candidate(s, "competesWith", o, "r14curb:as-rival", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14curb_halting_nouns"))
def halting_noun_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the suspension of Visa and Mastercard operations in Russia``, ``Ericsson's halt of deliveries to Russia``:
    whose business a suspension stops restricts exports to where it went."""
    for noun in ctx.find(sent, ctx.lex.words("r14curb_halting_nouns")):
        if noun.pos_ != "NOUN" or withdrawn(governing_verb(noun), ctx):
            continue  # "lifted the suspension of …", "reports of a suspension … were denied"
        for flow in ctx.pobjs(noun, {"of"}):
            if not (flow.lower_ in SERVICE_NOUNS or flow.lemma_ in SERVICE_NOUNS):
                continue
            holders = issuers(noun, ctx) + [a for c in flow.children if c.dep_ in ("compound", "poss", "nmod") and
                                            ctx.entity(c) for a in ctx.actors(ctx.mention_root(c))]
            targets = home_countries(flow, ctx) + destinations(flow, noun, ctx)
            for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) in EXPORT_TARGETS), targets):
                yield Candidate(s, "restrictsExportsTo", o, "r14curb:halting-noun", ctx.status(noun), sent)


@triggered_by(lambda lex: lex.words("r14curb_platform_verbs"))
def suspended_platform_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nigeria suspended Twitter indefinitely``, ``Roskomnadzor began throttling Twitter``: a state or its
    regulator that suspends or throttles a named company's service sanctions it."""
    for verb in ctx.find(sent, ctx.lex.words("r14curb_platform_verbs")):
        if verb.pos_ != "VERB" or not stated(verb, ctx):
            continue
        targets = [a for c in verb.children if c.dep_ == "dobj" and ctx.entity(c)
                   for a in ctx.actors(c, groups=False) if ctx.type_of(a) == "Organization"]
        holders = [a for a in ctx.clause_subjects(verb) if official(a, ctx) and ctx.type_of(a) != "Organization" or
                   ctx.entities[a].subtype in BODY_KINDS] if targets else []
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "r14curb:suspended-platform", ctx.status(verb), sent)


R14CURB_HALT_RULES = (halting_noun_rule, suspended_platform_rule, as_rival_rule, wound_down_rule, cut_supply_rule,
                      barred_buying_rule)
