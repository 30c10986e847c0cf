"""Portfolios before a minister's title: ``British Defence Secretary Grant Shapps``, ``Communication and
Informatics Minister Budi Arie``. The words before the title name the minister's field, not a body (the body, where
the guidelines want one, comes from the government rules)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from kg.nlp.tokens import positions

#: how many capitalised words may follow "and" inside a portfolio ("Science, Technology and Innovation")
MAX_AFTER_AND = 3


def before_portfolio_title(doc: Doc, end: int, roles: Collection[str]) -> bool:
    """Whether the name ending at token ``end`` is followed by a title from ``roles``, directly or after ``and``
    and a few capitalised words (``Communication`` in ``Communication and Informatics Minister``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Communication and Informatics Minister Budi Arie spoke .")
    >>> before_portfolio_title(doc, 1, {"minister"}), before_portfolio_title(doc, 3, {"minister"})
    (True, True)
    >>> doc = spacy.blank("en")("Lumora and Vantor signed a deal with the minister .")
    >>> before_portfolio_title(doc, 1, {"minister"})
    False
    """
    if end >= len(doc):
        return False
    if doc[end].lower_ in roles:
        return doc[end].text[:1].isupper()
    if doc[end].lower_ != "and":
        return False
    for i in range(end + 1, min(end + 2 + MAX_AFTER_AND, len(doc))):
        if doc[i].lower_ in roles:
            return i > end + 1 and doc[i].text[:1].isupper()
        if not doc[i].text[:1].isupper():
            return False
    return False


#: the word after a portfolio that makes it a ministry ("the energy and mineral resources ministry")
MINISTRY = "ministry"
#: joiners inside a portfolio ("trade, industry and energy")
JOINERS = {"and", ",", "&"}
#: how many words a portfolio may have (joiners not counted)
MAX_PORTFOLIO_WORDS = 6


def _portfolio_word(tok: Token, stops: Collection[str], title: bool = False) -> bool:
    """A lower-case field word (``energy``, ``foreign``), a capitalised one before a capitalised ``Ministry``
    (``title``: ``Mining``), or a short all-capital one (``ICT``, ``IT``)."""
    if not tok.is_alpha or tok.lower_ in stops or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return (tok.is_title if title else tok.is_lower) or (tok.is_upper and len(tok) <= 4)


def portfolio_ministries(doc: Doc, taken: Collection[int], stops: Collection[str],
                         is_country: Callable[[str], bool] = lambda text: False) -> list[tuple[int, int, str]]:
    """Ministries written as a portfolio before ``ministry`` (``Ministry`` after capitalised words) that no name
    covers: ``(start, end, title)`` where ``start:end`` is the portfolio and ``ministry`` and ``title`` the portfolio
    as a body's name writes it. ``stops`` are words that describe a ministry without naming its field (``the new
    ministry``); they end the portfolio, as does a word ``is_country`` accepts (``the Chilean Mining Ministry``).
    Which country the ministry is of is left to the caller.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Laos 's energy and mines ministry met the ICT ministry and the same ministry".split()
    >>> pos = ["PROPN", "PART", "NOUN", "CCONJ", "NOUN", "NOUN", "VERB", "DET", "PROPN", "NOUN", "CCONJ", "DET",
    ...        "ADJ", "NOUN"]
    >>> portfolio_ministries(Doc(spacy.blank("en").vocab, words=words, pos=pos), set(), {"same"})
    [(2, 6, 'Energy and Mines'), (8, 10, 'ICT')]
    """
    out = []
    for at in positions(doc, {MINISTRY}):
        title = doc[at].is_title
        if not (doc[at].is_lower or title) or at in taken:
            continue
        start, count = at, 0
        while start > 0 and count < MAX_PORTFOLIO_WORDS and start - 1 not in taken:
            prev = doc[start - 1]
            if title and is_country(prev.text):
                break  # "the Chilean Mining Ministry": the country's word is no field
            if _portfolio_word(prev, stops, title):
                count += 1
            elif not (prev.lower_ in JOINERS and count and start > 1 and
                      _portfolio_word(doc[start - 2], stops, title)):
                break
            start -= 1
        if count:
            words = [t.text if t.is_upper or t.lower_ in JOINERS else t.text.capitalize() for t in doc[start:at]]
            title = "".join(w + doc[start + k].whitespace_ for k, w in enumerate(words)).strip()
            out.append((start, at + 1, title))
    return out
