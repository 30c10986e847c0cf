"""A country's body named by description (``Kenya's telecoms regulator``): the one body of that country the document
names, before or after (``the Communications Authority of Kenya``)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.nlp.tokens import positions
from kg.records import Entity

#: the subtypes a description of a state's body refers to
BODY_KINDS = frozenset({"GovernmentBody", "Regulator", "Agency"})


def country_of_body(e: Entity, country: Entity, inside: Mapping[str, set[str]]) -> bool:
    """Whether the body ``e`` belongs to ``country``: its country, a country named inside its name, or the
    country's name at the end of it (``Communications Authority of Kenya``)."""
    if e.country:
        return e.country == country.id
    return country.id in inside.get(e.id, set()) or e.label.endswith(f" of {country.label}")


def country_descriptions(doc: Doc, mentions: Sequence[Mention], ents: Mapping[str, Entity],
                         descriptions: Collection[str], body_words: Collection[str]) -> dict[int, list[str]]:
    """Token index of the description -> [the body's id], for ``<Country>'s [<field>] <description>`` where the
    description is one of ``descriptions`` (``regulator``, ``watchdog``: ``country_body_descriptions`` of
    ``references.json``), not in apposition to a name (``the Electoral Commission, the UK's election watchdog``
    describes it), and the document names exactly one body of that country (an organisation whose subtype is a
    government body or whose name has a word of ``body_words``: *Authority*, *Commission* ...).

    >>> # "Kenya's telecoms regulator signed a deal. ... the Communications Authority of Kenya (CA)": the CA
    """
    wanted = set(descriptions)
    if not wanted:
        return {}
    country_at = {m.start: m for m in mentions if m.label == "Country" and m.end - m.start >= 1}
    inside: dict[str, set[str]] = {}
    for m in mentions:
        if m.within:
            inside.setdefault(m.within, set()).add(m.entity_id)

    def is_body(e: Entity) -> bool:
        if e.type != "Organization" or e.id.startswith("government-of-"):
            return False  # the government is no regulator
        if e.subtype:
            return e.subtype in BODY_KINDS
        return any(w.lower() in body_words for w in e.label.split()[:-1])

    out: dict[int, list[str]] = {}
    for i in positions(doc, wanted):
        tok = doc[i]
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or tok.tag_ != "NN" or tok.dep_ == "appos":
            continue
        m = next((country_at[k] for k in range(owner.left_edge.i, owner.i + 1) if k in country_at), None)
        if m is None or m.entity_id not in ents:
            continue
        country = ents[m.entity_id]
        bodies = {e.id for e in ents.values() if is_body(e) and country_of_body(e, country, inside)}
        if len(bodies) == 1:
            out[i] = sorted(bodies)
    return out
