"""Joint action: ``X co-produces radars with Y``, ``X and Y will co-develop an engine``, ``X will deliver the
system together with Y`` — whoever acts jointly cooperates (``cooperatesWith``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.r11coopp import venture_reading

JOINT_WORDS = {"together", "jointly"}
PARTIES = ("Organization", "Country", "InternationalOrganization", "Bloc")  # not people attending together


def _co_verb(tok: Token) -> bool:
    """``co-develop``, whether the tokenizer keeps it whole or splits it at the hyphen."""
    doc = tok.doc
    return tok.lower_.startswith("co-") or (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co")


def _jointly(tok: Token) -> bool:
    """``together``/``jointly`` on the verb or on its ``with`` phrase."""
    return any(c.lower_ in JOINT_WORDS and c.i > tok.i for c in tok.children) or any(
        d.lower_ in JOINT_WORDS for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for d in c.children)


def _maybe_joint(sent: Span, ctx: DocContext) -> list[Token]:
    """The sentence's tokens that may be a joint verb, in order (through the document index, not every verb): a
    joint verb by form or lemma, a word that begins with ``co-``, and the word after ``co`` ``-``."""
    def make() -> list[int]:
        index = ctx.index
        split = {i + 2 for i in index.positions({"co"}) if i + 2 < len(ctx.doc)}
        whole = {i for i, word in enumerate(index.parse.lower) if word.startswith("co-")}
        return sorted(set(index.positions(ctx.lex.words("joint_verbs"))) | whole | split)
    where = ctx.index.memo("maybe_joint", make)
    return [ctx.doc[i] for i in where[bisect_left(where, sent.start):bisect_left(where, sent.end)]]


def joint_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Thales co-produces radars with Hensoldt``; ``India and France will co-develop an engine``; ``Rafael makes
    the missiles jointly with Raytheon``."""
    for tok in _maybe_joint(sent, ctx):
        if tok.pos_ != "VERB" or not (_co_verb(tok) or (tok.lemma_ in ctx.lex.words("joint_verbs") and _jointly(tok))) \
                or ctx.negated(tok) or venture_reading(tok, ctx):
            continue  # "creating a fund jointly with X": a joint venture (the verb rule)
        subjects = [a for a in ctx.subjects(tok) if ctx.type_of(a) in PARTIES]
        # "co-produces radars with Y": the parser may hang "with" on the object
        hosts = [tok] + ([c for c in tok.children if c.dep_ == "dobj"] if _co_verb(tok) else [])
        partners = [a for h in hosts for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)
                    if ctx.type_of(a) in PARTIES]
        pairs = [(s, o) for s in subjects for o in partners if s != o] if partners else \
            list(combinations(dict.fromkeys(subjects), 2))
        status = ctx.status(tok)
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, "joint:verb", status, sent)
