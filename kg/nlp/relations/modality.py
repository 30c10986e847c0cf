"""Modality of a trigger's clause: negated (no relation) or planned (will, plans to, was ordered to)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.lexicon import Lexicon


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

def negated(tok: Token, lex: Lexicon) -> bool:
    """Whether the clause of ``tok`` is negated (``has not signed``, ``no longer sells``, ``denied supplying``).

    A negation counts in the trigger's own clause and in clauses it is the complement of (``did not agree
    to supply``); beyond a clause boundary only a negating verb does (``denied that it supplied``), so the
    ``no longer`` of a main clause does not undo what its subordinate clause states.
    """
    if hypothetical(tok, lex):
        return True
    words = set(lex.negation.get("words", []))
    negators = set(lex.negation.get("governors", []))
    crossed = False
    chain = list(governors(tok))
    for i, gov in enumerate(chain):
        # a negating verb undoes what it governs, not its own subject ("sanctions have frozen its assets")
        # nor a clause beside it ("barred X from buying, adding it to the list": the adding is done)
        if i > 0 and lemma_forms(gov) & negators and gov.pos_ == "VERB" and \
                chain[i - 1].dep_ not in ("nsubj", "nsubjpass", "csubj", "advcl", "conj"):
            return True
        # "restrict and monitor X": a negating verb without an object of its own shares its conjunct's
        if i > 0 and chain[i - 1].dep_ == "conj" and chain[i - 1].pos_ == "VERB" and lemma_forms(gov) & negators \
                and gov.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep") for c in gov.children):
            return True
        if not crossed:
            for child in gov.children:
                if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in words):
                    return True
                # "sells no chips to Russia", "has sourced nothing from TSMC"
                if i == 0 and child.dep_ == "dobj" and (child.lower_ in ("nothing", "none") or any(
                        d.dep_ == "det" and d.lower_ == "no" for d in child.children)):
                    return True
        if gov.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "acl"):
            crossed = True
        if gov.pos_ == "VERB" and i > 0 and crossed:
            break
    # a two-word phrase hangs on the trigger or on one of its children ("no longer" on "works")
    near = [c for c in tok.children] + [g for c in tok.children for g in c.children]
    for a, b in lex.negation.get("phrases", []):
        for t in near:
            if t.lower_ == a and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].lower_ == b:
                return True
    return False

def hypothetical(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is only supposed, asked about or speculated on: ``if Washington sanctions X``, ``asked
    whether X would invest``, ``X might supply``; such a clause states no relation, not even a planned one."""
    spec = lex.negation.get("hypothetical", {})
    marks, aux, verbs = set(spec.get("marks", [])), set(spec.get("aux", [])), set(spec.get("governors", []))
    for i, gov in enumerate(governors(tok)):
        for child in gov.children:
            if child.dep_ == "mark" and child.lower_ in marks:
                return True
            if i == 0 and child.dep_ == "aux" and child.lower_ in aux:
                return True
        if i > 0 and lemma_forms(gov) & verbs and gov.pos_ == "VERB":
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
        for child in gov.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in aux:
                return "planned"
            if child.dep_ == "aux" and child.lower_ == "to" and gov.head.lemma_ in ("be", "is") :
                return "planned"
        phrasal = any(c.dep_ == "prt" for c in gov.children)  # "set up a venture" is done, "set to" is not
        if i > 0 and (lemma_forms(gov) & govs and not phrasal or gov.lower_ in nouns):
            return "planned"
        if gov.dep_ == "xcomp" and gov.head.lemma_ == "be":
            return "planned"
    return "asserted"
