"""A counted group spelled out after a colon (branch r13suite): ``delivered jets to four countries: Poland,
Denmark and Norway``, ``competes with three American platforms: Instagram, YouTube and Snapchat``, ``Three
start-ups build humanoid robots: Figure AI, Agility Robotics and Apptronik``, ``runs ventures with several
carmakers, among them SAIC and FAW``. The parser hangs the names on whatever noun is near; here they are read in
surface order after the colon and stand for the counted noun before it, in the slot of the trigger that governs
it. Word lists ``r13suite_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import verb_objects
from kg.nlp.relations.triggers import distinct_pairs, noun_participants

#: what may stand between the names of a list
LIST_GLUE = frozenset({",", "and", "the", "as", "well", "plus", "&"})
#: how far before the colon the counted noun may stand (``to four countries this year:``)
REACH = 8
OBJECT_DEPS = ("dobj", "dative")


def spelled_list(start: int, sent: Span, ctx: DocContext) -> list[str]:
    """The actors named one after another from token ``start`` to the end of ``sent`` (or a ``;``): two at least,
    nothing but names and list glue between them; else none."""
    doc, found, i = ctx.doc, [], start
    end = sent.end
    while i < end:
        eid = ctx.mention_at.get(i)
        if eid is not None:
            if not ctx.is_actor(eid):
                return []
            if eid not in found:
                found.append(eid)
            while i < end and ctx.mention_at.get(i) == eid:
                i += 1
            continue
        low = doc[i].lower_
        if low in (";", ".", "!", "?") or doc[i].is_space:
            break
        if low not in LIST_GLUE:
            return []
        i += 1
    return found if len(found) >= 2 else []


def counted_noun(colon: int, sent: Span, ctx: DocContext) -> Token | None:
    """The plural noun a list stands for: counted (``four countries``, ``several carmakers``) and close before the
    list's opener."""
    quantifiers = ctx.lex.words("r13suite_group_quantifiers")
    for i in range(colon - 1, max(sent.start, colon - REACH) - 1, -1):
        tok = ctx.doc[i]
        plural = tok.tag_ == "NNS" or tok.lower_.endswith("s")  # the tagger reads "start-ups" as NN at times
        if plural and tok.pos_ == "NOUN" and not ctx.entity(tok) and any(
                c.dep_ == "nummod" or c.lower_ in quantifiers for c in tok.children):
            return tok
        if tok.lower_ in (";", ":") or ctx.entity(tok) and ctx.is_actor(ctx.entity(tok)):
            return None  # another list or a name of its own: not this list's noun
    return None


def fits(noun: Token, names: list[str], ctx: DocContext) -> bool:
    """Whether the named actors can be what the noun counts: countries are states, people are persons, any other
    noun counts organisations (``platforms``, ``carmakers``)."""
    types = {ctx.type_of(n) for n in names}
    if noun.lemma_ in ctx.lex.words("r13suite_state_nouns") or noun.lower_ in ctx.lex.words("r13suite_state_nouns"):
        return types <= {"Country", "Bloc"}
    if noun.lemma_ in ctx.lex.words("r13suite_person_nouns") or noun.lower_ in ctx.lex.words("r13suite_person_nouns"):
        return types == {"Person"}
    if noun.lemma_ in ctx.lex.words("r13suite_any_party_nouns"):
        return "Person" not in types
    return types == {"Organization"}


def list_openers(sent: Span, ctx: DocContext) -> Iterator[tuple[int, int]]:
    """(where the list opener is, where its first name starts): ``: A, B``, ``, among them A and B``."""
    for tok in ctx.find(sent, ctx.lex.words("r13suite_list_openers")):
        if tok.lower_ == ":":
            yield tok.i, tok.i + 1
        elif tok.lower_ == "among" and tok.i + 1 < sent.end and ctx.doc[tok.i + 1].lower_ in ("them", "which"):
            yield tok.i, tok.i + 2
        elif tok.lower_ == "namely":
            yield tok.i, tok.i + 1


@triggered_by(lambda lex: lex.words("r13suite_list_openers"))
def counted_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Lockheed delivered jets to four countries: Poland, Denmark and Norway`` (each a recipient), ``Three
    start-ups build robots: A, B and C`` (each a maker), ``TikTok competes with three platforms: A, B and C``."""
    for opener, first in list_openers(sent, ctx):
        names = spelled_list(first, sent, ctx)
        noun = counted_noun(opener, sent, ctx) if names else None
        if noun is None or not fits(noun, names, ctx):
            continue
        yield from _in_slot(noun, names, sent, ctx)


def _in_slot(noun: Token, names: list[str], sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """The relations the listed names take in the counted noun's place."""
    head = noun.head
    prep = head if noun.dep_ == "pobj" and head.dep_ in ("prep", "dative") else None
    governor = prep.head if prep is not None else head
    if noun.dep_ in OBJECT_DEPS or prep is not None:
        position = prep.lower_ if prep is not None else "dobj"
        if governor.pos_ in ("VERB", "AUX") and governor.lemma_ in ctx.lex.verbs:
            if ctx.negated(governor):
                return
            for predicate, slots in ctx.lex.verbs[governor.lemma_]:
                if not _slot_here(slots, position, prep):
                    continue
                subjects = [s for s in ctx.subjects(governor) if ctx.is_actor(s)]
                for s, o in distinct_pairs(subjects, names):
                    yield Candidate(s, predicate, o, f"r13suite:counted-list-{governor.lemma_}",
                                    ctx.status(governor), sent)
        elif governor.pos_ == "NOUN" and prep is not None and \
                (governor.lower_ in ctx.lex.nouns or governor.lemma_ in ctx.lex.nouns):
            if ctx.negated(governor):
                return
            for predicate, slots in ctx.lex.nouns.get(governor.lower_) or ctx.lex.nouns[governor.lemma_]:
                if prep.lower_ not in slots:
                    continue
                holders, _ = noun_participants(governor, slots, ctx)
                verb = governor.head if governor.dep_ == "dobj" else None
                if not holders and verb is not None:
                    holders = [a for a in ctx.clause_subjects(verb) if ctx.is_actor(a)]
                for s, o in distinct_pairs(holders, names):
                    yield Candidate(s, predicate, o, f"r13suite:counted-list-{governor.lemma_}",
                                    ctx.status(governor), sent)
    elif noun.dep_ == "nsubj" and governor.pos_ == "VERB":
        yield from _listed_doers(governor, names, sent, ctx)


def _slot_here(slots: list[str], position: str, prep: Token | None) -> bool:
    """Whether one of a trigger verb's slots reads the counted noun's position (its object, a preposition)."""
    if position == "dobj":
        return any(s == "dobj" or s.startswith("dobj_") and s not in ("dobj_to", "dobj_list") for s in slots)
    return position in slots or prep is not None and prep.dep_ == "dative" and "dative" in slots


def _listed_doers(verb: Token, names: list[str], sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Three start-ups build humanoid robots: A, B and C``: each listed name does what the counted subject does
    (a technology made or developed, or a trigger verb's objects)."""
    if ctx.negated(verb):
        return
    status = ctx.status(verb)
    if verb.lemma_ in ctx.lex.words("focus_verbs"):
        techs = [t for c in verb.children if c.dep_ == "dobj" for t in ctx.technologies(c)]
        for name in names:
            for tech in dict.fromkeys(techs):
                yield Candidate(name, "focusesOn", tech, f"r13suite:counted-list-{verb.lemma_}", status, sent)
    for predicate, slots in ctx.lex.verbs.get(verb.lemma_, []):
        objects, _ = verb_objects(verb, slots, ctx)
        for s, o in distinct_pairs(names, objects):
            yield Candidate(s, predicate, o, f"r13suite:counted-list-{verb.lemma_}", status, sent)
