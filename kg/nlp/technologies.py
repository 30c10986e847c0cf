"""Which technology mentions make a technology an entity of the document.

A technology area is an entity when the text talks about it. A technology word that occurs only inside the name of
an organisation (``Mistral AI``, ``Zhejiang Huayou Cobalt``, ``NxtGen Datacenter and Cloud Technologies``) names the
organisation, not the area: the mention is kept (it tells what the organisation works on) only when the document
also names the technology on its own.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language

from kg.nlp.kb import KnowledgeBase
from kg.nlp.mentions import Mention


def named_outside(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the technologies named only inside other names.

    >>> inside = Mention(0, 0, "artificial-intelligence", "Technology", "inside", "AI", within="mistral-ai")
    >>> org = Mention(0, 2, "mistral-ai", "Organization", "name", "Mistral AI")
    >>> [m.entity_id for m in named_outside([org, inside])]
    ['mistral-ai']
    >>> own = Mention(5, 6, "artificial-intelligence", "Technology", "alias", "AI")
    >>> [m.entity_id for m in named_outside([org, inside, own])]
    ['mistral-ai', 'artificial-intelligence', 'artificial-intelligence']
    """
    outside = {m.entity_id for m in mentions if m.label == "Technology" and m.kind != "inside"}
    return [m for m in mentions if m.label != "Technology" or m.kind != "inside" or m.entity_id in outside]


def whole_forms(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Tokenizer special cases that keep a technology's one-word name with a digit whole (``5G``), also before a
    full stop: spaCy splits a digit from a following capital (``5 G``) and leaves ``5G.`` at the end of a sentence as
    one token, which no pattern matches.

    >>> from kg.nlp.kb import Entry
    >>> kb = KnowledgeBase([Entry("5g", "5G", "Technology", aliases=["5g"]), Entry("ai", "AI", "Technology")])
    >>> whole_forms(kb)["5G."]
    ['5G', '.']
    >>> sorted(whole_forms(kb))
    ['5G', '5G.', '5g', '5g.']
    """
    forms = {form for entry in kb.entries.values() if entry.type == "Technology"
             for form, _kind in entry.surface_forms()
             if " " not in form and "-" not in form and any(c.isdigit() for c in form)}
    out = {form: [form] for form in forms}
    out.update({form + ".": [form, "."] for form in forms})
    return out


def keep_whole(nlp: Language, kb: KnowledgeBase) -> None:
    """Add :func:`whole_forms` to the tokenizer of ``nlp`` (saved with the pipeline)."""
    for text, pieces in whole_forms(kb).items():
        nlp.tokenizer.add_special_case(text, [{ORTH: piece} for piece in pieces])
