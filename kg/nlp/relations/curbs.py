"""Sanction and export-curb constructions the trigger lexicon does not reach; their words are in
``data/lexicon/events.json``.

- a measure's target in its relative clause: ``UN sanctions that bar North Korea from trading``, ``curbs that
  target Huawei`` (``sanctions`` or ``restrictsExportsTo`` from the measure's holder);
- goods kept from export: ``its list of goods banned for export to Russia``;
- the destination of exports hung on the curb: ``restrictions on exports of chipmaking tools to China``;
- an order to stop buying or using a maker's products: ``told its companies to stop buying Micron chips``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.commerce import governing_verb, product_makers
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.objects import RELATIVE_PRONOUNS, dobj
from kg.nlp.relations.triggers import distinct_pairs, noun_participants


@triggered_by(lambda lex: {n for n, entries in lex.nouns.items()
                           if any(p in ("sanctions", "restrictsExportsTo") for p, _s in entries)})
def measure_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``UN sanctions that bar North Korea from trading``, ``US curbs that target Huawei``: the object of the
    measure's relative clause is its target."""
    targeting = ctx.lex.words("measure_targeting_verbs")
    nouns = ctx.lex.nouns
    measures = ctx.lex_memo("measure_nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p in ("sanctions", "restrictsExportsTo") for p, _s in entries)))
    for tok in ctx.find(sent, measures):
        if tok.pos_ not in ("NOUN", "PROPN") or ctx.negated(tok):
            continue
        clauses = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in targeting and not ctx.negated(c)
                   and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)]
        if not clauses:
            continue
        key = tok.lower_ if tok.lower_ in nouns else tok.lemma_
        for predicate, slots in nouns.get(key, []):
            if predicate not in ("sanctions", "restrictsExportsTo"):
                continue
            holders, _others = noun_participants(tok, slots, ctx)
            targets = [a for c in clauses for o in dobj(c) for a in ctx.actors(o) if ctx.is_actor(a)]
            if predicate == "restrictsExportsTo":
                targets = [a for a in targets if ctx.type_of(a) != "Person"]
            status = ctx.status(tok)
            for s, o in distinct_pairs(holders, targets):
                yield Candidate(s, predicate, o, "event:measure-relative", status, sent)

@triggered_by(lambda lex: lex.words("export_nouns"))
def banned_export_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``South Korea added 57 items to its list of goods banned for export to Russia``, ``chips restricted from
    export to China``: who keeps goods from export to a country restricts exports to it."""
    for tok in ctx.find(sent, ctx.lex.words("export_nouns")):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "from"):
            continue
        participle = tok.head.head
        if participle.tag_ != "VBN" or participle.lemma_ not in ctx.lex.words("export_banning_verbs") or \
                ctx.negated(participle):
            continue
        targets = [a for p in ctx.pobjs(tok, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        verb = governing_verb(participle) if participle.dep_ in ("acl", "amod") else None
        holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)] if verb is not None and not ctx.negated(verb) \
            else []
        status = ctx.status(verb) if verb is not None else "asserted"
        for s in dict.fromkeys(holders):
            for o in dict.fromkeys(targets):
                if s != o and ctx.type_of(o) != "Person":
                    yield Candidate(s, "restrictsExportsTo", o, "event:banned-export", status, sent)

@triggered_by(
    lambda lex: {n for n, entries in lex.nouns.items() if any(p == "restrictsExportsTo" for p, _s in entries)})
def curb_destination_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan's restrictions on exports of chipmaking tools to China``, ``curbs on chip sales to Russia``: the
    parser may hang the exports' destination on the curb itself."""
    nouns = ctx.lex.nouns
    curbs = ctx.lex_memo("export_curb_nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p == "restrictsExportsTo" for p, _s in entries)))
    exports = ctx.lex.words("export_nouns")
    for tok in ctx.find(sent, curbs):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        if not any(p.lower_ in exports or p.lemma_ in exports for p in ctx.pobjs(tok, {"on"})):
            continue
        targets = [a for p in ctx.pobjs(tok, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        if not targets:
            continue
        key = tok.lower_ if tok.lower_ in nouns else tok.lemma_
        slots = next((sl for p, sl in nouns.get(key, []) if p == "restrictsExportsTo"), [])
        holders = noun_participants(tok, slots, ctx)[0]
        status = ctx.status(tok)
        for s in dict.fromkeys(holders):
            for o in dict.fromkeys(targets):
                if s != o and ctx.type_of(o) != "Person":
                    yield Candidate(s, "restrictsExportsTo", o, "event:curb-destination", status, sent)

@triggered_by(lambda lex: lex.words("use_verbs") | lex.words("purchasing_verbs"))
def ordered_to_stop_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Beijing told its operators to stop buying Micron chips``, ``the regulator ordered banks to stop using
    Huawei gear``: an order to stop buying or using a maker's products is a ban on them (``sanctions``)."""
    ordering = ctx.lex_memo("telling_words", lambda: frozenset(ctx.lex.words("ordering_verbs") |
                                                                  ctx.lex.words("telling_verbs")))
    words = ctx.lex_memo("using_words",
                         lambda: frozenset(ctx.lex.words("use_verbs") | ctx.lex.words("purchasing_verbs")))
    for tok in ctx.find(sent, words):
        stop = tok.head
        if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "pcomp") or stop.lemma_ not in ("stop", "cease", "quit"):
            continue
        order = stop.head
        if stop.dep_ not in ("xcomp", "ccomp") or order.lemma_ not in ordering or ctx.negated(order):
            continue
        things = dobj(tok) + [p for p in ctx.pobjs(tok, {"from"})]
        # "Micron chips", "products from Micron", or the company itself ("stop buying from Micron")
        makers = [a for t in things for a in (product_makers(t, ctx) or ctx.actors(t, conj=True) or
                                              [a for p in ctx.pobjs(t, {"from"}) for a in ctx.actors(p)])]
        status = ctx.status(order)
        for s, o in distinct_pairs((a for a in ctx.subjects(order) if ctx.is_actor(a)),
                                   (a for a in makers if ctx.type_of(a) == "Organization")):
            yield Candidate(s, "sanctions", o, "event:ordered-to-stop", status, sent)
