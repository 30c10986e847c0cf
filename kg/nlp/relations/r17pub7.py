"""Constructions of development-bank and official releases found by the seventh published stand-in (branch r17pub7).

- a loan, grant or credit given "to help" a named body do something: ``The World Bank approved a $200 million loan to
  help Zambia's power utility ZESCO expand its grid`` gives ``World Bank investsIn ZESCO`` (the beneficiary is the
  object of ``help`` or the subject of the verb after it; the funder is the subject of the verb that gives the money).

Word lists: ``r17pub7_money_nouns``, ``r17pub7_help_verbs`` (data/lexicon/cooperation.json).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: types a loan's beneficiary may have (a person is helped by no development loan in these releases)
BENEFICIARY_TYPES = frozenset({"Organization", "Country", "InternationalOrganization"})


def _helps(noun: Token, verb: Token | None, words: set[str]) -> list[Token]:
    """The ``to help`` clauses of a money noun: on the noun (``a loan to help X``) or on the verb that gives it
    (``approved a loan to help X``), after the noun."""
    heads = [noun] + ([verb] if verb is not None else [])
    return [c for h in heads for c in h.children
            if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.lemma_ in words and c.i > noun.i and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _helped(help_verb: Token) -> list[Token]:
    """Who is helped: the object of ``help`` or the subject of the verb after it (``help X expand``)."""
    out = [c for c in help_verb.children if c.dep_ == "dobj"]
    out += [s for c in help_verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return out


@triggered_by(lambda lex: lex.words("r17pub7_money_nouns"))
def loan_to_help_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``ADB approved a $350 million loan to help X strengthen its grid``: ADB invests in X."""
    help_words = ctx.lex.words("r17pub7_help_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r17pub7_money_nouns")):
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if ctx.negated(verb):
            continue
        funders = ctx.subjects(verb)
        if not funders:
            continue
        status = ctx.status(verb)
        for help_verb in _helps(noun, verb, help_words):
            for tok in _helped(help_verb):
                for ben in ctx.actors(tok, groups=False):
                    if ctx.type_of(ben) not in BENEFICIARY_TYPES:
                        continue
                    for funder in funders:
                        if funder != ben and ctx.type_of(funder) != "Person":
                            yield Candidate(funder, "investsIn", ben, "r17pub7:loan-help", status, sent)


R17PUB7_RULES = (loan_to_help_rule,)
