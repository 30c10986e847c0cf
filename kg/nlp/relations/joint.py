"""Joint action: ``X co-produces radars with Y``, ``X and Y will co-develop an engine``, ``X will deliver the
system together with Y`` — whoever acts jointly cooperates (``cooperatesWith``)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext

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


def joint_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Thales co-produces radars with Hensoldt``; ``India and France will co-develop an engine``; ``Rafael makes
    the missiles jointly with Raytheon``."""
    for tok in ctx.index.tagged(sent, ("VERB",)):
        if tok.pos_ != "VERB" or not (_co_verb(tok) or (tok.lemma_ in ctx.lex.words("joint_verbs") and _jointly(tok))) \
                or ctx.negated(tok):
            continue
        subjects = [a for a in ctx.subjects(tok) if ctx.type_of(a) in PARTIES]
        # "co-produces radars with Y": the parser may hang "with" on the object
        hosts = [tok] + ([c for c in tok.children if c.dep_ == "dobj"] if _co_verb(tok) else [])
        partners = [a for h in hosts for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p) if ctx.type_of(a) in PARTIES]
        pairs = [(s, o) for s in subjects for o in partners if s != o] if partners else \
            list(combinations(dict.fromkeys(subjects), 2))
        status = ctx.status(tok)
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, "joint:verb", status, sent)
