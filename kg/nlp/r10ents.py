"""Organisations on unseen news: later short forms of a name, and names the place index would take for towns.

- :func:`short_forms`: a later ``Arafura`` or ``MP`` that the model left unlabelled (or took for a place) is the
  organisation whose name it begins (``Arafura Rare Earths``, ``MP Materials``) or is (``Orange``);
- :func:`after_country`: an organisation name that is also a town's (``Orange``) stays an organisation where
  a country's possessive stands before it (``France's Orange and Spain's Telefonica``; the linker keeps one the
  text describes as an organisation too: ``the telecom operator France's Orange``); :func:`listed_with_firms`
  does the same for a name the model took for a place, in a list of organisations (``Meta, France's Orange and
  Telenor``);
- :func:`country_word_links`: ``Supreme Court`` beside ``U.S. Supreme Court`` is the same court.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Doc, Span

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


def _memo(memo: dict[str, bool], judge: Callable[[str], bool], text: str) -> bool:
    """``judge(text)``, remembered in ``memo``."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = judge(text)
    return found


def short_keys(doc: Doc, mentions: Sequence[Mention], rejected: Callable[[str], bool],
               place: Callable[[str], bool] = lambda text: False) -> dict[tuple[str, ...], Mention]:
    """The first one or two words of every organisation name (a one-word name is its own short form: a later
    ``Orange`` the model left unlabelled), as the short forms that name it; a short form two organisations share,
    or a part of a name that ``rejected`` refuses (a known name, a place, a bare word), is left out, and so is one
    the document also writes in lower case (``Energy`` of ``Energy Fuels``: a common word). A name of three words
    or more that begins with a ``place`` is named by its second word (``Huayou`` of ``Zhejiang Huayou Cobalt``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Arafura Rare Earths said Arafura would grow.")
    >>> keys = short_keys(doc, [Mention(0, 3, "arafura", "Organization", "ner", "Arafura Rare Earths")],
    ...                   lambda text: False)
    >>> sorted(keys)
    [('Arafura',), ('Arafura', 'Rare')]
    >>> sorted(short_keys(doc, [Mention(0, 1, "arafura", "Organization", "ner", "Arafura")], lambda text: False))
    [('Arafura',)]
    >>> doc = spacy.blank("en")("Arafura Rare Earths and Arafura Mining said Arafura would grow.")
    >>> names = [Mention(0, 3, "arafura", "Organization", "ner", "Arafura Rare Earths"),
    ...          Mention(4, 6, "arafura-2", "Organization", "ner", "Arafura Mining")]
    >>> sorted(short_keys(doc, names, lambda text: False))
    [('Arafura', 'Rare')]
    >>> doc = spacy.blank("en")("Zhejiang Huayou Cobalt said Huayou would grow.")
    >>> sorted(short_keys(doc, [Mention(0, 3, "huayou", "Organization", "ner", "Zhejiang Huayou Cobalt")],
    ...                   lambda text: text == "Zhejiang", lambda text: text == "Zhejiang"))
    [('Huayou',)]
    """
    low = lowers(doc)
    memo: dict[str, bool] = {}  # a name repeats: each text is judged once
    rejected = functools.partial(_memo, memo, rejected)
    keys: dict[tuple[str, ...], Mention] = {}
    owners: dict[tuple[str, ...], set[str]] = {}  # the ids of the organisations whose names begin with the words
    refused: set[tuple[str, ...]] = set()
    single: dict[tuple[str, ...], Mention] = {}
    second_words: set[tuple[str, ...]] = set()  # "Huayou" of "Zhejiang Huayou Cobalt"
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
            if start + n == m.end:  # a one-word name: its own short form where no longer name has it
                single.setdefault(words, m)
                break
            owners.setdefault(words, set()).add(m.entity_id)
            if rejected(" ".join(words)):
                refused.add(words)
                second = doc[start + 1]
                if n == 1 and m.end - start >= 3 and place(words[0]) and _capitalised(second.text) and \
                        not second.is_stop:
                    owners.setdefault((second.text,), set()).add(m.entity_id)
                    second_words.add((second.text,))
                    if rejected(second.text) or place(second.text):
                        refused.add((second.text,))
                    keys.setdefault((second.text,), m)
                break
            keys.setdefault(words, m)
    for words, m in single.items():
        # the model's own one-word name is the fuller name's short form only where it is a second word
        if words not in keys or m.kind != "ner" or words not in second_words:
            keys.setdefault(words, m)
            owners.setdefault(words, set()).add(m.entity_id)
    lower_words = {w.lower() for words in keys for w in words}
    common = {w for w in lower_words if any(doc[i].is_lower for i in positions(doc, {w}))}
    return {words: m for words, m in keys.items() if len(owners[words]) == 1 and words not in refused and
            not any(w.lower() in common for w in words)}


def short_forms(doc: Doc, mentions: Sequence[Mention], rejected: Callable[[str], bool],
                place: Callable[[str], bool] = lambda text: False,
                links: dict[str, str] | None = None) -> tuple[list[Mention], dict[str, str]]:
    """The mentions plus one for each unlabelled short form of an organisation's name (:func:`short_keys`): a word
    (or two) written as in the name, read as a proper noun, standing alone (no capitalised word right before or
    after it, no ``a`` or ``an`` before it) and covered by no other mention; and the links from the one-word names
    the model found that are such a short form (``Huayou`` of ``Zhejiang Huayou Cobalt``) to the fuller name (none
    for a name ``links`` already links). ``rejected`` refuses short forms that name something else (a place:
    ``Hubei`` of ``Hubei State Security Department``).

    >>> import spacy
    >>> doc = spacy.blank("en")("MP Materials signed a deal. MP will supply magnets, an MP said.")
    >>> for t in doc:
    ...     t.pos_ = "PROPN" if t.text == "MP" else "X"
    >>> found, _ = short_forms(doc, [Mention(0, 2, "mp-materials", "Organization", "name", "MP Materials")],
    ...                        lambda text: False)
    >>> [(m.start, m.text, m.entity_id) for m in found]
    [(0, 'MP Materials', 'mp-materials'), (6, 'MP', 'mp-materials')]
    """
    keys = short_keys(doc, mentions, rejected, place) if mentions else {}
    if not keys:
        return list(mentions), {}
    known = links or {}
    named = {m.entity_id: known.get(keys[(m.text,)].entity_id, keys[(m.text,)].entity_id) for m in mentions
             if m.kind == "ner" and m.end - m.start == 1 and m.label in ("Organization", "Person") and
             (m.text,) in keys and keys[(m.text,)].entity_id != m.entity_id and m.entity_id not in known and
             not keys[(m.text,)].text.startswith(m.text)}  # a first word: kg.nlp.repair.prefix_links decides
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
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)) if found else list(mentions), named


def after_country(span: Span, is_country: Callable[[int], bool]) -> bool:
    """Whether a name follows a country's possessive and ends its phrase (``France's Orange and``): said of an NER
    organisation name, no town of the same name. ``is_country(i)`` says whether token ``i`` ends a country's name.

    >>> import spacy
    >>> doc = spacy.blank("en")("France's Orange and Spain's Telefonica")
    >>> after_country(doc[2:3], lambda i: i in (0, 5)), after_country(doc[2:3], lambda i: False)
    (True, False)
    """
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES or not is_country(start - 2):
        return False
    return span.end == len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")


def listed_with_firms(span: Span, by_token: dict[int, Mention]) -> bool:
    """Whether a name after a country's possessive stands in a list beside an organisation (``Meta, France's Orange
    and ...``, ``France's Orange and Telenor``): then it names a firm, not a town of the country.

    >>> import spacy
    >>> doc = spacy.blank("en")("Meta , France 's Orange and Telenor")
    >>> meta = Mention(0, 1, "meta", "Organization", "name", "Meta")
    >>> france = Mention(2, 3, "france", "Country", "name", "France")
    >>> by_token = {0: meta, 2: france}
    >>> listed_with_firms(doc[4:5], by_token), listed_with_firms(doc[4:5], {2: france})
    (True, False)
    """
    doc, start, end = span.doc, span.start, span.end
    owner = by_token.get(start - 2) if start >= 2 and doc[start - 1].lower_ in POSSESSIVES else None
    if owner is None or owner.label != "Country":
        return False

    def firm(i: int) -> bool:
        m = by_token.get(i)
        return m is not None and m.label == "Organization" and m.kind != "inside"
    before = owner.start - 1
    if before >= 1 and doc[before].text in (",", "and") and firm(before - 1):
        return True
    if end + 1 < len(doc) and doc[end].text in (",", "and"):
        nxt = by_token.get(end + 1)
        if firm(end + 1) or nxt is not None and nxt.label == "Country" and \
                doc[nxt.end:nxt.end + 1].text in POSSESSIVES and firm(nxt.end + 1):
            return True
    return False


def country_word_links(mentions: Sequence[Mention], links: dict[str, str]) -> dict[str, str]:
    """A name the model found that is another organisation's name without the country word it begins with ->
    that fuller name (``Supreme Court`` -> ``U.S. Supreme Court``), where only one fuller name fits.
    The country words are the zero-width ``inside`` mentions :meth:`EntityLinker.countries_inside` records.

    >>> full = Mention(0, 3, "us-supreme-court", "Organization", "ner", "U.S. Supreme Court")
    >>> inside = Mention(0, 0, "united-states", "Country", "inside", "U.S.", within="us-supreme-court")
    >>> short = Mention(9, 11, "supreme-court", "Organization", "ner", "Supreme Court")
    >>> country_word_links([full, inside, short], {})
    {'supreme-court': 'us-supreme-court'}
    """
    heads = {m.within: m.text for m in mentions if m.kind == "inside" and m.label == "Country" and m.within}
    fuller: dict[str, set[str]] = {}  # the name without its country word -> the ids of the names
    for m in mentions:
        head = heads.get(m.entity_id)
        if m.label == "Organization" and head and m.text.startswith(head + " ") and m.entity_id not in links:
            fuller.setdefault(m.text[len(head) + 1:], set()).add(m.entity_id)
    out = {}
    for m in mentions if fuller else ():
        ids = fuller.get(m.text, set())
        if m.kind == "ner" and m.label == "Organization" and len(ids) == 1 and m.entity_id not in ids and \
                m.entity_id not in links:
            out[m.entity_id] = next(iter(ids))
    return out


def joined_bodies(doc: Doc, ents: Sequence[Span], heads: Collection[str], known: Collection[int]) -> list[Span]:
    """The model's entities, with two organisation names on either side of ``and`` joined into one where only the
    second ends in a body's head word and the first is one word no gazetteer match covers (``Sweden's Post`` +
    ``and`` + ``Telecom Authority``): the first alone would be dropped as a bare word before the names are joined
    (:func:`kg.nlp.repair.join_split_bodies`). ``known`` holds the tokens gazetteer matches cover.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Post and Telecom Authority said")
    >>> ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 3, 5, label="ORG")]
    >>> [e.text for e in joined_bodies(doc, ents, {"authority"}, set())]
    ['Post and Telecom Authority']
    """
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ == "ORG" and len(prev) == 1 and \
                ent.start == prev.end + 1 and doc[prev.end].lower_ == "and" and ent[-1].lower_ in heads and \
                prev[0].lower_ not in heads and prev.start not in known and doc[prev.start].is_title:
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out
