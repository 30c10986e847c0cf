"""Technology words that name a firm when used as a count noun (``a Shanghai-based biotech``, ``Chinese
biotechs``, ``a London fintech``): those mentions are no technology area. Word list: ``r15newsa_firm_tech_nouns``
in ``data/lexicon/technologies.json``."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from kg.nlp.mentions import Mention

#: determiners that make a singular technology word one firm (``a biotech``, ``another fintech``, ``the Kazakh
#: fintech said``: as the head of its phrase, not ``the fintech sector``)
COUNTING_DETERMINERS = {"a", "an", "another", "each", "every", "one", "the", "this", "that"}


def counted(tok: Token) -> bool:
    """Whether ``tok`` is used as a count noun: the head of its noun phrase (no compound of a later noun) with an
    indefinite determiner or a number, or a plural the technology is never named by (``biotechs``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> counted(nlp("biotechs")[0])
    True
    """
    if tok.lower_.endswith("s") and not tok.lower_.endswith("ss"):
        return True
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
        return False  # "US biotech curbs", "the biotech sector": the area
    return any(c.dep_ in ("det", "nummod") and c.lower_ in COUNTING_DETERMINERS for c in tok.children)


def firms_not_technology(doc: Doc, mentions: list[Mention], words: Collection[str]) -> list[Mention]:
    """``mentions`` without the one-word technology mentions of ``words`` (lower-case forms) used as a count noun,
    which name a firm.

    >>> import spacy
    >>> doc = spacy.blank("en")("biotechs grew")
    >>> ms = [Mention(0, 1, "biotechnology", "Technology", "alias", "biotechs")]
    >>> firms_not_technology(doc, ms, {"biotechs"})
    []
    """
    dropped = {id(m) for m in mentions if m.label == "Technology" and m.end - m.start == 1
               and doc[m.start].lower_ in words and counted(doc[m.start])}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions
