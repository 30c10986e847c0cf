"""Internet and telecom governance news (round 15, branch r15netgov): entity-side and pipeline helpers.

- :func:`fix_verb_lemmas`: verb stems in spaCy's English verb index that news never means but that win over the
  right lemma (``fined`` -> ``fin`` rather than ``fine``): regulators *fine* platforms, and the relation rules
  read the lemma.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.sentences import start_back

#: verb "lemmas" of the rule lemmatizer's index that shadow the real one (``fin`` for ``fined``/``fining``)
SHADOWING_VERB_STEMS: frozenset[str] = frozenset({"fin"})


def fix_verb_lemmas(lemmatizer: Any) -> int:
    """Drop :data:`SHADOWING_VERB_STEMS` from the verb index of an initialized rule ``lemmatizer`` (the number
    dropped), so that ``fined`` lemmatizes to ``fine``.

    >>> import spacy
    >>> from spacy.lookups import Lookups
    >>> from spacy.tokens import Doc
    >>> nlp = spacy.blank("en")
    >>> lookups = Lookups()
    >>> _ = lookups.add_table("lemma_rules", {"verb": [["ed", "e"], ["ed", ""]]})
    >>> _ = lookups.add_table("lemma_exc", {"verb": {}})
    >>> _ = lookups.add_table("lemma_index", {"verb": ["fin", "fine"]})
    >>> lem = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    >>> lem.initialize(lookups=lookups)
    >>> fix_verb_lemmas(lem)
    1
    >>> doc = lem(Doc(nlp.vocab, words=["fined"], pos=["VERB"], morphs=["Tense=Past|VerbForm=Fin"]))
    >>> doc[0].lemma_
    'fine'
    """
    if "lemma_index" not in lemmatizer.lookups.tables:
        return 0
    table = lemmatizer.lookups.get_table("lemma_index")
    verbs = list(table.get("verb", []))
    kept = [v for v in verbs if v not in SHADOWING_VERB_STEMS]
    table["verb"] = kept
    return len(verbs) - len(kept)


#: number words that make a trailing number an amount (``Bolt 5 million``), not part of a name (``Acme 2``)
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "mln", "bln", "bn", "m", "thousand", "hundred"})
#: currency words that may follow an amount the model took into a name (``fined Bolt 5 million euros``)
_CURRENCY_WORDS = frozenset({"euro", "euros", "dollar", "dollars", "yuan", "renminbi", "rupee", "rupees", "pound",
                             "pounds", "rouble", "roubles", "ruble", "rubles", "yen", "won", "real", "reais", "rand",
                             "lira", "naira", "shillings", "francs", "krona", "kronor", "ringgit", "baht", "dong",
                             "rupiah", "pesos", "dirhams", "riyals"})


def without_amount(span: Any) -> Any:
    """``span`` without an amount of money the NER model ran into a name after its object verb (``fined Bolt 5
    million euros`` -> ``Bolt``); a name whose number is its own (``Acme 2``, ``Airbus A320``) is left whole.

    >>> import spacy
    >>> doc = spacy.blank("en")("The regulator fined Bolt 5 million euros and Acme 2 shares.")
    >>> without_amount(doc[3:6]).text, without_amount(doc[8:10]).text
    ('Bolt', 'Acme 2')
    """
    doc, end = span.doc, span.end
    while end > span.start + 1 and (doc[end - 1].like_num or doc[end - 1].lower_ in _AMOUNT_WORDS or
                                    doc[end - 1].text in ("$", "€", "£", "¥", "₹")):
        end -= 1
    if end == span.end:
        return span
    tail = [t.lower_ for t in doc[end:span.end]]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if not (any(w in _AMOUNT_WORDS for w in tail) or after in _CURRENCY_WORDS or
            any(t in ("$", "€", "£", "¥", "₹") for t in tail)):
        return span
    return doc[span.start:end]


#: sentences back that a body named by the word of a description may stand
NAME_WORD_REACH = 2


def named_by_word(tok: Any, before: list[Any], ents: dict[str, Any], words: set[str]) -> list[str]:
    """The body a definite description of ``words`` refers back to by repeating a word of its name: ``the union``
    after ``the Universal Postal Union`` even when ``a UN envoy`` is named in between (the mentions ``before``
    the description that fit its kinds, searched back over :data:`NAME_WORD_REACH` sentences); ``[]`` when no
    name repeats it (then the nearest fitting mention is the referent, as before).

    >>> import spacy
    >>> from types import SimpleNamespace as NS
    >>> doc = spacy.blank("en")("The Postal Union met a UN envoy . The union agreed .")
    >>> for t in doc: t.is_sent_start = t.i in (0, 8)
    >>> ents = {"upu": NS(label="Universal Postal Union"), "un": NS(label="United Nations")}
    >>> named_by_word(doc[9], [NS(start=1, entity_id="upu"), NS(start=5, entity_id="un")], ents, {"union"})
    ['upu']
    """
    low = tok.lower_
    if low not in words:
        return []
    start = start_back(tok, NAME_WORD_REACH)
    for m in sorted(before, key=lambda m: -m.start):
        if m.start < start:
            break
        e = ents.get(m.entity_id)
        if e is not None and low in e.label.lower().split():
            return [m.entity_id]
    return []
