"""Fast token look-ups shared by the linker's rules: a loop over every token of a long document is slow in Python,
so rules that look for a few words ask for the positions of those words first."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from typing import NamedTuple
from weakref import WeakKeyDictionary

from spacy.attrs import IS_PUNCT, LOWER, ORTH
from spacy.tokens import Doc, Span

#: string of each hash read so far (``StringStore`` decodes a string anew at each look-up); hashes are the same in
#: every vocabulary, and the table is emptied when it grows large
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 500_000


class _DocWords(NamedTuple):
    length: int  # the document's length when this was made (a retokenized document gets a new one)
    lowers: list[str]
    where: dict[str, list[int]]  # lower-case form -> the indices of its tokens, in order
    puncts: list[bool]
    text: str


#: per document, its words read once from its arrays (no ``Token`` per token): the linker's rules ask for many
#: word lists and span texts per document
_DOCS: WeakKeyDictionary[Doc, _DocWords] = WeakKeyDictionary()


#: the document read last and its words (most calls in a row ask about one document): no weak-key look-up then
_LAST: list = [lambda: None, None]


def _words(doc: Doc) -> _DocWords:
    last_ref, known = _LAST
    if last_ref() is not doc:
        known = _DOCS.get(doc)
        if known is not None:
            _LAST[:] = [weakref.ref(doc), known]
    if known is not None and known.length == len(doc):
        return known
    if len(_STRINGS) > _MAX_STRINGS:
        _STRINGS.clear()
    lows: list[str] = []
    puncts: list[bool] = []
    where: dict[str, list[int]] = {}
    if len(doc):
        columns = doc.to_array([LOWER, IS_PUNCT])
        hashes = columns[:, 0].tolist()
        strings = doc.vocab.strings
        for new in set(hashes).difference(_STRINGS):  # each word decoded once (the table is shared by documents)
            _STRINGS[new] = strings[new]
        lows = list(map(_STRINGS.__getitem__, hashes))
        puncts = (columns[:, 1] == 1).tolist()
        for i, low in enumerate(lows):
            at = where.get(low)
            if at is None:
                where[low] = [i]
            else:
                at.append(i)
    known = _DOCS[doc] = _DocWords(len(doc), lows, where, puncts, doc.text)
    _LAST[:] = [weakref.ref(doc), known]
    return known


def span_text(span: Span) -> str:
    """``span.text``, sliced from its document's text made once (``Span.text`` joins its tokens at each call).

    >>> import spacy
    >>> doc = spacy.blank("en")("The  Ministry of Ports said")
    >>> span_text(doc[2:5]) == doc[2:5].text == "Ministry of Ports"
    True
    """
    return _words(span.doc).text[span.start_char:span.end_char]


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once per document (``Doc.text`` joins its tokens at each call).

    >>> import spacy
    >>> doc_text(spacy.blank("en")("Rosatom (Russia) said"))
    'Rosatom (Russia) said'
    """
    return _words(doc).text


def positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens of ``doc`` whose lower-case form is one of ``words``, in order.

    >>> import spacy
    >>> positions(spacy.blank("en")("The Government and the government."), {"government"})
    [1, 4]
    """
    where = _words(doc).where
    hit = where.keys() & words  # the words the document has: a set operation, no look-up per word of a long list
    if len(hit) <= 1:
        return list(where[next(iter(hit))]) if hit else []
    return sorted(i for w in hit for i in where[w])


def lowers(doc: Doc) -> list[str]:
    """The lower-case form of every token of ``doc``, read from its array (no ``Token`` per token), made once per
    document: the list is shared, read it and do not change it.

    >>> import spacy
    >>> lowers(spacy.blank("en")("The Ministry"))
    ['the', 'ministry']
    """
    return _words(doc).lowers


def puncts(doc: Doc) -> list[bool]:
    """``Token.is_punct`` of every token of ``doc``, made once per document (shared: do not change it).

    >>> import spacy
    >>> puncts(spacy.blank("en")("Rosatom (Russia)"))
    [False, True, False, True]
    """
    return _words(doc).puncts


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
