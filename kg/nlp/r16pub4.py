"""Entity side of official releases, filings and trade press (branch r16pub4): the short name of a company that a
release first gives with its legal form (``Kestrel Optics`` after ``Kestrel Optics Trading Co., Ltd.``), which the
model may take for a person, is the same company; the title of a report or a rule (``... Financial Report``,
``Export Administration Regulations``) is no actor; ``shell companies`` are no mention of Shell.

Example:
    >>> from kg.nlp.mentions import Mention
    >>> long = Mention(2, 8, "kestrel-optics-trading-co-ltd", "Organization", "ner", "Kestrel Optics Trading Co., Ltd.")
    >>> short = Mention(12, 14, "kestrel-optics", "Person", "ner", "Kestrel Optics")
    >>> legal_prefix_links([long, short], {})
    {'kestrel-optics': 'kestrel-optics-trading-co-ltd'}
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.nlp.r14wire import LEGAL_FORMS

#: the fewest words of a short name that links to a legal name it begins (one word may be a place: ``Shenzhen``)
_MIN_SHORT_WORDS = 2


def legal_prefix_links(mentions: Sequence[Mention], links: dict[str, str]) -> dict[str, str]:
    """A model's name of two or more words (an organisation or a "person") -> the company name closed by a legal
    form that it begins (``Dexon Elektronik`` -> ``Dexon Elektronik Ticaret A.Ş.``), when no other link was made.

    >>> from kg.nlp.mentions import Mention
    >>> a = Mention(0, 3, "ana-ruiz", "Person", "ner", "Ana Ruiz")
    >>> b = Mention(5, 9, "ana-ruiz-foods", "Organization", "ner", "Ana Ruiz Foods")  # no legal form: no link
    >>> legal_prefix_links([a, b], {})
    {}
    """
    legal = [(m.entity_id, m.text.replace(",", " ").split()) for m in mentions
             if m.label == "Organization" and m.text.replace(",", " ").split()[-1:] and
             m.text.replace(",", " ").split()[-1] in LEGAL_FORMS]
    out: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind != "ner" or m.label not in ("Person", "Organization") or len(words) < _MIN_SHORT_WORDS or \
                m.entity_id in links or m.entity_id in out:
            continue
        for long_id, long in legal:
            if long_id != m.entity_id and len(long) > len(words) and long[:len(words)] == words:
                out[m.entity_id] = long_id
                break
    return out


def initials(text: str) -> str:
    """The capital initials of a name's capitalised words: ``initials("Export Administration Regulations")`` is
    ``'EAR'``."""
    return "".join(w[0] for w in text.split() if w[:1].isupper())


def not_document_names(mentions: list[Mention], last_words: set[str]) -> list[Mention]:
    """``mentions`` without the names of documents and rules that the model took for actors: a name of several words
    ending in one of ``last_words`` (``Acme Corporation Financial Report``, ``Export Administration Regulations``),
    whatever its type, and its initials used as its short form (``EAR``). A gazetteer's name stays.

    >>> from kg.nlp.mentions import Mention
    >>> ms = [Mention(0, 3, "x", "Organization", "ner", "Export Administration Regulations"),
    ...       Mention(4, 5, "ear", "Organization", "ner", "EAR"), Mention(7, 8, "acme", "Organization", "ner", "Acme")]
    >>> [m.text for m in not_document_names(ms, {"regulations"})]
    ['Acme']
    """
    gone = [m for m in mentions if m.kind == "ner" and m.label in ("Organization", "Person") and
            len(m.text.split()) > 1 and m.text.split()[-1].lower().strip(".,") in last_words]
    if not gone:
        return mentions
    short = {initials(m.text) for m in gone if len(m.text.split()) > 2}
    return [m for m in mentions if m not in gone and not (m.kind != "name" and m.text in short)]


#: nouns after "shell" that make it a kind of company, not the oil company (``shell companies``, ``a shell firm``)
SHELL_KIND_NOUNS = frozenset({"company", "companies", "firm", "firms", "corporation", "corporations", "entity",
                              "entities", "account", "accounts", "structure", "structures", "network", "networks"})


def not_shell_companies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a one-word name "Shell" that is the first word of ``shell companies``, ``a shell firm``
    (a kind of company, in any case: ``Shell Companies`` of a title-case headline).

    >>> import spacy
    >>> from kg.nlp.mentions import Mention
    >>> doc = spacy.blank("en")("Shell companies hid the trade, but Shell sold fuel.")
    >>> [m.start for m in not_shell_companies(doc, [Mention(0, 1, "shell", "Organization", "name", "Shell"),
    ...                                             Mention(7, 8, "shell", "Organization", "name", "Shell")])]
    [7]
    """
    return [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].lower_ == "shell" and
                                        m.end < len(doc) and doc[m.end].lower_ in SHELL_KIND_NOUNS)]


def endonym_units(doc: Doc, mentions: list[Mention], endonyms: dict[str, str]) -> list[Mention]:
    """A known organisation's name followed at once by a country's own name for itself (``Telefónica Deutschland``,
    ``Poste Italia``): one organisation, the unit in that country, with the country inside its name (as
    :func:`kg.nlp.r12org.national_units` does for English names); not before a possessive or a noun.
    ``endonyms``: the country's name in its language -> the country's id.

    >>> import spacy
    >>> from kg.nlp.mentions import Mention
    >>> doc = spacy.blank("en")("Velcor Deutschland signed it.")
    >>> [(m.text, m.label) for m in endonym_units(doc, [Mention(0, 1, "velcor", "Organization", "name", "Velcor")],
    ...                                           {"Deutschland": "germany"})]
    [('Velcor Deutschland', 'Organization'), ('Deutschland', 'Country')]
    """
    from kg.nlp.kb import slugify

    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        k = m.end
        if m.label != "Organization" or m.kind not in ("name", "alias", "ner") or k >= len(doc) or \
                doc[k].text not in endonyms or k in covered:
            out.append(m)
            continue
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in ("'s", "\u2019s") or
                                nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isupper()):
            out.append(m)
            continue
        text = doc[m.start:k + 1].text
        unit = Mention(m.start, k + 1, slugify(text), "Organization", "ner", text)
        out += [unit, Mention(k, k, endonyms[doc[k].text], "Country", "inside", doc[k].text, within=unit.entity_id)]
    return sorted(out, key=lambda m: (m.start, m.end))
