"""Cooperation in the shapes wire copy uses beside the cooperation words themselves: two sides joining their own
systems (``Russia and Iran have integrated their payment systems``), setting up a body together (``Mexico and
Canada set up a working group``), talks or deals about cooperation (``held talks on expanding cooperation``),
working on something common (``are working on a common payment infrastructure``), taking part in one undertaking
(``A, B and C are taking part in Project mBridge``) and names joined by a hyphen before a meeting (``the EU-CELAC
summit``). Word lists: ``r14coop_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.coop2 import hyphen_parties
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.triggers import distinct_pairs

#: how far up from a cooperation noun the talks about it are looked for (``held talks on ways to expand …``)
MAX_CLIMB = 6


def _parties(verb: Token, ctx: DocContext) -> list[str]:
    """The parties doing ``verb`` (its subjects, or the subjects it inherits), unless each acts alone (``each``)."""
    if any(c.lower_ == "each" for c in verb.children) or any(
            c.lower_ == "each" for s in verb.children if s.dep_ == "nsubj" for c in s.children):
        return []
    return party_ids(ctx.subjects(verb), ctx)


def _with_partners(tokens: list[Token], ctx: DocContext) -> list[str]:
    """The actors of the ``with`` phrases on ``tokens`` (``set up a task force with Japan``)."""
    return party_ids([a for t in tokens for p in ctx.pobjs(t, {"with"}) for a in ctx.actors(p)], ctx)


def _pairs(verb: Token, nouns: list[Token], ctx: DocContext) -> list[tuple[str, str]]:
    """Who acts together: the doers of ``verb`` with the ``with`` partners of the verb or its nouns, else the doers
    among themselves when they are two or more (``A and B set up …``)."""
    doers = _parties(verb, ctx)
    partners = _with_partners([verb, *nouns], ctx)
    if partners:
        return list(distinct_pairs(doers, partners))
    return list(combinations(doers, 2))


def _usable(verb: Token, ctx: DocContext) -> bool:
    return verb.pos_ in ("VERB", "AUX") and not ctx.negated(verb) and not supposed_or_doubted(verb, ctx)


@triggered_by(lambda lex: lex.words("r14coop_joining_verbs"))
def joined_systems_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Russia and Iran have integrated their payment systems``, ``Tehran and Moscow agreed to connect their
    messaging systems``, ``Kazakhstan linked its grid with Uzbekistan's``: two sides joining their own systems
    cooperate (not ``A connected homes to B's network``: the joined things must be the parties' own)."""
    for verb in ctx.find(sent, ctx.lex.words("r14coop_joining_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        owners = {p.lower_ for o in objects for p in o.children if p.dep_ == "poss"}
        if owners & {"their"}:
            pairs = list(combinations(_parties(verb, ctx), 2))
        elif owners & {"its", "their"}:
            others = [a for o in ctx.pobjs(verb, {"with", "to"})
                      for a in ctx.actors(o) or [x for p in o.children if p.dep_ == "poss" for x in ctx.actors(p)]]
            pairs = list(distinct_pairs(_parties(verb, ctx), party_ids(others, ctx)))
        else:
            continue
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"r14coop:joined-own:{verb.lemma_}", ctx.status(verb), sent)


def _body_kind(noun: Token, ctx: DocContext) -> bool:
    """Whether ``noun`` names a joint body: a commission, a council, or a group or force of a kind (``working
    group``, ``task force``); a bare ``group`` or ``force`` is not one."""
    if noun.lemma_ not in ("group", "force", "panel"):
        return True
    kinds = ctx.lex.words("r14coop_body_kinds")
    return any(c.dep_ in ("amod", "compound") and c.lower_ in kinds for c in noun.children)


@triggered_by(lambda lex: lex.words("r14coop_body_nouns"))
def set_up_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Mexico and Canada set up a working group on critical minerals``, ``India launched a task force with
    Japan``, ``the two countries agreed to establish a joint commission``: who set up a body together cooperate."""
    founding = ctx.lex.words("group_founding_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r14coop_body_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in founding or verb.lemma_ == "join" or \
                not _usable(verb, ctx) or not _body_kind(noun, ctx):
            continue
        for s, o in _pairs(verb, [noun], ctx):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:set-up-body:{noun.lemma_}", ctx.status(verb), sent)


def _cooperation_nouns(lex) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The trigger nouns of cooperatesWith that say the parties cooperate among themselves (a ``self`` slot), made
    once per lexicon.

    >>> from kg.nlp.lexicon import Lexicon
    >>> lex = Lexicon.from_dict({"predicates": {"cooperatesWith": {"verbs": {}, "nouns": {"partnership": ["self"]}}}})
    >>> sorted(_cooperation_nouns(lex)), _cooperation_nouns(lex) is _cooperation_nouns(lex)
    (['partnership'], True)
    """
    return lexicon_memo(lex, "r14coop:cooperation_nouns", lambda: frozenset(
        n for n, specs in lex.nouns.items() if any(p == "cooperatesWith" and "self" in s for p, s in specs)))


def _talks_verb(noun: Token, ctx: DocContext) -> tuple[Token, list[Token]] | None:
    """The verb of the talks or deal that ``noun`` (cooperation) is the topic of, and the words passed on the way:
    ``held talks on expanding cooperation``, ``signed a memorandum on ways to deepen cooperation``; none when a
    word on the way is not a talk, a step of growth or a preposition."""
    growth, talks = ctx.lex.words("r14coop_growth_verbs"), ctx.lex.words("r14coop_talk_nouns")
    passed: list[Token] = []
    tok = noun
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in ("dobj", "pobj") or tok.dep_ in ("pcomp", "xcomp", "acl", "relcl", "advcl", "prep"):
            if head.pos_ == "ADP":
                tok = head
                continue
            if head.pos_ == "VERB" and head.lemma_ in growth and tok.dep_ == "dobj":
                passed.append(head)
                tok = head
                continue
            if head.pos_ == "NOUN" and (head.lower_ in talks or head.lemma_ in talks) and tok.dep_ != "dobj":
                passed.append(head)
                tok = head
                continue
            if head.pos_ == "VERB" and passed and head.lemma_ in ctx.lex.words("r14coop_talk_verbs"):
                return head, passed
        return None
    return None


@triggered_by(lambda lex: _cooperation_nouns(lex))
def talks_on_cooperation_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Russia and Kazakhstan held talks on expanding cooperation``, ``A and B signed a roadmap to deepen
    cooperation``, ``X held talks with Y on ways to boost cooperation``: the parties of talks or a deal about
    their cooperation cooperate (not when the cooperation is with a third party named on the noun)."""
    for noun in ctx.find(sent, _cooperation_nouns(ctx.lex)):
        if noun.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
                                      for c in noun.children):
            continue
        found = _talks_verb(noun, ctx)
        if found is None:
            continue
        verb, passed = found
        if not _usable(verb, ctx) or any(ctx.negated(t) for t in passed):
            continue
        talks = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ctx.lex.words("r14coop_talk_nouns")]
        for s, o in _pairs(verb, passed + talks, ctx):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:talks-on:{noun.lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_common_modifiers"))
def common_thing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Russia, Belarus and Kazakhstan are working on a common payment infrastructure``, ``Brazil and Argentina
    discussed a single currency``: parties making something common to them cooperate (not ``share a common
    border``: the verb must be one of making, planning or working on)."""
    verbs, preps = ctx.lex.words("r14coop_common_verbs"), ctx.lex.words("r14coop_common_preps")
    for word in ctx.find(sent, ctx.lex.words("r14coop_common_modifiers")):
        thing = word.head
        if word.dep_ != "amod" or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = thing.head
        if thing.dep_ == "pobj" and verb.lower_ in preps:
            verb = verb.head
        elif thing.dep_ != "dobj":
            continue
        if verb.lemma_ not in verbs or not _usable(verb, ctx):
            continue
        for s, o in _pairs(verb, [thing], ctx):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:common:{thing.lemma_}", ctx.status(verb), sent)


def _undertaking(tok: Token, ctx: DocContext) -> bool:
    """Whether ``tok`` names a joint undertaking: ``the pilot``, ``Project mBridge``, ``the research programme``."""
    nouns = ctx.lex.words("r14coop_undertaking_nouns")
    return tok.lower_ in nouns or tok.lemma_ in nouns or any(
        c.dep_ == "compound" and c.lower_ in nouns for c in tok.children)


@triggered_by(lambda lex: lex.words("r14coop_part_verbs"))
def took_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Bank of Thailand, the HKMA and the PBoC are taking part in Project mBridge``, ``A participates in the
    pilot with B``: those who take part in one undertaking together cooperate."""
    for verb in ctx.find(sent, ctx.lex.words("r14coop_part_verbs")):
        if not _usable(verb, ctx):
            continue
        if verb.lemma_ == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
            continue
        things = [t for t in ctx.pobjs(verb, {"in"}) if _undertaking(t, ctx)]
        if not things:
            continue
        for s, o in _pairs(verb, things, ctx):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:took-part:{things[0].lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_forum_nouns"))
def hyphen_meeting_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the EU-CELAC summit``, ``the China-Africa forum``, ``the China-Brazil satellite programme``: the names joined
    by a hyphen before a summit, a joint body or a joint undertaking cooperate (not ``the US-China trade war``, nor
    a mere meeting: rivals meet too)."""
    for tok in ctx.find(sent, ctx.lex.words("r14coop_forum_nouns")):
        found = hyphen_parties(tok, sent, ctx) if tok.pos_ in ("NOUN", "PROPN") else None
        if found is None:
            continue
        head, pairs = found
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"r14coop:hyphen-meeting:{tok.lower_}", ctx.status(head), sent)


def _stopped(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` is what someone stops, refuses or is accused of doing (``stopped accepting Mir cards``,
    ``accused Huawei of sharing data with Moscow``)."""
    stops = ctx.lex.words("r14coop_stop_verbs")
    tok = verb
    for _ in range(4):
        if tok.lemma_ in stops:
            return True
        if tok.dep_ not in ("xcomp", "pcomp", "ccomp", "conj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _networks(card: Token, verb: Token, ctx: DocContext) -> list[str]:
    """The named networks of cards: ``UnionPay cards``, ``cards on the UnionPay network``."""
    found = [a for c in card.children if c.dep_ in ("compound", "poss", "nmod") and ctx.entity(c)
             for a in ctx.actors(ctx.mention_root(c), conj=False)]
    found += [a for p in ctx.pobjs(verb, {"on"}) for c in [p, *p.children]
              if c.dep_ in ("compound", "pobj") and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False)]
    return party_ids(found, ctx)


@triggered_by(lambda lex: lex.words("r14coop_card_nouns"))
def card_network_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Gazprombank began issuing UnionPay cards``, ``Tinkoff will issue cards on the UnionPay network``: a bank
    issuing a network's cards works with that network (not ``stopped accepting Mir cards``)."""
    for card in ctx.find(sent, ctx.lex.words("r14coop_card_nouns")):
        verb = card.head
        if card.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("r14coop_card_verbs") or \
                not _usable(verb, ctx) or _stopped(verb, ctx):
            continue
        for s, o in distinct_pairs(_parties(verb, ctx), _networks(card, verb, ctx)):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:cards:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_badge_words"))
def co_badged_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sberbank is preparing cards co-badged with Mir and UnionPay``: the issuer and the networks named on one
    card work together."""
    for word in ctx.find(sent, ctx.lex.words("r14coop_badge_words")):
        networks = party_ids([a for p in ctx.pobjs(word, {"with"}) for a in ctx.actors(p)], ctx)
        if not networks:
            continue
        verb = word if word.pos_ == "VERB" and ctx.subjects(word) else word.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if not _usable(verb, ctx) or _stopped(verb, ctx):
            continue
        pairs = list(distinct_pairs(_parties(verb, ctx), networks)) + list(combinations(networks, 2))
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, "r14coop:co-badged", ctx.status(verb), sent)


def _owned_thing(noun: Token, ctx: DocContext) -> Token | None:
    """The undertaking that ``noun`` (members, partners) is of: ``members of the consortium``, ``partners in the
    project``, ``the consortium's members``; none when it is a named body (membership, not cooperation)."""
    things = ctx.lex.words("r14coop_owned_things")
    for t in [*ctx.pobjs(noun, {"of", "in"}), *(c for c in noun.children if c.dep_ == "poss")]:
        if not ctx.entity(t) and (t.lower_ in things or t.lemma_ in things):
            return t
    return None


@triggered_by(lambda lex: lex.words("r14coop_member_nouns"))
def named_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Members of the consortium are Meta, Orange and Vodafone``, ``Meta, Orange and Vodafone are partners in the
    project``, ``the signatories of the declaration are A and B``: the parties named as an undertaking's members
    work together (those of a deal have an agreement)."""
    deals = _deal_words(ctx.lex)
    for noun in ctx.find(sent, ctx.lex.words("r14coop_member_nouns")):
        verb = noun.head
        if verb.lemma_ != "be" or noun.dep_ not in ("nsubj", "attr") or ctx.negated(verb):
            continue
        thing = _owned_thing(noun, ctx)
        if thing is None:
            continue
        other = "attr" if noun.dep_ == "nsubj" else "nsubj"
        named = party_ids([a for c in verb.children if c.dep_ == other for a in ctx.actors(c)], ctx)
        predicate = "agreementWith" if thing.lower_ in deals or thing.lemma_ in deals else "cooperatesWith"
        if thing.lower_ in ctx.lex.words("r17curb_venture_nouns"):
            predicate = "jointVentureWith"  # "A, B and C are partners in the joint venture" (branch r17curb)
        for s, o in combinations(named, 2):
            yield Candidate(s, predicate, o, f"r14coop:named-members:{thing.lemma_}", ctx.status(verb), sent)


def _deal_words(lex) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The trigger nouns of agreementWith (``agreement``, ``pact``), made once per lexicon.

    >>> from kg.nlp.lexicon import Lexicon
    >>> lex = Lexicon.from_dict({"predicates": {"agreementWith": {"verbs": {}, "nouns": {"pact": ["with"]}}}})
    >>> sorted(_deal_words(lex)), _deal_words(lex) is _deal_words(lex)
    (['pact'], True)
    """
    return lexicon_memo(lex, "r14coop:deal_words", lambda: frozenset(
        n for n, specs in lex.nouns.items() if any(p == "agreementWith" for p, _s in specs)))


@triggered_by(lambda lex: lex.words("r14coop_joint_words"))
def jointly_owned_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Google, Meta and NTT jointly own the cable``: who own a thing together hold it as a joint venture (the
    passive, ``jointly owned by``, is coop.py's)."""
    for word in ctx.find(sent, ctx.lex.words("r14coop_joint_words")):
        verb = word.head
        if word.dep_ != "advmod" or verb.lemma_ not in ctx.lex.words("r14coop_owning_verbs") or \
                any(c.dep_ in ("nsubjpass", "agent") for c in verb.children) or not _usable(verb, ctx):
            continue
        # "A and B jointly control 70% of the market" is a sum of shares, not a thing held together
        if not any(c.dep_ == "dobj" and not ctx.entity(c) and not any(t.like_num or t.lower_ in ("%", "percent")
                                                                       for t in c.subtree) for c in verb.children):
            continue
        for s, o in combinations(_parties(verb, ctx), 2):
            yield Candidate(s, "jointVentureWith", o, f"r14coop:jointly-own:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_channel_nouns"))
def opened_channel_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``VTB has opened correspondent accounts with Bank of China``, ``the central banks renewed a currency swap
    with each other``: a standing channel opened with another party is cooperation."""
    for noun in ctx.find(sent, ctx.lex.words("r14coop_channel_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("r14coop_channel_verbs") or \
                not _usable(verb, ctx) or _stopped(verb, ctx):
            continue
        partners = _with_partners([verb, noun], ctx)
        for s, o in distinct_pairs(_parties(verb, ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:channel:{noun.lemma_}", ctx.status(verb), sent)


def _apart(verb: Token, ctx: DocContext) -> bool:
    """Whether the doers of ``verb`` act each on their own (``each``, ``separately``)."""
    words = ctx.lex.words("r14coop_apart_words")
    return any(t.lower_ in words for c in verb.children for t in c.subtree if c.dep_ in ("advmod", "agent", "nsubj"))


@triggered_by(lambda lex: lex.words("r14coop_creating_verbs"))
def made_by_several_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The platform was developed by Visa, Mastercard and JCB``, ``the initiative, launched by Brazil, Mexico and
    Colombia, …``: one thing created, launched or proposed by several parties is their joint work (not a plural of
    things, ``chips are made by A and B``, nor ``each``)."""
    for verb in ctx.find(sent, ctx.lex.words("r14coop_creating_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not _usable(verb, ctx) or _apart(verb, ctx):
            continue
        things = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not things and verb.dep_ == "acl":
            things = [verb.head]
        if len(things) != 1 or things[0].tag_ not in ("NN", "NNP") or ctx.entity(things[0]) or \
                any(c.dep_ == "conj" for c in things[0].children):
            continue
        agents = party_ids([a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                            for a in ctx.actors(p)], ctx)
        for s, o in combinations(agents, 2):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:made-by-several:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_involving_verbs"))
def undertaking_involves_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The project involves Kazakhstan, Uzbekistan and China``, ``participants include Brazil, Argentina and
    Chile``: the parties one undertaking takes in work together (those of a deal have an agreement; one actor's
    partners are not thereby each other's)."""
    subjects, deals = ctx.lex.words("r14coop_involving_subjects"), _deal_words(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("r14coop_involving_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if owner is None or ctx.entity(owner) or (owner.lower_ not in subjects and owner.lemma_ not in subjects):
            continue
        if any(c.dep_ == "poss" and (c.pos_ == "PRON" or ctx.actors(c)) for c in owner.children):
            continue  # "Infineon's partners include Bosch and Denso": each is Infineon's partner, not each other's
        named = party_ids([a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], ctx)
        predicate = "agreementWith" if owner.lower_ in deals or owner.lemma_ in deals else "cooperatesWith"
        for s, o in combinations(named, 2):
            yield Candidate(s, predicate, o, f"r14coop:involves:{owner.lemma_}", ctx.status(verb), sent)


R14COOP_RULES = (joined_systems_rule, set_up_body_rule, talks_on_cooperation_rule, common_thing_rule, took_part_rule,
                 hyphen_meeting_rule, card_network_rule, co_badged_rule, named_members_rule, jointly_owned_rule,
                 opened_channel_rule, made_by_several_rule, undertaking_involves_rule)
