"""A body word and ``of`` before a name the model found: ``Turkey's Presidency of`` + ``Defense Industries``.

The model often takes only the capitalised words after ``of``; the body word before them (``Presidency``,
``Ministry``, ``Office``: ``body_heads`` in ``data/lexicon/org_name_words.json``) begins the name.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.nlp.mentions import Mention


def heads_before_of(doc: Doc, mentions: list[Mention], heads: Collection[str]) -> list[Mention]:
    """``mentions`` with each NER organisation after ``<Body word> of`` extended back over those two words.

    >>> import spacy
    >>> doc = spacy.blank("en")("sanctions on Turkey 's Presidency of Defense Industries .")
    >>> m = Mention(6, 8, "defense-industries", "Organization", "ner", "Defense Industries")
    >>> [x.text for x in heads_before_of(doc, [m], {"presidency"})]
    ['Presidency of Defense Industries']
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "ner" or m.label != "Organization" or m.start < 2:
            continue
        head, of = doc[m.start - 2], doc[m.start - 1]
        if of.lower_ == "of" and head.lower_ in heads and head.is_title and head.i not in taken:
            m.start, m.text = head.i, doc[head.i:m.end].text
    return mentions
