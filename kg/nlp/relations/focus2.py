"""Same-sentence constructions of the high-support predicates that the trigger and title rules miss.

* Heads of a part work for the whole: ``QIA's head of funds, X``, ``X, director of the CAC's coordination
  bureau``, ``X, who heads TikTok's Indian business`` give ``worksFor`` (not ``leaderOf``) the organisation.
* Signing a partnership is an agreement: ``Brussels signed partnerships with Canada and Chile``; ``Uber signed up
  Baidu`` (``agreementWith``).

The word lists are in ``data/lexicon/structure.json`` (``unit_words``, ``leading_bodies``, ``signing_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.r15newsb import names_title_unit
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r15latam_conj import continued_object
from kg.nlp.relations.r15newsa import named_subject, subject_actors
from kg.records import Entity


def heads_a_part(title_tok: Token, ctx: DocContext) -> bool:
    """Whether a leader's title names the head of a field or unit, not of the organisation itself: ``head of
    funds``, ``chief designer of China's lunar programme``, ``director of the ministry's press bureau``.

    ``head of the board``, ``head of state``, ``head of the company`` and ``head of Sberbank`` lead the whole.
    """
    leading = ctx.lex.words("leading_bodies")
    org_nouns = ctx.lex_memo("focus2:whole_org_nouns", lambda: ctx.lex.words("org_nouns") - ctx.lex.words("unit_words"))
    if any(c.dep_ == "compound" and c.lower_ in ctx.lex.words("unit_words") for c in title_tok.children):
        return True  # "the bureau head, X"
    for pobj in ctx.pobjs(title_tok, {"of", "for"}):
        if ctx.actors(pobj, conj=False) or pobj.lower_ in leading or pobj.lemma_ in leading:
            return False
        if ctx.type_of(ctx.entity(pobj) or "") == "Technology":
            return True  # "head of AI at X": a field, though named like a name
        if pobj.lower_ in ctx.lex.words("unit_words") or pobj.tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss") for c in pobj.children):
            return True  # "head of the mineral resources Department at X" (a unit however tagged), "head of funds"
        if pobj.pos_ == "PROPN" and not ctx.entity(pobj) and names_title_unit(pobj.doc, pobj.head.i):
            return True  # "Head of Mobile Networks at Ericsson": a business line named like a name
        if pobj.lower_ in org_nouns or pobj.lemma_ in org_nouns or pobj.pos_ == "PROPN":
            return False  # "head of the company": a reference to the organisation itself
        return True  # "head of funds", "head of AI", "head of the ministry's press bureau"
    return False


def unit_owners(obj: Token, ctx: DocContext) -> list[str]:
    """The organisations a headed unit belongs to: ``TikTok's Indian business`` -> TikTok (``who heads …``)."""
    if ctx.actors(obj, conj=False) or (obj.lower_ not in ctx.lex.words("unit_words")
                                       and obj.lemma_ not in ctx.lex.words("unit_words")):
        return []
    return [a for c in obj.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
            if ctx.type_of(a) not in ("Person", "Technology")]


@triggered_by(lambda lex: lex.words("signing_verbs"))
def signed_partnership_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X signed partnerships with Y and Z`` (a cooperation noun signed is an agreement), ``X signed up Y``."""
    nouns = ctx.lex.words("signed_cooperation_nouns")
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        others: list[str] = []
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            # "Uber signed up Baidu": the signed-up party is the other side
            others = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        else:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if obj.lower_ in nouns or obj.lemma_ in nouns:
                    withs = list(ctx.pobjs(obj, {"with"})) + list(ctx.pobjs(verb, {"with"}))
                    others += [a for p in withs for a in ctx.actors(p)]
        if not others:
            continue
        status = ctx.status(verb)
        for subject in ctx.subjects(verb):
            for other in dict.fromkeys(others):
                if subject != other and ctx.is_actor(subject) and ctx.is_actor(other):
                    yield Candidate(subject, "agreementWith", other, f"agreement:signed:{verb.lemma_}", status, sent)


@triggered_by(types=("*",))
def technology_apposition_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """A technology that names what an organisation is: ``Nebius, a cloud platform for artificial intelligence``,
    ``cloud providers such as Oracle``, ``Oracle is a cloud provider`` (the technology mention's head is the
    describing noun)."""
    for ent in ctx.ents_in(sent):
        tech = ent.kb_id_
        if ctx.type_of(tech) != "Technology":
            continue
        root = ent.root
        orgs: list[str] = []
        if root.dep_ == "appos" and ent.start > sent.start:
            orgs = [a for a in ctx.actors(ctx.mention_root(root.head), conj=False)
                    if ctx.type_of(a) == "Organization"]
        elif root.dep_ == "attr" and root.head.lemma_ == "be" and not ctx.negated(root.head):
            # "Oracle is a cloud provider"; not "it is the first chip …" (a product, not its maker)
            orgs = [a for c in root.head.children if c.dep_ == "nsubj" and ctx.entity(c)
                    for a in ctx.actors(c) if ctx.type_of(a) == "Organization"]
        describing = ctx.lex_memo("focus2:describing_nouns",
                                  lambda: ctx.lex.words("focus_nouns") | ctx.lex.words("org_nouns"))
        if root.lower_ in describing or root.lemma_ in describing:
            orgs += [a for a in ctx.examples(root) if ctx.type_of(a) == "Organization"]
        if not orgs:
            continue
        # what the platform or provider is for: "a cloud platform for artificial intelligence"
        techs = [tech] + [t for p in ctx.pobjs(root, {"for"}) for t in ctx.technologies(p, shallow=True)]
        for org in dict.fromkeys(orgs):
            for t in dict.fromkeys(techs):
                yield Candidate(org, "focusesOn", t, "focus:technology-apposition", "asserted", sent)


@triggered_by(lambda lex: {"whose"})
def whose_business_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Higon, whose business spans integrated circuits``, ``a firm whose products include drones``: what the
    business of the organisation a ``whose`` clause describes covers."""
    verbs = ctx.lex.words("covering_verbs")
    nouns = ctx.lex_memo("focus2:business_nouns",
                         lambda: ctx.lex.words("endeavour_nouns") | ctx.lex.words("product_nouns"))
    for whose in ctx.find(sent, {"whose"}):
        noun = whose.head
        verb = noun.head
        if whose.dep_ != "poss" or noun.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lemma_ not in verbs or \
                (noun.lower_ not in nouns and noun.lemma_ not in nouns) or ctx.negated(verb):
            continue
        orgs = [a for a in ctx.actors(ctx.mention_root(verb.head), conj=False) if ctx.type_of(a) == "Organization"]
        techs = [t for c in verb.children if c.dep_ in ("dobj", "attr", "prep", "advcl")
                 for t in ctx.technologies(c, shallow=True)]
        for org in orgs:
            for tech in dict.fromkeys(techs):
                yield Candidate(org, "focusesOn", tech, "focus:whose-business", "asserted", sent)


@triggered_by(lambda lex: lex.words("launch_verbs"))
def launch_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sberbank released GigaChat, a conversational artificial intelligence system``, ``Baidu and Alibaba have
    presented chatbots``: who launches a technology or a product named by one works on it."""
    for verb in ctx.find(sent, ctx.lex.words("launch_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"})):
            continue  # "launched a satellite with Russia": a cooperation in a field is no focus on it
        techs: list[str] = []
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            # the object itself or what describes it, not a phrase inside it ("a probe into Huawei's 5G gear")
            # "launched a chatbot", "released X, an AI system", "unveiled AI chips"; not "launched energy projects"
            product = obj.lower_ in ctx.lex.words("product_nouns")
            own = ctx.entity(obj)
            if own and ctx.type_of(own) == "Technology" and own not in techs:
                techs.append(own)
            near = [c for c in obj.children if c.dep_ == "appos" or (product and c.dep_ in ("compound", "amod"))]
            techs += [t for tok in near for t in ctx.technologies(tok, shallow=True) if t not in techs]
        if not techs:
            continue
        subjects = ctx.subjects(verb) if any(c.dep_ == "dobj" for c in verb.children) else \
            [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
             for a in ctx.actors(p)]
        status = ctx.status(verb)
        for actor in subjects:
            if ctx.type_of(actor) in ("Organization", "Country"):
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, f"focus:launch:{verb.lemma_}", status, sent)


def own_clause_group(pronoun: Token, ctx: DocContext) -> list[str]:
    """The group of two or more actors that is the subject of the clause a plural pronoun stands in:
    ``leaders expect growth, since Moscow and Beijing are both interested in continuing their cooperation``
    (``their``: Moscow and Beijing, not the group of the sentence before)."""
    tok = pronoun
    for _ in range(6):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
            if subjects:
                found = [a for c in subjects for a in ctx.actors(c) if ctx.is_actor(a)]
                return list(dict.fromkeys(found)) if len(set(found)) >= 2 else []
    return []


BODY_TYPES = ("InternationalOrganization", "Bloc")
MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")


def _members(tok: Token, ctx: DocContext) -> list[str]:
    """The actors a member phrase names, with the examples of a group (``ten countries, among them A and B``)."""
    found = ctx.actors(tok) + [a for a in ctx.examples(tok)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in MEMBER_TYPES]


@triggered_by(lambda lex: lex.words("grouping_verbs") | lex.words("entering_verbs"))
def body_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``NATO, which includes Poland``, ``the forum brings together China and Egypt``, ``the alliance is made up
    of A and B`` (a body and its members); ``A and B were admitted to BRICS``, ``ten countries have signed up to
    the station, among them A and B`` (members and their body)."""
    grouping = ctx.lex.words("grouping_verbs")
    entering = ctx.lex.words("entering_verbs")
    for verb in ctx.find(sent, grouping | entering):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        pairs: list[tuple[str, str]] = []
        particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        if verb.lemma_ in grouping and (verb.lemma_ != "bring" or "together" in particle | {
                c.lower_ for c in verb.children if c.dep_ == "advmod"}):
            passive = verb.lemma_ in ("make", "compose") and any(c.dep_ == "auxpass" for c in verb.children)
            if verb.lemma_ == "make" and "up" not in particle:
                continue
            bodies = [a for c in verb.children if c.dep_ == ("nsubjpass" if passive else "nsubj")
                      for a in ctx.actors(c) if ctx.type_of(a) in BODY_TYPES] if passive else \
                [a for a in ctx.subjects(verb) if ctx.type_of(a) in BODY_TYPES]
            if passive or verb.dep_ == "acl" or verb.lemma_ == "make":  # "made up of": also when parsed active
                # "the alliance, made up of A and B": the participle hangs on the body
                bodies += [a for a in ctx.actors(ctx.mention_root(verb.head), conj=False)
                           if ctx.type_of(a) in BODY_TYPES] if verb.dep_ == "acl" else []
                members = [a for p in ctx.pobjs(verb, {"of"}) for a in _members(p, ctx)]
            else:
                members = [a for c in verb.children if c.dep_ == "dobj" for a in _members(c, ctx)]
            pairs = [(m, b) for b in bodies for m in members]
        elif verb.lemma_ in entering:
            if verb.lemma_ == "sign" and "up" not in particle:
                continue
            # "signed up to the International Lunar Research Station": a body the gazetteer does not know
            bodies = [a for p in ctx.pobjs(verb, {"to", "into"}) for a in ctx.actors(p, conj=False)
                      if ctx.type_of(a) in BODY_TYPES + ("Organization",)]
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            members = [a for c in subjects for a in _members(c, ctx)]
            if verb.dep_ in ("relcl", "acl") or not subjects:
                members += [a for a in ctx.subjects(verb) if ctx.type_of(a) in MEMBER_TYPES]
            # "… signed up to X, among them A and B": the examples the parser hangs on the verb (as its object)
            members += [a for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "among")
                        for p in ([c] if c.dep_ == "dobj" else c.children) if p.dep_ in ("dobj", "pobj")
                        for a in ctx.actors(p) if ctx.type_of(a) in MEMBER_TYPES]
            pairs = [(m, b) for b in bodies for m in dict.fromkeys(members)]
        status = ctx.status(verb)
        for member, body in dict.fromkeys(pairs):
            if member != body:
                yield Candidate(member, "memberOf", body, f"member:{verb.lemma_}", status, sent)


@triggered_by(lambda lex: lex.words("mutual_agreeing_verbs"))
def mutual_agreement_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Moscow and Beijing agree to power their base with a Russian reactor``, ``Belgrade and Pristina agreed
    to ban …``, ``A and B agreed on a plan``: parties that agree together to act have an agreement."""
    for verb in ctx.find(sent, ctx.lex.words("mutual_agreeing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could")
                                                           for c in verb.children):
            continue
        if not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children):
            continue  # "agreed that …" reports an opinion; "agreed with X" is the trigger rules'
        # named parties only: "the partners agreed" speaks for a whole membership, not for pairs of it
        named = [t for c in verb.children if c.dep_ == "nsubj" and named_subject(c, ctx)
                 for t in [c, *c.conjuncts, *ctx.listed_items(c)]]
        parties = [a for t in named if named_subject(t, ctx) for a in subject_actors(t, ctx)
                   if ctx.type_of(a) in ("Country", "Organization", "InternationalOrganization", "Bloc")]
        parties = list(dict.fromkeys(parties))
        for k, one in enumerate(parties):
            for other in parties[k + 1:]:
                yield Candidate(one, "agreementWith", other, f"agreement:mutual:{verb.lemma_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("facility_nouns"))
def facility_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hyundai, which has announced an electric vehicle and battery plant in Georgia``, ``Lynas will build a
    rare earths refinery``, ``the graphite mine that Syrah is developing``: a company that builds, opens or
    announces a works for a technology works on it."""
    verbs = ctx.lex.words("facility_verbs")
    for tok in ctx.find(sent, ctx.lex.words("facility_nouns")):
        verb = tok.head
        if tok.dep_ != "dobj":
            # "the graphite mine that Syrah is developing": the works is the object of its relative clause
            # (the parser may hang the clause on a noun before: its "that" follows the works right away)
            after = ctx.doc[tok.i + 1] if tok.i + 1 < sent.end else tok
            clauses = [c for c in tok.children if c.dep_ == "relcl"] + \
                ([after.head] if after.lower_ in ("that", "which") and after.head.dep_ in ("relcl", "acl")
                 and after.head.i > after.i else [])
            verb = next((c for c in clauses if c.lemma_ in verbs and not any(
                g.dep_ == "dobj" and g.lower_ not in ("that", "which") for g in c.children)), tok)
        if verb is tok or verb.lemma_ not in verbs or ctx.negated(verb) or \
                any(ctx.actors(p) for t in (verb, tok) for p in ctx.pobjs(t, {"with"})):
            continue  # "build a plant with Ford": cooperating in a field is no focus on it
        # the technology words before the noun: "an electric vehicle and battery plant", not "Ford's plant"
        techs = [t for t in ctx.technologies(tok) if t in {ctx.entity(w) for w in tok.lefts for w in w.subtree}]
        subjects = ctx.subjects(verb) if tok.dep_ == "dobj" else \
            [a for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which") for a in ctx.actors(c)]
        orgs = [a for a in subjects if ctx.type_of(a) == "Organization"]
        for org in orgs:
            for tech in dict.fromkeys(techs):
                yield Candidate(org, "focusesOn", tech, "focus:facility", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("signed_cooperation_nouns"))
def in_partnership_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Synopsys, in partnership with Samsung, …``, ``… centres in Vietnam, Synopsys in partnership with X``:
    a cooperation phrase hung on a name (or on a clause) without a verb of its own."""
    nouns = ctx.lex.words("signed_cooperation_nouns")
    for noun in ctx.find(sent, nouns):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i or ctx.negated(prep.head):
            continue
        others = [a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)]
        holder = prep.head
        holders = ctx.actors(holder, conj=False) if ctx.entity(holder) else \
            ctx.subjects(holder) if holder.pos_ in ("VERB", "AUX") else []
        status = ctx.status(holder) if holder.pos_ in ("VERB", "AUX") else "asserted"
        for one in holders:
            for other in dict.fromkeys(others):
                if one != other and ctx.is_actor(one) and ctx.is_actor(other):
                    yield Candidate(one, "cooperatesWith", other, "cooperation:in-partnership", status, sent)


def _unit_remainder(name: str, parent: str, not_units: set[str]) -> bool:
    """Whether ``name`` is ``parent`` followed by words that name a unit of it: ``Siemens Mobility``, ``SMIC
    Shenzhen``, ``Alibaba Cloud``; not ``Yandex N.V.`` (a corporate form), ``Fund II`` (a successor), nor
    ``Ministry of Foreign Affairs of China`` (a body of its own).

    >>> _unit_remainder("Siemens Mobility", "Siemens", {"n.v.", "ii"})
    True
    >>> _unit_remainder("Yandex N.V.", "Yandex", {"n.v.", "ii"}), _unit_remainder("Siemensstadt", "Siemens", set())
    (False, False)
    """
    if len(parent) < 3 or not name.startswith(parent + " "):
        return False
    rest = name[len(parent):].strip(" ,").lower().split()
    return bool(rest) and rest[0] not in ("of", "for", "and", "&", "de", "in") and \
        not all(w in not_units or w.isdigit() for w in rest)


@triggered_by(types=("Organization",))
def named_unit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Siemens Mobility``, ``Nexperia China``, ``Baidu AI Cloud``: an organisation named by another of the
    document followed by a unit's words is a part of it."""
    # unit id -> the organisations it is a unit of, once per document (the rules add no organisations)
    parents_of: dict[str, list[str]] = ctx.index.memo("named_unit_parents", dict)
    for ent in ctx.ents_in(sent):
        unit = ctx.entities.get(ent.kb_id_)
        if unit is None or unit.type != "Organization":
            continue
        if unit.id not in parents_of:
            parents_of[unit.id] = _unit_parents(unit, ctx)
        for parent_id in parents_of[unit.id]:
            yield Candidate(unit.id, "partOf", parent_id, "part:named-unit", "asserted", sent)


def _by_name(ctx: DocContext) -> dict[str, list[tuple[int, Entity]]]:
    """The organisations of the document (with their place in it) by their name and each of their short names."""
    out: dict[str, list[tuple[int, Entity]]] = {}
    for n, entity in enumerate(ctx.entities.values()):
        if entity.type == "Organization":
            for name in dict.fromkeys([entity.label, *entity.aliases]):
                out.setdefault(name, []).append((n, entity))
    return out


def _unit_parents(unit: Entity, ctx: DocContext) -> list[str]:
    """The organisations of the document whose name (or a short name) ``unit``'s name extends by a unit's words."""
    not_units = ctx.lex.words("not_unit_words")
    # only a name the unit's name starts with (before one of its spaces) can be its parent's: the organisations
    # by each of their names, in the document's order, listed once per document
    by_name: dict[str, list[tuple[int, Entity]]] = ctx.index.memo("organisations_by_name", lambda: _by_name(ctx))
    named = {n: parent for k, c in enumerate(unit.label) if c == " " for n, parent in by_name.get(unit.label[:k], ())}
    found = []
    for _, parent in sorted(named.items(), key=lambda np: np[0]):
        if parent.id == unit.id or parent.type != "Organization":
            continue
        # by a short name ("Lynas USA"), only a short unit name: "CITIC Guoan Information Technology" is a
        # company of its own
        if _unit_remainder(unit.label, parent.label, not_units) or any(
                _unit_remainder(unit.label, name, not_units) and len(unit.label.split()) - len(name.split()) <= 2
                for name in parent.aliases):
            found.append(parent.id)
    return found


@triggered_by(lambda lex: {"members"})
def both_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Poland and Hungary, both members of NATO``, ``A, B and C, all members of the bloc``: an apposition that
    says ``both`` or ``all`` describes every conjunct, not only the first."""
    for tok in ctx.find(sent, {"members"}):
        if tok.dep_ != "appos" or not any(c.lower_ in ("both", "all") for c in tok.children):
            continue
        if any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            continue  # "both former members of the CIS"
        bodies = [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) in BODY_TYPES + ("Organization",)]
        parse = ctx.index.parse  # "both members of the EAEU and the CSTO" with the CSTO hung on "members"
        bodies += [a for g in parse.children[tok.i] if parse.dep[g] == "conj" and
                   continued_object(tok.i, g, parse, ctx.mention_at, ctx.type_of)
                   for a in ctx.actors(ctx.doc[g], conj=False) if ctx.type_of(a) in BODY_TYPES + ("Organization",)]
        members = [a for a in ctx.actors(tok.head) if ctx.type_of(a) in MEMBER_TYPES]
        for member in dict.fromkeys(members):
            for body in bodies:
                if member != body:
                    yield Candidate(member, "memberOf", body, "member:both-members", "asserted", sent)
