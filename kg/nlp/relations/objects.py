"""The objects of a verb as the relation rules read them (shared by the slots and the rules)."""

from __future__ import annotations

from spacy.tokens import Token

#: what a slot finds: the actor ids, and whether the relation may instead be mutual among the subjects
SlotResult = tuple[list[str], bool]
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def dobj(tok: Token) -> list[Token]:
    """Direct objects (or passive subjects) of a verb; a relative pronoun stands for the noun it follows.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "sells", "oil"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"])
    >>> [t.text for t in dobj(doc[1])]
    ['oil']
    """
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(tok.head if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" else c)
    return out
