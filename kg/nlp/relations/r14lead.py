"""Small readings shared by the trigger rules (round 14, the lead's): a deal whose counterpart is named only by a
common noun (``signed contracts with several operators``) pairs nobody among its signatories."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext


def unnamed_counterpart(tok: Token, ctx: DocContext) -> bool:
    """Whether the trigger noun ``tok`` (or the noun it modifies, or the verb it is the object of) has a ``with``
    phrase that names no actor: ``Ericsson and Nokia signed contracts with several operators`` is no contract
    between Ericsson and Nokia.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["A", "and", "B", "signed", "deals", "with", "operators"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 0, 0, 3, 3, 4, 5],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "dobj", "prep", "pobj"])
    >>> class Nobody:  # a context in which no word names an actor
    ...     def actors(self, tok, groups=True): return []
    >>> unnamed_counterpart(doc[4], Nobody()), unnamed_counterpart(doc[3], Nobody())
    (True, False)
    """
    holders = [tok]  # the noun, the noun it names a kind of ("cooperation agreements"), the verb taking it
    while holders[-1].dep_ in ("compound", "dobj") and len(holders) < 3:
        holders.append(holders[-1].head)
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" and not ctx.actors(o, groups=True) for o in c.children)
        for h in holders for c in h.children)
