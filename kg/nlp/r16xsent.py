"""Reading across sentences, on the entity side (round 16): what the linker's reference step and its place
countries need before the relation rules run.

- ``the two Chengdu Haiguang companies`` after ``…; Higon; Chengdu Haiguang Integrated Circuit; Chengdu Haiguang
  Microelectronics Technology`` are the two companies whose names hold ``Chengdu Haiguang``, not the last two named
  (:func:`description_name_words`, :func:`named_group`).
- ``added two small Chinese banks to the list``: a counted plural nothing makes definite brings in new ones; it is no
  reference back (:func:`indefinite_count`).
- ``the Santa Clara-based company``: a town of several countries is in the one the document names a country or an
  organisation of (:func:`document_countries`, for :func:`kg.nlp.places.choose_countries`).
- ``In the state of Kerala, … the country's operators``: the country a clause is set in (:func:`setting_country`).

Called by :func:`kg.nlp.references.resolve_references`, :mod:`kg.nlp.linker` and
:mod:`kg.nlp.relations.pair_refs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from kg.nlp.mentions import Mention
from kg.nlp.places import PLACES_KEY
from kg.records import Entity


def description_name_words(tok: Token, covered: set[int]) -> list[str]:
    """The proper nouns a plural description puts before its noun, outside any mention (``the two Chengdu Haiguang
    companies``: chengdu, haiguang), lower-cased; none for ``the two companies`` or ``the two Chinese companies``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["the", "two", "Chengdu", "Haiguang", "companies"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[4, 4, 3, 4, 4],
    ...           deps=["det", "nummod", "compound", "compound", "ROOT"], pos=["DET", "NUM", "PROPN", "PROPN", "NOUN"])
    >>> description_name_words(doc[4], set())
    ['chengdu', 'haiguang']
    >>> description_name_words(doc[4], {2, 3})
    []
    """
    found: list[str] = []
    for child in tok.lefts:
        if child.dep_ in ("compound", "nmod", "amod") and child.pos_ == "PROPN":
            found.extend(t.lower_ for t in child.subtree if t.pos_ == "PROPN" and t.i not in covered and t.is_alpha)
    return found


def holds_words(names: Iterable[str], words: list[str]) -> bool:
    """Whether one of ``names`` (an entity's label and aliases) holds every word of ``words`` as a whole word.

    >>> holds_words(["Chengdu Haiguang Integrated Circuit"], ["chengdu", "haiguang"])
    True
    >>> holds_words(["AMD", "Advanced Micro Devices"], ["chengdu", "haiguang"])
    False
    """
    return any(all(re.search(r"\b" + re.escape(w) + r"\b", name.lower()) for w in words) for name in names)


def named_group(mentions: list[Mention], ents: dict[str, Entity], before: int, words: list[str],
                n: int) -> list[str]:
    """The ``n`` entities named before token ``before`` whose names hold ``words`` (sorted), or none when their
    number is not ``n``: a group the text named by words of its names is those names, or nobody the reader can
    tell, never the last ``n`` names."""
    found = sorted({m.entity_id for m in mentions if m.start < before and m.entity_id in ents and
                    holds_words([ents[m.entity_id].label, *ents[m.entity_id].aliases], words)})
    return found if len(found) == n else []


def document_countries(mentions: list[Mention], ents: dict[str, Entity], iso_of: dict[str, str]) -> set[str]:
    """The ISO codes of the countries a document names, and of the countries of the organisations it names (when
    known): where a place's name is a town of several countries, the one of these it can be in is meant (``Nvidia
    … the Santa Clara-based company``: Santa Clara, California, not Cuba). ``iso_of``: gazetteer id -> ISO code.

    >>> m = [Mention(0, 1, "nvidia", "Organization", "ner", "Nvidia"), Mention(2, 3, "kenya", "Country", "name", "")]
    >>> ents = {"nvidia": Entity("nvidia", "Nvidia", "Organization", country="united-states"),
    ...         "kenya": Entity("kenya", "Kenya", "Country")}
    >>> sorted(document_countries(m, ents, {"united-states": "US", "kenya": "KE"}))
    ['KE', 'US']
    """
    found: set[str] = set()
    for m in mentions:
        e = ents.get(m.entity_id)
        if e is None:
            continue
        country = m.entity_id if e.type == "Country" else e.country if e.type == "Organization" else None
        if country in iso_of:
            found.add(iso_of[country])
    return found


#: words that make a counted plural definite (``the two banks``, ``these two firms``, ``both banks``)
DEFINITE = frozenset({"the", "these", "those", "both", "its", "their"})


def indefinite_count(tok: Token) -> bool:
    """Whether a plural description is counted without being made definite: ``added two small Chinese banks to
    the list`` brings in two banks the text has not named (or names next), it does not refer back to the last two
    named; ``the two banks``, ``both banks`` do, and so does a count set beside names or said of them (``Huawei and
    Hikvision, two Chinese groups that …``, ``A and B are two Chinese banks``): it describes them.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["added", "two", "banks", "and", "the", "two", "firms"],
    ...           heads=[0, 2, 0, 2, 6, 6, 2], deps=["ROOT", "nummod", "dobj", "cc", "det", "nummod", "conj"])
    >>> indefinite_count(doc[2]), indefinite_count(doc[6])
    (True, False)
    """
    if tok.dep_ in ("appos", "attr"):
        return False
    left = tok.left_edge.i
    if left >= 2 and tok.doc[left - 1].text == "," and tok.doc[left - 2].ent_type_:
        return False  # "… to Huawei and Hikvision, two Chinese groups that …": an apposition the parser missed
    counted = any(c.dep_ == "nummod" for c in tok.children)
    definite = any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in tok.children) or \
        (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "both")
    return counted and not definite


def setting_country(doc: Doc, at: int, mentions: list[Mention], ents: dict[str, Entity]) -> str | None:
    """The country a clause is set in, for a ``the country`` at token ``at``: the country of the one place its own
    sentence puts the clause in before it (``In the state of Manipur, the state government ordered the country's
    operators …``: India, though Singapore was named last), when the document names that country and the sentence
    names no country before the description (``In Shanghai, Kenya's president said the country …``: not China).
    The place is the object of ``in`` (through ``the state of``) on a verb above the description."""
    sent = doc[at].sent
    if any(sent.start <= m.start < at and m.entity_id in ents and ents[m.entity_id].type == "Country"
           for m in mentions):
        return None
    above = set(t.i for t in doc[at].ancestors)
    found: set[str] = set()
    for span in doc.spans[PLACES_KEY] if PLACES_KEY in doc.spans else []:
        if not sent.start <= span.start < at or not span.kb_id_:
            continue
        node = span.root
        while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj":
            node = node.head.head  # "the state of Manipur"
        if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.i in above and \
                node.head.head.pos_ in ("VERB", "AUX"):
            found.add(span.kb_id_)
    country = found.pop() if len(found) == 1 else None
    return country if country in ents and ents[country].type == "Country" else None
