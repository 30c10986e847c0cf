"""Fast token look-ups shared by the linker's rules: a loop over every token of a long document is slow in Python,
so rules that look for a few words ask for the positions of those words first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

#: per document: its length, its tokens' lower-case forms and where each form occurs, read once from its array;
#: the linker's rules ask for many word lists per document (made again if the document was retokenized since)
_WORDS: WeakKeyDictionary[Doc, tuple[int, list[str], dict[str, list[int]]]] = WeakKeyDictionary()


def _words(doc: Doc) -> tuple[list[str], dict[str, list[int]]]:
    known = _WORDS.get(doc)
    if known is not None and known[0] == len(doc):
        return known[1], known[2]
    strings, by_hash = doc.vocab.strings, {}
    hashes = doc.to_array(LOWER).tolist() if len(doc) else []
    for i, low in enumerate(hashes):
        by_hash.setdefault(low, []).append(i)
    forms = {h: strings[h] for h in by_hash}  # each distinct word's string once
    low_forms = [forms[h] for h in hashes]
    where = {forms[h]: at for h, at in by_hash.items()}
    _WORDS[doc] = (len(doc), low_forms, where)
    return low_forms, where


def positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens of ``doc`` whose lower-case form is one of ``words``, in order.

    >>> import spacy
    >>> positions(spacy.blank("en")("The Government and the government."), {"government"})
    [1, 4]
    """
    where = _words(doc)[1]
    hit = where.keys() & words  # the words the document has: a set operation, no look-up per word of a long list
    if len(hit) <= 1:
        return list(where[next(iter(hit))]) if hit else []
    return sorted(i for w in hit for i in where[w])


def lowers(doc: Doc) -> list[str]:
    """The lower-case form of every token of ``doc``, read from its array (no ``Token`` per token).

    >>> import spacy
    >>> lowers(spacy.blank("en")("The Ministry"))
    ['the', 'ministry']
    """
    return list(_words(doc)[0])


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
