"""Focus and part constructions of branch r6-focus: research done at a named body (``quantum research at the
Russian Quantum Center``) and an actor's pursuit of a technology (``the UAE's spending on AI``, ``the development
of drones by Iran``, ``Samsung steps up investment in robotics``) give ``focusesOn``; a body that falls under
another (``X falls under the ministry of Y``) is a part of it.

The words are data: ``research_nouns``, ``pursuit_nouns``, ``pursuing_verbs`` and ``subordinate_verbs`` of
``data/lexicon/structure.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.focus3 import group_word
from kg.nlp.relations.index import triggered_by


#: the words that may join the names of a list read in surface order
LIST_WORDS = {",", "and", "as", "well"}


def names_after(i: int, sent: Span, ctx: DocContext) -> list[str]:
    """The organisations named in a list that starts at token ``i`` of ``sent`` (``YMTC and CXMT``), read in
    surface order because the parser often hangs such a list on another word; none when no name starts at ``i``."""
    doc, names = ctx.doc, []
    first = ctx.entity(doc[i]) if i < sent.end else None
    if not first or ctx.type_of(first) != "Organization":
        return []
    while i < sent.end:
        eid = ctx.entity(doc[i])
        if eid and ctx.type_of(eid) == "Organization":
            names.append(eid)
        elif eid or doc[i].lower_ not in LIST_WORDS:
            break
        i += 1
    return list(dict.fromkeys(names))


def named_before(appos: Token, ctx: DocContext) -> str | None:
    """The organisation named right before ``, <description>`` (where the parser hung the apposition on
    another word): ``Apollo Go, Baidu's autonomous driving unit``."""
    i = appos.left_edge.i - 1
    if i < 1 or ctx.doc[i].text != ",":
        return None
    eid = ctx.entity(ctx.doc[i - 1])
    return eid if eid and ctx.type_of(eid) == "Organization" else None


def _at_bodies(tok: Token, ctx: DocContext) -> list[str]:
    """The organisations of ``at X`` phrases on ``tok``, also ``at X and at Y``."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == "at"]
    return [a for p in dict.fromkeys(preps) for o in p.children if o.dep_ == "pobj"
            for a in ctx.actors(o) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("research_nouns"))
def research_at_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``who leads quantum research at the Russian Quantum Center``, ``research into robotics at Tsinghua
    University``: the body a technology's research is done at works on the technology."""
    for tok in ctx.find(sent, ctx.lex.words("research_nouns")):
        if ctx.negated(tok):
            continue
        # the technology of the research: its modifiers ("quantum research") or what it is into or on
        techs = [t for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                 for t in ctx.technologies(c, shallow=True)]
        techs += [t for p in ctx.pobjs(tok, {"into", "on", "in"}) for t in ctx.technologies(p, shallow=True)]
        if not techs:
            continue
        # "at X" on the research noun, or on the verb whose object it is ("leads research … at X")
        # ("leads research at X and at Y": the parser may hang the second "at" on the verb)
        bodies = _at_bodies(tok, ctx)
        if tok.dep_ == "dobj":
            bodies += _at_bodies(tok.head, ctx)
        for body in dict.fromkeys(bodies):
            for tech in dict.fromkeys(techs):
                yield Candidate(body, "focusesOn", tech, "focus:research-at", "asserted", sent)


@triggered_by(lambda lex: lex.words("subordinate_verbs"))
def subordinate_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``IndiaAI falls under the ministry``, ``the agency, which comes under the Defence Ministry``: an
    organisation placed under another is a part of it."""
    for verb in ctx.find(sent, ctx.lex.words("subordinate_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        wholes = [a for p in ctx.pobjs(verb, {"under"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "Organization"]
        if not wholes:
            continue
        parts = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for part in dict.fromkeys(parts):
            for whole in wholes:
                if part != whole:
                    yield Candidate(part, "partOf", whole, f"part:under:{verb.lemma_}", "asserted", sent)


#: the prepositions that introduce the field of a pursuit: "spending on AI", "a push into chips"
PURSUIT_PREPS = {"in", "into", "on", "of"}
#: actors that pursue a field in their own name (a person's pursuit is the body's they lead: :func:`pursuers`)
PURSUER_TYPES = ("Organization", "Country", "InternationalOrganization")


def pursuers(actors: list[str], ctx: DocContext) -> list[str]:
    """The actors that pursue a field: ``actors`` of :data:`PURSUER_TYPES`, and for a person the state or body
    the gazetteer says they head when the document names it (``Kim pushes the development of drones``: North
    Korea's pursuit)."""
    out: list[str] = []
    for actor in actors:
        if ctx.type_of(actor) == "Person":
            actor = ctx.leaders.get(actor, "")
            if actor not in ctx.entities:
                continue
        if ctx.type_of(actor) in PURSUER_TYPES and actor not in out:
            out.append(actor)
    return out


def _pursued(noun: Token, ctx: DocContext) -> list[str]:
    """The technologies a pursuit noun is into: ``on artificial intelligence``, ``of drones and missiles``; not
    one that describes an organisation (``investment in a chip start-up``) or another actor's possession
    (``investment in Huawei's 5G network``)."""
    org_nouns = ctx.lex.words("org_nouns")
    found: list[str] = []
    for pobj in ctx.pobjs(noun, PURSUIT_PREPS):
        if ctx.actors(pobj, conj=False) or any(c.dep_ == "poss" for c in pobj.children):
            continue
        if group_word(pobj) in org_nouns or pobj.lemma_ in org_nouns:
            continue
        found += [t for t in ctx.technologies(pobj, shallow=True) if t not in found]
    return found


@triggered_by(lambda lex: lex.words("pursuit_nouns"))
def pursuit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the UAE's heavy spending on artificial intelligence``, ``the development of drones by Iran``, ``Samsung
    is stepping up investment in robotics``: who spends on, invests in, develops or pushes into a technology
    works on it (its owner, its ``by`` agent, or the subject of a verb of pursuing it)."""
    verbs = ctx.lex.words("pursuing_verbs")
    for noun in ctx.find(sent, ctx.lex.words("pursuit_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        techs = _pursued(noun, ctx)
        if not techs:
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        owners += [a for p in ctx.pobjs(noun, {"by"}) for a in ctx.actors(p)]
        status = "asserted"
        verb = noun.head
        if not owners and noun.dep_ == "dobj" and verb.lemma_ in verbs and not ctx.negated(verb) and \
                not any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"})):
            owners = ctx.subjects(verb)  # "X pushes the development of …" (not with a partner: a cooperation)
            status = ctx.status(verb)
        for owner in pursuers(owners, ctx):
            for tech in techs:
                yield Candidate(owner, "focusesOn", tech, f"focus:pursuit:{noun.lemma_}", status, sent)



def _hub_holders(noun: Token, ctx: DocContext) -> tuple[list[str], Token]:
    """Who a hub noun says is (or is to become) the hub, and the verb that says it: the subject of ``be`` /
    ``become``, the object of ``make`` / ``turn … into``, or the name in apposition."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ in ("be", "become", "remain"):
        return ctx.subjects(head), head
    if noun.dep_ in ("ccomp", "oprd", "xcomp") and head.lemma_ in ("make", "turn"):
        # "make Qatar a leading AI hub": the parser makes the name the small clause's subject or the object
        named = [c for c in noun.children if c.dep_ == "nsubj"] or [c for c in head.children if c.dep_ == "dobj"]
        return [a for c in named for a in ctx.actors(c)], head
    if noun.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_ in ("turn", "transform", "develop"):
        verb = head.head
        return [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], verb
    if noun.dep_ == "appos":
        return ctx.actors(ctx.mention_root(head), conj=False), noun
    return [], noun


@triggered_by(lambda lex: lex.words("hub_nouns"))
def hub_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Saudi Arabia spends heavily to become an AI hub``, ``make Qatar a leading AI hub``, ``turn India into a
    semiconductor powerhouse``: a state or a company that is, or means to become, a hub of a technology works on
    it."""
    for noun in ctx.find(sent, ctx.lex.words("hub_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        techs = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                 for t in ctx.technologies(c, shallow=True)]
        techs += [t for p in ctx.pobjs(noun, {"for", "in"}) for t in ctx.technologies(p, shallow=True)]
        if not techs:
            continue
        holders, verb = _hub_holders(noun, ctx)
        if verb is not noun and ctx.negated(verb):
            continue
        status = ctx.status(verb) if verb is not noun else "asserted"
        for holder in dict.fromkeys(holders):
            if ctx.type_of(holder) in ("Country", "Organization"):
                for tech in dict.fromkeys(techs):
                    yield Candidate(holder, "focusesOn", tech, "focus:hub", status, sent)


def _field_of(tok: Token, ctx: DocContext) -> list[str]:
    """The technologies a phrase names as a field: the technology itself (``electric vehicles``) or a market
    noun it modifies (``the electric vehicle market``); not one inside another actor's possession."""
    if any(c.dep_ == "poss" for c in tok.children) or ctx.actors(tok, conj=False):
        return []
    own = ctx.entity(tok)
    if own and ctx.type_of(own) == "Technology":
        return [own]
    if tok.lower_ in ctx.lex.words("market_nouns") or tok.lemma_ in ctx.lex.words("market_nouns"):
        return [t for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                for t in ctx.technologies(c, shallow=True)]
    return []


@triggered_by(lambda lex: lex.words("field_entering_verbs"))
def field_entry_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Xiaomi entered the electric vehicle market``, ``Foxconn is expanding into electric vehicles``, ``the
    group moved into chip design``: who enters or expands into a technology's field works on it."""
    for verb in ctx.find(sent, ctx.lex.words("field_entering_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"})):
            continue  # "entered the market with a partner": a cooperation, which other rules read
        fields = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ == "enter" else []
        fields += list(ctx.pobjs(verb, {"into"}))
        techs = list(dict.fromkeys(t for f in fields for t in _field_of(f, ctx)))
        if not techs:
            continue
        status = ctx.status(verb)
        for actor in dict.fromkeys(ctx.subjects(verb)):
            if ctx.type_of(actor) in PURSUER_TYPES:
                for tech in techs:
                    yield Candidate(actor, "focusesOn", tech, f"focus:field-entry:{verb.lemma_}", status, sent)


def _share_verb(noun: Token) -> Token | None:
    """The verb a phrase of the world's output hangs from: ``refines [close to nine-tenths of] the world's rare
    earths``, ``accounts for [70% of] global lithium output`` (a few noun and preposition steps up)."""
    tok = noun
    for _ in range(5):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ not in ("NOUN", "ADP", "NUM", "ADV", "PROPN"):
            return None
    return None


@triggered_by(lambda lex: {"world", "global"})
def world_share_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China, which refines close to nine-tenths of the world's rare earths``, ``Chile produces a quarter of
    global lithium``: who makes, refines or controls a share of the world's supply of a technology works on it."""
    verbs = ctx.lex_memo("share_and_focus_verbs", lambda: frozenset(
        ctx.lex.words("share_verbs") | ctx.lex.words("making_verbs")))
    for tok in ctx.find(sent, {"world", "global"}):
        if not (tok.lower_ == "world" and tok.dep_ == "poss") and not (tok.lower_ == "global" and tok.dep_ == "amod"):
            continue
        noun = tok.head
        own = ctx.entity(noun)
        techs = [own] if own and ctx.type_of(own) == "Technology" else \
            [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
             for t in ctx.technologies(c, shallow=True)]
        verb = _share_verb(noun) if techs else None
        if verb is None or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        for actor in dict.fromkeys(ctx.subjects(verb)):
            if ctx.type_of(actor) in ("Country", "Organization"):
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, f"focus:world-share:{verb.lemma_}", ctx.status(verb),
                                    sent)


@triggered_by(lambda lex: lex.words("priority_nouns"))
def priority_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``AUKUS partners put AI and quantum at the heart of Pillar II``, ``Japan has made quantum computing a top
    priority``: a technology an actor puts at the centre of its work, or makes its priority, is its focus."""
    for noun in ctx.find(sent, ctx.lex.words("priority_nouns")):
        verb, techs = None, []
        if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.lemma_ in ("put", "place"):
            verb = noun.head.head  # "put X at the heart of": what is put there
            techs = [t for c in verb.children if c.dep_ == "dobj" for t in ctx.technologies(c, shallow=True)]
        elif noun.lemma_ == "priority":
            verb = next((a for a in list(noun.ancestors)[:3] if a.lemma_ == "make" and a.pos_ == "VERB"), None)
            if verb is not None:  # "made X a priority": the parser may make X the small clause's subject
                techs = [t for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")
                         for t in ctx.technologies(c, shallow=True)]
        if verb is None or not techs or ctx.negated(verb):
            continue
        status = ctx.status(verb)
        for actor in pursuers(ctx.subjects(verb), ctx):
            for tech in dict.fromkeys(techs):
                yield Candidate(actor, "focusesOn", tech, f"focus:priority:{noun.lemma_}", status, sent)


@triggered_by(types=("Technology",))
def technology_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``ChatGPT, the chatbot of US developer OpenAI``, ``the AI chips of Nvidia``: a technology (or a product it
    names) ``of`` an organisation is the organisation's own, as ``OpenAI's chatbot`` is (focus.py)."""
    products = ctx.lex.words("product_nouns")
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        root = ent.root
        head = root.head if root.dep_ in ("compound", "amod") and root.head.i > root.i and \
            root.head.lower_ in products else root
        # (whatever the clause does with the product, "blocked the chatbot of X", the product is X's)
        owners = [a for p in ctx.pobjs(head, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "Organization"]
        for owner in dict.fromkeys(owners):
            yield Candidate(owner, "focusesOn", ent.kb_id_, "focus:technology-of", "asserted", sent)
