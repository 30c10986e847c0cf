"""Modality cues found by the third fresh held-out set (branch r15suite3); words in the ``r15suite3_*`` keys of
``data/lexicon/cooperation.json``.

- an indefinite deal that only "would" do something is a supposed one: ``A joint venture between A and B would need
  approval``, ``Any agreement between A and B could lift trade`` (``The agreement will boost trade`` stays);
- leaving a place undoes being there: ``X moved its headquarters out of Y``, ``X relocated away from Y``.
"""

from __future__ import annotations

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo
from kg.nlp.relations.parse import Parse

#: determiners of a deal that is not (yet) one: ``a``/``an``/``any`` deal
INDEFINITE = frozenset({"a", "an", "any"})
#: auxiliaries of what a supposed deal would bring
SUPPOSING_AUX = frozenset({"would", "could", "might"})


def supposed_deal(chain: list[int], p: Parse) -> bool:
    """Whether ``chain[0]`` is an indefinite noun that is the subject of a ``would``/``could``/``might`` verb:
    ``A joint venture between A and B would need approval``. A deal that would be signed (a passive subject) is a
    plan, and is left alone.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> words = ["A", "deal", "would", "help", "both"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 3, 3, 3, 3],
    ...           deps=["det", "nsubj", "aux", "ROOT", "dobj"], pos=["DET", "NOUN", "AUX", "VERB", "PRON"])
    >>> p = read_parse(doc)
    >>> supposed_deal([1, 3], p), supposed_deal([4, 3], p)
    (True, False)
    """
    if len(chain) < 2 or p.pos[chain[0]] != "NOUN" or p.dep[chain[0]] != "nsubj":
        return False
    noun, verb = chain[0], chain[1]
    return any(p.dep[c] == "det" and p.lower[c] in INDEFINITE for c in p.children[noun]) and \
        any(p.dep[c] == "aux" and p.lower[c] in SUPPOSING_AUX for c in p.children[verb])


def left_behind(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """Whether the trigger or the verb it hangs on is a leaving verb with its particle (``moved … out of``,
    ``relocated away from``): table ``r15suite3_leaving_verbs`` (verb -> particles).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.nlp.relations.parse import read_parse
    >>> words = ["Acme", "moved", "its", "base", "out", "of", "Peru"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 4, 5], lemmas=["Acme", "move", "its",
    ...           "base", "out", "of", "Peru"], deps=["nsubj", "ROOT", "poss", "dobj", "prep", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "ADP", "PROPN"])
    >>> lex = Lexicon.from_dict({}, {"r15suite3_leaving_verbs": {"move": ["out", "away"]}})
    >>> left_behind([3, 1], read_parse(doc), lex), left_behind([0, 1], read_parse(doc), lex)
    (True, True)
    """
    table = lexicon_memo(lex, "r15suite3:leaving", lambda: {
        verb: frozenset(parts) for verb, parts in lex.structure.get("r15suite3_leaving_verbs", {}).items()})
    for gov in chain[:2]:
        if p.pos[gov] != "VERB":
            continue
        parts = next((table[f] for f in (p.lower[gov], p.lemma[gov]) if f in table), None)
        if parts and any(p.dep[c] in ("prt", "advmod", "prep") and p.lower[c] in parts for c in p.children[gov]):
            return True
    return False
