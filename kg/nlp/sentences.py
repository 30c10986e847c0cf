"""The ``kg_linebreaks`` component: a line break always ends a sentence (headlines, list items, paragraphs)."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.component("kg_linebreaks", assigns=["token.is_sent_start"])
def linebreaks(doc: Doc) -> Doc:
    """Mark the token after a whitespace token holding a newline as a sentence start.

    Runs before the parser, which keeps these boundaries.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_linebreaks")
    >>> [t.is_sent_start for t in nlp("Title\\nBody")]
    [True, None, True]
    """
    # a token's trailing whitespace is one space at most: only a whitespace token holds a line break; each distinct
    # word is tested once, from the array (no Token per token)
    strings, breaks = doc.vocab.strings, {}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()[:-1] if len(doc) else []):
        if orth not in breaks:
            breaks[orth] = "\n" in strings[orth]
        if breaks[orth]:
            doc[i + 1].is_sent_start = True
    return doc


def start_back(tok: Token, sentences: int) -> int:
    """Where the sentence ``sentences`` before the one of ``tok`` starts (the document's first when there are fewer):
    the window a description or a reference looks back over.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "b", ".", "C", "d", ".", "E", "f", "."],
    ...           sent_starts=[True, False, False, True, False, False, True, False, False])
    >>> start_back(doc[7], 1), start_back(doc[7], 5)
    (3, 0)
    """
    doc, start = tok.doc, tok.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start
