"""Countries named at the end of a body's name: ``Export-Import Bank of China``, ``Committee on Foreign Investment
in the United States``, ``Development Bank of Japan`` name their country too.

The name keeps its mention; the country gets one of kind ``inside`` (as ``US Commerce Department`` does in
:meth:`kg.nlp.linker.EntityLinker.countries_inside`), which the relation rules read as basedIn.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.kb import KnowledgeBase
from kg.nlp.mentions import Mention

#: the words that join a body's name to its country (``Banco de la Nación Argentina``'s ``de`` too)
JOINS = {"of", "in", "for", "de", "del", "da", "do", "du", "des"}


def countries_ending(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with a country mention of kind ``inside`` for each organisation whose name ends in ``of``/``in``
    a country (not its capital: ``University of Tokyo`` names a place); names with a country of their own
    already (``US Commerce Department``), or whose known country differs, are left alone.

    >>> import spacy
    >>> from kg.nlp.kb import Entry
    >>> kb = KnowledgeBase([Entry("japan", "Japan", "Country", aliases=["Japan"])])
    >>> doc = spacy.blank("en")("the Development Bank of Japan lent")
    >>> [(m.entity_id, m.within) for m in countries_ending(doc, [Mention(1, 5, "dbj", "Organization", "ner",
    ...                                                                  "Development Bank of Japan")], kb)]
    [('dbj', None), ('japan', 'dbj')]

    A name that ends in a country's name after words of its own names it too (:func:`last_country`).
    """
    out = list(mentions)
    named = {m.within for m in mentions if m.kind == "inside" and m.label == "Country"}
    for m in mentions:
        if m.label != "Organization" or m.kind == "inside" or m.end - m.start < 2 or m.entity_id in named:
            continue
        joins = [t.i for t in doc[m.start + 1:m.end - 1] if t.lower_ in JOINS] if m.end - m.start >= 3 else []
        start = joins[-1] + 1 + (doc[joins[-1] + 1].lower_ == "the") if joins else m.end
        entry = kb.lookup(doc[start:m.end].text) if start < m.end else None
        if entry is None or entry.type != "Country":
            start = last_country(doc, m, kb)  # "Telecom Argentina", "Banco de la Nación Argentina"
            entry = kb.lookup(doc[start:m.end].text) if start is not None else None
        text = doc[start:m.end].text if start is not None else ""
        if entry is None or entry.type != "Country" or kb.form_kind(entry.id, text) == "capital":
            continue
        known = kb.get(m.entity_id)
        if known is not None and known.country not in (None, entry.id):
            continue
        out.append(Mention(start, start, entry.id, "Country", "inside", text, within=m.entity_id))
    return sorted(out, key=lambda m: (m.start, m.end))


def last_country(doc: Doc, m: Mention, kb: KnowledgeBase) -> int | None:
    """Where the country a company's name ends in begins (``Telecom Argentina``, ``Bank Rakyat Indonesia``,
    ``Huawei Technologies Kenya``): by its name or alias, after a capitalised word of the name's own, in a name
    with no other country in it (``Russia-China Investment Fund`` names neither). None when it ends in none.

    >>> import spacy
    >>> from kg.nlp.kb import Entry
    >>> kb = KnowledgeBase([Entry("kenya", "Kenya", "Country", aliases=["Kenya"])])
    >>> doc = spacy.blank("en")("Huawei Technologies Kenya hired")
    >>> last_country(doc, Mention(0, 3, "htk", "Organization", "ner", "Huawei Technologies Kenya"), kb)
    2
    >>> doc = spacy.blank("en")("the digital Kenya fund")
    >>> last_country(doc, Mention(1, 3, "x", "Organization", "ner", "digital Kenya"), kb) is None
    True
    """
    for n in (2, 1):
        start = m.end - n
        if start - m.start < 1:
            continue
        text = doc[start:m.end].text
        entry = kb.lookup(text)
        if entry is None or entry.type != "Country" or kb.form_kind(entry.id, text) not in ("name", "alias"):
            continue
        own = doc[m.start:start]
        if not own[-1].text[:1].isupper() or any((e := kb.lookup(t.text)) is not None and e.type == "Country" for t in own):
            return None
        return start
    return None
