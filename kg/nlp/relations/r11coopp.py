"""Readings that are *not* cooperation (round 11, precision of ``cooperatesWith``), asked by the cooperation rules
before they pair two actors:

- a thing made: ``the engine is to be developed with Safran`` (a passive of a making verb without an agent: its
  subject is what is made, not a party);
- a name that holds the trigger word: ``financed through the Digital Trade Partnership`` (a programme named so);
- a venture created jointly: ``a fund it is creating jointly with X`` (the verb's joint-venture reading says it);
- a forum or gathering that brings its members together: ``APEC brings together Japan, Chile and Peru``;
- the allies of a bloc: ``a NATO ally`` (a member, not a partner of the bloc);
- a trade pact: ``a comprehensive economic partnership agreement`` (an agreement, not cooperation);
- the partners of a project listed: ``A, B and C are technology partners`` (of the project, not of each other);
- a partitive ``among them``: ``…, military cooperation among them`` (one of the things listed).

Word lists: ``r11coopp_*`` in data/lexicon/cooperation.json.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.slots import verb_objects

#: prepositions whose object, a partner noun, describes who the clause is about (``serves as X's partner``,
#: ``is among its partners``, ``built it with its partners``), unlike ``turned against a NATO ally``
DESCRIBING_PREPS = frozenset({"as", "among", "with", "alongside"})

#: the lexicon slot that marks a making verb (``develop``, ``build``, ``produce`` … ``together``)
MAKING_SLOT = "together"


def made_thing_subject(tok: Token, slots: list[str]) -> bool:
    """Whether ``tok``, a making verb (its slots include ``together``), is a passive without an agent: ``the jet is
    to be developed with X``, ``the engine, produced with Y`` — what it hangs on is the thing made, not a party.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> made_thing_subject(nlp("built")[0], ["with"])
    False
    """
    if MAKING_SLOT not in slots:
        return False
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.pos_ == "VERB" and not _has_subject(tok):
        tok = tok.head  # "is to be developed and produced with X": the first verb's voice
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    return passive or (tok.dep_ == "acl" and tok.tag_ == "VBN")


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)


def inside_name(tok: Token, ctx: DocContext) -> str | None:
    """The name a trigger word is part of (``the Digital Trade Partnership``), if any: a programme or an actor so
    named is no party of the partnership its name speaks of."""
    return ctx.entity(tok)


def venture_reading(tok: Token, ctx: DocContext) -> bool:
    """Whether a joint verb's joint-venture reading finds a partner (``creating a fund jointly with X``), or what is
    made or run together is a joint venture (``the joint fund, to be run by A and B together``): then the venture
    says it (jointVentureWith), and joint action adds no cooperation."""
    return joint_venture_thing(tok, ctx) or any(predicate == "jointVentureWith" and verb_objects(tok, slots, ctx)[0]
               for predicate, slots in ctx.lex.verbs.get(tok.lemma_, []))


def joint_venture_thing(tok: Token, ctx: DocContext) -> bool:
    """Whether what ``tok`` makes or runs is a joint venture: ``run the joint company together``, ``the joint fund, to
    be run by A and B together``."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl"):
        things.append(tok.head)
    modifiers = ctx.lex.words("jv_modifiers")
    return any(t.lemma_ == "venture" or any(c.lower_ in modifiers for c in t.children if c.dep_ in ("amod", "compound"))
               for t in things)


def replaced_partner(verb: Token, ctx: DocContext) -> bool:
    """Whether a verb that takes a partner ``as`` its object replaces or drops it: ``Huawei replaced Ericsson as
    Telenor's partner`` (the one replaced is a partner no more, and no partner of who replaced it)."""
    return verb.lemma_ in ctx.lex.words("r11coopp_replacing_verbs")


def gathering_subject(verb: Token, ctx: DocContext) -> bool:
    """Whether what ``brings together`` its objects is a bloc or a gathering (``APEC brings together …``, ``the
    summit brought together …``): they meet or belong there; that does not make them partners."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        eid = ctx.entity(child)
        if eid is not None and ctx.type_of(eid) == "InternationalOrganization":
            return True
        if eid is None and child.lemma_.lower() in ctx.lex.words("r11coopp_gathering_nouns"):
            return True
    return False


def bloc_ally(tok: Token, holder: Token, ctx: DocContext) -> bool:
    """``a NATO ally``, ``the alliance's allies``: a bloc's ally is its member (memberOf), not its partner."""
    eid = ctx.entity(holder)
    return tok.lower_ in ctx.lex.words("r11coopp_member_nouns") and eid is not None and \
        ctx.type_of(eid) == "InternationalOrganization"


def trade_pact(tok: Token, outer: Token | None, ctx: DocContext) -> bool:
    """``an economic partnership agreement``, ``a trade partnership deal``: a trade pact is an agreement only."""
    return outer is not None and tok.dep_ in ("compound", "amod") and \
        outer.lemma_ in ctx.lex.words("r11coopp_pact_nouns") and any(
        c.lower_ in ctx.lex.words("r11coopp_trade_words") for c in tok.children if c.dep_ in ("amod", "compound"))


def project_partners(tok: Token, described: list[str], ctx: DocContext) -> bool:
    """``A, B and C are technology partners``: three or more named as partners of some kind are partners of a
    project, not of each other (``A and B are partners`` still are)."""
    return len(described) >= 3 and any(c.dep_ == "compound" and c.pos_ == "NOUN" and not ctx.entity(c)
                                       for c in tok.children)


def partitive_among(prep: Token) -> bool:
    """``…, military cooperation among them``: ``among them`` after a comma picks one of the things listed; it names
    no parties."""
    if prep.lower_ != "among":
        return False
    noun = prep.head
    pronoun = any(c.dep_ == "pobj" and c.lower_ in ("them", "these", "those") for c in prep.children)
    start = noun.left_edge.i
    return pronoun and start > 0 and noun.doc[start - 1].text == ","
