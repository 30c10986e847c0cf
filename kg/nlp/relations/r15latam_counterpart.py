"""A country's counterpart described after a possessive: ``Sinosure, Pakistan's largest creditor``, ``Acme, Chile's
biggest customer``: the possessive names the other party of the role, not the actor's home (no ``basedIn``)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.lexicon import Lexicon

#: words that may stand between the possessive and the role noun (``largest foreign``, ``single biggest``)
MAX_MODIFIERS = 4


def counterpart_role(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """Whether the words from ``i`` (right after ``Country's``) up to ``end`` begin with a few modifiers and a noun of
    a counterpart role (lexicon ``r15latam_counterpart_nouns``: creditor, customer, backer, ...) that is not itself a
    name: ``Pakistan's largest creditor`` (True), ``Russia's biggest lender`` (False: a lender is a bank of the
    country), ``China's Huawei`` (False).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> lex = Lexicon.from_dict({}, {"r15latam_counterpart_nouns": ["creditor"]})
    >>> doc = nlp("Pakistan 's largest creditor , agreed")
    >>> counterpart_role(doc, 2, len(doc), lex), counterpart_role(nlp("Russia 's biggest lender"), 2, 4, lex)
    (True, False)
    """
    nouns = lex.words("r15latam_counterpart_nouns")
    for k in range(i, min(end, i + MAX_MODIFIERS + 1)):
        tok = doc[k]
        if tok.is_punct or tok.ent_type_:
            return False
        if tok.lower_ in nouns or tok.lemma_.lower() in nouns:
            return True
    return False
