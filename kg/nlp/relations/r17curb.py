"""Curbs, supplies, deals and joint ventures in shapes the earlier rules missed (branch r17curb):

- a participle clause before its subject: ``Cut off from Dutch chip tools in 2024, YMTC …`` (the tools' country
  restricts exports to the subject), ``Supplying gearboxes to Scania, Allison opened …`` (the subject supplies);
- a customer list the parser breaks before ``with``: ``Nidec supplies BYD and Geely with motors``;
- a party to a deal described: ``Oman, a signatory to a pact with India, …``, ``Oman is a party to an accord
  with India`` (agreementWith);
- a venture said to be made by its owners: ``the joint venture we set up with Tata``, ``The venture was formed by
  Lotte and Hyundai``, ``Formed by Ford and SK On, BlueOval SK …`` (jointVentureWith between the makers);
- the co-owners of a venture with a third: ``A and B run a joint venture with C`` (A and B hold it together too);
- a partner in a venture: ``Sinopec, SABIC's partner in the Tianjin venture, …``, ``SABIC's partner in the
  venture, Sinopec, …``, ``Sinopec is SABIC's partner in a refining venture``.

Word lists: ``r17curb_*`` in ``data/lexicon/cooperation.json``. Nothing for what is negated or only supposed.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r11supa import is_goods
from kg.nlp.relations.r13suite_fronted import fronted, main_subjects
from kg.nlp.relations.r15newsa import clause_partners
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs


def _usable(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` is stated as happening: not negated, not only supposed."""
    return not ctx.negated(verb) and not supposed_or_doubted(verb, ctx)


def _venture(noun: Token, ctx: DocContext) -> bool:
    """Whether ``noun`` is a venture noun (``venture``, ``JV``), not a name."""
    return noun.pos_ in ("NOUN", "PROPN") and ctx.entity(noun) is None and (
        noun.lower_ in ctx.lex.words("r17curb_venture_nouns") or noun.lemma_ in ctx.lex.words("r17curb_venture_nouns"))


def _agents(verb: Token, ctx: DocContext) -> list[str]:
    """The actors of a participle's ``by`` phrase (the parser labels it ``agent`` or, before a lone name, ``prep``)."""
    return [a for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]


@triggered_by(lambda lex: lex.words("r17curb_cut_off_verbs"))
def fronted_cut_off_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Cut off from American chips since 2022, Huawei designed its own``: the country of the goods the subject is
    cut off from restricts exports to it (``off`` must be there; a state or bloc owns the goods: ``Dutch tools``,
    ``Japan's chemicals``)."""
    for verb in ctx.find(sent, ctx.lex.words("r17curb_cut_off_verbs")):
        # "cut" is VBN, VBD or VB alike: the parser's tag of a sentence-opening "Cut" is any of them
        first = sent[0] if sent[0].lower_ not in ('"', "\u201c") else sent[1]
        if verb.i != first.i or verb.dep_ != "advcl" or verb.head.i < verb.i or not _usable(verb, ctx):
            continue
        if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue
        holders = [a for p in ctx.pobjs(verb, {"from"}) for a in owner(p, ctx)
                   if ctx.type_of(a) in ("Country", "Bloc")]
        targets = [a for a in main_subjects(verb, sent, ctx) if ctx.type_of(a) in ("Organization", "Country")]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "restrictsExportsTo", o, f"r17curb:fronted-cut-off", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17curb_supplying_participles"))
def fronted_supplying_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Supplying gearboxes to Scania and MAN, Allison opened a plant``, ``Selling jets to Qantas since 2019,
    Airbus …``: the subject of the clause after the participle supplies the named ``to`` party."""
    for verb in ctx.find(sent, ctx.lex.words("r17curb_supplying_participles")):
        if verb.tag_ != "VBG" or not fronted(verb, sent) or not _usable(verb, ctx):
            continue
        if verb.dep_ != "advcl" or verb.head.i < verb.i:
            continue  # "Supplying arms to Russia would breach the embargo": a gerund subject, no participle clause
        buyers = party_ids([a for p in ctx.pobjs(verb, {"to"}) for a in ctx.actors(p)], ctx)
        if not buyers:
            continue
        sellers = party_ids([a for c in verb.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)], ctx)
        for s, o in distinct_pairs(sellers, buyers):
            yield Candidate(s, "suppliesTo", o, f"r17curb:fronted-{verb.lower_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17curb_dative_supply_verbs"))
def customers_before_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nidec supplies BYD and Geely with motors``: the names after the verb's object up to its ``with`` are all
    customers, however the parser hangs the later ones (it often reads ``Geely with`` as a clause of its own)."""
    for verb in ctx.find(sent, ctx.lex.words("r17curb_dative_supply_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        first = next((c for c in verb.children if c.dep_ == "dobj" and ctx.entity(c)), None)
        if first is None:
            continue
        i, names = first.i, []
        while i < sent.end and ctx.mention_at.get(i) == ctx.mention_at.get(first.i):
            i += 1
        while i < sent.end and ctx.doc[i].lower_ in (",", "and"):
            i += 1
            eid = ctx.mention_at.get(i)
            if eid is None or not ctx.is_actor(eid):
                break
            names.append(eid)
            while i < sent.end and ctx.mention_at.get(i) == eid:
                i += 1
        if not names or i >= sent.end or ctx.doc[i].lower_ != "with":
            continue
        sellers = party_ids(ctx.subjects(verb), ctx)
        for s, o in distinct_pairs(sellers, party_ids(names, ctx)):
            yield Candidate(s, "suppliesTo", o, f"r17curb:customers-before-with", ctx.status(verb), sent)


def _described(noun: Token, ctx: DocContext) -> list[str]:
    """Who a describing noun is said of: the name it is in apposition to (``Oman, a signatory …``), the name in
    apposition to it (``SABIC's partner …, Sinopec,``), or the subject of ``be`` (``Oman is a signatory …``)."""
    if noun.dep_ == "appos":
        return ctx.actors(noun.head)
    named = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c)]
    if named:
        return named
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and not ctx.negated(noun.head):
        return [a for c in noun.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
    return []


@triggered_by(lambda lex: lex.words("r17curb_party_nouns"))
def signatory_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Oman, a signatory to a defence pact with India, …``, ``Oman is a party to an accord with India``: the one a
    signatory or party to a deal with a named counterpart has the agreement with it; ``Namibia and Germany are
    parties to a hydrogen accord``: the parties named together have it with each other."""
    deals = ctx.lex.words("r15newsa_agreement_nouns")
    for noun in ctx.find(sent, ctx.lex.words("r17curb_party_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun.head):
            continue
        deals_of = list(ctx.pobjs(noun, {"to", "of"}))
        if noun.dep_ == "attr":
            deals_of += ctx.pobjs(noun.head, {"to"})  # "Oman is a party to …": the parser hangs "to" on "is"
        for deal in deals_of:
            if deal.lemma_ not in deals and deal.lower_ not in deals:
                continue
            partners = party_ids([a for p in ctx.pobjs(deal, {"with"}) for a in ctx.actors(p)], ctx)
            parties = party_ids(_described(noun, ctx), ctx)
            # "Namibia and Germany are parties to a hydrogen accord": the plural's parties have it together
            pairs = distinct_pairs(parties, partners) if partners else \
                combinations(parties, 2) if noun.tag_ == "NNS" else ()
            for s, o in pairs:
                yield Candidate(s, "agreementWith", o, "r17curb:signatory", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17curb_venture_nouns"))
def venture_made_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the joint venture we set up with Tata``, ``the venture that Ford runs with Koç``: a venture noun whose
    relative clause says who made or runs it with whom."""
    making = ctx.lex.words("r17curb_venture_making_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r17curb_venture_nouns")):
        if not _venture(noun, ctx):
            continue
        for verb in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in making):
            if not _usable(verb, ctx):
                continue
            for s, o in clause_partners(verb, ctx):
                yield Candidate(s, "jointVentureWith", o, "r17curb:venture-made-with", ctx.status(verb), sent)


def _made_thing(verb: Token, sent: Span, ctx: DocContext) -> bool:
    """Whether a passive making verb is said of a venture or a named firm: ``The venture was formed by …``,
    ``BlueOval SK, formed by Ford and SK On, …``, ``Formed by A and B, C …``."""
    things = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        things.append(verb.head)
    if any(_venture(t, ctx) or any(ctx.type_of(a) == "Organization" for a in ctx.actors(t, conj=False))
           for t in things):
        return True
    return fronted(verb, sent) and any(ctx.type_of(a) == "Organization" for a in main_subjects(verb, sent, ctx))


@triggered_by(lambda lex: lex.words("r17curb_venture_making_verbs"))
def formed_by_owners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The venture was formed by Lotte and Hyundai``, ``Formed by Ford and SK On, BlueOval SK …``: a venture or firm
    made by two or more named companies is their joint venture (people who found a firm together are no venture:
    the makers must be organisations)."""
    for verb in ctx.find(sent, ctx.lex.words("r17curb_venture_making_verbs")):
        if verb.tag_ != "VBN" or not _usable(verb, ctx):
            continue
        if verb.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        makers = [a for a in dict.fromkeys(_agents(verb, ctx)) if ctx.type_of(a) == "Organization"]
        if len(makers) < 2 or not _made_thing(verb, sent, ctx):
            continue
        for s, o in combinations(makers, 2):
            yield Candidate(s, "jointVentureWith", o, f"r17curb:formed-by:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17curb_venture_nouns"))
def venture_coowners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Mitsui and Mitsubishi run a joint venture with Petronas``: the named subjects of a verb that forms or runs
    one venture with a third party hold it together too (not ``each`` or ``separately``; not plural ventures)."""
    making = ctx.lex.words("r17curb_venture_making_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r17curb_venture_nouns")):
        verb = noun.head
        if not _venture(noun, ctx) or noun.dep_ != "dobj" or noun.tag_ == "NNS" or verb.lemma_ not in making:
            continue
        if not _usable(verb, ctx) or any(c.lower_ in ("each", "separately", "respectively", "individually")
                                         for c in verb.subtree):
            continue
        if not any(ctx.actors(p) for h in (noun, verb) for p in ctx.pobjs(h, {"with"})):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not subject.conjuncts:
            continue
        owners = party_ids(ctx.actors(subject), ctx)
        for s, o in combinations(owners, 2):
            yield Candidate(s, "jointVentureWith", o, "r17curb:venture-coowners", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17curb_partner_nouns"))
def partner_in_venture_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sinopec, SABIC's partner in the Tianjin venture, …``, ``SABIC's partner in the venture, Sinopec, …``,
    ``Sinopec is SABIC's partner in a refining venture``: a partner in a venture holds it with the one whose partner
    it is."""
    for noun in ctx.find(sent, ctx.lex.words("r17curb_partner_nouns")):
        if noun.pos_ != "NOUN" or noun.tag_ == "NNS":
            continue
        ventures = [v for v in ctx.pobjs(noun, {"in"}) if _venture(v, ctx)]
        holders = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if not ventures or not holders:
            continue
        described = _described(noun, ctx) or [a for v in ventures for c in v.children if c.dep_ == "appos"
                                              for a in ctx.actors(c)]  # the parser hangs the name on the venture
        for s, o in distinct_pairs(party_ids(described, ctx), party_ids(holders, ctx)):
            yield Candidate(s, "jointVentureWith", o, "r17curb:partner-in-venture", "asserted", sent)


def _measure_predicates(noun: Token, ctx: DocContext) -> list[str]:
    """The predicates (sanctions, restrictsExportsTo) a measure noun such as ``sanctions`` or ``curbs`` triggers."""
    key = noun.lower_ if noun.lower_ in ctx.lex.nouns else noun.lemma_
    return [p for p, _s in ctx.lex.nouns.get(key, []) if p in ("restrictsExportsTo", "sanctions")]


@triggered_by(lambda lex: lex.words("r17curb_imposing_verbs"))
def measure_imposed_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The sanctions Canada imposed on Belavia remain``, ``the curbs Japan placed on exports to Korea``: a measure
    whose relative clause says who imposed it on whom: the named target of a sanction (a firm, a state), or the
    destination of the exports a curb is on."""
    flows = ctx.lex.words("r15recall_flow_words")
    for verb in ctx.find(sent, ctx.lex.words("r17curb_imposing_verbs")):
        noun = verb.head
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        predicates = _measure_predicates(noun, ctx)
        holders = party_ids([a for c in verb.children if c.dep_ == "nsubj" and
                             c.lower_ not in ("that", "which", "who") for a in ctx.actors(c)], ctx)
        lifted = noun.dep_ == "nsubjpass" and noun.head.lemma_ in ctx.lex.negation.get("governors", [])
        if not predicates or not holders or ctx.negated(noun) or lifted:
            continue  # "the sanctions X imposed on Y were lifted": a measure ended
        for target in (p for h in (verb, noun) for p in ctx.pobjs(h, {"on", "against"})):
            if target.lower_ in flows or target.lemma_ in flows:
                found = [("restrictsExportsTo", a) for p in ctx.pobjs(target, {"to"}) for a in ctx.actors(p)]
            elif "sanctions" in predicates:
                found = [("sanctions", a) for a in ctx.actors(target)]
            else:
                continue
            for predicate, o in found:
                for s in holders:
                    if s != o and ctx.type_of(o) in ("Country", "Organization", "Person", "Bloc"):
                        yield Candidate(s, predicate, o, "r17curb:measure-imposed", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17curb_making_verbs"))
def goods_made_by_for_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The turbines are being made by Vestas for Ørsted``, ``the chips that TSMC makes for Nvidia``, ``ships
    built by Hyundai for Maersk``: goods made by one company for another (in the passive, or told by the goods'
    relative clause) are its supply to that company (r11supa.goods_made_for_rule reads the active ``X makes chips
    for Y``)."""
    for verb in ctx.find(sent, ctx.lex.words("r17curb_making_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        if verb.dep_ in ("relcl", "acl") and is_goods(verb.head, ctx):
            goods = verb.head
        else:
            goods = next((c for c in verb.children if c.dep_ == "nsubjpass" and is_goods(c, ctx)), None)
        if goods is None:
            continue
        customers = [a for p in ctx.pobjs(verb, {"for"}) for a in ctx.actors(p, groups=False)
                     if ctx.type_of(a) == "Organization"]
        agents = [a for a in _agents(verb, ctx) if ctx.type_of(a) == "Organization"]
        if verb.dep_ == "relcl" and not agents:
            agents = [a for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")
                      for a in ctx.actors(c) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(agents, customers):
            yield Candidate(s, "suppliesTo", o, "r17curb:goods-made-by-for", ctx.status(verb), sent)


R17CURB_RULES = (fronted_cut_off_rule, fronted_supplying_rule, customers_before_with_rule, signatory_rule,
                 venture_made_with_rule, formed_by_owners_rule, venture_coowners_rule, partner_in_venture_rule,
                 measure_imposed_rule, goods_made_by_for_rule)
