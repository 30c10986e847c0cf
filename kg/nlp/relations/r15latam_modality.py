"""Speculation reported in the passive: ``X is reported to be considering a stake in Y``, ``X is said to be weighing
a bid``: unnamed sources report a step only weighed (or a possibility), which states no relation."""

from __future__ import annotations

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.parse import Parse


def passive_report_speculation(chain: list[int], p: Parse, lex: Lexicon, deliberating: frozenset[str],
                               possible: frozenset[str]) -> bool:
    """Whether a governor in ``chain`` is the complement (``xcomp``) of a passive report verb (lexicon
    ``r15latam_passive_report_verbs``) and is itself a verb of weighing a step (``deliberating``) or carries a
    possibility auxiliary (``possible``): ``Mongolia is reported to be considering a stake``. ``X is reported to
    have signed a deal`` (a report of a fact) stays.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> words = ["Acme", "is", "reported", "to", "be", "considering", "a", "stake"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 7, 5],
    ...           lemmas=["Acme", "be", "report", "to", "be", "consider", "a", "stake"],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "aux", "aux", "xcomp", "det", "dobj"])
    >>> lex = Lexicon.from_dict({}, {"r15latam_passive_report_verbs": ["report"]})
    >>> passive_report_speculation([7, 5, 2], read_parse(doc), lex, frozenset({"consider"}), frozenset({"could"}))
    True
    >>> passive_report_speculation([7, 5, 2], read_parse(doc), lex, frozenset({"weigh"}), frozenset({"could"}))
    False
    """
    report = lex.words("r15latam_passive_report_verbs")
    dep, lemma = p.dep, p.lemma
    for gov in chain[1:]:
        if dep[gov] != "xcomp":
            continue
        head = p.head[gov]
        if lemma[head].lower() not in report or not any(dep[c] == "auxpass" for c in p.children[head]):
            continue
        if lemma[gov].lower() in deliberating or p.lower[gov] in deliberating or any(
                dep[c] == "aux" and p.lower[c] in possible for c in p.children[gov]):
            return True
    return False
