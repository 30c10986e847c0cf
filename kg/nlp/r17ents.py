"""Organisations of African, Asian and Eastern European news that the model cuts, merges or misses (round 17,
``r17ents``).

- **Regional governments** (:func:`regional_governments`): ``the Karnataka government``, ``the Sindh provincial
  government``, ``Selangor's state government``, ``the East Kalimantan provincial government``, ``the Da Nang
  People's Committee`` name one body of a province, state or city (a known place, with a compass word before it
  when the place without it is known), based in the place's country.
- **Units named after their owner** (:func:`unit_appositives`): ``Alibaba's logistics arm, Cainiao,``,
  ``Zenith's cloud unit, Zenith Cloud,``: the name after the unit noun is an organisation of its own, and the
  owner's shorter name is not a short form of it (:func:`keep_owners`).
- **A country's army named twice** (:func:`named_armies`): ``the army`` of a document that names ``the Kenya
  Army`` or ``the Lao People's Army`` is that army, not a body ``Army of Kenya`` of its own.
- **Owned institutes** (:func:`owned_institutes`): ``the Hungarian Academy of Sciences' Institute of Chemistry``
  names two organisations, the academy and its institute.
- **Numbered units** (:func:`numbered_units`): ``the 47th Separate Mechanised Brigade`` keeps its number.
- **Products called by name** (:func:`called_products`): ``a drone system called Falconet``, ``its payments app,
  Kora,`` name products, no actors (GUIDELINES: products are not entities).
- **Bodies taken for people** (:func:`bodies_not_people`): a "person" whose last word is a body's
  (``... People's Committee``) is an organisation.
- **Trading names** (:func:`trading_names`): ``..., which trades as Zong`` -> ``Zong`` is the firm's other name.

The word lists are ``r17ents_…`` keys of ``data/lexicon/org_name_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc

from kg.nlp.mentions import Mention, org_id, overlaps
from kg.nlp.tokens import lowers, positions

#: compass words that may begin a region's name whose rest is a known place (``West Java``, ``East Kalimantan``)
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                      "upper", "lower", "greater"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


def _slug(text: str) -> str:
    """An id for a body's name: ``_slug("Karnataka State Government")`` is ``'karnataka-state-government'``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _place_before(doc: Doc, end: int, is_place: Callable[[str], bool], is_known: Callable[[str], bool]
                  ) -> int | None:
    """Where the place name that ends at token ``end`` begins: the longest run of one to three capitalised words
    that is a known place (city, region) and no known actor or country, with a compass word before it taken in
    (``West`` of ``West Java``). None when there is none.

    >>> import spacy
    >>> doc = spacy.blank("en")("the West Java government")
    >>> _place_before(doc, 3, lambda t: t == "Java", lambda t: False)
    1
    """
    for n in (3, 2, 1):
        start = end - n
        if start < 0 or not all(t.text[:1].isupper() and t.lower_ != "the" for t in doc[start:end]):
            continue
        text = doc[start:end].text
        if is_place(text) and not is_known(text):
            if start > 0 and doc[start - 1].lower_ in _COMPASS and doc[start - 1].text[:1].isupper():
                start -= 1
            return start
    return None


def regional_governments(doc: Doc, mentions: list[Mention], kinds: Collection[str],
                         is_place: Callable[[str], bool], is_known: Callable[[str], bool],
                         country_of: Callable[[str], str | None]) -> tuple[list[Mention], dict[str, str]]:
    """``mentions`` with the bodies of provinces, states and cities (``the Karnataka government``, ``Selangor's
    state government``, ``the Hue People's Committee``) as mentions of kind ``body``, replacing what the model
    found inside them; plus the names of those bodies by id. ``kinds``: words between the place and
    ``government`` (``state``, ``provincial``); ``is_place``: a city or region; ``is_known``: a name of the
    gazetteer (a country's capital is its government's, :mod:`kg.nlp.governments`); ``country_of``: the id of the
    place's country, for a mention of kind ``inside`` (basedIn).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Karnataka government said")
    >>> ms, names = regional_governments(doc, [], {"state"}, lambda t: t == "Karnataka", lambda t: False,
    ...                                  lambda t: "india")
    >>> [(m.start, m.end, m.entity_id, m.label, m.kind) for m in ms], names
    ([(1, 1, 'india', 'Country', 'inside'), (1, 3, 'karnataka-government', 'Organization', 'body')], \
{'karnataka-government': 'Karnataka Government'})
    """
    low = lowers(doc)
    out, names = list(mentions), {}
    by_place: dict[str, str] = {}  # a place's words -> the id of its body
    heads = positions(doc, {"government", "committee", "council"})
    for g in heads:
        if low[g] != "government" and not (g > 0 and low[g - 1] == "people" or g > 1 and low[g - 1] in _POSSESSIVE
                                           and low[g - 2] == "people"):
            continue  # "people's committee" / "people's council" only, besides "government"
        k = g
        if low[g] != "government":
            k = g - 1 - (low[g - 1] in _POSSESSIVE)  # at "People"
            if not doc[k].text[:1].isupper():
                continue
        kind_end = k
        while k > 0 and low[k - 1] in kinds and k > kind_end - 2:
            k -= 1
        place_end = k - (k > 0 and low[k - 1] in _POSSESSIVE)
        if place_end <= 0:
            continue
        start = _place_before(doc, place_end, is_place, is_known)
        if start is None:
            continue
        if any(m.start <= start and g + 1 <= m.end and m.label == "Organization" and m.kind != "body"
               and (m.start, m.end) != (start, g + 1) for m in out):
            continue  # inside a longer name the model or gazetteer found ("the Kaduna State Government Office")
        words = [w for w in doc[start:place_end].text.split()] + \
            [t.text if t.text[:1].isupper() or t.lower_ in _POSSESSIVE else t.text.capitalize()
             for t in doc[place_end + (place_end < k):g + 1]]
        text = " ".join(words).replace(" 's", "'s").replace(" \u2019s", "\u2019s")
        place_key = doc[start:place_end].text.lower()
        # one body per place: "the Vojvodina government" is "the Vojvodina provincial government" named before
        body_id = by_place.setdefault(place_key, _slug(text))
        out = [m for m in out if not overlaps((m.start, m.end), (start, g + 1)) and
               not (m.end == m.start and start <= m.start < g + 1)]
        out.append(Mention(start, g + 1, body_id, "Organization", "body", doc[start:g + 1].text))
        if len(text) > len(names.get(body_id, "")):
            names[body_id] = text  # the fullest name ("... Provincial Government") is the label
        country = country_of(doc[start:place_end].text)
        if country is None and start < place_end - 1:
            country = country_of(doc[start + 1:place_end].text)  # "West Java": Java's country
        if country is not None:
            out.append(Mention(start, start, country, "Country", "inside", doc[start:place_end].text,
                               within=body_id))
    return sorted(out, key=lambda m: (m.start, m.end)), names


def unit_appositives(doc: Doc, mentions: list[Mention], unit_nouns: Collection[str], suffixes: set[str]
                     ) -> tuple[list[Mention], set[tuple[str, str]]]:
    """``Alibaba's logistics arm, Cainiao,``: the capitalised name after ``<owner>'s … <unit noun>,`` is an
    organisation (kind ``ner``), replacing the technologies or shorter names found inside it; plus the pairs
    (owner's id, unit's id), whose names are not variants of each other (:func:`keep_owners`).

    >>> import spacy
    >>> doc = spacy.blank("en")("Zenith 's cloud unit , Zenith Cloud , said")
    >>> owner = Mention(0, 1, "zenith", "Organization", "ner", "Zenith")
    >>> ms, pairs = unit_appositives(doc, [owner], {"unit"}, set())
    >>> [(m.start, m.end, m.entity_id) for m in ms], pairs
    ([(0, 1, 'zenith'), (5, 7, 'zenith-cloud')], {('zenith', 'zenith-cloud')})
    """
    low = lowers(doc)
    out, pairs = list(mentions), set()
    # the model may take the owner for a person before the relabelling ("Rack Centre's fibre unit")
    by_end = {m.end: m for m in mentions if m.label in ("Organization", "Person") and m.end > m.start}
    for u in positions(doc, unit_nouns):
        if u + 2 >= len(doc) or doc[u + 1].text != "," or not doc[u + 2].text[:1].isupper():
            continue
        owner = None
        for p in range(u - 1, max(u - 5, 0), -1):  # "<owner>'s [up to 3 words] unit"
            if low[p] in _POSSESSIVE:
                owner = by_end.get(p)
                break
            if not doc[p].is_alpha or doc[p].text[:1].isupper() and p < u - 1:
                break
        if owner is None:
            continue
        s = e = u + 2
        while e < len(doc) and e - s < 6 and (doc[e].text[:1].isupper() or doc[e].like_num and e > s):
            e += 1
        while e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in suffixes:
            e += 2  # "Zenith Cloud Co., Ltd."
        if e >= len(doc) or doc[e].text not in (",", ".", ";") or doc[e - 1].lower_ in ("inc", "said"):
            continue
        if any(m.start <= s and m.end >= e and m.label in ("Organization", "Person") and (m.start, m.end) != (s, e)
               for m in out):
            continue
        same = next((m for m in out if (m.start, m.end) == (s, e) and m.label == "Organization"), None)
        if same is None:
            same = Mention(s, e, org_id(doc[s:e].text, suffixes), "Organization", "ner", doc[s:e].text)
            out = [m for m in out if not overlaps((m.start, m.end), (s, e))] + [same]
        if same.entity_id != owner.entity_id:
            pairs.add((owner.entity_id, same.entity_id))
    return sorted(out, key=lambda m: (m.start, m.end)), pairs


def keep_owners(links: dict[str, str], pairs: set[tuple[str, str]]) -> dict[str, str]:
    """``links`` without those that make an owner a short form of its own unit (``Zenith`` -> ``Zenith Cloud``).

    >>> keep_owners({"zenith": "zenith-cloud", "a": "b"}, {("zenith", "zenith-cloud")})
    {'a': 'b'}
    """
    return {a: b for a, b in links.items() if (a, b) not in pairs}


def named_armies(doc: Doc, mentions: list[Mention], country_at: Callable[[str], str | None]) -> list[Mention]:
    """``the army`` the document names as a body of its country (``Army of Kenya``) is the army it names by name
    (``the Kenya Army``, ``the Lao People's Army``): those mentions take the named army's id. ``country_at``: the
    country id of a word or two (``Kenya``, ``Lao``), None for other words.

    >>> import spacy
    >>> doc = spacy.blank("en")("the army said the Kenya Army would")
    >>> ms = [Mention(1, 2, "army-of-kenya", "Organization", "body", "army"),
    ...       Mention(4, 6, "kenya-army", "Organization", "ner", "Kenya Army")]
    >>> [m.entity_id for m in named_armies(doc, ms, lambda t: "kenya" if t == "Kenya" else None)]
    ['kenya-army', 'kenya-army']
    """
    named: dict[str, Mention] = {}
    for m in mentions:
        if m.label != "Organization" or m.kind == "body" or m.end - m.start < 2 or doc[m.end - 1].lower_ != "army":
            continue
        for t in doc[m.start:m.end - 1]:
            c = country_at(t.text)
            if c is not None:
                named.setdefault(c, m)
                break
    if not named:
        return mentions
    for m in mentions:
        if m.kind == "body" and m.entity_id.startswith("army-of-") and m.entity_id[8:] in named:
            army = named[m.entity_id[8:]]
            # the named army's name (the label is the first mention's): "Thailand's army" -> "Royal Thai Army"
            m.entity_id, m.kind, m.text = army.entity_id, "alias", army.text
    return mentions


def owned_institutes(doc: Doc, mentions: list[Mention], unit_heads: Collection[str], suffixes: set[str],
                     known_id: Callable[[str], str | None]) -> list[Mention]:
    """A name the model found across a possessive before a unit's head word (``Hungarian Academy of Sciences'
    Institute of Chemistry``) is two names: the owner and its unit (``known_id``: the gazetteer's id of a name).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Szeged Academy ' Institute of Chemistry said")
    >>> m = Mention(1, 7, "x", "Organization", "ner", "Szeged Academy ' Institute of Chemistry")
    >>> [(x.start, x.end, x.text) for x in owned_institutes(doc, [m], {"institute"}, set(), lambda t: None)]
    [(1, 3, 'Szeged Academy'), (4, 7, 'Institute of Chemistry')]
    """
    out = []
    for m in mentions:
        cut = next((i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in _POSSESSIVE and
                    doc[i + 1].lower_ in unit_heads and doc[i + 1].text[:1].isupper()), None) \
            if m.label == "Organization" and m.kind == "ner" else None
        owner_id = known_id(doc[m.start:cut].text) if cut is not None else None
        if cut is None or (cut == m.start + 1 and owner_id is None):
            out.append(m)  # "Children's Hospital of Lagos": one word the gazetteer does not know is no owner
            continue
        owner_text, unit_text = doc[m.start:cut].text, doc[cut + 1:m.end].text
        for x in mentions:  # a country named inside the owner's part is the owner's ("Hungarian")
            if x.kind == "inside" and x.within == m.entity_id and x.start < cut:
                x.within = owner_id or org_id(owner_text, suffixes)
        out.append(Mention(m.start, cut, owner_id or org_id(owner_text, suffixes), "Organization",
                           "name" if owner_id else "ner", owner_text))
        out.append(Mention(cut + 1, m.end, org_id(unit_text, suffixes), "Organization", "ner", unit_text))
    return out


def numbered_units(doc: Doc, mentions: list[Mention], unit_words: Collection[str]) -> list[Mention]:
    """A military unit's name keeps the ordinal before it: ``the 47th Separate Mechanised Brigade``.

    >>> import spacy
    >>> doc = spacy.blank("en")("the 47th Separate Mechanised Brigade fought")
    >>> m = Mention(2, 5, "smb", "Organization", "ner", "Separate Mechanised Brigade")
    >>> [(x.start, x.end, x.entity_id) for x in numbered_units(doc, [m], {"brigade"})]
    [(1, 5, '47th-separate-mechanised-brigade')]
    """
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label == "Organization" and m.kind == "ner" and m.start > 0 and doc[m.end - 1].lower_ in unit_words \
                and _ORDINAL.match(doc[m.start - 1].text) and m.start - 1 not in starts:
            m.start -= 1
            m.text = doc[m.start:m.end].text
            m.entity_id = _slug(m.text)
    return mentions


def called_products(doc: Doc, mentions: list[Mention], product_nouns: Collection[str],
                    is_known: Callable[[str], bool]) -> list[Mention]:
    """A name the gazetteer does not know, given to a product with ``called`` (``a drone system called Falconet``,
    ``the model, dubbed Aurora``) names no actor. A bare apposition (``the messaging service, Telegram``) may name
    the firm that runs the product and is left alone.

    >>> import spacy
    >>> doc = spacy.blank("en")("a drone system called Falconet will fly")
    >>> [m.text for m in called_products(doc, [Mention(4, 5, "f", "Organization", "ner", "Falconet")],
    ...                                  {"system"}, lambda t: False)]
    []
    """
    low = lowers(doc)

    def product_before(k: int) -> bool:
        if k < 2 or low[k - 1] not in ("called", "named", "dubbed", "codenamed", "branded"):
            return False
        k -= 1
        k -= low[k - 1] == "," if k > 0 else 0
        return k > 0 and low[k - 1] in product_nouns and \
            (k < 2 or low[k - 2] not in ("news", "intelligence", "security", "civil", "postal"))

    return [m for m in mentions if not (m.label in ("Organization", "Person") and m.kind == "ner" and
                                        product_before(m.start) and not is_known(m.text))]


def bodies_not_people(doc: Doc, mentions: list[Mention], body_words: Collection[str]) -> list[Mention]:
    """A "person" whose name ends in a body's word (``Hue People's Committee``) is an organisation.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Hue People 's Committee said")
    >>> [m.label for m in bodies_not_people(doc, [Mention(1, 5, "h", "Person", "ner", "Hue People's Committee")],
    ...                                     {"committee"})]
    ['Organization']
    """
    for m in mentions:
        if m.label == "Person" and m.kind == "ner" and m.end - m.start >= 2 and doc[m.end - 1].lower_ in body_words:
            m.label = "Organization"
    return mentions


def trading_names(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """``Acme Pakistan, the local unit that trades as Zeta``: the name after ``trades as`` / ``trading as`` /
    ``operates as`` is another name of the nearest organisation named before it in the sentence (not one in a
    possessive: ``the Chinese operator's``). Returns links (other name's id -> firm's id).

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme Pakistan , the unit that trades as Zeta , said")
    >>> ms = [Mention(0, 2, "acme-pakistan", "Organization", "ner", "Acme Pakistan"),
    ...       Mention(8, 9, "zeta", "Organization", "ner", "Zeta")]
    >>> trading_names(doc, ms)
    {'zeta': 'acme-pakistan'}
    """
    low = lowers(doc)
    by_start = {m.start: m for m in mentions if m.end > m.start}
    links = {}
    for i in positions(doc, {"trades", "trading", "operates", "trade"}):
        if i + 2 > len(doc) or low[i + 1] != "as" or (b := by_start.get(i + 2)) is None or b.kind != "ner":
            continue
        sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
        before = [m for m in mentions if sent_start <= m.start and m.end <= i and m.end > m.start and
                  m.label == "Organization" and not (m.end < len(doc) and low[m.end] in _POSSESSIVE)]
        if before and before[-1].entity_id != b.entity_id:
            links[b.entity_id] = before[-1].entity_id
    return links


def parties_of_countries(doc: Doc, mentions: list[Mention], heads: Collection[str]) -> list[Mention]:
    """A party or front the model cut before ``of`` and its country (``the Communist Party`` + ``of`` +
    ``Vietnam``) is one name, ``Communist Party of Vietnam``; the country stays named inside it (basedIn).
    ``heads``: last words of such names (``party``, ``front``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Communist Party of Laos said")
    >>> ms = [Mention(1, 3, "cp", "Organization", "ner", "Communist Party"), Mention(4, 5, "laos", "Country", "name",
    ...                                                                            "Laos")]
    >>> [(m.start, m.end, m.entity_id, m.kind) for m in parties_of_countries(doc, ms, {"party"})]
    [(1, 5, 'communist-party-of-laos', 'ner'), (4, 4, 'laos', 'inside')]
    """
    countries = {m.start: m for m in mentions if m.label == "Country" and m.end > m.start and m.kind == "name"}
    out = []
    for m in mentions:
        c = countries.get(m.end + 1)
        if m.label == "Organization" and m.kind == "ner" and c is not None and doc[m.end - 1].lower_ in heads and \
                doc[m.end - 1].text[:1].isupper() and doc[m.end].lower_ == "of" and \
                (c.end >= len(doc) or not doc[c.end].text[:1].isupper()):
            m.end, m.text = c.end, doc[m.start:c.end].text
            m.entity_id = _slug(m.text)
            c.start = c.end = c.start
            c.kind, c.within = "inside", m.entity_id
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def military_names(doc: Doc, mentions: list[Mention], last_words: Collection[str]) -> list[Mention]:
    """A name the model labelled a facility, product or work (``the Vietnam People's Army`` as a building) that
    ends in a word of armed forces (``Army``, ``Navy``, ``Forces``) is an organisation.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("talks with the Lao People 's Army about")
    >>> doc.ents = [Span(doc, 2, 7, label="FAC")]
    >>> [(m.start, m.end, m.text) for m in military_names(doc, [], {"army"})]
    [(3, 7, "Lao People 's Army")]
    """
    taken = {i for m in mentions if m.end > m.start and m.label != "Country" for i in range(m.start, m.end)}
    out = list(mentions)
    for e in doc.ents:
        if e.label_ not in ("FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW") or doc[e.end - 1].lower_ not in last_words:
            continue
        start = e.start + (doc[e.start].lower_ == "the")
        if e.end - start < 2 or any(i in taken for i in range(start, e.end)) or \
                not all(t.text[:1].isupper() or t.lower_ in _POSSESSIVE for t in doc[start:e.end]):
            continue
        text = doc[start:e.end].text
        for c in out:  # a country's name inside it names its country ("Vietnam" of "Vietnam People's Army")
            if c.label == "Country" and c.end > c.start and start <= c.start and c.end <= e.end:
                c.end, c.kind, c.within = c.start, "inside", _slug(text)
        out.append(Mention(start, e.end, _slug(text), "Organization", "ner", text))
    return sorted(out, key=lambda m: (m.start, m.end))


def named_battalions(doc: Doc, mentions: list[Mention], unit_nouns: Collection[str],
                     is_known: Callable[[str], bool]) -> list[Mention]:
    """``the Black Kite battalion``: capitalised words right before a lower-case unit noun (``battalion``,
    ``brigade``) after ``the`` name a military unit (an organisation), also where the model read them as a person
    (``Da Vinci``) or found nothing; a country's or place's word (``the Ukrainian brigade``) names none.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Grey Owls battalion fought")
    >>> [(m.start, m.end, m.text) for m in named_battalions(doc, [], {"battalion"}, lambda t: False)]
    [(1, 3, 'Grey Owls')]
    """
    out = list(mentions)
    for u in positions(doc, unit_nouns):
        if not doc[u].is_lower:
            continue
        s = u
        while s > 0 and u - s < 4 and doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha and \
                doc[s - 1].lower_ != "the":
            s -= 1
        if s == u or s == 0 or doc[s - 1].lower_ != "the" or is_known(doc[s:u].text):
            continue
        inside = [m for m in out if overlaps((m.start, m.end), (s, u))]
        if any(m.label not in ("Person", "Organization") or m.start < s or m.end > u for m in inside) or \
                any(m.label == "Organization" and (m.start, m.end) == (s, u) for m in inside):
            continue
        text = doc[s:u].text
        out = [m for m in out if not any(m is x for x in inside)]
        out.append(Mention(s, u, _slug(text), "Organization", "ner", text))
    return sorted(out, key=lambda m: (m.start, m.end))


def joined_fields(doc: Doc, mentions: list[Mention], heads: Collection[str]) -> list[Mention]:
    """A body's name of fields (``Faculty of Computers and Artificial Intelligence``) that the model cut before a
    field the gazetteer knows as a technology (``Artificial Intelligence``, capitalised as a name's word) runs to
    the end of that field. ``heads``: first words of such bodies (``faculty``, ``institute``, ``school``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the School of Design and Robotics said")
    >>> ms = [Mention(1, 4, "s", "Organization", "ner", "School of Design"), Mention(5, 6, "robotics", "Technology",
    ...                                                                               "name", "Robotics")]
    >>> [(m.start, m.end, m.text) for m in joined_fields(doc, ms, {"school"})]
    [(1, 6, 'School of Design and Robotics')]
    """
    out = list(mentions)
    for m in mentions:
        if m.label != "Organization" or m.kind != "ner" or m.end + 1 >= len(doc) or m.end - m.start < 3 or \
                doc[m.start].lower_ not in heads or doc[m.start + 1].lower_ != "of" or doc[m.end].lower_ != "and":
            continue
        techs = [t for t in out if t.start == m.end + 1 and t.end > t.start and t.label == "Technology" and
                 all(w.text[:1].isupper() for w in doc[t.start:t.end])]
        if not techs or (techs[0].end < len(doc) and doc[techs[0].end].text[:1].isupper()):
            continue
        end = techs[0].end
        out = [x for x in out if x is not techs[0]]
        m.end, m.text = end, doc[m.start:end].text
        m.entity_id = _slug(m.text)
    return out


def bank_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bank named in its own language with ``Bank`` first (``Bank Gospodarstwa Krajowego``, ``Bank Negara
    Malaysia``), where the model found only the words after ``Bank`` (as a person or a firm), is one organisation.

    >>> import spacy
    >>> doc = spacy.blank("en")("the state lender Bank Rozwoju Krajowego said")
    >>> ms = [Mention(4, 6, "rk", "Person", "ner", "Rozwoju Krajowego")]
    >>> [(m.start, m.end, m.label, m.text) for m in bank_names(doc, ms)]
    [(3, 6, 'Organization', 'Bank Rozwoju Krajowego')]
    """
    out = list(mentions)
    for i in positions(doc, {"bank"}):
        if doc[i].text != "Bank" or any(m.start <= i < m.end for m in out):
            continue
        nxt = next((m for m in out if m.start == i + 1 and m.end > m.start), None)
        if nxt is None or nxt.kind != "ner" or nxt.label not in ("Person", "Organization"):
            continue
        text = doc[i:nxt.end].text
        out = [m for m in out if m is not nxt and not (m.end == m.start and m.kind == "inside" and m.text == "Bank")]
        short = next((m.entity_id for m in out if m.start == nxt.end + 1 and m.end < len(doc) and
                      doc[nxt.end].text == "(" and doc[m.end].text == ")" and m.label == "Organization"), None)
        for m in out:  # its short form, linked to the words after "Bank" or found alone ("... Krajowego (BGK)")
            if m.entity_id in (nxt.entity_id, short):
                m.entity_id, m.label = _slug(text), "Organization"
        out.append(Mention(i, nxt.end, _slug(text), "Organization", "ner", text))
    return sorted(out, key=lambda m: (m.start, m.end))


def not_languages(doc: Doc, mentions: list[Mention], languages: Collection[str]) -> list[Mention]:
    """A language the model took for an actor (``taught in Swahili``, ``Hausa and English``, ``the Amharic
    service``) names none.

    >>> import spacy
    >>> doc = spacy.blank("en")("lessons in Swahili and English")
    >>> not_languages(doc, [Mention(2, 3, "sw", "Organization", "ner", "Swahili")], {"swahili", "english"})
    []
    """
    low = lowers(doc)

    def language_use(m: Mention) -> bool:
        before = low[m.start - 1] if m.start > 0 else ""
        after = low[m.end] if m.end < len(doc) else ""
        after2 = low[m.end + 1] if m.end + 1 < len(doc) else ""
        return before in ("in", "into") or after in ("language", "languages", "-") or \
            after in ("and", "or") and after2 in languages or \
            m.start > 1 and before in ("and", "or") and low[m.start - 2] in languages

    return [m for m in mentions if not (m.kind == "ner" and m.label in ("Organization", "Person") and
                                        m.text.lower() in languages and language_use(m))]
