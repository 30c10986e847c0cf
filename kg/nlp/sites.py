"""Sites and languages that the model takes for actors: ``the Seadrift facility``, ``work in English and French``.

A name the gazetteer does not know, written before a site noun (``the Epanko graphite mine``), before a comma and
a known region (``Wagerup, Western Australia``) or before ``in`` + a province (``Dong Pao in Lai Chau province``),
names a place; GUIDELINES: cities and regions are no entities. A name is dropped only when no other mention of it in
the document reads as an actor (``the Lynas plant`` beside ``Lynas said`` keeps Lynas). A country's demonym in a run
of language names (``English, French and Spanish``, ``French and German languages``) names a language, not the
country. Both read only the tokens next to the mentions, never the whole document.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc

from kg.nlp.kb import normalize
from kg.nlp.mentions import Mention

#: prepositions before a name that say nothing of what it is (``in Seadrift``)
NEUTRAL_BEFORE = frozenset({"in", "at", "near", "from", "to", "outside", "around"})
#: words of a region after ``in`` (``in Lai Chau province``)
REGION_WORDS = frozenset({"province", "region", "state", "prefecture", "county", "district", "territory"})
#: words that end a run of language names
LANGUAGE_WORDS = frozenset({"language", "languages", "dialect", "dialects", "speakers", "translation", "translations"})
LIST_WORDS = frozenset({",", "and", "or"})


def _is_place_at(doc: Doc, start: int, end: int, is_place: Callable[[str], bool]) -> bool:
    """Whether a known place (1-3 words) begins at token ``start`` and ends a phrase (``Texas,``, ``Texas-based``):
    not a possessor (``China's``) nor the first word of a longer name (``China Mobile``)."""
    if start >= len(doc) or not doc[start].is_title:
        return False  # "Amkor, the Arizona-based packager": a description, not the place of a site
    for n in (3, 2, 1):
        if start + n <= len(doc) and doc[start + n - 1].is_alpha and is_place(doc[start:start + n].text):
            after = start + n
            return after == len(doc) or doc[after].lower_ in ("-", "based", "-based") or \
                (doc[after].is_punct and doc[after].text not in ("'", "\u2019"))
    return False


def site_evidence(doc: Doc, m: Mention, site_nouns: Collection[str], is_place: Callable[[str], bool]) -> bool:
    """Whether mention ``m`` is written as a site: before a site noun, ``, <region>`` or ``in <X> province``, or
    after a site noun and ``in`` (``a plant in Gruenheide``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Seadrift rare earths facility")
    >>> site_evidence(doc, Mention(1, 2, "x", "Organization", "ner", "Seadrift"), {"facility"}, lambda s: False)
    True
    """
    e = m.end
    if m.start > 1 and doc[m.start - 1].lower_ in ("in", "near", "at") and doc[m.start - 2].lower_ in site_nouns and \
            not (e < len(doc) and doc[e].lower_ in ("'s", "\u2019s")):
        return True  # "a plant in Gruenheide"
    # up to three lowercase words (a material) before the site noun: "Epanko graphite mine"
    for k in range(e, min(e + 4, len(doc))):
        tok = doc[k]
        if tok.lower_ in site_nouns:
            return True
        if not tok.is_lower or not tok.is_alpha or tok.is_stop:
            break  # "Tshisekedi and his mines minister": no site
    if e + 1 < len(doc) and doc[e].text == ",":
        return _is_place_at(doc, e + 1, len(doc), is_place)
    if e + 1 < len(doc) and doc[e].lower_ in ("and", "or"):
        # "the Villanova and Genoa sites": a place and then the site noun
        k = e + 1
        while k < min(e + 5, len(doc)) and doc[k].text[:1].isupper():
            k += 1
        return k > e + 1 and k < len(doc) and doc[k].lower_ in site_nouns
    if e + 2 < len(doc) and doc[e].lower_ == "in":
        return any(t.lower_ in REGION_WORDS for t in doc[e + 2:min(e + 6, len(doc))])
    return False


def sites_as_places(doc: Doc, mentions: list[Mention], site_nouns: Collection[str],
                    is_place: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` without the model's names written as sites and never as actors (:func:`site_evidence`)."""
    nouns = set(site_nouns)
    site, actor = set(), set()
    for m in mentions:
        if m.kind != "ner" or m.label not in ("Organization", "Person"):
            continue
        key = normalize(m.text)
        if site_evidence(doc, m, nouns, is_place):
            site.add(key)
        elif not (m.start > 0 and doc[m.start - 1].lower_ in NEUTRAL_BEFORE) and \
                not (m.start > 1 and doc[m.start - 1].lower_ == "the" and doc[m.start - 2].lower_ in NEUTRAL_BEFORE):
            actor.add(key)
    dropped = site - actor
    if not dropped:
        return mentions
    return [m for m in mentions if not (m.kind == "ner" and normalize(m.text) in dropped)]


def is_us_town(doc: Doc, m: Mention, is_state: Callable[[str], bool]) -> bool:
    """``Malta, New York``, ``Lebanon, Pennsylvania``: a country's name before a comma and a US state (that is no
    country's name: ``Russia, Georgia and Ukraine``) names a town.

    >>> import spacy
    >>> doc = spacy.blank("en")("its Malta , New York , campus")
    >>> is_us_town(doc, Mention(1, 2, "malta", "Country", "name", "Malta"), lambda s: s == "New York")
    True
    """
    e = m.end
    if m.label != "Country" or e + 2 >= len(doc) or doc[e].text != ",":
        return False
    for n in (2, 1):
        if e + 1 + n <= len(doc) and is_state(doc[e + 1:e + 1 + n].text):
            after = e + 1 + n
            return after == len(doc) or (doc[after].is_punct and doc[after].text not in ("'", "\u2019")) or \
                doc[after].lower_ in ("-", "based", "-based")
    return False


def is_language(doc: Doc, m: Mention, max_words: int = 12) -> bool:
    """Whether a demonym names a language: listed with *English*, or before *language(s)*.

    >>> import spacy
    >>> doc = spacy.blank("en")("It works in English, French and German.")
    >>> is_language(doc, Mention(5, 6, "france", "Country", "demonym", "French"))
    True
    """
    if m.kind != "demonym":
        return False
    left = m.start - 1
    while left >= max(0, m.start - max_words) and (doc[left].text in LIST_WORDS or doc[left].text[:1].isupper()):
        left -= 1
    right = m.end
    while right < min(len(doc), m.end + max_words) and (doc[right].text in LIST_WORDS or doc[right].text[:1].isupper()):
        right += 1
    run = {t.lower_ for t in doc[left + 1:right]} - {m.text.lower()}
    if "english" in run:
        return True
    k = right
    while k < min(len(doc), right + 3) and doc[k].is_lower and doc[k].lower_ not in LANGUAGE_WORDS:
        k += 1  # "and several other languages"
    return k < len(doc) and doc[k].lower_ in LANGUAGE_WORDS and any(doc[j].lower_ in LIST_WORDS
                                                                   for j in range(left + 1, k))


def languages_dropped(doc: Doc, mentions: list[Mention], is_state: Callable[[str], bool] = lambda s: False
                      ) -> list[Mention]:
    """``mentions`` without the demonyms that name languages (:func:`is_language`) and the countries' names that
    name US towns (:func:`is_us_town`)."""
    return [m for m in mentions if not is_language(doc, m) and not is_us_town(doc, m, is_state)]


def no_actors(doc: Doc, mentions: list[Mention], site_nouns: Collection[str], is_place: Callable[[str], bool],
              is_state: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` without sites (:func:`sites_as_places`), languages and US towns (:func:`languages_dropped`)."""
    return languages_dropped(doc, sites_as_places(doc, mentions, site_nouns, is_place), is_state)
