"""Entity-side fixes for published official releases (branch r17pub7).

- :func:`age_apposition`: a name followed by a person's age between commas (``Arthur Lind, 51, of Boston``) is a
  person, even where the parser hangs it on a place before it (``in federal court in Boston, Arthur Lind, 51, ...``).
- :func:`no_portfolios`: the field of an official's title after ``for`` (``Under Secretary of the Treasury for
  Terrorism and Financial Intelligence``, ``Commissioner for Trade``) names no body.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.mentions import Mention

#: words of an official's title whose field may follow after ``for``
PORTFOLIO_TITLES = frozenset({"secretary", "undersecretary", "minister", "director", "general", "commissioner",
                              "envoy", "coordinator", "representative", "ambassador", "adviser", "advisor"})
#: how far back from ``for`` the title word may stand (``Under Secretary of the Treasury for``)
_TITLE_REACH = 5


def age_apposition(doc: Doc, end: int) -> bool:
    """Whether ``doc[end:]`` begins ``, <age>,`` (an adult's age in years between commas).

    >>> import spacy
    >>> doc = spacy.blank("en")("in Boston, Arthur Lind, 51, of Quincy, was sentenced")
    >>> age_apposition(doc, 5), age_apposition(doc, 2)
    (True, False)
    """
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 16 <= int(age) <= 99


def portfolio_after(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is (part of) the field after ``for`` of an official's title: ``for`` stands
    before it, after at most one more field word and ``and`` (``for Terrorism and Financial Intelligence``), and a
    title word stands at most five capitalised or joining words before ``for``.

    >>> import spacy
    >>> doc = spacy.blank("en")("said Under Secretary of the Treasury for Terrorism and Financial Intelligence Ann Lee")
    >>> portfolio_after(doc, 7), portfolio_after(doc, 9), portfolio_after(doc, 12)
    (True, True, False)
    >>> portfolio_after(spacy.blank("en")("a grant for Kenya Power"), 3)
    False
    """
    k = start - 1
    while k > 0 and k > start - 5 and doc[k].lower_ != "for" and \
            (doc[k].is_title or doc[k].lower_ in ("and", "&", ",")):
        k -= 1
    if k <= 0 or doc[k].lower_ != "for" or any(doc[j].lower_ == "for" for j in range(k + 1, start)):
        return False
    if start - k > 1 and not any(doc[j].lower_ in ("and", "&", ",") for j in range(k + 1, start)):
        return False  # "for Kenya Power": the name itself starts after "for" (k + 1 == start), else a list of fields
    for j in range(k - 1, max(-1, k - 1 - _TITLE_REACH), -1):
        if doc[j].lower_ in PORTFOLIO_TITLES:
            return True
        if not (doc[j].is_title or doc[j].lower_ in ("of", "the")):
            return False
    return False


def no_portfolios(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the names the model found in the field of an official's title (:func:`portfolio_after`);
    names the gazetteer knows stay."""
    return [m for m in mentions
            if not (m.kind == "ner" and m.label == "Organization" and portfolio_after(doc, m.start))]
