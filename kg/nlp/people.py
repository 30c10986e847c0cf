"""People's names the statistical NER cut short: a given name left outside the span (``with Adolfo Urso``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.nlp.kb import slugify
from kg.nlp.mentions import PERSON_TITLES, Mention

#: NER labels a given name before a person's span may carry (the model often leaves it unlabelled)
GIVEN_NAME_LABELS = {"", "PERSON"}


def extend_person_names(doc: Doc, mentions: list[Mention], known: Callable[[str], bool],
                        roles: set[str] = frozenset()) -> list[Mention]:
    """Extend a person's name to the capitalised proper nouns just before it that the parser attaches to it
    (``Serhat`` in ``hit Serhat Demir``, where the model labelled only ``Demir``).

    ``known`` says whether a word is a name the gazetteer knows (a country, a company): such a word is no
    given name. Titles and roles (``Minister``, ``Chairman``) are not taken in.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["met", "Adolfo", "Urso"], pos=["VERB", "PROPN", "PROPN"],
    ...           heads=[0, 2, 0], deps=["ROOT", "compound", "dobj"])
    >>> [m.text for m in extend_person_names(doc, [Mention(2, 3, "urso", "Person", "ner", "Urso")], lambda w: False)]
    ['Adolfo Urso']
    """
    covered = {i for m in mentions if m.end > m.start for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "ner" or m.label != "Person" or m.end - m.start > 2:
            continue
        start = m.start
        while start > 0 and m.start - start < 2:
            tok = doc[start - 1]
            if tok.i in covered or tok.pos_ != "PROPN" or not tok.is_title or tok.dep_ != "compound" or \
                    not (m.start <= tok.head.i < m.end) or tok.ent_type_ not in GIVEN_NAME_LABELS or \
                    tok.lower_.rstrip(".") in PERSON_TITLES or tok.lower_ in roles or known(tok.text) or \
                    tok.text.endswith(".") and any(c.islower() for c in tok.text):  # "Gen.", "Brig.": a title
                break
            start -= 1
        if start < m.start:
            m.start, m.text = start, doc[start:m.end].text
            m.entity_id = slugify(m.text)
    return mentions
