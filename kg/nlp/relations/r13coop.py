"""Cooperation and agreements whose parties the parser lost in long news sentences: a list of names before its verb
that the parser hung on the clause before (``On Tuesday, in a ceremony attended by A's leader, India and Japan signed
a memorandum``), a headline's comma list (``US, Japan seal minerals pact``), a list with a description inside it
(``Saudi Arabia, the UAE and Qatar signed``), people standing for their states or firms (``the foreign ministers of
Vietnam and Cambodia signed``, ``Chinese and Russian scientists are collaborating``), a possessive on the last of
coordinated names (``Norway and Sweden's partnership``), who joins others in a joint undertaking (``Italy joined
Britain and Japan in the fighter programme``) or agrees to act with them (``agreed to join the US in …``), and the
members of a consortium (``made up of A, B and C``). Lists are read in surface order by r13coop_lists.py. Word
lists: ``r13coop_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.coop4 import joined_partners
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r13coop_lists import COOPERATION, list_after, past_description, read_list, surface_list
from kg.nlp.relations.slots import verb_objects
from kg.nlp.relations.triggers import distinct_pairs, noun_participants, topics

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def _verb_words(lex) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The verbs of cooperation and agreement in the trigger lexicon and the verbs that do a deal (``sign``)."""
    return frozenset({v for v, specs in lex.verbs.items() if any(p in COOPERATION for p, _s in specs)}
                     | lex.words("r13coop_doing_verbs"))


def _readings(verb: Token, ctx: DocContext) -> Iterator[tuple[str, list[str], bool, Token]]:
    """What ``verb`` says of its subjects: (predicate, counterparts, mutual, trigger) for a cooperation verb
    (``cooperate with``) or a deal noun it does (``signed a memorandum of cooperation with``)."""
    for predicate, slots in ctx.lex.verbs.get(verb.lemma_, []):
        if predicate in COOPERATION:
            objects, mutual = verb_objects(verb, slots, ctx)
            yield predicate, objects, mutual, verb
    if verb.lemma_ in ctx.lex.words("mutual_agreeing_verbs") and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children):
        # "A, B and C agreed to pool funds", "… agreed on a plan"; "A agreed to join B in …", "… to work with B"
        yield "agreementWith", agreed_partners(verb, ctx), True, verb
    if verb.lemma_ not in ctx.lex.words("r13coop_doing_verbs"):
        return
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [c for n in nouns for c in n.conjuncts if c.pos_ == "NOUN"]
    # "a memorandum of cooperation", "a framework for cooperation": the noun the deal is of
    nouns += [p for n in nouns for p in ctx.pobjs(n, {"of", "for", "on"}) if p.pos_ == "NOUN"]
    for noun in nouns:
        if ctx.negated(noun):
            continue
        key = noun.lower_ if noun.lower_ in ctx.lex.nouns else noun.lemma_
        for predicate, slots in ctx.lex.nouns.get(key, []):
            if predicate in COOPERATION:
                _holders, others = noun_participants(noun, slots, ctx)
                mutual = any(s.startswith("self") or s in ("between", "sign", "sign_self") for s in slots)
                yield predicate, others, mutual, noun


def agreed_partners(verb: Token, ctx: DocContext) -> list[str]:
    """Whom the parties of ``agree`` agreed to act with: ``agreed to join the United States in …``, ``agreed to
    work with Japan``."""
    acts = [x for x in verb.children if x.dep_ == "xcomp" and not ctx.negated(x)]
    return party_ids([o for x in acts for p, slots in ctx.lex.verbs.get(x.lemma_, []) if p == "cooperatesWith"
                      for o in verb_objects(x, slots, ctx)[0]] +
                     [o for x in acts if x.lemma_ in ctx.lex.words("join_in_verbs")
                      for c in x.children if c.dep_ == "dobj" for o in ctx.actors(c)], ctx)


@triggered_by(lambda lex: lex.words("mutual_agreeing_verbs"))
def agreed_to_act_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan and the Netherlands agreed to join the United States in restricting exports``, ``India agreed to
    work with Japan``: who agrees to act with another has an agreement with it."""
    for verb in ctx.find(sent, ctx.lex.words("mutual_agreeing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        partners = agreed_partners(verb, ctx)
        if not partners:
            continue
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), partners):
            yield Candidate(s, "agreementWith", o, "r13coop:agreed-to-act-with", ctx.status(verb), sent)


def _skip_to_subject(verb: Token, ctx: DocContext) -> int:
    """The position where the subject of ``verb`` ends on its left: past its auxiliaries, adverbs and a date
    phrase (``India and Japan on Monday formally signed``). Read on the parse's arrays (no token made)."""
    doc, start, v = ctx.doc, ctx.index.sent_of(verb.i).start, verb.i
    parse = ctx.index.parse
    head, dep, lower = parse.head, parse.dep, parse.lower
    i = v - 1
    while i >= start:
        if ctx.mention_at.get(i) is not None or lower[i] == ",":
            return i
        if head[i] == v and dep[i] in ("aux", "auxpass", "advmod", "neg"):
            i -= 1
            continue
        top = i
        while head[top] != v and head[top] != top and head[top] < v:
            top = head[top]
        if head[top] == v and dep[top] in ("prep", "npadvmod") and top <= i:
            phrase = doc[top]
            if all(t.ent_type_ in ("DATE", "TIME") or t.like_num or t.i == top or t.lower_ == "the"
                   for t in phrase.subtree):
                i = phrase.left_edge.i - 1
                continue
        return i
    return i


def people_of(subject: Token, ctx: DocContext) -> list[str]:
    """The states or bodies that people or a group named by a noun stand for: ``the foreign ministers of Vietnam
    and Cambodia``, ``officials from A and B``, ``Chinese and Russian scientists``."""
    if ctx.entity(subject) or subject.lemma_ not in ctx.lex.words("r13coop_people_nouns") and \
            subject.lower_ not in ctx.lex.words("r13coop_people_nouns"):
        return []
    found = [a for p in ctx.pobjs(subject, {"of", "from"}) for a in ctx.actors(p)]
    for child in subject.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < subject.i and ctx.entity(child):
            found += [a for t in [child, *child.conjuncts] for a in ctx.actors(ctx.mention_root(t), conj=False)]
    return party_ids(found, ctx)


def repaired_subjects(verb: Token, ctx: DocContext, depth: int = 0) -> list[str]:
    """The parties doing ``verb`` when the parser lost some of them, else nothing: a list before the verb hung on
    the clause before it (no subject at all), a list longer than the subject the parser gave (a headline's comma
    list, a description inside the list), or people standing for their states or firms (also as the antecedent of
    a relative ``who``)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX") and \
            verb.head.i < verb.i and depth < 2:
        return repaired_subjects(verb.head, ctx, depth + 1)  # "A, B and C agreed to pool …": those who agreed
    if subject is not None:
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "leaders of A, B and C, who pledged to …": the people the clause is about
            named = party_ids(ctx.actors(subject), ctx) if ctx.entity(subject) else []
            if len(named) > 1 and len(named) > len(party_ids(ctx.subjects(verb), ctx)):
                return named  # the clause hangs on the list's first name: "A, B and C, who pledged …"
        people = people_of(subject, ctx)
        if len(people) > 1 and len(people) > len(party_ids(ctx.subjects(verb), ctx)):
            return people
    if verb.dep_ in ("relcl", "acl", "amod", "pcomp"):
        return []
    end = _skip_to_subject(verb, ctx)
    sent_start = ctx.index.sent_of(verb.i).start  # (Token.sent scans the document)
    if end >= sent_start and ctx.mention_at.get(end) is None:
        end = past_description(end, ctx)  # "… and CNNC, its Chinese counterpart, will build"
    if end < sent_start or ctx.mention_at.get(end) is None:
        return []
    at, doc, i = ctx.mention_at, ctx.doc, end
    while i > sent_start and at.get(i - 1) == at[end]:
        i -= 1
    if i < 1 or doc[i - 1].lower_ not in ("and", ",", "&", "the") and doc[i - 1].lower_ not in POSSESSIVE:
        return []  # one name right before the verb: no list the parser could have lost
    if subject is not None and not (subject.i <= end and ctx.entity(subject)):
        return []  # the subject is no name, or not the one right before the verb
    found, first = read_list(end, ctx)
    if len(found) < 2:
        return []
    given = party_ids(ctx.subjects(verb), ctx)  # asked last: the subjects of a verb are costly to read
    if subject is None and given or not set(given) <= set(found) or len(found) <= len(given):
        return []
    if subject is not None and "and" not in (t.lower_ for t in ctx.doc[sent_start:end]) and \
            sent_start != first:
        return []  # "Unlike Russia, China signed": a comma list without "and" only in a headline
    return found


@triggered_by(_verb_words)
def lost_subjects_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``…, India and Japan signed a memorandum of cooperation``, ``US, Japan seal minerals pact``, ``the leaders
    of France, Germany and Italy signed a declaration``: every party of a list the parser lost does the deal or the
    cooperation: with the counterparts when named, else with each other."""
    for verb in ctx.find(sent, ctx.lex_memo("r13coop:verbs", lambda: _verb_words(ctx.lex))):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = repaired_subjects(verb, ctx)
        if not subjects or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        readings = list(_readings(verb, ctx))
        status = ctx.status(verb)
        for predicate, others, mutual, trigger in readings:
            others = party_ids(others, ctx)
            found = distinct_pairs(subjects, others) if others else \
                combinations(subjects, 2) if mutual else ()
            tech = topics(trigger, ctx)
            for s, o in found:
                yield Candidate(s, predicate, o, f"r13coop:lost-subjects:{trigger.lemma_}", status, sent, tech)


def _deal_nouns(lex) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The trigger nouns of cooperation and agreements (``partnership``, ``deal``), and ``joint``."""
    return frozenset({n for n, specs in lex.nouns.items() if any(p in COOPERATION for p, _s in specs)} | {"joint"})


def _noun_reading(noun: Token, ctx: DocContext) -> tuple[str, list[str]] | None:
    """What a noun says its holders have: a trigger noun of cooperation or agreement, or a joint undertaking (a
    joint declaration or statement is an agreement), with the counterparts it names (``partnership with X``)."""
    key = noun.lower_ if noun.lower_ in ctx.lex.nouns else noun.lemma_
    for predicate, slots in ctx.lex.nouns.get(key, []):
        if predicate in COOPERATION:
            return predicate, noun_participants(noun, slots, ctx)[1]
    if not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children):
        return None
    partners = [a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)]
    if noun.lemma_ in ctx.lex.words("r12lex_declaration_nouns"):
        return "agreementWith", partners
    if noun.lower_ in ctx.lex.words("r12lex_not_joint_nouns") or noun.lemma_ in ctx.lex.words("r12lex_not_joint_nouns"):
        return None
    return "cooperatesWith", partners


@triggered_by(_deal_nouns)
def shared_possessive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Norway and Sweden's partnership``, ``Egypt and Jordan's joint research programme``, ``the US, Japan and
    Australia's pact``: a possessive on the last of coordinated names is the whole list's (the parser gives it to
    the last name only and coordinates the noun with the others)."""
    doc = ctx.doc
    for tok in ctx.find(sent, ctx.lex_memo("r13coop:deal_nouns", lambda: _deal_nouns(ctx.lex))):
        noun = tok.head if tok.lower_ == "joint" else tok
        if noun.pos_ != "NOUN" or noun.dep_ != "conj" or ctx.negated(noun):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and ctx.entity(c)), None)
        if owner is None or owner.i + 1 >= len(doc) or doc[owner.i + 1].lower_ not in POSSESSIVE:
            continue
        holders = surface_list(owner.i, ctx)
        if len(holders) < 2 or not ctx.entity(noun.head) or ctx.entity(noun.head) not in holders:
            continue
        reading = _noun_reading(noun, ctx)
        if reading is None:
            continue
        predicate, others = reading
        others = party_ids(others, ctx)
        found = distinct_pairs(holders, others) if others else combinations(holders, 2)
        for s, o in found:
            yield Candidate(s, predicate, o, f"r13coop:shared-possessive:{noun.lemma_}", ctx.status(noun), sent,
                            topics(noun, ctx))


@triggered_by(lambda lex: {"among", "between"})
def listed_between_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the partnership among Saudi Arabia, the UAE and Qatar``, ``an agreement between A, the B and C``: every
    pair of a list after a cooperation or agreement noun's ``between``/``among``, read in surface order."""
    for prep in ctx.find(sent, {"among", "between"}):
        noun = prep.head
        if prep.dep_ != "prep" or noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        key = noun.lower_ if noun.lower_ in ctx.lex.nouns else noun.lemma_
        predicates = [p for p, slots in ctx.lex.nouns.get(key, []) if p in COOPERATION and "between" in slots]
        if not predicates:
            continue
        listed = [a for p in prep.children if p.dep_ == "pobj" for a in list_after(p, ctx)]
        if len(listed) < 3:
            continue  # two names: the trigger rules read them
        for predicate in predicates:
            for s, o in combinations(listed, 2):
                yield Candidate(s, predicate, o, f"r13coop:listed-between:{key}", ctx.status(noun), sent,
                                topics(noun, ctx))


@triggered_by(lambda lex: lex.words("join_in_verbs"))
def joined_in_undertaking_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Italy joined Britain and Japan in the fighter programme``, ``Kenya joined the EU in a vaccine
    initiative``: who joins others in a joint undertaking works with them."""
    undertakings = ctx.lex.words("r13coop_undertaking_nouns")
    for verb in ctx.find(sent, ctx.lex.words("join_in_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        places = [p for p in ctx.pobjs(verb, {"in", "on"})]
        if not any(p.lemma_ in undertakings or p.lower_ in undertakings or
                   (ctx.entity(p) and not ctx.is_actor(ctx.entity(p) or "") and
                    any(t.lemma_ in undertakings for t in ctx.doc[p.left_edge.i:p.i + 1])) for p in places):
            continue
        yield from joined_partners(verb, sent, ctx, "r13coop:joined-in")


@triggered_by(lambda lex: lex.words("coop5_member_group_nouns"))
def consortium_made_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The consortium, made up of EDF, Framatome and Hitachi, …``, ``the consortium comprises A and B``, ``Boeing
    is part of a consortium with Lockheed Martin``: the members of a consortium work together."""
    making = ctx.lex.words("r13coop_made_of_words")
    for noun in ctx.find(sent, ctx.lex.words("coop5_member_group_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        members: list[str] = []
        for verb in [c for c in noun.children if c.dep_ in ("acl", "relcl")] + \
                ([noun.head] if noun.dep_ == "nsubj" else []):
            if verb.lemma_ not in making or ctx.negated(verb):
                continue
            members += [a for c in verb.children if c.dep_ == "dobj" for a in list_after(c, ctx) or ctx.actors(c)]
            members += [a for p in ctx.pobjs(verb, {"of", "by"}) for a in list_after(p, ctx) or ctx.actors(p)]
            members += [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                        for a in list_after(p, ctx) or ctx.actors(p)]
        partners = [a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)]
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "in") else None
        if partners and holder is not None and holder.lemma_ in ("part", "member", "one") and \
                holder.dep_ in ("attr", "dobj") and not ctx.negated(holder.head):
            # "Boeing is part of a consortium with X", "Boeing joined as a member of a consortium with X"
            for s, o in distinct_pairs(party_ids(ctx.subjects(holder.head), ctx), party_ids(partners, ctx)):
                yield Candidate(s, "cooperatesWith", o, "r13coop:consortium-with", ctx.status(holder.head), sent)
        for s, o in combinations(party_ids(members, ctx), 2):
            yield Candidate(s, "cooperatesWith", o, f"r13coop:{noun.lemma_}-made-of", ctx.status(noun), sent)
