"""Former names said in apposition: ``A, the former B``, ``A, formerly known as B``, ``A, the Chinese investment firm
formerly known as B``. B becomes an alias of A (the names of one organisation), not a second entity.

:func:`kg.nlp.repair.formerly_links` reads ``A, formerly B`` and ``A (formerly B)`` with nothing between; these
are the longer forms.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.nlp.tokens import positions

#: words that say the next name is an earlier name of the one before
FORMER_WORDS = frozenset({"former", "formerly", "previously", "once"})
#: how far back (tokens) the appositive's description may reach from the rename word to the comma after A
MAX_DESCRIPTION = 8


def renamed_links(doc: Doc, mentions: Sequence[Mention]) -> dict[str, str]:
    """B's id -> A's id for ``A, the former B`` and ``A, [description] formerly/previously/once known as B``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Lumora , the holding formerly known as Vantor Labs , grew .")
    >>> a = Mention(0, 1, "lumora", "Organization", "ner", "Lumora")
    >>> b = Mention(7, 9, "vantor-labs", "Organization", "ner", "Vantor Labs")
    >>> renamed_links(doc, [a, b])
    {'vantor-labs': 'lumora'}
    >>> doc = spacy.blank("en")("Lumora , the former Vantor Labs , grew .")
    >>> renamed_links(doc, [a, Mention(4, 6, "vantor-labs", "Organization", "ner", "Vantor Labs")])
    {'vantor-labs': 'lumora'}
    """
    by_start = {m.start: m for m in mentions if m.end > m.start and m.kind != "inside"}
    by_end = {m.end: m for m in mentions if m.end > m.start and m.kind != "inside"}
    links: dict[str, str] = {}
    for i in positions(doc, FORMER_WORDS):
        tok = doc[i]
        if tok.lower_ == "former":
            b_start, desc_end = i + 1, i - 1 if i > 0 and doc[i - 1].lower_ == "the" else -1
            if desc_end < 1 or doc[desc_end - 1].text != ",":
                continue
            comma = desc_end - 1
        else:
            if i + 2 >= len(doc) or doc[i + 1].lower_ != "known" or doc[i + 2].lower_ != "as":
                continue
            b_start = i + 3
            comma = next((j for j in range(i - 1, max(i - MAX_DESCRIPTION, 0) - 1, -1)
                          if doc[j].text == ","), -1)
            if comma < 1 or any(t.is_sent_start for t in doc[comma + 1:i + 1]):
                continue
        a, b = by_end.get(comma), by_start.get(b_start)
        if a is not None and b is not None and a.label == b.label and a.entity_id != b.entity_id:
            links[b.entity_id] = a.entity_id
    return links
