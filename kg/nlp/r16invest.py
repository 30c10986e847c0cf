"""More roles only a firm takes, for a name the gazetteer does not know and the model took for a place, a nationality
or nothing (branch r16invest; :func:`kg.nlp.r15ents.firm_role` asks :func:`firm_deal_role` after its own roles):

- money put into it: ``Temasek poured $1.2 billion into Zepto``, ``Naspers pumped $300 million into Rappi``;
- its money put into something: ``Tiger Global has pumped $400 million into Swiggy``;
- a rival, a supplier or a customer of someone, in apposition or after ``of``: ``Ryanair's main rival, easyJet,``,
  ``a supplier of Bosch``.

A name the text also uses for a person, or any city, region or country name, stays out (``r15ents`` checks that).
"""

from __future__ import annotations

from spacy.tokens import Token

#: verbs that put money into something (``poured $1bn into X``): their ``into`` takes a firm, their subject is one
MONEY_INTO_VERBS = frozenset("pour pump plough plow inject sink funnel channel".split())
#: words of an amount of money, one of which the verb's object must hold
MONEY_WORDS = frozenset({"$", "\u20ac", "\u00a3", "\u00a5", "million", "billion", "bn", "m", "trillion", "yuan",
                         "euros", "dollars", "money", "capital", "funding", "funds", "cash", "investment"})
#: role nouns a firm holds towards another, whose apposition or ``of`` names a firm (``its rival, easyJet``)
FIRM_ROLE_NOUNS = frozenset("rival rivals competitor competitors supplier suppliers customer customers "
                            "client clients".split())


def _money_put(verb: Token) -> bool:
    """Whether ``verb`` puts an amount of money somewhere: a money verb with an amount as its object.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "poured", "$", "5", "million", "into", "Y"],
    ...           heads=[1, 1, 4, 4, 1, 1, 5], deps=["nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "pobj"],
    ...           lemmas=["X", "pour", "$", "5", "million", "into", "Y"], pos=["PROPN", "VERB", "SYM", "NUM", "NUM",
    ...           "ADP", "PROPN"])
    >>> _money_put(doc[1])
    True
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MONEY_INTO_VERBS:
        return False
    return any(c.dep_ == "dobj" and any(t.lower_ in MONEY_WORDS for t in c.subtree) for c in verb.children)


def firm_deal_role(root: Token) -> bool:
    """Whether the sentence gives the name headed by ``root`` a role of money put in or of a firm's rival, supplier
    or customer (see the module).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["its", "rival", ",", "Zepto", ","], heads=[1, 1, 1, 1, 1],
    ...           deps=["poss", "ROOT", "punct", "appos", "punct"], lemmas=["its", "rival", ",", "Zepto", ","])
    >>> firm_deal_role(doc[3]), firm_deal_role(doc[0])
    (True, False)
    """
    head, dep = root.head, root.dep_
    if dep == "pobj" and head.lower_ == "into" and _money_put(head.head):
        return True
    if dep == "nsubj" and _money_put(head):
        return True
    if dep == "appos" and head.lower_ in FIRM_ROLE_NOUNS:
        return True
    return dep == "pobj" and head.lower_ == "of" and head.head.lower_ in FIRM_ROLE_NOUNS
