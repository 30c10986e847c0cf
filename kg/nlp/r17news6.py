"""Round 17 (branch r17news6), entity side: another name given after a short description, ``Emirates
Telecommunications Group, the Emirati operator known as e&`` (:func:`described_known_as_links`, read by
:class:`kg.nlp.linker.EntityLinker` with the other links between names)."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.nlp.mentions import Mention

#: the longest description between a name's comma and ``known as``
MAX_DESCRIPTION = 6
#: words after which ``known as`` gives a former name (kg/nlp/renames.py reads those)
FORMER = frozenset({"formerly", "previously", "once"})


def described_known_as(doc: Doc, end: int) -> int | None:
    """The index of ``known`` in ``<name>, <short description> known as <other name>``, where the name ends at
    ``end`` (exclusive); ``None`` when the words after the name are no such description.

    >>> import spacy
    >>> doc = spacy.blank("en")("Nordavia Holdings , the Oslo insurer known as NordHold , grew")
    >>> described_known_as(doc, 2)
    6
    >>> described_known_as(spacy.blank("en")("Nordavia , the holding formerly known as Vantor , grew"), 1) is None
    True
    """
    if end >= len(doc) or doc[end].text != ",":
        return None
    for k in range(end + 2, min(end + 2 + MAX_DESCRIPTION, len(doc) - 2)):
        t = doc[k]
        if t.text in (",", ";", ".", "(", ")") or t.is_sent_start:
            return None
        if t.lower_ == "known" and doc[k + 1].lower_ == "as":
            return None if doc[k - 1].lower_ in FORMER else k
        if t.lower_ in ("who", "which", "that", "whose"):
            return None
    return None


def described_known_as_links(doc: Doc, mentions: Sequence[Mention]) -> dict[str, str]:
    """B's id -> A's id for ``A, <short description> known as B`` (an organisation's other name; ``formerly known
    as`` is :mod:`kg.nlp.renames`').

    >>> import spacy
    >>> doc = spacy.blank("en")("Nordavia Holdings , the Oslo insurer known as NordHold , grew")
    >>> a = Mention(0, 2, "nordavia", "Organization", "ner", "Nordavia Holdings")
    >>> b = Mention(8, 9, "nordhold", "Organization", "ner", "NordHold")
    >>> described_known_as_links(doc, [a, b])
    {'nordhold': 'nordavia'}
    """
    by_start = {m.start: m for m in mentions if m.end > m.start and m.kind != "inside"}
    links: dict[str, str] = {}
    for a in mentions:
        if a.end <= a.start or a.kind == "inside" or a.label not in ("Organization", "InternationalOrganization"):
            continue
        k = described_known_as(doc, a.end)
        if k is None:
            continue
        b = by_start.get(k + 2 + (k + 2 < len(doc) and doc[k + 2].lower_ == "the"))
        if b is not None and b.entity_id != a.entity_id and b.label in ("Organization", "InternationalOrganization",
                                                                        "Person", "Technology"):
            links.setdefault(b.entity_id, a.entity_id)
    return links
