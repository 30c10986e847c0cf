"""Names that published text puts in an executive's title as a unit of the company named after ``at``
(branch r15newsb): ``Mobile Networks`` in ``Head of Mobile Networks at Ericsson``, ``Cloud and Network Services`` in
``President of Cloud and Network Services at Nokia``. Such a name is a business line, not an actor; the person works
for the company (the linker's actor rules, :meth:`kg.nlp.actors.ActorRules._not_actor`, drop it).

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("said Anna Berg, Head of Mobile Networks at Ericsson.")
>>> is_title_unit(doc, 6, 8), is_title_unit(doc, 9, 10)
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from kg.nlp.mentions import Mention

#: title words before ``of`` + a business line + ``at`` + the company
UNIT_TITLES = frozenset({"president", "head", "director", "chief", "manager", "officer", "vp", "svp", "evp",
                         "leader", "general", "chair", "chairman", "chairwoman"})
#: how many words a business line may have (``Cloud and Network Services``)
_MAX_UNIT_WORDS = 6


def is_title_unit(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` stands between a title's ``of`` and ``at`` + a capitalised name:
    ``Head of Space Systems at Airbus`` (not ``Head of Airbus``, nor ``Head of Sales at the plant``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Ravi Kumar, President of Enterprise Cloud at Acme, and the Head of Acme")
    >>> is_title_unit(doc, 5, 7), is_title_unit(doc, 14, 15)
    (True, False)
    """
    if end <= start or end - start > _MAX_UNIT_WORDS or start < 2 or end + 1 >= len(doc):
        return False
    if doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in UNIT_TITLES:
        return False
    return doc[end].lower_ == "at" and doc[end + 1].text[:1].isupper()


def names_title_unit(doc: Doc, of: int) -> bool:
    """Whether the ``of`` at ``of`` opens a business line up to ``at`` + a company (:func:`is_title_unit`):
    ``Head of Mobile Networks at Ericsson``, a head of a part, who works for the company.

    >>> import spacy
    >>> doc = spacy.blank("en")("Anna Berg, Head of Cloud and Network Services at Ericsson, and the Head of Ericsson")
    >>> names_title_unit(doc, 4), names_title_unit(doc, 15)
    (True, False)
    """
    end = of + 1
    while end < len(doc) and end - of <= _MAX_UNIT_WORDS and (doc[end].text[:1].isupper() or
                                                              doc[end].lower_ in ("and", "&", ",")):
        end += 1
    return end > of + 1 and is_title_unit(doc, of + 1, end)


def defined_known_name(doc: Doc, start: int, end: int, clashing: list[Mention], shorts: list[str],
                       lookup: Callable[[str], Any]) -> Mention | None:
    """The mention of the whole legal name ``doc[start:end]`` as the known company whose name begins it, when the
    release defines that name as its short form (``Eutelsat Communications S.A. ("Eutelsat")``: Eutelsat): one of
    ``shorts`` that ``lookup`` (the gazetteer's) finds as an organisation; None when a mention of ``clashing`` runs
    out of the name or there is no such short form.

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> doc = spacy.blank("en")('Acme Communications S.A. ("Acme") said so.')
    >>> known = {"Acme": SimpleNamespace(id="acme", type="Organization")}.get
    >>> defined_known_name(doc, 0, 3, [], ["Acme"], known).entity_id, defined_known_name(doc, 0, 3, [], [], known)
    ('acme', None)
    """
    if any(m.start < start or m.end > end for m in clashing):
        return None
    for short in shorts:
        entry = lookup(short)
        if entry is not None and entry.type == "Organization" and doc[start:end].text.startswith(short + " "):
            return Mention(start, end, entry.id, "Organization", "alias", doc[start:end].text)
    return None
