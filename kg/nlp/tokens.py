"""Fast token look-ups shared by the linker's rules: a loop over every token of a long document is slow in Python,
so rules that look for a few words ask for the positions of those words first."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc


def positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens of ``doc`` whose lower-case form is one of ``words``, in order.

    >>> import spacy
    >>> positions(spacy.blank("en")("The Government and the government."), {"government"})
    [1, 4]
    """
    if not len(doc):
        return []
    hashes = {doc.vocab.strings[w] for w in words}
    return [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in hashes]


def lowers(doc: Doc) -> list[str]:
    """The lower-case form of every token of ``doc``, read from its array (no ``Token`` per token).

    >>> import spacy
    >>> lowers(spacy.blank("en")("The Ministry"))
    ['the', 'ministry']
    """
    strings = doc.vocab.strings
    return [strings[low] for low in doc.to_array(LOWER).tolist()] if len(doc) else []


def matching(doc: Doc, pattern: re.Pattern[str]) -> list[int]:
    """The indices of the tokens of ``doc`` whose text ``pattern`` matches (``pattern.match``), in order; each
    distinct word is tested once.

    >>> import spacy
    >>> matching(spacy.blank("en")("the H100 and the H20"), re.compile(r"H\\d+"))
    [1, 4]
    """
    if not len(doc):
        return []
    strings, tested = doc.vocab.strings, {}
    out = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        hit = tested.get(orth)
        if hit is None:
            hit = tested[orth] = pattern.match(strings[orth]) is not None
        if hit:
            out.append(i)
    return out
