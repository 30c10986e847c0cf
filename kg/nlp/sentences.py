"""The ``kg_linebreaks`` component: a line break always ends a sentence (headlines, list items, paragraphs)."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc


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
