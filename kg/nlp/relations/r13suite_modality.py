"""Clauses that suppose or ask by inverting subject and auxiliary (branch r13suite): ``Should Japan restrict
exports to China, …``, ``Were SoftBank to invest in X, …``, ``Had Intel sold the unit, …`` (a condition without
``if``), and ``Will Ukraine join NATO?`` (a question). Neither states its relation. Word lists
``r13suite_inverted_aux`` (the conditional ones) and ``r13suite_question_aux`` in ``data/lexicon/cooperation.json``.
"""

from __future__ import annotations

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo
from kg.nlp.relations.parse import Parse

#: what may stand before a clause-initial auxiliary: the start of a sentence or of a clause
CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "-", "(", '"', "“", "‘", "'", "and", "but", "or", "yet"})
SUBJECTS = ("nsubj", "nsubjpass", "expl")
#: the auxiliaries of a consequence (``it would be …``)
CONSEQUENCE_AUX = frozenset({"would", "could", "might"})


def _words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The conditional and the question auxiliaries, and both (made once per lexicon)."""
    def make() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        conditional, question = frozenset(lex.words("r13suite_inverted_aux")), frozenset(
            lex.words("r13suite_question_aux"))
        return conditional, question, conditional | question
    return lexicon_memo(lex, "r13suite:inverted", make)


def _before(i: int, lower: list[str]) -> int:
    """The token before ``i`` that is not white space (a paragraph break is a token of its own), or -1.

    >>> _before(2, ["place", "\\n", "Could"]), _before(0, ["Could"])
    (0, -1)
    """
    j = i - 1
    while j >= 0 and not lower[j].strip():
        j -= 1
    return j


def _clause_initial(i: int, p: Parse) -> bool:
    """Whether token ``i`` opens a sentence or a clause (nothing but an opener before it, white space aside)."""
    j = _before(i, p.lower)
    return j < 0 or p.lower[j] in (".", "?", "!") and j < i - 1 or p.dep[j] == "punct" and \
        p.lower[j] in CLAUSE_OPENERS or p.lower[j] in CLAUSE_OPENERS or p.head[j] == j and \
        p.dep[j] == "ROOT" and p.pos[j] == "PUNCT"


def _ends_in_question(i: int, p: Parse) -> bool:
    """Whether the sentence of token ``i`` ends with a question mark (the first ``?``, ``.`` or ``!`` after it)."""
    for k in range(i, min(len(p.lower), i + 80)):
        if p.lower[k] in ("?", ".", "!"):
            return p.lower[k] == "?"
    return False


def inverted(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """Whether a governor in ``chain`` (a trigger and its governors, :func:`modality.governor_chain`) opens with an
    auxiliary before its own subject: a condition (``Should X …``, ``Were X to …`` in a clause that is not the
    sentence's main one) or a question (``Did X …?``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> from kg.nlp.lexicon import Lexicon
    >>> lex = Lexicon.from_dict({}, {"r13suite_inverted_aux": ["should"], "r13suite_question_aux": ["did"]})
    >>> words = ["Should", "X", "sell", "Y", ",", "Z", "would", "fail"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 7, 2, 7, 7, 7, 7],
    ...           deps=["aux", "nsubj", "advcl", "dobj", "punct", "nsubj", "aux", "ROOT"],
    ...           pos=["AUX", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "AUX", "VERB"])
    >>> inverted([2, 7], read_parse(doc), lex), inverted([7], read_parse(doc), lex)  # the condition, its consequence
    (True, True)
    >>> plain = Doc(spacy.blank("en").vocab, words=["X", "should", "sell", "Y"], heads=[2, 2, 2, 2],
    ...             deps=["nsubj", "aux", "ROOT", "dobj"], pos=["PROPN", "AUX", "VERB", "PROPN"])
    >>> inverted([2], read_parse(plain), lex)
    False
    """
    conditional, question, either = _words(lex)
    if not _has_inverting_aux(p, either):
        return False  # most documents: no auxiliary that could open an inverted clause
    dep, lower, children = p.dep, p.lower, p.children
    for gov in chain:
        kids = children[gov]
        # cheap first: an inverting auxiliary on the governor (or the governor one), or a conditional "would"
        if lower[gov] in either or any(lower[c] in either or lower[c] in CONSEQUENCE_AUX for c in kids):
            for a in _leading_aux(gov, p):
                if lower[a] in conditional and dep[gov] != "ROOT":
                    return True
                if lower[a] in question and _ends_in_question(a, p):
                    return True
            # "Were X to invest, it would be its largest backer": the consequence of an inverted condition
            if any(dep[c] == "aux" and lower[c] in CONSEQUENCE_AUX for c in kids) and any(
                    dep[c] in ("advcl", "ccomp") and c < gov and
                    any(lower[a] in conditional for a in _leading_aux(c, p)) for c in kids):
                return True
    top = chain[-1]
    if dep[top] in ("relcl", "acl") and dep[p.head[top]] in SUBJECTS:
        # "Were Apple to team up with X, …": the parser hangs the verb on the subject of the inverted "Were"
        clause = p.head[p.head[top]]
        return dep[clause] != "ROOT" and lower[clause] in conditional and \
            any(lower[a] in conditional for a in _leading_aux(clause, p))
    return False


#: the last document's word list and whether it has an inverting auxiliary (one document at a time is read)
_LAST: list = [None, False]


def _has_inverting_aux(p: Parse, either: frozenset[str]) -> bool:
    """Whether the document has a capitalised or clause-initial auxiliary of the lists at all (read once per
    document, by identity of its word list)."""
    if _LAST[0] is not p.lower:
        lower = p.lower
        _LAST[0] = lower
        _LAST[1] = any(w in either and ((j := _before(i, lower)) < 0 or lower[j] in CLAUSE_OPENERS or
                                        lower[j] in ".?!") for i, w in enumerate(lower))
    return bool(_LAST[1])


def _leading_aux(gov: int, p: Parse) -> list[int]:
    """The auxiliaries that open the clause of ``gov`` before its subject (``Should X …``, ``Were X to …``)."""
    dep, pos, children = p.dep, p.pos, p.children
    subjects = [c for c in children[gov] if dep[c] in SUBJECTS]
    if not subjects:
        return []
    auxes = [c for c in children[gov] if dep[c] in ("aux", "auxpass") and c < subjects[0]]
    if pos[gov] == "AUX" and gov < subjects[0]:
        auxes.append(gov)  # "Were SoftBank to invest …": the auxiliary heads its clause
    return [a for a in auxes if _clause_initial(a, p)]
