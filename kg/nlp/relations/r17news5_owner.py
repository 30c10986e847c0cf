"""Whose part ``its`` names (branch r17news5): the organisation before a part's noun, read apart from the rules of
:mod:`kg.nlp.relations.r17news5` so that :mod:`kg.nlp.relations.events` can use it without an import cycle."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext


def its_org(tok: Token, exclude: list[str], ctx: DocContext) -> list[str]:
    """``its`` before a part's noun (``from its trading subsidiary Westgaz``): an owner is an organisation, so the
    organisation that is a subject in the sentence, else the last one named before, never a state that is the
    sentence's subject (as :meth:`DocContext.recent_org` reads ``it``) nor one of ``exclude``."""
    doc = ctx.doc
    named = [ctx.entity(doc[i]) for i in range(tok.i - 1, tok.sent.start - 1, -1)]
    orgs = [e for e in named if e and e not in exclude and ctx.type_of(e) == "Organization"]
    subjects = [ctx.entity(doc[i]) for i in range(tok.sent.start, tok.i) if ctx.entity(doc[i]) in orgs
                and ctx.mention_root(doc[i]).dep_ in ("nsubj", "nsubjpass")]
    return subjects[-1:] or orgs[:1]
