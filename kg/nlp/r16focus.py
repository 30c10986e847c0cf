"""Precision of ``focusesOn`` on unseen text (branch r16focus): two readings the rules got wrong.

- A singular description in apposition to coordinated names describes the name right before it, not the first:
  in ``Oracle and Humain, the Saudi AI company, …`` the parser hangs ``company`` on ``Oracle``, but only Humain is
  the AI company (a plural description, ``…, the two chipmakers``, stands for all of them).
- A technology that is an export-control category (``dual-use goods``) is what a trader ships or a listing names,
  not a field any actor develops: it is no object of ``focusesOn`` (lexicon ``r16focus_category_technologies``).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token


class _Words(Protocol):
    def words(self, key: str) -> frozenset[str]: ...


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


def control_category(tech: str, lex: _Words | None) -> bool:
    """Whether the technology id ``tech`` names an export-control category rather than a field of work (no lexicon,
    as for the type table of the relation model: none).

    >>> class Lex:
    ...     def words(self, key): return frozenset({"dual-use-technologies"})
    >>> control_category("dual-use-technologies", Lex()), control_category("semiconductors", Lex())
    (True, False)
    """
    return lex is not None and tech in lex.words("r16focus_category_technologies")
