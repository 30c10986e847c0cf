"""Organisations on unseen news: later short forms of a name, and names the place index would take for towns.

- :func:`short_forms`: a later ``Arafura`` or ``MP`` that the model left unlabelled (or took for a place) is the
  organisation whose name it begins (``Arafura Rare Earths``, ``MP Materials``) or is (``Orange``);
- :func:`described_org`: an organisation name that is also a town's (``Orange``) stays an organisation where
  the text describes it as one (``the telecom operator France's Orange``) or a country's possessive stands
  before it (``France's Orange and Spain's Telefonica``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from kg.nlp.descriptors import described_as
from kg.nlp.mentions import PERSON_TITLES, Mention
from kg.nlp.tokens import lowers, positions

#: mention kinds whose names a short form can begin (not the zero-width ``inside`` ones)
NAMED_KINDS = ("name", "alias", "ner")
#: words before a short form that make it something else (``an MP``, ``a Brookfield``: a common noun or a place)
ARTICLES = {"a", "an"}
POSSESSIVES = {"'s", "\u2019s"}


def _capitalised(text: str) -> bool:
    """Whether a word is written as a name: ``Arafura``, ``MP`` (not ``and``, ``3M``, ``de``)."""
    return len(text) >= 2 and text[0].isupper() and text.replace("-", "").isalpha()


def short_keys(doc: Doc, mentions: Sequence[Mention],
               rejected: Callable[[str], bool]) -> dict[tuple[str, ...], Mention]:
    """The first one or two words of every organisation name (a one-word name is its own short form: a later
    ``Orange`` the model left unlabelled), as the short forms that name it; a short form two organisations share,
    or a part of a name that ``rejected`` refuses (a known name, a place, a bare word), is left out, and so is one
    the document also writes in lower case (``Energy`` of ``Energy Fuels``: a common word).

    >>> import spacy
    >>> doc = spacy.blank("en")("Arafura Rare Earths said Arafura would grow.")
    >>> keys = short_keys(doc, [Mention(0, 3, "arafura", "Organization", "ner", "Arafura Rare Earths")],
    ...                   lambda text: False)
    >>> sorted(keys)
    [('Arafura',), ('Arafura', 'Rare')]
    >>> sorted(short_keys(doc, [Mention(0, 1, "arafura", "Organization", "ner", "Arafura")], lambda text: False))
    [('Arafura',)]
    >>> short_keys(doc, [Mention(0, 3, "arafura", "Organization", "ner", "Arafura Rare Earths"),
    ...                  Mention(4, 5, "arafura-2", "Organization", "ner", "Arafura")], lambda text: False)
    {('Arafura', 'Rare'): Mention(start=0, end=3, entity_id='arafura', label='Organization', kind='ner', \
text='Arafura Rare Earths', within=None)}
    """
    low = lowers(doc)
    keys: dict[tuple[str, ...], Mention] = {}
    owners: dict[tuple[str, ...], set[str]] = {}  # the ids of the organisations whose names begin with the words
    refused: set[tuple[str, ...]] = set()
    for m in mentions:
        start = m.start + (low[m.start] == "the") if m.end > m.start else m.end
        if m.label != "Organization" or m.kind not in NAMED_KINDS or m.end <= start:
            continue
        for n in (1, 2):
            if m.end - start < n or m.end - start == n > 1:
                break
            words = tuple(doc[i].text for i in range(start, start + n))
            if not all(_capitalised(w) for w in words) or doc[start + n - 1].is_stop:
                break
            owners.setdefault(words, set()).add(m.entity_id)
            if start + n < m.end and rejected(" ".join(words)):  # a one-word name is a name already
                refused.add(words)
                break
            keys.setdefault(words, m)
    lower_words = {w.lower() for words in keys for w in words}
    common = {w for w in lower_words if any(doc[i].is_lower for i in positions(doc, {w}))}
    return {words: m for words, m in keys.items() if len(owners[words]) == 1 and words not in refused and
            not any(w.lower() in common for w in words)}


def short_forms(doc: Doc, mentions: Sequence[Mention], rejected: Callable[[str], bool]) -> list[Mention]:
    """The mentions plus one for each unlabelled short form of an organisation's name: a word (or two) that
    begins the name, written as in it, read as a proper noun, standing alone (no capitalised word right before or
    after it, no ``a`` or ``an`` before it) and covered by no other mention. ``rejected`` refuses short forms
    that name something else (a place: ``Hubei`` of ``Hubei State Security Department``).

    >>> import spacy
    >>> doc = spacy.blank("en")("MP Materials signed a deal. MP will supply magnets, an MP said.")
    >>> for t in doc:
    ...     t.pos_ = "PROPN" if t.text == "MP" else "X"
    >>> found = short_forms(doc, [Mention(0, 2, "mp-materials", "Organization", "name", "MP Materials")],
    ...                     lambda text: False)
    >>> [(m.start, m.text, m.entity_id) for m in found]
    [(0, 'MP Materials', 'mp-materials'), (6, 'MP', 'mp-materials')]
    """
    keys = short_keys(doc, mentions, rejected) if mentions else {}
    if not keys:
        return list(mentions)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    low = lowers(doc)
    found: list[Mention] = []
    for words in sorted(keys, key=len, reverse=True):
        for i in positions(doc, {words[0].lower()}):
            end = i + len(words)
            if end > len(doc) or any(k in covered for k in range(i, end)) or \
                    any(doc[i + k].text != w for k, w in enumerate(words)):
                continue
            if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end - 1].pos_ != "PROPN":
                continue  # "Brookfield Renewable": the start of another name; "Naval" of "Naval Group": a word
            if i > 0 and (low[i - 1] in ARTICLES or low[i - 1] in PERSON_TITLES or
                          doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start
                          and doc[i - 1].ent_type_ != "DATE"):
                continue  # "an MP", "Mr Halvorsen", "Erik Halvorsen"
            m = keys[words]
            found.append(Mention(i, end, m.entity_id, m.label, "alias", doc[i:end].text))
            covered.update(range(i, end))
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)) if found else list(mentions)


def described_org(span: Span, org_words: set[str], is_country: Callable[[int], bool]) -> bool:
    """Whether an NER organisation name is described as an organisation (``the operator Orange``) or follows a
    country's possessive and ends its phrase (``France's Orange and``): then it is no town of the same name.
    ``is_country(i)`` says whether token ``i`` is part of a country's name.

    >>> import spacy
    >>> doc = spacy.blank("en")("France's Orange and Spain's Telefonica")
    >>> orange = Span(doc, 2, 3, label="ORG")
    >>> described_org(orange, set(), lambda i: i in (0, 5)), described_org(orange, set(), lambda i: False)
    (True, False)
    """
    doc = span.doc
    if span.label_ != "ORG":
        return False
    if described_as(span, org_words):
        return True
    start = span.start
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES or not is_country(start - 2):
        return False
    return span.end == len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")
