"""Linker helpers for published text (releases, ministry Q&As, joint statements).

A ministry's own release names itself by its acronym or full name once (``MOFCOM``, ``the Ministry of Commerce of
China``) and then by its bare generic name (``the Ministry of Commerce``). That bare name is the body the document
already named, not a body of whichever country the text names first (a Chinese release answering a question on the
United States is still China's). A ministry's portfolio may be a list (``Ministry of Mines, Steel and Coal``) that
the model cuts at its first comma (:func:`portfolio_lists`)."""

from __future__ import annotations

from typing import Any, Iterable

from kg.nlp.kb import slugify
from kg.nlp.mentions import Mention


def body_country(kb: Any, mentions: Iterable[Mention], spec: dict[str, str], phrase: Any) -> str | None:
    """The country of the one body of ``spec``'s kind that ``mentions`` (those before the bare name) already name
    (a gazetteer entry of an organisation with a country whose canonical name is the one ``spec`` gives that
    country); None when the document names none or bodies of that kind of two countries. ``phrase`` writes a
    country's name as it reads inside a body's name (:func:`kg.nlp.governments.country_phrase`).

    >>> from types import SimpleNamespace as E
    >>> kb = E(get=lambda i: {"mofcom": E(name="Ministry of Commerce of China", country="china"),
    ...                       "china": E(name="China", country=None)}.get(i))
    >>> m = [Mention(0, 1, "mofcom", "Organization", "name", "MOFCOM")]
    >>> body_country(kb, m, {"name": "Ministry of Commerce of {country}"}, str)
    'china'
    >>> body_country(kb, m, {"name": "Ministry of Foreign Affairs of {country}"}, str) is None
    True
    """
    found: set[str] = set()
    for m in mentions:
        entry = kb.get(m.entity_id) if m.label == "Organization" and m.end > m.start else None
        country = getattr(entry, "country", None) if entry is not None else None
        land = kb.get(country) if country else None
        if land is None:
            continue
        if entry.name == (spec.get(country) or spec["name"].format(country=phrase(land.name))):
            found.add(country)
    return next(iter(found)) if len(found) == 1 else None


#: words that open a body's name whose portfolio may be a list (``Ministry of Mines, Steel and Coal``)
#: first words of a portfolio list's last item that may come after "and the" (``and the Digital Economy``,
#: ``and the Environment``), not a body's (``and the Central Bank``)
_THE_ITEMS = frozenset({"digital", "environment", "economy", "arts", "interior", "sciences", "national", "creative",
                        "blue", "green", "informal", "sea", "diaspora"})
PORTFOLIO_HEADS = frozenset({"ministry", "department", "minister", "secretary", "committee", "commission"})


def _portfolio_end(doc: Any, at: int, taken: set[int]) -> int:
    """The end of a portfolio list that goes on at token ``at`` (a comma): ``, Steel and Coal`` -> the index after
    ``Coal``; ``at`` when the words after the comma are no such list. Items are one to three capitalised words
    (``&`` inside), none of them inside another name; the list ends with ``and`` and a last item."""
    k, items, seen_and = at, 0, False
    while k < len(doc) and doc[k].text in (",", "and", "&") and not seen_and:
        seen_and = doc[k].lower_ == "and" or (doc[k].text == "," and doc[k + 1:k + 2].text == "and")
        k += 1 + (doc[k].text == "," and doc[k + 1:k + 2].text == "and")
        if seen_and and k + 1 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].text[:1].isupper() and \
                doc[k + 1].lower_ in _THE_ITEMS:
            k += 1  # "Ministry of Information, Communications and the Digital Economy" (branch r17ents)
        n = 0
        while k < len(doc) and n < 4 and k not in taken and (doc[k].is_title or doc[k].is_upper and
                                                              doc[k].is_alpha or doc[k].text == "&"):
            k, n = k + 1, n + 1
        if n == 0 or n == 4:
            return at
        items += 1
    return k if seen_and and items >= 2 else at


def portfolio_lists(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """A body's name the model cut at the first comma of its portfolio list takes the rest of the list:
    ``Ministry of Mines`` + ``, Steel and Coal`` -> ``Ministry of Mines, Steel and Coal``. A list that names other
    organisations, people or places (``the Ministry of Defence, Lockheed Martin and Boeing``) or starts with
    ``the`` is no portfolio.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Ministry of Mines , Steel and Coal said")
    >>> m = Mention(1, 4, "ministry-of-mines", "Organization", "ner", "Ministry of Mines")
    >>> [(x.start, x.end, x.entity_id) for x in portfolio_lists(doc, [m])]
    [(1, 8, 'ministry-of-mines-steel-and-coal')]
    """
    # the model often reads the list's items as names of their own ("Infrastructure", "Transport and Tourism"):
    # those may join; a known name (gazetteer) or a person or place in the list makes it no portfolio
    taken = {i for m in mentions if m.label != "Technology" and not (m.kind == "ner" and m.label == "Organization")
             for i in range(m.start, m.end)}
    for m in list(mentions):
        if m.label != "Organization" or m.kind != "ner" or m.end - m.start < 3 or m.end >= len(doc) or \
                doc[m.start].lower_ not in PORTFOLIO_HEADS or doc[m.start + 1].lower_ not in ("of", "for") or \
                doc[m.end].text != ",":
            continue
        end = _portfolio_end(doc, m.end, taken)
        if end == m.end:
            continue
        inside = [x for x in mentions if x is not m and m.end <= x.start < end]  # technologies, model's items
        if any(x.label not in ("Technology", "Organization") or x.end > end or
               x.label == "Organization" and (x.kind != "ner" or x.end - x.start > 3) for x in inside):
            continue
        m.end, m.text = end, doc[m.start:end].text
        m.entity_id = slugify(m.text)
        mentions = [x for x in mentions if not any(x is y for y in inside)]  # found again inside the body's name
    return mentions


def kinds_of_ties(doc: Any, mentions: list[Mention], words: set[str]) -> list[Mention]:
    """A name the model found for a kind of tie, after ``a``/``an``, is no organisation: ``upgraded ties to a
    Comprehensive Strategic Partnership``, ``an MoU on a Battery Supply Chain Partnership`` (``words``: the last
    words of such ties). ``the Minerals Security Partnership`` (a body with members) stays.

    >>> import spacy
    >>> doc = spacy.blank("en")("signed a pact on a Chip Design Partnership and joined the Minerals Security "
    ...                         "Partnership")
    >>> ms = [Mention(5, 8, "chip", "Organization", "ner", "Chip Design Partnership"),
    ...       Mention(11, 14, "msp", "Organization", "ner", "Minerals Security Partnership")]
    >>> [m.entity_id for m in kinds_of_ties(doc, ms, {"partnership"})]
    ['msp']
    """
    return [m for m in mentions if not (m.kind == "ner" and m.label == "Organization" and m.end - m.start >= 2 and
                                        doc[m.end - 1].lower_ in words and m.start > 0 and
                                        doc[m.start - 1].lower_ in ("a", "an"))]
