"""Round-17 fixes found on the fifth published stand-in (``benchmarks/published5``): the abbreviated legal forms
of South-East Asian and Balkan registers kept as one token (``Sdn. Bhd.``, ``Pte. Ltd.``, ``Pvt. Ltd.``,
``d.o.o.``), so that a company's name is closed by its form instead of ending a sentence at ``Sdn.``.

Example:
    >>> sorted(LEGAL_ABBREVIATIONS)[:3]
    ['Bhd.', 'D.O.O.', 'Pte.']
"""
from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH

#: legal forms written with a full stop that the English tokenizer splits off (``Sdn`` + ``.``): kept whole
LEGAL_ABBREVIATIONS = frozenset({"Sdn.", "Bhd.", "Pte.", "Pvt.", "d.o.o.", "D.O.O.", "Tbk."})


def keep_legal_forms(nlp: Language) -> None:
    """Make each of :data:`LEGAL_ABBREVIATIONS` one token in ``nlp``'s tokenizer (saved with the pipeline).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> keep_legal_forms(nlp)
    >>> [t.text for t in nlp("Kinta Optics Sdn. Bhd. of Malaysia")]
    ['Kinta', 'Optics', 'Sdn.', 'Bhd.', 'of', 'Malaysia']
    """
    for text in LEGAL_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(text, [{ORTH: text}])
