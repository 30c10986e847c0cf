"""Linker helpers for published text (releases, ministry Q&As, joint statements).

A ministry's own release names itself by its acronym or full name once (``MOFCOM``, ``the Ministry of Commerce of
China``) and then by its bare generic name (``the Ministry of Commerce``). That bare name is the body the document
already named, not a body of whichever country the text names first (a Chinese release answering a question on the
United States is still China's)."""

from __future__ import annotations

from typing import Any, Iterable

from kg.nlp.mentions import Mention


def body_country(kb: Any, mentions: Iterable[Mention], spec: dict[str, str], phrase: Any) -> str | None:
    """The country of the one body of ``spec``'s kind that ``mentions`` (those before the bare name) already name (a gazetteer entry of an
    organisation with a country whose canonical name is the one ``spec`` gives that country); None when the
    document names none or bodies of that kind of two countries. ``phrase`` writes a country's name as it reads
    inside a body's name (:func:`kg.nlp.governments.country_phrase`).

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
