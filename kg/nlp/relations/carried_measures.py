"""A sanction stated without its holder after a sentence that names the holder through a measure noun: ``The EU
imposed sanctions on Sberbank in June. VTB was sanctioned a month later.`` (the passive with no agent takes the
holder of the sanctions named in one of the two sentences before; :mod:`kg.nlp.relations.carry_rules` does so for a
holder named as a verb's subject).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs, noun_participants

#: verbs whose passive with no agent says a target was sanctioned by someone the text named before
SANCTIONING = {"sanction", "blacklist", "designate", "penalize", "penalise"}


def measure_holders(sent: Span, ctx: DocContext) -> list[str]:
    """The holders of the sanctions a sentence names: ``the EU's sanctions``, ``the EU imposed sanctions on X``."""
    nouns = ctx.lex.nouns
    words = ctx.lex_memo("carried_measures:nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p == "sanctions" for p, _s in entries)))
    found: list[str] = []
    for tok in ctx.find(sent, words):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        holders = noun_participants(tok, [], ctx)[0]
        if not holders and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and not ctx.negated(tok.head):
            holders = ctx.subjects(tok.head)  # "the EU imposed sanctions on X"
        found += [a for a in holders if ctx.type_of(a) != "Person"]
    return list(dict.fromkeys(found))


def _passive_targets(tok: Token, ctx: DocContext) -> list[str]:
    if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children) or ctx.negated(tok):
        return []
    return [a for c in tok.children if c.dep_ == "nsubjpass" for a in ctx.actors(c) if ctx.is_actor(a)]


@triggered_by(lambda lex: SANCTIONING)
def carried_measure_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU imposed sanctions on Sberbank. VTB was sanctioned a month later.``: the holder of the sanctions
    the sentences before name."""
    for tok in ctx.find(sent, SANCTIONING):
        targets = _passive_targets(tok, ctx) if tok.lemma_ in SANCTIONING else []
        if not targets:
            continue
        k = sentence_at(ctx, sent.start)
        holders: list[str] = []
        for back in (1, 2):
            if k - back < 0 or holders:
                break
            holders = [a for a in measure_holders(sentences_of(ctx)[k - back], ctx) if a not in targets]
        status = ctx.status(tok)
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "curb:carried-measure", status, sent)
