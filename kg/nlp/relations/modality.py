"""Modality of a trigger's clause: negated (no relation) or planned (will, plans to, was ordered to)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo


def lemma_forms(tok: Token) -> set[str]:
    """The lemma and plain inflection-stripped forms of a word, since the lemmatizer errs (``hopes`` -> ``hop``).

    >>> import spacy
    >>> sorted(lemma_forms(spacy.blank("en")("hopes")[0]))
    ['hope', 'hopes']
    """
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for suffix in ("s", "d"):
        if low.endswith(suffix) and len(low) > 3:
            forms.add(low[: -len(suffix)])
    return forms - {""}


def governors(tok: Token) -> Iterator[Token]:
    """``tok`` and the words it hangs on up to its clause's root."""
    seen = 0
    while seen < 8:
        yield tok
        if tok.head is tok or tok.dep_ in ("ROOT",):
            return
        if tok.dep_ in ("ccomp", "advcl", "parataxis", "relcl", "appos") and seen > 0:
            return
        if tok.dep_ in ("relcl", "appos"):
            return  # a relative clause or an apposition states its own fact, whatever the main clause says
        tok, seen = tok.head, seen + 1

def _negation(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """The negation words, negating verbs and two-word phrases of the lexicon (made once per lexicon)."""
    spec = lex.negation
    return lexicon_memo(lex, "modality:negation", lambda: (
        frozenset(spec.get("words", [])), frozenset(spec.get("governors", [])),
        tuple((a, b) for a, b in spec.get("phrases", []))))


def _hypothetical(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The marks, auxiliaries and governing verbs of a supposition (made once per lexicon)."""
    spec = lex.negation.get("hypothetical", {})
    return lexicon_memo(lex, "modality:hypothetical", lambda: (
        frozenset(spec.get("marks", [])), frozenset(spec.get("aux", [])), frozenset(spec.get("governors", []))))


def negated(tok: Token, lex: Lexicon) -> bool:
    """Whether the clause of ``tok`` is negated (``has not signed``, ``no longer sells``, ``denied supplying``).

    A negation counts in the trigger's own clause and in clauses it is the complement of (``did not agree
    to supply``); beyond a clause boundary only a negating verb does (``denied that it supplied``), so the
    ``no longer`` of a main clause does not undo what its subordinate clause states.
    """
    chain = list(governors(tok))
    kids = [list(gov.children) for gov in chain]  # each governor's children, read once for both tests
    if _supposed(chain, kids, lex):
        return True
    words, negators, phrases = _negation(lex)
    crossed = False
    for i, gov in enumerate(chain):
        # a negating verb undoes what it governs, not its own subject ("sanctions have frozen its assets")
        # nor a clause beside it ("barred X from buying, adding it to the list": the adding is done)
        if i > 0 and gov.pos_ == "VERB" and \
                chain[i - 1].dep_ not in ("nsubj", "nsubjpass", "csubj", "advcl", "conj") and lemma_forms(gov) & negators:
            return True
        if not crossed:
            for child in kids[i]:
                dep = child.dep_
                if dep == "neg" or (dep in ("advmod", "det") and child.lower_ in words):
                    return True
                # "sells no chips to Russia", "has sourced nothing from TSMC"
                if i == 0 and dep == "dobj" and (child.lower_ in ("nothing", "none") or any(
                        d.dep_ == "det" and d.lower_ == "no" for d in child.children)):
                    return True
        if gov.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "acl"):
            crossed = True
        if gov.pos_ == "VERB" and i > 0 and crossed:
            break
    # a two-word phrase hangs on the trigger or on one of its children ("no longer" on "works")
    if phrases:
        firsts = {a for a, _ in phrases}
        doc = tok.doc
        for t in kids[0] + [g for c in kids[0] for g in c.children]:
            low = t.lower_
            if low in firsts and t.i + 1 < len(doc):
                after = doc[t.i + 1].lower_
                if any(low == a and after == b for a, b in phrases):
                    return True
    return False

def hypothetical(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is only supposed, asked about or speculated on: ``if Washington sanctions X``, ``asked
    whether X would invest``, ``X might supply``; such a clause states no relation, not even a planned one."""
    chain = list(governors(tok))
    return _supposed(chain, [list(gov.children) for gov in chain], lex)


def _supposed(chain: list[Token], kids: list[list[Token]], lex: Lexicon) -> bool:
    """:func:`hypothetical` over the governors of a token (``chain``) and their children (``kids``)."""
    marks, aux, verbs = _hypothetical(lex)
    for i, gov in enumerate(chain):
        for child in kids[i]:
            dep = child.dep_
            if dep == "mark" and child.lower_ in marks:
                return True
            if i == 0 and dep == "aux" and child.lower_ in aux:
                return True
        if i > 0 and gov.pos_ == "VERB" and lemma_forms(gov) & verbs:
            return True
    return False


def status(tok: Token, lex: Lexicon) -> str:
    """``planned`` for will/would/plans to/was ordered to/agreed to; else ``asserted``."""
    aux = lex.planned.get("aux", set())
    govs = lex.planned.get("governors", set())
    nouns = lex.planned.get("nouns", set())
    chain = list(governors(tok))
    for i, gov in enumerate(chain):
        if i > 0 and chain[i - 1].dep_ in ("nsubj", "nsubjpass", "csubj"):
            break  # "the directive sets a deadline", "the agreement will boost trade": the trigger is the subject
        kids = list(gov.children)
        for child in kids:
            dep = child.dep_
            if dep in ("aux", "auxpass") and child.lower_ in aux:
                return "planned"
            if dep == "aux" and child.lower_ == "to" and gov.head.lemma_ in ("be", "is") :
                return "planned"
        # "set up a venture" is done, "set to" is not
        if i > 0 and (gov.lower_ in nouns or lemma_forms(gov) & govs and not any(c.dep_ == "prt" for c in kids)):
            return "planned"
        if gov.dep_ == "xcomp" and gov.head.lemma_ == "be":
            return "planned"
    return "asserted"
