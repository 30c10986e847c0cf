"""Where equipment comes from: ``the navy's Russian-made fighters``, ``Egypt flies French-built jets`` — the
country of make supplies whoever owns or operates the equipment (``suppliesTo``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


def _equipment(word: Token) -> Token | None:
    """The noun a ``-made``/``-built`` modifier describes (``Russian-made MiG-29 fighters``: fighters)."""
    noun, steps = word, 0
    while noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i and steps < 3:
        noun, steps = noun.head, steps + 1
    return noun if noun is not word and noun.pos_ in ("NOUN", "PROPN") else None


def _users(noun: Token, ctx: DocContext) -> list[str]:
    """Who owns or operates ``noun``: its possessor, else the subject of a verb of using or buying it."""
    owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    if owners:
        return owners
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_ in ("reliance", "dependence"):
        # "India's dependence on Russian-made arms", "to cut its reliance on Chinese-built cranes"
        return [a for c in noun.head.head.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_ in ctx.lex.words("operator_verbs") \
            and not ctx.negated(verb):
        return ctx.clause_subjects(verb)
    return []


@triggered_by(lambda lex: lex.words("origin_words"))
def origin_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the Indian Air Force's Russian-built Su-30 fighters`` gives Russia suppliesTo Indian Air Force;
    ``Vietnam flies Russian-made Kilo submarines`` gives Russia suppliesTo Vietnam."""
    words = ctx.lex.words("origin_words")
    doc = ctx.doc
    for tok in ctx.find(sent, words):  # the words' tokens (by form or lemma), in order
        if tok.lower_ not in words or tok.i < 2 or doc[tok.i - 1].text not in ("-", "\u2013"):
            continue
        country = ctx.entity(doc[tok.i - 2])
        if not country or ctx.type_of(country) != "Country":
            continue
        noun = _equipment(tok)
        if noun is None:
            continue
        for user in _users(noun, ctx):
            home = ctx.entities[user].country if user in ctx.entities else None
            if user != country and ctx.is_actor(user) and home != country:  # not "Apple's American-made chips"
                yield Candidate(country, "suppliesTo", user, "supply:origin", "asserted", sent)
