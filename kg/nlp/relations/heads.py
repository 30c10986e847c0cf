"""Titles read through the clause rather than beside the name: ``named X as chief executive of Y``, ``Y is led by
X``, ``X, the official who heads Y``.

The title rule (:func:`kg.nlp.relations.structure.title_rule`) reads a title next to a person's name; these rules
read the ones a verb or a relative clause carries. Their words are the structure lexicon's (``leader_verbs``,
the title words of :mod:`kg.nlp.relations.titles`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.structure import _kind, _org_in, _title_words, org_noun_targets
from kg.nlp.relations.titles import title_kind, titles

#: verbs whose object or subject takes a title with "as": "named X as CEO", "X serves as chairman"
NAMING_VERBS = {"name", "appoint", "elect", "install", "choose", "confirm", "swear", "nominate", "hire", "tap"}
SERVING_VERBS = {"serve", "act", "remain", "continue", "join", "return", "take", "stay"}


def _persons(toks: list[Token], ctx: DocContext) -> list[str]:
    """The persons among the actors the noun phrases ``toks`` name (with their conjuncts)."""
    return [a for t in toks for a in ctx.actors(t) if ctx.type_of(a) == "Person"]


def _titled(person_tok: Token, title_tok: Token, verb: Token | None, ctx: DocContext) -> Iterator[tuple[str, str]]:
    """(leaderOf or worksFor, organisation) for a title noun phrase (``chief executive of Y``, ``its chairman``)."""
    orgs = _org_in(title_tok, ctx)
    if not orgs and verb is not None and verb.lemma_ == "join":
        # "X joined Y as chief executive": the body is the verb's object
        orgs = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, conj=False)
                if ctx.type_of(a) != "Person"]
    kind = title_kind(_title_words(title_tok), _kind(orgs[0], ctx) if orgs else "", titles(ctx.lex))
    for org in orgs[:1] if kind else []:
        yield kind, org


def as_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The board named Ana Souza as chief executive of Embraer``, ``Ana Souza, who serves as Embraer's
    chairwoman``, ``the swearing-in of X as president of Y``: a title after ``as``."""
    for prep in ctx.find(sent, {"as"}):
        if prep.dep_ != "prep":
            continue
        head, verb = prep.head, None
        if ctx.entity(head) and ctx.type_of(ctx.entity(head) or "") == "Person":
            people = [ctx.entity(head) or ""]
        elif head.pos_ in ("VERB", "AUX") and not ctx.negated(head):
            verb = head
            if head.lemma_ in NAMING_VERBS:
                people = _persons([c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")], ctx)
            elif head.lemma_ in SERVING_VERBS:
                people = [a for a in ctx.subjects(head) if ctx.type_of(a) == "Person"]
            else:
                continue
        else:
            continue
        for title_tok in (c for c in prep.children if c.dep_ == "pobj" and not ctx.entity(c)):
            for kind, org in _titled(head, title_tok, verb, ctx):
                for pid in people:
                    yield Candidate(pid, kind, org, "title:as", "asserted", sent)


def led_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``DeepSeek is led by Liang Wenfeng``, ``the start-up, which is run by X``, ``Y, headed by X``: a person as
    the agent of a passive leading verb."""
    verbs = ctx.lex.words("leader_verbs") - {"found", "direct"}  # founders and directors of films lead nothing
    for tok in ctx.find(sent, verbs):
        if tok.tag_ != "VBN" or tok.lemma_ not in verbs or ctx.negated(tok):
            continue
        people = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in ctx.actors(p) if ctx.type_of(a) == "Person"]
        if not people:
            continue
        if tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
            orgs = org_noun_targets(tok.head, ctx)
        else:
            orgs = [a for c in tok.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        for org in orgs:
            if ctx.type_of(org) in ("Organization", "InternationalOrganization", "Country"):
                for pid in people:
                    yield Candidate(pid, "leaderOf", org, "title:led-by", "asserted", sent)


def title_clause_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X, the secretary of state who heads Britain's science department``, ``X, an official who runs Y``: the
    relative clause of the title in apposition to a person."""
    verbs = ctx.lex.words("leader_verbs") - {"found"}
    for tok in ctx.find(sent, verbs):
        if tok.dep_ != "relcl" or tok.lemma_ not in verbs or ctx.negated(tok):
            continue
        title_tok = tok.head
        if ctx.entity(title_tok) or title_tok.dep_ != "appos" or not ctx.entity(title_tok.head):
            continue
        person = ctx.entity(title_tok.head) or ""
        if ctx.type_of(person) != "Person":
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            for org in ctx.actors(obj) or [a for p in ctx.pobjs(obj, {"of"}) for a in ctx.actors(p)]:
                if ctx.type_of(org) != "Person":
                    yield Candidate(person, "leaderOf", org, "title:appos-relcl", "asserted", sent)


def leads_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X heads the chip division at Siemens``, ``X, who leads quantum research at the Technion``: who leads a
    field or unit "at" an organisation works for it (its head leads the whole)."""
    verbs = ctx.lex.words("leader_verbs") - {"found"}
    leading = ctx.lex.words("leading_bodies")
    for tok in ctx.find(sent, verbs):
        if tok.pos_ != "VERB" or tok.lemma_ not in verbs or ctx.negated(tok):
            continue
        people = [a for a in ctx.subjects(tok) if ctx.type_of(a) == "Person"]
        parts = [c for c in tok.children if c.dep_ == "dobj" and not ctx.entity(c)
                 and c.lower_ not in leading and c.lemma_ not in leading]
        if not people or not parts:
            continue
        orgs = [a for h in parts + [tok] for p in ctx.pobjs(h, {"at"}) for a in ctx.actors(p)
                if ctx.type_of(a) == "Organization"]
        for pid in people:
            for org in dict.fromkeys(orgs):
                yield Candidate(pid, "worksFor", org, "title:leads-part", "asserted", sent)
