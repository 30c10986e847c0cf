"""Focus constructions of branch r13focus (``focusesOn``), written for news nobody tuned the rules to:

- an actor's activity in a field, named by a noun: ``Baidu's work on autonomous vehicles``, ``Toyota's research
  into hydrogen``, ``SoftBank's AI investments``, ``it would expand battery production``, ``boost output of
  high-bandwidth memory`` (the owner of the noun, or the subject of a verb of pursuing whose object it is);
- a project led by an actor: ``the Airbus-led drone project``, ``the programme, led by KNDS, to build tanks``;
- money spent on a field: ``G42 is spending heavily on artificial intelligence``;
- goods from a group whose names follow: ``AI chips from two US companies, Nvidia and AMD``;
- the owner of an unnamed network, force or unit that buys, uses or makes something: ``The Safaricom network uses
  equipment from Huawei``, ``Samsung's foundry subsidiary makes chips``.

The words are data: the ``r13focus_`` keys of ``data/lexicon/structure.json``. Each rule visits only the
sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.focus4 import PURSUER_TYPES, _pursued, pursuers
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.money_slots import is_money
from kg.nlp.relations.structure import org_noun_targets

#: the dependencies of a modifier that names a noun's field ("battery production", "AI research")
MODIFIERS = ("compound", "amod", "nmod")


def field_modifiers(noun: Token, ctx: DocContext) -> list[str]:
    """The technologies that modify ``noun`` before it (``battery production``, ``AI and chip investments``);
    none when an actor modifies it too (``Huawei's and ZTE's 5G business`` is read elsewhere, ``the Huawei 5G
    contract`` is another actor's)."""
    mods = [c for c in noun.children if c.dep_ in MODIFIERS and c.i < noun.i]
    if any(ctx.actors(c, conj=False) for c in mods):
        return []
    return list(dict.fromkeys(t for c in mods for t in ctx.technologies(c, shallow=True)))


def other_actors_fields(phrase: Token, ctx: DocContext) -> set[str]:
    """The technologies inside ``phrase`` that describe an actor named in it rather than the phrase itself: in
    ``invested in Anthropic, which makes the Claude chatbot`` the chatbot is Anthropic's; in ``Thales, which makes
    radar, Leonardo, a maker of helicopters, and Saab`` (the parser hangs the rest of the list on ``radar``) the
    helicopters are Leonardo's. A technology hangs under an actor's name when a token of the name is among its
    heads below ``phrase``."""
    found: set[str] = set()
    for tok in (ctx.doc[i] for i in ctx.index.subtree(phrase.i) if ctx.mention_at.get(i) is not None):
        tech = ctx.entity(tok)
        if tech is None or ctx.type_of(tech) != "Technology":
            continue
        head = tok
        while head.i != phrase.i and head.head.i != head.i:
            head = head.head
            owner = ctx.entity(head)
            if owner is not None and owner != tech and ctx.is_actor(owner):
                found.add(tech)
                break
    return found


def named_fields(noun: Token, ctx: DocContext) -> list[str]:
    """The technologies a noun is on, into or in when the object is itself the technology's name (``work on
    autonomous vehicles``, whose head word the organisation nouns also know: ``an investment vehicle``)."""
    return [t for p in ctx.pobjs(noun, {"on", "into", "in", "of"}) for t in [ctx.entity(p)]
            if t and ctx.type_of(t) == "Technology"]


def _with_partner(verb: Token, ctx: DocContext) -> bool:
    """Whether a verb names a partner (``expand production with Toyota``): a cooperation, read by other rules."""
    return any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"})) or \
        any(c.lower_ in ("together", "jointly") for c in verb.children)


@triggered_by(lambda lex: lex.words("r13focus_activity_nouns"))
def activity_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Baidu's work on autonomous vehicles``, ``Toyota's research into hydrogen``, ``SoftBank's AI
    investments``, ``Intel said it would expand semiconductor production``, ``SK Hynix will boost output of
    high-bandwidth memory``: an actor's work, research, investment or output in a field is its focus."""
    nouns = ctx.lex.words("r13focus_activity_nouns")
    economy = ctx.lex.words("r13focus_economy_nouns")  # a country's output is its economy's, no focus of the state
    # "boost output of", "start mass production of"
    verbs = ctx.lex_memo("r13focus:activity_verbs", lambda: frozenset(
        ctx.lex.words("pursuing_verbs") | ctx.lex.words("r13focus_starting_verbs")))
    for noun in ctx.find(sent, nouns):
        if noun.pos_ != "NOUN" or noun.lower_ not in nouns:
            continue
        # an owner ("Baidu's work", "work by Baidu") or a verb of pursuing it, before reading any field
        if not (noun.dep_ == "dobj" and noun.head.lemma_ in verbs) and not any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
            continue
        if ctx.negated(noun):
            continue
        techs = field_modifiers(noun, ctx)
        techs += [t for t in _pursued(noun, ctx) + named_fields(noun, ctx) if t not in techs]
        if not techs:
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        if noun.lower_ in economy:
            owners = [a for a in owners if ctx.type_of(a) != "Country"]
        owners += [a for p in ctx.pobjs(noun, {"by"}) for a in ctx.actors(p) if a not in owners]
        status = "asserted"
        verb = noun.head
        if not owners and noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_ in verbs and \
                not ctx.negated(verb) and not _with_partner(verb, ctx):
            owners = ctx.subjects(verb)  # "X will expand battery production" (not with a partner: a cooperation)
            status = ctx.status(verb)
        for owner in pursuers(owners, ctx):
            for tech in techs:
                yield Candidate(owner, "focusesOn", tech, f"focus:activity:{noun.lemma_}", status, sent)


def _project_fields(noun: Token, ctx: DocContext) -> list[str]:
    """The technologies a project is about: its modifiers (``the drone project``), what it is for or on (``a
    project on quantum computing``), what its clause builds (``a project to build fighter jets``) or what it is
    said to build (``the programme will build drones``)."""
    making = ctx.lex.words("making_verbs")
    techs = field_modifiers(noun, ctx)
    techs += [t for p in ctx.pobjs(noun, {"for", "on", "in", "into", "of"}) if not ctx.actors(p, conj=False)
              for t in ctx.technologies(p, shallow=True)]
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in making]
    if noun.dep_ == "nsubj" and noun.head.lemma_ in making:
        clauses.append(noun.head)
    for verb in clauses:
        if not ctx.negated(verb):
            techs += [t for c in verb.children if c.dep_ == "dobj" and not ctx.actors(c, conj=False)
                      for t in ctx.technologies(c, shallow=True)]
    return list(dict.fromkeys(techs))


def _leaders(led: Token, ctx: DocContext) -> list[str]:
    """Who a participle ``led`` names as leader: ``by X`` (``the programme, led by Airbus``) or the name joined
    to it by a hyphen (``the Airbus-led project``, ``the Japanese-led project``)."""
    found = [a for c in led.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
             for a in ctx.actors(p)]
    i = led.i
    if not found and i >= 2 and ctx.doc[i - 1].text in ("-", "\u2013") and not ctx.doc[i - 1].whitespace_:
        found = [a for a in [ctx.entity(ctx.doc[i - 2])] if a and ctx.is_actor(a)]
    return found


@triggered_by(lambda lex: {"led"})
def led_project_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the Airbus-led drone project``, ``the Eurodrone programme, led by Airbus, will build drones``, ``a
    Japanese-led project to build fighter aircraft``: the leader of a project in a field works on the field."""
    projects = ctx.lex.words("r13focus_project_nouns")
    for led in ctx.find(sent, {"led"}):
        if led.lower_ != "led" or led.dep_ not in ("amod", "acl") or led.head.lower_ not in projects or \
                ctx.negated(led):
            continue
        techs = _project_fields(led.head, ctx)
        if not techs:
            continue
        for leader in dict.fromkeys(_leaders(led, ctx)):
            if ctx.type_of(leader) in PURSUER_TYPES:
                for tech in techs:
                    yield Candidate(leader, "focusesOn", tech, "focus:led-project", "asserted", sent)


@triggered_by(lambda lex: lex.words("r13focus_spending_verbs"))
def spent_on_field_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Humain and G42 are spending heavily on artificial intelligence``, ``Japan has spent $25 billion on
    semiconductors``: who spends on a field (not on another actor's product) works on it."""
    for verb in ctx.find(sent, ctx.lex.words("r13focus_spending_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        # "spent $25 billion on chips": the parser may hang "on" on the sum
        heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and is_money(c)]
        fields = [p for h in heads for p in ctx.pobjs(h, {"on"})]
        if any(_with_partner(t, ctx) for t in heads + fields):
            continue  # "spend $5 billion on chips with Apple": a cooperation, wherever "with" hangs
        techs = list(dict.fromkeys(t for p in fields if not ctx.actors(p, conj=False)
                                   and not any(c.dep_ == "poss" for c in p.children)
                                   for t in ctx.technologies(p, shallow=True)))
        if not techs:
            continue
        status = ctx.status(verb)
        for actor in dict.fromkeys(ctx.subjects(verb)):
            if ctx.type_of(actor) in ("Organization", "Country"):
                for tech in techs:
                    yield Candidate(actor, "focusesOn", tech, "focus:spent-on-field", status, sent)


def subject_owners(verb: Token, ctx: DocContext) -> list[str]:
    """The actors owning a verb's unnamed subject: ``The Safaricom network uses …``, ``Kenya's police force
    bought …``, ``the Indonesian air force ordered …``, ``Samsung's foundry subsidiary makes …`` (the subject's
    head a word of ``r13focus_owned_part_nouns``); none when the verb has an actor for subject."""
    if ctx.subjects(verb):
        return []
    parts = ctx.lex.words("r13focus_owned_part_nouns")
    owners: list[str] = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in parts and not ctx.entity(c)):
        # "The Vodafone Germany network": every name among the modifiers before the noun
        owners += [a for c in subj.children if c.dep_ in ("poss", "compound", "amod") and c.i < subj.i
                   for t in ctx.index.subtree(c.i) for a in [ctx.mention_at.get(t)]
                   if a and ctx.type_of(a) in ("Organization", "Country")]
    if any(ctx.type_of(a) == "Organization" for a in owners):  # the operator, not the country it works in
        owners = [a for a in owners if ctx.type_of(a) == "Organization"]
    return list(dict.fromkeys(owners))


def _makers(phrase: Token, ctx: DocContext) -> list[str]:
    """The organisations whose goods a phrase names: ``equipment from Huawei and Nokia``, ``Huawei equipment``."""
    found = [a for p in ctx.pobjs(phrase, {"from"}) for a in ctx.actors(p)]
    if phrase.lower_ in ctx.lex.words("product_nouns"):
        found += [a for c in phrase.children if c.dep_ == "compound" and c.i < phrase.i
                  for a in ctx.actors(c, conj=False)]
    return [a for a in found if ctx.type_of(a) in ("Organization", "Country")]


@triggered_by(lambda lex: lex.words("r13focus_receiving_verbs") | lex.words("making_verbs"))
def owned_subject_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Safaricom network uses equipment from Huawei``, ``Kenya's police force bought cameras from
    Hikvision``: the owner of a network, force or unit buys or uses what it does; ``Samsung's foundry subsidiary
    makes chips``: the owner of a unit makes what it makes."""
    receiving = ctx.lex.words("r13focus_receiving_verbs")
    making = ctx.lex.words("making_verbs")
    for verb in ctx.find(sent, receiving | making):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        owners = subject_owners(verb, ctx)
        if not owners:
            continue
        status = ctx.status(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_ in receiving:
            # "equipment from Huawei", or "from Huawei" on the verb itself, or "relies on Huawei equipment"
            goods = objects + list(ctx.pobjs(verb, {"on"}))
            makers = [a for g in goods for a in _makers(g, ctx)] + [a for p in ctx.pobjs(verb, {"from"})
                                                                    for a in ctx.actors(p)]
            for maker in dict.fromkeys(makers):
                for owner in owners:
                    if maker != owner and ctx.type_of(maker) in ("Organization", "Country"):
                        yield Candidate(maker, "suppliesTo", owner, f"supply:owned-subject:{verb.lemma_}", status,
                                        sent)
        if verb.lemma_ in making:
            techs = [t for o in objects if not ctx.actors(o, conj=False) for t in ctx.technologies(o, shallow=True)]
            for owner in owners:
                for tech in dict.fromkeys(techs):
                    yield Candidate(owner, "focusesOn", tech, f"focus:owned-subject:{verb.lemma_}", status, sent)


def _group_names(phrase: Token, ctx: DocContext) -> list[str]:
    """The organisations a phrase names: itself (``Nvidia``), or the names in apposition to a group noun (``two US
    companies, Nvidia and AMD``) or given as its examples (``companies such as Nvidia``)."""
    found = [] if ctx.entity(phrase) else \
        [a for c in phrase.children if c.dep_ == "appos" for a in ctx.actors(c)] or ctx.examples(phrase)
    return [a for a in found or ctx.actors(phrase) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: {"from"})
def goods_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``AI chips from two American companies, Nvidia and AMD``, ``drones from Chinese makers such as DJI``, ``chips
    from TSMC``: the organisations goods come from make them."""
    products = ctx.lex.words("product_nouns")
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        root = ent.root
        head = root.head if root.dep_ in ("compound", "amod") and root.head.i > root.i and \
            root.head.lower_ in products else root
        # "sales of AI chips from Nvidia": the parser may hang "from" on the noun the goods are "of"
        heads = [head, head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [head]
        makers = [a for h in heads for p in ctx.pobjs(h, {"from"}) for a in _group_names(p, ctx)]
        for maker in dict.fromkeys(makers):
            yield Candidate(maker, "focusesOn", ent.kb_id_, "focus:goods-from", "asserted", sent)


@triggered_by(lambda lex: lex.words("launch_verbs"))
def launched_range_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia unveiled a new range of AI chips``, ``BYD launched a family of electric vehicles``: who launches a
    range, line or family of a technology's products works on it (focus2's launch rule reads the object itself)."""
    collections = ctx.lex.words("r13focus_collection_nouns")
    for verb in ctx.find(sent, ctx.lex.words("launch_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or _with_partner(verb, ctx):
            continue
        ranges = [(o, p) for o in verb.children if o.dep_ == "dobj" and o.lower_ in collections
                  for p in ctx.pobjs(o, {"of"}) if not ctx.actors(p, conj=False)]
        techs = [t for _, p in ranges for t in ctx.technologies(p, shallow=True)]
        if not techs or any(_with_partner(t, ctx) for pair in ranges for t in pair):
            continue
        status = ctx.status(verb)
        for actor in dict.fromkeys(ctx.subjects(verb)):
            if ctx.type_of(actor) in ("Organization", "Country"):
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, f"focus:launched-range:{verb.lemma_}", status, sent)


@triggered_by(lambda lex: {"focused", "focussed"})
def focused_descriptor_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Anduril, the drone-focused defence start-up``, ``the AI-focused fund MGX``: an organisation described as
    focused on a technology by a hyphened modifier works on it."""
    doc = ctx.doc
    for tok in ctx.find(sent, {"focused", "focussed"}):
        i = tok.i
        if i < 2 or doc[i - 1].text not in ("-", "\u2013") or doc[i - 1].whitespace_ or tok.dep_ not in ("amod",
                                                                                                         "compound"):
            continue
        tech = ctx.entity(doc[i - 2])
        if tech is None or ctx.type_of(tech) != "Technology":
            continue
        noun = tok.head
        orgs = [a for a in org_noun_targets(noun, ctx) if ctx.type_of(a) == "Organization"]
        if not orgs and noun.dep_ == "appos":
            orgs = [a for a in ctx.actors(noun.head, conj=False) if ctx.type_of(a) == "Organization"]
        for org in dict.fromkeys(orgs):
            yield Candidate(org, "focusesOn", tech, "focus:focused-descriptor", "asserted", sent)


@triggered_by(lambda lex: lex.words("r13focus_providing_verbs"))
def provided_goods_maker_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington will provide Ukraine with Patriot systems made by Raytheon``, ``Germany equipped the navy with
    submarines from TKMS``: the maker of the goods one party provides to another supplies the recipient too."""
    from kg.nlp.relations.commerce import product_makers

    for verb in ctx.find(sent, ctx.lex.words("r13focus_providing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        recipients = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        goods = [g for p in ctx.pobjs(verb, {"with"}) for g in [p, *p.conjuncts]]
        if not recipients or not goods:
            continue
        providers = set(ctx.subjects(verb))
        makers = [a for g in goods for a in product_makers(g, ctx)]
        makers += [a for g in goods for p in ctx.pobjs(g, {"from"}) for a in _group_names(p, ctx)]
        status = ctx.status(verb)
        for maker in dict.fromkeys(makers):
            if maker in providers:
                continue
            for recipient in recipients:
                if recipient != maker:
                    yield Candidate(maker, "suppliesTo", recipient, "supply:provided-goods-maker", status, sent)


@triggered_by(lambda lex: lex.words("r13focus_company_focus_verbs"))
def company_provides_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei provides cloud computing services``, ``chose the US company Ipsidy to provide biometrics``: a company
    that provides a technology works on it (a state that provides weapons to another supplies them, no more)."""
    for verb in ctx.find(sent, ctx.lex.words("r13focus_company_focus_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or _with_partner(verb, ctx):
            continue
        techs = [t for o in verb.children if o.dep_ == "dobj" and not ctx.actors(o, conj=False)
                 for t in ctx.technologies(o, shallow=True) if t not in other_actors_fields(o, ctx)]
        if not techs:
            continue
        status = ctx.status(verb)
        for actor in dict.fromkeys(ctx.subjects(verb)):
            if ctx.type_of(actor) == "Organization":
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, f"focus:company-provides:{verb.lemma_}", status, sent)


def _goods(obj: Token, ctx: DocContext) -> bool:
    """Whether an object names goods: a product noun or a technology, also as ``most of its network equipment``."""
    nouns = [obj] + [p for p in ctx.pobjs(obj, {"of"})]
    products = ctx.lex.words("product_nouns")
    return any(n.lower_ in products or ctx.technologies(n, shallow=True) for n in nouns)


@triggered_by(lambda lex: lex.words("r13focus_getting_verbs"))
def got_goods_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Safaricom gets most of its network equipment from Huawei``: who gets goods from another is supplied by it
    (not ``got approval from the regulator``: only goods)."""
    for verb in ctx.find(sent, ctx.lex.words("r13focus_getting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and _goods(c, ctx)]
        if not objects:
            continue
        suppliers = [a for p in ctx.pobjs(verb, {"from"}) for a in ctx.actors(p)]
        goods = objects + [p for o in objects for p in ctx.pobjs(o, {"of"})]  # "most of its equipment from X"
        suppliers += [a for g in goods for p in ctx.pobjs(g, {"from"}) for a in ctx.actors(p)]
        receivers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Organization", "Country")]
        status = ctx.status(verb)
        for s in dict.fromkeys(suppliers):
            for o in receivers:
                if s != o and ctx.type_of(s) in ("Organization", "Country"):
                    yield Candidate(s, "suppliesTo", o, f"supply:got-goods:{verb.lemma_}", status, sent)


@triggered_by(lambda lex: {"whose"})
def whose_goods_used_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``ASML, whose machines are used by TSMC and Samsung``: the users of a maker's products are its customers."""
    using = ctx.lex.words("r13focus_receiving_verbs")
    products = ctx.lex.words("product_nouns")
    for whose in ctx.find(sent, {"whose"}):
        thing = whose.head
        verb = thing.head
        if whose.dep_ != "poss" or thing.dep_ != "nsubjpass" or thing.lower_ not in products or \
                verb.dep_ != "relcl" or verb.lemma_ not in using or ctx.negated(verb):
            continue
        makers = [a for a in ctx.actors(verb.head, conj=False) if ctx.type_of(a) in ("Organization", "Country")]
        users = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                 for a in ctx.actors(p) if ctx.type_of(a) in ("Organization", "Country")]
        for maker in makers:
            for user in dict.fromkeys(users):
                if user != maker:
                    yield Candidate(maker, "suppliesTo", user, "supply:whose-goods-used", ctx.status(verb), sent)
