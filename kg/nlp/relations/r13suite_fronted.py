"""A participle clause set before the clause it describes (branch r13suite): ``Funded by Saudi Arabia's PIF, Lucid
opened a factory`` (the agent funds the main clause's subject), ``Ordered by Beijing to cut its reliance on foreign
chips, ByteDance switched suppliers`` (the agent directs it), ``Having signed a trade agreement with Australia, the
UAE expects …`` (the main clause's subject signed it). curbs3b.py reads the fronted sanctions; this reads the other
trigger verbs of the lexicon. Word list ``r13suite_fronted_predicates`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13suite_misread import names_after
from kg.nlp.relations.triggers import distinct_pairs, pairs
from kg.schema import PREDICATES

#: the slots of a trigger verb that read its object: the patient of a passive
PATIENT_SLOTS = ("dobj", "dobj_org", "dobj_owner", "dobj_to", "dobj_maker")
#: the prepositions of a trigger noun's counterpart (``an agreement with Australia``)
NOUN_PREPS = ("with", "between", "to", "in", "into", "on", "against")


def main_subjects(verb: Token, sent: Span, ctx: DocContext) -> list[str]:
    """The actors the clause after a fronted participle is about: its subject by the parse, or (the parser often
    breaks such sentences) the names right after the comma that closes the participle clause."""
    head = verb.head
    if verb.dep_ == "advcl" and verb.i < head.i:
        found = [a for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.actors(c)]
        if found:
            return found
    for comma in (t for t in sent if t.i > verb.i and t.lower_ == ","):
        names = names_after(comma.i + 1, sent, ctx)
        if not names:
            continue
        after = comma.i + 1  # the first word after the names: a verb of the clause they are the subject of
        while after < sent.end - 1 and (ctx.mention_at.get(after) is not None or ctx.doc[after].lower_ in
                                        ("the", ",", "and")):
            after += 1
        return names if ctx.doc[after].pos_ in ("VERB", "AUX") else []
    return []


def fronted(verb: Token, sent: Span) -> bool:
    """Whether ``verb`` opens its sentence as a participle (``Funded by …,``, ``Having signed …,``)."""
    first = sent[0] if sent[0].lower_ not in ('"', "“") else sent[1]
    if verb.i == first.i:
        return verb.tag_ in ("VBN", "VBG")
    return first.lower_ == "having" and verb.i == first.i + 1 and verb.tag_ == "VBN"


@triggered_by(lambda lex: lex.words("r13suite_fronted_verbs"))
def fronted_participle_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Funded by PIF, Lucid opened a plant`` (PIF investsIn Lucid), ``Having signed a deal with Australia, the
    UAE …`` (the UAE agreementWith Australia)."""
    allowed = ctx.lex.words("r13suite_fronted_predicates")
    for verb in ctx.find(sent, ctx.lex.words("r13suite_fronted_verbs")):
        if not fronted(verb, sent) or ctx.negated(verb):
            continue
        # "Funded by Norway in 2020, …": before a lone name the parser may label "by" prep rather than agent
        agents = [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"]
        if verb.tag_ == "VBN" and agents and (sent[0].i == verb.i):
            yield from _passive(verb, agents, sent, ctx, allowed)
        elif verb.tag_ == "VBN" and not agents or verb.tag_ == "VBG":
            yield from _active(verb, sent, ctx, allowed)


def _passive(verb: Token, agents: list[Token], sent: Span, ctx: DocContext, allowed) -> Iterator[Candidate]:
    doers = [a for p in agents for a in ctx.actors(p)]
    patients = main_subjects(verb, sent, ctx)
    for predicate, slots in ctx.lex.verbs.get(verb.lemma_, []):
        if predicate not in allowed or not any(s in PATIENT_SLOTS for s in slots):
            continue
        for s, o in distinct_pairs(doers, patients):
            yield Candidate(s, predicate, o, f"r13suite:fronted-{verb.lemma_}-by", ctx.status(verb), sent)


def _active(verb: Token, sent: Span, ctx: DocContext, allowed) -> Iterator[Candidate]:
    """``Having signed an agreement with X, Y …``, ``Partnering with X, Y …``: Y does what the participle says."""
    doers = main_subjects(verb, sent, ctx)
    if not doers:
        return
    found: list[tuple[str, list[str]]] = []
    for predicate, slots in ctx.lex.verbs.get(verb.lemma_, []):
        others = [a for s in slots if s in NOUN_PREPS for p in ctx.pobjs(verb, {s}) for a in ctx.actors(p)]
        found.append((predicate, others))
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        for predicate, slots in ctx.lex.nouns.get(noun.lower_) or ctx.lex.nouns.get(noun.lemma_) or []:
            preps = {s for s in slots if s in NOUN_PREPS}
            others = [a for h in (noun, verb) for p in ctx.pobjs(h, preps) for a in ctx.actors(p)]
            found.append((predicate, others))
    for predicate, others in found:
        if predicate not in allowed:
            continue
        sym = PREDICATES[predicate].symmetric
        for s, o in (pairs(doers, others, False) if sym else distinct_pairs(doers, others)):
            yield Candidate(s, predicate, o, f"r13suite:fronted-{verb.lemma_}", ctx.status(verb), sent)
