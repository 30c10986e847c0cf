"""Officials who work for their country, told by a title that ``head_title_rule`` (carry_rules.py) leaves alone:

- a deputy's head-of-state title before the name: ``Vice President Ana Ruiz``, ``Vice Premier Liu Bo``, ``Deputy
  Prime Minister Oliver Hart`` (the deputy works for the country; the head leads it);
- a portfolio secretary before the name: ``Defence Secretary Raj Mehta``, ``Chief Cabinet Secretary Ken Mori``,
  when the document names no body of that portfolio (``Commerce Secretary X`` with the Commerce Department named
  leads it: the title rules read that);
- a minister's title in apposition after the name with no country or body of its own: ``Budi Santoso, the
  coordinating minister for maritime affairs, said …``.

The country is the person's own (gazetteer), that of a place opening the sentence (``In London, …``), or the one
the sentence or the sentences before make theirs (``xsent.home_country``). Words: ``r15recall_*`` keys of
``data/lexicon/structure.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.places import PLACES_KEY
from kg.nlp.relations.carry_rules import HEAD_OF_STATE
from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.titles import titles
from kg.nlp.relations.xsent import home_country

#: the head-of-state titles a deputy may hold (``Vice President``, ``Vice Premier``, ``Deputy Prime Minister``)
DEPUTY_HEADS = {"president", "premier", "prime", "minister", "chancellor"}
#: words that make a head's title a deputy's
DEPUTY_WORDS = {"vice", "deputy", "first", "-", "former", "then"}


def _own_country(person: Span, sent: Span, ctx: DocContext) -> str | None:
    """The country ``person`` serves: the gazetteer's, else the one the text makes theirs; None when unsure or
    when the person is known to lead something else."""
    pid = person.kb_id_
    entity = ctx.entities.get(pid)
    if entity is None:
        return None
    country = entity.country or _fronted_place_country(sent, ctx) or home_country(sent, ctx)
    if country and country in ctx.entities and ctx.type_of(country) == "Country" \
            and ctx.leaders.get(pid) in (None, country):
        return country
    return None


def _fronted_place_country(sent: Span, ctx: DocContext) -> str | None:
    """The country of a place that opens the sentence (``In London, Deputy Prime Minister X told …``): where the
    official speaks is the official's own country, when the document names it."""
    doc = ctx.doc
    if sent.start + 1 >= sent.end or doc[sent.start].lower_ != "in" or PLACES_KEY not in doc.spans:
        return None
    for place in doc.spans[PLACES_KEY]:
        if place.start == sent.start + 1 and place.end < sent.end and doc[place.end].text == ",":
            country = place.kb_id_ or None
            return country if country in ctx.entities else None
    return None


def _bare_start(i: int, sent: Span, ctx: DocContext) -> bool:
    """Whether the title that starts after token ``i`` has nothing of its own in front (no ``Russian``, no
    ``Microsoft``, no ``its``): only then is the country the text's, not the title's."""
    if i < sent.start:
        return True
    tok = ctx.doc[i]
    return not (ctx.entity(tok) or tok.lower_ in POSSESSIVE | {"its", "their", "his", "her"}
                or tok.pos_ in ("PROPN", "ADJ"))


def _title_before(person: Span, sent: Span, ctx: DocContext) -> tuple[list[Token], int]:
    """The capitalised title words right before ``person`` (``Vice Premier``, ``Chief Cabinet Secretary``) and the
    index of the token before them."""
    doc, words = ctx.doc, []
    i = person.start - 1
    while i >= sent.start and not ctx.entity(doc[i]) and (
            doc[i].lower_ in DEPUTY_WORDS or (doc[i].is_title and doc[i].pos_ in ("PROPN", "NOUN"))):
        words.insert(0, doc[i])
        i -= 1
    return words, i


def _portfolio_named(words: list[str], ctx: DocContext) -> bool:
    """Whether the document names a body of the portfolio (``Commerce`` with ``Department of Commerce``)."""
    wanted = {w.replace("defense", "defence") for w in words}
    for eid, entity in ctx.entities.items():
        if ctx.type_of(eid) in ("Person", "Country"):
            continue
        label = {w.strip(",.()").replace("defense", "defence") for w in entity.label.lower().split()}
        if wanted & label:
            return True
    return False


def _titled_official(person: Span, sent: Span, ctx: DocContext) -> bool:
    """``Vice Premier X``, ``Deputy Prime Minister X``, ``Defence Secretary X`` (see the module's docstring)."""
    tokens, i = _title_before(person, sent, ctx)
    words = [t.lower_ for t in tokens]
    if not words or not _bare_start(i, sent, ctx):
        return False
    deputies = ctx.lex.words("r15recall_deputy_words")
    if words[-1] in DEPUTY_HEADS and any(w in deputies for w in words) and set(words) & HEAD_OF_STATE:
        # every word is a deputy's or a head's ("Vice President", "First Deputy Prime Minister")
        return all(w in DEPUTY_WORDS | DEPUTY_HEADS | deputies for w in words) and \
            ("prime" in words) == ("minister" in words)
    if words[-1] == "secretary" and len(words) >= 2:
        fields = [w for w in words[:-1] if w not in DEPUTY_WORDS]
        if not fields or set(fields) & ctx.lex.words("r15recall_not_state_secretaries"):
            return False
        return not _portfolio_named([w for w in fields if w not in ("chief", "cabinet")], ctx)
    return False


def _apposed_minister(person: Span, ctx: DocContext) -> Token | None:
    """``X, the coordinating minister for maritime affairs,``: the minister noun in apposition to the name when it
    has no country or body of its own (no ``Indonesia's``, ``Indonesian``, ``of X``, ``prime``)."""
    root = ctx.mention_root(ctx.doc[person.start])
    titles = ctx.lex.words("r15recall_apposed_titles")
    for noun in (c for c in root.children if c.dep_ == "appos"):
        if noun.lemma_ not in titles or noun.pos_ != "NOUN":
            continue
        before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("poss", "compound", "amod", "nmod")]
        if any(ctx.entity(c) or c.pos_ == "PROPN" or c.lower_ in ctx.lex.words("r15recall_not_state_ministers")
               or (c.pos_ == "ADJ" and c.is_title) for c in before):
            continue
        inside = [t for c in noun.children if c.dep_ == "prep" for t in ctx.index.subtree(c.i)]  # no Token per word
        fields = [ctx.index.parse.lower[t] for t in inside]
        if any(ctx.mention_at.get(t) for t in inside) or \
                _portfolio_named([w for w in fields if len(w) > 3], ctx):
            continue  # "ambassador to China"; "minister for trade" with the trade ministry named leads it
        return noun
    return None


@triggered_by(types=("Person",))
def official_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vice Premier Liu Bo``, ``Defence Secretary Raj Mehta``, ``Budi Santoso, the coordinating minister for
    maritime affairs``: the official works for the country the text makes theirs."""
    for person in ctx.ents_in(sent):
        if ctx.type_of(person.kb_id_) != "Person":
            continue
        if not (_titled_official(person, sent, ctx) or _apposed_minister(person, ctx) is not None):
            continue
        country = _own_country(person, sent, ctx)
        if country:
            yield Candidate(person.kb_id_, "worksFor", country, "r15recall:official-country", "asserted", sent)


@triggered_by(types=("Person",))
def role_in_unit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Maria Lopez, a senior director in Intel's foundry unit,``, ``X, an engineer within Airbus's defence
    division``: a role in an organisation's unit is work for the organisation (``in London`` is no unit)."""
    title = titles(ctx.lex)
    units = ctx.lex.words("unit_words")
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person":
            continue
        root = ctx.mention_root(ctx.doc[person.start])
        for role in (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not ctx.entity(c)):
            if role.lower_ not in title.words and role.lemma_ not in title.words:
                continue
            for unit in ctx.pobjs(role, {"in", "within"}):
                if unit.lower_ not in units and unit.lemma_ not in units:
                    continue
                owners = [a for c in unit.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                          if ctx.type_of(a) in ("Organization", "InternationalOrganization")]
                for owner in owners[:1]:
                    yield Candidate(pid, "worksFor", owner, "r15recall:role-in-unit", "asserted", sent)


#: kinds of body a state is a member of
MEMBER_BODY_TYPES = ("InternationalOrganization", "Bloc")


def _bodies_before(noun: Token, ctx: DocContext, deps: tuple[str, ...]) -> list[str]:
    """The multi-state bodies named in front of ``noun`` through ``deps`` (``EU partners``, ``the EU's
    economies``)."""
    return [a for c in noun.children if c.dep_ in deps and c.i < noun.i and ctx.entity(c)
            for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) in MEMBER_BODY_TYPES]


def _states(actors: list[str], ctx: DocContext) -> list[str]:
    return [a for a in dict.fromkeys(actors) if ctx.type_of(a) == "Country"]


@triggered_by(lambda lex: lex.words("r15recall_chair_verbs"))
def chairs_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Laos, which chairs ASEAN this year``, ``Brazil chairs the G20``, ``India presides over the SCO``: the state
    that chairs a multi-state body is a member of it (not ``chaired a meeting``, not a person)."""
    for verb in ctx.find(sent, ctx.lex.words("r15recall_chair_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or ctx.status(verb) != "asserted":
            continue
        bodies = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, conj=False)]
        bodies += [a for p in ctx.pobjs(verb, {"over"}) for a in ctx.actors(p, conj=False)]
        bodies = [b for b in bodies if ctx.type_of(b) in MEMBER_BODY_TYPES]
        for state in _states(ctx.subjects(verb), ctx):
            for body in dict.fromkeys(bodies):
                yield Candidate(state, "memberOf", body, "r15recall:chairs", "asserted", sent)


@triggered_by(lambda lex: lex.words("r15recall_fellow_nouns"))
def body_partners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hungary angered its EU partners``, ``Poland's NATO allies``, ``Greece and its eurozone peers``: the state
    whose partners within a body they are is itself a member of the body."""
    for noun in ctx.find(sent, ctx.lex.words("r15recall_fellow_nouns")):
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
            continue
        bodies = _bodies_before(noun, ctx, ("compound", "nmod", "amod"))
        if not bodies:
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        for state in _states(owners, ctx):
            for body in dict.fromkeys(bodies):
                yield Candidate(state, "memberOf", body, "r15recall:body-partners", "asserted", sent)


@triggered_by(lambda lex: lex.words("r15recall_member_kinds"))
def body_economies_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Germany and France, the EU's two largest economies,``, ``Spain is among the EU's largest economies``,
    ``Nigeria, one of ECOWAS's biggest states``: states described as a body's economies or states are members."""
    for noun in ctx.find(sent, ctx.lex.words("r15recall_member_kinds")):
        if noun.pos_ != "NOUN":
            continue
        bodies = _bodies_before(noun, ctx, ("poss",))
        if not bodies:
            continue
        head, states = noun.head, []
        if noun.dep_ == "appos":  # "Germany and France, the EU's two largest economies"
            states = ctx.actors(ctx.mention_root(head))
        elif noun.dep_ == "pobj" and head.lower_ in ("among", "of") and head.head.lower_ in ("one", "among") or \
                noun.dep_ == "pobj" and head.lower_ == "among":
            # "Spain is among the EU's largest economies", "Nigeria, one of ECOWAS's biggest states"
            anchor = head.head if head.head.lower_ == "one" else head
            top = anchor.head
            if anchor.dep_ == "appos":
                states = ctx.actors(ctx.mention_root(top))
            elif anchor.dep_ in ("attr", "prep") and top.lemma_ == "be" and not ctx.negated(top):
                states = ctx.subjects(top)
        elif noun.dep_ == "attr" and head.lemma_ == "be" and not ctx.negated(head):
            states = ctx.subjects(head)
        for state in _states(states, ctx):
            for body in dict.fromkeys(bodies):
                yield Candidate(state, "memberOf", body, "r15recall:body-economies", "asserted", sent)


@triggered_by(lambda lex: frozenset({"("}))
def bracketed_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Australia, India, Japan and the United States (the Quad)``, ``Brazil, Russia, India and China (known as
    BRIC)``: a list of states that a bracketed body's name sums up are its members (two states at least)."""
    doc, fillers = ctx.doc, ctx.lex.words("r15recall_bracket_fillers")
    for i in ctx.find_at(sent, {"("}):
        if i == sent.start:
            continue
        j = i + 1
        while j < sent.end and doc[j].lower_ in fillers:
            j += 1
        body = ctx.mention_at.get(j)
        if body is None or ctx.type_of(body) not in MEMBER_BODY_TYPES:
            continue
        k = j
        while k < sent.end and ctx.mention_at.get(k) == body:
            k += 1
        if k >= sent.end or doc[k].text != ")" or ctx.mention_at.get(i - 1) is None:
            continue
        first = ctx.mention_root(doc[i - 1])
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # the list from its first name
        states = _states(ctx.actors(first), ctx)
        if len(states) < 2:
            continue
        for state in states:
            yield Candidate(state, "memberOf", body, "r15recall:bracketed-body", "asserted", sent)


@triggered_by(lambda lex: lex.words("r15recall_state_officials"))
def body_officials_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``We, the G7 Foreign Ministers of Canada, France and Italy,``, ``the ASEAN leaders of Laos and Vietnam``:
    the states whose officials a body's officials are, are its members (the body named before the noun)."""
    for noun in ctx.find(sent, ctx.lex.words("r15recall_state_officials")):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in ctx.lex.words("r15recall_state_officials"):
            continue  # the plural itself ("Ministers" may be tagged singular), not "minister"
        bodies = _bodies_before(noun, ctx, ("compound", "nmod", "poss"))
        if not bodies:
            continue
        states = _states([a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)], ctx)
        for state in states:
            for body in dict.fromkeys(bodies):
                yield Candidate(state, "memberOf", body, "r15recall:body-officials", "asserted", sent)


@triggered_by(lambda lex: frozenset({"as"}))
def as_body_role_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brazil, as a BRICS member, opposed …``, ``As G20 president, India hosted …``, ``in its role as ASEAN
    chair``: who acts as a body's member or chair is a member of it."""
    roles = ctx.lex.words("r15recall_as_roles")
    for prep in ctx.find(sent, {"as"}):
        if prep.dep_ != "prep":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in roles):
            if any(c.lower_ in ctx.lex.words("r15recall_not_now_roles") for c in noun.children if c.i < noun.i):
                continue  # "as a former EU member", "as a future member"
            bodies = _bodies_before(noun, ctx, ("compound", "nmod", "poss"))
            bodies += [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p, conj=False)
                       if ctx.type_of(a) in MEMBER_BODY_TYPES]
            if not bodies:
                continue
            head = prep.head
            if head.pos_ in ("VERB", "AUX"):
                if ctx.negated(head) or ctx.status(head) != "asserted" or \
                        head.lemma_ in ctx.lex.words("r15recall_entering_verbs"):
                    continue  # "wants to join as a member of NATO": not (yet) one
                members = ctx.subjects(head)
            else:
                members = ctx.actors(head, conj=False) if ctx.entity(head) else []
            kinds = ("Country",) if noun.lower_ != "member" else ("Country", "Organization",
                                                                  "InternationalOrganization")
            for member in dict.fromkeys(members):
                if ctx.type_of(member) not in kinds:
                    continue
                for body in dict.fromkeys(bodies):
                    if body != member:
                        yield Candidate(member, "memberOf", body, "r15recall:as-body-role", "asserted", sent)


def _curb_nouns(ctx: DocContext) -> frozenset[str]:
    """The trigger nouns of ``restrictsExportsTo`` in the lexicon (``controls``, ``curbs``, ``restrictions``)."""
    return ctx.lex_memo("r15recall:curb_nouns", lambda: frozenset(
        n for n, entries in ctx.lex.nouns.items() if any(p == "restrictsExportsTo" for p, _s in entries)))


def _extended_to(verb: Token, ctx: DocContext) -> list[str]:
    """Whom a measure is extended to: ``extended the curbs to Iran``, ``expanded its controls to cover Russia and
    Belarus``, ``… to include exports to Macau``."""
    found = [a for p in ctx.pobjs(verb, {"to"}) for a in ctx.actors(p)]
    covering = ctx.lex.words("r15recall_covering_verbs")
    for comp in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in covering):
        for obj in (c for c in comp.children if c.dep_ == "dobj"):
            if obj.lower_ in ("exports", "shipments", "sales"):
                found += [a for p in ctx.pobjs(obj, {"to"}) for a in ctx.actors(p)]
            else:
                found += ctx.actors(obj)
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in ("Country", "Organization", "Bloc")]


@triggered_by(lambda lex: lex.words("r15recall_extending_verbs"))
def extended_curbs_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington expanded its export controls to cover Russia and Belarus``, ``Japan extended the curbs to
    Iran``: who extends an export measure to a party restricts exports to it (not a ban on imports)."""
    nouns = _curb_nouns(ctx)
    for verb in ctx.find(sent, ctx.lex.words("r15recall_extending_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        measures = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in nouns and
                    not any(t.lower_.startswith("import") for t in c.subtree)]
        if not measures:
            continue
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        targets = _extended_to(verb, ctx)
        for holder in dict.fromkeys(holders):
            for target in targets:
                if target != holder:
                    yield Candidate(holder, "restrictsExportsTo", target, "r15recall:extended-curbs",
                                    ctx.status(verb), sent)


def _sent_to(tok: Token, ctx: DocContext) -> list[str]:
    """The actors of ``to X`` on ``tok``, as a preposition or as the parser's dative (``sell chips to Huawei``)."""
    return [a for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]


def _licensed_to(licence: Token, ctx: DocContext) -> list[str]:
    """Whom a licence let its holder sell to: ``licences that allowed Intel to supply Huawei``, ``licences to sell
    chips to SMIC``, ``export licences for Huawei``."""
    flows = ctx.lex.words("r15recall_flow_words")
    found = [a for p in ctx.pobjs(licence, {"for"}) for a in ctx.actors(p, groups=False)]
    for tok in licence.subtree:
        if tok.lower_ in flows or tok.lemma_ in flows:
            found += _sent_to(tok, ctx)
            if tok.pos_ == "VERB" and tok.lemma_ in ("supply", "serve"):
                found += [a for c in tok.children if c.dep_ == "dobj" for a in ctx.actors(c)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in ("Country", "Organization", "Bloc")]


@triggered_by(lambda lex: lex.words("r15recall_revoking_verbs"))
def revoked_licence_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Commerce Department revoked licences that allowed Intel and Qualcomm to supply Huawei``, ``Washington
    withdrew the export licences for SMIC``: who revokes the licences to sell to a party restricts exports to it."""
    licences = ctx.lex.words("r15recall_licence_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r15recall_revoking_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in licences]
        if not objects:
            continue
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        if any(c.dep_ == "nsubjpass" for c in objects):  # "licences … were revoked by the Commerce Department"
            holders += [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                        for a in ctx.actors(p) if ctx.type_of(a) != "Person"]
        targets = [a for o in objects for a in _licensed_to(o, ctx)]
        # "revoked licences to sell chips to Huawei": the parser may hang the purpose on the verb
        flows = ctx.lex.words("r15recall_flow_words")
        targets += [a for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in flows
                    for a in _sent_to(c, ctx) if ctx.type_of(a) in ("Country", "Organization", "Bloc")]
        for holder in dict.fromkeys(holders):
            for target in dict.fromkeys(targets):
                if target != holder:
                    yield Candidate(holder, "restrictsExportsTo", target, "r15recall:revoked-licence",
                                    ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r15recall_removing_verbs"))
def removed_from_white_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan removed South Korea from its white list of trusted trading partners``: who drops a party from the
    list of those its exports go to with ease restricts exports to it."""
    lists = ctx.lex.words("r15recall_white_lists")
    for verb in ctx.find(sent, ctx.lex.words("r15recall_removing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if not any(t.lower_ in lists for p in ctx.pobjs(verb, {"from"}) for t in p.subtree
                   if t.i <= p.i + 1):
            continue
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        targets = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)]
        for holder in dict.fromkeys(holders):
            for target in dict.fromkeys(targets):
                if target != holder:
                    yield Candidate(holder, "restrictsExportsTo", target, "r15recall:removed-from-white-list",
                                    ctx.status(verb), sent)


R15RECALL_RULES = (official_country_rule, role_in_unit_rule, chairs_body_rule, body_partners_rule, body_economies_rule,
                   bracketed_body_rule, body_officials_rule, as_body_role_rule, extended_curbs_rule,
                   revoked_licence_rule, removed_from_white_list_rule)
