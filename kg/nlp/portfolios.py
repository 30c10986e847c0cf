"""Portfolios before a minister's title: ``British Defence Secretary Grant Shapps``, ``Communication and
Informatics Minister Budi Arie``. The words before the title name the minister's field, not a body (the body, where
the guidelines want one, comes from the government rules)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

#: how many capitalised words may follow "and" inside a portfolio ("Science, Technology and Innovation")
MAX_AFTER_AND = 3


def before_portfolio_title(doc: Doc, end: int, roles: Collection[str]) -> bool:
    """Whether the name ending at token ``end`` is followed by a title from ``roles``, directly or after ``and``
    and a few capitalised words (``Communication`` in ``Communication and Informatics Minister``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Communication and Informatics Minister Budi Arie spoke .")
    >>> before_portfolio_title(doc, 1, {"minister"}), before_portfolio_title(doc, 3, {"minister"})
    (True, True)
    >>> doc = spacy.blank("en")("Lumora and Vantor signed a deal with the minister .")
    >>> before_portfolio_title(doc, 1, {"minister"})
    False
    """
    if end >= len(doc):
        return False
    if doc[end].lower_ in roles:
        return doc[end].text[:1].isupper()
    if doc[end].lower_ != "and":
        return False
    for i in range(end + 1, min(end + 2 + MAX_AFTER_AND, len(doc))):
        if doc[i].lower_ in roles:
            return i > end + 1 and doc[i].text[:1].isupper()
        if not doc[i].text[:1].isupper():
            return False
    return False
