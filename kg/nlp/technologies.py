"""Which technology mentions make a technology an entity of the document.

A technology area is an entity when the text talks about it. A technology word that occurs only inside the name of
an organisation (``Mistral AI``, ``Zhejiang Huayou Cobalt``, ``NxtGen Datacenter and Cloud Technologies``) names the
organisation, not the area: the mention is kept (it tells what the organisation works on) only when the document
also names the technology on its own.
"""

from __future__ import annotations

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
