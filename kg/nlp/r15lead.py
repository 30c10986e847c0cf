"""Round 15, the lead's entity readings: people's names the small English model misread as places or
organisations, told by the person's role that describes them (``Alexei Sakhnin, an analyst at BCS``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.descriptors import described_as
from kg.nlp.name_parts import GAZETTEER_KEY

#: NER labels the small English model gives to people's names it does not know (``Alexei`` a GPE, ``Sakhnin`` an ORG)
MISREAD_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})


def _first_names(doc: Doc, ent: Span, known: set[int]) -> int:
    """Where a person's name begins that the model cut after its first names: capitalised proper nouns right
    before ``ent`` that hang on it as compounds and that no gazetteer name covers (``Alexei`` of ``Alexei
    Sakhnin``)."""
    start = ent.start
    while start > 0 and start - ent.start > -2:
        tok = doc[start - 1]
        if tok.pos_ != "PROPN" or not tok.is_title or tok.dep_ != "compound" or \
                not ent.start <= tok.head.i < ent.end or tok.i in known:
            break
        start -= 1
    return start


def people_by_role(doc: Doc, roles: set[str]) -> list[Span]:
    """``doc.ents`` with the names the model took for places or organisations that a person's role describes made
    people: ``Alexei Sakhnin, an analyst at BCS`` (the model gave ``Sakhnin`` ORG and left ``Alexei`` out),
    ``Tatyana Maximova, head of ICANN's Moscow office`` (``Tatyana`` GPE, ``Maximova`` ORG). The name must have
    two or three capitalised words, none of them a gazetteer name.

    >>> import spacy
    >>> from spacy.tokens import Doc, Span
    >>> words = ["Alexei", "Sakhnin", ",", "an", "analyst", ",", "spoke"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 6, 1, 4, 1, 1, 6],
    ...           deps=["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT"],
    ...           pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"])
    >>> doc.ents = [Span(doc, 1, 2, label="ORG")]
    >>> [(e.text, e.label_) for e in people_by_role(doc, {"analyst"})]
    [('Alexei Sakhnin', 'PERSON')]
    """
    known = {i for s in (doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ()) for i in range(s.start, s.end)}
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    for ent in ents:
        if ent.label_ in MISREAD_PERSON_LABELS and not any(i in known for i in range(ent.start, ent.end)):
            start = _first_names(doc, ent, known)
            span = doc[start:ent.end]
            if 2 <= len(span) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in span) and \
                    described_as(span, roles):
                out = [o for o in out if o.end <= start]  # a first name the model gave a label of its own
                out.append(Span(doc, start, ent.end, label="PERSON"))
                changed = True
                continue
        out.append(ent)
    return out if changed else ents
