"""Names of entities told apart from what only looks like one, by the shape of the words around them.

- :func:`role_trimmed_people`: a name the model calls a person that takes in a title (``Vice Chair Brad Smith``)
  loses it; one that is only a title and its portfolio (``Science Minister``) is no person;
- :func:`joined_particles`: a person's name the model cut before a particle (``Abdulaziz`` + ``bin Salman``) is one;
- :func:`title_modifiers`: a lone word the model took for an organisation that only qualifies a title
  (``Rotating`` in ``Rotating Chairman Eric Xu``, ``Acting`` in ``Acting President X``) is none;
- :func:`place_people`: a name the model calls a person or organisation that is a town or region used as a place
  (``a campus in Johor Bahru``, where the model labelled only ``Bahru``) is none;
- :func:`event_names`: a name the model found right before an event's noun (``the Huawei Connect conference``,
  ``the Aero Asia show``) names the event, no actor;
- :func:`listing_names`: a name before ``-listed`` or ``-traded`` (``the Nasdaq-listed firm``) names an exchange
  where shares trade, no actor of the story;
- :func:`country_prefixed_names`: a country's word before a known organisation's whole name (``US National
  Aeronautics and Space Administration``) names that organisation;
- :func:`known_as_links`: ``A, known as B`` makes B a name of A;
- :func:`coded_products`: a name cut from a model code written on with a hyphen (``IRIS-T``) is none;
- :func:`places_of_names`: a one-word name before a noun of places (``the Amazon region``) is none;
- :func:`people_by_usage`: a name the model took for a firm's that the text uses as a person's (``Mr X``,
  ``X said he``) is a person's.

The word lists are data (``data/lexicon/org_name_words.json``, keys ``r13ents_*``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from spacy.tokens import Doc

from kg.nlp.kb import Entry, slugify
from kg.nlp.mentions import PERSON_TITLES, Mention
from kg.nlp.name_parts import NAME_PARTICLES
from kg.nlp.people import extend_person_names
from kg.nlp.tokens import lowers, positions

#: the words after a name that make it the place where shares trade
LISTING_WORDS = {"listed", "traded"}
#: the prepositions right before a town's name that make it a place
PLACE_PREPOSITIONS = {"in", "at", "near"}


def role_trimmed_people(doc: Doc, mentions: list[Mention], roles: Collection[str],
                        modifiers: Collection[str]) -> list[Mention]:
    """People's names the model found without the title words it took in: leading titles of ``roles`` and
    ``modifiers`` (other roles, and words such as *acting*) are dropped (``Vice Chair Brad Smith`` -> ``Brad
    Smith``); a name whose last word is a title of ``roles`` (``Science Minister``, ``Trade Secretary``) or made only
    of such words is no person.

    >>> import spacy
    >>> doc = spacy.blank("en")("Vice Chair Brad Smith met Science Minister Ana Ruiz")
    >>> ms = [Mention(0, 4, "x", "Person", "ner", "Vice Chair Brad Smith"),
    ...       Mention(5, 7, "y", "Person", "ner", "Science Minister"), Mention(7, 9, "z", "Person", "ner", "Ana Ruiz")]
    >>> [(m.text, m.entity_id) for m in role_trimmed_people(doc, ms, {"chair", "minister"}, {"vice"})]
    [('Brad Smith', 'brad-smith'), ('Ana Ruiz', 'z')]
    """
    low = lowers(doc)
    titles = set(roles) | set(modifiers) | PERSON_TITLES
    out = []
    for m in mentions:
        if m.kind != "ner" or m.label != "Person" or m.end <= m.start:
            out.append(m)
            continue
        if low[m.end - 1].strip(".") in roles:
            continue  # "Science Minister": a portfolio and a title
        start = m.start
        while start < m.end and low[start].strip(".") in titles:
            start += 1
        if start == m.end:
            continue
        if start > m.start and m.end - start >= 2:  # a name of two words or more ("General Atlantic" is a firm's)
            m.start, m.text = start, doc[start:m.end].text
            m.entity_id = slugify(m.text)
        out.append(m)
    return out


def joined_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One person's name the model cut in two before a particle of the name (``Abdulaziz`` + ``bin Salman``,
    ``Ursula`` + ``von der Leyen``): the two mentions, side by side, are one.

    >>> import spacy
    >>> doc = spacy.blank("en")("Prince Abdulaziz bin Salman said")
    >>> ms = [Mention(1, 2, "a", "Person", "ner", "Abdulaziz"), Mention(2, 4, "b", "Person", "ner", "bin Salman")]
    >>> [(m.text, m.entity_id) for m in joined_particles(doc, ms)]
    [('Abdulaziz bin Salman', 'abdulaziz-bin-salman')]
    """
    low = lowers(doc)
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        if prev is not None and m.kind == "ner" and prev.kind == "ner" and m.label == prev.label == "Person" and \
                m.start == prev.end and m.end - m.start > 1 and low[m.start] in NAME_PARTICLES:
            prev.end, prev.text = m.end, doc[prev.start:m.end].text
            prev.entity_id = slugify(prev.text)
            continue
        out.append(m)
    return out


def title_modifiers(doc: Doc, mentions: list[Mention], modifiers: Collection[str],
                    titles: Collection[str]) -> list[Mention]:
    """Without the one-word names the model found that are a modifier of the title right after them
    (``Rotating Chairman Eric Xu``, ``Acting President Han``); a firm's name before a title stays
    (``Huawei Chairman Liang Hua``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Rotating Chairman Eric Xu and Huawei Chairman Liang Hua")
    >>> ms = [Mention(0, 1, "rotating", "Organization", "ner", "Rotating"),
    ...       Mention(5, 6, "huawei", "Organization", "ner", "Huawei")]
    >>> [m.text for m in title_modifiers(doc, ms, {"rotating"}, {"chairman"})]
    ['Huawei']
    """
    low = lowers(doc)
    return [m for m in mentions if not (
        m.kind == "ner" and m.end - m.start == 1 and low[m.start] in modifiers and m.end < len(doc) and
        (low[m.end] in titles or low[m.end] in PERSON_TITLES))]


def place_people(doc: Doc, mentions: list[Mention], is_place: Callable[[str], bool],
                 known: Callable[[str], bool]) -> list[Mention]:
    """Without the names the model took for a person or an organisation that are a town or region the gazetteer
    does not know as an actor, right after *in*, *at* or *near*: ``a campus in Johor Bahru`` (not ``France's
    Orange``, an operator).

    >>> import spacy
    >>> doc = spacy.blank("en")("It opened a campus in Johor Bahru with Ana Ruiz")
    >>> ms = [Mention(5, 7, "jb", "Person", "ner", "Johor Bahru"), Mention(8, 10, "ar", "Person", "ner", "Ana Ruiz")]
    >>> [m.text for m in place_people(doc, ms, lambda t: t == "Johor Bahru", lambda t: False)]
    ['Ana Ruiz']
    """
    low = lowers(doc)
    return [m for m in mentions if not (
        m.kind == "ner" and m.label in ("Person", "Organization") and m.end > m.start and is_place(m.text) and
        not known(m.text) and m.start > 0 and low[m.start - 1] in PLACE_PREPOSITIONS)]


def event_names(doc: Doc, mentions: list[Mention], events: Collection[str]) -> list[Mention]:
    """Without the names the model found right before an event's noun of ``events`` that they qualify: ``the
    Huawei Connect conference`` names the event (``Huawei``, matched by the gazetteer inside it, stays).

    >>> import spacy
    >>> from spacy.tokens import Doc as D
    >>> doc = D(spacy.blank("en").vocab, words=["at", "the", "Lumo", "Connect", "conference"],
    ...         heads=[0, 4, 3, 4, 0], deps=["ROOT", "det", "compound", "compound", "pobj"])
    >>> [m.text for m in event_names(doc, [Mention(2, 4, "lc", "Organization", "ner", "Lumo Connect")],
    ...                              {"conference"})]
    []
    """
    low = lowers(doc)
    out = []
    for m in mentions:
        if m.kind == "ner" and m.label == "Organization" and m.end < len(doc) and low[m.end] in events and \
                doc[m.end - 1].head.i == m.end and doc[m.end - 1].dep_ in ("compound", "nmod", "amod"):
            continue
        out.append(m)
    return out


def listing_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Without the organisation names right before ``-listed`` or ``-traded``: the exchange where a firm's
    shares trade (``the Nasdaq-listed chipmaker``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Nasdaq-listed chipmaker Lumo")
    >>> ms = [Mention(1, 2, "n", "Organization", "ner", "Nasdaq"), Mention(5, 6, "l", "Organization", "ner", "Lumo")]
    >>> [m.text for m in listing_names(doc, ms)]
    ['Lumo']
    """
    low = lowers(doc)
    return [m for m in mentions if not (
        m.label == "Organization" and m.end + 1 < len(doc) and low[m.end] == "-" and
        not doc[m.end - 1].whitespace_ and low[m.end + 1] in LISTING_WORDS)]


def country_prefixed_names(doc: Doc, mentions: list[Mention], lookup: Callable[[str], Entry | None]) -> list[Mention]:
    """A name the model found that is a country's name or demonym before the whole name of an organisation the
    gazetteer knows (``US National Aeronautics and Space Administration``, ``Chinese Alibaba Group``) names that
    organisation; not when the organisation is of another country.

    >>> import spacy
    >>> from kg.nlp.kb import Entry, KnowledgeBase
    >>> kb = KnowledgeBase([Entry("us", "United States", "Country", aliases=["US"]),
    ...                     Entry("nasa", "NASA", "Organization", aliases=["Space Agency"], country="us")])
    >>> doc = spacy.blank("en")("the US Space Agency said")
    >>> [(m.entity_id, m.kind) for m in country_prefixed_names(doc, [Mention(1, 4, "x", "Organization", "ner",
    ...                                                                         "US Space Agency")], kb.lookup)]
    [('nasa', 'alias')]
    """
    for m in mentions:
        if m.kind != "ner" or m.label != "Organization" or m.end - m.start < 2:
            continue
        for n in (1, 2):
            if m.end - m.start <= n:
                break
            country = lookup(doc[m.start:m.start + n].text)
            if country is None or country.type != "Country":
                continue
            known = lookup(doc[m.start + n:m.end].text)
            if known is not None and known.type in ("Organization", "InternationalOrganization") and \
                    known.country in (None, country.id):
                m.entity_id, m.label, m.kind = known.id, known.type, "alias"
            break
    return mentions


#: the words between a name and another name of the same actor (``A, also known as B``)
KNOWN_AS = ("known", "as")


def known_as_links(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """``A, known as B``, ``A (also known as B)``: B's id -> A's id, where the model found B alone (a nickname or
    short name the model may have typed otherwise: ``Joko Widodo, known as Jokowi``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Joko Widodo , known as Jokowi , spoke")
    >>> a = Mention(0, 2, "jw", "Person", "ner", "Joko Widodo")
    >>> b = Mention(5, 6, "jokowi", "Organization", "ner", "Jokowi")
    >>> known_as_links(doc, [a, b])
    {'jokowi': 'jw'}
    """
    low = lowers(doc)
    by_start = {m.start: m for m in mentions if m.end > m.start}
    by_end = {m.end: m for m in mentions if m.end > m.start}
    links = {}
    for i in positions(doc, {KNOWN_AS[0]}):
        if i + 2 > len(doc) or low[i + 1] != KNOWN_AS[1]:
            continue
        k = i - (low[i - 1] == "also" if i > 0 else 0)
        k -= 1 if k > 0 and low[k - 1] in {",", "("} else 0
        a, b = by_end.get(k), by_start.get(i + 2)
        if a is not None and b is not None and b.kind in ("ner", "alias") and a.entity_id != b.entity_id and \
                a.label in ("Person", "Organization"):
            links[b.entity_id] = a.entity_id
    return links


def shapes(doc: Doc, mentions: list[Mention], linker: Any) -> list[Mention]:
    """The mentions after this module's rules, in order, with the data of ``linker``
    (:class:`kg.nlp.linker.EntityLinker`: its gazetteer, places, person roles and ``r13ents_*`` word lists)."""
    org_words = linker.org_words
    modifiers = {w.lower() for w in org_words.get("r13ents_title_modifiers", [])}
    roles = linker._person_roles
    mentions = people_by_usage(doc, mentions, linker._org_last_words | linker._bare_words)
    mentions = joined_particles(doc, extend_person_names(doc, mentions, lambda w: linker.kb.lookup(w) is not None,
                                                         linker._person_roles))
    mentions = role_trimmed_people(doc, mentions, {w.lower() for w in org_words.get("r13ents_title_ends", [])},
                                   roles | modifiers)
    mentions = title_modifiers(doc, mentions, modifiers, roles)
    mentions = place_people(doc, mentions, linker.places.__contains__, lambda t: linker.kb.lookup(t) is not None)
    mentions = event_names(doc, mentions, {w.lower() for w in org_words.get("r13ents_event_nouns", [])})
    mentions = country_prefixed_names(doc, mentions, linker.kb.lookup)
    mentions = coded_products(doc, mentions)
    mentions = places_of_names(doc, mentions, {w.lower() for w in org_words.get("r13ents_place_nouns", [])})
    return listing_names(doc, mentions)


#: words before a person's surname only
HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."}
#: pronouns that only people are
PERSONAL_PRONOUNS = {"he", "she"}


def used_surnames(doc: Doc) -> set[str]:
    """Capitalised words the text uses as a person's surname: after *Mr*, *Ms*, *Dr* (``Mr Lahadalia``), or the
    subject of a saying whose clause has *he* or *she* for subject (``Widodo told reporters he was pleased``).

    >>> import spacy
    >>> from spacy.tokens import Doc as D
    >>> doc = D(spacy.blank("en").vocab, words=["Widodo", "said", "he", "agreed", ".", "Mr", "Lim", "left"],
    ...         heads=[1, 1, 3, 1, 1, 6, 7, 7], deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "compound",
    ...         "nsubj", "ROOT"])
    >>> sorted(used_surnames(doc))
    ['Lim', 'Widodo']
    """
    low = lowers(doc)
    out = {doc[i + 1].text for i in positions(doc, HONORIFICS) if i + 1 < len(doc) and doc[i + 1].is_title}
    for i in positions(doc, PERSONAL_PRONOUNS):
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            continue
        out.update(c.text for c in tok.head.head.children
                   if c.dep_ == "nsubj" and c.is_title and (c.i == 0 or low[c.i - 1] not in ("the", "a", "an")))
    return out


def people_by_usage(doc: Doc, mentions: list[Mention], org_words: Collection[str]) -> list[Mention]:
    """Names the model took for organisations that the text uses as a person's: after *Mr*, *Ms*, *Dr* (``Mr
    Lahadalia said``), or the subject of a saying whose clause is about *he* or *she* (``Widodo told reporters he
    was pleased``). Every name the model found that ends in that surname (one to three capitalised words, none a
    word of firms' names of ``org_words``) becomes a person.

    >>> import spacy
    >>> doc = spacy.blank("en")("Bahlil Lahadalia announced it . Mr Lahadalia said so .")
    >>> ms = [Mention(1, 2, "l", "Organization", "ner", "Lahadalia"), Mention(6, 7, "l", "Organization", "ner",
    ...       "Lahadalia")]
    >>> [m.label for m in people_by_usage(doc, ms, set())]
    ['Person', 'Person']
    """
    low = lowers(doc)
    names = [m for m in mentions if m.kind == "ner" and m.label == "Organization" and 1 <= m.end - m.start <= 3 and
             all(doc[i].is_title for i in range(m.start, m.end)) and
             not any(low[i].strip(".") in org_words for i in range(m.start, m.end))]
    if not names:
        return mentions
    surnames = used_surnames(doc)
    for m in names:
        if doc[m.end - 1].text in surnames:
            m.label = "Person"
    return mentions


def coded_products(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Without the names the model cut from a product's model code written on with a hyphen (``IRIS`` in
    ``IRIS-T``, ``Shahed`` in ``Shahed-136``): a code is a short all-capital word or one with a digit;
    ``Rolls-Royce`` and ``Mercedes-Benz`` stay.

    >>> import spacy
    >>> doc = spacy.blank("en")("IRIS-T systems and Rolls-Royce engines")
    >>> ms = [Mention(0, 1, "i", "Organization", "ner", "IRIS"), Mention(5, 8, "r", "Organization", "ner",
    ...       "Rolls-Royce")]
    >>> [m.text for m in coded_products(doc, ms)]
    ['Rolls-Royce']
    """
    def code(i: int) -> bool:
        text = doc[i].text
        return (text.isupper() and text.isalpha() and len(text) <= 3) or any(c.isdigit() for c in text)
    return [m for m in mentions if not (
        m.kind == "ner" and m.end + 1 < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_ and
        not doc[m.end].whitespace_ and code(m.end + 1))]


def places_of_names(doc: Doc, mentions: list[Mention], place_nouns: Collection[str]) -> list[Mention]:
    """Without the one-word organisation names right before a noun of places (``place_nouns``): ``the Amazon
    region``, ``the Amazon basin`` name a place, not the company.

    >>> import spacy
    >>> doc = spacy.blank("en")("a line in the Amazon region for Amazon")
    >>> ms = [Mention(4, 5, "a", "Organization", "name", "Amazon"), Mention(7, 8, "a", "Organization", "name",
    ...       "Amazon")]
    >>> [m.start for m in places_of_names(doc, ms, {"region"})]
    [7]
    """
    low = lowers(doc)
    return [m for m in mentions if not (
        m.label == "Organization" and m.end - m.start == 1 and m.end < len(doc) and low[m.end] in place_nouns)]
