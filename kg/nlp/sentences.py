"""The ``kg_linebreaks`` component: a line break always ends a sentence (headlines, list items, paragraphs)."""

from __future__ import annotations

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
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc
