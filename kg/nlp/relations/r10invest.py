"""Investment constructions of branch r10invest; their words are the ``r10invest_`` keys of
``data/lexicon/events.json`` and the investor roles of ``role_nouns`` (``data/lexicon/structure.json``).

- a list of an organisation's investors: ``Its earlier shareholders include Tencent and Meituan``, ``the
  start-up's backers are X and Y`` (each named investor invests in the organisation);
- investors counted among an organisation's roles: ``the start-up counts Tencent and miHoYo among its
  shareholders``, ``X is among Y's backers``;
- a centre a firm builds or opens abroad: ``Nvidia will open AI centres in four countries: France, Germany, ...``;
- a vehicle formed to invest: ``A and B formed a joint venture to invest in AI infrastructure in Qatar``;
- money for a firm's plant or project: ``the Pentagon's funding for Lynas's Texas plant``;
- a partner in a company or in a project abroad: ``Gécamines, Glencore's partner in KCC``;
- an investment by or from someone: ``the $1.5 billion investment from Microsoft in G42``;
- a share given: ``the deal gives Microsoft a 4% stake in Mistral AI``;
- a financing round taken part in: ``Nvidia participated in the funding round for Mistral AI``;
- a plant built or run in a place that is no actor: ``a factory that Samsung is building in Taylor, Texas``, ``a
  plant in Bac Ninh province``, ``a complex in Brazil's Bahia state`` (the place's country, through the place index,
  is where the firm invests; :func:`kg.nlp.relations.events.plant_rule` reads a plant in a named country).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.places import place_country
from kg.nlp.relations.commerce3 import modifier_actors
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.r15latam import abandoned_by_owner
from kg.nlp.relations.roles import described
from kg.nlp.relations.triggers import distinct_pairs, noun_participants

INVESTORS = ("Organization", "Country", "InternationalOrganization")
#: the heads of a list's members (not the modifiers: ``the Chinese groups A and B`` names no Chinese investor)
MEMBER_DEPS = {"dobj", "attr", "appos", "conj", "pobj", "nsubj", "nsubjpass"}
NESTED = {"relcl", "acl", "advcl", "ccomp"}
#: organisations one holds a share in as a partner (not a party, a ministry or a university)
OWNED_SUBTYPES = {"Company", "Fund", "Bank"}


def investor_roles(lex: Lexicon) -> frozenset[str]:
    """The role nouns whose holder invests in the organisation the noun belongs to (``shareholders``, ``backer``).

    >>> lex = Lexicon.from_dict({}, {"role_nouns": {"backer": ["investsIn", "subject", []],
    ...                                            "rival": ["competesWith", "subject", []]}})
    >>> sorted(investor_roles(lex))
    ['backer']
    """
    table = lex.value("role_nouns")
    return lexicon_memo(lex, "r10invest_roles", lambda: frozenset(
        n for n, v in table.items() if not n.startswith("_") and v[0] == "investsIn" and v[1] == "subject"))


def listed_members(tok: Token, ctx: DocContext) -> list[str]:
    """The investors a list headed by ``tok`` names: the names that head a phrase in it (``the Chinese groups
    Alibaba Cloud, Tencent and Meituan, as well as investors such as the NSSF``), not those that modify one
    (``Chinese``) nor those inside a clause or behind another preposition (``funds from Qatar``)."""
    nested = {d.i for t in tok.subtree if t is not tok and t.dep_ in NESTED for d in t.subtree}
    found: list[str] = []
    for t in tok.subtree:
        eid = ctx.entity(t)
        if t.i in nested or eid is None or ctx.mention_root(t).i != t.i or t.dep_ not in MEMBER_DEPS:
            continue
        if t.dep_ == "pobj" and t.head.lower_ not in ("as", "like", "including"):
            continue
        found += [a for a in ctx.actors(t, conj=False) if ctx.type_of(a) in INVESTORS and a not in found]
    return found


def _owned(role: Token, ctx: DocContext) -> list[str]:
    """The organisation a role noun belongs to: ``its``/``X's shareholders``, ``the shareholders of X``."""
    found = [a for c in role.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    found += [a for p in ctx.pobjs(role, {"of", "in"}) for a in ctx.actors(p, conj=False)]
    return [a for a in found if ctx.type_of(a) == "Organization"]


@triggered_by(investor_roles)
def investors_listed_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Its earlier shareholders include Tencent and Meituan``, ``the backers of X are Y and Z``: the investors a
    list of an organisation's investors names invest in it."""
    verbs = ctx.lex.words("r10invest_listing_verbs")
    for role in ctx.find(sent, investor_roles(ctx.lex)):
        verb = role.head
        if role.dep_ != "nsubj" or role.pos_ != "NOUN" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        owners = _owned(role, ctx)
        if not owners:
            continue
        named = [a for c in verb.children if c.dep_ in ("dobj", "attr") for a in listed_members(c, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(named, owners):
            yield Candidate(s, "investsIn", o, "event:investors-listed", status, sent)


def _counted(verb: Token, owner_subject: Token | None, ctx: DocContext) -> list[str]:
    """The names a counting verb counts: its object, or a second subject where the parser takes the object for
    one (``The start-up counts Tencent … among its shareholders``)."""
    found: list[str] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "attr") and c is not owner_subject:
            found += [a for a in listed_members(c, ctx) if a not in found]
    return found


@triggered_by(investor_roles)
def counted_among_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The start-up counts Tencent and miHoYo among its shareholders``, ``Tencent is among Zhipu's backers``:
    who is counted among an organisation's investors invests in it."""
    counting = ctx.lex.words("r10invest_counting_verbs")
    for role in ctx.find(sent, investor_roles(ctx.lex)):
        among = role.head
        if role.dep_ != "pobj" or role.pos_ != "NOUN" or among.lower_ != "among":
            continue
        # the parser hangs "among" on the verb or on a name counted (the last of a list)
        verb = among.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("conj", "appos", "dobj", "nsubj", "attr"):
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in counting or ctx.negated(verb):
            continue
        named_owner = [a for c in role.children if c.dep_ == "poss" and ctx.entity(c)
                       for a in ctx.actors(c, conj=False)] + \
            [a for p in ctx.pobjs(role, {"of"}) for a in ctx.actors(p, conj=False)]
        subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda t: t.i)
        if verb.lemma_ == "be":  # "X is among Y's backers": the owner must be named
            owners, named = named_owner, [a for s in subjects for a in listed_members(s, ctx)]
        else:  # "Y counts X among its backers": the owner is the counting subject
            first = subjects[0] if subjects else None
            owners = named_owner or ([a for a in ctx.actors(first, conj=False)] if first is not None else [])
            named = _counted(verb, first, ctx)
        owners = [a for a in owners if ctx.type_of(a) == "Organization"]
        status = ctx.status(verb)
        for s, o in distinct_pairs(named, owners):
            yield Candidate(s, "investsIn", o, "event:counted-among", status, sent)


def _place_countries(pobj: Token, ctx: DocContext) -> list[str]:
    """The countries of a place phrase: ``Taylor, Texas``, ``Bac Ninh province``, ``the city of Surakarta,
    Indonesia``, ``Brazil's Bahia state`` (a country that owns the place), ``four countries: France and Spain``
    (the named countries of a group; ``named``: a country the phrase itself names counts too)."""
    owners = [a for c in pobj.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
              if ctx.type_of(a) == "Country"]
    if owners or ctx.actors(pobj, conj=False):
        return owners
    nested = {d.i for t in pobj.subtree if t is not pobj and (t.dep_ in NESTED or t.dep_ == "prep" and
                                                             t.lower_ != "of") for d in t.subtree}
    found: list[str | None] = []
    for t in pobj.subtree:
        if t.i in nested:
            continue
        eid = ctx.entity(t)
        if eid is None:
            found.append(place_country(ctx.doc, t.i))
        elif ctx.mention_root(t).i == t.i and t.dep_ in ("appos", "conj", "pobj"):
            found.append(eid)  # "in the city of Surakarta, Indonesia", "in four countries: France, Spain"
    return [c for c in dict.fromkeys(found) if c and ctx.type_of(c) == "Country"]


def _abroad(firm: str, country: str, ctx: DocContext) -> bool:
    """Whether a country is abroad for a firm whose own country is known: not its own, nor one its name says
    (``American Rare Earths``); a firm of no known country may be a local one (``a Vietnamese miner``)."""
    entity = ctx.entities.get(firm)
    if entity is None or entity.country is None or entity.country == country:
        return False
    named_in = ctx.index.memo("r10invest_named_in", lambda: frozenset(
        (m.within, m.entity_id) for m in ctx.mentions if m.kind == "inside" and m.within))
    return (firm, country) not in named_in


def _plant_places(plant: Token, ctx: DocContext) -> tuple[Token | None, list[Token]]:
    """The verb that builds or runs a plant and the ``in`` phrases that say where: ``is building a plant in X``,
    ``a factory that Samsung is building in X``, ``a plant in X``."""
    verbs = ctx.lex.words("plant_verbs")
    if plant.dep_ == "dobj" and plant.head.lemma_ in verbs:
        verb: Token | None = plant.head
    else:
        verb = next((c for c in plant.children if c.dep_ == "relcl" and c.lemma_ in verbs), None)
    hosts = [plant] + ([verb] if verb is not None else [])
    return verb, [p for h in hosts for p in ctx.pobjs(h, {"in"})]


@triggered_by(lambda lex: lex.words("plant_nouns"))
def plant_in_place_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung is building a $17 billion chip factory in Taylor, Texas``, ``a plant that Amkor is building in Bac
    Ninh province``: a firm's plant in a place abroad is its investment in the place's country."""
    for plant in ctx.find(sent, ctx.lex.words("plant_nouns")):
        if plant.pos_ != "NOUN" or ctx.negated(plant):
            continue
        verb, places = _plant_places(plant, ctx)
        countries = [c for p in places for c in _place_countries(p, ctx)]
        if not countries or (verb is not None and ctx.negated(verb)):
            continue
        if plant.dep_ == "dobj" and plant.head.pos_ == "VERB" and abandoned_by_owner(plant.head, ctx):
            continue  # "X, which announced a plant in Y, has not started building it" (r15latam.py)
        # a named owner only: "its plant" is too often a venture's, read as its parent's
        owners = [a for c in plant.children if c.dep_ == "poss" and ctx.entity(c) for a in ctx.actors(c, conj=False)]
        if not owners and verb is not None:
            owners = ctx.subjects(verb)
        status = ctx.status(verb if verb is not None else plant)
        for s in dict.fromkeys(owners):
            for country in dict.fromkeys(countries):
                if ctx.type_of(s) == "Organization" and _abroad(s, country, ctx):
                    yield Candidate(s, "investsIn", country, "event:plant-in-place", status, sent)


def _builders(verb: Token, ctx: DocContext) -> list[str]:
    """Who builds: the verb's subject, or the subject of the noun the parser hangs its clause on (``Nvidia and
    Indosat plan to build …`` with ``plan`` taken for a noun)."""
    found = ctx.subjects(verb)
    if not found and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        found = [a for c in verb.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
    return [a for a in found if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r10invest_centre_nouns"))
def centre_built_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia will open AI technology centres in four countries: France, Germany and Spain``, ``X plans to build
    a data centre in the city of Surakarta, Indonesia``: a firm that builds or opens a centre abroad invests in
    the country (a centre only with a verb of building: ``a research centre in Paris`` alone says no more than
    where the centre is)."""
    verbs = ctx.lex.words("plant_verbs")
    for centre in ctx.find(sent, ctx.lex.words("r10invest_centre_nouns")):
        verb = centre.head
        if centre.pos_ != "NOUN" or centre.dep_ != "dobj" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        places = [p for h in (centre, verb) for p in ctx.pobjs(h, {"in"})]
        countries = [a for p in places for a in ctx.actors(p) if ctx.type_of(a) == "Country"]
        countries += [c for p in places for c in _place_countries(p, ctx)]
        status = ctx.status(verb)
        for s in dict.fromkeys(_builders(verb, ctx)):
            for country in dict.fromkeys(countries):
                if _abroad(s, country, ctx):
                    yield Candidate(s, "investsIn", country, "event:centre-built", status, sent)


@triggered_by(lambda lex: lex.words("r10invest_invest_verbs"))
def vehicle_purpose_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brookfield and Qai have formed a joint venture to invest in AI infrastructure in Qatar``, ``A set up a
    fund to invest in Kenyan start-ups``: who forms a vehicle to invest invests through it."""
    founding = ctx.lex.words("founding_verbs") | ctx.lex.words("r10invest_forming_verbs")
    for invest in ctx.find(sent, ctx.lex.words("r10invest_invest_verbs")):
        vehicle = invest.head
        if invest.pos_ != "VERB" or invest.dep_ not in ("relcl", "acl") or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in invest.children) or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in invest.children):
            continue
        verb = vehicle.head
        if vehicle.dep_ != "dobj" or verb.lemma_ not in founding or ctx.negated(verb):
            continue
        things = list(ctx.pobjs(invest, {"in", "into"}))
        targets = [a for p in things for a in ctx.actors(p) if ctx.is_actor(a)]
        targets += [a for p in things for q in ctx.pobjs(p, {"in", "across"}) for a in ctx.actors(q)
                    if ctx.type_of(a) == "Country"]  # "in AI infrastructure in Qatar"
        founders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in INVESTORS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(founders, targets):
            yield Candidate(s, "investsIn", o, "event:vehicle-purpose", status, sent)


def funding_nouns(lex: Lexicon) -> frozenset[str]:
    """The money nouns of investsIn whose recipient ``for`` introduces (``funding for``, ``a loan for``)."""
    return lexicon_memo(lex, "r10invest_funding_nouns", lambda: frozenset(
        noun for noun, entries in lex.nouns.items() if any(p == "investsIn" and "for" in s for p, s in entries)))


@triggered_by(funding_nouns)
def funding_for_owned_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Pentagon doubled its funding for Lynas's Texas plant``, ``a state loan for the Tata Steel mill``: money
    for a firm's plant or project is an investment in the firm (the plain ``funding for Lynas`` is the trigger
    nouns' own)."""
    for tok in ctx.find(sent, funding_nouns(ctx.lex)):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        key = tok.lower_ if tok.lower_ in ctx.lex.nouns else tok.lemma_
        things = [p for p in ctx.pobjs(tok, {"for"}) if not ctx.actors(p, conj=False)]
        # the owner may hang on a modifier: "Lynas's Texas heavy rare earths plant"
        owners = [a for p in things for m in [p] + [c for c in p.children if c.dep_ == "compound" and c.i < p.i]
                  for a in modifier_actors(m, ctx) if ctx.type_of(a) == "Organization"]
        if not owners:
            continue
        for _predicate, slots in (e for e in ctx.lex.nouns.get(key, []) if e[0] == "investsIn"):
            holders, _others = noun_participants(tok, slots, ctx)
            status = ctx.status(tok)
            for s, o in distinct_pairs((h for h in holders if ctx.type_of(h) in INVESTORS), owners):
                yield Candidate(s, "investsIn", o, "event:funding-for-owned", status, sent)


@triggered_by(lambda lex: lex.words("r10invest_partner_nouns"))
def partner_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Gécamines, the state miner that is Glencore's partner in KCC``, ``Ford has become the third partner in a
    nickel project in Indonesia``: a partner *in* a company, or in a project abroad, holds a share of it (a partner
    *of* someone, or in an effort, cooperates: the trigger lexicon's own)."""
    projects = ctx.lex.words("r10invest_project_nouns")
    for tok in ctx.find(sent, ctx.lex.words("r10invest_partner_nouns")):
        if tok.pos_ != "NOUN" or ctx.negated(tok) or (tok.head.pos_ in ("AUX", "VERB") and ctx.negated(tok.head)):
            continue
        targets: list[str] = []
        for p in ctx.pobjs(tok, {"in"}):
            named = [a for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Organization"
                     and getattr(ctx.entities.get(a), "subtype", None) in OWNED_SUBTYPES]  # not a party
            if not named and not ctx.entity(p) and (p.lower_ in projects or p.lemma_ in projects):
                named = [a for q in ctx.pobjs(p, {"in"}) for a in ctx.actors(q, conj=False)
                         if ctx.type_of(a) == "Country"]  # "a project in Indonesia"
            targets += named
        if not targets:
            continue
        holders = described(tok, ctx)
        if not holders and tok.dep_ in ("attr", "oprd") and tok.head.pos_ in ("AUX", "VERB"):
            holders = ctx.subjects(tok.head)  # "X has become the third partner in …"
        holders = [a for a in holders if ctx.type_of(a) in ("Organization", "Country")]
        status = ctx.status(tok.head if tok.head.pos_ in ("AUX", "VERB") else tok)
        for s, o in distinct_pairs(holders, targets):
            if o == country_of(s, ctx):
                continue
            yield Candidate(s, "investsIn", o, "event:partner-in", status, sent)


def country_of(actor: str, ctx: DocContext) -> str | None:
    """The country an organisation belongs to, when known."""
    entity = ctx.entities.get(actor)
    return entity.country if entity is not None else None


def _investment_nouns(lex: Lexicon) -> frozenset[str]:
    """The money nouns of investsIn that take the invested-in party with ``in``/``into`` or ``to``."""
    return lexicon_memo(lex, "r10invest_money_nouns", lambda: frozenset(
        noun for noun, entries in lex.nouns.items()
        if any(p == "investsIn" and set(s) & {"in", "into", "to"} for p, s in entries)))


@triggered_by(_investment_nouns)
def investment_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the $1.5 billion investment from Microsoft in G42``, ``an investment by Aramco in Rongsheng``, ``a loan
    from the World Bank to Kenya``: the investor the noun's ``by``/``from`` names."""
    for tok in ctx.find(sent, _investment_nouns(ctx.lex)):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        investors = [a for p in ctx.pobjs(tok, {"by", "from"}) for a in ctx.actors(p) if ctx.type_of(a) in INVESTORS]
        if not investors:
            continue
        key = tok.lower_ if tok.lower_ in ctx.lex.nouns else tok.lemma_
        preps = {s for p, slots in ctx.lex.nouns.get(key, []) if p == "investsIn" for s in slots} & {"in", "into", "to"}
        targets = [a for p in ctx.pobjs(tok, preps) for a in ctx.actors(p) if ctx.is_actor(a)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(investors, targets):
            yield Candidate(s, "investsIn", o, "event:investment-by", status, sent)


@triggered_by(lambda lex: lex.words("r10invest_share_words"))
def given_stake_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the deal gives Microsoft a 4% stake in Mistral AI``, ``the warrants would give the Pentagon 15% of MP
    Materials``: who is given a share of a company invests in it."""
    giving = ctx.lex.words("r10invest_giving_verbs")
    for tok in ctx.find(sent, ctx.lex.words("r10invest_share_words")):
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_ not in giving or ctx.negated(verb):
            continue
        preps = {"of"} if tok.lower_ in ("%", "percent") else {"in", "of"}
        targets = [a for p in ctx.pobjs(tok, preps) for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
        holders = [a for c in verb.children if c.dep_ in ("dative", "dobj") and c is not tok
                   for a in ctx.actors(c) if ctx.type_of(a) in INVESTORS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "investsIn", o, "event:given-stake", status, sent)


@triggered_by(lambda lex: lex.words("r10invest_round_words"))
def round_taken_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia participated in the funding round for Mistral AI``, ``Samsung took part in Rebellions' round``: who
    takes part in a company's financing round invests in it."""
    verbs = ctx.lex.words("r10invest_participating_verbs")
    for rnd in ctx.find(sent, ctx.lex.words("r10invest_round_words")):
        prep = rnd.head
        if rnd.dep_ != "pobj" or prep.lower_ != "in":
            continue
        verb = prep.head
        if verb.lemma_ == "part" and verb.dep_ == "dobj":
            verb = verb.head  # "took part in"
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        # "for X" may hang on the round or on the verb
        targets = [a for h in (rnd, verb) for p in ctx.pobjs(h, {"for"}) for a in ctx.actors(p)]
        targets += [a for p in ctx.pobjs(rnd, {"in", "into", "of"}) for a in ctx.actors(p)]  # "the round of Zepto"
        targets += [a for c in rnd.children if c.dep_ in ("poss", "compound") and ctx.entity(c)
                    for a in ctx.actors(c, conj=False)]
        targets += [a for c in rnd.children if c.dep_ == "compound" for g in c.children
                    if g.dep_ in ("poss", "compound") and ctx.entity(g) for a in ctx.actors(g, conj=False)]
        investors = [a for a in ctx.subjects(verb) if ctx.type_of(a) in INVESTORS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(investors, (a for a in targets if ctx.type_of(a) == "Organization")):
            yield Candidate(s, "investsIn", o, "event:round-taken-part", status, sent)
