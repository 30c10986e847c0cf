"""Entity-side readings of payments and sanctions news (branch r15pay).

- a short form the gazetteer gives to one body stands for another body the document names in full when its
  initials are that body's and the gazetteer's own body is not named in full: ``The Bank for International
  Settlements ... BIS general manager Agustin Carstens`` (BIS is the bank, not the Bureau of Industry and
  Security); ``the Financial Stability Board (FSB)`` likewise.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.nlp.mentions import Mention

#: the longest short form read this way
MAX_SHORT = 6
#: small words of a long name that give no initial (``Bank for International Settlements`` -> BIS)
JOINERS = frozenset({"of", "for", "and", "the", "&", "on", "de", "du", "des"})


def initials(name: str) -> str:
    """The initials of a long name, small joining words left out.

    >>> initials("Bank for International Settlements"), initials("Bureau of Industry and Security")
    ('BIS', 'BIS')
    """
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in JOINERS and w[:1].isalpha()).upper()


def short_forms_of_named(doc: Doc, mentions: list[Mention], name_of: Callable[[str], str | None],
                         type_of: Callable[[str], str | None]) -> list[Mention]:
    """Relink a bare short form (``BIS``) to the body the document names in full whose initials it is, when the
    body the gazetteer gives it is not named in full in the document; ``name_of``/``type_of``: a known entity's
    canonical name and type (None for an unknown id).

    >>> import spacy
    >>> doc = spacy.blank("en")("The Bank for International Settlements said BIS staff left .")
    >>> ms = [Mention(1, 5, "bis-bank", "InternationalOrganization", "name", "Bank for International Settlements"),
    ...       Mention(6, 7, "bureau", "Organization", "alias", "BIS")]
    >>> names = {"bis-bank": "Bank for International Settlements", "bureau": "Bureau of Industry and Security"}
    >>> types = {"bis-bank": "InternationalOrganization", "bureau": "Organization"}
    >>> [(m.text, m.entity_id, m.label) for m in short_forms_of_named(doc, ms, names.get, types.get)]
    [('Bank for International Settlements', 'bis-bank', 'InternationalOrganization'), ('BIS', 'bis-bank', 'InternationalOrganization')]
    """
    full: dict[str, str] = {}  # initials -> the entity named in full under them
    spelled: set[str] = set()  # entities named in full
    for m in mentions:
        name = name_of(m.entity_id)
        if name and len(m.text) > MAX_SHORT and " " in m.text:
            spelled.add(m.entity_id)
            full.setdefault(initials(name), m.entity_id)
    if not full:
        return mentions
    for m in mentions:
        short = m.text
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= MAX_SHORT) or m.entity_id in spelled:
            continue
        other = full.get(short)
        if other and other != m.entity_id and name_of(m.entity_id) and type_of(other):
            m.entity_id, m.label = other, type_of(other) or m.label
    return mentions


def possessed_bodies(doc: Doc, mentions: list[Mention], entries: dict) -> list[Mention]:
    """``the U.K.'s Treasury``, ``Britain's Treasury``: a one-word name the gazetteer gives to one state's body
    (``Treasury`` for the US one) is, after another state's possessive, that state's body of the same word
    (``HM Treasury``, whose ``UK Treasury`` ends in it); ``entries``: the gazetteer's entries by id.

    >>> import spacy
    >>> from types import SimpleNamespace as E
    >>> doc = spacy.blank("en")("Britain 's Treasury agreed")
    >>> kb = {"us-treasury": E(name="US Treasury", type="Organization", subtype="GovernmentBody", country="us",
    ...                        aliases=["Treasury"]),
    ...       "hm-treasury": E(name="HM Treasury", type="Organization", subtype="GovernmentBody", country="uk",
    ...                        aliases=["UK Treasury"]), "uk": E(name="United Kingdom", type="Country", subtype=None,
    ...                country=None, aliases=[])}
    >>> ms = [Mention(0, 1, "uk", "Country", "name", "Britain"), Mention(2, 3, "us-treasury", "Organization", "alias",
    ...       "Treasury")]
    >>> [m.entity_id for m in possessed_bodies(doc, ms, kb)]
    ['uk', 'hm-treasury']
    """
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        entry = entries.get(m.entity_id)
        if entry is None or entry.subtype != "GovernmentBody" or " " in m.text or m.start < 2 or \
                doc[m.start - 1].text not in ("'s", "'", "’s"):
            continue
        owner = by_end.get(m.start - 1)
        if owner is None or owner.label != "Country" or owner.entity_id == entry.country:
            continue
        word = m.text.lower()
        found = [i for i, e in entries.items() if e.country == owner.entity_id and e.subtype == "GovernmentBody"
                 and any(f.lower().split()[-1] == word for f in [e.name, *e.aliases] if f.split())]
        if len(found) == 1:
            m.entity_id, m.label = found[0], entries[found[0]].type
    return mentions
