"""Common news wordings the trigger lexicon cannot say alone: joint undertakings (``held joint drills with India``),
parties drawing closer, partnerships of named parties, shared technology, joint declarations, sanctions made tougher
or carried by a list, members admitted, founding, described as members or listed by a participle, staff and hires,
and trigger verbs the parser hung their subject on (``TSMC manufactures chips for Nvidia``, headlines). Word lists:
``r12lex_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import member_body
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r13coop import people_of
from kg.nlp.relations.r15newsa import named_subject, subject_actors
from kg.nlp.relations.r14wire import title_kind
from kg.nlp.relations.slots import SLOTS, verb_objects
from kg.nlp.relations.triggers import distinct_pairs, pairs
from kg.schema import PREDICATES

MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")
#: where the noun of a joint undertaking stands to the verb that does it (``held joint drills``)
OBJECT_DEPS = ("dobj", "nsubjpass", "attr")


def _doing_verb(noun: Token) -> Token | None:
    """The verb that does a noun's undertaking: ``held joint drills``, ``took part in joint drills``."""
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "on", "to", "for") and \
            noun.head.head.pos_ == "VERB":  # not "presents it as a joint effort": a description
        return noun.head.head
    return None


@triggered_by(lambda lex: {"joint"})
def joint_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan held joint drills with India``, ``Airbus opened a joint lab with Thales``, ``Egypt's joint study
    with Rosatom``: a joint undertaking with a partner is cooperation with it (joint ventures and joint statements
    are read by their own rules)."""
    excluded = ctx.lex.words("r12lex_not_joint_nouns")
    for joint in ctx.find(sent, {"joint"}):
        noun = joint.head
        if joint.dep_ != "amod" or noun.pos_ != "NOUN" or noun.lower_ in excluded or noun.lemma_ in excluded:
            continue
        verb = _doing_verb(noun)
        partners = [a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)]
        if verb is not None and noun.dep_ != "nsubjpass":
            partners += [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p)]
        partners = party_ids(partners, ctx)
        anchor = verb if verb is not None else noun
        if ctx.negated(anchor) or ctx.negated(noun) or supposed_or_doubted(anchor, ctx):
            continue
        if not partners:
            # "Sberbank and Alibaba are working on a joint project": named doers undertake it together
            doers = named_subjects(verb, ctx) if verb is not None and noun.dep_ != "nsubjpass" else []
            for s, o in combinations(doers, 2):
                yield Candidate(s, "cooperatesWith", o, f"r12lex:joint-{noun.lemma_}", ctx.status(anchor), sent)
            continue
        doers = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if not doers and verb is not None:
            doers = ctx.clause_subjects(verb) if noun.dep_ != "nsubjpass" else []
        for s, o in distinct_pairs(party_ids(doers, ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r12lex:joint-{noun.lemma_}-with", ctx.status(anchor), sent)


def named_subjects(verb: Token, ctx: DocContext) -> list[str]:
    """The parties a verb's subject names, every conjunct a name (``Toyota and its suppliers`` names one only)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    named = [subject, *subject.conjuncts]
    if any(not named_subject(t, ctx) for t in named):
        return []
    return party_ids([a for t in named for a in subject_actors(t, ctx)], ctx)


@triggered_by(lambda lex: {"closer", "closely"})
def drawing_closer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Saudi Arabia has grown closer to China``, ``Japan and the Philippines are drawing closer``, ``India and
    Japan will work more closely on chips``: named parties that draw closer or work closely cooperate (only names:
    ``Russian troops moved closer to Kyiv`` is no party)."""
    closer_verbs = ctx.lex.words("r12lex_closer_verbs")
    for tok in ctx.find(sent, {"closer", "closely"}):
        verb = tok.head
        if tok.dep_ not in ("advmod", "acomp", "oprd", "attr") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if tok.lower_ == "closer" and verb.lemma_ not in closer_verbs or \
                tok.lower_ == "closely" and verb.lemma_ != "work":
            continue
        if ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        parties = named_subjects(verb, ctx)
        partners = [a for h in (verb, tok) for p in ctx.pobjs(h, {"to", "with"}) if ctx.entity(p)
                    for a in ctx.actors(ctx.mention_root(p))]
        pairs = distinct_pairs(parties, party_ids(partners, ctx)) if partners else \
            (combinations(parties, 2) if tok.lower_ == "closer" or not list(ctx.pobjs(verb, {"with"})) else ())
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"r12lex:{tok.lower_}-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r12lex_party_nouns"))
def partnership_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the trilateral partnership of Japan, South Korea and the United States``, ``an alliance of France, Italy
    and Spain``: the parties a cooperation noun is of cooperate, each pair (one party of it is no pair)."""
    for noun in ctx.find(sent, ctx.lex.words("r12lex_party_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        for p in ctx.pobjs(noun, {"of"}):
            named = [p, *p.conjuncts]
            if any(not ctx.entity(t) for t in named):
                continue  # "an alliance of chipmakers, led by X": a group, not its parties by name
            parties = party_ids([a for t in named for a in ctx.actors(ctx.mention_root(t), conj=False)], ctx)
            for s, o in combinations(parties, 2):
                yield Candidate(s, "cooperatesWith", o, f"r12lex:{noun.lemma_}-of", ctx.status(noun), sent)


@triggered_by(lambda lex: {"share"})
def shared_among_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Australia, Britain and the United States will share submarine technology``: named parties that share
    technology or knowledge, with no one else named, share it among themselves (``… with X`` is
    :func:`kg.nlp.relations.r11coopr.shared_knowledge_rule`'s)."""
    things = ctx.lex.words("r11coopr_shared_things")
    denying = ctx.lex.words("r11coopr_denying_verbs")
    for verb in ctx.find(sent, {"share"}):
        if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lower_ in things for c in verb.children):
            continue
        if any(True for h in [verb, *verb.children] for _ in ctx.pobjs(h, {"with"})) or ctx.negated(verb) or \
                supposed_or_doubted(verb, ctx) or verb.head.lemma_ in denying:
            continue
        for s, o in combinations(named_subjects(verb, ctx), 2):
            yield Candidate(s, "cooperatesWith", o, "r12lex:shared-among", ctx.status(verb), sent)


def _verb_read_as_noun(tok: Token, ctx: DocContext) -> list[str]:
    """The subject of a present-tense trigger verb that the parser hung its name on as a compound: ``TSMC
    manufactures chips for Nvidia`` comes out as the noun ``manufactures`` with ``TSMC`` a compound before it and
    ``chips`` its object (``India imports oil`` as a verb with the compound ``India``); the name is the subject
    (nothing when the word heads no object, ``China exports rose``, or has a subject of its own)."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("NNS", "NN", "VBZ") or not tok.lower_.endswith("s") or \
            not any(c.dep_ in ("dobj", "appos") and c.i > tok.i for c in tok.children):
        return []
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
        return []  # a verb with its subject is the trigger rules'
    # "Britain sanctions Russian lender VTB": a headline's noun may keep its subject
    named = [c for c in tok.children if c.dep_ in ("compound", "nsubj") and c.i < tok.i and ctx.entity(c)]
    return party_ids([a for c in named for a in ctx.actors(ctx.mention_root(c), conj=False)], ctx)


@triggered_by(lambda lex: lex.verbs)
def verb_read_as_noun_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``TSMC manufactures chips for Nvidia``, ``India imports most of its oil from Russia``: a trigger verb the
    tagger read as a noun is read as the verb, with the name before it as its subject."""
    verbs, parse = ctx.lex.verbs, ctx.index.parse
    # the trigger words' tokens (verb_rule's look-up), made a Token only when one is a sentence's root in -s
    for i in ctx.find_at(sent, ctx.lex_memo("trigger_verbs", lambda: frozenset(verbs))):
        if parse.dep[i] != "ROOT" or not parse.lower[i].endswith("s") or parse.lemma[i] not in verbs:
            continue
        tok = ctx.doc[i]
        if ctx.negated(tok):
            continue
        subjects = _verb_read_as_noun(tok, ctx)
        if not subjects:
            continue
        for predicate, slots in sorted(ctx.lex.verbs[tok.lemma_], key=lambda ps: ps[0] == "cooperatesWith"):
            if predicate == "directs":
                continue  # "UK orders Nexperia to sell": a headline's state stands for its government
            objects, mutual = verb_objects(tok, slots, ctx)
            if not objects:  # "manufactures chips for Nvidia": the parser hangs the phrase on the object
                plain = [s for s in slots if s not in SLOTS or s == "from_reverse"]
                objects = [a for c in tok.children if c.dep_ == "dobj" for a in verb_objects(c, plain, ctx)[0]]
            if not objects and any(s.startswith("dobj") for s in slots):
                # "US sanctions Chinese chipmaker SMIC": the headline's object comes out as an apposition
                objects = [a for c in tok.children if c.dep_ == "appos" and c.i > tok.i and ctx.entity(c)
                           for a in ctx.actors(ctx.mention_root(c))]
            if not objects:  # "ASML ships first EUV machine to Intel": the phrase hangs on the noun itself
                objects = [a for s in slots if s not in SLOTS for p in ctx.pobjs(tok, {s}) for a in ctx.actors(p)]
            if not objects:
                continue
            doers, done_to = (objects, subjects) if any(s.startswith("from_reverse") for s in slots) else \
                (subjects, objects)
            for s, o in pairs(doers, done_to, PREDICATES[predicate].symmetric and mutual):
                yield Candidate(s, predicate, o, f"r12lex:noun-read-verb:{tok.lemma_}", ctx.status(tok), sent)
            break  # the first predicate with an object says it ("supplies … to" before cooperation)


@triggered_by(lambda lex: lex.words("r12lex_declaration_nouns"))
def joint_declaration_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vietnam and Japan signed a joint declaration on chips``, ``India adopted a joint statement with France``:
    every pair of named signatories of a joint declaration has an agreement (a statement only when joint)."""
    declaring = ctx.lex.words("r12lex_declaring_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r12lex_declaration_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in declaring or ctx.negated(verb) or \
                supposed_or_doubted(verb, ctx):
            continue
        if noun.lemma_ != "declaration" and not any(c.lower_ == "joint" for c in noun.children):
            continue  # "issued a statement": one party's word
        partners = party_ids([a for h in (verb, noun) for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # "the presidents of A and B signed a joint declaration with C": the people stand for their states
        people = people_of(subject, ctx) if subject is not None else []
        signers = people or named_subjects(verb, ctx)
        found = list(distinct_pairs(people or party_ids(ctx.subjects(verb), ctx), partners)) if partners else []
        found += list(combinations(signers, 2))  # every pair of named signatories, the "with" party's or not
        for s, o in found:
            yield Candidate(s, "agreementWith", o, f"r12lex:joint-{noun.lemma_}", ctx.status(verb), sent)


def _measure_targets(noun: Token, verb: Token, ctx: DocContext) -> list[str]:
    """The targets of a measure: ``sanctions against X`` (on the noun, or hung on the verb)."""
    return [a for h in (noun, verb) for p in ctx.pobjs(h, {"on", "against"}) for a in ctx.actors(p)]


@triggered_by(lambda lex: set(lex.value("r12lex_toughening_verbs")))
def toughened_measure_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington tightened sanctions against Rosneft``, ``the EU stepped up penalties on Alrosa``: who makes a
    measure tougher imposes it on its target."""
    particles: dict[str, str] = ctx.lex.value("r12lex_toughening_verbs")  # verb -> its particle, or ""
    verbs = set(particles)
    measures = ctx.lex.words("r12lex_measure_nouns")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs:
            continue
        needed = particles.get(verb.lemma_)
        if needed and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == needed for c in verb.children):
            continue  # "stepped up", "ramped up": the particle makes the verb
        if ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in measures):
            for s, o in distinct_pairs(party_ids(ctx.clause_subjects(verb), ctx),
                                       party_ids(_measure_targets(noun, verb, ctx), ctx)):
                yield Candidate(s, "sanctions", o, f"r12lex:toughened-{verb.lemma_}", ctx.status(verb), sent)


def _sanctions_word(noun: Token, ctx: DocContext) -> bool:
    """Whether a noun is sanctions or a carrier of them: ``sanctions``, ``its sanctions list``, ``the 14th package
    of sanctions``, ``a blacklist``."""
    measures = ctx.lex.words("r12lex_measure_nouns")
    if noun.lower_ in measures or noun.lower_ == "blacklist":
        return True
    if noun.lower_ not in ctx.lex.words("r12lex_measure_carriers"):
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in measures | {"sanction", "sdn"} for c in noun.children) \
        or any(p.lower_ in measures for p in ctx.pobjs(noun, {"of"}))


@triggered_by(lambda lex: lex.words("r12lex_listing_verbs"))
def sanctions_carrier_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Britain's sanctions list now includes Rosneft``, ``the EU's package of sanctions names Lukoil``, ``the EU
    targeted Rosneft in its latest sanctions``, ``listed X under its sanctions regime``: the one whose sanctions
    take in a target sanctions it."""
    for verb in ctx.find(sent, ctx.lex.words("r12lex_listing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        targets = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and ctx.entity(c)
                   for a in ctx.actors(ctx.mention_root(c))]
        if not targets:
            continue
        owners: list[str] = []
        for c in verb.children:
            if c.dep_ == "nsubj" and _sanctions_word(c, ctx):  # "Britain's sanctions list includes X"
                owners += [a for d in c.children if d.dep_ == "poss" for a in ctx.actors(d)]
            elif c.dep_ == "prep" and c.lower_ in ("in", "under", "through", "via"):
                if any(_sanctions_word(p, ctx) for p in c.children if p.dep_ == "pobj") and \
                        not any(t.dep_ == "nsubjpass" for t in verb.children):
                    owners += ctx.clause_subjects(verb)  # "the EU targeted Rosneft in its latest sanctions"
        for s, o in distinct_pairs(party_ids(owners, ctx), party_ids(targets, ctx)):
            yield Candidate(s, "sanctions", o, f"r12lex:sanctions-{verb.lemma_}", ctx.status(verb), sent)


def _as_member(verb: Token, ctx: DocContext) -> bool:
    """``… as a full member``, ``… into the bloc``: the verb's object enters as a member."""
    members = ctx.lex.words("member_nouns")
    return any(p.lower_ in members for p in ctx.pobjs(verb, {"as"})) or any(True for _ in ctx.pobjs(verb, {"into"}))


@triggered_by(lambda lex: set(lex.value("r12lex_admitting_verbs")))
def admitted_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``BRICS admitted Iran and Egypt``, ``NATO welcomed Finland as its 31st member``: a body that admits a
    state makes it a member (``welcome`` and ``accept`` only with ``as a member`` or ``into``)."""
    verbs: dict[str, str] = ctx.lex.value("r12lex_admitting_verbs")  # verb -> "" or "as_member"
    for verb in ctx.find(sent, set(verbs)):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        if verbs[verb.lemma_] == "as_member" and not _as_member(verb, ctx):
            continue
        bodies = [a for a in ctx.subjects(verb) if member_body(a, ctx)]
        members = [a for c in verb.children if c.dep_ == "dobj" and ctx.entity(c)
                   for a in ctx.actors(c, groups=False) if ctx.type_of(a) in MEMBER_TYPES]
        for member, body in distinct_pairs(members, bodies):
            yield Candidate(member, "memberOf", body, f"r12lex:admitted-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: set(lex.value("r12lex_founding_verbs")))
def founding_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brazil, Russia, India and China make up BRICS``, ``Russia and China founded the SCO``, ``the US formed
    AUKUS with Britain and Australia``: those who make up or found a body are its members."""
    verbs: dict[str, str] = ctx.lex.value("r12lex_founding_verbs")  # verb -> its particle, or ""
    for verb in ctx.find(sent, set(verbs)):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        needed = verbs[verb.lemma_]
        if needed and not any(c.dep_ == "prt" and c.lower_ == needed for c in verb.children):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "BRICS was formed in 2009": the body is the subject (grouping rules read "made up of")
        bodies = [a for c in verb.children if c.dep_ == "dobj" and ctx.entity(c)
                  for a in ctx.actors(c, conj=False) if member_body(a, ctx)]
        if not bodies:
            continue
        # named founders only: "the partners set up a forum" speaks of no member by name
        members = [a for c in verb.children if c.dep_ == "nsubj" and ctx.entity(c)
                   for a in ctx.actors(c) if ctx.type_of(a) in MEMBER_TYPES]
        members += [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p) if ctx.type_of(a) in MEMBER_TYPES]
        for member, body in distinct_pairs(members, bodies):
            yield Candidate(member, "memberOf", body, f"r12lex:founded-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("member_nouns"))
def as_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``As a member of NATO, Turkey must …``, ``Turkey, as a NATO member, bought …``: who acts as a member of a
    body is one."""
    for noun in ctx.find(sent, {"member"}):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX") or \
                any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in noun.children):
            continue  # not "as a former member", nor "joined as an observer"
        if ctx.negated(prep.head) or ctx.status(prep.head) != "asserted":
            continue  # "wants to join as a member": a wish, not a membership
        bodies = [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p, conj=False)]
        bodies += [a for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i and ctx.entity(c)
                   for a in ctx.actors(ctx.mention_root(c), conj=False)]
        members = [a for a in ctx.clause_subjects(prep.head) if ctx.type_of(a) in MEMBER_TYPES]
        for member, body in distinct_pairs(members, [b for b in bodies if member_body(b, ctx)]):
            yield Candidate(member, "memberOf", body, "r12lex:as-member", "asserted", sent)


@triggered_by(lambda lex: lex.words("r12lex_comprising_verbs"))
def comprising_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Quad, comprising India, Japan, Australia and the United States, met``: a body described by the
    participle of a grouping verb has the participle's objects for members."""
    for verb in ctx.find(sent, ctx.lex.words("r12lex_comprising_verbs")):
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or not ctx.entity(verb.head):
            continue
        bodies = [a for a in ctx.actors(ctx.mention_root(verb.head), conj=False) if member_body(a, ctx)]
        members = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)
                   if ctx.type_of(a) in MEMBER_TYPES]
        for member, body in distinct_pairs(members, bodies):
            yield Candidate(member, "memberOf", body, f"r12lex:comprising-{verb.lemma_}", "asserted", sent)


def _described_person(noun: Token, ctx: DocContext) -> list[str]:
    """The person a role noun describes: ``X, an analyst with Y`` (apposition) or ``X is an analyst with Y``."""
    if noun.dep_ == "appos":
        found = ctx.actors(ctx.mention_root(noun.head), conj=False)
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        found = ctx.clause_subjects(noun.head)
    else:
        return []
    return [a for a in found if ctx.type_of(a) == "Person"]


@triggered_by(lambda lex: lex.words("r12lex_staff_nouns"))
def role_with_employer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``John Smith, an analyst with Morgan Stanley``, ``Kim is an executive with Samsung``: a person whose role is
    with an organisation works for it (not its head: ``chief``, ``head`` and the leader titles)."""
    nouns = ctx.lex.words("r12lex_staff_nouns")
    heads = ctx.lex_memo("r12lex:heads", lambda: ctx.lex.words("leader_titles") | ctx.lex.words("r12lex_heading_words"))
    for noun in ctx.find(sent, nouns):
        if noun.pos_ != "NOUN" or noun.lower_ not in nouns:
            continue
        if any(c.lower_ in heads for c in noun.children if c.i < noun.i):
            continue  # "chief executive", "managing director": a head
        people = _described_person(noun, ctx)
        # "at" after a worker title is the title rules' (kg/nlp/relations/heads.py); "an executive at X" is often
        # one who heads a part of X, so only "with" is read here
        preps = {"with", "to"} if noun.lower_ in ctx.lex.words("r12lex_advising_nouns") else {"with"}
        employers = [a for p in ctx.pobjs(noun, preps) for a in ctx.actors(p, conj=False)
                     if ctx.type_of(a) in ("Organization", "InternationalOrganization")]
        for s, o in distinct_pairs(people, employers):
            yield Candidate(s, "worksFor", o, f"r12lex:staff-{noun.lower_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("r12lex_hiring_verbs") | {"join"})
def joined_employer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Li Wei, who joined Huawei in 2015``, ``Huawei hired Li Wei``, ``Li Wei was recruited by Huawei``: a person
    who joins or is hired by an organisation works for it (its head by a title is the title rules')."""
    heads = ctx.lex_memo("r12lex:heads", lambda: ctx.lex.words("leader_titles") | ctx.lex.words("r12lex_heading_words"))
    joining = ctx.lex_memo("r12lex:joining", lambda: frozenset(ctx.lex.words("r12lex_hiring_verbs") | {"join"}))
    for verb in ctx.find(sent, joining):
        if verb.pos_ != "VERB" or ctx.negated(verb) or ctx.status(verb) != "asserted":
            continue
        if any(p.lower_ in heads or title_kind([t.lower_ for t in p.subtree if t.dep_ not in ("det", "poss")],
                                               ctx.lex.words("r14wire_head_titles")) == "leaderOf"
               for p in ctx.pobjs(verb, {"as"})):
            continue  # "hired X as its chief executive": a head ("as its chief economist" is none)
        objects = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c, conj=True)]
        # "X joined Y"; "Y hired X", "X was hired by Y" (the agent is the passive's subject)
        people, employers = (ctx.subjects(verb), objects) if verb.lemma_ == "join" else (objects, ctx.subjects(verb))
        people = [a for a in people if ctx.type_of(a) == "Person"]
        employers = [a for a in employers if ctx.type_of(a) in ("Organization", "InternationalOrganization")]
        for s, o in distinct_pairs(people, employers):
            yield Candidate(s, "worksFor", o, f"r12lex:{verb.lemma_}-employer", "asserted", sent)
