"""Seats of government as places: ``the White House said`` names an actor, ``talks at the White House`` a place.

A building that houses a government stands for it as a speaker or actor; after ``at the`` or ``in the`` it is where
something happened, and like a capital used as a place (see :func:`kg.nlp.mentions.is_place_use`) it names no entity.
The seats are a word list (``seats`` in ``data/lexicon/org_name_words.json``).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.nlp.tokens import lowers, span_text

#: the prepositions that make a seat a place
PLACE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside"})


def is_seat_place(doc: Doc, m: Mention, seats: Collection[str]) -> bool:
    """Whether mention ``m`` is a seat of government named as the place of an event.

    >>> import spacy
    >>> doc = spacy.blank("en")("The deal was signed at the White House, the White House said.")
    >>> [is_seat_place(doc, Mention(s, s + 2, "white-house", "Organization", "name", "White House"), ["white house"])
    ...  for s in (6, 10)]
    [True, False]
    """
    words = doc[m.start:m.end]
    if not len(words) or span_text(words).lower().removeprefix("the ") not in seats:
        return False
    low = lowers(doc)
    the = m.start - 1 if low[m.start] != "the" else m.start
    if the < 1 or low[the] != "the":
        return False
    return low[the - 1] in PLACE_PREPOSITIONS and not (m.end < len(doc) and low[m.end] in ("'s", "\u2019s"))


def seats_as_places(doc: Doc, mentions: list[Mention], seats: Collection[str]) -> list[Mention]:
    """``mentions`` without the seats of government named as places (:func:`is_seat_place`)."""
    wanted = set(seats)
    return [m for m in mentions if not (m.label == "Organization" and is_seat_place(doc, m, wanted))]
