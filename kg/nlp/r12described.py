"""Organisations the model took for products, found by the noun that describes them (``DeepSeek, a Chinese
start-up``)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc

from kg.nlp.descriptors import described_as
from kg.nlp.kb import slugify
from kg.nlp.mentions import Mention


def described_products(doc: Doc, mentions: list[Mention], words: Collection[str],
                       reject: Callable[[str], bool]) -> list[Mention]:
    """Names the model took for products that a noun only a firm or body is called describes: ``DeepSeek, a
    Chinese start-up``, ``the state space corporation Roscosmos`` (``words``: no noun that names products or
    people as well, such as *platform* or *developer*). The new organisation mentions, in document order.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("the start-up Quillon and the app Quillon Chat")
    >>> doc.ents = [Span(doc, 4, 5, label="PRODUCT"), Span(doc, 8, 10, label="PRODUCT")]
    >>> [m.text for m in described_products(doc, [], {"start-up", "company"}, lambda text: False)]
    ['Quillon']
    """
    products = [ent for ent in doc.ents if ent.label_ == "PRODUCT" and len(ent) <= 4]
    if not products:
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    words = set(words)
    out = []
    for ent in products:
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        text = ent.text
        if not text[:1].isupper() or reject(text) or not described_as(ent, words):
            continue
        out.append(Mention(ent.start, ent.end, slugify(text), "Organization", "ner", text))
    return out
