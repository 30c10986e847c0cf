"""Constructions of corporate text found by the sixth published stand-in (branch r17pub6).

- an earnings call's operator introduces each analyst with the firm they work for: ``Our next question comes from
  Priya Nair with Jefferies``, ``The next question is from Tom Berg of Nomura``, ``We will take our next question
  from Lena Vogt at UBS`` give ``worksFor`` from the analyst to the firm.

Word list: ``r17pub6_question_words`` (data/lexicon/structure.json).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: prepositions that join an analyst's name to their firm
FIRM_PREPOSITIONS = {"with", "of", "at", "from"}


def _asked_from(question: Token, ctx: DocContext) -> list[Token]:
    """The names a question comes from: the object of ``from`` on the question noun (``a question from X``) or on
    the verb it is the subject or object of (``the question comes from X``, ``take our next question from X``)."""
    heads = [question] + ([question.head] if question.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else [])
    return [p for h in heads for p in ctx.pobjs(h, {"from"})]


@triggered_by(lambda lex: lex.words("r17pub6_question_words"))
def analyst_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Our next question comes from Priya Nair with Jefferies``: Priya Nair works for Jefferies."""
    for question in ctx.find(sent, ctx.lex.words("r17pub6_question_words")):
        if question.pos_ != "NOUN":
            continue
        for name in _asked_from(question, ctx):
            person = ctx.entity(name)
            if person is None or ctx.type_of(person) != "Person":
                continue
            root = ctx.mention_root(name)
            # the firm's preposition on the name, or on the verb after the name (the parser's other reading)
            firms = [p for p in ctx.pobjs(root, FIRM_PREPOSITIONS)]
            firms += [p for p in ctx.pobjs(root.head.head, FIRM_PREPOSITIONS - {"from"}) if p.i > root.i] \
                if root.dep_ == "pobj" else []
            for firm in firms:
                org = ctx.entity(firm)
                if org and ctx.type_of(org) == "Organization":
                    yield Candidate(person, "worksFor", org, "r17pub6:analyst", "asserted", sent)
                    break


R17PUB6_RULES = (analyst_rule,)
