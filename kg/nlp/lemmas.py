"""``kg_lemmatizer``: the English rule lemmatizer with the same tables and output, remembered per word form.

spaCy's rule lemmatizer works out each token's lemma from its form, part of speech and morphology, and keeps the
result for the next time that triple comes by, except for the commonest case: a base form (a singular noun, an
infinitive, a positive adjective) is checked anew at every token. It also visits every token through a Python
``Token`` object. This lemmatizer reads the triples of a whole document as one array, remembers every result
(base forms too) and writes the lemmas back as one array; a triple it has not seen yet is lemmatized by spaCy's
own :meth:`~spacy.pipeline.Lemmatizer.rule_lemmatize`, so the lemmas are the same.

>>> import spacy
>>> from spacy.lookups import Lookups
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> lookups = Lookups()
>>> _ = lookups.add_table("lemma_rules", {"noun": [["s", ""]]})
>>> lemmatizer = CachedLemmatizer(nlp.vocab, None, mode="rule")
>>> lemmatizer.initialize(lookups=lookups)
>>> doc = lemmatizer(Doc(nlp.vocab, words=["chips", "chip"], pos=["NOUN", "NOUN"],
...                      morphs=["Number=Plur", "Number=Sing"]))
>>> [t.lemma_ for t in doc]
['chip', 'chip']
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc


class CachedLemmatizer(EnglishLemmatizer):
    """An English rule :class:`~spacy.pipeline.Lemmatizer` that remembers the lemma id of every (form, part of
    speech, morphology) it has lemmatized and reads and writes a document's tokens as arrays (same lemmas)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemma_ids: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if not len(doc):
            return doc
        try:
            array = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = self._lemmas(doc, array.tolist())
            if lemmas is not None:
                array[:, 3] = lemmas
                doc.from_array([LEMMA], array[:, 3:])
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)

    def _lemmas(self, doc: Doc, rows: list[list[int]]) -> list[int] | None:
        """The lemma id of every token (a lemma already set stays unless ``overwrite``); None when none changes."""
        known, strings, overwrite = self._lemma_ids, self.vocab.strings, self.overwrite
        lemmas, changed = [], False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                value = known[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(value)
            changed = True
        return lemmas if changed else None
