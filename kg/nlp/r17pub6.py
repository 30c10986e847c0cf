"""Names in corporate and trade-press text that are no actors (branch r17pub6): a fiscal period (``Q3 FY2026``,
``FY2025``, ``1H 2026``), and a product or model an unknown name stands for: a name followed by its model number
(``Merah Putih 3``, ``Vikram 1`` read as a person), or one that modifies a product noun (``our Synergis and Intrepid
ES systems``, ``the Episode UL coater-developer``). Names the gazetteer knows stay (``Nvidia chips``). A US state
written after its town (``West Lafayette, Indiana``) is a place, and a filing's title (``Notice Concerning
Acquisition of Shares``) no body.

Examples
--------
>>> [is_fiscal_period(t) for t in ("Q3 FY2026", "FY25", "1H 2026", "QatarEnergy")]
[True, True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc

from kg.nlp.mentions import Mention

#: how a name modifies the noun after it (``Synergis systems``: compound, or nmod as the parser reads it)
MODIFIER_DEPS = ("compound", "nmod")
#: the title of an exchange filing read as a name (``Notice Concerning Acquisition of Shares``)
_NOTICE_RE = re.compile(r"^(?:Notice|Announcement)\s+(?:Concerning|Regarding|on|of)\s", re.I)
_FISCAL_RE = re.compile(r"^(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H|9M|FY)\s*['’]?(?:FY\s*)?['’]?\d{2,4}|FY)$", re.I)


def is_fiscal_period(text: str) -> bool:
    """Whether ``text`` names a reporting period (``Q4 2025``, ``FY2026``), not an actor."""
    return bool(_FISCAL_RE.match(text.strip()))


def _product_head(doc: Doc, m: Mention, heads: Collection[str]) -> bool:
    """Whether the noun the mention's words modify is a product noun (``X systems``, ``X and Y tools``)."""
    node = doc[m.start:m.end].root
    if node.dep_ == "conj" and node.head.dep_ in MODIFIER_DEPS:
        node = node.head  # "our A and B systems": B hangs on A
    if node.dep_ not in MODIFIER_DEPS or node.head.i < m.end:
        return False
    head = node.head
    return head.lower_ in heads or head.lemma_.lower() in heads


def _model_number(doc: Doc, m: Mention) -> bool:
    """Whether a person's name is followed by a bare model number (``Merah Putih 3``), not by a comma and an age."""
    if m.end >= len(doc):
        return False
    nxt = doc[m.end]
    return nxt.text.isdigit() and len(nxt.text) <= 2 and \
        (m.end + 1 >= len(doc) or doc[m.end + 1].lower_ not in ("%", "percent", "per", "years", "year", "-"))


def state_after_town(doc: Doc, m: Mention, is_state: Callable[[str], bool]) -> bool:
    """Whether an organisation the model found is a state written after its town (``West Lafayette, Indiana``):
    a place, as the town before it is (:func:`kg.nlp.r12org.town_before_state`)."""
    return m.kind == "ner" and m.start >= 2 and doc[m.start - 1].text == "," and \
        doc[m.start - 2].text[:1].isupper() and is_state(m.text)


def no_products(doc: Doc, mentions: list[Mention], product_heads: Collection[str],
                is_state: Callable[[str], bool] = lambda _t: False) -> list[Mention]:
    """``mentions`` without fiscal periods, states after their towns and the unknown names of products and models
    (see the module)."""
    out = []
    for m in mentions:
        if is_fiscal_period(m.text) or state_after_town(doc, m, is_state) or _NOTICE_RE.match(m.text):
            continue
        if m.kind == "ner" and m.label in ("Person", "Organization") and (
                _product_head(doc, m, product_heads) or m.label == "Person" and _model_number(doc, m)):
            continue
        out.append(m)
    return out
