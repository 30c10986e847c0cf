"""Modality cue found by the sixth published stand-in (branch r17pub6): a filing's field label that names a
relation, answered after its colon with a negation (``Relationship between A and B: There is no capital,
personnel or business relationship``, ``Business ties with A: None``), states no relation; the label is the
question the field answers, not a statement.
"""

from __future__ import annotations

from spacy.tokens import Token

#: words after the colon that answer the field in the negative
NEGATIVE_ANSWERS = frozenset({"no", "none", "nil", "not", "n/a", "nothing"})
#: how many tokens a label may have before its colon, and how far after it the negative answer may stand
LABEL_WORDS = 14
ANSWER_REACH = 8


def negated_label(tok: Token) -> bool:
    """Whether noun ``tok`` opens a field label (only an enumerator, adjectives or nouns before it in its sentence,
    no verb up to the colon) whose answer after the colon is a negation.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["(", "6", ")", "Relationship", "with", "Acme", ":", "None", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["PUNCT", "NUM", "PUNCT", "NOUN", "ADP", "PROPN",
    ...           "PUNCT", "PRON", "PUNCT"], sent_starts=[True] + [False] * 8)
    >>> negated_label(doc[3]), negated_label(doc[5])
    (True, False)
    """
    if tok.pos_ != "NOUN":
        return False
    doc, sent = tok.doc, tok.sent
    colon = next((t.i for t in doc[tok.i + 1:min(sent.end, tok.i + LABEL_WORDS)] if t.text == ":"), None)
    if colon is None or colon - sent.start > LABEL_WORDS:
        return False
    if any(not (t.is_punct or t.like_num or t.pos_ in ("ADJ", "NOUN") or (len(t.text) == 1 and t.is_alpha))
           for t in doc[sent.start:tok.i]):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i:colon]):
        return False
    return any(t.lower_ in NEGATIVE_ANSWERS for t in doc[colon + 1:min(sent.end, colon + 1 + ANSWER_REACH)])
