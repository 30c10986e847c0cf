"""A city that stands for an international organisation seated there (``Brussels imposed tariffs``: the EU).

The gazetteer lists such a city as the organisation's capital (``capitals`` of the EU's entry). Unlike a country's
capital it stands for the organisation only where the document is about the organisation: the city is a metonym
when the document also names the organisation another way (``the EU``, ``the European Commission`` for the EU),
and a place otherwise, as it is where a place is meant (``talks in Brussels``, ``a Brussels-based think tank``,
the dateline ``BRUSSELS, July 18``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span

from kg.nlp.mentions import Mention
from kg.nlp.places import PLACES_KEY

#: words after a city (or its hyphen) that make it the place something is based in
BASED = frozenset({"based", "-based", "headquartered"})


def based_after(doc: Doc, end: int) -> bool:
    """Whether ``doc[end:]`` begins ``-based`` (``a Brussels-based think tank``)."""
    k = end + (1 if end < len(doc) and doc[end].text in {"-", "\u2010", "\u2011"} else 0)
    return k < len(doc) and doc[k].lower_ in BASED


def seat_cities(doc: Doc, mentions: list[Mention], related: Callable[[str], Collection[str]],
                ) -> tuple[list[Mention], list[Mention]]:
    """Split ``mentions`` into those kept and the seat-city mentions that name a place, not the organisation.

    ``related(entity_id)``: the ids whose other mentions put the organisation in the document (itself, its
    institutions). A city mention of an organisation (kind ``capital``, type not Country) is kept when one of
    them is named otherwise and the city is not followed by ``-based``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Brussels imposed tariffs , the EU said .")
    >>> city = Mention(0, 1, "eu", "InternationalOrganization", "capital", "Brussels")
    >>> eu = Mention(5, 6, "eu", "InternationalOrganization", "alias", "EU")
    >>> [len(x) for x in seat_cities(doc, [city, eu], lambda i: {i})]
    [2, 0]
    >>> [len(x) for x in seat_cities(doc, [city], lambda i: {i})]
    [0, 1]
    """
    seats = [m for m in mentions if m.kind == "capital" and m.label != "Country"]
    if not seats:
        return mentions, []
    named = {m.entity_id for m in mentions if m.kind != "capital"}
    places = [m for m in seats if based_after(doc, m.end) or not (set(related(m.entity_id)) & named)]
    dropped = {id(m) for m in places}
    return [m for m in mentions if id(m) not in dropped], places


def homonym_places(doc: Doc, mentions: list[Mention],
                   place_country: Callable[[str], str | None]) -> tuple[list[Mention], list[Mention]]:
    """Split ``mentions`` into those kept and the country names that name a place of another country here: a
    country whose name is also a place of a country the document names (``a battery plant in Georgia`` in a
    story about the United States), each time right after *in* or *at*, where the document never names the
    country otherwise (``Georgian``, ``Tbilisi``, ``Georgia's government``).

    ``place_country(text)``: the gazetteer id of the country of the place ``text`` names, if any.

    >>> import spacy
    >>> doc = spacy.blank("en")("a plant in Georgia and U.S. jobs")
    >>> ms = [Mention(3, 4, "georgia", "Country", "name", "Georgia"), Mention(5, 6, "us", "Country", "alias", "U.S.")]
    >>> [len(x) for x in homonym_places(doc, ms, lambda t: "us" if t == "Georgia" else None)]
    [1, 1]
    """
    named: dict[str, set[str]] = {}  # country id -> the ways the document names it
    for m in mentions:
        if m.label == "Country":
            named.setdefault(m.entity_id, set()).add(m.kind)
    places: list[Mention] = []
    for m in mentions:
        if m.label != "Country" or m.kind != "name":
            continue
        other = place_country(m.text)
        if not other or other == m.entity_id or other not in named or named[m.entity_id] != {"name"}:
            continue
        uses = [x for x in mentions if x.entity_id == m.entity_id]
        if all(x.start > 0 and doc[x.start - 1].lower_ in ("in", "at") for x in uses):
            places.append(m)
    dropped = {id(m) for m in places}
    return [m for m in mentions if id(m) not in dropped], places


def place_uses(doc: Doc, mentions: list[Mention], dropped: set[int], related: Callable[[str], Collection[str]],
               place_country: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` without those named as places: the ``dropped`` ones (ids; capitals used as places), seat
    cities (:func:`seat_cities`) and country homonyms (:func:`homonym_places`). Each capital, seat city and homonym
    dropped joins ``doc.spans["kg_places"]`` with its country's id (a country's capital: that country; a city:
    the country the place index gives it), for ``based in Moscow`` and ``the Brussels-based think tank``."""
    kept, cities = seat_cities(doc, [m for m in mentions if id(m) not in dropped], related)
    kept, homonyms = homonym_places(doc, kept, place_country)
    gone = dropped | {id(m) for m in cities + homonyms}
    homonym_ids = {id(m) for m in homonyms}
    doc.spans[PLACES_KEY] = list(doc.spans[PLACES_KEY]) + [
        Span(doc, m.start, m.end, label="PLACE", kb_id=m.entity_id if m.kind == "capital" and m.label == "Country"
             else place_country(m.text) or "")
        for m in mentions if id(m) in gone and (m.kind == "capital" or id(m) in homonym_ids)]
    return kept
