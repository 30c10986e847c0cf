"""Fast token look-ups shared by the linker's rules: a loop over every token of a long document is slow in Python,
so rules that look for a few words ask for the positions of those words first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from spacy.attrs import IS_PUNCT, LOWER, ORTH
from spacy.tokens import Doc, Span

#: per document: its length, its tokens' lower-case forms, where each form occurs and which tokens are punctuation,
#: read once from its arrays; the linker's rules ask for many word lists per document (made again if the document
#: was retokenized since)
_WORDS: WeakKeyDictionary[Doc, tuple[int, list[str], dict[str, list[int]], list[bool]]] = WeakKeyDictionary()


def _words(doc: Doc) -> tuple[int, list[str], dict[str, list[int]], list[bool]]:
    known = _WORDS.get(doc)
    if known is not None and known[0] == len(doc):
        return known
    strings, by_hash = doc.vocab.strings, {}
    rows = doc.to_array([LOWER, IS_PUNCT]).tolist() if len(doc) else []
    for i, (low, _punct) in enumerate(rows):
        by_hash.setdefault(low, []).append(i)
    forms = {h: strings[h] for h in by_hash}  # each distinct word's string once
    known = _WORDS[doc] = (len(doc), [forms[low] for low, _ in rows], {forms[h]: at for h, at in by_hash.items()},
                           [bool(punct) for _, punct in rows])
    return known


#: per document: its length and its text (``Doc.text`` joins every token's text anew at each call)
_TEXTS: WeakKeyDictionary[Doc, tuple[int, str]] = WeakKeyDictionary()


def span_text(span: Span) -> str:
    """``span.text``, sliced from its document's text made once (``Span.text`` joins its tokens at each call).

    >>> import spacy
    >>> doc = spacy.blank("en")("The  Ministry of Ports said")
    >>> span_text(doc[2:5]) == doc[2:5].text == "Ministry of Ports"
    True
    """
    doc = span.doc
    known = _TEXTS.get(doc)
    if known is None or known[0] != len(doc):
        known = _TEXTS[doc] = (len(doc), doc.text)
    return known[1][span.start_char:span.end_char]


def positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens of ``doc`` whose lower-case form is one of ``words``, in order.

    >>> import spacy
    >>> positions(spacy.blank("en")("The Government and the government."), {"government"})
    [1, 4]
    """
    where = _words(doc)[2]
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
    return _words(doc)[1]


def puncts(doc: Doc) -> list[bool]:
    """``Token.is_punct`` of every token of ``doc``, made once per document (shared: do not change it).

    >>> import spacy
    >>> puncts(spacy.blank("en")("Rosatom (Russia)"))
    [False, True, False, True]
    """
    return _words(doc)[3]


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
