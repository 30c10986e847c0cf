"""Entity-side fixes for published official releases (branch r17pub7).

- :func:`age_apposition`: a name followed by a person's age between commas (``Arthur Lind, 51, of Boston``) is a
  person, even where the parser hangs it on a place before it (``in federal court in Boston, Arthur Lind, 51, ...``).
"""
from __future__ import annotations

from spacy.tokens import Doc


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
