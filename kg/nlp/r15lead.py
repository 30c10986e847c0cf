"""Round 15, the lead's entity readings: a technology word that names a kind of firm (``the Kazakh fintech
said``) is a description of a company, not a technology mention."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from kg.nlp.mentions import Mention

#: determiners that make a firm-kind word a counted thing (a firm), not a field
COUNTING_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "another", "each", "every"})


def firm_kind_mentions(doc: Doc, mentions: list[Mention], words: Iterable[str]) -> list[Mention]:
    """``mentions`` without the one-word technology mentions of ``words`` (fintech, biotech, …) that head a counted
    noun phrase: ``the Kazakh fintech said``, ``a biotech based in Boston`` name a firm; ``fintech firms``,
    ``investing in fintech`` keep the field.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["The", "Kazakh", "fintech", "grew", "in", "fintech"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 3, 4],
    ...           deps=["det", "amod", "nsubj", "ROOT", "prep", "pobj"])
    >>> ms = [Mention(2, 3, "fintech", "Technology", "name", "fintech"),
    ...       Mention(5, 6, "fintech", "Technology", "name", "fintech")]
    >>> [m.start for m in firm_kind_mentions(doc, ms, {"fintech"})]
    [5]
    """
    kinds = frozenset(words)
    dropped = {id(m) for m in mentions if m.label == "Technology" and m.end - m.start == 1 and
               doc[m.start].lower_ in kinds and doc[m.start].dep_ not in ("compound", "amod") and
               any(c.dep_ == "det" and c.lower_ in COUNTING_DETERMINERS for c in doc[m.start].children)}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions
