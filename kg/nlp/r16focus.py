"""Precision of ``focusesOn`` on unseen text (branch r16focus): two readings the rules got wrong.

- A singular description in apposition to coordinated names describes the name right before it, not the first:
  in ``Oracle and Humain, the Saudi AI company, …`` the parser hangs ``company`` on ``Oracle``, but only Humain is
  the AI company (a plural description, ``…, the two chipmakers``, stands for all of them).
- A technology that is an export-control category (``dual-use goods``) is what a trader ships or a listing names,
  not a field any actor develops: it is no object of ``focusesOn`` (lexicon ``r16focus_category_technologies``,
  read in kg/nlp/relations/merge.py ``well_typed``).
"""

from __future__ import annotations

from spacy.tokens import Token


def described_name(appos: Token) -> Token:
    """The name an appositive description ``appos`` describes: its head, or for a singular description hung on
    the first of coordinated names, the last of those names before it.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Oracle", "and", "Humain", ",", "the", "AI", "company", ",", "built", "it"]
    >>> heads = [8, 0, 0, 0, 6, 6, 0, 0, 8, 8]
    >>> deps = ["nsubj", "cc", "conj", "punct", "det", "compound", "appos", "punct", "ROOT", "dobj"]
    >>> tags = ["NNP", "CC", "NNP", ",", "DT", "NNP", "NN", ",", "VBD", "PRP"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    >>> described_name(doc[6]).text
    'Humain'
    >>> doc[6].tag_ = "NNS"
    >>> described_name(doc[6]).text
    'Oracle'
    """
    head = appos.head
    if appos.dep_ != "appos" or appos.tag_ in ("NNS", "NNPS"):
        return head
    before = [c for c in head.conjuncts if head.i < c.i < appos.i]
    return max(before, key=lambda t: t.i) if before else head
