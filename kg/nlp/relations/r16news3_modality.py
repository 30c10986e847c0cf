"""Modality cues found by the news3 stand-in (branch r16news3); words in the ``r16news3_*`` keys of
``data/lexicon/events.json``.

- the content of a report that is denied or dismissed states nothing, however the parser hangs the report word
  (``Executives dismissed as speculation reports that X was preparing to supply Y``, ``X rejected rumours that
  it would buy Y``);
- what someone is charged with or indicted for is an allegation the charging party does not do: ``The Justice
  Department charged two men with exporting chips to China`` gives nothing to the department.
"""

from __future__ import annotations

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo
from kg.nlp.relations.parse import Parse

#: heads a report word may hang on below the verb that dismisses it (``dismissed as speculation reports``)
REPORT_REACH = 3


def _words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The report nouns, the verbs that dismiss a report and the verbs of a criminal charge (made once)."""
    return lexicon_memo(lex, "r16news3:modality", lambda: (
        frozenset(lex.words("r16news3_report_nouns")), frozenset(lex.words("r16news3_dismissing_verbs")),
        frozenset(lex.words("r16news3_charging_verbs"))))


def unproven(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """Whether the clause of ``chain[0]`` (its governors up to the root) is the content of a dismissed report or
    the charge of a criminal case (see the module's docstring).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> lex = Lexicon.from_dict({}, {"r16news3_report_nouns": ["reports"], "r16news3_dismissing_verbs": ["deny"],
    ...                              "r16news3_charging_verbs": ["charge"]})
    >>> words = ["It", "denied", "reports", "that", "it", "sells", "chips"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 2, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "acl", "dobj"],
    ...           pos=["PRON", "VERB", "NOUN", "SCONJ", "PRON", "VERB", "NOUN"],
    ...           lemmas=words[:1] + ["deny"] + words[2:])
    >>> unproven([5], read_parse(doc), lex), unproven([2, 1], read_parse(doc), lex)
    (True, False)
    """
    reports, dismissing, charging = _words(lex)
    for below in chain:
        gov = p.head[below]
        # "... reports that X supplies Y": the clause under a report word, the report under a dismissing verb (the
        # chain ends at the clause, so the report word is read from the clause's head)
        if p.dep[below] in ("ccomp", "acl", "relcl") and p.lower[gov] in reports and \
                _dismissed(gov, p, dismissing):
            return True
    for k in range(1, len(chain)):
        below, gov = chain[k - 1], chain[k]
        # "charged two men with exporting chips": the gerund under "with"/"for" on an active charging verb
        if p.dep[below] == "pcomp" and p.lower[gov] in ("with", "for", "of") and k + 1 < len(chain):
            verb = chain[k + 1]
            if p.lemma[verb].lower() in charging and any(p.dep[c] == "dobj" for c in p.children[verb]):
                return True
    return False


def _dismissed(report: int, p: Parse, dismissing: frozenset[str]) -> bool:
    """Whether the report word at ``report`` hangs, within :data:`REPORT_REACH` heads, on a verb that dismisses or
    denies it."""
    i = report
    for _ in range(REPORT_REACH):
        if p.head[i] == i:
            return False
        i = p.head[i]
        if p.pos[i] == "VERB" and p.lemma[i].lower() in dismissing:
            return True
        if p.pos[i] == "VERB" and p.dep[i] not in ("pobj", "pcomp"):
            return False
    return False
