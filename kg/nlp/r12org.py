"""Organisations told by the shape of their names: what marks a name the model took for a person as a firm's, and
which bracketed short forms after a body's name are that body's own (from its name in another language)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span

#: what follows a name that only an organisation takes (a person is "X, who")
WHICH = ", which"


def org_shaped(span: Span, is_country: Callable[[str], bool], first_words: Collection[str],
               country_names: Collection[str] = ()) -> bool:
    """Whether a name the model calls a person has the shape of an organisation's: a digit or ``&`` in a word
    (``Arvo & Lind``, ``Net4Mobility``), a country's name as its first or last word (``Halvoro India``; not a
    person's name such as ``Jordan`` in ``country_names``), a first word that only begins firms' names
    (``Banco``, ``Deutsche`` in ``first_words``), or ``, which`` as the subject of a clause after it.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "They hired Halvoro India , which makes pumps , and Arvo & Lind .".split()
    >>> deps = ["nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "relcl", "dobj", "punct", "cc", "compound",
    ...         "cc", "conj", "punct"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[1, 1, 3, 1, 3, 6, 3, 6, 3, 3, 12, 12, 3, 1])
    >>> country = lambda text: text == "India"
    >>> org_shaped(doc[2:4], country, set()), org_shaped(doc[11:14], country, set())
    (True, True)
    >>> doc = spacy.blank("en")("Maria Ortega met Banco Ferreira and Jordan Lee")
    >>> org_shaped(doc[0:2], country, {"banco"}), org_shaped(doc[3:5], country, {"banco"})
    (False, True)
    >>> org_shaped(doc[6:8], lambda text: text == "Jordan", set(), {"jordan"})
    False
    """
    doc = span.doc
    if len(span) == 0:
        return False
    if any("&" in t.text or any(c.isdigit() for c in t.text) for t in span):
        return True
    if doc[span.end:span.end + 2].text == WHICH and doc[span.end + 1].dep_ in ("nsubj", "nsubjpass"):
        return True  # "X, which makes pumps"; not "X, which officials attended": that "which" is the thing before
    if len(span) >= 2:
        if span[0].lower_ in first_words:
            return True
        ends = {span[0].text, span[-1].text}
        if any(is_country(w) and w.lower() not in country_names for w in ends):
            return True
    return False


def own_short_form(short: str, label: str, long: str, countries: Collection[str]) -> bool:
    """Whether ``short``, in brackets right after the organisation's name ``long``, is its short form although its
    letters do not spell that name: taken from the body's name in its own language (``Swedish Post and Telecom
    Authority (PTS)``, ``Presidency of Defence Industries (SSB)``). One all-capital word of two to six letters
    after a name of two or more words; not a country's short form (``(UK)``).

    >>> own_short_form("PTS", "Organization", "Norwegian Rail Authority", set())
    True
    >>> own_short_form("UK", "Organization", "Vale Holdings Limited", {"UK"}), own_short_form("Rosa", "Person",
    ...     "Maria Gomez", set())
    (False, False)
    """
    return label == "Organization" and len(long.split()) >= 2 and short.isalpha() and short.isupper() and \
        2 <= len(short) <= 6 and short not in countries
