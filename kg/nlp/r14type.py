"""Where one NER span runs two names together: more words :func:`kg.nlp.repair.split_span` cuts at.

- a finite verb in lower case is no word of a name: ``The Commerce Department added Hikvision`` holds two names
  (the model ran the subject, its verb and its object into one organisation);
- ``and`` between a one-word proper name and a known organisation's whole name that the parser makes its conjunct
  (``Visa and Halyk Bank``, ``Halyk Bank and Visa``): two names, where :func:`kg.nlp.name_parts.known_beside` wants
  two words on the other side (``Ministry of Commerce and Industry`` stays one name: ``Industry`` is a conjunct of
  ``Commerce``, not of the ministry).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.name_parts import ACTOR_TYPES, GAZETTEER_KEY

#: fine-grained tags of a finite verb: past tense, third person present, other present
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def finite_verb(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a lower-case finite verb (``added``, ``sues``), which no name holds.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Commerce", "Department", "added", "Hikvision"],
    ...           tags=["NNP", "NNP", "VBD", "NNP"])
    >>> finite_verb(doc, 2), finite_verb(doc, 1)
    (True, False)
    """
    tok = doc[i]
    return tok.is_lower and tok.is_alpha and tok.tag_ in FINITE_TAGS


def known_beside_one(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the ``and`` at ``i`` in ``doc[start:end]`` joins one capitalised proper-noun word and a known
    organisation's whole name (a gazetteer match) whose head word the parser joins to that word as conjuncts.

    >>> import spacy
    >>> words = ["Visa", "and", "Halyk", "Bank", "launched"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "CCONJ", "PROPN", "PROPN", "VERB"],
    ...           heads=[4, 0, 3, 0, 4], deps=["nsubj", "cc", "compound", "conj", "ROOT"])
    >>> doc.spans[GAZETTEER_KEY] = [doc.char_span(9, 19, "Organization")]
    >>> known_beside_one(doc, 1, 0, 4), known_beside_one(doc, 1, 0, 3)
    (True, False)
    """
    first = start + (doc[start].lower_ == "the")
    for g in doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ():
        if g.label_ not in ACTOR_TYPES:
            continue
        if g.start == i + 1 and g.end == end and i - first == 1:
            one, name = doc[first], g
        elif g.start == first and g.end == i and end - i == 2:
            one, name = doc[i + 1], g
        else:
            continue
        if one.pos_ == "PROPN" and one.is_title and one.is_alpha and _conjuncts(one, name.root):
            return True
    return False


def _conjuncts(a: Token, b: Token) -> bool:
    """Whether the parser joins tokens ``a`` and ``b`` as conjuncts (either is the other's ``conj``)."""
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)
