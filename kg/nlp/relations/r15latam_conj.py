"""A name the parser hangs on an apposition that it continues: in ``Tajikistan and Armenia, both members of the
Eurasian Economic Union and the CSTO, agreed …`` the parser makes ``CSTO`` a conjunct of ``members``, yet it is a
second body of ``members of``, no party to the main clause."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kg.nlp.relations.parse import Parse


def continued_object(appos: int, conj: int, p: Parse, mention_at: Mapping[int, str],
                     type_of: Callable[[str], str]) -> bool:
    """Whether ``conj`` (a conjunct of the apposition noun ``appos``) continues the object of the apposition's ``of``:
    that object is a name of the same type (``members of the EAEU and the CSTO``). ``Samsung, the Korean
    chipmaker, and TSMC`` (no ``of``) and ``Samsung, a maker of phones, and TSMC`` (no named object) are left alone.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> words = ["Armenia", ",", "members", "of", "EAEU", "and", "CSTO", ",", "agreed"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[8, 0, 0, 2, 3, 2, 2, 0, 8],
    ...           deps=["nsubj", "punct", "appos", "prep", "pobj", "cc", "conj", "punct", "ROOT"])
    >>> at = {0: "armenia", 4: "eaeu", 6: "csto"}
    >>> kind = {"armenia": "Country", "eaeu": "InternationalOrganization", "csto": "InternationalOrganization"}.get
    >>> continued_object(2, 6, read_parse(doc), at, kind), continued_object(2, 6, read_parse(doc), {6: "csto"}, kind)
    (True, False)
    """
    kind = type_of(mention_at[conj]) if conj in mention_at else None
    if kind is None:
        return False
    for prep in p.children[appos]:
        if p.dep[prep] == "prep" and p.lower[prep] == "of" and prep < conj:
            for obj in p.children[prep]:
                if p.dep[obj] == "pobj" and obj in mention_at and type_of(mention_at[obj]) == kind:
                    return True
    return False
