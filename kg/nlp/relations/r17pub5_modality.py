"""Modality cue of official publications (branch r17pub5); words in the ``r17pub5_disbelief_words`` key of
``data/lexicon/structure.json``: a clause that completes a negated belief states nothing (``We are not persuaded
that X should take a stake in Y``, ``The committee does not believe that X supplied Y``).
"""

from __future__ import annotations

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.parse import Parse


def disbelieved(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """Whether the trigger's clause (``chain``: the trigger and its governors) completes a belief word that is
    negated, on itself or on the copula it completes (``are not persuaded that``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> words = ["We", "are", "not", "persuaded", "that", "X", "should", "buy", "Y"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 7, 7, 7, 3, 7],
    ...           lemmas=["we", "be", "not", "persuade", "that", "X", "should", "buy", "Y"],
    ...           deps=["nsubj", "ROOT", "neg", "acomp", "mark", "nsubj", "aux", "ccomp", "dobj"])
    >>> lex = Lexicon.from_dict({}, {"r17pub5_disbelief_words": ["persuade", "persuaded"]})
    >>> p = read_parse(doc)
    >>> disbelieved([7], p, lex), disbelieved([1], p, lex)
    (True, False)
    """
    words = lex.words("r17pub5_disbelief_words")
    for gov in chain:
        if p.dep[gov] != "ccomp":
            continue
        head = p.head[gov]
        if p.lemma[head] not in words and p.lower[head] not in words:
            return False
        holders = [head] + ([p.head[head]] if p.dep[head] in ("acomp", "xcomp") else [])
        return any(p.dep[c] == "neg" for h in holders for c in p.children[h])
    return False
