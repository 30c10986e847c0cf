"""Trigger verbs the tagger read as a noun or an auxiliary (branch r13suite): ``Bosch and Continental supply
braking systems to Volkswagen`` (``supply`` a noun), ``Corning, which supplies cover glass to Apple`` (``supplies``
an auxiliary of ``cover``), ``TikTok competes with Instagram`` (``competes`` a noun). Read in surface order: the
names (or the relative pronoun) right before the word do it, the names after the first preposition of one of its
slots receive it. Word list ``r13suite_misread_verbs`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13suite_lists import counted_noun, fits, list_openers, spelled_list
from kg.nlp.relations.triggers import distinct_pairs, pairs
from kg.schema import PREDICATES

#: how far after the verb its preposition may stand (``supply braking systems for cars to Volkswagen``)
REACH = 7
NAME_GLUE = frozenset({",", "and", "the", "&"})
#: what ends the stretch between the verb and its preposition: another clause or phrase of its own
STOPS = frozenset({",", ";", ":", ".", "which", "that", "who", "while", "but", "after", "before", "because"})


def lemma_of(word: str, verbs: dict) -> str | None:
    """The trigger lemma of an inflected form.

    >>> lemma_of("supplies", {"supply": []}), lemma_of("competes", {"compete": []}), lemma_of("sold", {})
    ('supply', 'compete', None)
    """
    for form in (word, word[:-3] + "y" if word.endswith("ies") else "", word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("es") else ""):
        if form and form in verbs:
            return form
    return None


def names_before(i: int, sent: Span, ctx: DocContext) -> list[str]:
    """The actors named right before token ``i`` (``Bosch and Continental``), or those a relative pronoun right
    before it stands for (``Corning, which``)."""
    doc = ctx.doc
    j = i - 1
    if j >= sent.start and doc[j].lower_ in ("which", "that") and j - 1 >= sent.start and doc[j - 1].lower_ == ",":
        j -= 2
    found: list[str] = []
    while j >= sent.start:
        eid = ctx.mention_at.get(j)
        if eid is not None:
            if not ctx.is_actor(eid):
                break
            if eid not in found:
                found.insert(0, eid)
            while j >= sent.start and ctx.mention_at.get(j) == eid:
                j -= 1
            continue
        if doc[j].lower_ in NAME_GLUE and found:
            j -= 1
            continue
        break
    return found


def names_after(i: int, sent: Span, ctx: DocContext) -> list[str]:
    """The actors named from token ``i`` on, one after another (``Volkswagen and BMW``)."""
    doc, found = ctx.doc, []
    while i < sent.end:
        eid = ctx.mention_at.get(i)
        if eid is not None:
            if not ctx.is_actor(eid):
                break
            if eid not in found:
                found.append(eid)
            while i < sent.end and ctx.mention_at.get(i) == eid:
                i += 1
            continue
        if doc[i].lower_ in NAME_GLUE and (found or doc[i].lower_ == "the"):
            i += 1
            continue
        break
    return found


@triggered_by(lambda lex: lex.words("r13suite_misread_verbs"))
def misread_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Bosch and Continental supply brakes to Volkswagen and BMW``, ``Corning, which supplies glass to Apple``:
    a trigger verb the tagger did not read as a verb, right after the names that do it."""
    verbs = ctx.lex.verbs
    for tok in ctx.find(sent, ctx.lex.words("r13suite_misread_verbs")):
        if tok.pos_ == "VERB" or tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            continue  # a verb verb_rule reads; "supply chain", "sales team": a noun of a noun
        lemma = lemma_of(tok.lower_, verbs)
        doers = (names_before(tok.i, sent, ctx) or shared_subject(tok, ctx)) if lemma else []
        if not doers or _negated_before(tok, ctx):
            continue
        yield from _slots(tok, lemma, doers, sent, ctx)


def shared_subject(tok: Token, ctx: DocContext) -> list[str]:
    """``Samsung develops AI chips and competes with Apple``: a verb the tagger joined to the object of the verb
    before it (``chips and competes``) shares that verb's subject."""
    obj = tok.head
    if tok.dep_ != "conj" or obj.dep_ != "dobj" or obj.head.pos_ != "VERB" or ctx.doc[tok.i - 1].lower_ != "and":
        return []
    return ctx.subjects(obj.head)


def _negated_before(tok: Token, ctx: DocContext) -> bool:
    """``does not supply``, ``no longer supplies``: a negation right before the word (the parse is not to be
    trusted here)."""
    before = {ctx.doc[k].lower_ for k in range(max(0, tok.i - 3), tok.i)}
    return bool(before & {"not", "n't", "never", "longer", "no"}) or ctx.negated(tok)


def _slots(tok: Token, lemma: str, doers: list[str], sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    doc = ctx.doc
    for k in range(tok.i + 1, min(sent.end, tok.i + 1 + REACH)):
        word = doc[k].lower_
        if word in STOPS or doc[k].pos_ == "VERB" and k > tok.i + 1:
            return
        found = False
        for predicate, slots in ctx.lex.verbs[lemma]:
            if word not in slots:
                continue
            receivers = names_after(k + 1, sent, ctx) or _counted_after(k, sent, ctx)
            sym = PREDICATES[predicate].symmetric
            for s, o in (pairs(doers, receivers, False) if sym else distinct_pairs(doers, receivers)):
                found = True
                yield Candidate(s, predicate, o, f"r13suite:misread-{lemma}", ctx.status(tok), sent)
        if found:
            return


def _counted_after(prep: int, sent: Span, ctx: DocContext) -> list[str]:
    """``competes with three platforms: A, B and C``: the names a counted noun right after the preposition stands
    for (:mod:`r13suite_lists`)."""
    for opener, first in list_openers(sent, ctx):
        if opener <= prep:
            continue
        noun = counted_noun(opener, sent, ctx)
        names = spelled_list(first, sent, ctx) if noun is not None and prep < noun.i <= prep + 4 else []
        return names if names and fits(noun, names, ctx) else []
    return []
