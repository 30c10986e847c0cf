"""Entity-side repair of branch r17curb: two known names joined by a hyphen that the NER model reads as one
organisation (``the Chile-South Korea trade deal``, ``the India-UAE pact``)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.name_parts import GAZETTEER_KEY

#: the gazetteer types a hyphen may join into a pair: states, blocs and bodies (``EU-China``)
PAIR_TYPES = frozenset({"Country", "Bloc", "InternationalOrganization"})


def hyphen_pair(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the hyphen at ``i`` in ``doc[start:end]`` joins two known states' or blocs' whole names, the first
    from ``start`` (after ``the``) and the second to ``end``.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Chile-South Korea deal")
    >>> doc.spans[GAZETTEER_KEY] = [doc.char_span(4, 9, "Country"), doc.char_span(10, 21, "Country")]
    >>> hyphen_pair(doc, 2, 0, 5), hyphen_pair(doc, 2, 1, 6)
    (True, False)
    """
    if doc[i].text != "-":
        return False
    first = start + (doc[start].lower_ == "the")
    known = {(g.start, g.end) for g in (doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ())
             if g.label_ in PAIR_TYPES}
    return (first, i) in known and (i + 1, end) in known
