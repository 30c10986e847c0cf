"""Round-17 fixes found on the fifth published stand-in (``benchmarks/published5``): the abbreviated legal forms
of South-East Asian and Balkan registers kept as one token (``Sdn. Bhd.``, ``Pte. Ltd.``, ``Pvt. Ltd.``,
``d.o.o.``), so that a company's name is closed by its form instead of ending a sentence at ``Sdn.``; and a
known maker's name before a product line's (``Nvidia Grace Hopper chips``) cut to the maker's.

Example:
    >>> sorted(LEGAL_ABBREVIATIONS)[:3]
    ['Bhd.', 'D.O.O.', 'Pte.']
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

#: legal forms written with a full stop that the English tokenizer splits off (``Sdn`` + ``.``): kept whole
LEGAL_ABBREVIATIONS = frozenset({"Sdn.", "Bhd.", "Pte.", "Pvt.", "d.o.o.", "D.O.O."})


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


#: nouns of a product line after a maker's name and the line's own name (``Nvidia Grace Hopper chips``)
PRODUCT_NOUNS = frozenset({"chip", "chips", "superchip", "superchips", "gpu", "gpus", "processor", "processors",
                           "accelerator", "accelerators", "server", "servers", "phone", "phones", "smartphone",
                           "smartphones", "handset", "handsets", "headset", "headsets", "laptop", "laptops",
                           "model", "models", "platform", "modules", "module"})


def product_lines(doc: Doc, mentions: list, lookup: Callable[[str], Any]) -> list:
    """``mentions`` with a name the model found that is a known organisation's name and then a product line's name
    before a product noun (``uses 5,000 Nvidia Grace Hopper chips``) cut to the organisation's name: the maker is
    named, the product line is no actor.

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> from kg.nlp.mentions import Mention
    >>> doc = spacy.blank("en")("It uses Acme Blue Falcon chips.")
    >>> known = {"Acme": SimpleNamespace(id="acme", type="Organization", name="Acme")}
    >>> [(m.text, m.entity_id, m.kind) for m in product_lines(doc, [Mention(2, 5, "x", "Organization", "ner",
    ...                                                                     "Acme Blue Falcon")], known.get)]
    [('Acme', 'acme', 'name')]
    """
    from kg.nlp.mentions import Mention

    out = []
    for m in mentions:
        if m.kind == "ner" and m.label == "Organization" and m.end - m.start >= 2 and m.end < len(doc) and \
                doc[m.end].lower_ in PRODUCT_NOUNS:
            for k in range(m.end - 1, m.start, -1):  # the longest known organisation the name begins with
                entry = lookup(doc[m.start:k].text)
                if entry is not None and entry.type == "Organization":
                    m = Mention(m.start, k, entry.id, "Organization", "name", doc[m.start:k].text)
                    break
        out.append(m)
    return out
