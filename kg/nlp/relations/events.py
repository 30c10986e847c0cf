"""Event constructions the trigger lexicon alone does not reach; their words are in ``data/lexicon/events.json``.

- rivalry through a leader's hold on a field: ``a pact to loosen China's grip``, ``chip away at Nvidia's
  dominance`` (``competesWith`` the holder of the grip);
- rivalry through a rival product: ``promote the system as a rival to America's GPS``, ``build answers to
  OpenAI``, ``a rival to ChatGPT, the chatbot built by OpenAI``;
- a plant abroad is an investment in its country: ``Intel operates a plant in Vietnam``, ``its production lines
  in China`` (not a firm's plant at home);
- a ban on using a maker's products: ``barred its operators from using equipment from Huawei``, ``X's services
  are blocked in China`` (``sanctions`` the maker, as GUIDELINES.md decides for bans on a company's products);
- choosing a supplier: ``Safaricom chose Nokia as a supplier``, ``the regulator picked Thales to supply the
  radars`` (``suppliesTo`` the one who chose).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.slots import dobj, owner
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r15latam import abandoned_by_owner
from kg.nlp.relations.r17news5_owner import its_org

ORG = ("Organization",)


def goods_maker(tok: Token, ctx: DocContext) -> list[str]:
    """Who makes or owns the thing ``tok`` names: ``Huawei`` itself, ``Huawei's gear``, ``equipment from Huawei``,
    ``ChatGPT, the chatbot built by OpenAI``, a model name kg has seen owned (``its H20``)."""
    if ctx.is_actor(ctx.entity(tok) or ""):
        return ctx.actors(tok)
    found = [a for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i
             for a in (ctx.actors(ctx.mention_root(c)) if ctx.entity(c) else ctx.actors(c) if c.dep_ == "poss" else [])]
    found += [a for p in ctx.pobjs(tok, {"from", "by", "of"}) for a in ctx.actors(p)]
    found += [a for c in tok.children if c.dep_ == "appos" and ctx.entity(c) for a in ctx.actors(c)]  # "the app X"
    for c in tok.children:  # "ChatGPT, the chatbot built by OpenAI", "equipment made by Huawei"
        for acl in [c] + [g for g in c.children if g.dep_ == "acl"] if c.dep_ in ("appos", "acl") else []:
            found += [a for ag in acl.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                      for a in ctx.actors(p)]
    if not found and tok.right_edge.i + 2 < tok.sent.end and ctx.doc[tok.right_edge.i + 1].text == ",":
        # "a rival to ChatGPT, the chatbot built by OpenAI": the parser may hang the description on another name
        nxt = tok.right_edge.i + 2
        found += [a for c in tok.sent if c.dep_ == "appos" and c.left_edge.i == nxt for acl in c.children
                  if acl.dep_ == "acl" for ag in acl.children if ag.dep_ == "agent" for p in ag.children
                  if p.dep_ == "pobj" for a in ctx.actors(p)]
    return list(dict.fromkeys(found or ctx.product_supplier(tok)))


def holder_of_noun(noun: Token, ctx: DocContext) -> list[str]:
    """Who has, makes or presents what ``noun`` names: ``X, a rival to Y``; ``X is a rival``; ``X is seen as a
    rival``; ``X promotes it as a rival``; ``X builds answers to Y``."""
    head = noun.head
    if noun.dep_ == "appos":
        return ctx.actors(ctx.mention_root(head))
    if noun.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
        return ctx.clause_subjects(head)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        passive = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        if verb.lemma_ in ctx.lex.words("regard_verbs"):
            return passive or [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        return ctx.subjects(verb) or passive
    if noun.dep_ == "dobj" and head.lemma_ in ctx.lex.words("making_or_presenting_verbs"):
        return ctx.subjects(head)
    return []


@triggered_by(lambda lex: lex.words("dominance_nouns") | lex.words("rival_nouns"))
def rivalry_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the pact aims to loosen China's grip``, ``Amazon is chipping away at Nvidia's dominance``,
    ``Moscow promotes GLONASS as a rival to America's GPS``."""
    dominance, rivals = ctx.lex.words("dominance_nouns"), ctx.lex.words("rival_nouns")
    challenge = ctx.lex.words("challenge_verbs")
    for tok in ctx.find(sent, dominance | rivals):
        if tok.pos_ not in ("NOUN", "PROPN") or ctx.negated(tok):
            continue
        if tok.lower_ in dominance:
            holders = [a for a in owner(tok, ctx) if ctx.is_actor(a)]
            verb = tok.head
            if tok.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head  # "chip away at X's dominance"
            if not holders or verb.pos_ != "VERB" or verb.lemma_ not in challenge:
                continue
            challengers, rule = ctx.subjects(verb), "rival:dominance"
        else:
            targets = [t for t in ctx.pobjs(tok, {"to"})]
            holders = [a for t in targets for a in
                       (owner(t, ctx) if t.lower_ in dominance else goods_maker(t, ctx)) if ctx.is_actor(a)]
            challengers, rule = holder_of_noun(tok, ctx), f"rival:{tok.lemma_.lower()}"
        status = ctx.status(tok)
        for s in dict.fromkeys(challengers):
            for o in dict.fromkeys(holders):
                if s != o and ctx.is_actor(s):
                    yield Candidate(s, "competesWith", o, rule, status, sent)


def _plant_here(tok: Token, ctx: DocContext) -> bool:
    if tok.lower_ in ctx.lex.words("plant_nouns"):
        return True
    compounds = ctx.lex.value("plant_compounds").get(tok.lower_, ())
    return any(c.dep_ in ("compound", "amod") and c.lower_ in compounds for c in tok.children)


def _taken_over(verb: Token) -> bool:
    """``took over a former Ford plant in Argentina`` (r16news4): ``take`` with its particle ``over`` acquires."""
    return verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def built_by(plant: Token, ctx: DocContext) -> list[Token]:
    """The passive building verbs of a plant noun that name who builds it: its participle or infinitive
    (``a plant (to be) built by A``) or the verb it is the passive subject of (``the plant will be built by A``);
    ``a plant built in 2010`` names nobody and gives none."""
    verbs = ctx.lex.words("plant_verbs")
    found = [c for c in plant.children if c.dep_ == "acl" and c.lemma_ in verbs and c.tag_ == "VBN"]
    if plant.dep_ == "nsubjpass" and plant.head.lemma_ in verbs:
        found.append(plant.head)
    return [v for v in found if any(c.dep_ == "agent" for c in v.children)]


@triggered_by(lambda lex: lex.words("plant_nouns") | set(lex.value("plant_compounds")))
def plant_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Intel operates a $1.5 billion plant in Vietnam``, ``Samsung's production lines in China``, ``BYD builds
    buses at three factories in Brazil``: a firm's plant in another country is its investment there."""
    words = ctx.lex_memo("plant_words", lambda: frozenset(ctx.lex.words("plant_nouns") |
                                                             set(ctx.lex.value("plant_compounds"))))
    for tok in ctx.find(sent, words):
        if tok.pos_ != "NOUN" or not _plant_here(tok, ctx) or ctx.negated(tok):
            continue
        hosts = [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj") else [])
        hosts += [tok.head.head] if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else []
        # "the factory that Foxconn is building in India" (r16invest): the clause that builds it says where
        building = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in ctx.lex.words("plant_verbs")
                    and not ctx.negated(c)]
        # "a plant (to be) built by A and B", "the plant will be built by A and B": the passive's agents own it
        passives = [v for v in built_by(tok, ctx) if not ctx.negated(v)]
        building += passives
        hosts += building
        countries = [a for h in hosts for p in ctx.pobjs(h, {"in"}) for a in ctx.actors(p)
                     if ctx.type_of(a) == "Country"]
        if not countries and tok.dep_ == "dobj" and tok.head.lemma_ in ctx.lex.words("r17lead_hosting_verbs"):
            # "Indonesia approved a nickel plant to be built by A": the country that lets it be built hosts it
            countries = [a for a in ctx.subjects(tok.head) if ctx.type_of(a) == "Country"]
        if not countries:
            continue
        owners = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c)]
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "from") else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") and \
                tok.head.head.lemma_ in ctx.lex.words("r16invest_plant_investing_verbs"):
            verb = tok.head.head  # "Hitachi will invest $1 billion in a factory in Vietnam" (r16invest)
        if not owners and verb.pos_ == "VERB" and (tok.dep_ == "dobj" and (verb.lemma_ in ctx.lex.words("plant_verbs")
                                                                        or _taken_over(verb))
                                                   or tok.dep_ == "pobj"):
            owners = ctx.subjects(verb)
        if not owners and building:
            owners = [a for v in building for a in ctx.subjects(v)]
        invested = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") else None
        if not owners and invested is not None and invested.lower_ in ctx.lex.words("r16invest_funding_nouns"):
            # "CATL announced a $1 billion investment in a battery plant in Indonesia" (r16invest)
            owners = [a for c in invested.children if c.dep_ == "poss" for a in ctx.actors(c)]
            if not owners and invested.dep_ == "dobj" and invested.head.pos_ == "VERB":
                owners = ctx.subjects(invested.head)
        status = ctx.status(passives[0] if passives else tok if tok.dep_ != "dobj" else verb)
        if verb.pos_ == "VERB" and abandoned_by_owner(verb, ctx):
            continue  # "X, which announced a plant in Y, has not started building it" (r15latam.py)
        for s in dict.fromkeys(owners):
            entity = ctx.entities.get(s)
            if ctx.type_of(s) not in ORG or entity is None:
                continue
            for country in dict.fromkeys(countries):
                if entity.country != country:
                    yield Candidate(s, "investsIn", country, "event:plant", status, sent)


@triggered_by(lambda lex: lex.words("ban_verbs"))
def ban_use_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Canada barred its operators from using equipment from Huawei``, ``banned the use of ZTE gear``,
    ``Google's services are blocked in China``: a ban on using a company's products sanctions the company."""
    uses, use_nouns = ctx.lex.words("use_verbs"), ctx.lex.words("use_nouns")
    for tok in ctx.find(sent, ctx.lex.words("ban_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        things = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                  for v in c.children if v.dep_ == "pcomp" and (v.lemma_ in uses or v.lower_ in uses)
                  for o in dobj(v) + list(ctx.pobjs(v, {"on", "from"}))]
        things += [p for c in dobj(tok) if c.lemma_ in use_nouns or c.lower_ in use_nouns
                   for p in ctx.pobjs(c, {"of"})]
        # "pulled the app DeepSeek": a product named beside its noun
        things += [c for c in dobj(tok) if c.lower_ in ctx.lex.words("product_nouns")
                   and any(a.dep_ == "appos" for a in c.children)]
        banners = ctx.subjects(tok)
        if tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.lemma_ in ctx.lex.words("ordering_verbs") \
                and not ctx.negated(tok.head):
            # "the regulator ordered DeepSeek blocked": who orders the ban bans
            banners = ctx.subjects(tok.head)
            things += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive and not any(c.dep_ == "agent" for c in tok.children):
            # "Google's services are blocked in China": the country where it is banned bans it
            places = [a for p in ctx.pobjs(tok, {"in"}) for a in ctx.actors(p) if ctx.type_of(a) == "Country"]
            if places:
                banners, things = places, things + passive
        makers = [a for t in things for a in goods_maker(t, ctx) if ctx.type_of(a) in ORG]
        status = ctx.status(tok)
        for s in dict.fromkeys(banners):
            for o in dict.fromkeys(makers):
                if s != o and ctx.is_actor(s):
                    yield Candidate(s, "sanctions", o, "event:ban-use", status, sent)


@triggered_by(lambda lex: lex.words("choose_verbs"))
def chosen_supplier_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Safaricom has chosen Huawei and Nokia as suppliers``, ``the commission picked Ipsidy to provide biometric
    identification``: the one chosen supplies the one who chose."""
    suppliers, supply = ctx.lex.words("supplier_nouns"), ctx.lex.words("supply_verbs")
    for tok in ctx.find(sent, ctx.lex.words("choose_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        objects = dobj(tok)
        as_supplier = any(p.lower_ in suppliers for p in ctx.pobjs(tok, {"as"})) or any(
            p.lower_ in suppliers for o in objects for p in ctx.pobjs(o, {"as"}))
        work = ctx.lex.words("r16invest_chosen_work_verbs")  # "picked Baidu to power its phones' AI" (r16invest)
        to_supply = any(c.dep_ in ("xcomp", "advcl") and (c.lemma_ in supply or c.lemma_ in work) and
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
        if not (as_supplier or to_supply):
            continue
        # a name, not a description ("chose the US company X" with X unknown is not the company named before)
        chosen = [a for o in objects if ctx.entity(o) for a in ctx.actors(o) if ctx.type_of(a) in ORG]
        choosers = ctx.subjects(tok)
        status = ctx.status(tok)
        for s in dict.fromkeys(chosen):
            for o in dict.fromkeys(choosers):
                if s != o and ctx.is_actor(o):
                    yield Candidate(s, "suppliesTo", o, "event:chosen-supplier", status, sent)


def others_measure(tok: Token, ctx: DocContext) -> bool:
    """Whether a negated trigger noun is still stated because the negation is a third party's refusal to join it:
    ``Beijing has not joined the Western sanctions on Moscow`` (the West's sanctions stand), unlike ``Beijing has
    not imposed sanctions`` or ``no Western sanctions``."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "without") for c in tok.children) or tok.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if verb.pos_ != "VERB" or verb.lemma_ not in ctx.lex.words("joining_verbs"):
        return False
    own = [a for c in tok.children if c.dep_ in ("amod", "poss", "compound", "nmod") and c.i < tok.i and ctx.entity(c)
           for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.is_actor(a)]
    joiners = ctx.subjects(verb)
    return bool(own) and bool(joiners) and not set(own) & set(joiners)


def bygone(verb: Token, ctx: DocContext) -> bool:
    """Whether a state verb says what held only in the past: ``X once belonged to Y``, ``X used to belong to Y``,
    ``X formerly belonged to Y`` (a part or member no more, as ``no longer`` says)."""
    if any(c.dep_ == "advmod" and c.lower_ in ctx.lex.words("bygone_words") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ == "used" and verb.head.pos_ in ("VERB", "AUX")


@triggered_by(lambda lex: lex.value("adopting_verbs"))
def adopted_product_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Tata is using Nvidia's tools``, ``Samsung turns to Baidu's Ernie``, ``the operator relies on Ericsson's
    radios``: the company named as the owner of a product another actor adopts supplies that actor. Only a name
    counts as the owner (not "its" or "the company's", whose reference may be anyone)."""
    table = ctx.lex.value("adopting_verbs")
    for tok in ctx.find(sent, set(table)):
        if tok.pos_ != "VERB" or tok.lemma_ not in table or ctx.negated(tok):
            continue
        preps = set(table[tok.lemma_])
        things = list(ctx.pobjs(tok, preps)) if preps else [c for c in tok.children if c.dep_ == "dobj"]
        makers = [ctx.entity(c) for t in things if not ctx.is_actor(ctx.entity(t) or "") for c in t.children
                  if c.dep_ == "poss" and ctx.entity(c) and ctx.type_of(ctx.entity(c) or "") in ORG]
        if not makers:
            continue
        status = ctx.status(tok)
        for o in dict.fromkeys(ctx.subjects(tok)):
            for s in dict.fromkeys(makers):
                if s and s != o and ctx.is_actor(o):
                    yield Candidate(s, "suppliesTo", o, "event:adopted-product", status, sent)


def _named(tok: Token | None, ctx: DocContext) -> list[str]:
    """The organisation a name (not a group, pronoun or coordination) at ``tok`` stands for."""
    if tok is None or not ctx.entity(tok):
        return []
    return [a for a in ctx.actors(ctx.mention_root(tok), conj=False) if ctx.type_of(a) in ORG]


@triggered_by(lambda lex: lex.value("structure_role_nouns"))
def structure_role_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei's chip unit HiSilicon``, ``Lazada, a unit of Alibaba``, ``Yitai's parent, CVCF``, ``Sugon is the
    majority owner of Higon``, ``X, whose parent is Y``: a named unit is part of its named parent (``partOf``).

    One name on each side, a singular noun, and no former owner (``its previous owner``)."""
    table = ctx.lex.value("structure_role_nouns")
    for tok in ctx.find(sent, set(table)):
        if tok.lower_ not in table or tok.tag_ != "NN" or ctx.negated(tok) or any(
                c.lower_ in ctx.lex.words("former_words") for c in tok.children):
            continue
        side = table[tok.lower_]
        described = [a for c in tok.children if c.dep_ == "appos" for a in _named(c, ctx)]
        head = tok.head
        if not described and tok.dep_ == "appos":
            described = _named(head, ctx)
        if not described and tok.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
            described = [a for c in head.children if c.dep_ == "nsubj" for a in _named(c, ctx)]
        if not described and tok.dep_ == "nsubj" and head.lemma_ == "be":
            described = [a for c in head.children if c.dep_ == "attr" for a in _named(c, ctx)]
        others = [a for c in tok.children if c.dep_ == "poss" for a in _named(c, ctx)]
        if side == "part" and described and not others:
            # "from its trading subsidiary Westgaz": the organisation "its" stands for (r17news5)
            others = [a for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"
                      for a in its_org(c, described, ctx)]
        others += [a for p in ctx.pobjs(tok, {"of"}) for a in _named(p, ctx)]
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children) and head.dep_ == "relcl":
            others += _named(head.head, ctx)  # "Lazada, whose parent is Alibaba"
        for one in dict.fromkeys(described):
            for other in dict.fromkeys(others):
                part, whole = (one, other) if side == "part" else (other, one)
                if part != whole:
                    yield Candidate(part, "partOf", whole, f"event:{tok.lower_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("maker_verbs"))
def built_for_user_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``ZTE has built the infrastructure that the Ethiopian government uses``: who makes or supplies a thing that
    another actor uses, operates or relies on supplies that actor."""
    users = ctx.lex.words("user_verbs")
    for tok in ctx.find(sent, ctx.lex.words("maker_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        clients = [a for o in dobj(tok) for c in o.children if c.dep_ == "relcl" and c.lemma_ in users
                   and not ctx.negated(c) for s in c.children if s.dep_ == "nsubj" for a in ctx.actors(s)]
        if not clients:
            continue
        status = ctx.status(tok)
        for s in dict.fromkeys(ctx.subjects(tok)):
            for o in dict.fromkeys(clients):
                if s != o and ctx.is_actor(s) and ctx.is_actor(o):
                    yield Candidate(s, "suppliesTo", o, "event:built-for-user", status, sent)


@triggered_by(lambda lex: lex.words("control_nouns"))
def control_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``CMOC took control of TFM``: a company that takes control of another has invested in it (a state that
    takes control of a company directs it, which this rule leaves alone)."""
    for tok in ctx.find(sent, ctx.lex.words("control_nouns")):
        head = tok.head
        if tok.dep_ != "dobj" or head.lemma_ not in ctx.lex.words("taking_verbs") or ctx.negated(head):
            continue
        targets = [a for p in ctx.pobjs(tok, {"of", "over"}) for a in _named(p, ctx)]
        status = ctx.status(head)
        for s in dict.fromkeys(ctx.subjects(head)):
            for o in dict.fromkeys(targets):
                if s != o and ctx.type_of(s) in ORG and (e := ctx.entities.get(s)) and e.subtype != "GovernmentBody":
                    yield Candidate(s, "investsIn", o, "event:control", status, sent)


def _measure_noun(tok: Token, ctx: DocContext) -> list[str]:
    """The predicates (sanctions, export restrictions) a noun such as ``curbs`` or ``sanctions`` triggers."""
    key = tok.lower_ if tok.lower_ in ctx.lex.nouns else tok.lemma_
    return [p for p, _s in ctx.lex.nouns.get(key, []) if p in ("restrictsExportsTo", "sanctions")]


def curbed_goods(tok: Token, ctx: DocContext) -> bool:
    """Whether trade noun ``tok`` is what a curb is on: ``curbs on chip-tool exports to China`` (no supply)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "against"):
        return False
    host = tok.head.head  # the curb, or the verb it is the object of ("join US curbs on exports")
    if host.dep_ in ("relcl", "acl") and _measure_noun(host.head, ctx):
        return True  # "the curbs Japan placed on exports to Korea": the curb's clause carries "on" (branch r17curb)
    return bool(_measure_noun(host, ctx) or any(_measure_noun(o, ctx) for o in dobj(host)))


def _authority(verb: Token, ctx: DocContext) -> list[str]:
    """Who acts through ``verb``: its subject, or the author of an order that is its subject (``an order by
    President X that stopped …``, ``X's order stopped …``)."""
    found = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
    if found:
        return found
    subject = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_ not in ctx.lex.words("order_nouns"):
        return []
    return [a for c in subject.children if c.dep_ == "poss" for a in ctx.actors(c)] + \
        [a for p in ctx.pobjs(subject, {"by", "from"}) for a in ctx.actors(p)]


def _country(entity_id: str, ctx: DocContext) -> str | None:
    """The country an actor belongs to (itself for a country)."""
    entity = ctx.entities.get(entity_id)
    if entity is None:
        return None
    return entity_id if entity.type == "Country" else entity.country


def _goods_bought(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` buys goods named as a technology (``from buying American chips``: a curb on supplies, no
    blocked deal) rather than a company, a business or a stake (``from acquiring Aixtron``, ``the US business of``)."""
    if verb.lemma_ == "sell":
        return False
    objects = dobj(verb)
    return bool(objects) and all(ctx.type_of(ctx.entity(o) or "") == "Technology" for o in objects)


@triggered_by(lambda lex: lex.words("blocking_verbs"))
def blocked_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Trump blocked the sale of Lattice to Canyon Bridge``, ``the cabinet prohibited Elmos from selling its
    fab``, ``an order that stopped Fujian Grand Chip from acquiring Aixtron``: a blocked deal ``directs`` its
    parties (GUIDELINES.md: blocked or unwound acquisitions)."""
    deals, dealing = ctx.lex.words("deal_nouns"), ctx.lex.words("dealing_verbs")
    for tok in ctx.find(sent, ctx.lex.words("blocking_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        parties = [a for o in dobj(tok) if o.lemma_ in deals or o.lower_ in deals
                   for p in ctx.pobjs(o, {"of", "to", "by"}) for a in _named(p, ctx)]
        stopped = [(v.lemma_, a) for o in dobj(tok) for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                   for v in c.children if v.dep_ == "pcomp" and v.lemma_ in dealing and not _goods_bought(v, ctx)
                   for a in _named(o, ctx)]
        parties += [a for verb, a in stopped if verb != "sell"]  # stopped from acquiring, buying, investing
        sellers = [a for verb, a in stopped if verb == "sell"]
        if not parties and not sellers:
            continue
        status = ctx.status(tok)
        for s in dict.fromkeys(_authority(tok, ctx)):
            # a state stopping its own firm from selling directs it; stopping a foreign one is a sanction
            theirs, ours = _country(s, ctx), [(o, _country(o, ctx)) for o in sellers]
            home = [o for o, country in ours if not (country and theirs and country != theirs)]
            for o in dict.fromkeys(parties + home):
                if s != o:
                    yield Candidate(s, "directs", o, "event:blocked-deal", status, sent)
