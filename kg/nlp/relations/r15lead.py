"""Round 15, the lead's relation rules; words: ``r15lead_*`` keys of ``data/lexicon/events.json``.

- a firm that leaves a country's market restricts exports to it (GUIDELINES: halting deliveries, services or
  payments): ``Siemens is pulling out of Russia``, ``Renault exited the Russian market``, ``Nokia withdrew from
  Russia``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.halts import place
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs


def exit_table(ctx: DocContext) -> dict[str, frozenset[str]]:
    """Verb lemma -> how it takes the market it leaves: ``""`` a direct object (``exited Russia``), else the
    preposition or particle and preposition (``withdrew from``, ``pulled out of``)."""
    return ctx.lex_memo("r15lead:exit", lambda: {
        verb: frozenset(ways) for verb, ways in ctx.lex.value("r15lead_exit_verbs").items()})


def left_markets(verb: Token, ways: frozenset[str], ctx: DocContext) -> list[Token]:
    """The words naming what ``verb`` leaves, by the ways it takes them (see :func:`exit_table`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Nokia", "pulled", "out", "of", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3],
    ...           deps=["nsubj", "ROOT", "prt", "prep", "pobj"])
    >>> [t.text for t in left_markets(doc[1], frozenset({"out of"}), None)]
    ['Russia']
    """
    found: list[Token] = []
    if any(c.dep_ == "dobj" for c in verb.children) and "" not in ways:
        return found  # "withdrew its staff from Russia", "pulled its staff out of Russia": the firm stays
    for c in verb.children:
        if c.dep_ == "dobj" and "" in ways:
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ in ways:  # "withdrew from Russia"
            found += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" and "out of" in ways:
            # "pulled out of Russia": "out" a particle with "of" on the verb, or "of" on "out"
            ofs = [g for g in list(c.children) + list(verb.children) if g.dep_ == "prep" and g.lower_ == "of"]
            found += [p for o in ofs for p in o.children if p.dep_ == "pobj"]
    return found


def market_states(word: Token, ctx: DocContext) -> list[str]:
    """The countries a left market names: ``Russia``, ``the Russian market``, ``the market in Iran``."""
    if word.lemma_ in ctx.lex.words("r15lead_market_nouns") or word.lower_ in ctx.lex.words("r15lead_market_nouns"):
        found = [a for c in word.children if c.dep_ in ("amod", "compound", "poss") for a in ctx.actors(c)]
        found += [a for p in ctx.pobjs(word, {"in"}) for a in ctx.actors(p)]
    else:
        found = place(word, ctx)
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) == "Country"]


@triggered_by(lambda lex: frozenset(lex.value("r15lead_exit_verbs")))
def market_exit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Siemens is pulling out of Russia``, ``Renault exited the Russian market``: a firm leaving a country's
    market restricts exports to it; a country or a person leaving is no exit of a business."""
    table = exit_table(ctx)
    for verb in ctx.find(sent, ctx.lex_memo("r15lead:exit_words", lambda: frozenset(table))):
        ways = table.get(verb.lemma_)
        if verb.pos_ != "VERB" or ways is None or ctx.negated(verb):
            continue
        targets = [a for w in left_markets(verb, ways, ctx) for a in market_states(w, ctx)]
        if not targets:
            continue
        firms = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(firms, targets):
            yield Candidate(s, "restrictsExportsTo", o, "r15lead:market-exit", ctx.status(verb), sent)


R15LEAD_RULES = (market_exit_rule,)
