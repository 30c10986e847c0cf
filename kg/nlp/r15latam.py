"""``the country`` after a country named only as a company's home: in ``Kazakhstan picked Russia's Rosatom to build
the country's first reactor`` the country is Kazakhstan, not Russia, whose possessive only says where Rosatom is
based. Used by :func:`kg.nlp.references.resolve_references`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.nlp.tokens import lowers

#: how many words may stand between ``Country's`` and the organisation it is home to (``state nuclear corporation``)
MAX_DESCRIPTOR_WORDS = 4


def home_marker(doc: Doc, m: Mention, org_at: Callable[[int], bool]) -> bool:
    """Whether mention ``m`` is a possessive followed within a few words by an organisation's name (``org_at``
    says whether a token begins or is inside one): ``Russia's state nuclear corporation Rosatom``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia 's state nuclear corporation Rosatom will build it")
    >>> m = Mention(0, 1, "russia", "Country", "name", "Russia")
    >>> home_marker(doc, m, lambda i: i == 5), home_marker(doc, m, lambda i: False)
    (True, False)
    """
    i = m.end
    if i >= len(doc) or doc[i].lower_ not in ("'s", "\u2019s", "'", "\u2019"):
        return False
    for k in range(i + 1, min(len(doc), i + 2 + MAX_DESCRIPTOR_WORDS)):
        if org_at(k):
            return True
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def subject_country(doc: Doc, before: int, candidates: Sequence[Mention], org_at: Callable[[int], bool]) -> str | None:
    """For a reference at ``before`` whose most recent country (``candidates[0]``, newest first) is only a company's
    home (:func:`home_marker`): an earlier country of the same sentence that is not one, else None.

    >>> import spacy
    >>> doc = spacy.blank("en")("Chile picked Japan 's carmaker Toyota to build the country 's plant")
    >>> ms = [Mention(2, 3, "japan", "Country", "name", "Japan"),
    ...       Mention(0, 1, "chile", "Country", "name", "Chile")]
    >>> subject_country(doc, 10, ms, lambda i: i == 5)
    'chile'
    """
    if not candidates or not home_marker(doc, candidates[0], org_at):
        return None
    sent_start = doc[before].sent.start if doc.has_annotation("SENT_START") else 0
    for m in candidates[1:]:
        if m.start < sent_start:
            return None
        if m.entity_id != candidates[0].entity_id and not home_marker(doc, m, org_at):
            return m.entity_id
    return None


#: the longest field after ``on`` that :func:`topic_tail` cuts off (``AI``, ``5G``, ``6G``)
MAX_TOPIC_WORDS = 2


def topic_tail(doc: Doc, start: int, end: int) -> int | None:
    """The position of an ``on`` that ends a name of the form ``<Body> of <Name>`` inside the NER span
    ``start:end`` when what follows it is a short all-capital field and the span is followed by a common noun:
    ``with the University of Lima on AI research`` -> the ``on`` (``AI`` is the field, not part of the name).
    ``the Global Partnership on AI`` (no ``of`` before it) and ``the Council on Foreign Relations`` stay whole.

    >>> import spacy
    >>> doc = spacy.blank("en")("the University of Lima on AI research")
    >>> for t, pos in zip(doc, ["DET", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "NOUN"]):
    ...     t.pos_ = pos
    >>> topic_tail(doc, 1, 6), topic_tail(doc, 1, 7)
    (4, None)
    """
    words = lowers(doc)[start:end]  # the document's lower-case forms, read once: no Token per word of every name
    if "on" not in words or end >= len(doc) or doc[end].pos_ != "NOUN" or not doc[end].is_lower:
        return None
    at = start + words.index("on")
    tail = doc[at + 1:end]
    if not 0 < len(tail) <= MAX_TOPIC_WORDS or not all(t.text.isupper() or t.text[:1].isdigit() for t in tail):
        return None
    return at if "of" in words[: at - start] and at - start >= 3 else None
