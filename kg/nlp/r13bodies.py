"""Ministries named by a minister's portfolio: ``Communication and Informatics Minister X`` and, later, *the
ministry* name the ``Ministry of Communication and Informatics`` of the minister's country (issue 12, round 13)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Doc

from kg.nlp.governments import dominant_country, home_country
from kg.nlp.mentions import PERSON_TITLES, Mention
from kg.nlp.tokens import lowers, positions


#: the word of a minister's title after the portfolio (``Communication Minister``)
MINISTER = "minister"


def minister_portfolio(doc: Doc, at: int, stops: Collection[str]) -> int:
    """The start of the capitalised portfolio before the title ``Minister`` at ``at`` (``Communication and
    Informatics`` in ``Communication and Informatics Minister``); ``at`` when there is none. Titles and their
    modifiers (``stops``: *Prime*, *Deputy*) end it.

    >>> import spacy
    >>> doc = spacy.blank("en")("Deputy Communication and Informatics Minister Budi Arie")
    >>> minister_portfolio(doc, 4, {"deputy"}), minister_portfolio(doc, 0, set())
    (1, 0)
    """
    start = at
    while start > 0 and at - start < 6:
        prev = doc[start - 1]
        if prev.is_title and prev.is_alpha and prev.lower_ not in stops:
            start -= 1
        elif prev.lower_ in ("and", ",") and start < at and start > 1 and doc[start - 2].is_title:
            start -= 1
        else:
            break
    while start < at and not doc[start].is_title:
        start += 1
    return start


def portfolio_ministries(doc: Doc, mentions: list[Mention], linker: Any) -> list[Mention]:
    """A minister's portfolio (``Communication and Informatics Minister Budi Arie``) names the ministry when the
    text goes on to speak of *the ministry* and names no ministry otherwise: ``Ministry of Communication and
    Informatics of Indonesia`` (of the country before the title, else of the country the text is about, names most
    or alone), as the
    government bodies' table writes a portfolio it lists (*Foreign* -> ``Ministry of Foreign Affairs of X``). One
    portfolio in the text only; a portfolio a name covers stays that name."""
    low = lowers(doc)
    told = [i for i in positions(doc, {"ministry"}) if i > 0 and low[i - 1] == "the" and doc[i].is_lower and
            (i + 1 >= len(doc) or low[i + 1] not in ("of", "for"))]
    if not told or any(m.label == "Organization" and "ministry" in m.text.lower() for m in mentions):
        return mentions
    titles = [i for i in positions(doc, {MINISTER}) if doc[i].is_title]
    stops = PERSON_TITLES | {"state", "senior", "cabinet", "union"}
    found = {(s, i) for i in titles if (s := minister_portfolio(doc, i, stops)) < i}
    if len(found) != 1:
        return mentions
    start, end = found.pop()
    if any(m.end > m.start and m.start < end and start < m.end and m.label != "Country" for m in mentions):
        return mentions
    country = next((m for m in mentions if m.label == "Country" and m.end > m.start and
                    m.end in (start, start - 1)), None)
    named = {m.entity_id for m in mentions if m.label == "Country"}
    country_id = country.entity_id if country is not None else home_country(mentions) or \
        dominant_country(mentions) or (next(iter(named)) if len(named) == 1 else None)
    if country_id is None:
        return mentions
    if country is not None:
        start = country.start
    words = doc[max(start, country.end if country else start):end].text
    spec = linker.bodies_table.get(f"{words.lower()} ministry") or {"name": f"Ministry of {words} of {{country}}"}
    text = linker.kb.entries[country_id].name if country_id in linker.kb else country_id
    return linker._body(doc, mentions, country_id, country.text if country else text, spec, (start, end))
