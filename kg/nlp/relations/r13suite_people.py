"""People and units named beside a counted or possessed noun (branch r13suite): ``Amy Hood and Kevin Scott, two of
Microsoft's top executives`` (each works for Microsoft), ``Microsoft sent three executives: Brad Smith, Amy Hood and
Kevin Scott``, ``three chief executives: Sundar Pichai of Alphabet, Mark Zuckerberg of Meta and Andy Jassy of
Amazon`` (each heads his company), ``Its subsidiary Maserati`` (a part of what ``its`` is). Word lists
``r13suite_person_nouns``, ``r13suite_staffing_verbs``, ``r13suite_unit_nouns`` in ``data/lexicon/cooperation.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13suite_lists import counted_noun, list_openers, spelled_list
from kg.nlp.relations.triggers import distinct_pairs

ITEM_GLUE = frozenset({",", "and", "the"})


def kind_of(noun: Token, ctx: DocContext) -> str:
    """``leaderOf`` for a head's title (``chief executives``, ``bosses``), else ``worksFor``."""
    words = " ".join([c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i] +
                     [noun.lemma_])
    heads = ctx.lex_memo("r13suite:head_titles", lambda: ctx.lex.words("leader_titles") |
                         ctx.lex.words("r13suite_head_nouns"))
    return "leaderOf" if words in heads or noun.lemma_ in heads else "worksFor"


def owners(noun: Token, ctx: DocContext) -> list[str]:
    """The organisation a people noun belongs to: ``Microsoft's executives``, ``Microsoft executives``,
    ``executives of Microsoft``, or the subject of a staffing verb (``Microsoft sent three executives``)."""
    found = [a for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i and
             (ctx.entity(c) or c.lower_ in ("its", "their")) for a in ctx.actors(ctx.mention_root(c), conj=False)]
    found += [a for p in ctx.pobjs(noun, {"of", "at", "from"}) for a in ctx.actors(p, conj=False)]
    if not found and noun.dep_ == "dobj" and noun.head.lemma_ in ctx.lex.words("r13suite_staffing_verbs"):
        found = ctx.subjects(noun.head)
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in ("Organization", "Country",
                                                                  "InternationalOrganization")]


@triggered_by(lambda lex: lex.words("r13suite_person_nouns"))
def people_group_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A and B, two of Microsoft's top executives``, ``A and B, both Microsoft executives``: named people
    described as a group of an organisation's people."""
    parse = ctx.index.parse
    dep, head, lower = parse.dep, parse.head, parse.lower
    for i in ctx.find_at(sent, ctx.lex.words("r13suite_person_nouns")):
        # "two of X's executives": the number is the apposition; "both X executives": the noun is
        if not (dep[i] == "appos" or dep[i] == "pobj" and lower[head[i]] == "of" and dep[head[head[i]]] == "appos"):
            continue  # read on the parse's lists first: most such nouns are no apposition
        noun = ctx.doc[i]
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or ctx.negated(noun):
            continue
        group = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        if group.dep_ != "appos":
            continue
        first = group.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "A and B, two of …": the parser hangs the apposition on the last conjunct
        people = [a for a in ctx.actors(first) if ctx.type_of(a) == "Person"]
        if len(people) < 2 or any(c.lower_ == "respectively" for c in sent):
            continue
        kind = kind_of(noun, ctx)
        # "A and B, the chief executives of X and Y": as many bodies as names, each name the body in its place
        bodies = [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p) if ctx.type_of(a) != "Person"]
        pairs = list(zip(people, bodies)) if len(bodies) == len(people) else distinct_pairs(people, owners(noun, ctx))
        for s, o in pairs:
            yield Candidate(s, kind, o, f"r13suite:people-group-{noun.lemma_}", "asserted", sent)


def titled_items(start: int, sent: Span, ctx: DocContext) -> list[tuple[str, str | None]]:
    """(person, organisation or None) of a list from token ``start``: ``Sundar Pichai of Alphabet, Mark Zuckerberg
    of Meta and Andy Jassy of Amazon``; none unless every item is a person."""
    doc, items, i = ctx.doc, [], start
    while i < sent.end:
        eid = ctx.mention_at.get(i)
        if eid is None:
            if doc[i].lower_ in ITEM_GLUE:
                i += 1
                continue
            if doc[i].lower_ in (".", ";", "!", "?"):
                break
            return []
        if ctx.type_of(eid) != "Person":
            return []
        while i < sent.end and ctx.mention_at.get(i) == eid:
            i += 1
        org = None
        if i + 1 < sent.end and doc[i].lower_ in ("of", "at", "from") and ctx.mention_at.get(i + 1):
            org = ctx.mention_at[i + 1]
            i += 1
            while i < sent.end and ctx.mention_at.get(i) == org:
                i += 1
        items.append((eid, org))
    return items if len(items) >= 2 else []


@triggered_by(lambda lex: lex.words("r13suite_list_openers"))
def people_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``three chief executives: A of X, B of Y and C of Z`` (each heads the company after his name), ``Microsoft
    sent three executives: A, B and C`` (each works for Microsoft)."""
    for opener, first in list_openers(sent, ctx):
        noun = counted_noun(opener, sent, ctx)
        if noun is None or noun.lemma_ not in ctx.lex.words("r13suite_person_nouns") or ctx.negated(noun):
            continue
        kind = kind_of(noun, ctx)
        items = titled_items(first, sent, ctx)
        if items and all(org is not None for _, org in items):
            for person, org in items:
                if ctx.type_of(org or "") in ("Organization", "Country", "InternationalOrganization"):
                    yield Candidate(person, kind, org or "", f"r13suite:people-list-{noun.lemma_}", "asserted", sent)
            continue
        people = [a for a in spelled_list(first, sent, ctx) if ctx.type_of(a) == "Person"]
        for s, o in distinct_pairs(people, owners(noun, ctx)):
            yield Candidate(s, kind, o, f"r13suite:people-list-{noun.lemma_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("r13suite_unit_nouns"))
def possessed_unit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Stellantis's subsidiary Maserati``, ``Its unit Maserati will …``: the named unit right after the noun is a
    part of its owner (not when the parser makes the noun a modifier of the name: that reading gave false parts)."""
    for noun in ctx.find(sent, ctx.lex.words("r13suite_unit_nouns")):
        if noun.pos_ != "NOUN" or ctx.entity(noun) or ctx.negated(noun):
            continue  # "SoftBank's Arm": a name, not the noun
        owner_toks = [c for c in noun.children if c.dep_ == "poss"]
        names = [c for c in noun.children if c.dep_ == "appos" and c.i == noun.i + 1 and ctx.entity(c)]
        owned = [a for t in names for a in ctx.actors(ctx.mention_root(t), conj=False)]
        whole = [a for t in owner_toks for a in ctx.actors(ctx.mention_root(t) if ctx.entity(t) else t, conj=False)]
        for s, o in distinct_pairs([a for a in owned if ctx.type_of(a) == "Organization"],
                                   [a for a in whole if ctx.type_of(a) == "Organization"]):
            yield Candidate(s, "partOf", o, f"r13suite:possessed-{noun.lemma_}", "asserted", sent)
