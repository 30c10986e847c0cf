"""Look-ups built once per document and shared by the relation rules, so that no rule scans the whole document."""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Tokens by word and mentions by sentence, built lazily on first use.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia and China cooperate.")
    >>> [t.text for t in DocIndex(doc).find(doc[:], {"cooperate", "china"})]
    ['China', 'cooperate']
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._words: dict[str, list[int]] | None = None
        self._keys: list[tuple[str, str | None]] = []
        self._sent_ents: dict[int, list[Span]] | None = None

    def find(self, sent: Span, words: set[str]) -> list[Token]:
        """The tokens of ``sent`` whose lower-case form or lemma is one of ``words``, in order."""
        if self._words is None:
            index: dict[str, list[int]] = {}
            keys: list[tuple[str, str | None]] = []
            strings = self.doc.vocab.strings
            # hashes of each token's lower-case form and lemma: no Token object per token
            for i, (low, lemma) in enumerate(self.doc.to_array([LOWER, LEMMA]).tolist()) if len(self.doc) else ():
                lower_ = strings[low]
                index.setdefault(lower_, []).append(i)
                lemma_ = strings[lemma] if lemma != low else ""
                if lemma_ and lemma_ != lower_:
                    index.setdefault(lemma_.lower(), []).append(i)
                    keys.append((lower_, lemma_.lower()))
                else:
                    keys.append((lower_, None))
            self._words, self._keys = index, keys
        start, end, found = sent.start, sent.end, set()
        doc = self.doc
        if len(words) > end - start:  # a long word list: test the sentence's words instead
            return [doc[i] for i in range(start, end) if self._keys[i][0] in words or
                    (self._keys[i][1] is not None and self._keys[i][1] in words)]
        index = self._words
        for w in words:
            where = index.get(w)
            if where:  # positions in document order: only those of the sentence
                found.update(where[bisect_left(where, start):bisect_left(where, end)])
        return [doc[i] for i in sorted(found)]

    def ents_in(self, sent: Span) -> list[Span]:
        """The entity mentions of ``sent`` (``Span.ents`` scans the whole document each time)."""
        if self._sent_ents is None:
            by_sent: dict[int, list[Span]] = {}
            for ent in self.doc.ents:
                by_sent.setdefault(ent.sent.start, []).append(ent)
            self._sent_ents = by_sent
        return self._sent_ents.get(sent.start, [])
