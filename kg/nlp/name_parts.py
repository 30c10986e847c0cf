"""Where one NER span holds more than one name, or a describing word before the name: the words ``split_span``
(:mod:`kg.nlp.repair`) cuts at.

- a describing common noun the model took in (``Kazakh miner Kazatomprom``, ``its subsidiary HiSilicon``): what
  comes before it is no name of its own;
- ``and`` beside a known organisation's whole name (``Japan Bank for International Cooperation and Nippon Export
  and Investment Insurance``): two names;
- ``and`` or ``&`` between two known organisations' whole names (``the Chinese tech groups Alibaba and Tencent``).
"""

from __future__ import annotations

from spacy.tokens import Doc

#: the spans key of the gazetteer's matches (kg.nlp.pipeline): a known name on one side of "and" in an NER span
GAZETTEER_KEY = "kg_gazetteer"
#: gazetteer types whose match beside "and" makes two names of one NER span (a country word may be a body's field)
ACTOR_TYPES = ("Organization", "InternationalOrganization")
#: lower-case words inside people's and firms' names that are no describing noun ("Tahnoon bin Zayed", "Ford Model e")
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la",
                            "le", "y", "dos", "das", "del", "e", "ul", "ud"})


def describing_noun(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a lower-case common noun before a capitalised word (``miner`` in ``Kazakh miner
    Kazatomprom``), not a particle of a person's name (``bin`` in ``Tahnoon bin Zayed``).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kazakh", "miner", "Kazatomprom"], pos=["ADJ", "NOUN", "PROPN"])
    >>> describing_noun(doc, 1), describing_noun(doc, 0)
    (True, False)
    """
    tok = doc[i]
    return tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha and tok.lower_ not in NAME_PARTICLES and \
        i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def known_beside(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the words before the ``and`` at ``i`` in ``doc[start:end]`` are all of a known organisation's name (a
    gazetteer match) and two words or more follow it, or the words after it are all of one and two words or more
    come before it: the words on the other side are another name (``Ministry of Commerce and Industry`` has one
    word after its ``and``)."""
    known = doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ()
    first = start + (doc[start].lower_ == "the")
    return any(g.label_ in ACTOR_TYPES and (g.start == first and g.end == i and end - i > 2 or
                                             g.start == i + 1 and g.end == end and i - first >= 2)
               for g in known)


def known_pair(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the ``and`` (or ``&``) at ``i`` in ``doc[start:end]`` joins two known organisations' whole names,
    each running to the comma or the span's edge beside it (``Alibaba and Tencent``; ``A, B and C``).

    >>> import spacy
    >>> doc = spacy.blank("en")("groups Alibaba and Tencent")
    >>> doc.spans[GAZETTEER_KEY] = [doc.char_span(7, 14, "Organization"), doc.char_span(19, 26, "Organization")]
    >>> known_pair(doc, 2, 1, 4), known_pair(doc, 2, 0, 4)
    (True, False)
    """
    known = {(g.start, g.end) for g in (doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ())
             if g.label_ in ACTOR_TYPES}
    left = i
    while left > start and doc[left - 1].text != ",":
        left -= 1
    right = i + 1
    while right < end and doc[right].text != ",":
        right += 1
    return (left, i) in known and (i + 1, right) in known
