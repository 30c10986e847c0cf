"""Cooperation beside coop*.py, r9coop.py and r10coop.py: a deed done with another's help (``Ethio Telecom built
the network with help from Huawei``, ``with Russia's assistance``), a partner named without an owner (``Japan named
Australia a strategic partner``), a partner ``for`` another (``Germany is a key partner for France``), joint bodies
of named parties (``the joint committee of Japan and Australia``, ``Nokia and Ericsson's joint lab``) and the
cooperation ``of`` one ``with`` another. Word lists: ``r11coopr_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.roles import described
from kg.nlp.relations.triggers import distinct_pairs


def _helpers(noun: Token, ctx: DocContext) -> list[str]:
    """Who gives the help a help noun names: its owner (``Russia's help``) or the object of ``of``/``from``
    (``the help of Huawei``, ``support from Huawei``)."""
    found = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
    found += [a for p in ctx.pobjs(noun, {"of", "from"}) for a in ctx.actors(p)]
    return party_ids(found, ctx)


def _helped(prep: Token, ctx: DocContext) -> tuple[list[str], Token | None]:
    """Who is helped by a ``with`` phrase, and the verb of the deed: the subject of the verb it hangs on
    (``built the network with help from X``), or the subject noun it hangs on (``Y, with support from X, built``)."""
    head = prep.head
    if head.pos_ == "VERB":
        if any(c.dep_ == "nsubjpass" for c in head.children):
            return [], None  # "the plant was built with X's help": the builder is not said
        return ctx.subjects(head), head
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB":
        return ctx.actors(head), head.head
    return [], None


@triggered_by(lambda lex: lex.words("r11coopr_help_nouns"))
def help_phrase_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``With the help of Huawei, Ethio Telecom built its 5G network``, ``Vietnam built the reactor with Russia's
    assistance``, ``Ethio Telecom, with support from Huawei, built the network``: the one who does a deed with
    another's help cooperates with it (as ``Huawei helped Ethio Telecom build`` does)."""
    for noun in ctx.find(sent, ctx.lex.words("r11coopr_help_nouns")):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "with" or any(
                c.dep_ in ("amod", "det") and c.lower_ in ctx.lex.words("r11coopr_no_help_words")
                for c in noun.children):
            continue
        doers, verb = _helped(prep, ctx)
        if verb is None or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        for s, o in distinct_pairs(party_ids(doers, ctx), _helpers(noun, ctx)):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:with-{noun.lower_}", ctx.status(verb), sent)


def _ownerless(noun: Token) -> bool:
    """Whether a partner noun names no other side of its own (no owner, no ``of``/``with``/``to``)."""
    return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "with", "to", "for")
                   for c in noun.children)


def _unreal(noun: Token, ctx: DocContext) -> bool:
    """Whether a partner is only possible or no more (``a potential partner``, ``its former partner``)."""
    words = ctx.lex.words("r11coopr_unreal_partner_words")
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in words for c in noun.children)


@triggered_by(lambda lex: lex.words("partner_nouns"))
def named_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan named Australia a strategic partner``, ``Berlin considers Paris its closest partner`` is
    coop5.py's; here the partner has no owner: the one who names another its partner cooperates with it."""
    verbs = ctx.lex.words("coop5_naming_verbs")
    for noun in ctx.find(sent, ctx.lex.words("partner_nouns")):
        verb = noun.head
        if noun.dep_ not in ("oprd", "ccomp", "xcomp") or verb.lemma_ not in verbs or not _ownerless(noun) \
                or _unreal(noun, ctx) or ctx.negated(verb) or supposed_or_doubted(verb, ctx) \
                or verb.dep_ in ("acl", "relcl", "pcomp"):
            continue
        named = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
        named += [c for c in noun.children if c.dep_ == "nsubj"]  # "considers Australia a partner": a small clause
        partners = party_ids([a for c in named if ctx.entity(c) for a in ctx.actors(c)], ctx)
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:named-{noun.lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("partner_nouns"))
def partner_for_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Germany is a key partner for France``, ``Thales, a partner for Airbus in the programme``, ``she called
    the company the ideal partner for the Pentagon``: a partner ``for`` a named party (not one sought: ``looking
    for a partner for X``)."""
    seeking = ctx.lex.words("r11coopr_seeking_verbs")
    for noun in ctx.find(sent, ctx.lex.words("partner_nouns")):
        others = party_ids([a for p in ctx.pobjs(noun, {"for"}) for a in ctx.actors(p)], ctx)
        if not others or any(c.dep_ == "poss" for c in noun.children) or _unreal(noun, ctx) \
                or ctx.negated(noun):
            continue
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        if head.lemma_ in seeking or noun.head.lemma_ in seeking or supposed_or_doubted(head, ctx):
            continue
        ones = described(noun, ctx)
        if not ones and noun.dep_ in ("oprd", "dobj") and noun.head.lemma_ in ctx.lex.words("coop5_naming_verbs"):
            ones = [a for c in noun.head.children if c.dep_ == "dobj" and c is not noun for a in ctx.actors(c)]
        for s, o in distinct_pairs(party_ids(ones, ctx), others):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:{noun.lower_}-for", ctx.status(noun), sent)


def _body_parties(body: Token, ctx: DocContext) -> list[str]:
    """The parties a joint body belongs to: the objects of ``of``/``between`` (``the joint committee of Japan and
    Australia``) or its owners (``Nokia and Ericsson's joint lab``; the parser may hang the first on ``and``)."""
    found = [a for p in ctx.pobjs(body, {"of", "between"}) for a in ctx.actors(p)]
    for c in body.children:
        if c.dep_ != "poss":
            continue
        found += ctx.actors(c)
        if body.dep_ == "conj" and body.head.i < c.i and ctx.entity(body.head):
            found += ctx.actors(body.head, conj=False)
    return party_ids(found, ctx)


@triggered_by(lambda lex: {"joint"})
def joint_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The joint committee of Japan and Australia met``, ``a joint commission between Egypt and Russia``,
    ``Nokia and Ericsson's joint research lab``: the parties of a joint body cooperate (a joint venture is
    another relation: coop.py)."""
    bodies = ctx.lex.words("r11coopr_joint_bodies")
    for joint in ctx.find(sent, {"joint"}):
        body = joint.head
        if joint.dep_ != "amod" or body.lower_ not in bodies or ctx.negated(body):
            continue
        parties = _body_parties(body, ctx)
        for s, o in combinations(parties, 2):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:joint-{body.lower_}", ctx.status(body), sent)


@triggered_by(lambda lex: lex.words("r11coopr_of_with_nouns"))
def cooperation_of_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The cooperation of Airbus with Safran is long-standing``: a cooperation noun whose ``of`` names one party
    and whose ``with`` names the other."""
    for noun in ctx.find(sent, ctx.lex.words("r11coopr_of_with_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        ones = party_ids([a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)], ctx)
        others = party_ids([a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)], ctx) if ones else []
        for s, o in distinct_pairs(ones, others):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:{noun.lower_}-of-with", ctx.status(noun), sent)


def _split_names(sent: Span, ctx: DocContext) -> set[str]:
    """The names the recogniser cut out of a longer one: a name whose word has another name as its compound
    (``CMS Computers`` read as ``CMS`` and ``Computers``)."""
    return {ctx.entity(t) or "" for e in ctx.ents_in(sent) for t in (e.root,) if any(
        c.dep_ == "compound" and ctx.entity(c) and ctx.entity(c) != ctx.entity(t) for c in t.children)}


@triggered_by(lambda lex: {"through", "via"})
def through_intermediaries_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``AWS entered the tender through three service providers — Locuz, Vensysco and Orient``, ``Nokia sells in
    Brazil through its partners Positivo and Claro``: the intermediaries named after ``through`` work with the one
    who acts through them."""
    nouns = ctx.lex.words("r11coopr_intermediary_nouns")
    for prep in ctx.find(sent, {"through", "via"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        named = [p for p in ctx.pobjs(verb, {prep.lower_}) if p.lower_ in nouns and not ctx.entity(p)]
        partners = party_ids([a for p in named for a in ctx.actors(p, groups=False) + ctx.listed_names(p) + [
            n for c in p.children if c.dep_ == "appos" and ctx.entity(c) for n in ctx.actors(c)]], ctx)
        partners = [a for a in partners if a not in _split_names(sent, ctx)]
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:through-{named[0].lower_}", ctx.status(verb), sent)


def _country_group(tok: Token, ctx: DocContext) -> list[str]:
    """The country of an unnamed group whose nationality is written on a word before its head (``Russian
    military and intelligence authorities``: the parser hangs ``Russian`` on ``military``)."""
    found = ctx.actors(tok, conj=False)
    if found:
        return found
    return [a for c in tok.children if c.dep_ in ("nmod", "compound", "amod") and c.i < tok.i
            for g in c.children if g.dep_ == "amod" and ctx.entity(g) and ctx.type_of(ctx.entity(g)) == "Country"
            for a in ctx.actors(g, conj=False)]


@triggered_by(lambda lex: lex.words("r11coopr_reason_verbs"))
def cooperating_reason_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Commerce Department added Kaspersky to the Entity List for cooperating with Russian intelligence
    authorities``: the one a measure is taken against for cooperating with another is said to cooperate with it."""
    for word in ctx.find(sent, ctx.lex.words("r11coopr_reason_verbs")):
        prep = word.head
        if word.dep_ != "pcomp" or prep.lower_ != "for" or prep.dep_ != "prep" or ctx.negated(word):
            continue
        measure = prep.head
        if measure.lemma_ not in ctx.lex.words("r11coopr_measure_verbs"):
            continue
        targets = [a for c in measure.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)]
        partners = [a for p in ctx.pobjs(word, {"with"}) for a in _country_group(p, ctx)]
        for s, o in distinct_pairs(party_ids(targets, ctx), party_ids(partners, ctx)):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:for-{word.lemma_}", ctx.status(measure), sent)


def _our_speaker(tok: Token, ctx: DocContext) -> list[str]:
    """The body that says ``our`` of a partner: the named subject of the sentence's verb of saying (``Anthropic
    said the deal "makes AWS our primary partner"``); context.py leaves a body's ``our`` unresolved elsewhere."""
    if tok.lower_ != "our":
        return []
    for verb in tok.sent:
        if verb.pos_ == "VERB" and verb.lemma_ in ctx.lex.words("r11coopr_saying_verbs"):
            for c in verb.children:
                eid = ctx.entity(c) if c.dep_ == "nsubj" else None
                if eid and ctx.is_actor(eid) and ctx.type_of(eid) != "Person":
                    return [eid]
    return []


@triggered_by(lambda lex: lex.words("partner_nouns"))
def as_owned_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The deal establishes AWS as Anthropic's primary cloud partner``, ``it confirms Thales as our partner``:
    the one set up as another's partner cooperates with it (not ``replaced X as Y's partner``)."""
    dropping = ctx.lex.words("r11coopr_dropping_verbs")
    for noun in ctx.find(sent, ctx.lex.words("partner_nouns")):
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or verb.pos_ != "VERB" or verb.lemma_ in dropping \
                or _unreal(noun, ctx) or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        # the owner may hang on a modifier before the noun ("Anthropic's primary cloud and training partner")
        mods = [noun] + [c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i < noun.i]
        owners = party_ids([a for m in mods for c in m.children if c.dep_ == "poss"
                            for a in ctx.actors(c) or _our_speaker(c, ctx)], ctx)
        named = [a for c in verb.children if c.dep_ == "dobj" and ctx.entity(c) for a in ctx.actors(c)]
        for s, o in distinct_pairs(party_ids(named, ctx), owners):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:as-owned-{noun.lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r11coopr_helped_words"))
def helped_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Helped by Huawei, Ethio Telecom rolled out 5G``, ``Aided by subsidies from Beijing, HMN Tech bid low``:
    the subject of a clause introduced by ``helped by`` cooperates with the helper (or the giver of the help)."""
    for word in ctx.find(sent, ctx.lex.words("r11coopr_helped_words")):
        verb = word.head
        if word.dep_ != "advcl" or word.tag_ != "VBN" or verb.pos_ != "VERB" or ctx.negated(verb) \
                or supposed_or_doubted(verb, ctx):
            continue
        helpers: list[str] = []
        for agent in (c for c in word.children if c.dep_ == "agent"):
            for p in (c for c in agent.children if c.dep_ == "pobj"):
                if ctx.entity(p):
                    helpers += ctx.actors(p)
                elif p.lower_ in ctx.lex.words("r11coopr_helping_things"):  # not "helped by demand from China"
                    helpers += _helpers(p, ctx)
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(helpers, ctx)):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:{word.lower_}-by", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r11coopr_help_nouns"))
def help_received_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vietnam received help from Russia to build the reactor``, ``Kenya got technical assistance from Japan``:
    the one who receives another's help cooperates with it."""
    verbs = ctx.lex.words("r11coopr_receiving_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r11coopr_help_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in verbs or verb.pos_ != "VERB" or ctx.negated(verb) \
                or supposed_or_doubted(verb, ctx) or any(c.dep_ in ("amod", "det") and c.lower_ in
                                               ctx.lex.words("r11coopr_no_help_words") for c in noun.children):
            continue
        givers = _helpers(noun, ctx) + party_ids([a for p in ctx.pobjs(verb, {"from"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), givers):
            yield Candidate(s, "cooperatesWith", o, f"r11coopr:{verb.lemma_}-{noun.lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: {"share", "shares", "shared", "sharing"})
def shared_knowledge_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Safran will share its engine know-how with India``, ``the two agencies share intelligence with each
    other``: sharing knowledge, technology or research with another is cooperation (not when denied: ``denied
    sharing user data with the government``)."""
    things = ctx.lex.words("r11coopr_shared_things")
    for verb in ctx.find(sent, {"share", "shares", "shared", "sharing"}):
        # "know-how" is cut into three words: its last one is the object
        shared = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in things or c.i >= 2 and
                  ctx.doc[c.i - 2:c.i + 1].text.lower() in things)]
        if verb.pos_ != "VERB" or not shared or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        heads = [verb.head, verb.head.head]  # "denied sharing", "accused Huawei of sharing"
        if any(h.lemma_ in ctx.lex.words("r11coopr_denying_verbs") or any(c.dep_ == "neg" for c in h.children)
               for h in heads):
            continue
        partners = party_ids([a for h in [verb] + shared for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), partners):
            yield Candidate(s, "cooperatesWith", o, "r11coopr:share-with", ctx.status(verb), sent)
