"""A document's dependency parse as plain lists by token index (:class:`Parse`), read once from its arrays, for
code that reads many tokens' attributes: the relation rules (through :attr:`kg.nlp.relations.index.DocIndex.parse`)
and the modality of a clause (:mod:`kg.nlp.relations.modality`)."""

from __future__ import annotations

from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc

#: the string of each hash decoded so far (``StringStore`` decodes anew at each look-up; a hash's string is the
#: same in every vocabulary): :func:`read_parse`
_NAMES: dict[int, str] = {0: ""}


class Parse(NamedTuple):
    """A document's parse as plain lists by token index, for code that reads many tokens' attributes (no ``Token``
    per look-up): head index, dependency label, lower-case form, lemma and coarse part of speech (as spaCy's
    ``Token.head.i``, ``dep_``, ``lower_``, ``lemma_``, ``pos_``), and each token's children in order."""

    head: list[int]
    dep: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    children: list[list[int]]


def read_parse(doc: Doc) -> Parse:
    """The :class:`Parse` of ``doc``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Firms", "sell", "chips"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"])
    >>> parse = read_parse(doc)
    >>> parse.head, parse.dep, parse.lower, parse.children
    ([1, 1, 1], ['nsubj', 'ROOT', 'dobj'], ['firms', 'sell', 'chips'], [[], [0, 2], []])
    """
    if not len(doc):
        return Parse([], [], [], [], [], [])
    arr = doc.to_array([HEAD, DEP, LOWER, LEMMA, POS])
    strings, names = doc.vocab.strings, _NAMES
    if len(names) > 500_000:
        names.clear()
        names[0] = ""

    def text(hashes: list[int]) -> list[str]:
        out = list(map(names.get, hashes))  # each string not read before decoded once, across documents
        if None in out:
            out = [o if o is not None else names.setdefault(h, strings[h]) for o, h in zip(out, hashes)]
        return out

    head = (arr[:, 0].view("int64") + numpy.arange(len(arr), dtype="int64")).tolist()
    children: list[list[int]] = [[] for _ in head]
    for n, h in enumerate(head):
        if h != n:
            children[h].append(n)
    return Parse(head, text(arr[:, 1].tolist()), text(arr[:, 2].tolist()), text(arr[:, 3].tolist()),
                 text(arr[:, 4].tolist()), children)
