"""Reading across sentences (round 16): the reference passes' helpers for who a pronoun or a description means.

- ``Nexora makes memory chips. On Monday Brightline said it would invest $50 million in the Norwegian firm.``: the
  linker takes the last organisation named for ``the Norwegian firm`` (Brightline). A reader does not: ``it`` is
  Brightline, the one that said it, and a description in the clause ``it`` is the subject of means someone else, as
  it would if the clause's subject were the name itself. :func:`reported_subject` gives the names such an
  ``it``/``they`` stands for, so that :func:`kg.nlp.relations.r10xsent.clause_mates` rules them out as it rules out a
  named subject; :func:`kg.nlp.relations.r10xsent.revise_descriptions` then moves the description to the nearest
  other name of its kind. Only the subject of the verb that reports the clause counts: the pronoun of a reported
  clause is that subject far more often than anything else, while a bare ``it`` elsewhere is too loose.
- ``Kestrel Motors signed a deal with Volta Energy. The carmaker will …``: :func:`companies_alike` lets
  :func:`kg.nlp.relations.xsent2.prefer_previous_subject` take the subject before for a company word when one or both
  companies have no known subtype (names the gazetteer does not know).
- ``- B, its vice president; - C, who heads its unit``: :func:`chained_pronoun` (with :func:`worded_floor`) lets
  :meth:`kg.nlp.relations.context.DocContext.recent_org` read an ``its`` as the ``its`` of the sentence before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

#: pronouns that may stand for the subject of the verb that reports their clause
REPORTED_PRONOUNS = frozenset({"it", "they"})
#: labels of a verb's subject
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def reported_subject(verb: Token, mention_at: dict[int, str], refs: dict[int, list[str]],
                     actors: Callable[[Token], list[str]]) -> list[str]:
    """The names the pronoun subject (``it``/``they``) of the clause of ``verb`` stands for when that clause is
    reported by a verb whose own subject is a name or a resolved description: ``Brightline said it would invest in
    the firm`` -> Brightline (for ``invest``); nothing when the subject is not such a pronoun, the clause is not a
    verb's complement, or that verb's subject names nobody. ``actors`` reads a subject's names (``DocContext.actors``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Brightline", "said", "it", "would", "invest", "in", "the", "firm"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 7, 5],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "prep", "det", "pobj"],
    ...           pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "ADP", "DET", "NOUN"])
    >>> reported_subject(doc[4], {0: "brightline"}, {}, lambda t: ["brightline"] if t.i == 0 else [])
    ['brightline']
    >>> reported_subject(doc[1], {0: "brightline"}, {}, lambda t: ["brightline"] if t.i == 0 else [])
    []
    """
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.lower_ not in REPORTED_PRONOUNS or verb.dep_ != "ccomp":
        return []
    reporter = verb.head
    if reporter.pos_ not in ("VERB", "AUX"):
        return []
    found: list[str] = []
    for child in reporter.children:
        if child.dep_ in SUBJECT_DEPS and (mention_at.get(child.i) or child.i in refs):
            found.extend(a for a in actors(child) if a not in found)
    return found


#: subtypes of an organisation that a company word (``the carmaker``, ``the firm``) may describe; ``None``: unknown
COMPANY_SUBTYPES = frozenset({"Company", None})


def companies_alike(a: tuple[str, str | None], b: tuple[str, str | None], company_word: bool) -> bool:
    """Whether two organisations, given as (type, subtype), may both be what a company word describes, though the
    subtype of one or both is unknown: ``Kestrel Motors signed a deal with Volta Energy. The carmaker will …``
    (names the gazetteer does not know get no subtype). Only for a company word: ``the fund``, ``the ministry`` need
    a known subtype, and so does any pair with a known subtype other than a company.

    >>> companies_alike(("Organization", None), ("Organization", "Company"), True)
    True
    >>> companies_alike(("Organization", None), ("Organization", None), False)
    False
    >>> companies_alike(("Organization", "Fund"), ("Organization", None), True)
    False
    """
    return company_word and a[0] == b[0] == "Organization" and a[1] in COMPANY_SUBTYPES and b[1] in COMPANY_SUBTYPES


#: pronouns whose reading (one organisation) an ``its`` in the next sentence may take over (not ``it``: a subject
#: ``it`` is too often the deal, the rule or the chip)
CHAINED_PRONOUNS = frozenset({"its"})


def chained_pronoun(tok: Token, floor: int, read: Callable[[Token], list[str]],
                    memo: dict[int, list[str]]) -> list[str]:
    """What a pronoun before the sentence of an ``its`` refers to, as an antecedent for that ``its``, when it is
    ``its`` in the sentence right before (at or after ``floor``, that sentence's start) and refers to one
    organisation (``read``: how the pronoun is read, :meth:`DocContext.recent_org`; ``memo``: readings found so far,
    each pronoun read once). A list after a colon goes on naming the body the list is about by ``its``:

    ``Sanctions hit four officials of the agency: - A, the agency's president; - B, its vice president; - C, who
    heads its missile department``: C's ``its`` is B's, the agency, though no name is in B's line.

    >>> import spacy
    >>> doc = spacy.blank("en")("Its chief , its deputy")
    >>> chained_pronoun(doc[3], 0, lambda t: ["x-corp"], {})
    ['x-corp']
    >>> chained_pronoun(doc[3], 4, lambda t: ["x-corp"], {})
    []
    """
    if tok.i < floor or tok.lower_ not in CHAINED_PRONOUNS:
        return []
    if tok.i not in memo:
        memo[tok.i] = []  # read once, and not again while it is being read
        found = read(tok)
        memo[tok.i] = found if len(found) == 1 else []
    return memo[tok.i]


def worded_floor(doc: Doc, starts: list[int]) -> int:
    """The start of the sentence with a word in it right before the sentence starting at ``starts[0]`` (``starts``:
    the starts of that sentence and of the ones before it, nearest first): a list's dash on a line of its own, which
    the parser may make a sentence, is passed over; ``starts[0]`` when none is.

    >>> import spacy
    >>> doc = spacy.blank("en")("A its chief ; - B its deputy")
    >>> worded_floor(doc, [5, 4, 0])
    0
    >>> worded_floor(doc, [5])
    5
    """
    for k in range(1, len(starts)):
        if any(t.is_alpha for t in doc[starts[k]:starts[k - 1]]):
            return starts[k]
    return starts[0]
