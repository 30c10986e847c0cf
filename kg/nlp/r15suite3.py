"""Names the NER model calls a place that act as a party (branch r15suite3): an unknown name labelled GPE that is the
object or subject of a verb only an actor takes part in (``Switzerland has sanctioned Belavia``, ``Jumia is battling
Konga``) names an organisation. A known place (the gazetteer's or ``places/regions.tsv``) never comes here, and a
name after ``in``, ``at``, ``from`` or ``to`` is left a place. Verbs: ``r15suite3_actor_verbs`` in
``data/lexicon/org_name_words.json``.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

#: dependency labels of a party of a verb: its object, its subject, its passive subject
PARTY_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
#: prepositions whose object is a party of the verb they hang on (``battle with X``, ``sanctioned by X``)
PARTY_PREPS = frozenset({"with", "against", "by"})


def acting_place_name(span: Span, verbs: Collection[str]) -> bool:
    """Whether ``span`` (an NER name labelled GPE that nothing knows) is a party of one of ``verbs``: its object or
    subject, or the object of ``with``/``against``/``by`` on it.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Oslo", "sanctioned", "Belavia", "in", "Minsk"],
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           lemmas=["Oslo", "sanction", "Belavia", "in", "Minsk"])
    >>> acting_place_name(doc[2:3], {"sanction"}), acting_place_name(doc[4:5], {"sanction"})
    (True, False)
    """
    if not span.text[:1].isupper():
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in PARTY_PREPS or root.dep_ == "pobj" and head.dep_ == "agent":
        return head.head.lemma_ in verbs
    return root.dep_ in PARTY_DEPS and head is not root and head.lemma_ in verbs
