"""Fast token look-ups shared by the linker's rules: a loop over every token of a long document is slow in Python,
so rules that look for a few words ask for the positions of those words first."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LOWER
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
