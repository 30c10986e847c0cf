"""Cooperation, agreement, joint-venture and rivalry constructions the trigger lexicon alone does not reach:
joint ventures named in apposition or held jointly, talks about a deal, coordinated action, work under licence,
joining another in a measure, cooperation agreements named through a chain of nouns, and campaigns against a
rival's grip. Word lists: ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.mentions import titled_body
from kg.nlp.relations.r11coopp import gathering_subject
from kg.nlp.relations.slots import owner, verb_objects
from kg.nlp.relations.triggers import SUPPORT_VERBS, noun_participants, topics

PARTIES = ("Organization", "Country", "InternationalOrganization", "Bloc")
MUTUAL = ("cooperatesWith", "competesWith")
COOPERATION = ("cooperatesWith", "agreementWith", "jointVentureWith")


def party_ids(ids: list[str], ctx: DocContext) -> list[str]:
    """The ids that can be a party to a deal or a rivalry (organisations, states, bodies, blocs), once each."""
    return [a for a in dict.fromkeys(ids) if ctx.type_of(a) in PARTIES]


def _nouns_of(lex: Lexicon, predicate: str) -> frozenset[str]:
    """The lexicon's trigger nouns of ``predicate`` (``agreement`` for agreementWith), made once per lexicon."""
    return lexicon_memo(lex, f"nouns_of:{predicate}", lambda: frozenset(
        n for n, specs in lex.nouns.items() if any(p == predicate for p, _s in specs)))


def _together_with(tok: Token, ctx: DocContext) -> list[str]:
    """``X, together with Y and Z, …``: the actors of a ``with`` phrase marked ``together``/``jointly``/``along``."""
    return [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            and any(d.lower_ in ctx.lex.words("jointly_words") for d in c.children)
            for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]


def _named(tok: Token, ctx: DocContext) -> list[str]:
    """The actor a conjunct names, or the name in apposition to its description (``the conglomerate CK
    Hutchison``)."""
    named = [a for c in tok.children if c.dep_ == "appos" and ctx.entity(c) for a in ctx.actors(c, conj=False)]
    return named or ctx.actors(tok, conj=False)


def _all_pairs(parties: list[str], predicate: str, rule: str, status: str, sent: Span,
               tech: tuple[str, ...] = ()) -> Iterator[Candidate]:
    for s, o in combinations(dict.fromkeys(parties), 2):
        yield Candidate(s, predicate, o, rule, status, sent, tech)


def _is_venture(tok: Token) -> bool:
    return tok.lemma_ == "venture" and any(c.lower_ == "joint" for c in tok.lefts for c in c.subtree)


@triggered_by(lambda lex: {"venture", "ventures"})
def venture_apposition_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Toyota and Nissan, together with Mazda, launched Nexa, a joint venture``; ``Nexa, a joint venture
    controlled by Nissan in which Toyota and Mazda hold stakes``: the venture's founders or holders."""
    for tok in ctx.find(sent, {"venture", "ventures"}):
        if tok.pos_ != "NOUN" or not _is_venture(tok) or ctx.negated(tok):
            continue
        parties: list[str] = []
        status = ctx.status(tok)
        if tok.dep_ == "appos":
            name = tok.head
            verb = name.head
            if name.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_ in SUPPORT_VERBS and not ctx.negated(verb):
                subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                parties = ctx.subjects(verb) + _together_with(verb, ctx) + \
                    [a for s in subject for a in _together_with(s, ctx)]
                status = ctx.status(verb)
        # "in which A and B hold stakes"; "controlled by X": the holders of the venture
        for child in tok.children:
            if child.dep_ == "relcl" and child.lemma_ in ctx.lex.words("holding_verbs") and \
                    any(c.lower_ in ctx.lex.words("stake_nouns") for c in child.children if c.dep_ == "dobj") and \
                    not ctx.negated(child):
                parties += [a for c in child.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
            elif child.dep_ == "acl" and child.lower_ in ctx.lex.words("holding_participles"):
                parties += [a for ag in child.children if ag.dep_ == "agent" for p in ag.children
                            if p.dep_ == "pobj" for a in ctx.actors(p)]
        itself = ctx.entity(tok.head) if tok.dep_ == "appos" else None  # the venture is no party to itself
        parties = [a for a in party_ids(parties, ctx) if a != itself]
        if len(parties) >= 2:
            yield from _all_pairs(parties, "jointVentureWith", "venture:apposition", status, sent)


@triggered_by(lambda lex: lex.words("jointly_words"))
def jointly_held_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nexa is jointly owned by Toyota and Mazda``, ``…, which Toyota and Mazda run jointly``: co-owners run a
    joint venture together."""
    for adv in ctx.find(sent, ctx.lex.words("jointly_words")):
        verb = adv.head
        if adv.dep_ != "advmod" or verb.lemma_ not in ctx.lex.words("holding_verbs") or ctx.negated(verb):
            continue
        owners = [a for ag in verb.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                  for t in [p, *p.conjuncts] for a in _named(t, ctx)]
        if not owners and verb.dep_ == "relcl":
            owners = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
        yield from _all_pairs(party_ids(owners, ctx), "jointVentureWith", "venture:jointly-held", ctx.status(verb),
                              sent)


@triggered_by(lambda lex: lex.words("talks_nouns"))
def talks_about_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Toyota is in talks with Mazda about a joint venture``, ``X held negotiations with Y on a trade deal``:
    the deal under negotiation is planned between the parties to the talks."""
    nouns = ctx.lex.nouns
    for talks in ctx.find(sent, ctx.lex.words("talks_nouns")):
        if talks.pos_ != "NOUN":
            continue
        verb = talks.head.head if talks.dep_ == "pobj" and talks.head.lower_ == "in" else talks.head
        hosts = [talks, verb] if talks.dep_ == "dobj" else [talks]  # "held talks with X on Y": on the verb too
        partners = [a for h in hosts for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)]
        topics_ = [p for h in hosts for p in ctx.pobjs(h, ctx.lex.words("talks_topic_preps"))]
        if not partners or not topics_ or verb.pos_ not in ("VERB", "AUX") or ctx.negated(verb):
            continue
        holders = ctx.clause_subjects(verb)
        for deal in topics_:
            key = deal.lower_ if deal.lower_ in nouns else deal.lemma_
            if key.startswith("venture") and not _is_venture(deal):
                continue
            for predicate, _slots in nouns.get(key, []):
                if predicate not in ("agreementWith", "jointVentureWith", "cooperatesWith"):
                    continue
                for s in party_ids(holders, ctx):
                    for o in party_ids(partners, ctx):
                        if s != o:
                            yield Candidate(s, predicate, o, f"talks:{key}", "planned", sent)


@triggered_by(lambda lex: lex.words("coordinated_modifiers"))
def coordinated_action_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``France and Germany imposed coordinated sanctions``, ``the two navies held joint exercises``: named
    actors who act together in one clause cooperate."""
    for mod in ctx.find(sent, ctx.lex.words("coordinated_modifiers")):
        obj = mod.head
        if mod.dep_ not in ("amod", "compound") or obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        key = obj.lower_ if obj.lower_ in ctx.lex.nouns else obj.lemma_
        if any(p in COOPERATION for p, _s in ctx.lex.nouns.get(key, [])) or \
                obj.lower_ in ctx.lex.words("joint_statement_nouns"):
            continue  # "formed a joint venture", "signed a joint declaration", "issued a joint statement"
        verb = obj.head
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        named = [t for c in verb.children if c.dep_ == "nsubj" and ctx.entity(c) for t in [c, *c.conjuncts]]
        parties = party_ids([a for t in named if ctx.entity(t) for a in ctx.actors(t, conj=False)], ctx)
        yield from _all_pairs(parties, "cooperatesWith", "coop:coordinated", ctx.status(verb), sent,
                              topics(verb, ctx))


@triggered_by(lambda lex: lex.words("licence_nouns"))
def licence_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Mitsubishi builds the missiles under licence from Raytheon``: making under another's licence is
    cooperation with the licensor."""
    for noun in ctx.find(sent, ctx.lex.words("licence_nouns")):
        if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.head.pos_ != "VERB":
            continue
        verb = noun.head.head
        if ctx.negated(verb):
            continue
        licensors = party_ids([a for p in ctx.pobjs(noun, {"from"}) for a in ctx.actors(p)], ctx)
        for s in party_ids(ctx.clause_subjects(verb), ctx):
            for o in licensors:
                if s != o:
                    yield Candidate(s, "cooperatesWith", o, "coop:licence", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("join_in_verbs"))
def join_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan joined the United States in restricting chip exports``: who joins another in an action works with
    it."""
    for verb in ctx.find(sent, ctx.lex.words("join_in_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        acting = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                   for g in c.children) for c in verb.children)
        if not acting:
            continue
        others = party_ids([a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], ctx)
        for s in party_ids(ctx.subjects(verb), ctx):
            for o in others:
                if s != o:
                    yield Candidate(s, "cooperatesWith", o, "coop:join-in", ctx.status(verb), sent)


@triggered_by(lambda lex: _nouns_of(lex, "cooperatesWith"))
def cooperation_agreement_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``a strategic cooperation framework agreement with X``: a cooperation noun anywhere among an agreement's
    modifiers makes its parties cooperate too (the trigger rules see only the noun right before it)."""
    coop_nouns = _nouns_of(ctx.lex, "cooperatesWith")
    for tok in ctx.find(sent, coop_nouns):
        if tok.dep_ != "compound" or tok.head.dep_ != "compound":
            continue  # the noun right before the agreement is the trigger rules' case
        head = tok.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        key = head.lower_ if head.lower_ in ctx.lex.nouns else head.lemma_
        slots = [s for p, s in ctx.lex.nouns.get(key, []) if p == "agreementWith"]
        if not slots or ctx.negated(head):
            continue
        holders, others = noun_participants(head, slots[0], ctx)
        pairs = [(s, o) for s in holders for o in others if s != o] if others else \
            list(combinations(dict.fromkeys(holders), 2))
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, "coop:agreement-chain", ctx.status(head), sent, topics(head, ctx))


@triggered_by(lambda lex: lex.words("dominance_nouns"))
def campaign_rivalry_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington's campaign to loosen China's grip``, ``the EU's push to counter China's dominance``: the
    owner of the campaign challenges the holder of the grip."""
    challenge = ctx.lex.words("challenge_verbs")
    for tok in ctx.find(sent, ctx.lex.words("dominance_nouns")):
        verb = tok.head
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.lemma_ not in challenge or verb.dep_ != "acl":
            continue
        campaign = verb.head
        before = ctx.doc[verb.left_edge.i - 1] if verb.left_edge.i > sent.start else campaign
        if campaign.lemma_ not in ctx.lex.words("campaign_nouns") and before.head.head.i == campaign.i:
            campaign = before  # "the latest step in Washington's campaign to loosen …": the parser hangs it higher
        if campaign.lemma_ not in ctx.lex.words("campaign_nouns") or ctx.negated(verb):
            continue
        challengers = party_ids([a for c in campaign.children if c.dep_ == "poss" for a in ctx.actors(c)], ctx)
        holders = party_ids(owner(tok, ctx), ctx)
        for s in challengers:
            for o in holders:
                if s != o:
                    yield Candidate(s, "competesWith", o, "rival:campaign", ctx.status(verb), sent)


@triggered_by(lambda lex: {v for v, specs in lex.verbs.items() if any(p in MUTUAL for p, _s in specs)})
def plural_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung and SK Hynix, which compete with Micron``: a plural verb in a relative clause speaks for every
    conjunct of the names it describes (the trigger rules take the nearest one), for the mutual predicates."""
    for tok in ctx.find(sent, ctx.lex_memo("mutual_verbs", lambda: frozenset(
            v for v, specs in ctx.lex.verbs.items() if any(p in MUTUAL for p, _s in specs)))):
        if tok.dep_ != "relcl" or tok.tag_ != "VBP" or any(c.dep_ == "aux" for c in tok.children) or \
                not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in tok.children) or \
                ctx.negated(tok):
            continue
        group = [tok.head, *tok.head.conjuncts]
        if len(group) < 2:
            continue
        subjects = party_ids([a for t in group for a in ctx.actors(t, conj=False)], ctx)
        for predicate, slots in ctx.lex.verbs.get(tok.lemma_, []):
            if predicate not in MUTUAL:
                continue
            others = party_ids(verb_objects(tok, slots, ctx)[0], ctx)
            for s in subjects:
                for o in others:
                    if s != o:
                        yield Candidate(s, predicate, o, f"verb:{tok.lemma_}:plural-relative", ctx.status(tok), sent)


@triggered_by(lambda lex: lex.words("agreeing_verbs"))
def agreed_terms_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia, which agreed the sale with Ericsson``, ``X agreed terms with Y``: what is agreed with another
    party is an agreement with it (the ``with`` phrase hangs on the thing agreed)."""
    for verb in ctx.find(sent, ctx.lex.words("agreeing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        others = [a for o in verb.children if o.dep_ == "dobj" and not any(
                  p in COOPERATION for p, _s in ctx.lex.nouns.get(o.lower_, ctx.lex.nouns.get(o.lemma_, [])))
                  for p in ctx.pobjs(o, {"with"}) for a in ctx.actors(p)]  # "signed a deal with": the noun rule
        for s in party_ids(ctx.subjects(verb), ctx):
            for o in party_ids(others, ctx):
                if s != o:
                    yield Candidate(s, "agreementWith", o, f"agreement:terms:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: {"together", "jointly"})
def together_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The guidelines were published by the ministry together with the regulator``, ``X, together with Y,
    will develop …``: the partner marked ``together with`` on the doer of a joint verb works with it."""
    verbs = ctx.lex.words("joint_verbs")
    for word in ctx.find(sent, {"together", "jointly"}):
        prep = word.head
        if word.dep_ != "advmod" or prep.lower_ != "with" or prep.dep_ != "prep":
            continue
        doer = prep.head
        if doer.pos_ not in ("NOUN", "PROPN") or doer.dep_ not in ("nsubj", "nsubjpass", "pobj"):
            continue
        verb = doer.head.head if doer.dep_ == "pobj" and doer.head.dep_ == "agent" else doer.head
        if doer.dep_ == "nsubjpass" or verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        partners = party_ids([a for p in prep.children if p.dep_ == "pobj" for a in ctx.actors(p)], ctx)
        for s in party_ids(ctx.actors(doer), ctx):
            for o in partners:
                if s != o:
                    yield Candidate(s, "cooperatesWith", o, "joint:together-with", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("pairing_verbs"))
def pairing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The programme pairs Rostec with Safran``, ``the deal brings together A and B``: the parties paired."""
    for verb in ctx.find(sent, ctx.lex.words("pairing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or gathering_subject(verb, ctx):
            continue  # "APEC brings together A and B": members of a bloc or guests of a summit
        objects = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        # "pairs A with B": the parser may hang "with" on the object
        partners = [a for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
                    for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)]
        together = any(c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in verb.children)
        if partners:
            pairs = [(s, o) for s in party_ids(objects, ctx) for o in party_ids(partners, ctx) if s != o]
        else:
            pairs = list(combinations(party_ids(objects, ctx), 2)) if together else []
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"coop:pair:{verb.lemma_}", ctx.status(verb), sent)


def _body(person: Token, ctx: DocContext) -> list[str]:
    """The body a signatory speaks for: ``Omar Alarcón, president of YLB``, ``Lee, Hyundai Rotem's president``,
    ``Safran chief executive X``."""
    found = [titled_body(person, ctx)] if titled_body(person, ctx) else []
    for title in (c for c in person.children if c.dep_ == "appos"):
        found += [a for p in ctx.pobjs(title, {"of", "at", "for"}) for a in ctx.actors(p)]
        found += [a for c in title.children if c.dep_ == "poss" for a in ctx.actors(c)]
    return [a for a in found if ctx.type_of(a) in PARTIES]


@triggered_by(lambda lex: {"sign", "signed", "signs"})
def signatories_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The accord was signed by X, president of A, and Y, a representative of B``: the bodies of the people
    who sign a deal have an agreement."""
    for verb in ctx.find(sent, {"sign", "signed", "signs"}):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        signers = [t for ag in verb.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                   for t in [p, *p.conjuncts]]
        if not signers:
            signers = [t for c in verb.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts]]
        # "signed by X, president of A, and Y, …": the parser may hang the second name on the verb
        signers += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"] if signers else []
        people = [t for t in signers if ctx.type_of(ctx.entity(t) or "") == "Person"]
        bodies = [b for t in people for b in _body(ctx.mention_root(t), ctx)]
        if len(people) >= 2:
            yield from _all_pairs(bodies, "agreementWith", "agreement:signatories", ctx.status(verb), sent)


@triggered_by(lambda lex: _nouns_of(lex, "agreementWith"))
def reduced_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``under an agreement the two companies signed on Monday``, ``a pact Canada and Japan struck``: a deal
    followed by the parties that signed it, without a relative pronoun (read on the surface: the parser often
    takes the parties for an object of the verb before)."""
    nouns = _nouns_of(ctx.lex, "agreementWith")
    signing = ctx.lex.words("signing_verbs")
    doc = ctx.doc
    for tok in ctx.find(sent, nouns):
        if tok.pos_ != "NOUN":
            continue
        end = min(sent.end, tok.i + 8)
        verb = next((t for t in doc[tok.i + 1:end] if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON")
                     or t.text in (";", ":", ".")), None)
        if verb is None or verb.i == tok.i + 1 or verb.lemma_ not in signing or verb.tag_ not in ("VBD", "VBN") \
                or ctx.negated(verb) or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        between = doc[tok.i + 1:verb.i]
        if not any(ctx.entity(t) or t.i in ctx.refs or t.lower_ in ("two", "both") for t in between):
            continue
        parties = party_ids([a for t in between if ctx.entity(t) or t.i in ctx.refs
                            for a in ctx.actors(t, conj=False)], ctx)
        named = party_ids([e.kb_id_ for e in ctx.ents_in(sent) if e.end <= tok.i], ctx)
        firms = [a for a in named if ctx.type_of(a) == "Organization"]
        if not any(ctx.entity(t) for t in between) and len(named) >= 2:
            # "the two": the two parties (or firms) named before it in the sentence; none when that is unclear
            parties = named if len(named) == 2 else firms if len(firms) == 2 else []
        yield from _all_pairs(parties, "agreementWith", "agreement:reduced-relative", ctx.status(verb), sent)
